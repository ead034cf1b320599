-- One session's minutes: the session, its agenda, decisions, attendance, actions raised and updates given in it.
SELECT * FROM meetings WHERE id = 's1-m499';
SELECT * FROM agenda_items WHERE meeting_id = 's1-m499' ORDER BY position;
SELECT * FROM decisions WHERE agenda_item_id IN (SELECT id FROM agenda_items WHERE meeting_id = 's1-m499');
SELECT * FROM attendance WHERE meeting_id = 's1-m499' ORDER BY position;
SELECT * FROM action_items WHERE meeting_id = 's1-m499';
SELECT * FROM action_updates WHERE meeting_id = 's1-m499';
SELECT * FROM metric_snapshot WHERE meeting_id = 's1-m499';
