//! The `accounts` table.

use super::{Store, StoreError, enum_from_sql, enum_to_sql, from_json, to_json};
use crate::holder::{Account, AccountFields};
use crate::ids::{AccountId, HolderId};
use rusqlite::{OptionalExtension, Row, params};

fn account_from_row(r: &Row<'_>) -> rusqlite::Result<Account> {
    Ok(Account {
        id: AccountId(r.get(0)?),
        holder_id: HolderId(r.get(1)?),
        fields: AccountFields {
            identifiers: from_json("identifiers", &r.get::<_, String>(2)?)?,
            categories: from_json("categories", &r.get::<_, String>(3)?)?,
            source: enum_from_sql("source", &r.get::<_, String>(4)?)?,
            notes: r.get(5)?,
        },
        created_at: r.get(6)?,
    })
}

const COLUMNS: &str = "id, holder_id, identifiers, categories, source, notes, created_at";

impl Store {
    pub fn insert_account(
        &self,
        holder: HolderId,
        f: &AccountFields,
        now: &str,
    ) -> Result<Account, StoreError> {
        self.conn
            .execute(
                "INSERT INTO accounts (holder_id, identifiers, categories, source, notes, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![
                    holder.0,
                    to_json(&f.identifiers),
                    to_json(&f.categories),
                    enum_to_sql(&f.source),
                    f.notes,
                    now
                ],
            )
            .map_err(StoreError::from_sqlite)?;
        let id = AccountId(self.conn.last_insert_rowid());
        Ok(self.get_account(id)?.expect("the row was just inserted"))
    }

    pub fn update_account(&self, id: AccountId, f: &AccountFields) -> Result<Option<Account>, StoreError> {
        let n = self
            .conn
            .execute(
                "UPDATE accounts SET identifiers = ?2, categories = ?3, source = ?4, notes = ?5 WHERE id = ?1",
                params![id.0, to_json(&f.identifiers), to_json(&f.categories), enum_to_sql(&f.source), f.notes],
            )
            .map_err(StoreError::from_sqlite)?;
        if n == 0 { Ok(None) } else { self.get_account(id) }
    }

    pub fn get_account(&self, id: AccountId) -> Result<Option<Account>, StoreError> {
        self.conn
            .query_row(&format!("SELECT {COLUMNS} FROM accounts WHERE id = ?1"), [id.0], account_from_row)
            .optional()
            .map_err(StoreError::from_sqlite)
    }

    /// A holder's accounts, oldest first; all accounts when `holder` is `None`.
    pub fn list_accounts(&self, holder: Option<HolderId>) -> Result<Vec<Account>, StoreError> {
        let mut stmt = self
            .conn
            .prepare(&format!(
                "SELECT {COLUMNS} FROM accounts WHERE ?1 IS NULL OR holder_id = ?1 ORDER BY holder_id, id"
            ))
            .map_err(StoreError::from_sqlite)?;
        let rows =
            stmt.query_map([holder.map(|h| h.0)], account_from_row).map_err(StoreError::from_sqlite)?;
        rows.collect::<Result<_, _>>().map_err(StoreError::from_sqlite)
    }

    pub fn delete_account(&self, id: AccountId) -> Result<bool, StoreError> {
        let n = self
            .conn
            .execute("DELETE FROM accounts WHERE id = ?1", [id.0])
            .map_err(StoreError::from_sqlite)?;
        Ok(n > 0)
    }
}
