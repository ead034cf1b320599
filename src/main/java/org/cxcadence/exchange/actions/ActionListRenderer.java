package org.cxcadence.exchange.actions;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.cxcadence.domain.Person;
import org.cxcadence.domain.StallReason;
import org.cxcadence.exchange.json.FieldValues;
import org.cxcadence.exchange.json.HardenedMapper;
import org.cxcadence.exchange.json.WorkspaceDocument;
import org.cxcadence.exchange.json.WorkspaceToDocument;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

/**
 * Action lists in the formats of {@code actions --format}: {@code table} and {@code md} follow the
 * locale; {@code csv} and {@code json} are locale-neutral (ISO dates). Each action leads with its
 * title and its customer impact, and says overdue and stalled in words.
 */
public final class ActionListRenderer {
    public enum Format { TABLE, CSV, MD, JSON }

    /** The JSON list: workspace-format shapes of the actions and of the people who own them. */
    public record ActionsDocument(String today, List<WorkspaceDocument.ActionItemJson> actionItems,
                                  List<WorkspaceDocument.PersonJson> people) {
    }

    public static final List<String> CSV_HEADER = List.of("id", "title", "customer_impact", "owner", "owner_id",
            "status", "due", "overdue", "days_overdue", "stalled", "stall_reasons", "topic_area", "journey_stage",
            "kind", "blocker", "created", "completed", "last_progress", "incomplete");

    private static final ObjectMapper MAPPER = HardenedMapper.create();
    private static final ObjectWriter JSON = HardenedMapper.documentWriter(MAPPER).forType(ActionsDocument.class);

    private final Locale locale;
    private final DateTimeFormatter dates;

    public ActionListRenderer(Locale locale) {
        this.locale = locale;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    public void write(Format format, List<ActionRow> rows, List<Person> people, LocalDate today, OutputStream out)
            throws IOException {
        switch (format) {
            case CSV -> csv(rows, out);
            case JSON -> json(rows, people, today, out);
            case MD -> text(markdown(rows, today), out);
            case TABLE -> text(table(rows), out);
        }
    }

    public void csv(List<ActionRow> rows, OutputStream out) throws IOException {
        List<List<String>> lines = new ArrayList<>();
        for (ActionRow r : rows) {
            var a = r.action();
            lines.add(List.of(a.id(), a.title(), nz(a.customerImpact()), r.ownerName(), a.ownerId(), a.status().name(),
                    iso(a.due()), String.valueOf(r.overdue()), String.valueOf(r.state().daysOverdue()),
                    String.valueOf(r.stalled()),
                    String.join("; ", r.stallReasons().stream().map(StallReason::describe).toList()),
                    nz(r.topicArea()), nz(r.journeyStage()), a.kind() == null ? "" : a.kind().name(), nz(a.blocker()),
                    nz(FieldValues.format(a.createdAt())), nz(FieldValues.format(a.completedAt())),
                    iso(r.state().lastProgress()), String.valueOf(r.incomplete())));
        }
        CsvCells.write(out, CSV_HEADER, lines);
    }

    public void json(List<ActionRow> rows, List<Person> people, LocalDate today, OutputStream out) throws IOException {
        Set<String> owners = new LinkedHashSet<>();
        rows.forEach(r -> owners.add(r.action().ownerId()));
        ActionsDocument doc = new ActionsDocument(today.toString(),
                rows.stream().map(r -> WorkspaceToDocument.actionItem(r.action())).toList(),
                people.stream().filter(p -> owners.contains(p.id())).map(WorkspaceToDocument::person).toList());
        JSON.writeValue(out, doc);
        out.write('\n');
        out.flush();
    }

    /** Grouped by owner, in the order owners first appear. */
    public String markdown(List<ActionRow> rows, LocalDate today) {
        StringBuilder b = new StringBuilder();
        b.append("# Actions, ").append(dates.format(today)).append("\n\n");
        if (rows.isEmpty()) {
            b.append("No actions match.\n");
            return b.toString();
        }
        for (Map.Entry<String, List<ActionRow>> e : byOwner(rows).entrySet()) {
            b.append("## ").append(Markdown.escape(e.getKey())).append(" (").append(e.getValue().size()).append(")\n\n");
            for (ActionRow r : e.getValue()) {
                b.append(markdownItem(r));
            }
            b.append('\n');
        }
        return b.toString();
    }

    /** One action as a Markdown list item: title, state in words, then the customer impact. */
    public String markdownItem(ActionRow r) {
        StringBuilder b = new StringBuilder();
        b.append("- **").append(Markdown.escape(r.action().title())).append("**");
        b.append(" — ").append(stateInWords(r));
        if (r.due() != null) {
            b.append(" · due ").append(dates.format(r.due()));
        }
        b.append('\n');
        if (r.action().hasCustomerImpact()) {
            b.append("  - Customer impact: ").append(Markdown.escape(r.action().customerImpact())).append('\n');
        } else {
            b.append("  - Customer impact: *missing (incomplete)*\n");
        }
        if (r.action().blocker() != null && !r.action().blocker().isBlank()) {
            b.append("  - Blocked by: ").append(Markdown.escape(r.action().blocker())).append('\n');
        }
        return b.toString();
    }

    /** Aligned columns for a terminal; the customer impact on the line under each action. */
    public String table(List<ActionRow> rows) {
        if (rows.isEmpty()) {
            return "No actions match.\n";
        }
        int ownerWidth = Math.max(5, rows.stream().mapToInt(r -> width(r.ownerName())).max().orElse(5));
        int stateWidth = Math.max(5, rows.stream().mapToInt(r -> width(stateInWords(r))).max().orElse(5));
        int dueWidth = Math.max(3, rows.stream().mapToInt(r -> r.due() == null ? 1 : width(dates.format(r.due())))
                .max().orElse(3));
        StringBuilder b = new StringBuilder();
        b.append(pad("OWNER", ownerWidth)).append("  ").append(pad("STATE", stateWidth)).append("  ")
                .append(pad("DUE", dueWidth)).append("  TITLE\n");
        String indent = " ".repeat(ownerWidth + stateWidth + dueWidth + 6);
        for (ActionRow r : rows) {
            b.append(pad(r.ownerName(), ownerWidth)).append("  ").append(pad(stateInWords(r), stateWidth)).append("  ")
                    .append(pad(r.due() == null ? "–" : dates.format(r.due()), dueWidth)).append("  ")
                    .append(oneLine(r.action().title())).append('\n');
            b.append(indent).append("→ ").append(r.action().hasCustomerImpact() ? oneLine(r.action().customerImpact())
                    : "(no customer impact yet: incomplete)").append('\n');
        }
        return b.toString();
    }

    /** "in progress, overdue 3 days", "blocked, stalled: no progress in 2 sessions", "done". */
    public String stateInWords(ActionRow r) {
        String status = r.action().status().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        if (r.stalled()) {
            return status + ", stalled: " + String.join(", ", r.stallReasons().stream().map(StallReason::describe).toList());
        }
        if (r.overdue()) {
            long d = r.state().daysOverdue();
            return status + ", overdue " + d + (d == 1 ? " day" : " days");
        }
        return status;
    }

    static Map<String, List<ActionRow>> byOwner(List<ActionRow> rows) {
        Map<String, List<ActionRow>> groups = new LinkedHashMap<>();
        rows.forEach(r -> groups.computeIfAbsent(r.ownerName(), k -> new ArrayList<>()).add(r));
        return groups;
    }

    private static void text(String text, OutputStream out) throws IOException {
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.print(text);
        w.flush();
    }

    private static String oneLine(String s) {
        return s.replace("\r", "").replace('\n', ' ');
    }

    private static int width(String s) {
        return s.codePointCount(0, s.length());
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - width(s)));
    }

    private static String iso(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    Locale locale() {
        return locale;
    }
}
