-- What WorkspaceStore.loadHome (OpenWorkspace.homeView) reads on the large workspace: session headers,
-- the agendas of the ten drafts and the five latest completed sessions, open actions with their updates, metrics with
-- each metric's latest 24 periods (MetricRows.listRecent: on this workspace the window decides every metric).
SELECT id, series_id, title, start, duration_minutes, status, actual_start, actual_end, rating FROM meetings ORDER BY list_order, id;
SELECT meeting_id, id, title, kind, topic_area_id, presenter_id, planned_minutes, prep_notes, notes, spent_seconds, outcome, carried_from_id FROM agenda_items WHERE meeting_id IN (SELECT id FROM meetings WHERE status <> 'COMPLETED' UNION ALL SELECT id FROM (SELECT id FROM meetings WHERE status = 'COMPLETED' ORDER BY start DESC LIMIT 5)) ORDER BY meeting_id, position;
SELECT agenda_item_id, id, text FROM decisions WHERE agenda_item_id IN (SELECT id FROM agenda_items WHERE meeting_id IN (SELECT id FROM meetings WHERE status <> 'COMPLETED')) ORDER BY agenda_item_id, position;
SELECT meeting_id, person_id, present, delegate_name FROM attendance WHERE meeting_id IN (SELECT id FROM meetings WHERE status <> 'COMPLETED') ORDER BY meeting_id, position;
SELECT action_item_id, meeting_id, date, status, note, due FROM action_updates WHERE action_item_id IN (SELECT id FROM action_items WHERE status IN ('OPEN', 'IN_PROGRESS', 'BLOCKED')) ORDER BY action_item_id, position;
SELECT id, title, owner_id, status, topic_area_id, meeting_id, agenda_item_id, due, customer_impact, kind, journey_stage_id, blocker, created_at, completed_at FROM action_items WHERE status IN ('OPEN', 'IN_PROGRESS', 'BLOCKED') ORDER BY list_order, id;
SELECT metric_id, segment_id FROM metric_values GROUP BY metric_id, segment_id ORDER BY metric_id, min(list_order), min(period);
WITH cut AS MATERIALIZED (SELECT m.id AS metric_id, (SELECT period FROM metric_values WHERE metric_id = m.id GROUP BY period ORDER BY period DESC LIMIT 1 OFFSET 23) AS since FROM metrics m) SELECT v.metric_id, v.period, v.segment_id, v.value, v.target, v.note FROM cut JOIN metric_values v ON v.metric_id = cut.metric_id AND v.period >= coalesce(cut.since, '') ORDER BY v.metric_id, v.list_order, v.period;
SELECT * FROM metrics ORDER BY list_order, id;
SELECT * FROM people ORDER BY list_order, id;
