-- RightsDesk schema, version 3: pages fetched for a holder (its privacy policy),
-- kept as evidence of what the company published on that day. The body is
-- stored under its SHA-256 in the attachments folder, like event attachments.
-- Append only: never edit a released migration; add the next file instead.

CREATE TABLE holder_attachments (
    id            INTEGER PRIMARY KEY,
    holder_id     INTEGER NOT NULL REFERENCES holders(id) ON DELETE CASCADE,
    kind          TEXT NOT NULL,               -- 'privacy-policy'
    url           TEXT NOT NULL,               -- the address asked for
    final_url     TEXT NOT NULL,               -- where the body came from, after redirects
    http_status   INTEGER NOT NULL,
    content_type  TEXT,
    sha256        TEXT NOT NULL,
    size          INTEGER NOT NULL,
    fetched_at    TEXT NOT NULL                -- RFC 3339, UTC
);
CREATE INDEX holder_attachments_by_holder ON holder_attachments(holder_id, id);

-- Evidence: a fetched page's record never changes (it goes only with its holder).
CREATE TRIGGER holder_attachments_no_update BEFORE UPDATE ON holder_attachments
BEGIN
    SELECT RAISE(ABORT, 'append-only: fetched pages are never changed');
END;
