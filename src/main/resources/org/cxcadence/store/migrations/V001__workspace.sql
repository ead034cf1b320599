-- CX Cadence workspace, format 1: the whole data model of the workspace JSON v1 (CONTRACT.md).
--
-- Conventions:
-- * ids are the domain's text ids (UUIDs, or kept as imported);
-- * list_order / position keep every list in the order it was written, so an export after an
--   import gives the same arrays; "position" columns of the JSON are kept apart as plain data;
-- * decimals are TEXT in BigDecimal.toString() form (45.50 stays 45.50, never a binary float);
--   date-times are ISO-8601 text with their offset, dates ISO text;
-- * every foreign key is DEFERRABLE INITIALLY DEFERRED: a whole workspace is written in one
--   transaction in any order, and a dangling reference still fails at COMMIT;
-- * enum values are not CHECKed, so a later format may add values without rebuilding tables.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE people (
    id         TEXT PRIMARY KEY,
    list_order INTEGER NOT NULL,
    name       TEXT NOT NULL,
    silo       TEXT,
    title      TEXT,
    email      TEXT,
    position   INTEGER,
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
) STRICT;

CREATE TABLE topic_areas (
    id         TEXT PRIMARY KEY,
    list_order INTEGER NOT NULL,
    name       TEXT NOT NULL,
    position   INTEGER,
    archived   INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
) STRICT;

CREATE TABLE journey_stages (
    id         TEXT PRIMARY KEY,
    list_order INTEGER NOT NULL,
    name       TEXT NOT NULL,
    position   INTEGER,
    archived   INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
) STRICT;

CREATE TABLE segments (
    id         TEXT PRIMARY KEY,
    list_order INTEGER NOT NULL,
    name       TEXT NOT NULL,
    position   INTEGER,
    archived   INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
) STRICT;

CREATE TABLE series (
    id               TEXT PRIMARY KEY,
    list_order       INTEGER NOT NULL,
    name             TEXT NOT NULL,
    cadence          TEXT NOT NULL,
    duration_minutes INTEGER NOT NULL,
    weekday          TEXT,
    time             TEXT,
    time_zone        TEXT,
    facilitator_id   TEXT REFERENCES people (id) DEFERRABLE INITIALLY DEFERRED
) STRICT;

CREATE TABLE series_attendees (
    series_id TEXT NOT NULL REFERENCES series (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position  INTEGER NOT NULL,
    person_id TEXT NOT NULL REFERENCES people (id) DEFERRABLE INITIALLY DEFERRED,
    PRIMARY KEY (series_id, position)
) STRICT;
CREATE INDEX series_attendees_person ON series_attendees (person_id);

-- row_no is an explicit rowid alias wherever the search index points at a row: VACUUM (and so
-- every backup) may renumber implicit rowids, never INTEGER PRIMARY KEY ones.
CREATE TABLE meetings (
    row_no           INTEGER PRIMARY KEY,
    id               TEXT NOT NULL UNIQUE,
    list_order       INTEGER NOT NULL,
    series_id        TEXT REFERENCES series (id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
    title            TEXT NOT NULL,
    start            TEXT NOT NULL,
    duration_minutes INTEGER NOT NULL,
    status           TEXT NOT NULL,
    actual_start     TEXT,
    actual_end       TEXT,
    rating           INTEGER CHECK (rating BETWEEN 1 AND 10)
) STRICT;
CREATE INDEX meetings_series_start ON meetings (series_id, start);

CREATE TABLE attendance (
    meeting_id    TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position      INTEGER NOT NULL,
    person_id     TEXT NOT NULL REFERENCES people (id) DEFERRABLE INITIALLY DEFERRED,
    present       INTEGER NOT NULL CHECK (present IN (0, 1)),
    delegate_name TEXT,
    PRIMARY KEY (meeting_id, position)
) STRICT;
CREATE INDEX attendance_person ON attendance (person_id);

CREATE TABLE agenda_items (
    row_no          INTEGER PRIMARY KEY,
    id              TEXT NOT NULL UNIQUE,
    meeting_id      TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position        INTEGER NOT NULL,
    title           TEXT NOT NULL,
    kind            TEXT NOT NULL,
    topic_area_id   TEXT REFERENCES topic_areas (id) DEFERRABLE INITIALLY DEFERRED,
    presenter_id    TEXT REFERENCES people (id) DEFERRABLE INITIALLY DEFERRED,
    planned_minutes INTEGER,
    prep_notes      TEXT,
    notes           TEXT,
    spent_seconds   INTEGER,
    outcome         TEXT,
    carried_from_id TEXT REFERENCES agenda_items (id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
    UNIQUE (meeting_id, position)
) STRICT;
CREATE INDEX agenda_items_carried_from ON agenda_items (carried_from_id);
CREATE INDEX agenda_items_topic_area ON agenda_items (topic_area_id);
-- (presenter_id, meeting_id) and the like below: the History list's people per session (HistoryFactsRows)
-- reads these narrow indexes instead of every agenda item, action and update row.
CREATE INDEX agenda_items_presenter ON agenda_items (presenter_id, meeting_id);

CREATE TABLE agenda_links (
    agenda_item_id TEXT NOT NULL REFERENCES agenda_items (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position       INTEGER NOT NULL,
    link           TEXT NOT NULL,
    PRIMARY KEY (agenda_item_id, position)
) STRICT;

CREATE TABLE decisions (
    row_no         INTEGER PRIMARY KEY,
    id             TEXT NOT NULL UNIQUE,
    agenda_item_id TEXT NOT NULL REFERENCES agenda_items (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position       INTEGER NOT NULL,
    text           TEXT NOT NULL,
    UNIQUE (agenda_item_id, position)
) STRICT;

CREATE TABLE action_items (
    row_no           INTEGER PRIMARY KEY,
    id               TEXT NOT NULL UNIQUE,
    list_order       INTEGER NOT NULL,
    title            TEXT NOT NULL,
    owner_id         TEXT NOT NULL REFERENCES people (id) DEFERRABLE INITIALLY DEFERRED,
    status           TEXT NOT NULL,
    topic_area_id    TEXT REFERENCES topic_areas (id) DEFERRABLE INITIALLY DEFERRED,
    meeting_id       TEXT REFERENCES meetings (id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
    agenda_item_id   TEXT REFERENCES agenda_items (id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
    due              TEXT,
    customer_impact  TEXT,
    kind             TEXT,
    journey_stage_id TEXT REFERENCES journey_stages (id) DEFERRABLE INITIALLY DEFERRED,
    blocker          TEXT,
    created_at       TEXT,
    completed_at     TEXT
) STRICT;
CREATE INDEX action_items_owner_status ON action_items (owner_id, status);
-- Open actions (status IN ('OPEN', 'IN_PROGRESS', 'BLOCKED')) without scanning the decade of closed ones:
-- Home, Run, Prepare and the Actions board all start from them (docs/PERFORMANCE.md).
CREATE INDEX action_items_status ON action_items (status);
CREATE INDEX action_items_meeting ON action_items (meeting_id, owner_id);
CREATE INDEX action_items_agenda_item ON action_items (agenda_item_id);
CREATE INDEX action_items_topic_area ON action_items (topic_area_id);
CREATE INDEX action_items_journey_stage ON action_items (journey_stage_id);
-- Actions made or closed since a day (the board's scorecard window, the minutes' review): plain
-- comparisons on ISO text (WorkspaceStore.ActionPick), so these are searched, not every action scanned.
CREATE INDEX action_items_created ON action_items (created_at);
CREATE INDEX action_items_completed ON action_items (completed_at);

CREATE TABLE action_updates (
    action_item_id TEXT NOT NULL REFERENCES action_items (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position       INTEGER NOT NULL,
    meeting_id     TEXT REFERENCES meetings (id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
    date           TEXT NOT NULL,
    status         TEXT,
    note           TEXT,
    due            TEXT,
    field          TEXT,
    from_value     TEXT,
    to_value       TEXT,
    PRIMARY KEY (action_item_id, position)
) STRICT;
CREATE INDEX action_updates_meeting ON action_updates (meeting_id, action_item_id);
CREATE INDEX action_updates_date ON action_updates (date);

CREATE TABLE metrics (
    id            TEXT PRIMARY KEY,
    list_order    INTEGER NOT NULL,
    name          TEXT NOT NULL,
    category      TEXT NOT NULL,
    unit          TEXT NOT NULL,
    direction     TEXT NOT NULL,
    cadence       TEXT NOT NULL,
    description   TEXT,
    currency_code TEXT,
    per_segment   INTEGER NOT NULL DEFAULT 0 CHECK (per_segment IN (0, 1)),
    position      INTEGER,
    owner_id      TEXT REFERENCES people (id) DEFERRABLE INITIALLY DEFERRED
) STRICT;
CREATE INDEX metrics_owner ON metrics (owner_id);

-- segment_id NULL is the total over all segments. A plain UNIQUE would let many NULL rows in,
-- so uniqueness is on coalesce(segment_id, ''): one total per metric and period.
CREATE TABLE metric_values (
    metric_id  TEXT NOT NULL REFERENCES metrics (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    list_order INTEGER NOT NULL,
    period     TEXT NOT NULL,
    segment_id TEXT REFERENCES segments (id) DEFERRABLE INITIALLY DEFERRED,
    value      TEXT,
    target     TEXT,
    note       TEXT
) STRICT;
CREATE UNIQUE INDEX metric_values_key ON metric_values (metric_id, period, coalesce(segment_id, ''));
CREATE INDEX metric_values_segment ON metric_values (segment_id);

-- What the room saw when a session ended; later corrections of metric_values do not change it.
CREATE TABLE metric_snapshot (
    meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position   INTEGER NOT NULL,
    metric_id  TEXT NOT NULL REFERENCES metrics (id) DEFERRABLE INITIALLY DEFERRED,
    period     TEXT NOT NULL,
    segment_id TEXT REFERENCES segments (id) DEFERRABLE INITIALLY DEFERRED,
    value      TEXT,
    target     TEXT,
    PRIMARY KEY (meeting_id, position)
) STRICT;
CREATE INDEX metric_snapshot_metric ON metric_snapshot (metric_id);
CREATE INDEX metric_snapshot_segment ON metric_snapshot (segment_id);

-- What happened to a session's minutes after it ended: marked sent (sent_at), and dated corrections.
CREATE TABLE minutes_records (
    meeting_id TEXT PRIMARY KEY REFERENCES meetings (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    list_order INTEGER NOT NULL,
    sent_at    TEXT
) STRICT;

CREATE TABLE minutes_corrections (
    id             TEXT PRIMARY KEY,
    meeting_id     TEXT NOT NULL REFERENCES minutes_records (meeting_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position       INTEGER NOT NULL,
    date           TEXT NOT NULL,
    agenda_item_id TEXT REFERENCES agenda_items (id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
    text           TEXT NOT NULL,
    UNIQUE (meeting_id, position)
) STRICT;
CREATE INDEX minutes_corrections_agenda_item ON minutes_corrections (agenda_item_id);

-- History search over what was said and decided. rowid = source row_no * 4 + kind, so triggers
-- find an entry by rowid instead of scanning: 0 meeting, 1 agenda item, 2 decision, 3 action item.
-- kind and ref_id (the domain id) are for the reader; only title and body are indexed.
CREATE VIRTUAL TABLE search_index USING fts5 (
    kind UNINDEXED,
    ref_id UNINDEXED,
    title,
    body,
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER meetings_search_insert AFTER INSERT ON meetings BEGIN
    INSERT INTO search_index (rowid, kind, ref_id, title, body)
    VALUES (new.row_no * 4 + 0, 'meeting', new.id, new.title, NULL);
END;
CREATE TRIGGER meetings_search_update AFTER UPDATE OF id, title ON meetings
    WHEN old.id IS NOT new.id OR old.title IS NOT new.title BEGIN
    DELETE FROM search_index WHERE rowid = old.row_no * 4 + 0;
    INSERT INTO search_index (rowid, kind, ref_id, title, body)
    VALUES (new.row_no * 4 + 0, 'meeting', new.id, new.title, NULL);
END;
CREATE TRIGGER meetings_search_delete AFTER DELETE ON meetings BEGIN
    DELETE FROM search_index WHERE rowid = old.row_no * 4 + 0;
END;

CREATE TRIGGER agenda_items_search_insert AFTER INSERT ON agenda_items BEGIN
    INSERT INTO search_index (rowid, kind, ref_id, title, body)
    VALUES (new.row_no * 4 + 1, 'agenda_item', new.id, new.title,
            concat_ws(char(10), new.prep_notes, new.notes));
END;
-- Only text columns, and only when one of them changed: the live timer updates spent_seconds often, and
-- every save of an item sets all its columns (an autosave of the outcome or timebox must not rewrite the index).
CREATE TRIGGER agenda_items_search_update AFTER UPDATE OF id, title, prep_notes, notes ON agenda_items
    WHEN old.id IS NOT new.id OR old.title IS NOT new.title OR old.prep_notes IS NOT new.prep_notes
        OR old.notes IS NOT new.notes BEGIN
    DELETE FROM search_index WHERE rowid = old.row_no * 4 + 1;
    INSERT INTO search_index (rowid, kind, ref_id, title, body)
    VALUES (new.row_no * 4 + 1, 'agenda_item', new.id, new.title,
            concat_ws(char(10), new.prep_notes, new.notes));
END;
CREATE TRIGGER agenda_items_search_delete AFTER DELETE ON agenda_items BEGIN
    DELETE FROM search_index WHERE rowid = old.row_no * 4 + 1;
END;

CREATE TRIGGER decisions_search_insert AFTER INSERT ON decisions BEGIN
    INSERT INTO search_index (rowid, kind, ref_id, title, body)
    VALUES (new.row_no * 4 + 2, 'decision', new.id, NULL, new.text);
END;
-- Every save of an agenda item upserts its decisions (positions); their text rarely changes.
CREATE TRIGGER decisions_search_update AFTER UPDATE OF id, text ON decisions
    WHEN old.id IS NOT new.id OR old.text IS NOT new.text BEGIN
    DELETE FROM search_index WHERE rowid = old.row_no * 4 + 2;
    INSERT INTO search_index (rowid, kind, ref_id, title, body)
    VALUES (new.row_no * 4 + 2, 'decision', new.id, NULL, new.text);
END;
CREATE TRIGGER decisions_search_delete AFTER DELETE ON decisions BEGIN
    DELETE FROM search_index WHERE rowid = old.row_no * 4 + 2;
END;

CREATE TRIGGER action_items_search_insert AFTER INSERT ON action_items BEGIN
    INSERT INTO search_index (rowid, kind, ref_id, title, body)
    VALUES (new.row_no * 4 + 3, 'action_item', new.id, new.title, new.customer_impact);
END;
CREATE TRIGGER action_items_search_update AFTER UPDATE OF id, title, customer_impact ON action_items
    WHEN old.id IS NOT new.id OR old.title IS NOT new.title OR old.customer_impact IS NOT new.customer_impact BEGIN
    DELETE FROM search_index WHERE rowid = old.row_no * 4 + 3;
    INSERT INTO search_index (rowid, kind, ref_id, title, body)
    VALUES (new.row_no * 4 + 3, 'action_item', new.id, new.title, new.customer_impact);
END;
CREATE TRIGGER action_items_search_delete AFTER DELETE ON action_items BEGIN
    DELETE FROM search_index WHERE rowid = old.row_no * 4 + 3;
END;

-- Agenda templates (Prepare): a series' default agenda (series_id set, one per series) or a named
-- template anyone can apply. Sections are agenda-item-like: title, kind, topic area, minutes.
CREATE TABLE agenda_templates (
    id         TEXT PRIMARY KEY,
    list_order INTEGER NOT NULL,
    name       TEXT NOT NULL,
    series_id  TEXT REFERENCES series (id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED
) STRICT;
CREATE UNIQUE INDEX agenda_templates_series ON agenda_templates (series_id) WHERE series_id IS NOT NULL;

CREATE TABLE agenda_template_sections (
    template_id     TEXT NOT NULL REFERENCES agenda_templates (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position        INTEGER NOT NULL,
    title           TEXT NOT NULL,
    kind            TEXT NOT NULL,
    topic_area_id   TEXT REFERENCES topic_areas (id) DEFERRABLE INITIALLY DEFERRED,
    planned_minutes INTEGER,
    PRIMARY KEY (template_id, position)
) STRICT;
CREATE INDEX agenda_template_sections_topic_area ON agenda_template_sections (topic_area_id);

-- The calendar invitation last exported for a session: RFC 5545 SEQUENCE and a fingerprint of
-- its content, so a changed agenda goes out with a higher SEQUENCE under the same UID.
CREATE TABLE calendar_invitations (
    meeting_id  TEXT PRIMARY KEY REFERENCES meetings (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    sequence    INTEGER NOT NULL CHECK (sequence >= 0),
    fingerprint TEXT
) STRICT;

-- Where a live session stands: the item on screen and when it came on screen. Kept apart from the
-- record (not exported): it lets the app reopen a session after a crash at the item where it was,
-- with the item's timer still running on wall-clock time.
CREATE TABLE live_state (
    meeting_id      TEXT PRIMARY KEY REFERENCES meetings (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    current_item_id TEXT,
    item_started_at TEXT
) STRICT;

-- The program (multi-year path): road-map milestones per competency (topic area) by target quarter,
-- with the actions that serve them; maturity levels per competency and quarter; the sponsor's
-- commitment questions (none stored = the built-in defaults), check-ins with their answers; and
-- readiness checks (nine 1–5 ratings in statement order, kept as text "4,5,3,…").
CREATE TABLE milestones (
    id             TEXT PRIMARY KEY,
    list_order     INTEGER NOT NULL,
    topic_area_id  TEXT NOT NULL REFERENCES topic_areas (id) DEFERRABLE INITIALLY DEFERRED,
    title          TEXT NOT NULL,
    target_quarter TEXT NOT NULL,
    status         TEXT NOT NULL,
    owner_id       TEXT REFERENCES people (id) DEFERRABLE INITIALLY DEFERRED,
    note           TEXT
) STRICT;
CREATE INDEX milestones_topic_area ON milestones (topic_area_id);
CREATE INDEX milestones_owner ON milestones (owner_id);

CREATE TABLE milestone_actions (
    milestone_id TEXT NOT NULL REFERENCES milestones (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position     INTEGER NOT NULL,
    action_id    TEXT NOT NULL REFERENCES action_items (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    PRIMARY KEY (milestone_id, position),
    UNIQUE (milestone_id, action_id)
) STRICT;
CREATE INDEX milestone_actions_action ON milestone_actions (action_id);

CREATE TABLE maturity_levels (
    topic_area_id TEXT NOT NULL REFERENCES topic_areas (id) DEFERRABLE INITIALLY DEFERRED,
    quarter       TEXT NOT NULL,
    list_order    INTEGER NOT NULL,
    level         INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5),
    note          TEXT,
    PRIMARY KEY (topic_area_id, quarter)
) STRICT;

CREATE TABLE sponsor_questions (
    id         TEXT PRIMARY KEY,
    list_order INTEGER NOT NULL,
    ceo_action INTEGER NOT NULL CHECK (ceo_action BETWEEN 1 AND 8),
    text       TEXT NOT NULL,
    archived   INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
) STRICT;

CREATE TABLE sponsor_check_ins (
    id         TEXT PRIMARY KEY,
    list_order INTEGER NOT NULL,
    date       TEXT NOT NULL,
    sponsor_id TEXT REFERENCES people (id) DEFERRABLE INITIALLY DEFERRED
) STRICT;
CREATE INDEX sponsor_check_ins_sponsor ON sponsor_check_ins (sponsor_id);

-- question_id is not a foreign key: while no questions are stored, answers name the default ones.
CREATE TABLE sponsor_answers (
    check_in_id TEXT NOT NULL REFERENCES sponsor_check_ins (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position    INTEGER NOT NULL,
    question_id TEXT NOT NULL,
    score       INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
    comment     TEXT,
    PRIMARY KEY (check_in_id, position)
) STRICT;

CREATE TABLE readiness_checks (
    id         TEXT PRIMARY KEY,
    list_order INTEGER NOT NULL,
    date       TEXT NOT NULL,
    ratings    TEXT NOT NULL,
    note       TEXT
) STRICT;
