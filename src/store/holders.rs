//! The `holders` table.

use super::chain_heads::{Reseal, in_savepoint, store_sealed_at};
use super::{Store, StoreError, enum_from_sql, enum_to_sql, from_json, to_json};
use crate::holder::{Holder, HolderFields};
use crate::ids::HolderId;
use rusqlite::{Connection, OptionalExtension, Row, params};

const COLUMNS: &str = "id, name, name_zh, operator, aliases, domains, jurisdiction, kind, email, phone, \
                       address, webform_url, policy_url, notes, directory_ref, created_at, updated_at";

fn opt_enum<T: serde::de::DeserializeOwned>(r: &Row<'_>, i: usize, col: &str) -> rusqlite::Result<Option<T>> {
    let raw: Option<String> = r.get(i)?;
    raw.map(|s| enum_from_sql(col, &s)).transpose()
}

fn holder_from_row(r: &Row<'_>) -> rusqlite::Result<Holder> {
    Ok(Holder {
        id: HolderId(r.get(0)?),
        fields: HolderFields {
            name: r.get(1)?,
            name_zh: r.get(2)?,
            operator: r.get(3)?,
            aliases: from_json("aliases", &r.get::<_, String>(4)?)?,
            domains: from_json("domains", &r.get::<_, String>(5)?)?,
            jurisdiction: opt_enum(r, 6, "jurisdiction")?,
            kind: opt_enum(r, 7, "kind")?,
            email: r.get(8)?,
            phone: r.get(9)?,
            address: r.get(10)?,
            webform_url: r.get(11)?,
            policy_url: r.get(12)?,
            notes: r.get(13)?,
            directory_ref: r.get(14)?,
        },
        created_at: r.get(15)?,
        updated_at: r.get(16)?,
    })
}

impl Store {
    /// Adds a holder (fields must already be validated) and returns it with its id.
    pub fn insert_holder(&self, f: &HolderFields, now: &str) -> Result<Holder, StoreError> {
        self.conn
            .execute(
                "INSERT INTO holders (name, name_zh, operator, aliases, domains, jurisdiction, kind, email, phone,
                     address, webform_url, policy_url, notes, directory_ref, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?15)",
                params![
                    f.name,
                    f.name_zh,
                    f.operator,
                    to_json(&f.aliases),
                    to_json(&f.domains),
                    f.jurisdiction.as_ref().map(enum_to_sql),
                    f.kind.as_ref().map(enum_to_sql),
                    f.email,
                    f.phone,
                    f.address,
                    f.webform_url,
                    f.policy_url,
                    f.notes,
                    f.directory_ref,
                    now
                ],
            )
            .map_err(StoreError::from_sqlite)?;
        let id = HolderId(self.conn.last_insert_rowid());
        Ok(self.get_holder(id)?.expect("the row was just inserted"))
    }

    /// Replaces a holder's editable fields. Returns `None` if there is no such holder.
    pub fn update_holder(
        &self,
        id: HolderId,
        f: &HolderFields,
        now: &str,
    ) -> Result<Option<Holder>, StoreError> {
        // A draft addresses the holder as it stands, so its sealed record follows the edit.
        let n = in_savepoint(&self.conn, |tx| {
            let reseal = Reseal::before_holder(tx, id)?;
            let n = tx
                .execute(
                    "UPDATE holders SET name = ?2, name_zh = ?3, operator = ?4, aliases = ?5, domains = ?6,
                     jurisdiction = ?7, kind = ?8, email = ?9, phone = ?10, address = ?11, webform_url = ?12,
                     policy_url = ?13, notes = ?14, directory_ref = ?15, updated_at = ?16
                 WHERE id = ?1",
                    params![
                        id.0,
                        f.name,
                        f.name_zh,
                        f.operator,
                        to_json(&f.aliases),
                        to_json(&f.domains),
                        f.jurisdiction.as_ref().map(enum_to_sql),
                        f.kind.as_ref().map(enum_to_sql),
                        f.email,
                        f.phone,
                        f.address,
                        f.webform_url,
                        f.policy_url,
                        f.notes,
                        f.directory_ref,
                        now
                    ],
                )
                .map_err(StoreError::from_sqlite)?;
            reseal.after(tx, &[], now)?;
            Ok(n)
        })?;
        if n == 0 { Ok(None) } else { self.get_holder(id) }
    }

    pub fn get_holder(&self, id: HolderId) -> Result<Option<Holder>, StoreError> {
        holder_row(&self.conn, id)
    }

    /// All holders, by name.
    pub fn list_holders(&self) -> Result<Vec<Holder>, StoreError> {
        let mut stmt = self
            .conn
            .prepare(&format!("SELECT {COLUMNS} FROM holders ORDER BY name COLLATE NOCASE, id"))
            .map_err(StoreError::from_sqlite)?;
        let rows = stmt.query_map([], holder_from_row).map_err(StoreError::from_sqlite)?;
        rows.collect::<Result<_, _>>().map_err(StoreError::from_sqlite)
    }

    /// Number of requests to a holder (a holder with requests is kept as evidence).
    pub fn count_requests_of(&self, id: HolderId) -> Result<i64, StoreError> {
        self.conn
            .query_row("SELECT count(*) FROM requests WHERE holder_id = ?1", [id.0], |r| r.get(0))
            .map_err(StoreError::from_sqlite)
    }

    /// Deletes a holder and its accounts. Returns whether it existed.
    /// Refused by the schema if the holder has requests.
    pub fn delete_holder(&mut self, id: HolderId) -> Result<bool, StoreError> {
        let tx = self.conn.transaction().map_err(StoreError::from_sqlite)?;
        let reseal = Reseal::before(&tx, &[])?;
        let n = tx.execute("DELETE FROM holders WHERE id = ?1", [id.0]).map_err(StoreError::from_sqlite)?;
        // Its kept pages went with it; the store's head no longer lists them.
        reseal.after(&tx, &[], &store_sealed_at(&tx)?)?;
        tx.commit().map_err(StoreError::from_sqlite)?;
        Ok(n > 0)
    }
}

pub(super) fn holder_row(conn: &Connection, id: HolderId) -> Result<Option<Holder>, StoreError> {
    conn.query_row(&format!("SELECT {COLUMNS} FROM holders WHERE id = ?1"), [id.0], holder_from_row)
        .optional()
        .map_err(StoreError::from_sqlite)
}

impl Store {
    /// The holder fields as they last came from the directory (`None` if the
    /// holder was not created from it, or before snapshots were kept).
    pub fn get_directory_snapshot(&self, id: HolderId) -> Result<Option<HolderFields>, StoreError> {
        let raw: Option<Option<String>> = self
            .conn
            .query_row("SELECT directory_snapshot FROM holders WHERE id = ?1", [id.0], |r| r.get(0))
            .optional()
            .map_err(StoreError::from_sqlite)?;
        match raw.flatten() {
            Some(json) => from_json("directory_snapshot", &json).map(Some).map_err(StoreError::from_sqlite),
            None => Ok(None),
        }
    }

    /// Records what the directory said for a holder's fields.
    pub fn set_directory_snapshot(
        &self,
        id: HolderId,
        snapshot: Option<&HolderFields>,
    ) -> Result<(), StoreError> {
        self.conn
            .execute(
                "UPDATE holders SET directory_snapshot = ?2 WHERE id = ?1",
                params![id.0, snapshot.map(to_json)],
            )
            .map(|_| ())
            .map_err(StoreError::from_sqlite)
    }
}
