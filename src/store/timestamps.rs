//! The append-only `timestamps` table: RFC 3161 replies over a request's record
//! head, and their offline check against the part of the record they stamped.

use super::chain_heads::read_parts;
use super::{Store, StoreError, VerifyProblem};
use crate::ids::RequestId;
use crate::timestamp::{self, TokenFacts};
use rusqlite::{Connection, Row, params};
use serde::Serialize;

/// A kept timestamp.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredTimestamp {
    pub id: i64,
    pub request_id: RequestId,
    pub tsa_url: String,
    /// The TSA's reply (DER `TimeStampResp`, the `.tsr` file).
    pub reply: Vec<u8>,
    /// The stamped record head (hex).
    pub digest: String,
    /// How many events and kept pages the stamped head covers.
    pub events: usize,
    pub pages: usize,
    pub nonce: String,
    pub gen_time: String,
    pub recorded_at: String,
}

/// A timestamp about to be kept.
#[derive(Debug, Clone)]
pub struct NewTimestamp<'a> {
    pub request_id: RequestId,
    pub tsa_url: &'a str,
    pub reply: &'a [u8],
    pub digest: &'a str,
    pub events: usize,
    pub pages: usize,
    pub nonce: &'a str,
    pub gen_time: &'a str,
}

/// What checking a kept timestamp found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct TimestampCheck {
    pub id: i64,
    pub tsa_url: String,
    /// The TSA's time, as stored (RFC 3339).
    pub gen_time: String,
    /// The stamped record head (hex).
    pub digest: String,
    /// How many of the request's events the stamped head covers.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub events: usize,
    /// What the token says, when its signature holds.
    pub facts: Option<TokenFacts>,
    /// Why it does not hold (English, short), or `None` when it does.
    pub problem: Option<String>,
}

impl TimestampCheck {
    pub fn holds(&self) -> bool {
        self.problem.is_none()
    }
}

const COLUMNS: &str = "id, request_id, tsa_url, reply, digest, events, pages, nonce, gen_time, recorded_at";

fn from_row(r: &Row<'_>) -> rusqlite::Result<StoredTimestamp> {
    Ok(StoredTimestamp {
        id: r.get(0)?,
        request_id: RequestId(r.get(1)?),
        tsa_url: r.get(2)?,
        reply: r.get(3)?,
        digest: r.get(4)?,
        events: r.get::<_, i64>(5)? as usize,
        pages: r.get::<_, i64>(6)? as usize,
        nonce: r.get(7)?,
        gen_time: r.get(8)?,
        recorded_at: r.get(9)?,
    })
}

pub(super) fn timestamps_of(
    conn: &Connection,
    request: RequestId,
) -> Result<Vec<StoredTimestamp>, StoreError> {
    let mut stmt = conn
        .prepare(&format!("SELECT {COLUMNS} FROM timestamps WHERE request_id = ?1 ORDER BY id"))
        .map_err(StoreError::from_sqlite)?;
    let rows = stmt.query_map([request.0], from_row).map_err(StoreError::from_sqlite)?;
    rows.collect::<Result<_, _>>().map_err(StoreError::from_sqlite)
}

/// Checks each kept timestamp of a request: the token's signature and nonce
/// offline, and that the digest it stamped is the head of the record as it
/// stood then (the first `events` events and `pages` kept pages), recomputed now.
pub(super) fn check_timestamps(
    conn: &Connection,
    request: RequestId,
) -> Result<Vec<TimestampCheck>, StoreError> {
    let stamps = timestamps_of(conn, request)?;
    if stamps.is_empty() {
        return Ok(Vec::new());
    }
    let parts = read_parts(conn, request)?;
    Ok(stamps
        .into_iter()
        .map(|t| {
            let recomputed = parts.as_ref().and_then(|p| p.head_covering(t.events, t.pages));
            let digest = hex::decode(&t.digest).unwrap_or_default();
            let nonce = hex::decode(&t.nonce).ok();
            let token = timestamp::check_reply(&t.reply, &digest, nonce.as_deref());
            let problem = match (&token, recomputed) {
                (Err(e), _) => Some(e.to_string()),
                (Ok(_), None) => Some("the events or pages it stamped are gone".to_string()),
                (Ok(_), Some(head)) if head != t.digest => {
                    Some("the record it stamped has changed since".to_string())
                }
                (Ok(f), Some(_)) if f.gen_time != t.gen_time => {
                    Some("the time kept with it is not the token's".to_string())
                }
                (Ok(_), Some(_)) => None,
            };
            TimestampCheck {
                id: t.id,
                tsa_url: t.tsa_url,
                gen_time: t.gen_time,
                digest: t.digest,
                events: t.events,
                facts: token.ok(),
                problem,
            }
        })
        .collect())
}

/// The problems `verify` reports for a request's timestamps.
pub(super) fn timestamp_problems(checks: &[TimestampCheck], request: RequestId) -> Vec<VerifyProblem> {
    checks
        .iter()
        .filter_map(|c| {
            c.problem.as_ref().map(|reason| VerifyProblem::TimestampInvalid {
                request,
                timestamp: c.id,
                reason: reason.clone(),
            })
        })
        .collect()
}

impl Store {
    /// Keeps a timestamp (its reply byte for byte).
    pub fn add_timestamp(&self, new: &NewTimestamp<'_>, now: &str) -> Result<StoredTimestamp, StoreError> {
        self.conn
            .execute(
                "INSERT INTO timestamps (request_id, tsa_url, reply, digest, events, pages, nonce, gen_time, recorded_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                params![
                    new.request_id.0,
                    new.tsa_url,
                    new.reply,
                    new.digest,
                    new.events as i64,
                    new.pages as i64,
                    new.nonce,
                    new.gen_time,
                    now
                ],
            )
            .map_err(StoreError::from_sqlite)?;
        let id = self.conn.last_insert_rowid();
        Ok(StoredTimestamp {
            id,
            request_id: new.request_id,
            tsa_url: new.tsa_url.to_string(),
            reply: new.reply.to_vec(),
            digest: new.digest.to_string(),
            events: new.events,
            pages: new.pages,
            nonce: new.nonce.to_string(),
            gen_time: new.gen_time.to_string(),
            recorded_at: now.to_string(),
        })
    }

    /// A request's kept timestamps, oldest first.
    pub fn list_timestamps(&self, request: RequestId) -> Result<Vec<StoredTimestamp>, StoreError> {
        timestamps_of(&self.conn, request)
    }

    /// Checks a request's kept timestamps offline (see [`check_timestamps`]).
    pub fn check_timestamps(&self, request: RequestId) -> Result<Vec<TimestampCheck>, StoreError> {
        check_timestamps(&self.conn, request)
    }
}
