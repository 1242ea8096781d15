//! Where the app looks for signed data packs, and whether it may (migration 0007).

use super::{Store, StoreError};
use rusqlite::OptionalExtension;

/// The stored pack location. Off, with no location, until the user sets one.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StoredPackLocation {
    pub enabled: bool,
    pub location: Option<String>,
    pub last_checked_on: Option<String>,
    pub last_result: Option<String>,
}

impl Store {
    pub fn pack_location(&self) -> Result<StoredPackLocation, StoreError> {
        self.raw_connection()
            .query_row(
                "SELECT enabled, location, last_checked_on, last_result FROM pack_location WHERE id = 1",
                [],
                |r| {
                    Ok(StoredPackLocation {
                        enabled: r.get::<_, i64>(0)? == 1,
                        location: r.get(1)?,
                        last_checked_on: r.get(2)?,
                        last_result: r.get(3)?,
                    })
                },
            )
            .optional()
            .map(Option::unwrap_or_default)
            .map_err(StoreError::from_sqlite)
    }

    /// Sets whether to look and where; a changed location forgets the last check.
    pub fn set_pack_location(&self, enabled: bool, location: Option<&str>) -> Result<(), StoreError> {
        self.raw_connection()
            .execute(
                "INSERT INTO pack_location(id, enabled, location) VALUES (1, ?1, ?2)
                 ON CONFLICT(id) DO UPDATE SET enabled = excluded.enabled, location = excluded.location,
                   last_checked_on = CASE WHEN pack_location.location IS excluded.location
                                          THEN pack_location.last_checked_on END,
                   last_result = CASE WHEN pack_location.location IS excluded.location
                                      THEN pack_location.last_result END",
                rusqlite::params![i64::from(enabled), location],
            )
            .map(|_| ())
            .map_err(StoreError::from_sqlite)
    }

    /// Records when the location was last checked and what came of it.
    pub fn record_pack_check(&self, on: &str, result: &str) -> Result<(), StoreError> {
        self.raw_connection()
            .execute(
                "UPDATE pack_location SET last_checked_on = ?1, last_result = ?2 WHERE id = 1",
                [on, result],
            )
            .map(|_| ())
            .map_err(StoreError::from_sqlite)
    }
}
