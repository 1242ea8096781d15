-- RightsDesk schema, version 1.
-- Append only: never edit a released migration; add the next file instead.

CREATE TABLE holders (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL CHECK (length(trim(name)) > 0),
    name_zh       TEXT,
    operator      TEXT,
    aliases       TEXT NOT NULL DEFAULT '[]',   -- JSON array of strings
    domains       TEXT NOT NULL DEFAULT '[]',   -- JSON array of strings
    jurisdiction  TEXT,
    kind          TEXT,
    email         TEXT,
    phone         TEXT,
    address       TEXT,
    webform_url   TEXT,
    policy_url    TEXT,
    notes         TEXT,
    directory_ref TEXT,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);

CREATE TABLE accounts (
    id          INTEGER PRIMARY KEY,
    holder_id   INTEGER NOT NULL REFERENCES holders(id) ON DELETE CASCADE,
    identifiers TEXT NOT NULL DEFAULT '[]',     -- JSON array of {kind, value}
    categories  TEXT NOT NULL DEFAULT '[]',     -- JSON array of category codes
    source      TEXT NOT NULL,
    notes       TEXT,
    created_at  TEXT NOT NULL
);
CREATE INDEX accounts_by_holder ON accounts(holder_id);

CREATE TABLE requests (
    id           INTEGER PRIMARY KEY,
    holder_id    INTEGER NOT NULL REFERENCES holders(id) ON DELETE RESTRICT,
    kind         TEXT NOT NULL,
    jurisdiction TEXT NOT NULL,
    language     TEXT NOT NULL,
    reason       TEXT,
    parent_id    INTEGER REFERENCES requests(id) ON DELETE RESTRICT,
    subject      TEXT NOT NULL,
    body         TEXT NOT NULL,
    citations    TEXT NOT NULL DEFAULT '[]',    -- JSON array of law-catalogue ids
    channel      TEXT,
    letter_date  TEXT NOT NULL,
    sent_on      TEXT,
    rule_id      TEXT,
    status       TEXT NOT NULL,
    created_at   TEXT NOT NULL
);
CREATE INDEX requests_by_holder ON requests(holder_id);

-- A letter is evidence once sent: its text can no longer change.
CREATE TRIGGER requests_letter_frozen_after_send
BEFORE UPDATE OF subject, body, citations, letter_date, jurisdiction, language, kind ON requests
WHEN OLD.status <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'append-only: the letter of a sent request cannot be changed');
END;

CREATE TABLE events (
    id          INTEGER PRIMARY KEY,
    request_id  INTEGER NOT NULL REFERENCES requests(id) ON DELETE RESTRICT,
    kind        TEXT NOT NULL,
    occurred_on TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    text        TEXT NOT NULL,
    tracking    TEXT,
    channel     TEXT,
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL
);
CREATE INDEX events_by_request ON events(request_id, id);

CREATE TRIGGER events_no_update BEFORE UPDATE ON events
BEGIN
    SELECT RAISE(ABORT, 'append-only: events are never changed');
END;
CREATE TRIGGER events_no_delete BEFORE DELETE ON events
BEGIN
    SELECT RAISE(ABORT, 'append-only: events are never deleted');
END;

CREATE TABLE attachments (
    id            INTEGER PRIMARY KEY,
    sha256        TEXT NOT NULL,
    original_name TEXT NOT NULL,
    media_type    TEXT NOT NULL,
    size          INTEGER NOT NULL,
    created_at    TEXT NOT NULL
);

CREATE TABLE event_attachments (
    event_id      INTEGER NOT NULL REFERENCES events(id) ON DELETE RESTRICT,
    attachment_id INTEGER NOT NULL REFERENCES attachments(id) ON DELETE RESTRICT,
    position      INTEGER NOT NULL,
    PRIMARY KEY (event_id, position)
);
CREATE TRIGGER event_attachments_no_update BEFORE UPDATE ON event_attachments
BEGIN
    SELECT RAISE(ABORT, 'append-only: event attachments are never changed');
END;
CREATE TRIGGER event_attachments_no_delete BEFORE DELETE ON event_attachments
BEGIN
    SELECT RAISE(ABORT, 'append-only: event attachments are never deleted');
END;
CREATE TRIGGER attachments_no_update BEFORE UPDATE ON attachments
BEGIN
    SELECT RAISE(ABORT, 'append-only: attachments are never changed');
END;

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
