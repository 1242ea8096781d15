//! The stored heads of the record chain (version 2): one per request and one
//! over the whole store. Every write that changes what a request's evidence
//! shows goes through [`Reseal`], which rewrites a head only if the record still
//! matched it before the write, so a change made outside RightsDesk is never
//! sealed over by a later legitimate write.

use super::events::events_of;
use super::holder_attachments::pages_of;
use super::requests::request_row;
use super::{Store, StoreError, from_json, to_json};
use crate::holder::HolderFields;
use crate::ids::{HolderId, RequestId};
use crate::request::chain::{
    RECORD_CHAIN_VERSION, RecordContent, derived_fields_match, links_intact, record_head, store_head,
};
use crate::request::{Event, Request};
use crate::store::{HolderAttachment, VerifyProblem};
use rusqlite::{Connection, OptionalExtension, params};

/// A request's stored head.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredHead {
    pub version: i64,
    pub head: String,
    /// How many events and kept pages it covers.
    pub events: usize,
    pub pages: usize,
    /// When the request was first sealed by the version-2 chain (RFC 3339).
    pub strong_since: String,
    pub sealed_at: String,
}

/// A request's record as the head covers it, read in one go.
pub struct RecordParts {
    pub request: Request,
    pub addressed: HolderFields,
    pub events: Vec<Event>,
    pub pages: Vec<HolderAttachment>,
}

impl RecordParts {
    fn head_over(&self, events: usize, pages: usize) -> Option<String> {
        let (events, pages) = (self.events.get(..events)?, self.pages.get(..pages)?);
        Some(record_head(&RecordContent {
            request: &self.request,
            addressed: &self.addressed,
            events,
            pages,
        }))
    }

    /// The head over the record as it stood with its first `events` events and
    /// `pages` kept pages (what a timestamp taken then stamped); `None` if they are not all there.
    pub fn head_covering(&self, events: usize, pages: usize) -> Option<String> {
        self.head_over(events, pages)
    }

    /// The head over the record as it stands now.
    pub fn head(&self) -> String {
        self.head_over(self.events.len(), self.pages.len()).expect("the whole record is its own prefix")
    }
}

/// What checking one request's record found: the one check behind `verify`,
/// the evidence PDF and the request page.
#[derive(Debug, Clone)]
pub struct RecordCheck {
    /// The head recomputed over the record as it stands.
    pub head: String,
    /// Whether each event still matches its link.
    pub links: Vec<bool>,
    /// What no longer matches (event links, the sealed head, the store head; not file bytes).
    pub problems: Vec<VerifyProblem>,
    pub stored: Option<StoredHead>,
    /// The check of each kept trusted timestamp, oldest first.
    pub timestamps: Vec<super::timestamps::TimestampCheck>,
}

impl RecordCheck {
    pub fn is_intact(&self) -> bool {
        self.problems.is_empty()
    }
}

pub(super) fn read_parts(conn: &Connection, id: RequestId) -> Result<Option<RecordParts>, StoreError> {
    let Some(request) = request_row(conn, id)? else { return Ok(None) };
    let addressed: Option<String> = conn
        .query_row("SELECT addressed_to FROM requests WHERE id = ?1", [id.0], |r| r.get(0))
        .map_err(StoreError::from_sqlite)?;
    let addressed = match addressed {
        Some(json) => from_json("addressed_to", &json).map_err(StoreError::from_sqlite)?,
        None => holder_fields(conn, request.holder_id)?,
    };
    let events = events_of(conn, id)?;
    let pages = pages_of(conn, request.holder_id)?;
    Ok(Some(RecordParts { request, addressed, events, pages }))
}

fn holder_fields(conn: &Connection, id: HolderId) -> Result<HolderFields, StoreError> {
    super::holders::holder_row(conn, id)?
        .map(|h| h.fields)
        .ok_or(StoreError::Sqlite(rusqlite::Error::QueryReturnedNoRows))
}

fn stored_head(conn: &Connection, id: RequestId) -> Result<Option<StoredHead>, StoreError> {
    conn.query_row(
        "SELECT version, head, events, pages, strong_since, sealed_at FROM chain_heads WHERE request_id = ?1",
        [id.0],
        |r| {
            Ok(StoredHead {
                version: r.get(0)?,
                head: r.get(1)?,
                events: r.get::<_, i64>(2)? as usize,
                pages: r.get::<_, i64>(3)? as usize,
                strong_since: r.get(4)?,
                sealed_at: r.get(5)?,
            })
        },
    )
    .optional()
    .map_err(StoreError::from_sqlite)
}

/// Checks a record against its links and its stored head.
fn check_parts(parts: &RecordParts, stored: Option<&StoredHead>) -> (Vec<bool>, Vec<VerifyProblem>) {
    let request = parts.request.id;
    let links = links_intact(&parts.events);
    let mut problems: Vec<VerifyProblem> = parts
        .events
        .iter()
        .zip(&links)
        .filter(|(_, ok)| !**ok)
        .map(|(e, _)| VerifyProblem::EventAltered { request, event: e.id })
        .collect();
    match stored {
        None => problems.push(VerifyProblem::RecordUnsealed { request }),
        Some(s) if s.events != parts.events.len() || s.pages != parts.pages.len() => {
            problems.push(VerifyProblem::RecordLengthChanged {
                request,
                sealed_events: s.events,
                found_events: parts.events.len(),
                sealed_pages: s.pages,
                found_pages: parts.pages.len(),
            })
        }
        Some(s) if s.head != parts.head() || !derived_fields_match(&parts.request, &parts.events) => {
            problems.push(VerifyProblem::RecordAltered { request })
        }
        Some(_) => {}
    }
    (links, problems)
}

/// Whether the record, as far as its stored head covers it, still matches that head.
/// Pages and events are append-only, so the covered part is a prefix of what is there now.
fn still_sealed(conn: &Connection, id: RequestId) -> Result<bool, StoreError> {
    let (Some(parts), Some(stored)) = (read_parts(conn, id)?, stored_head(conn, id)?) else {
        return Ok(false);
    };
    let links_ok = links_intact(&parts.events).into_iter().all(|ok| ok);
    let covered = parts.events.get(..stored.events).unwrap_or(&[]);
    Ok(links_ok
        && parts.head_over(stored.events, stored.pages).as_deref() == Some(stored.head.as_str())
        && derived_fields_match(&parts.request, covered))
}

fn store_head_now(conn: &Connection) -> Result<String, StoreError> {
    let mut stmt = conn
        .prepare("SELECT r.id, h.head FROM requests r LEFT JOIN chain_heads h ON h.request_id = r.id ORDER BY r.id")
        .map_err(StoreError::from_sqlite)?;
    let rows = stmt
        .query_map([], |r| Ok((RequestId(r.get(0)?), r.get::<_, Option<String>>(1)?)))
        .map_err(StoreError::from_sqlite)?;
    let heads: Vec<(RequestId, Option<String>)> =
        rows.collect::<Result<_, _>>().map_err(StoreError::from_sqlite)?;
    let pages = super::holder_attachments::all_pages(conn)?;
    Ok(store_head(&heads, &pages))
}

fn store_head_matches(conn: &Connection) -> Result<bool, StoreError> {
    let stored: Option<String> = conn
        .query_row("SELECT head FROM store_head WHERE id = 1", [], |r| r.get(0))
        .optional()
        .map_err(StoreError::from_sqlite)?;
    Ok(stored == Some(store_head_now(conn)?))
}

fn write_head(conn: &Connection, id: RequestId, now: &str) -> Result<(), StoreError> {
    let parts = read_parts(conn, id)?.ok_or(StoreError::Sqlite(rusqlite::Error::QueryReturnedNoRows))?;
    conn.execute(
        "INSERT INTO chain_heads (request_id, version, head, events, pages, strong_since, sealed_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)
         ON CONFLICT(request_id) DO UPDATE SET version = excluded.version, head = excluded.head,
             events = excluded.events, pages = excluded.pages, sealed_at = excluded.sealed_at",
        params![
            id.0,
            RECORD_CHAIN_VERSION,
            parts.head(),
            parts.events.len() as i64,
            parts.pages.len() as i64,
            now
        ],
    )
    .map_err(StoreError::from_sqlite)?;
    Ok(())
}

fn write_store_head(conn: &Connection, now: &str) -> Result<(), StoreError> {
    conn.execute(
        "INSERT INTO store_head (id, version, head, sealed_at) VALUES (1, ?1, ?2, ?3)
         ON CONFLICT(id) DO UPDATE SET version = excluded.version, head = excluded.head,
             sealed_at = excluded.sealed_at",
        params![RECORD_CHAIN_VERSION, store_head_now(conn)?, now],
    )
    .map_err(StoreError::from_sqlite)?;
    Ok(())
}

/// A write that changes sealed records: taken before the write, applied after it.
pub(super) struct Reseal {
    sealed: Vec<(RequestId, bool)>,
    store_sealed: bool,
}

impl Reseal {
    /// Notes which of `requests` (and whether the store as a whole) still match their heads.
    pub(super) fn before(conn: &Connection, requests: &[RequestId]) -> Result<Reseal, StoreError> {
        let sealed = requests
            .iter()
            .map(|&id| Ok((id, still_sealed(conn, id)?)))
            .collect::<Result<_, StoreError>>()?;
        Ok(Reseal { sealed, store_sealed: store_head_matches(conn)? })
    }

    /// [`Reseal::before`] for every request to one holder.
    pub(super) fn before_holder(conn: &Connection, holder: HolderId) -> Result<Reseal, StoreError> {
        let ids = requests_of(conn, holder)?;
        Reseal::before(conn, &ids)
    }

    /// Seals again what matched before, plus `created` (new records); anything
    /// that was already changed outside RightsDesk keeps its old head.
    pub(super) fn after(self, conn: &Connection, created: &[RequestId], now: &str) -> Result<(), StoreError> {
        for (id, sealed) in self.sealed {
            if sealed {
                write_head(conn, id, now)?;
            }
        }
        for &id in created {
            write_head(conn, id, now)?;
        }
        if self.store_sealed {
            write_store_head(conn, now)?;
        }
        Ok(())
    }
}

fn requests_of(conn: &Connection, holder: HolderId) -> Result<Vec<RequestId>, StoreError> {
    let mut stmt = conn
        .prepare("SELECT id FROM requests WHERE holder_id = ?1 ORDER BY id")
        .map_err(StoreError::from_sqlite)?;
    let rows = stmt.query_map([holder.0], |r| Ok(RequestId(r.get(0)?))).map_err(StoreError::from_sqlite)?;
    rows.collect::<Result<_, _>>().map_err(StoreError::from_sqlite)
}

/// The upgrade to version 2: takes the addressee of every sent letter from its
/// holder as it stands, and seals every record and the store as they are now.
/// `now` becomes each request's `strong_since`: from then on the whole record is sealed.
pub(super) fn seal_existing(conn: &Connection, now: &str) -> Result<(), StoreError> {
    let mut stmt = conn
        .prepare("SELECT id, holder_id FROM requests WHERE addressed_to IS NULL AND (sent_on IS NOT NULL OR status <> 'draft')")
        .map_err(StoreError::from_sqlite)?;
    let rows = stmt
        .query_map([], |r| Ok((RequestId(r.get(0)?), HolderId(r.get(1)?))))
        .map_err(StoreError::from_sqlite)?;
    let sent: Vec<(RequestId, HolderId)> = rows.collect::<Result<_, _>>().map_err(StoreError::from_sqlite)?;
    for (id, holder) in sent {
        snapshot_addressee(conn, id, holder)?;
    }
    let mut stmt = conn.prepare("SELECT id FROM requests ORDER BY id").map_err(StoreError::from_sqlite)?;
    let rows = stmt.query_map([], |r| Ok(RequestId(r.get(0)?))).map_err(StoreError::from_sqlite)?;
    let all: Vec<RequestId> = rows.collect::<Result<_, _>>().map_err(StoreError::from_sqlite)?;
    for id in all {
        write_head(conn, id, now)?;
    }
    write_store_head(conn, now)
}

/// Keeps the holder's identity as the letter addressed it (called when it is sent).
pub(super) fn snapshot_addressee(
    conn: &Connection,
    id: RequestId,
    holder: HolderId,
) -> Result<(), StoreError> {
    let fields = holder_fields(conn, holder)?;
    conn.execute(
        "UPDATE requests SET addressed_to = ?2 WHERE id = ?1 AND addressed_to IS NULL",
        params![id.0, to_json(&fields)],
    )
    .map_err(StoreError::from_sqlite)?;
    Ok(())
}

impl Store {
    /// Checks one request's record: its event links, its sealed head and the store's head.
    pub fn check_record(&self, id: RequestId) -> Result<Option<RecordCheck>, StoreError> {
        let Some(parts) = read_parts(&self.conn, id)? else { return Ok(None) };
        let stored = stored_head(&self.conn, id)?;
        let (links, mut problems) = check_parts(&parts, stored.as_ref());
        let timestamps = super::timestamps::check_timestamps(&self.conn, id)?;
        problems.extend(super::timestamps::timestamp_problems(&timestamps, id));
        if !store_head_matches(&self.conn)? {
            problems.push(VerifyProblem::StoreAltered);
        }
        Ok(Some(RecordCheck { head: parts.head(), links, problems, stored, timestamps }))
    }

    /// The holder as a request's letter addressed it (the current holder for a draft).
    pub fn addressed_holder(&self, id: RequestId) -> Result<Option<HolderFields>, StoreError> {
        Ok(read_parts(&self.conn, id)?.map(|p| p.addressed))
    }

    /// Whether the store's own head still covers every request and kept page.
    pub(super) fn store_head_intact(&self) -> Result<bool, StoreError> {
        store_head_matches(&self.conn)
    }

    /// The record of one request as its head covers it.
    pub fn record_parts(&self, id: RequestId) -> Result<Option<RecordParts>, StoreError> {
        read_parts(&self.conn, id)
    }
}

/// The check of one record without the store-wide head (for `verify`, which reports that once).
pub(super) fn check_request(
    conn: &Connection,
    id: RequestId,
) -> Result<Option<(RecordParts, Vec<VerifyProblem>)>, StoreError> {
    let Some(parts) = read_parts(conn, id)? else { return Ok(None) };
    let stored = stored_head(conn, id)?;
    let (_, mut problems) = check_parts(&parts, stored.as_ref());
    let timestamps = super::timestamps::check_timestamps(conn, id)?;
    problems.extend(super::timestamps::timestamp_problems(&timestamps, id));
    Ok(Some((parts, problems)))
}

/// Runs `f` inside a savepoint: all of it is kept or none, whether or not a
/// transaction is already open (the API's `with_transaction` may hold one).
pub(super) fn in_savepoint<T>(
    conn: &Connection,
    f: impl FnOnce(&Connection) -> Result<T, StoreError>,
) -> Result<T, StoreError> {
    conn.execute_batch("SAVEPOINT reseal").map_err(StoreError::from_sqlite)?;
    match f(conn) {
        Ok(v) => {
            conn.execute_batch("RELEASE reseal").map_err(StoreError::from_sqlite)?;
            Ok(v)
        }
        Err(e) => {
            let _ = conn.execute_batch("ROLLBACK TO reseal; RELEASE reseal");
            Err(e)
        }
    }
}

/// When the store's head was last written (kept when a write brings no time of its own).
pub(super) fn store_sealed_at(conn: &Connection) -> Result<String, StoreError> {
    Ok(conn
        .query_row("SELECT sealed_at FROM store_head WHERE id = 1", [], |r| r.get(0))
        .optional()
        .map_err(StoreError::from_sqlite)?
        .unwrap_or_default())
}
