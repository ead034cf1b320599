package org.cxcadence.ui.prepare;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.cxcadence.domain.AgendaItemKind;
import org.cxcadence.domain.AgendaTemplate;
import org.cxcadence.domain.MeetingSeries;
import org.cxcadence.domain.TemplateSection;
import org.cxcadence.domain.TextLimits;
import org.cxcadence.domain.TopicArea;
import org.cxcadence.domain.Workspace;
import org.cxcadence.service.AgendaService;
import org.cxcadence.ui.UiExecutor;
import org.cxcadence.ui.common.Autosaver;
import org.cxcadence.ui.common.Messages;
import org.cxcadence.ui.prepare.TemplateRows.SectionRow;
import org.cxcadence.ui.prepare.TemplateRows.TemplateRow;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The agenda template editor: the templates (a series' default agenda, or named ones anyone can
 * apply), each an ordered list of sections by topic area with a timebox and a kind (a topic, or one
 * of the two standing items). Every edit is saved through the {@link Autosaver} as the whole
 * template, and can be undone and redone. The default agenda of a series is never deleted.
 */
public final class TemplatesViewModel {
    private final AgendaService service;
    private final UiExecutor executor;
    private final Autosaver autosaver;
    private final Messages messages;
    private final EditHistory history = new EditHistory();

    private final ObservableList<TemplateRow> templates = FXCollections.observableArrayList();
    private final ObjectProperty<TemplateRow> selected = new SimpleObjectProperty<>();
    private final ObservableList<SectionRow> sections = FXCollections.observableArrayList();
    private final ObjectProperty<SectionRow> selectedSection = new SimpleObjectProperty<>();
    private final ObservableList<MeetingSeries> series = FXCollections.observableArrayList();
    private final ObservableList<TopicArea> topicAreas = FXCollections.observableArrayList();
    private final IntegerBinding planned;
    private final IntegerProperty restored = new SimpleIntegerProperty();
    private final StringProperty nameError = new SimpleStringProperty("");
    private final StringProperty titleError = new SimpleStringProperty("");
    private final StringProperty minutesError = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private List<TopicArea> allAreas = List.of();

    public TemplatesViewModel(AgendaService service, UiExecutor executor, Autosaver autosaver, Messages messages) {
        this.service = service;
        this.executor = executor;
        this.autosaver = autosaver;
        this.messages = messages;
        planned = Bindings.createIntegerBinding(() -> sections.stream()
                .mapToInt(r -> r.minutesProperty().get() == null ? 0 : r.minutesProperty().get()).sum(), sections);
        selected.addListener((o, was, now) -> {
            nameError.set("");
            error.set("");
            history.seal();
            showSections(now, 0);
        });
        selectedSection.addListener((o, was, now) -> {
            titleError.set("");
            minutesError.set("");
            history.seal();
        });
    }

    // --- loading ---

    /** Reads the templates, series and topic areas; keeps the selected template when it still exists. */
    public void load() {
        autosaver.flush();
        // The lists only: a snapshot read every session and action of the workspace (1 GB of garbage and
        // RSS ~900 MB on the large one, each time Prepare was shown; docs/PERFORMANCE.md).
        executor.run(service::listsView).onSuccess(this::apply).onError(this::fail);
    }

    private void apply(Workspace w) {
        String keep = selected.get() == null ? null : selected.get().id();
        series.setAll(w.series());
        allAreas = w.topicAreas();
        topicAreas.setAll(w.topicAreas().stream().filter(t -> !t.archived()).toList());
        templates.setAll(w.agendaTemplates().stream().map(TemplateRow::new).toList());
        history.clear();
        selected.set(null);
        selected.set(templates.stream().filter(t -> t.id().equals(keep)).findFirst()
                .orElse(templates.isEmpty() ? null : templates.getFirst()));
        error.set("");
    }

    private void showSections(TemplateRow t, int index) {
        sections.setAll(t == null ? List.of() : t.sectionsProperty().get().stream().map(SectionRow::new).toList());
        selectedSection.set(sections.isEmpty() ? null : sections.get(Math.clamp(index, 0, sections.size() - 1)));
        planned.invalidate();
    }

    // --- templates ---

    /** A new template holding the standard sections (the two standing items, one section per topic area). */
    public TemplateRow create() {
        AgendaTemplate t = AgendaTemplate.standard(UUID.randomUUID().toString(), messages.get("templates.newName"), null,
                topicAreas);
        TemplateRow row = new TemplateRow(t);
        int index = templates.size();
        add(row, index, t);
        history.push(null, () -> remove(row), () -> add(row, index, t));
        notice.set(messages.format("templates.notice.created", t.name()));
        return row;
    }

    /** A copy of the selected template under a new name, never a series' default. */
    public TemplateRow duplicate() {
        TemplateRow source = selected.get();
        if (source == null) {
            return null;
        }
        String name = messages.format("templates.copyName", source.nameProperty().get());
        AgendaTemplate t = new AgendaTemplate(UUID.randomUUID().toString(),
                TextLimits.length(name) > TextLimits.MAX_TITLE ? source.nameProperty().get() : name, null,
                source.sectionsProperty().get());
        TemplateRow row = new TemplateRow(t);
        int index = templates.indexOf(source) + 1;
        add(row, index, t);
        history.push(null, () -> remove(row), () -> add(row, index, t));
        return row;
    }

    /** Deletes the selected template, unless a series uses it as its default agenda (then says why). */
    public void deleteSelected() {
        TemplateRow row = selected.get();
        if (row == null) {
            return;
        }
        String seriesId = row.seriesIdProperty().get();
        if (seriesId != null) {
            error.set(messages.format("templates.error.isDefault", row.nameProperty().get(), seriesName(seriesId)));
            return;
        }
        AgendaTemplate t = row.toTemplate();
        int index = templates.indexOf(row);
        remove(row);
        history.push(null, () -> add(row, index, t), () -> remove(row));
        error.set("");
        notice.set(messages.format("templates.notice.deleted", t.name()));
    }

    private void add(TemplateRow row, int index, AgendaTemplate t) {
        row.set(t);
        templates.add(Math.clamp(index, 0, templates.size()), row);
        save(t);
        autosaver.flush();
        selected.set(row);
    }

    private void remove(TemplateRow row) {
        int index = templates.indexOf(row);
        templates.remove(row);
        String id = row.id();
        autosaver.submit(key(id), () -> service.deleteTemplate(id));
        autosaver.flush();
        selected.set(templates.isEmpty() ? null : templates.get(Math.clamp(index, 0, templates.size() - 1)));
    }

    public void rename(String text) {
        TemplateRow row = selected.get();
        if (row == null || Objects.equals(text, row.nameProperty().get())) {
            nameError.set("");
            return;
        }
        String problem = titleProblem(text);
        nameError.set(problem);
        if (problem.isEmpty()) {
            String name = text.strip();
            edit(List.of(row.id(), "name"), () -> row.nameProperty().set(name));
        }
    }

    /**
     * Makes the selected template the default agenda of a series (or of none). The series' former
     * default stays as a named template; undo gives the series its former default back.
     */
    public void setDefaultFor(String seriesId) {
        TemplateRow row = selected.get();
        if (row == null || Objects.equals(seriesId, row.seriesIdProperty().get())) {
            return;
        }
        String was = row.seriesIdProperty().get();
        Optional<TemplateRow> former = seriesId == null ? Optional.empty()
                : templates.stream().filter(t -> t != row && seriesId.equals(t.seriesIdProperty().get())).findFirst();
        row.seriesIdProperty().set(seriesId);
        former.ifPresent(f -> f.seriesIdProperty().set(null));
        save(row.toTemplate());
        int index = sections.indexOf(selectedSection.get());
        history.push(null, () -> {
            row.seriesIdProperty().set(was);
            save(row.toTemplate());
            former.ifPresent(f -> {
                f.seriesIdProperty().set(seriesId);
                save(f.toTemplate());
            });
            reselect(row, index);
        }, () -> {
            row.seriesIdProperty().set(seriesId);
            former.ifPresent(f -> f.seriesIdProperty().set(null));
            save(row.toTemplate());
            reselect(row, index);
        });
    }

    public String seriesName(String seriesId) {
        return series.stream().filter(s -> s.id().equals(seriesId)).map(MeetingSeries::name).findFirst()
                .orElse(seriesId == null ? "" : seriesId);
    }

    public Optional<MeetingSeries> seriesOf(TemplateRow row) {
        String id = row == null ? null : row.seriesIdProperty().get();
        return series.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    // --- sections ---

    public SectionRow addSection() {
        TemplateRow row = selected.get();
        if (row == null) {
            return null;
        }
        int index = selectedSection.get() == null ? sections.size() : sections.indexOf(selectedSection.get()) + 1;
        SectionRow section = new SectionRow(new TemplateSection(messages.get("templates.newSection"),
                AgendaItemKind.TOPIC, null, 10));
        edit(null, () -> {
            sections.add(index, section);
            selectedSection.set(section);
        });
        return section;
    }

    public void removeSection() {
        SectionRow section = selectedSection.get();
        if (section == null) {
            return;
        }
        int index = sections.indexOf(section);
        edit(null, () -> {
            sections.remove(section);
            selectedSection.set(sections.isEmpty() ? null : sections.get(Math.clamp(index, 0, sections.size() - 1)));
        });
    }

    /** Moves the selected section one place up (-1) or down (+1): Alt+Up/Down. */
    public void moveSection(int delta) {
        SectionRow section = selectedSection.get();
        if (section == null) {
            return;
        }
        int to = sections.indexOf(section) + delta;
        if (to >= 0 && to < sections.size()) {
            moveSectionTo(section, to);
        }
    }

    /** Puts the section at {@code index} (drag and drop, or the keyboard). */
    public void moveSectionTo(SectionRow section, int index) {
        int from = sections.indexOf(section);
        int to = Math.clamp(index, 0, sections.size() - 1);
        if (from < 0 || from == to) {
            return;
        }
        edit(null, () -> {
            sections.remove(section);
            sections.add(to, section);
            selectedSection.set(section);
        });
    }

    public void editTitle(String text) {
        SectionRow section = selectedSection.get();
        if (section == null || Objects.equals(text, section.titleProperty().get())) {
            titleError.set("");
            return;
        }
        String problem = titleProblem(text);
        titleError.set(problem);
        if (problem.isEmpty()) {
            String title = text.strip();
            edit(List.of(section, "title"), () -> section.titleProperty().set(title));
        }
    }

    public void editKind(AgendaItemKind kind) {
        SectionRow section = selectedSection.get();
        if (section != null && kind != null && kind != section.kindProperty().get()) {
            edit(null, () -> section.kindProperty().set(kind));
        }
    }

    public void editTopicArea(String topicAreaId) {
        SectionRow section = selectedSection.get();
        if (section != null && !Objects.equals(topicAreaId, section.topicAreaIdProperty().get())) {
            edit(null, () -> section.topicAreaIdProperty().set(topicAreaId));
        }
    }

    /** The timebox in whole minutes (1 to 240), or none when blank. */
    public void editMinutes(String text) {
        SectionRow section = selectedSection.get();
        if (section == null) {
            return;
        }
        Integer minutes;
        try {
            minutes = PrepareControls.minutes(text);
        } catch (RuntimeException e) {
            minutesError.set(PrepareControls.minutesProblem(messages));
            return;
        }
        minutesError.set("");
        Integer value = minutes;
        if (!Objects.equals(value, section.minutesProperty().get())) {
            edit(List.of(section, "minutes"), () -> section.minutesProperty().set(value));
        }
    }

    private String titleProblem(String text) {
        return PrepareControls.titleProblem(messages, text);
    }

    /**
     * One edit of the selected template: {@code change} alters its name or sections; the template is
     * saved whole, and undo puts the template as it was before back (typing in one field, one step).
     */
    private void edit(Object key, Runnable change) {
        TemplateRow row = selected.get();
        if (row == null) {
            return;
        }
        notice.set("");
        AgendaTemplate before = row.toTemplate();
        int beforeIndex = sections.indexOf(selectedSection.get());
        change.run();
        row.sectionsProperty().set(sections.stream().map(SectionRow::toSection).toList());
        AgendaTemplate after = row.toTemplate();
        int afterIndex = sections.indexOf(selectedSection.get());
        save(after);
        planned.invalidate();
        history.push(key, () -> restore(row, before, beforeIndex), () -> restore(row, after, afterIndex));
    }

    private void restore(TemplateRow row, AgendaTemplate t, int sectionIndex) {
        row.set(t);
        save(t);
        reselect(row, sectionIndex);
    }

    private void reselect(TemplateRow row, int sectionIndex) {
        nameError.set("");
        titleError.set("");
        minutesError.set("");
        if (selected.get() == row) {
            showSections(row, sectionIndex);
        } else {
            selected.set(row);
            selectedSection.set(sections.isEmpty() ? null
                    : sections.get(Math.clamp(sectionIndex, 0, sections.size() - 1)));
        }
        restored.set(restored.get() + 1);
    }

    private void save(AgendaTemplate t) {
        autosaver.submit(key(t.id()), () -> service.saveTemplate(t));
    }

    private static List<Object> key(String templateId) {
        return List.of("agenda-template", templateId);
    }

    /** Saves what is pending now (leaving the tab). */
    public void flush() {
        autosaver.flush();
    }

    public void endEdit() {
        history.seal();
    }

    public void undo() {
        history.undo();
    }

    public void redo() {
        history.redo();
    }

    private void fail(Throwable e) {
        error.set(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    // --- what the view shows ---

    public String areaName(String id) {
        return allAreas.stream().filter(t -> t.id().equals(id)).map(TopicArea::name).findFirst().orElse("");
    }

    /** "7 sections · 57 min" and, for a series' default, whose. */
    public String summary(TemplateRow row) {
        List<TemplateSection> list = row.sectionsProperty().get();
        int minutes = list.stream().mapToInt(s -> s.plannedMinutes() == null ? 0 : s.plannedMinutes()).sum();
        String text = messages.format("templates.summary", list.size(), minutes);
        String seriesId = row.seriesIdProperty().get();
        return seriesId == null ? text : text + " · " + messages.format("templates.defaultOf", seriesName(seriesId));
    }

    ObservableList<TemplateRow> templates() {
        return templates;
    }

    ObjectProperty<TemplateRow> selectedProperty() {
        return selected;
    }

    ObservableList<SectionRow> sections() {
        return sections;
    }

    ObjectProperty<SectionRow> selectedSectionProperty() {
        return selectedSection;
    }

    public ObservableList<MeetingSeries> series() {
        return series;
    }

    public ObservableList<TopicArea> topicAreas() {
        return topicAreas;
    }

    /** Changes each time undo or redo puts a template back, so the fields show it again. */
    public IntegerProperty restoredProperty() {
        return restored;
    }

    public IntegerBinding plannedMinutes() {
        return planned;
    }

    public StringProperty nameErrorProperty() {
        return nameError;
    }

    public StringProperty titleErrorProperty() {
        return titleError;
    }

    public StringProperty minutesErrorProperty() {
        return minutesError;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return history.canUndoProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return history.canRedoProperty();
    }
}
