package org.cxcadence.ui.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.cxcadence.domain.TextLimits;
import org.cxcadence.service.DirectoryEntry;
import org.cxcadence.service.DirectoryKind;
import org.cxcadence.service.DirectoryService;
import org.cxcadence.ui.UiExecutor;
import org.cxcadence.ui.common.Autosaver;
import org.cxcadence.ui.common.Messages;
import org.cxcadence.ui.common.UndoStack;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * List-and-detail editor of one reference list (people, topic areas, journey stages or
 * segments): add, rename, reorder, archive, undo. Every valid edit is saved through the shared
 * {@link Autosaver}; an invalid one shows its message at the field and keeps the text in the
 * field, unsaved, until it is fixed. Nothing referenced is ever deleted: archived rows stay.
 */
public final class DirectoryEditorViewModel {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final DirectoryKind kind;
    private final DirectoryService service;
    private final UiExecutor executor;
    private final Autosaver autosaver;
    private final Messages messages;
    private final UndoStack undo = new UndoStack();
    private final ObservableList<DirectoryRow> rows = FXCollections.observableArrayList();
    private final FilteredList<DirectoryRow> visibleRows = new FilteredList<>(rows, r -> true);
    private final ObjectProperty<DirectoryRow> selected = new SimpleObjectProperty<>();
    private final BooleanProperty showArchived = new SimpleBooleanProperty(false);
    private final StringProperty nameError = new SimpleStringProperty("");
    private final StringProperty emailError = new SimpleStringProperty("");
    private final StringProperty loadError = new SimpleStringProperty("");

    public DirectoryEditorViewModel(DirectoryKind kind, DirectoryService service, UiExecutor executor,
                                    Autosaver autosaver, Messages messages) {
        this.kind = kind;
        this.service = service;
        this.executor = executor;
        this.autosaver = autosaver;
        this.messages = messages;
        showArchived.addListener((o, was, now) -> refilter());
        selected.addListener((o, was, now) -> {
            nameError.set("");
            emailError.set("");
            undo.seal();
        });
        refilter();
    }

    public DirectoryKind kind() {
        return kind;
    }

    /** Loads the rows off the FX thread. */
    public void load() {
        executor.run(() -> service.list(kind)).onSuccess(entries -> {
            rows.setAll(entries.stream().map(DirectoryRow::new).toList());
            loadError.set("");
            if (selected.get() == null && !visibleRows.isEmpty()) {
                selected.set(visibleRows.getFirst());
            }
        }).onError(e -> loadError.set(e.getMessage()));
    }

    public ObservableList<DirectoryRow> visibleRows() {
        return visibleRows;
    }

    public ObjectProperty<DirectoryRow> selectedProperty() {
        return selected;
    }

    public BooleanProperty showArchivedProperty() {
        return showArchived;
    }

    public StringProperty nameErrorProperty() {
        return nameError;
    }

    public StringProperty emailErrorProperty() {
        return emailError;
    }

    public StringProperty loadErrorProperty() {
        return loadError;
    }

    public UndoStack undoStack() {
        return undo;
    }

    /** Adds a row with a unique placeholder name, selects it, and saves it. */
    public DirectoryRow add() {
        String base = messages.get("directory.newName." + kind.name().toLowerCase(Locale.ROOT));
        String name = base;
        for (int n = 2; nameTaken(name, null); n++) {
            name = base + " " + n;
        }
        DirectoryRow row = new DirectoryRow(DirectoryEntry.named(UUID.randomUUID().toString(), name, false));
        rows.add(row);
        save(row, "add");
        autosaver.flush();
        undo.push(null, () -> {
            rows.remove(row);
            if (selected.get() == row) {
                selected.set(visibleRows.isEmpty() ? null : visibleRows.getFirst());
            }
            autosaver.submit(List.of(kind, row.id(), "remove"), () -> service.removeIfUnused(kind, row.id()));
            autosaver.flush();
        });
        selected.set(row);
        return row;
    }

    /** The user typed a new name into the selected row's name field. */
    public void editName(String text) {
        DirectoryRow row = selected.get();
        if (row == null || Objects.equals(text, row.nameProperty().get())) {
            nameError.set("");
            return;
        }
        String problem = nameProblem(text, row);
        nameError.set(problem);
        if (!problem.isEmpty()) {
            return;
        }
        editField(row, "name", row.nameProperty(), text.strip());
    }

    public void editSilo(String text) {
        editOptional(selected.get(), "silo", DirectoryRow::siloProperty, text);
    }

    public void editTitle(String text) {
        editOptional(selected.get(), "title", DirectoryRow::titleProperty, text);
    }

    public void editEmail(String text) {
        DirectoryRow row = selected.get();
        if (row == null) {
            return;
        }
        String value = text == null ? "" : text.strip();
        if (!value.isEmpty() && !EMAIL.matcher(value).matches()) {
            emailError.set(messages.get("directory.error.email"));
            return;
        }
        emailError.set("");
        editOptional(row, "email", DirectoryRow::emailProperty, value);
    }

    private void editOptional(DirectoryRow row, String field, Function<DirectoryRow, StringProperty> property,
                              String text) {
        if (row == null) {
            return;
        }
        String value = text == null ? "" : text;
        if (TextLimits.length(value) > TextLimits.MAX_TITLE) {
            return;
        }
        String current = Objects.requireNonNullElse(property.apply(row).get(), "");
        if (!current.equals(value)) {
            editField(row, field, property.apply(row), value);
        }
    }

    private void editField(DirectoryRow row, String field, StringProperty property, String value) {
        String before = property.get();
        undo.push(List.of(row.id(), field), () -> {
            property.set(before);
            selected.set(row);
            save(row, field);
        });
        property.set(value);
        save(row, field);
    }

    /** Moves the selected row one place up (-1) or down (+1) among the visible rows. */
    public void moveSelected(int delta) {
        DirectoryRow row = selected.get();
        if (row == null) {
            return;
        }
        int visibleIndex = visibleRows.indexOf(row);
        int target = visibleIndex + delta;
        if (target < 0 || target >= visibleRows.size()) {
            return;
        }
        moveTo(row, visibleRows.get(target));
    }

    /** Puts {@code row} where {@code target} is (drag and drop, or the keyboard). */
    public void moveTo(DirectoryRow row, DirectoryRow target) {
        if (row == target) {
            return;
        }
        List<DirectoryRow> before = new ArrayList<>(rows);
        int to = rows.indexOf(target);
        rows.remove(row);
        rows.add(to, row);
        saveOrder();
        selected.set(row);
        undo.push(null, () -> {
            rows.setAll(before);
            saveOrder();
            selected.set(row);
        });
    }

    /** Archives the selected row, or restores it when it is archived. */
    public void toggleArchived() {
        DirectoryRow row = selected.get();
        if (row == null) {
            return;
        }
        boolean was = row.archivedProperty().get();
        row.archivedProperty().set(!was);
        save(row, "archived");
        autosaver.flush();
        undo.push(null, () -> {
            row.archivedProperty().set(was);
            save(row, "archived");
            autosaver.flush();
            refilter();
            selected.set(row);
        });
        refilter();
        if (!visibleRows.contains(row)) {
            selected.set(visibleRows.isEmpty() ? null : visibleRows.getFirst());
        }
    }

    /** The user left a field: the next typing there is a new undo step. */
    public void endEdit() {
        undo.seal();
    }

    public void undo() {
        undo.undo();
        nameError.set("");
        emailError.set("");
    }

    private void save(DirectoryRow row, String field) {
        DirectoryEntry entry = row.toEntry();
        autosaver.submit(List.of(kind, row.id(), field), () -> service.save(kind, entry));
    }

    private void saveOrder() {
        List<String> ids = rows.stream().map(DirectoryRow::id).toList();
        autosaver.submit(List.of(kind, "order"), () -> service.reorder(kind, ids));
        autosaver.flush();
    }

    private String nameProblem(String text, DirectoryRow row) {
        if (text == null || text.isBlank()) {
            return messages.get("directory.error.blank");
        }
        if (TextLimits.length(text) > TextLimits.MAX_TITLE) {
            return messages.format("directory.error.tooLong", TextLimits.MAX_TITLE, TextLimits.length(text));
        }
        if (nameTaken(text.strip(), row)) {
            return messages.format("directory.error.duplicate", text.strip());
        }
        return "";
    }

    private boolean nameTaken(String name, DirectoryRow except) {
        return rows.stream().anyMatch(r -> r != except && r.nameProperty().get().strip().equalsIgnoreCase(name.strip()));
    }

    private void refilter() {
        boolean all = showArchived.get();
        visibleRows.setPredicate(r -> all || !r.archivedProperty().get());
    }
}
