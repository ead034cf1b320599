-- The open actions of one leader with their updates: what the Actions list for one leader needs.
SELECT action_item_id, meeting_id, date, status, note, due FROM action_updates WHERE action_item_id IN (SELECT id FROM action_items WHERE owner_id = 'person-1' AND status IN ('OPEN', 'IN_PROGRESS', 'BLOCKED')) ORDER BY action_item_id, position;
SELECT * FROM action_items WHERE owner_id = 'person-1' AND status IN ('OPEN', 'IN_PROGRESS', 'BLOCKED') ORDER BY list_order, id;
SELECT id, series_id, start, status FROM meetings ORDER BY list_order, id;
