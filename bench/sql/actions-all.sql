-- Every open action with its updates, and the session headers the stall rule needs.
SELECT action_item_id, meeting_id, date, status, note, due FROM action_updates WHERE action_item_id IN (SELECT id FROM action_items WHERE status IN ('OPEN', 'IN_PROGRESS', 'BLOCKED')) ORDER BY action_item_id, position;
SELECT * FROM action_items WHERE status IN ('OPEN', 'IN_PROGRESS', 'BLOCKED') ORDER BY list_order, id;
SELECT id, series_id, start, status FROM meetings ORDER BY list_order, id;
