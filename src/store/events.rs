//! The append-only `events` table, its attachments, and the hash-chain check.

use super::chain_heads::{Reseal, check_request, snapshot_addressee};
use super::crypto::StoreKeys;
use super::{Store, StoreError, enum_from_sql, enum_to_sql};
use crate::ids::{AttachmentId, EventId, HolderId, RequestId};
use crate::request::chain::{link_hash, sha256_hex};
use crate::request::{
    Attachment, DeliveryChannel, Event, EventKind, RequestStatus, media_type_for, status_after,
};
use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, Transaction, params};
use serde::Serialize;
use std::path::{Path, PathBuf};

/// An event about to be appended. Attachment files are read and copied in.
#[derive(Debug, Clone)]
pub struct NewEvent {
    pub kind: EventKind,
    pub occurred_on: NaiveDate,
    pub text: String,
    pub tracking: Option<String>,
    pub channel: Option<DeliveryChannel>,
    pub files: Vec<PathBuf>,
    /// Files given as bytes (a raw e-mail read once, the letter as sent), kept
    /// byte for byte after `files`: (name, bytes).
    pub inline: Vec<(String, Vec<u8>)>,
}

/// A file read into memory, ready to be stored.
pub(super) struct PendingFile {
    pub name: String,
    pub bytes: Vec<u8>,
    pub sha256: String,
}

impl Store {
    /// Appends an event (with its attachments) and updates the request's status,
    /// all in one transaction. Files are read before anything is written.
    pub fn append_event(
        &mut self,
        request: RequestId,
        new: &NewEvent,
        now: &str,
    ) -> Result<Event, StoreError> {
        let dir = self.attachments_dir.clone();
        let keys = self.keys.clone();
        let tx = self.conn.transaction().map_err(StoreError::from_sqlite)?;
        let id = append_event_tx(&tx, dir.as_deref(), keys.as_deref(), request, new, now)?;
        tx.commit().map_err(StoreError::from_sqlite)?;
        Ok(self.get_event(id)?.expect("the row was just inserted"))
    }

    pub fn get_event(&self, id: EventId) -> Result<Option<Event>, StoreError> {
        let event = self
            .conn
            .query_row(&format!("SELECT {EVENT_COLUMNS} FROM events WHERE id = ?1"), [id.0], event_from_row)
            .optional()
            .map_err(StoreError::from_sqlite)?;
        match event {
            Some(mut e) => {
                e.attachments = attachments_of(&self.conn, e.id)?;
                Ok(Some(e))
            }
            None => Ok(None),
        }
    }

    /// A request's events in the order they were recorded.
    pub fn list_events(&self, request: RequestId) -> Result<Vec<Event>, StoreError> {
        events_of(&self.conn, request)
    }

    /// Path of a stored attachment's bytes (named by its SHA-256 in a plain
    /// store, by a keyed hash of it in an encrypted one).
    pub fn attachment_path(&self, sha256: &str) -> Option<PathBuf> {
        self.attachments_dir.as_ref().map(|d| blob_path(d, self.keys.as_deref(), sha256))
    }

    /// The SHA-256 of every file the store refers to (event attachments and kept pages).
    pub(super) fn attachment_hashes(&self) -> Result<Vec<String>, StoreError> {
        attachment_hashes(&self.conn)
    }

    /// Gives the files of an encrypted store made by an older RightsDesk (named
    /// by the plaintext's SHA-256) their keyed names. Each rename is atomic and
    /// a file is found under either name meanwhile, so an interruption is harmless.
    pub(super) fn rename_legacy_blobs(&self) -> Result<usize, StoreError> {
        let (Some(dir), Some(keys)) = (self.attachments_dir.as_deref(), self.keys.as_deref()) else {
            return Ok(0);
        };
        let mut renamed = 0;
        for sha in self.attachment_hashes()? {
            let legacy = legacy_blob_path(dir, &sha);
            if !legacy.is_file() {
                continue;
            }
            let keyed = blob_path(dir, Some(keys), &sha);
            let io = |source| StoreError::Io { path: legacy.display().to_string(), source };
            if keyed.exists() {
                std::fs::remove_file(&legacy).map_err(io)?;
            } else {
                let parent = keyed.parent().expect("blob paths have a parent");
                std::fs::create_dir_all(parent).map_err(io)?;
                std::fs::rename(&legacy, &keyed).map_err(io)?;
                super::safety::sync_dir(parent)?;
            }
            renamed += 1;
        }
        Ok(renamed)
    }

    /// Reads a stored attachment's bytes.
    pub fn read_attachment(&self, a: &Attachment) -> Result<Vec<u8>, StoreError> {
        let path = self.attachment_path(&a.sha256).ok_or_else(|| StoreError::Io {
            path: a.original_name.clone(),
            source: std::io::Error::new(std::io::ErrorKind::NotFound, "this store keeps no files"),
        })?;
        let bytes = std::fs::read(&path).or_else(|e| match (&self.keys, &self.attachments_dir) {
            // A read-only open of an older encrypted store: the file still has its old name.
            (Some(_), Some(dir)) if e.kind() == std::io::ErrorKind::NotFound => {
                std::fs::read(legacy_blob_path(dir, &a.sha256))
            }
            _ => Err(e),
        });
        let bytes = bytes.map_err(|source| StoreError::Io { path: path.display().to_string(), source })?;
        match &self.keys {
            Some(keys) => keys.open(&a.sha256, &bytes),
            None => Ok(bytes),
        }
    }

    /// Checks every request's record (its event links and its sealed head,
    /// see [`Store::check_record`]), every attachment's bytes, every kept page's
    /// bytes and the store's own head.
    pub fn verify(&self) -> Result<VerifyReport, StoreError> {
        let mut report = VerifyReport::default();
        let ids: Vec<i64> = {
            let mut stmt =
                self.conn.prepare("SELECT id FROM requests ORDER BY id").map_err(StoreError::from_sqlite)?;
            let rows = stmt.query_map([], |r| r.get(0)).map_err(StoreError::from_sqlite)?;
            rows.collect::<Result<_, _>>().map_err(StoreError::from_sqlite)?
        };
        for id in ids {
            let request = RequestId(id);
            let Some((parts, problems)) = check_request(&self.conn, request)? else { continue };
            report.requests += 1;
            report.timestamps += self.list_timestamps(request)?.len();
            report.problems.extend(problems);
            for e in &parts.events {
                report.events += 1;
                for a in &e.attachments {
                    report.attachments += 1;
                    if let Some(problem) = self.check_attachment_bytes(request, e.id, a) {
                        report.problems.push(problem);
                    }
                }
            }
            report.digests.push((request, parts.head()));
        }
        if !self.store_head_intact()? {
            report.problems.push(VerifyProblem::StoreAltered);
        }
        // Fetched privacy-policy pages are evidence of what a company published: check them too.
        for page in self.all_holder_attachments()? {
            report.pages += 1;
            let problem = match self.read_holder_attachment(&page) {
                Ok(bytes) if sha256_hex(&bytes) == page.sha256 => continue,
                Ok(_) | Err(StoreError::Crypto(_)) => VerifyProblem::PageAltered {
                    holder: page.holder_id,
                    page: page.id,
                    url: page.final_url.clone(),
                },
                Err(_) => VerifyProblem::PageMissing {
                    holder: page.holder_id,
                    page: page.id,
                    url: page.final_url.clone(),
                },
            };
            report.problems.push(problem);
        }
        Ok(report)
    }

    /// Whether an attachment's stored bytes still match its recorded hash.
    fn check_attachment_bytes(
        &self,
        request: RequestId,
        event: EventId,
        a: &Attachment,
    ) -> Option<VerifyProblem> {
        let name = a.original_name.clone();
        match self.read_attachment(a) {
            Ok(bytes) if sha256_hex(&bytes) == a.sha256 => None,
            Ok(_) | Err(StoreError::Crypto(_)) => {
                Some(VerifyProblem::AttachmentAltered { request, event, name })
            }
            Err(_) => Some(VerifyProblem::AttachmentMissing { request, event, name }),
        }
    }
}

/// What `verify` found.
#[derive(Debug, Default, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct VerifyReport {
    pub requests: usize,
    pub events: usize,
    pub attachments: usize,
    /// Fetched privacy-policy pages kept for holders.
    pub pages: usize,
    /// Trusted timestamps checked (signature and stamped digest, offline).
    pub timestamps: usize,
    /// Each request's record head, recomputed (hex).
    pub digests: Vec<(RequestId, String)>,
    pub problems: Vec<VerifyProblem>,
}

impl VerifyReport {
    pub fn is_intact(&self) -> bool {
        self.problems.is_empty()
    }
}

/// One thing that no longer matches.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase", tag = "kind")]
pub enum VerifyProblem {
    /// The event's content or its place in the chain changed after it was recorded.
    EventAltered { request: RequestId, event: EventId },
    /// The attachment's bytes no longer match the hash recorded for them.
    AttachmentAltered { request: RequestId, event: EventId, name: String },
    /// The attachment's file is gone from the data folder.
    AttachmentMissing { request: RequestId, event: EventId, name: String },
    /// A kept policy page's bytes no longer match the hash recorded when it was fetched.
    PageAltered { holder: HolderId, page: i64, url: String },
    /// A kept policy page's file is gone from the data folder.
    PageMissing { holder: HolderId, page: i64, url: String },
    /// The letter, the addressee, the status or an event's details (channel,
    /// tracking, attachment names …) or a kept page's record no longer match the sealed head.
    RecordAltered { request: RequestId },
    /// Events or kept pages were removed (or added) outside RightsDesk since the record was sealed.
    #[serde(rename_all = "camelCase")]
    RecordLengthChanged {
        request: RequestId,
        sealed_events: usize,
        found_events: usize,
        sealed_pages: usize,
        found_pages: usize,
    },
    /// The request has no sealed head: it was not written by RightsDesk.
    RecordUnsealed { request: RequestId },
    /// The head over all requests and pages no longer matches: a request or a page was removed or added.
    StoreAltered,
    /// A kept trusted timestamp does not hold: its signature, its nonce, or the
    /// record it stamped no longer matches (`reason` says which, in English).
    TimestampInvalid { request: RequestId, timestamp: i64, reason: String },
}

const EVENT_COLUMNS: &str =
    "id, request_id, kind, occurred_on, recorded_at, text, tracking, channel, prev_hash, hash";

fn event_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Event> {
    let occurred: String = r.get(3)?;
    let channel: Option<String> = r.get(7)?;
    Ok(Event {
        id: EventId(r.get(0)?),
        request_id: RequestId(r.get(1)?),
        kind: enum_from_sql("kind", &r.get::<_, String>(2)?)?,
        occurred_on: NaiveDate::parse_from_str(&occurred, "%Y-%m-%d").map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(3, rusqlite::types::Type::Text, e.to_string().into())
        })?,
        recorded_at: r.get(4)?,
        text: r.get(5)?,
        tracking: r.get(6)?,
        channel: channel.map(|c| enum_from_sql("channel", &c)).transpose()?,
        attachments: Vec::new(),
        prev_hash: r.get(8)?,
        hash: r.get(9)?,
    })
}

fn attachments_of(conn: &Connection, event: EventId) -> Result<Vec<Attachment>, StoreError> {
    let mut stmt = conn
        .prepare(
            "SELECT a.id, a.sha256, a.original_name, a.media_type, a.size FROM event_attachments ea
             JOIN attachments a ON a.id = ea.attachment_id WHERE ea.event_id = ?1 ORDER BY ea.position",
        )
        .map_err(StoreError::from_sqlite)?;
    let rows = stmt
        .query_map([event.0], |r| {
            Ok(Attachment {
                id: AttachmentId(r.get(0)?),
                sha256: r.get(1)?,
                original_name: r.get(2)?,
                media_type: r.get(3)?,
                size: r.get::<_, i64>(4)? as u64,
            })
        })
        .map_err(StoreError::from_sqlite)?;
    rows.collect::<Result<_, _>>().map_err(StoreError::from_sqlite)
}

/// A request's events in the order they were recorded, with their attachments.
pub(super) fn events_of(conn: &Connection, request: RequestId) -> Result<Vec<Event>, StoreError> {
    let mut stmt = conn
        .prepare(&format!("SELECT {EVENT_COLUMNS} FROM events WHERE request_id = ?1 ORDER BY id"))
        .map_err(StoreError::from_sqlite)?;
    let rows = stmt.query_map([request.0], event_from_row).map_err(StoreError::from_sqlite)?;
    let mut events: Vec<Event> = rows.collect::<Result<_, _>>().map_err(StoreError::from_sqlite)?;
    for e in &mut events {
        e.attachments = attachments_of(conn, e.id)?;
    }
    Ok(events)
}

/// Where a file with this plaintext hash is kept: under the hash itself in a
/// plain store, under [`StoreKeys::file_name`] in an encrypted one.
pub(super) fn blob_path(dir: &Path, keys: Option<&StoreKeys>, sha256: &str) -> PathBuf {
    match keys {
        Some(k) => {
            let name = k.file_name(sha256);
            dir.join(&name[..2]).join(name)
        }
        None => legacy_blob_path(dir, sha256),
    }
}

/// A file named by its plaintext hash (plain stores; encrypted stores before issue #17).
pub(super) fn legacy_blob_path(dir: &Path, sha256: &str) -> PathBuf {
    dir.join(&sha256[..2.min(sha256.len())]).join(sha256)
}

/// The SHA-256 of every file a database refers to, each once.
pub(super) fn attachment_hashes(conn: &Connection) -> Result<Vec<String>, StoreError> {
    let mut stmt = conn
        .prepare("SELECT sha256 FROM attachments UNION SELECT sha256 FROM holder_attachments ORDER BY 1")
        .map_err(StoreError::from_sqlite)?;
    let rows = stmt.query_map([], |r| r.get::<_, String>(0)).map_err(StoreError::from_sqlite)?;
    let all: Vec<String> = rows.collect::<Result<_, _>>().map_err(StoreError::from_sqlite)?;
    // Only well-formed hashes name files (a damaged row must not name a path).
    Ok(all.into_iter().filter(|h| h.len() == 64 && h.bytes().all(|b| b.is_ascii_hexdigit())).collect())
}

fn read_file(path: &Path) -> Result<PendingFile, StoreError> {
    let io = |source| StoreError::Io { path: path.display().to_string(), source };
    let meta = std::fs::metadata(path).map_err(io)?;
    if !meta.is_file() {
        return Err(io(std::io::Error::new(std::io::ErrorKind::InvalidInput, "not a regular file")));
    }
    if meta.len() > super::MAX_ATTACHMENT_BYTES {
        return Err(io(std::io::Error::new(
            std::io::ErrorKind::FileTooLarge,
            format!("{} bytes; the limit is {} bytes", meta.len(), super::MAX_ATTACHMENT_BYTES),
        )));
    }
    let bytes = std::fs::read(path).map_err(io)?;
    let name =
        path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "attachment".into());
    Ok(PendingFile { sha256: sha256_hex(&bytes), name, bytes })
}

/// Writes a blob under its hash: to a temporary name first, then renamed, so a
/// crash never leaves a half-written file under a valid hash.
/// In an encrypted store the file holds the sealed bytes, named by a keyed hash.
pub(super) fn write_blob(dir: &Path, keys: Option<&StoreKeys>, f: &PendingFile) -> Result<(), StoreError> {
    let path = blob_path(dir, keys, &f.sha256);
    if path.exists() {
        return Ok(());
    }
    let parent = path.parent().expect("blob paths have a parent");
    let io = |source| StoreError::Io { path: parent.display().to_string(), source };
    std::fs::create_dir_all(parent).map_err(io)?;
    let name = path.file_name().expect("blob paths have a name").to_string_lossy().into_owned();
    let tmp = parent.join(format!(".{name}.tmp"));
    let sealed = match keys {
        Some(k) => Some(k.seal(&f.sha256, &f.bytes)?),
        None => None,
    };
    let written = std::fs::write(&tmp, sealed.as_deref().unwrap_or(&f.bytes))
        .and_then(|()| std::fs::File::open(&tmp)?.sync_all())
        .and_then(|()| std::fs::rename(&tmp, &path));
    if let Err(e) = written {
        // A full disk must not leave half a file behind.
        let _ = std::fs::remove_file(&tmp);
        return Err(io(e));
    }
    Ok(())
}

pub(super) fn append_event_tx(
    tx: &Transaction<'_>,
    attachments_dir: Option<&Path>,
    keys: Option<&StoreKeys>,
    request: RequestId,
    new: &NewEvent,
    now: &str,
) -> Result<EventId, StoreError> {
    let current: Option<String> = tx
        .query_row("SELECT status FROM requests WHERE id = ?1", [request.0], |r| r.get(0))
        .optional()
        .map_err(StoreError::from_sqlite)?;
    let current: RequestStatus = match current {
        Some(s) => enum_from_sql("status", &s).map_err(StoreError::from_sqlite)?,
        None => {
            return Err(StoreError::Sqlite(rusqlite::Error::QueryReturnedNoRows));
        }
    };
    // Read every file before writing anything: an unreadable file aborts cleanly.
    let mut files: Vec<PendingFile> = new.files.iter().map(|p| read_file(p)).collect::<Result<_, _>>()?;
    for (name, bytes) in &new.inline {
        if bytes.len() as u64 > super::MAX_ATTACHMENT_BYTES {
            return Err(StoreError::Io {
                path: name.clone(),
                source: std::io::Error::new(
                    std::io::ErrorKind::FileTooLarge,
                    format!("{} bytes; the limit is {} bytes", bytes.len(), super::MAX_ATTACHMENT_BYTES),
                ),
            });
        }
        files.push(PendingFile { name: name.clone(), sha256: sha256_hex(bytes), bytes: bytes.clone() });
    }
    if tx.is_readonly(rusqlite::MAIN_DB).map_err(StoreError::from_sqlite)? {
        // Refused before any attachment file is written: no partial state.
        return Err(StoreError::ReadOnly("the store was opened read-only".into()));
    }
    if !files.is_empty() {
        let dir = attachments_dir.ok_or_else(|| StoreError::Io {
            path: "(in-memory store)".into(),
            source: std::io::Error::new(std::io::ErrorKind::Unsupported, "this store keeps no files"),
        })?;
        // A blob written here but not committed is harmless: it is content-addressed and unreferenced.
        for f in &files {
            write_blob(dir, keys, f)?;
        }
    }
    let reseal = Reseal::before(tx, &[request])?;
    let prev: String = tx
        .query_row(
            "SELECT hash FROM events WHERE request_id = ?1 ORDER BY id DESC LIMIT 1",
            [request.0],
            |r| r.get(0),
        )
        .optional()
        .map_err(StoreError::from_sqlite)?
        .unwrap_or_default();
    let channel = new.channel.as_ref().map(enum_to_sql);
    let occurred = new.occurred_on.to_string();
    let status = status_after(current, new.kind);
    // The request row first: once a `sent` event exists the schema freezes the letter's columns.
    if new.kind == EventKind::Sent {
        let holder: i64 = tx
            .query_row("SELECT holder_id FROM requests WHERE id = ?1", [request.0], |r| r.get(0))
            .map_err(StoreError::from_sqlite)?;
        snapshot_addressee(tx, request, HolderId(holder))?;
        tx.execute(
            "UPDATE requests SET status = ?2, sent_on = ?3, channel = ?4 WHERE id = ?1",
            params![request.0, enum_to_sql(&status), occurred, channel],
        )
    } else {
        tx.execute("UPDATE requests SET status = ?2 WHERE id = ?1", params![request.0, enum_to_sql(&status)])
    }
    .map_err(StoreError::from_sqlite)?;
    let mut event = Event {
        id: EventId(0),
        request_id: request,
        kind: new.kind,
        occurred_on: new.occurred_on,
        recorded_at: now.to_string(),
        text: new.text.clone(),
        tracking: new.tracking.clone(),
        channel: new.channel,
        attachments: files
            .iter()
            .map(|f| Attachment {
                id: AttachmentId(0),
                sha256: f.sha256.clone(),
                original_name: f.name.clone(),
                media_type: media_type_for(&f.name).to_string(),
                size: f.bytes.len() as u64,
            })
            .collect(),
        prev_hash: prev,
        hash: String::new(),
    };
    event.hash = link_hash(&event.prev_hash, &event);
    tx.execute(
        "INSERT INTO events (request_id, kind, occurred_on, recorded_at, text, tracking, channel, prev_hash, hash)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            request.0,
            enum_to_sql(&new.kind),
            occurred,
            now,
            new.text,
            new.tracking,
            channel,
            event.prev_hash,
            event.hash
        ],
    )
    .map_err(StoreError::from_sqlite)?;
    let event_id = tx.last_insert_rowid();
    for (position, a) in event.attachments.iter().enumerate() {
        tx.execute(
            "INSERT INTO attachments (sha256, original_name, media_type, size, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![a.sha256, a.original_name, a.media_type, a.size as i64, now],
        )
        .map_err(StoreError::from_sqlite)?;
        let attachment_id = tx.last_insert_rowid();
        tx.execute(
            "INSERT INTO event_attachments (event_id, attachment_id, position) VALUES (?1, ?2, ?3)",
            params![event_id, attachment_id, position as i64],
        )
        .map_err(StoreError::from_sqlite)?;
    }
    reseal.after(tx, &[], now)?;
    Ok(EventId(event_id))
}
