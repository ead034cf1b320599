package org.cxcadence.exchange.minutes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cxcadence.domain.MeetingStatus;
import org.cxcadence.domain.minutes.Minutes;
import org.cxcadence.domain.minutes.MinutesSection;

/**
 * What the minutes say, in order, as {@link Block}s: decided once here for every format. The parts
 * are named so templates can place them: {@code attendance}, {@code agenda}, {@code review},
 * {@code metrics}, {@code scorecard}, {@code deferred}, {@code next}, {@code corrections}. A part
 * left out (by the chosen sections, or with nothing to say) is empty.
 */
public final class MinutesLayout {
    /** Names of the parts, in the order they are printed. */
    public static final List<String> PARTS = List.of("attendance", "agenda", "review", "metrics", "scorecard",
            "deferred", "next", "corrections");

    private final Minutes m;
    private final MinutesWording w;

    private MinutesLayout(Minutes minutes, MinutesWording wording) {
        this.m = minutes;
        this.w = wording;
    }

    /** The laid-out minutes. */
    public record Laid(String title, String company, List<Block.Field> header, Map<String, List<Block>> parts) {
        /** Every part in print order. */
        public List<Block> body() {
            List<Block> all = new ArrayList<>();
            PARTS.forEach(p -> all.addAll(parts.getOrDefault(p, List.of())));
            return all;
        }
    }

    public static Laid of(Minutes minutes, MinutesWording wording) {
        return new MinutesLayout(minutes, wording).lay();
    }

    private Laid lay() {
        Map<String, List<Block>> parts = new LinkedHashMap<>();
        parts.put("attendance", m.has(MinutesSection.ATTENDANCE) ? attendance() : List.of());
        parts.put("agenda", agenda());
        parts.put("review", m.has(MinutesSection.REVIEW) ? review() : List.of());
        parts.put("metrics", m.has(MinutesSection.METRICS) ? metrics() : List.of());
        parts.put("scorecard", m.scorecard().map(this::scorecard).orElse(List.of()));
        parts.put("deferred", m.has(MinutesSection.DEFERRED) ? deferred() : List.of());
        parts.put("next", m.nextSession().map(this::next).orElse(List.of()));
        parts.put("corrections", corrections());
        return new Laid(clean(m.title()), clean(m.companyName()), header(), parts);
    }

    private List<Block.Field> header() {
        List<Block.Field> f = new ArrayList<>();
        f.add(field("Date", w.date(m.date())));
        String time = w.time(m.startTime());
        String duration = m.actualMinutes() != null
                ? w.minutes(m.actualMinutes()) + " (planned " + w.minutes(m.scheduledMinutes()) + ")"
                : w.minutes(m.scheduledMinutes()) + " planned";
        f.add(field("Time", time + " · " + duration));
        if (m.seriesName() != null) {
            f.add(field("Series", m.seriesName()));
        }
        if (m.facilitator() != null) {
            f.add(field("Facilitator", m.facilitator()));
        }
        if (m.rating() != null) {
            f.add(field("Rating", m.rating() + " / 10"));
        }
        if (m.status() != MeetingStatus.COMPLETED) {
            f.add(field("Status", m.status() == MeetingStatus.IN_PROGRESS ? "In progress (draft minutes)"
                    : m.status().name()));
        }
        if (m.sentAt() != null) {
            f.add(field("Sent", w.dateTime(m.sentAt())));
        }
        if (!m.corrections().isEmpty()) {
            f.add(field("Corrected", w.shortDate(m.corrections().getLast().date())));
        }
        return f;
    }

    private List<Block> attendance() {
        List<Block> b = new ArrayList<>();
        b.add(new Block.Heading(2, "Attendance"));
        List<Block.Field> f = new ArrayList<>();
        f.add(field("Present", names(m.present(), false)));
        f.add(field("Absent", names(m.absent(), false)));
        if (!m.delegates().isEmpty()) {
            f.add(field("Delegates", names(m.delegates(), true)));
        }
        b.add(new Block.Fields(f));
        return b;
    }

    private String names(List<Minutes.Attendee> people, boolean delegates) {
        if (people.isEmpty()) {
            return "none";
        }
        List<String> names = new ArrayList<>();
        for (Minutes.Attendee a : people) {
            names.add(delegates ? a.delegate() + " for " + a.name() : a.name());
        }
        return String.join(", ", names);
    }

    private List<Block> agenda() {
        List<Block> b = new ArrayList<>();
        b.add(new Block.Heading(2, "Agenda"));
        if (m.items().isEmpty()) {
            b.add(new Block.Note("The session had no agenda."));
        }
        for (Minutes.Item item : m.items()) {
            b.add(new Block.Heading(3, item.number() + ". " + item.title()));
            List<Block.Field> f = new ArrayList<>();
            if (item.topicArea() != null) {
                f.add(field("Topic area", item.topicArea()));
            }
            if (item.presenter() != null) {
                f.add(field("Presenter", item.presenter()));
            }
            f.add(field("Time", timeSpent(item)));
            if (item.outcome() != null && item.outcome().carriesForward()) {
                f.add(field("Outcome", w.outcome(item.outcome()) + ", carried forward"));
            }
            b.add(new Block.Fields(f));
            if (item.notes() != null) {
                b.add(new Block.Paragraph(item.notes()));
            }
            if (!item.decisions().isEmpty()) {
                b.add(new Block.Heading(4, "Decisions"));
                b.add(new Block.Bullets(item.decisions()));
            }
            if (!item.actions().isEmpty()) {
                b.add(new Block.Heading(4, "Actions"));
                b.add(actionsTable(item.actions()));
            }
            if (!item.updates().isEmpty()) {
                b.add(new Block.Heading(4, "Updates"));
                b.add(updatesTable(item.updates()));
            }
        }
        if (!m.otherActions().isEmpty()) {
            b.add(new Block.Heading(3, "Other actions raised"));
            b.add(actionsTable(m.otherActions()));
        }
        if (!m.otherUpdates().isEmpty()) {
            b.add(new Block.Heading(3, "Action updates"));
            b.add(updatesTable(m.otherUpdates()));
        }
        return b;
    }

    private String timeSpent(Minutes.Item item) {
        Integer spent = item.spentMinutes();
        Integer planned = item.plannedMinutes();
        if (spent == null) {
            return planned == null ? "not recorded" : "not recorded (timebox " + w.minutes(planned) + ")";
        }
        if (planned == null) {
            return w.minutes(spent);
        }
        String text = w.minutes(spent) + " of " + w.minutes(planned);
        if (item.overran()) {
            text += " (over by " + w.minutes(Math.max(1, spent - planned)) + ")";
        }
        return text;
    }

    private Block actionsTable(List<Minutes.ActionLine> actions) {
        List<List<String>> rows = new ArrayList<>();
        for (Minutes.ActionLine a : actions) {
            rows.add(List.of(a.title(), text(a.owner()), w.shortDate(a.due()), text(a.customerImpact())));
        }
        return table(List.of("Action", "Owner", "Due", "Customer impact"), rows);
    }

    private Block updatesTable(List<Minutes.UpdateLine> updates) {
        List<List<String>> rows = new ArrayList<>();
        for (Minutes.UpdateLine u : updates) {
            rows.add(List.of(u.actionTitle(), text(u.owner()), u.status() == null ? "–" : w.status(u.status()),
                    u.due() == null ? "–" : w.shortDate(u.due()), text(u.note())));
        }
        return table(List.of("Action", "Owner", "Status", "New due", "Note"), rows);
    }

    /**
     * The review per leader (docs/MINUTES-TEMPLATES.md): the totals, one table of every leader's
     * counts, then each leader with actions needing attention: the worst few and "and N more".
     */
    private List<Block> review() {
        List<Block> b = new ArrayList<>();
        b.add(new Block.Heading(2, "Action review"));
        Minutes.Review r = m.review();
        if (r.isEmpty()) {
            b.add(new Block.Note("No open actions, and none done since the last session."));
            return b;
        }
        Minutes.ReviewCounts t = r.total();
        b.add(new Block.Fields(List.of(field("Open", w.count(t.open())), field("Overdue", w.count(t.overdue())),
                field("Stalled", w.count(t.stalled())), field("Done since the last session", w.count(t.doneSinceLast())))));
        List<List<String>> rows = new ArrayList<>();
        for (Minutes.LeaderReview l : r.leaders()) {
            rows.add(countsRow(text(l.leader()), l.counts()));
        }
        if (r.leaders().size() > 1) {
            rows.add(countsRow("Total", t));
        }
        b.add(new Block.Heading(3, "By leader"));
        b.add(table(List.of("Leader", "Open", "Overdue", "Stalled", "Done since last session"), rows));
        for (Minutes.LeaderReview l : r.leaders()) {
            if (l.needsAttention() == 0) {
                continue;
            }
            b.add(new Block.Heading(3, text(l.leader()) + ": " + w.count(l.needsAttention()) + " overdue or stalled"));
            List<List<String>> worst = new ArrayList<>();
            for (Minutes.ReviewLine line : l.worst()) {
                worst.add(List.of(line.title(), w.shortDate(line.due()), text(line.detail())));
            }
            b.add(table(List.of("Action", "Due", "Why listed"), worst));
            if (l.more() > 0) {
                b.add(new Block.Note("and " + w.count(l.more()) + " more (" + w.count(l.needsAttention())
                        + " overdue or stalled in all, " + w.count(l.counts().open()) + " open)"));
            }
        }
        return b;
    }

    private List<String> countsRow(String leader, Minutes.ReviewCounts c) {
        return List.of(leader, w.count(c.open()), w.count(c.overdue()), w.count(c.stalled()), w.count(c.doneSinceLast()));
    }

    private List<Block> metrics() {
        List<Block> b = new ArrayList<>();
        b.add(new Block.Heading(2, "Metrics snapshot"));
        if (m.metrics().isEmpty()) {
            b.add(new Block.Note("No metrics were reviewed in this session."));
            return b;
        }
        List<List<String>> rows = new ArrayList<>();
        for (Minutes.MetricLine l : m.metrics()) {
            String state = l.target() == null ? "" : l.offTarget() ? "off target" : "on target";
            rows.add(List.of(l.name(), l.period(), l.segment() == null ? "Total" : l.segment(),
                    w.metric(l.value(), l.unit(), l.currencyCode()), w.metric(l.target(), l.unit(), l.currencyCode()),
                    w.change(l.change(), l.unit(), l.currencyCode()), state));
        }
        b.add(table(List.of("Metric", "Period", "Segment", "Value", "Target", "Change", "Status"), rows));
        return b;
    }

    private List<Block> scorecard(Minutes.Scorecard s) {
        return List.of(new Block.Heading(2, s.title()), table(s.columns(), s.rows()));
    }

    private List<Block> deferred() {
        List<Block> b = new ArrayList<>();
        b.add(new Block.Heading(2, "Deferred and not reached"));
        if (m.deferred().isEmpty()) {
            b.add(new Block.Note("Every item was reached."));
            return b;
        }
        List<String> items = new ArrayList<>();
        for (Minutes.CarriedItem c : m.deferred()) {
            items.add(c.title() + (c.topicArea() == null ? "" : " (" + c.topicArea() + ")") + " — "
                    + w.outcome(c.outcome()).toLowerCase(w.locale()));
        }
        b.add(new Block.Bullets(items));
        return b;
    }

    private List<Block> next(Minutes.NextSession n) {
        return List.of(new Block.Heading(2, "Next session"),
                new Block.Paragraph(w.date(n.date()) + ", " + w.time(n.time()) + " — " + n.title()));
    }

    private List<Block> corrections() {
        if (m.corrections().isEmpty()) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        for (Minutes.Correction c : m.corrections()) {
            items.add(w.shortDate(c.date()) + (c.itemTitle() == null ? "" : " — " + c.itemTitle()) + ": " + c.text());
        }
        return List.of(new Block.Heading(2, "Corrections"), new Block.Bullets(items));
    }

    private Block table(List<String> header, List<List<String>> rows) {
        return new Block.Table(header.stream().map(MinutesLayout::clean).toList(),
                rows.stream().map(r -> r.stream().map(MinutesLayout::clean).toList()).toList());
    }

    private static Block.Field field(String label, String value) {
        return new Block.Field(label, clean(value));
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    /**
     * Text every format can carry: characters XML 1.0 forbids (C0 controls other than tab and line
     * ends, lone surrogates, U+FFFE/U+FFFF) become U+FFFD, and line ends become {@code \n}.
     */
    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        String text = s.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF'
                    || (c < 0x20 && c != '\t' && c != '\n')) {
                out.append('\uFFFD');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
