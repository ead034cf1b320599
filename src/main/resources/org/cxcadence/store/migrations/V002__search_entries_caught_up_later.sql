-- An edit of indexed text marks its search entry instead of rewriting it in the same transaction.
-- FTS5 writes a new index segment at every commit that touches it, several pages where the edit itself
-- is one: an autosave after each pause in typing paid for it every time (docs/PERFORMANCE.md, the
-- autosave row). SearchIndex brings the marked entries up to date in one transaction before a search,
-- when the workspace is opened for writing and when it is closed; repeated edits of one note are
-- indexed once. Inserts and deletes still write the index at once. (Not INSERT OR IGNORE: a trigger
-- takes the conflict policy of the statement that fired it, and an upsert's is ABORT.)
CREATE TABLE search_pending (
    entry INTEGER PRIMARY KEY -- a search_index rowid: the source row_no * 4 + its kind
) STRICT;

DROP TRIGGER meetings_search_update;
CREATE TRIGGER meetings_search_update AFTER UPDATE OF id, title ON meetings
    WHEN old.id IS NOT new.id OR old.title IS NOT new.title BEGIN
    INSERT INTO search_pending (entry)
        SELECT e FROM (SELECT old.row_no * 4 + 0 AS e UNION SELECT new.row_no * 4 + 0)
        WHERE e NOT IN (SELECT entry FROM search_pending);
END;

DROP TRIGGER agenda_items_search_update;
CREATE TRIGGER agenda_items_search_update AFTER UPDATE OF id, title, prep_notes, notes ON agenda_items
    WHEN old.id IS NOT new.id OR old.title IS NOT new.title OR old.prep_notes IS NOT new.prep_notes
        OR old.notes IS NOT new.notes BEGIN
    INSERT INTO search_pending (entry)
        SELECT e FROM (SELECT old.row_no * 4 + 1 AS e UNION SELECT new.row_no * 4 + 1)
        WHERE e NOT IN (SELECT entry FROM search_pending);
END;

DROP TRIGGER decisions_search_update;
CREATE TRIGGER decisions_search_update AFTER UPDATE OF id, text ON decisions
    WHEN old.id IS NOT new.id OR old.text IS NOT new.text BEGIN
    INSERT INTO search_pending (entry)
        SELECT e FROM (SELECT old.row_no * 4 + 2 AS e UNION SELECT new.row_no * 4 + 2)
        WHERE e NOT IN (SELECT entry FROM search_pending);
END;

DROP TRIGGER action_items_search_update;
CREATE TRIGGER action_items_search_update AFTER UPDATE OF id, title, customer_impact ON action_items
    WHEN old.id IS NOT new.id OR old.title IS NOT new.title OR old.customer_impact IS NOT new.customer_impact BEGIN
    INSERT INTO search_pending (entry)
        SELECT e FROM (SELECT old.row_no * 4 + 3 AS e UNION SELECT new.row_no * 4 + 3)
        WHERE e NOT IN (SELECT entry FROM search_pending);
END;
