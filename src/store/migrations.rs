//! Versioned schema migrations, tracked in SQLite's `user_version`.
//!
//! A small runner of our own: rusqlite_migration's current release requires
//! rusqlite 0.40 and we are pinned to 0.41. Each step runs in its own
//! transaction together with the version bump, so a failed step leaves the
//! store at the previous version.

use super::StoreError;
use rusqlite::Connection;

/// The migrations in order; the position is the version. Append only.
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_init.sql"),
    include_str!("migrations/0002_directory_snapshot.sql"),
    include_str!("migrations/0003_holder_attachments.sql"),
    include_str!("migrations/0004_record_heads.sql"),
    include_str!("migrations/0005_timestamps.sql"),
    include_str!("migrations/0006_pack_versions.sql"),
    include_str!("migrations/0007_pack_location.sql"),
];

/// The version that introduced the sealed record heads: reaching it seals what is there.
const RECORD_HEADS_VERSION: i64 = 4;

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

pub(super) fn migrate(conn: &mut Connection) -> Result<(), StoreError> {
    let found: i64 =
        conn.query_row("PRAGMA user_version", [], |r| r.get(0)).map_err(StoreError::from_sqlite)?;
    if found > SCHEMA_VERSION {
        return Err(StoreError::NewerSchema { found, supported: SCHEMA_VERSION });
    }
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(found as usize) {
        let version = index as i64 + 1;
        let fail = |e: rusqlite::Error| StoreError::Migration { version, message: e.to_string() };
        let tx = conn.transaction().map_err(StoreError::from_sqlite)?;
        tx.execute_batch(sql).map_err(fail)?;
        if version == RECORD_HEADS_VERSION {
            // Sealing needs the hash functions, not just SQL. The store is handed no
            // clock (time is an input), so the seal is dated by the newest entry it
            // covers: the upgrade happened no earlier than that, and the PDF says so.
            let newest: String = tx
                .query_row(
                    "SELECT coalesce(max(t), '') FROM (SELECT max(recorded_at) AS t FROM events
                     UNION ALL SELECT max(created_at) FROM requests)",
                    [],
                    |r| r.get(0),
                )
                .map_err(fail)?;
            super::chain_heads::seal_existing(&tx, &newest)
                .map_err(|e| StoreError::Migration { version, message: e.to_string() })?;
        }
        tx.pragma_update(None, "user_version", version).map_err(fail)?;
        tx.commit().map_err(StoreError::from_sqlite)?;
    }
    Ok(())
}
