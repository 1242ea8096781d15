-- RightsDesk schema, version 5: trusted timestamps (RFC 3161) over a request's record head.
-- Each row keeps the time-stamping authority's reply byte for byte (the `.tsr`
-- file `openssl ts -verify` reads), the digest it stamped, and how much of the
-- record that digest covers, so that `verify` can recompute the stamped head
-- offline even after later events were added.
-- Append only: never edit a released migration; add the next file instead.

CREATE TABLE timestamps (
    id          INTEGER PRIMARY KEY,
    request_id  INTEGER NOT NULL REFERENCES requests(id) ON DELETE RESTRICT,
    tsa_url     TEXT NOT NULL,        -- where the query was sent
    reply       BLOB NOT NULL,        -- the TimeStampResp (DER), as received
    digest      TEXT NOT NULL,        -- the stamped record head (hex SHA-256)
    events      INTEGER NOT NULL,     -- how many events the stamped head covers
    pages       INTEGER NOT NULL,     -- how many of the holder's kept pages it covers
    nonce       TEXT NOT NULL,        -- hex, as sent in the query
    gen_time    TEXT NOT NULL,        -- the TSA's time (RFC 3339, UTC), as read from the token
    recorded_at TEXT NOT NULL
);
CREATE INDEX timestamps_by_request ON timestamps(request_id, id);

CREATE TRIGGER timestamps_no_update BEFORE UPDATE ON timestamps
BEGIN
    SELECT RAISE(ABORT, 'append-only: a timestamp is never changed');
END;

CREATE TRIGGER timestamps_no_delete BEFORE DELETE ON timestamps
BEGIN
    SELECT RAISE(ABORT, 'append-only: a timestamp is never deleted');
END;
