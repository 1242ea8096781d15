-- RightsDesk schema, version 4: the record chain, version 2.
-- A stored head per request seals the whole record the evidence PDF shows
-- (letter, holder as addressed, events and their files' names, kept pages),
-- and one head over all requests, so that a change, a truncation or a removal
-- made outside RightsDesk is seen by `verify`. Existing requests are sealed as
-- they stand when this migration runs (see `strong_since`).
-- Append only: never edit a released migration; add the next file instead.

-- The holder's identity as the letter addressed it (JSON of HolderFields), taken when it is sent.
ALTER TABLE requests ADD COLUMN addressed_to TEXT;

CREATE TABLE chain_heads (
    request_id   INTEGER PRIMARY KEY REFERENCES requests(id) ON DELETE RESTRICT,
    version      INTEGER NOT NULL,
    head         TEXT NOT NULL,       -- SHA-256 (hex) of the record, see request::chain::record_head
    events       INTEGER NOT NULL,    -- how many events the head covers
    pages        INTEGER NOT NULL,    -- how many of the holder's kept pages it covers
    strong_since TEXT NOT NULL,       -- when this request was first sealed by version 2 (RFC 3339)
    sealed_at    TEXT NOT NULL
);

CREATE TABLE store_head (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    version   INTEGER NOT NULL,
    head      TEXT NOT NULL,
    sealed_at TEXT NOT NULL
);

-- A sent letter never changes, whatever its status says: the old guard looked
-- only at the status, which could be flipped back to draft.
DROP TRIGGER requests_letter_frozen_after_send;
CREATE TRIGGER requests_letter_frozen_after_send
BEFORE UPDATE OF subject, body, citations, letter_date, jurisdiction, language, kind, reason, parent_id,
                 holder_id, rule_id, created_at, sent_on, channel ON requests
WHEN OLD.sent_on IS NOT NULL OR OLD.status <> 'draft'
     OR EXISTS (SELECT 1 FROM events WHERE request_id = OLD.id AND kind = 'sent')
BEGIN
    SELECT RAISE(ABORT, 'append-only: the letter of a sent request cannot be changed');
END;

CREATE TRIGGER requests_never_back_to_draft
BEFORE UPDATE OF status ON requests
WHEN NEW.status = 'draft' AND OLD.status <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'append-only: a sent request cannot become a draft again');
END;

CREATE TRIGGER requests_addressee_frozen
BEFORE UPDATE OF addressed_to ON requests
WHEN OLD.addressed_to IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'append-only: the addressee of a sent letter cannot be changed');
END;

CREATE TRIGGER requests_no_delete_once_sent
BEFORE DELETE ON requests
WHEN OLD.status <> 'draft' OR OLD.sent_on IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'append-only: a sent request is never deleted');
END;

CREATE TRIGGER holder_attachments_no_delete_with_requests
BEFORE DELETE ON holder_attachments
WHEN EXISTS (SELECT 1 FROM requests WHERE holder_id = OLD.holder_id)
BEGIN
    SELECT RAISE(ABORT, 'append-only: a kept page of a holder with requests is never deleted');
END;
