-- Where the app looks for signed data packs (a URL or a folder), and whether it
-- may look at all. One row; off by default: nothing is contacted until the user
-- turns it on. Its own table, so it is not mixed with the free-form settings.
CREATE TABLE IF NOT EXISTS pack_location (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    enabled INTEGER NOT NULL DEFAULT 0 CHECK (enabled IN (0, 1)),
    location TEXT CHECK (location IS NULL OR length(location) BETWEEN 1 AND 2000),
    last_checked_on TEXT,
    last_result TEXT
);
