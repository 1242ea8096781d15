-- RightsDesk schema, version 2: what a holder's fields were when they last came
-- from the built-in directory, so that a directory update can tell the user's
-- own edits (kept) from values it may refresh.
-- Append only: never edit a released migration; add the next file instead.

ALTER TABLE holders ADD COLUMN directory_snapshot TEXT;  -- JSON of HolderFields, NULL if not from the directory
