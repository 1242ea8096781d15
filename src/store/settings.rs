//! The highest data-pack version ever installed per kind (rollback
//! protection, migration 0006), and the list of settings.

use super::{Store, StoreError};
use rusqlite::{OptionalExtension, params};

/// Longest settings value accepted.
pub const MAX_SETTING_BYTES: usize = 64 * 1024;

impl Store {
    /// The highest version of a kind of data pack ever installed with this store.
    pub fn pack_floor(&self, kind: &str) -> Result<Option<u64>, StoreError> {
        self.conn
            .query_row("SELECT highest FROM pack_versions WHERE kind = ?1", [kind], |r| r.get::<_, i64>(0))
            .optional()
            .map(|v| v.map(|v| v.max(0) as u64))
            .map_err(StoreError::from_sqlite)
    }

    /// Raises the recorded highest version of a kind (never lowers it).
    pub fn raise_pack_floor(&self, kind: &str, version: u64) -> Result<(), StoreError> {
        let version = i64::try_from(version).unwrap_or(i64::MAX);
        self.conn
            .execute(
                "INSERT INTO pack_versions (kind, highest) VALUES (?1, ?2)
                 ON CONFLICT(kind) DO UPDATE SET highest = max(highest, excluded.highest)",
                params![kind, version],
            )
            .map(|_| ())
            .map_err(StoreError::from_sqlite)
    }

    /// Every setting, by key.
    pub fn all_settings(&self) -> Result<Vec<(String, String)>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT key, value FROM settings ORDER BY key")
            .map_err(StoreError::from_sqlite)?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).map_err(StoreError::from_sqlite)?;
        rows.collect::<Result<_, _>>().map_err(StoreError::from_sqlite)
    }
}
