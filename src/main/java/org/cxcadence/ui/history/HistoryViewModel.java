package org.cxcadence.ui.history;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.cxcadence.domain.MeetingStatus;
import org.cxcadence.domain.Workspace;
import org.cxcadence.domain.minutes.Minutes;
import org.cxcadence.domain.minutes.MinutesSection;
import org.cxcadence.exchange.minutes.MinutesFormat;
import org.cxcadence.exchange.minutes.MinutesLayout;
import org.cxcadence.exchange.minutes.MinutesRenderer;
import org.cxcadence.service.HistoryService;
import org.cxcadence.service.MinutesService;
import org.cxcadence.service.SessionService;
import org.cxcadence.ui.UiExecutor;
import org.cxcadence.ui.feedback.Feedback;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * History: the filter, the list of sessions (or search hits while a query is typed) and the minutes
 * of the session opened. All disk work through the {@link UiExecutor}; handlers change properties.
 */
public final class HistoryViewModel {
    /** A choice in a filter box; {@code id == null} is "all". */
    public record Option(String id, String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** The minutes shown: the model, its layout, and the words to highlight (from a search hit). */
    public record Shown(Minutes minutes, MinutesLayout.Laid laid, List<String> highlights) {
    }

    private final HistoryService history;
    private final Feedback feedback;
    private final MinutesService minutes;
    private final SessionService sessions;
    private final UiExecutor executor;
    private final Clock clock;
    private final org.cxcadence.ui.common.Messages messages;

    private final ObservableList<HistoryService.SessionSummary> sessionList = FXCollections.observableArrayList();
    private final ObservableList<HistoryService.SearchResult> results = FXCollections.observableArrayList();
    private final ObservableList<Option> seriesOptions = FXCollections.observableArrayList();
    private final ObservableList<Option> topicOptions = FXCollections.observableArrayList();
    private final ObservableList<Option> personOptions = FXCollections.observableArrayList();
    private final ObjectProperty<Option> series = new SimpleObjectProperty<>();
    private final ObjectProperty<Option> topicArea = new SimpleObjectProperty<>();
    private final ObjectProperty<Option> person = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty query = new SimpleStringProperty("");
    private final BooleanProperty searching = new SimpleBooleanProperty(false);
    private final ObjectProperty<Shown> shown = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    /** The list's read model (lists, session headers, per-session facts); null while (re)loading. */
    private HistoryService.Listing listing;
    private Workspace snapshot;
    /** The agenda of the session shown (the correction dialog offers its items). */
    private List<org.cxcadence.domain.AgendaItem> shownAgenda = List.of();
    private long searchGeneration;

    public HistoryViewModel(HistoryService history, MinutesService minutes, SessionService sessions, UiExecutor executor,
                            Clock clock, org.cxcadence.ui.common.Messages messages, Feedback feedback) {
        this.messages = messages;
        this.feedback = feedback;
        this.history = history;
        this.minutes = minutes;
        this.sessions = sessions;
        this.executor = executor;
        this.clock = clock;
        series.addListener((o, a, b) -> refilter());
        topicArea.addListener((o, a, b) -> refilter());
        person.addListener((o, a, b) -> refilter());
        from.addListener((o, a, b) -> refilter());
        to.addListener((o, a, b) -> refilter());
        query.addListener((o, a, b) -> refilter());
    }

    /** Loads the workspace snapshot, the filter choices and the sessions; opens the newest session. */
    public void load() {
        LocalDate today = LocalDate.now(clock);
        executor.run(history::listing).onSuccess(l -> {
            listing = l;
            Workspace w = l.lists();
            snapshot = w;
            seriesOptions.setAll(options(w.series().stream().map(s -> new Option(s.id(), s.name())).toList(), messages.get("history.filter.allSeries")));
            topicOptions.setAll(options(w.topicAreas().stream().map(t -> new Option(t.id(), t.name())).toList(),
                    messages.get("history.filter.allTopics")));
            personOptions.setAll(options(w.people().stream().map(p -> new Option(p.id(), p.name())).toList(), messages.get("history.filter.everyone")));
            refilter();
            if (shown.get() == null) {
                HistoryService.sessions(l, HistoryService.Filter.none(), today).stream()
                        .filter(s -> s.status() == MeetingStatus.COMPLETED).findFirst()
                        .ifPresent(s -> open(s.meetingId(), List.of()));
            }
        }).onError(this::fail);
    }

    private static List<Option> options(List<Option> named, String all) {
        List<Option> out = new ArrayList<>();
        out.add(new Option(null, all));
        out.addAll(named.stream().sorted(Comparator.comparing(Option::name, String.CASE_INSENSITIVE_ORDER)).toList());
        return out;
    }

    public HistoryService.Filter filter() {
        return new HistoryService.Filter(id(series), from.get(), to.get(), id(topicArea), id(person));
    }

    private static String id(ObjectProperty<Option> p) {
        return p.get() == null ? null : p.get().id();
    }

    /** Applies the filter to the session list, and runs the search when a query is typed. */
    private void refilter() {
        if (snapshot == null) {
            return;
        }
        HistoryService.Filter filter = filter();
        sessionList.setAll(HistoryService.sessions(listing, filter, LocalDate.now(clock)));
        String q = query.get() == null ? "" : query.get().strip();
        searching.set(!q.isEmpty());
        if (q.isEmpty()) {
            results.clear();
            return;
        }
        long generation = ++searchGeneration;
        HistoryService.Listing l = listing;
        feedback.track(feedback.messages().format("feedback.searching", q),
                executor.run(() -> history.searchIn(q, filter, l))).onSuccess(hits -> {
            if (generation == searchGeneration) { // an older search finishing late must not replace a newer one
                results.setAll(hits);
            }
        }).onError(this::fail);
    }

    /** Shows a session's minutes; {@code highlights} are the words to mark (from a search hit). */
    public void open(String meetingId, List<String> highlights) {
        if (meetingId == null) {
            return;
        }
        executor.run(() -> {
            Workspace view = minutes.view(meetingId, MinutesSection.all());
            Minutes m = minutes.build(view, meetingId, MinutesSection.all());
            List<org.cxcadence.domain.AgendaItem> agenda = view.meetings().stream()
                    .filter(x -> x.id().equals(m.meetingId())).findFirst()
                    .map(org.cxcadence.domain.Meeting::agenda).orElse(List.of());
            return Map.entry(agenda, new Shown(m, minutes.renderer().layout(m), List.copyOf(highlights)));
        }).onSuccess(e -> {
            Shown s = e.getValue();
            shownAgenda = e.getKey();
            shown.set(s);
            error.set("");
        }).onError(this::fail);
    }

    public void openResult(HistoryService.SearchResult hit) {
        List<String> words = hit.snippet().stream().filter(HistoryService.SnippetPart::highlighted)
                .map(HistoryService.SnippetPart::text).distinct().toList();
        open(hit.meetingId(), words);
    }

    /** Writes the shown minutes to {@code file} (temp file, then rename). */
    public void export(MinutesFormat format, Path file) {
        Minutes m = current();
        if (m == null) {
            return;
        }
        feedback.track(feedback.exporting(file), executor.run(() -> {
            writeWhole(file, out -> minutes.write(m, format, out));
            return file;
        })).onSuccess(f -> {
            message.set(messages.format("history.saved", f.getFileName()));
            feedback.exported(f);
        }).onError(e -> feedback.failed(Feedback.Work.EXPORT, e));
    }

    /** Writes the .eml draft with the PDF attached. */
    public void saveEmail(Path file) {
        Minutes m = current();
        if (m == null) {
            return;
        }
        feedback.track(feedback.exporting(file), executor.run(() -> {
            writeWhole(file, out -> minutes.writeEml(m, out));
            return file;
        })).onSuccess(f -> {
            message.set(messages.format("history.saved.email", f.getFileName()));
            feedback.exported(f);
        }).onError(e -> feedback.failed(Feedback.Work.EXPORT, e));
    }

    /** The plain-text minutes and the subject, for the clipboard ("Copy as email"). */
    public String emailText() {
        Minutes m = current();
        if (m == null) {
            return "";
        }
        MinutesRenderer r = minutes.renderer();
        try {
            return r.email().subject(m) + "\n\n" + r.text(m, MinutesFormat.TXT);
        } catch (java.io.IOException e) {
            fail(e);
            return "";
        }
    }

    /** The printer refused: the dialog says so, with the next step. */
    public void printFailed(Throwable e) {
        feedback.failed(Feedback.Work.PRINT, e);
    }

    public String mailtoLink() {
        Minutes m = current();
        return m == null ? "" : minutes.renderer().email().mailto(m);
    }

    public String suggestedFileName(String extension) {
        Minutes m = current();
        return m == null ? "minutes." + extension : MinutesService.fileName(m, extension);
    }

    public void toggleSent() {
        Minutes m = current();
        if (m == null) {
            return;
        }
        OffsetDateTime when = m.sentAt() == null ? OffsetDateTime.now(clock) : null;
        executor.run(() -> minutes.markSent(m.meetingId(), when)).onSuccess(v -> reload(m.meetingId()))
                .onError(this::fail);
    }

    /** Records a dated correction (today); with an item and new notes, replaces the item's notes too. */
    public void correct(String agendaItemId, String text, String newNotes) {
        Minutes m = current();
        if (m == null) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        executor.run(() -> minutes.correct(m.meetingId(), agendaItemId, text, today, newNotes))
                .onSuccess(v -> reload(m.meetingId())).onError(this::fail);
    }

    public void reopen() {
        Minutes m = current();
        if (m == null) {
            return;
        }
        executor.run(() -> sessions.reopen(m.meetingId())).onSuccess(done -> {
            message.set(messages.get(done ? "history.reopened" : "history.reopen.refused"));
            reload(m.meetingId());
        }).onError(this::fail);
    }

    private void reload(String meetingId) {
        List<String> highlights = shown.get() == null ? List.of() : shown.get().highlights();
        snapshot = null;
        listing = null;
        executor.run(history::listing).onSuccess(l -> {
            listing = l;
            snapshot = l.lists();
            refilter();
            open(meetingId, highlights);
        }).onError(this::fail);
    }

    private Minutes current() {
        return shown.get() == null ? null : shown.get().minutes();
    }

    private void fail(Throwable e) {
        error.set(e.getMessage() == null ? e.toString() : e.getMessage());
    }

    interface StreamWriter {
        void write(OutputStream out) throws Exception;
    }

    static void writeWhole(Path target, StreamWriter writer) throws Exception {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, ".minutes", ".part");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                writer.write(out);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    public ObservableList<HistoryService.SessionSummary> sessions() {
        return sessionList;
    }

    public ObservableList<HistoryService.SearchResult> results() {
        return results;
    }

    public ObservableList<Option> seriesOptions() {
        return seriesOptions;
    }

    public ObservableList<Option> topicOptions() {
        return topicOptions;
    }

    public ObservableList<Option> personOptions() {
        return personOptions;
    }

    public ObjectProperty<Option> seriesProperty() {
        return series;
    }

    public ObjectProperty<Option> topicAreaProperty() {
        return topicArea;
    }

    public ObjectProperty<Option> personProperty() {
        return person;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public BooleanProperty searchingProperty() {
        return searching;
    }

    public ObjectProperty<Shown> shownProperty() {
        return shown;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty errorProperty() {
        return error;
    }

    /** The lists and session headers the History list shows (no agendas or actions: see {@link #shownAgenda()}). */
    public Workspace snapshot() {
        return snapshot;
    }

    /** The agenda of the session whose minutes are shown. */
    public List<org.cxcadence.domain.AgendaItem> shownAgenda() {
        return shownAgenda;
    }
}
