package org.cxcadence.store;

import java.util.List;

/**
 * A user-ordered list of named rows (journey stages, segments): list, add or update, reorder,
 * archive through {@code upsert}, and delete only what nothing refers to.
 */
public class NamedListRepository<T> {
    private final Database db;
    private final NamedListTable<T> table;

    NamedListRepository(Database db, NamedListTable<T> table) {
        this.db = db;
        this.table = table;
    }

    public final List<T> list() {
        return db.read(table::listAll);
    }

    /** Adds at the end of the list, or updates name, position (when given) and archived in place. */
    public final void upsert(T row) {
        db.write(c -> table.upsertAtEnd(c, row));
    }

    /** Puts the given ids first, in this order, and renumbers positions. */
    public final void reorder(List<String> idsInOrder) {
        db.write(c -> OrderedRows.reorder(c, table.table(), idsInOrder));
    }

    public final void setPosition(String id, Integer position) {
        db.write(c -> OrderedRows.setPosition(c, table.table(), id, position));
    }

    /** Deletes a row; refused (and nothing changes) while anything still refers to it. */
    public final void delete(String id) {
        db.write(c -> table.delete(c, id));
    }

    /**
     * Deletes the row if nothing refers to it (undo of an add) and says whether it did; a row still
     * named by history is kept, because the deferred foreign keys refuse the delete at commit.
     */
    public final boolean deleteIfUnreferenced(String id) {
        try {
            delete(id);
            return true;
        } catch (StoreException e) {
            return false;
        }
    }
}
