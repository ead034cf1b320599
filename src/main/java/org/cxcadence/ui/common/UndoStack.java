package org.cxcadence.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Undo for editors. Each entry knows how to put things back. A burst of typing in one field is one
 * entry: a new entry with the same key as the top one is merged (the older "put back" wins), so
 * one Ctrl+Z restores the text from before the burst.
 */
public final class UndoStack {
    private static final int LIMIT = 100;

    private record Entry(Object key, Runnable undo) {
    }

    private final Deque<Entry> entries = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);

    /** Records how to undo an edit; {@code key} identifies what was edited (null: never merged). */
    public void push(Object key, Runnable undo) {
        Entry top = entries.peek();
        if (key != null && top != null && Objects.equals(top.key(), key)) {
            return;
        }
        entries.push(new Entry(key, undo));
        if (entries.size() > LIMIT) {
            entries.removeLast();
        }
        canUndo.set(true);
    }

    /** Ends the current burst, so the next edit of the same field is its own undo step. */
    public void seal() {
        Entry top = entries.peek();
        if (top != null && top.key() != null) {
            entries.pop();
            entries.push(new Entry(null, top.undo()));
        }
    }

    public void undo() {
        Entry top = entries.poll();
        canUndo.set(!entries.isEmpty());
        if (top != null) {
            top.undo().run();
        }
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public void clear() {
        entries.clear();
        canUndo.set(false);
    }
}
