package org.cxcadence.service;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.cxcadence.domain.AgendaDraft.CarriedItem;
import org.cxcadence.domain.AgendaItem;
import org.cxcadence.domain.AgendaItemKind;
import org.cxcadence.domain.AgendaRules;
import org.cxcadence.domain.AgendaTemplate;
import org.cxcadence.domain.CalendarInvitation;
import org.cxcadence.domain.CarryForward;
import org.cxcadence.domain.DomainException;
import org.cxcadence.domain.Meeting;
import org.cxcadence.domain.MeetingSeries;
import org.cxcadence.domain.MeetingStatus;
import org.cxcadence.domain.Person;
import org.cxcadence.domain.SeriesSchedule;
import org.cxcadence.domain.TemplateSection;
import org.cxcadence.domain.TextLimits;
import org.cxcadence.domain.TopicArea;
import org.cxcadence.domain.Workspace;
import org.cxcadence.exchange.agenda.AgendaDocument;
import org.cxcadence.exchange.agenda.AgendaDocuments;
import org.cxcadence.exchange.agenda.AgendaPack;
import org.cxcadence.exchange.agenda.HtmlAgenda;
import org.cxcadence.exchange.agenda.IcsAgenda;
import org.cxcadence.exchange.agenda.MarkdownAgenda;
import org.cxcadence.exchange.agenda.PdfAgenda;
import org.cxcadence.exchange.agenda.TextAgenda;
import org.cxcadence.store.MeetingRepository;
import org.cxcadence.store.SeriesRepository;

/**
 * Prepare: series and templates, the upcoming sessions, the next session drafted with what must be
 * heard again, every agenda edit saved at once, and the agenda shared (documents, invitation, pack).
 * Plain Java, called off the FX thread; each edit is one transaction.
 */
public final class AgendaService {
    private final OpenWorkspace workspace;
    private final MeetingRepository meetings;
    private final SeriesRepository series;
    private final Clock clock;

    public AgendaService(OpenWorkspace workspace, Clock clock) {
        this.workspace = workspace;
        this.meetings = new MeetingRepository(workspace.database());
        this.series = new SeriesRepository(workspace.database());
        this.clock = clock;
    }

    public Workspace snapshot() {
        return workspace.snapshot();
    }

    /**
     * Series, templates, people, topic areas and the rest, without sessions or actions and metrics without
     * their values (Prepare's lists; its draft reads the values it judges).
     */
    public Workspace listsView() {
        return workspace.listsWithoutMetricValues();
    }

    /**
     * What Prepare shows of one session (OpenWorkspace.sessionDraftView): the draft and the reasons
     * come out as from {@link #snapshot()}, without reading years of agendas and closed actions.
     */
    public Workspace draftView(String meetingId) {
        return workspace.sessionDraftView(meetingId);
    }

    /** {@link #draftView(String)} for a session as the screen holds it (stored or not). */
    public Workspace draftView(Meeting session) {
        return workspace.sessionDraftView(session);
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    // --- finding sessions ---

    /** The series' sessions from today on (cancelled ones included, marked), earliest first. */
    public List<Meeting> upcoming(String seriesId, LocalDate today) {
        // Chosen among the headers, then read whole: not every session's agenda.
        Set<String> ids = new HashSet<>();
        meetings.listHeaders().stream().filter(m -> seriesId.equals(m.seriesId()))
                .filter(m -> !m.start().toLocalDate().isBefore(today) || m.status() == MeetingStatus.IN_PROGRESS)
                .filter(m -> m.status() != MeetingStatus.COMPLETED)
                .forEach(m -> ids.add(m.id()));
        return meetings.listByIds(ids).stream()
                .sorted(Comparator.comparing(Meeting::start)).toList();
    }

    /** CONTRACT.md "next": the earliest session not completed or cancelled starting on or after today. */
    public Optional<Meeting> findNext(Optional<String> seriesId, LocalDate today) {
        // Chosen among the headers, then read whole: the decade of agendas is not loaded to find one session.
        return meetings.listHeaders().stream()
                .filter(m -> seriesId.isEmpty() || seriesId.get().equals(m.seriesId()))
                .filter(m -> m.status() != MeetingStatus.COMPLETED && m.status() != MeetingStatus.CANCELLED)
                .filter(m -> !m.start().toLocalDate().isBefore(today))
                .min(Comparator.comparing(Meeting::start))
                .flatMap(m -> meetings.find(m.id()));
    }

    /** The latest completed session. */
    public Optional<Meeting> findLatest() {
        return meetings.listHeaders().stream().filter(m -> m.status() == MeetingStatus.COMPLETED)
                .max(Comparator.comparing(Meeting::start))
                .flatMap(m -> meetings.find(m.id()));
    }

    public Optional<Meeting> find(String meetingId) {
        return meetings.find(meetingId);
    }

    /**
     * A MEETING argument: a session id, {@code latest} or {@code next}. When there is no next session
     * and the series is known ({@code seriesId}, or the only series), its next slot is drafted, if
     * {@code mayDraft}; otherwise that is an invalid input.
     */
    public Meeting resolve(String ref, Optional<String> seriesId, LocalDate today, boolean mayDraft) {
        if ("latest".equals(ref)) {
            return findLatest().orElseThrow(() -> new InvalidInputException("latest: no session has been completed yet"));
        }
        if ("next".equals(ref)) {
            Optional<Meeting> next = findNext(seriesId, today);
            if (next.isPresent()) {
                return next.get();
            }
            Optional<MeetingSeries> known = seriesId.isPresent() ? Optional.of(requireSeries(seriesId.get()))
                    : series.list().size() == 1 ? Optional.of(series.list().getFirst()) : Optional.empty();
            if (known.isEmpty()) {
                throw new InvalidInputException("next: no upcoming session" + (series.list().isEmpty()
                        ? " and no series to draft one in" : "; name the series with --series ID to draft one"));
            }
            if (!mayDraft) {
                throw new InvalidInputException("next: no upcoming session in series " + known.get().id());
            }
            return openNext(known.get().id(), today);
        }
        return meetings.find(ref).orElseThrow(() -> new InvalidInputException(
                ref + ": no session with this id (use a session id, latest or next)"));
    }

    // --- the next session, drafted ---

    /** The series' next session, created at its next slot with a drafted agenda when there is none. */
    public Meeting openNext(String seriesId, LocalDate today) {
        Optional<Meeting> next = findNext(Optional.of(seriesId), today);
        if (next.isPresent()) {
            return next.get();
        }
        MeetingSeries s = requireSeries(seriesId);
        OffsetDateTime slot = SeriesSchedule.nextSlot(s, meetings.listHeaders(), today, clock.getZone());
        return createSession(seriesId, slot, today);
    }

    /** A new session of the series at {@code start} (an extra one, or the next slot), its agenda drafted. */
    public Meeting createSession(String seriesId, OffsetDateTime start, LocalDate today) {
        MeetingSeries s = requireSeries(seriesId);
        Meeting empty = new Meeting(UUID.randomUUID().toString(), s.id(), s.name(), start, s.durationMinutes(),
                MeetingStatus.DRAFT, null, null, List.of(), null, List.of(), List.of());
        Workspace w = workspace.sessionDraftView(empty);
        List<AgendaItem> agenda = new ArrayList<>();
        for (TemplateSection section : templateFor(s.id(), w).sections()) {
            agenda.add(section.toAgendaItem(UUID.randomUUID().toString()));
        }
        int leadingStanding = 0;
        while (leadingStanding < agenda.size() && agenda.get(leadingStanding).kind() != AgendaItemKind.TOPIC) {
            leadingStanding++;
        }
        List<Meeting> all = new ArrayList<>(w.meetings());
        all.add(empty);
        int at = leadingStanding;
        for (CarriedItem c : CarryForward.items(all, empty)) {
            AgendaItem item = c.toAgendaItem(UUID.randomUUID().toString());
            int same = sameSection(agenda, item);
            if (same >= 0) {
                agenda.set(same, takeOver(agenda.get(same), item));
            } else {
                agenda.add(at++, item);
            }
        }
        Meeting drafted = new Meeting(empty.id(), empty.seriesId(), empty.title(), start, empty.durationMinutes(),
                MeetingStatus.DRAFT, null, null, List.of(), null, agenda, List.of());
        meetings.upsertMeeting(drafted);
        return drafted;
    }

    /** Brings onto the session what CarryForward finds missing from it (after its standing items); returns the items added. */
    public List<AgendaItem> bringForward(String meetingId) {
        Workspace w = draftView(meetingId);
        Meeting m = requireMeeting(meetingId, w);
        List<CarriedItem> items = CarryForward.items(w.meetings(), m);
        int at = 0;
        while (at < m.agenda().size() && m.agenda().get(at).kind() != AgendaItemKind.TOPIC) {
            at++;
        }
        List<AgendaItem> agenda = new ArrayList<>(m.agenda());
        List<AgendaItem> added = new ArrayList<>();
        for (CarriedItem c : items) {
            AgendaItem item = c.toAgendaItem(UUID.randomUUID().toString());
            int same = sameSection(agenda, item);
            if (same >= 0) {
                AgendaItem merged = takeOver(agenda.get(same), item);
                agenda.set(same, merged);
                meetings.upsertAgendaItem(meetingId, merged);
                added.add(merged);
            } else {
                agenda.add(at, item);
                meetings.putAgendaItem(meetingId, item, at++);
                added.add(item);
            }
        }
        return added;
    }

    /**
     * The section of {@code agenda} a brought-forward item is the same as: a topic drafted again from
     * the template (same title and topic area, not itself brought forward); -1 when there is none. A
     * cancelled session's sections are then not on the next agenda twice.
     */
    static int sameSection(List<AgendaItem> agenda, AgendaItem carried) {
        for (int i = 0; i < agenda.size(); i++) {
            AgendaItem a = agenda.get(i);
            if (a.kind() == AgendaItemKind.TOPIC && carried.kind() == AgendaItemKind.TOPIC && a.carriedFromId() == null
                    && a.title().strip().equalsIgnoreCase(carried.title().strip())
                    && java.util.Objects.equals(a.topicAreaId(), carried.topicAreaId())) {
                return i;
            }
        }
        return -1;
    }

    /** The section takes the earlier item over: its place and timebox stay; presenter, prep notes, pre-reads filled where empty. */
    static AgendaItem takeOver(AgendaItem section, AgendaItem carried) {
        return new AgendaItem(section.id(), section.title(), section.kind(), section.topicAreaId(),
                section.presenterId() != null ? section.presenterId() : carried.presenterId(),
                section.plannedMinutes() != null ? section.plannedMinutes() : carried.plannedMinutes(),
                section.prepNotes() != null ? section.prepNotes() : carried.prepNotes(),
                section.links().isEmpty() ? carried.links() : section.links(), section.notes(), section.spentSeconds(),
                section.outcome(), carried.carriedFromId(), section.decisions());
    }

    public void reschedule(String meetingId, OffsetDateTime start, int durationMinutes) {
        requireEditable(meetingId);
        if (durationMinutes < 1 || durationMinutes > 1440) {
            throw new InvalidInputException("durationMinutes: must be between 1 and 1440 minutes, was " + durationMinutes);
        }
        meetings.reschedule(meetingId, start, durationMinutes);
    }

    /**
     * Calls the session off: it is kept, marked cancelled, and its topics go on to the series' next
     * session (when one is already planned; otherwise the next drafted one picks them up).
     */
    public Optional<Meeting> cancel(String meetingId, LocalDate today) {
        Meeting m = requireEditable(meetingId);
        meetings.setStatus(meetingId, MeetingStatus.CANCELLED);
        if (m.seriesId() == null) {
            return Optional.empty();
        }
        Optional<Meeting> next = meetings.listHeaders().stream()
                .filter(x -> m.seriesId().equals(x.seriesId()) && x.start().isAfter(m.start()))
                .filter(x -> x.status() == MeetingStatus.DRAFT || x.status() == MeetingStatus.READY)
                .min(Comparator.comparing(Meeting::start));
        next.ifPresent(n -> bringForward(n.id()));
        return next;
    }

    public void setStatus(String meetingId, MeetingStatus status) {
        meetings.setStatus(meetingId, status);
    }

    // --- agenda edits ---

    /**
     * Checks an item before it is saved against the people given: a title (not blank, at most 500
     * characters), a timebox of 1 to 240 minutes or none, prep notes within the limit, and a presenter who
     * is known and not archived. {@link #saveItem} gives it the presenter as stored, in the save's own
     * transaction; the Prepare screen checks each edit against the people it holds before handing it to
     * the autosaver, so nothing wrong is queued.
     */
    public static AgendaItem checked(AgendaItem item, List<Person> people) {
        try {
            AgendaRules.checkedTitle(item.title());
            if (item.plannedMinutes() != null) {
                AgendaRules.checkPlannedMinutes(item.plannedMinutes());
            }
            if (item.prepNotes() != null) {
                TextLimits.checkNotes(item.prepNotes(), "prepNotes");
            }
        } catch (DomainException e) {
            throw new InvalidInputException(e.getMessage(), e);
        }
        if (item.presenterId() != null) {
            Person p = people.stream().filter(x -> x.id().equals(item.presenterId())).findFirst()
                    .orElseThrow(() -> new InvalidInputException("presenterId: no person with id " + item.presenterId()));
            if (!p.active()) {
                throw new InvalidInputException("presenterId: " + p.name() + " is archived and cannot present");
            }
        }
        return item;
    }

    /** Saves an edited item (checked first: a bad one is refused and nothing is written). */
    public void saveItem(String meetingId, AgendaItem item) {
        meetings.upsertAgendaItem(meetingId, item, presenter -> checked(item, presenter));
    }

    /** Puts an item at {@code index}: a new one, or one put back by undo as it was. */
    public void putItem(String meetingId, AgendaItem item, int index) {
        meetings.putAgendaItem(meetingId, item, index);
    }

    public void removeItem(String meetingId, String itemId) {
        meetings.removeAgendaItem(meetingId, itemId);
    }

    public void reorder(String meetingId, List<String> itemIds) {
        meetings.reorderAgenda(meetingId, itemIds);
    }

    // --- series and templates ---

    public List<MeetingSeries> series() {
        return series.list();
    }

    public void saveSeries(MeetingSeries s) {
        series.upsert(s);
    }

    public List<AgendaTemplate> templates() {
        return series.templates();
    }

    /** Adds or replaces a template; as a series' default it takes over from that series' old default. */
    public void saveTemplate(AgendaTemplate template) {
        if (template.seriesId() != null) {
            requireSeries(template.seriesId());
        }
        series.upsertTemplate(template);
    }

    /**
     * Makes {@code templateId} the series' default agenda, or none ({@code null}: new sessions start
     * from the standard sections). The former default stays as a named template.
     */
    public void setDefaultTemplate(String seriesId, String templateId) {
        requireSeries(seriesId);
        List<AgendaTemplate> all = series.templates();
        if (templateId != null && all.stream().noneMatch(t -> t.id().equals(templateId))) {
            throw new InvalidInputException("templateId: no template with id " + templateId);
        }
        for (AgendaTemplate t : all) {
            if (t.id().equals(templateId) && !seriesId.equals(t.seriesId())) {
                series.upsertTemplate(new AgendaTemplate(t.id(), t.name(), seriesId, t.sections()));
            } else if (!t.id().equals(templateId) && seriesId.equals(t.seriesId())) {
                series.upsertTemplate(new AgendaTemplate(t.id(), t.name(), null, t.sections()));
            }
        }
    }

    /**
     * Deletes a template. The default agenda of a series is never deleted (its next session would
     * silently fall back to the standard sections): make another template the default first.
     */
    public void deleteTemplate(String templateId) {
        Optional<AgendaTemplate> t = series.templates().stream().filter(x -> x.id().equals(templateId)).findFirst();
        if (t.isEmpty()) {
            return;
        }
        if (t.get().seriesId() != null) {
            String seriesName = series.find(t.get().seriesId()).map(MeetingSeries::name).orElse(t.get().seriesId());
            throw new InvalidInputException(t.get().name() + ": it is the default agenda of the series " + seriesName
                    + "; make another template its default first");
        }
        series.deleteTemplate(templateId);
    }

    /** The series' default template, or the standard one (the five competencies and the two standing items). */
    public AgendaTemplate templateFor(String seriesId, Workspace w) {
        return w.agendaTemplates().stream().filter(t -> seriesId.equals(t.seriesId())).findFirst()
                .orElseGet(() -> AgendaTemplate.standard(UUID.randomUUID().toString(), "Standard session", seriesId,
                        w.topicAreas()));
    }

    /** Saves the session's agenda as a named template, or as its series' default. */
    public AgendaTemplate saveAsTemplate(String meetingId, String name, boolean seriesDefault) {
        Meeting m = meetings.find(meetingId).orElseThrow(() -> new InvalidInputException(meetingId + ": no session with this id"));
        String checkedName;
        try {
            checkedName = AgendaRules.checkedTitle(name);
        } catch (DomainException e) {
            throw new InvalidInputException("name: " + e.getMessage().substring(e.getMessage().indexOf(':') + 2), e);
        }
        AgendaTemplate t = new AgendaTemplate(UUID.randomUUID().toString(), checkedName,
                seriesDefault ? m.seriesId() : null, m.agenda().stream()
                .filter(a -> a.carriedFromId() == null)
                .map(a -> new TemplateSection(a.title(), a.kind(), a.topicAreaId(),
                        a.plannedMinutes() == null ? null : Math.min(a.plannedMinutes(), AgendaRules.MAX_ITEM_MINUTES)))
                .toList());
        series.upsertTemplate(t);
        return t;
    }

    /** Appends the template's sections to the session's agenda; returns the items added. */
    public List<AgendaItem> applyTemplate(String meetingId, AgendaTemplate template) {
        List<AgendaItem> added = new ArrayList<>();
        for (TemplateSection s : template.sections()) {
            AgendaItem item = s.toAgendaItem(UUID.randomUUID().toString());
            meetings.upsertAgendaItem(meetingId, item);
            added.add(item);
        }
        return added;
    }

    // --- sharing ---

    public AgendaDocument document(String meetingId, LocalDate today, Locale locale) {
        Workspace w = draftView(meetingId);
        return AgendaDocuments.build(w, requireMeeting(meetingId, w), today, clock.getZone(), locale);
    }

    /**
     * The agenda in a format. For ICS the stored SEQUENCE is raised when the invitation differs from the
     * one last exported (and saved, when {@code record} and the workspace is writable).
     */
    public byte[] render(String meetingId, AgendaFormat format, LocalDate today, Locale locale, boolean record) {
        AgendaDocument d = document(meetingId, today, locale);
        return switch (format) {
            case MD -> utf8(MarkdownAgenda.render(d));
            case HTML -> utf8(HtmlAgenda.render(d));
            case TXT -> utf8(TextAgenda.render(d));
            case PDF -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                PdfAgenda.write(d, out);
                yield out.toByteArray();
            }
            case ICS -> utf8(IcsAgenda.render(d, nextSequence(d, record && !workspace.isReadOnly()), Instant.now(clock)));
        };
    }

    private int nextSequence(AgendaDocument d, boolean record) {
        String fingerprint = IcsAgenda.fingerprint(d);
        Optional<CalendarInvitation> last = meetings.invitation(d.meetingId());
        int sequence = last.map(i -> fingerprint.equals(i.fingerprint()) ? i.sequence() : i.sequence() + 1).orElse(0);
        if (record && (last.isEmpty() || last.get().sequence() != sequence)) {
            meetings.saveInvitation(new CalendarInvitation(d.meetingId(), sequence, fingerprint));
        }
        return sequence;
    }

    /** A file name for the session's agenda: "agenda-2026-11-23.pdf". */
    public static String fileName(Meeting m, String extension) {
        return "agenda-" + m.start().toLocalDate() + "." + extension;
    }

    // --- agenda packs ---

    public byte[] exportPack(String meetingId) {
        Workspace w = draftView(meetingId);
        Meeting m = requireMeeting(meetingId, w);
        Set<String> people = new HashSet<>();
        Set<String> areas = new HashSet<>();
        m.agenda().forEach(a -> {
            if (a.presenterId() != null) {
                people.add(a.presenterId());
            }
            if (a.topicAreaId() != null) {
                areas.add(a.topicAreaId());
            }
        });
        String seriesName = w.series().stream().filter(s -> s.id().equals(m.seriesId())).map(MeetingSeries::name)
                .findFirst().orElse(null);
        return AgendaPack.write(new AgendaPack.PackJson(AgendaPack.FORMAT, AgendaPack.VERSION,
                OffsetDateTime.now(clock).withNano(0).toString(),
                new AgendaPack.MeetingJson(m.id(), m.seriesId(), seriesName, m.title(), m.start().toString(),
                        m.durationMinutes(), m.status()),
                w.people().stream().filter(p -> people.contains(p.id()))
                        .map(p -> new AgendaPack.NamedJson(p.id(), p.name())).toList(),
                w.topicAreas().stream().filter(t -> areas.contains(t.id()))
                        .map(t -> new AgendaPack.NamedJson(t.id(), t.name())).toList(),
                m.agenda().stream().map(a -> new AgendaPack.ItemJson(a.id(), a.title(), a.kind(), a.topicAreaId(),
                        a.presenterId(), a.plannedMinutes(), a.prepNotes(), a.links().isEmpty() ? null : a.links(),
                        a.carriedFromId())).toList()));
    }

    /**
     * Imports a pack: people and topic areas matched by id, then by name; the unmatched are left empty
     * on the items and reported. All or nothing: a bad pack, an archived presenter or a session
     * already held here changes nothing.
     */
    public PackImportReport importPack(byte[] bytes, String name) {
        AgendaPack.Pack pack;
        try {
            pack = AgendaPack.read(bytes, name);
        } catch (AgendaPack.PackException e) {
            throw new InvalidInputException(e.getMessage(), e);
        }
        Workspace w = snapshot();
        List<String> matched = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        java.util.Map<String, String> personIds = new java.util.HashMap<>();
        for (AgendaPack.NamedJson p : pack.people()) {
            Optional<Person> local = w.people().stream().filter(x -> x.id().equals(p.id())).findFirst();
            String how = "by id";
            if (local.isEmpty()) {
                local = w.people().stream().filter(x -> p.name() != null && x.name().strip().equalsIgnoreCase(p.name().strip()))
                        .findFirst();
                how = "by name";
            }
            if (local.isPresent()) {
                if (!local.get().active()) {
                    throw new InvalidInputException(name + ": presenter " + local.get().name()
                            + " is archived in this workspace; restore them or change the presenter, then export the pack again");
                }
                personIds.put(p.id(), local.get().id());
                matched.add("presenter " + p.name() + " (" + how + ")");
            } else {
                unmatched.add("presenter " + p.name() + " (no such person here; left without presenter)");
            }
        }
        java.util.Map<String, String> areaIds = new java.util.HashMap<>();
        for (AgendaPack.NamedJson t : pack.topicAreas()) {
            Optional<TopicArea> local = w.topicAreas().stream().filter(x -> x.id().equals(t.id())).findFirst();
            String how = "by id";
            if (local.isEmpty()) {
                local = w.topicAreas().stream().filter(x -> t.name() != null && x.name().strip().equalsIgnoreCase(t.name().strip()))
                        .findFirst();
                how = "by name";
            }
            if (local.isPresent()) {
                areaIds.put(t.id(), local.get().id());
                matched.add("topic area " + t.name() + " (" + how + ")");
            } else {
                unmatched.add("topic area " + t.name() + " (no such topic area here; left without one)");
            }
        }
        AgendaPack.MeetingJson pm = pack.meeting();
        Optional<Meeting> existing = w.meetings().stream().filter(x -> x.id().equals(pm.id())).findFirst();
        if (existing.isPresent() && !(existing.get().status() == MeetingStatus.DRAFT
                || existing.get().status() == MeetingStatus.READY)) {
            throw new InvalidInputException(name + ": session " + pm.id() + " is already "
                    + existing.get().status().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + " here; its agenda cannot be replaced");
        }
        Optional<MeetingSeries> s = w.series().stream().filter(x -> x.id().equals(pm.seriesId())).findFirst()
                .or(() -> w.series().stream().filter(x -> pm.seriesName() != null
                        && x.name().strip().equalsIgnoreCase(pm.seriesName().strip())).findFirst());
        if (pm.seriesId() != null) {
            if (s.isPresent()) {
                matched.add("series " + s.get().name());
            } else {
                unmatched.add("series " + (pm.seriesName() == null ? pm.seriesId() : pm.seriesName())
                        + " (no such series here; imported as a one-off session)");
            }
        }
        Set<String> otherItemIds = new HashSet<>();
        Set<String> allItemIds = new HashSet<>();
        for (Meeting m : w.meetings()) {
            for (AgendaItem a : m.agenda()) {
                allItemIds.add(a.id());
                if (!m.id().equals(pm.id())) {
                    otherItemIds.add(a.id());
                }
            }
        }
        List<AgendaItem> agenda = new ArrayList<>();
        for (AgendaItem a : pack.agenda()) {
            String id = otherItemIds.contains(a.id()) ? UUID.randomUUID().toString() : a.id();
            String carried = a.carriedFromId() != null && allItemIds.contains(a.carriedFromId()) ? a.carriedFromId() : null;
            agenda.add(new AgendaItem(id, a.title(), a.kind(), areaIds.get(a.topicAreaId()),
                    personIds.get(a.presenterId()), a.plannedMinutes(), a.prepNotes(), a.links(), null, null, null,
                    carried, List.of()));
        }
        MeetingStatus status = existing.map(Meeting::status).orElse(pm.status() == MeetingStatus.READY
                ? MeetingStatus.READY : MeetingStatus.DRAFT);
        Meeting m;
        try {
            m = new Meeting(pm.id(), s.map(MeetingSeries::id).orElse(null), pm.title(), OffsetDateTime.parse(pm.start()),
                    pm.durationMinutes(), status, null, null,
                    existing.map(Meeting::attendance).orElse(List.of()), null, agenda, List.of());
        } catch (DomainException e) {
            throw new InvalidInputException(name + ": $.meeting." + e.getMessage(), e);
        }
        workspace.database().backup("before-import"); // Data safety: a verified backup before every import
        meetings.replaceSession(m);
        return new PackImportReport(m.id(), m.title(), existing.isEmpty(), agenda.size(), matched, unmatched);
    }

    // --- helpers ---

    private MeetingSeries requireSeries(String id) {
        return series.find(id).orElseThrow(() -> new InvalidInputException("--series " + id + ": no series with this id"));
    }

    private static Meeting requireMeeting(String id, Workspace w) {
        return w.meetings().stream().filter(m -> m.id().equals(id)).findFirst()
                .orElseThrow(() -> new InvalidInputException(id + ": no session with this id"));
    }

    private Meeting requireEditable(String meetingId) {
        Meeting m = meetings.find(meetingId).orElseThrow(() -> new InvalidInputException(meetingId + ": no session with this id"));
        if (m.status() == MeetingStatus.COMPLETED || m.status() == MeetingStatus.IN_PROGRESS) {
            throw new InvalidInputException(meetingId + ": the session is " + m.status().name().toLowerCase(Locale.ROOT)
                    .replace('_', ' ') + " and can no longer be changed here");
        }
        return m;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
