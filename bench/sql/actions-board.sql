-- What the Actions board reads on the large workspace (OpenWorkspace.actionsView(2026-01-01), the default 13-week scorecard):
-- session headers, the open actions and those made or closed since the scorecard's earliest day, the lists.
SELECT id, series_id, title, start, duration_minutes, status, actual_start, actual_end, rating FROM meetings ORDER BY list_order, id;
SELECT action_item_id, meeting_id, date, status, note, due FROM action_updates WHERE action_item_id IN (SELECT id FROM action_items WHERE status IN ('OPEN', 'IN_PROGRESS', 'BLOCKED') OR created_at >= '2026-01-01' OR completed_at >= '2026-01-01' OR (created_at IS NULL AND meeting_id IN (SELECT id FROM meetings WHERE start >= '2026-01-01')) OR (+completed_at IS NULL AND +status = 'DONE' AND id IN (SELECT action_item_id FROM action_updates WHERE status = 'DONE' AND date >= '2026-01-01'))) ORDER BY action_item_id, position;
SELECT id, title, owner_id, status, topic_area_id, meeting_id, agenda_item_id, due, customer_impact, kind, journey_stage_id, blocker, created_at, completed_at FROM action_items WHERE status IN ('OPEN', 'IN_PROGRESS', 'BLOCKED') OR created_at >= '2026-01-01' OR completed_at >= '2026-01-01' OR (created_at IS NULL AND meeting_id IN (SELECT id FROM meetings WHERE start >= '2026-01-01')) OR (+completed_at IS NULL AND +status = 'DONE' AND id IN (SELECT action_item_id FROM action_updates WHERE status = 'DONE' AND date >= '2026-01-01')) ORDER BY list_order, id;
SELECT * FROM settings;
SELECT * FROM people ORDER BY list_order, id;
SELECT * FROM topic_areas;
SELECT * FROM journey_stages;
SELECT * FROM segments;
SELECT * FROM series;
SELECT * FROM series_attendees ORDER BY series_id, position;
SELECT * FROM metrics ORDER BY list_order, id;
SELECT * FROM agenda_templates;
SELECT * FROM agenda_template_sections;
SELECT * FROM calendar_invitations;
SELECT * FROM minutes_records;
SELECT * FROM minutes_corrections;
SELECT * FROM milestones;
SELECT * FROM milestone_actions;
SELECT * FROM maturity_levels;
SELECT * FROM sponsor_questions;
SELECT * FROM sponsor_check_ins;
SELECT * FROM sponsor_answers;
SELECT * FROM readiness_checks;
