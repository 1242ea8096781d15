-- RightsDesk schema, version 6 (issue #17):
--  * pack_versions: the highest version of each kind of signed data pack ever
--    installed. It lives inside the (possibly encrypted) database, so editing
--    `packs/<kind>.current` in the data folder cannot roll the data back to an
--    older signed pack: a lower version is refused at start-up and at install.
--  (The user's own details and the window's other settings, which used to sit
--  in localStorage, go into the `settings` table of version 1.)
-- Append only: never edit a released migration; add the next file instead.

CREATE TABLE pack_versions (
    kind     TEXT PRIMARY KEY NOT NULL CHECK (kind IN ('law', 'calendar', 'directory')),
    highest  INTEGER NOT NULL CHECK (highest >= 0)
) STRICT;
