-- What WorkspaceStore.load (OpenWorkspace.snapshot) reads: every row of every big table.
SELECT id, series_id, title, start, duration_minutes, status, actual_start, actual_end, rating FROM meetings ORDER BY list_order, id;
SELECT meeting_id, person_id, present, delegate_name FROM attendance ORDER BY meeting_id, position;
SELECT agenda_item_id, link FROM agenda_links ORDER BY agenda_item_id, position;
SELECT agenda_item_id, id, text FROM decisions ORDER BY agenda_item_id, position;
SELECT meeting_id, id, title, kind, topic_area_id, presenter_id, planned_minutes, prep_notes, notes, spent_seconds, outcome, carried_from_id FROM agenda_items ORDER BY meeting_id, position;
SELECT meeting_id, metric_id, period, segment_id, value, target FROM metric_snapshot ORDER BY meeting_id, position;
SELECT action_item_id, meeting_id, date, status, note, due FROM action_updates ORDER BY action_item_id, position;
SELECT id, title, owner_id, status, topic_area_id, meeting_id, agenda_item_id, due, customer_impact, kind, journey_stage_id, blocker, created_at, completed_at FROM action_items ORDER BY list_order, id;
SELECT metric_id, period, segment_id, value, target, note FROM metric_values ORDER BY metric_id, list_order, period;
SELECT id, name, category, unit, direction, cadence, description, currency_code, per_segment, position, owner_id FROM metrics ORDER BY list_order, id;
SELECT * FROM people ORDER BY list_order, id;
SELECT * FROM series ORDER BY list_order, id;
