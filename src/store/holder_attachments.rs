//! The `holder_attachments` table: pages fetched for a holder (its privacy
//! policy), kept as evidence of what the company published on that day. The
//! bytes go to the attachments folder under their SHA-256, through the same
//! blob writer as event attachments.

use super::chain_heads::{Reseal, in_savepoint};
use super::events::{PendingFile, write_blob};
use super::{Store, StoreError};
use crate::ids::{AttachmentId, HolderId};
use crate::request::Attachment;
use crate::request::chain::sha256_hex;
use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::Serialize;

/// A page fetched for a holder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct HolderAttachment {
    pub id: i64,
    pub holder_id: HolderId,
    /// What the page is: `privacy-policy`.
    pub kind: String,
    /// The address asked for.
    pub url: String,
    /// The address the body came from, after redirects.
    pub final_url: String,
    pub http_status: u16,
    pub content_type: Option<String>,
    /// SHA-256 of the body, lower-case hex.
    pub sha256: String,
    pub size: u64,
    /// When it was fetched (RFC 3339, UTC).
    pub fetched_at: String,
}

/// A fetched page about to be stored.
#[derive(Debug, Clone)]
pub struct NewHolderAttachment<'a> {
    pub holder_id: HolderId,
    pub kind: &'a str,
    pub url: &'a str,
    pub final_url: &'a str,
    pub http_status: u16,
    pub content_type: Option<&'a str>,
    pub body: &'a [u8],
}

const COLUMNS: &str =
    "id, holder_id, kind, url, final_url, http_status, content_type, sha256, size, fetched_at";

fn from_row(r: &Row<'_>) -> rusqlite::Result<HolderAttachment> {
    Ok(HolderAttachment {
        id: r.get(0)?,
        holder_id: HolderId(r.get(1)?),
        kind: r.get(2)?,
        url: r.get(3)?,
        final_url: r.get(4)?,
        http_status: r.get::<_, i64>(5)? as u16,
        content_type: r.get(6)?,
        sha256: r.get(7)?,
        size: r.get::<_, i64>(8)? as u64,
        fetched_at: r.get(9)?,
    })
}

impl Store {
    /// Writes the body under its hash, then records it for the holder.
    pub fn insert_holder_attachment(
        &self,
        new: &NewHolderAttachment<'_>,
        fetched_at: &str,
    ) -> Result<HolderAttachment, StoreError> {
        let dir = self.attachments_dir.as_deref().ok_or_else(|| StoreError::Io {
            path: "(in-memory store)".into(),
            source: std::io::Error::new(std::io::ErrorKind::Unsupported, "this store keeps no files"),
        })?;
        if new.body.len() as u64 > super::MAX_ATTACHMENT_BYTES {
            return Err(StoreError::Io {
                path: new.final_url.to_string(),
                source: std::io::Error::new(
                    std::io::ErrorKind::FileTooLarge,
                    "page larger than the attachment limit",
                ),
            });
        }
        let file =
            PendingFile { name: "page".into(), bytes: new.body.to_vec(), sha256: sha256_hex(new.body) };
        // A blob written here but not recorded is harmless: it is content-addressed and unreferenced.
        write_blob(dir, self.keys.as_deref(), &file)?;
        // The holder's requests cover its kept pages: seal them again with this one.
        let id = in_savepoint(&self.conn, |tx| {
            let reseal = Reseal::before_holder(tx, new.holder_id)?;
            tx.execute(
                "INSERT INTO holder_attachments
                     (holder_id, kind, url, final_url, http_status, content_type, sha256, size, fetched_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                params![
                    new.holder_id.0,
                    new.kind,
                    new.url,
                    new.final_url,
                    new.http_status as i64,
                    new.content_type,
                    file.sha256,
                    new.body.len() as i64,
                    fetched_at
                ],
            )
            .map_err(StoreError::from_sqlite)?;
            let id = tx.last_insert_rowid();
            reseal.after(tx, &[], fetched_at)?;
            Ok(id)
        })?;
        Ok(self.get_holder_attachment(id)?.expect("the row was just inserted"))
    }

    pub fn get_holder_attachment(&self, id: i64) -> Result<Option<HolderAttachment>, StoreError> {
        self.conn
            .query_row(&format!("SELECT {COLUMNS} FROM holder_attachments WHERE id = ?1"), [id], from_row)
            .optional()
            .map_err(StoreError::from_sqlite)
    }

    /// A holder's fetched pages, oldest first.
    pub fn list_holder_attachments(&self, holder: HolderId) -> Result<Vec<HolderAttachment>, StoreError> {
        pages_of(&self.conn, holder)
    }

    /// Every fetched page of every holder, oldest first (for `verify`).
    pub fn all_holder_attachments(&self) -> Result<Vec<HolderAttachment>, StoreError> {
        all_pages(&self.conn)
    }

    /// The stored bytes of a fetched page.
    pub fn read_holder_attachment(&self, a: &HolderAttachment) -> Result<Vec<u8>, StoreError> {
        self.read_attachment(&Attachment {
            id: AttachmentId(a.id),
            sha256: a.sha256.clone(),
            original_name: a.final_url.clone(),
            media_type: a.content_type.clone().unwrap_or_else(|| "text/html".into()),
            size: a.size,
        })
    }
}

/// A holder's kept pages, oldest first.
pub(super) fn pages_of(conn: &Connection, holder: HolderId) -> Result<Vec<HolderAttachment>, StoreError> {
    let mut stmt = conn
        .prepare(&format!("SELECT {COLUMNS} FROM holder_attachments WHERE holder_id = ?1 ORDER BY id"))
        .map_err(StoreError::from_sqlite)?;
    let rows = stmt.query_map([holder.0], from_row).map_err(StoreError::from_sqlite)?;
    rows.collect::<Result<_, _>>().map_err(StoreError::from_sqlite)
}

/// Every kept page of every holder, oldest first.
pub(super) fn all_pages(conn: &Connection) -> Result<Vec<HolderAttachment>, StoreError> {
    let mut stmt = conn
        .prepare(&format!("SELECT {COLUMNS} FROM holder_attachments ORDER BY id"))
        .map_err(StoreError::from_sqlite)?;
    let rows = stmt.query_map([], from_row).map_err(StoreError::from_sqlite)?;
    rows.collect::<Result<_, _>>().map_err(StoreError::from_sqlite)
}
