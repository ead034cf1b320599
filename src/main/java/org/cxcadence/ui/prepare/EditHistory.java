package org.cxcadence.ui.prepare;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Undo and redo of agenda edits. Each entry knows how to put things back and how to do them again;
 * a burst of typing in one field (same key) is one entry. A new edit clears what could be redone.
 */
final class EditHistory {
    private static final int LIMIT = 200;

    private static final class Entry {
        final Object key;
        final Runnable undo;
        Runnable redo;

        Entry(Object key, Runnable undo, Runnable redo) {
            this.key = key;
            this.undo = undo;
            this.redo = redo;
        }
    }

    private final Deque<Entry> undo = new ArrayDeque<>();
    private final Deque<Entry> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);

    /** Records an edit; with the key of the entry on top, it joins that entry (its redo becomes this one's). */
    void push(Object key, Runnable undoIt, Runnable redoIt) {
        Entry top = undo.peek();
        if (key != null && top != null && Objects.equals(top.key, key)) {
            top.redo = redoIt;
        } else {
            undo.push(new Entry(key, undoIt, redoIt));
            if (undo.size() > LIMIT) {
                undo.removeLast();
            }
        }
        redo.clear();
        update();
    }

    /** Ends the current burst: the next edit of the same field is its own step. */
    void seal() {
        Entry top = undo.peek();
        if (top != null && top.key != null) {
            undo.pop();
            undo.push(new Entry(null, top.undo, top.redo));
        }
    }

    void undo() {
        Entry e = undo.poll();
        if (e != null) {
            e.undo.run();
            redo.push(new Entry(null, e.undo, e.redo));
        }
        update();
    }

    void redo() {
        Entry e = redo.poll();
        if (e != null) {
            e.redo.run();
            undo.push(new Entry(null, e.undo, e.redo));
        }
        update();
    }

    void clear() {
        undo.clear();
        redo.clear();
        update();
    }

    ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    private void update() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }
}
