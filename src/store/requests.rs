//! The `requests` table.

use super::chain_heads::{Reseal, in_savepoint};
use super::events::{NewEvent, append_event_tx};
use super::{Store, StoreError, enum_from_sql, enum_to_sql, from_json, to_json};
use crate::i18n::Locale;
use crate::ids::{HolderId, RequestId};
use crate::jurisdiction::Jurisdiction;
use crate::request::{DeliveryChannel, EventKind, Request, RequestKind, RequestStatus};
use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, Row, params};

/// A request about to be created (its letter already drafted).
#[derive(Debug, Clone)]
pub struct NewRequest {
    pub holder_id: HolderId,
    pub kind: RequestKind,
    pub jurisdiction: Jurisdiction,
    pub language: Locale,
    pub reason: Option<String>,
    pub parent_id: Option<RequestId>,
    pub subject: String,
    pub body: String,
    pub citations: Vec<String>,
    pub letter_date: NaiveDate,
    pub rule_id: Option<String>,
}

const COLUMNS: &str = "id, holder_id, kind, jurisdiction, language, reason, parent_id, subject, body, citations, \
                       channel, letter_date, sent_on, rule_id, status, created_at";

fn date_from_sql(col: &str, raw: &str) -> rusqlite::Result<NaiveDate> {
    NaiveDate::parse_from_str(raw, "%Y-%m-%d").map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(
            0,
            rusqlite::types::Type::Text,
            format!("{col}: {e}").into(),
        )
    })
}

fn request_from_row(r: &Row<'_>) -> rusqlite::Result<Request> {
    let channel: Option<String> = r.get(10)?;
    let sent_on: Option<String> = r.get(12)?;
    Ok(Request {
        id: RequestId(r.get(0)?),
        holder_id: HolderId(r.get(1)?),
        kind: enum_from_sql::<RequestKind>("kind", &r.get::<_, String>(2)?)?,
        jurisdiction: enum_from_sql::<Jurisdiction>("jurisdiction", &r.get::<_, String>(3)?)?,
        language: enum_from_sql::<Locale>("language", &r.get::<_, String>(4)?)?,
        reason: r.get(5)?,
        parent_id: r.get::<_, Option<i64>>(6)?.map(RequestId),
        subject: r.get(7)?,
        body: r.get(8)?,
        citations: from_json("citations", &r.get::<_, String>(9)?)?,
        channel: channel.map(|c| enum_from_sql::<DeliveryChannel>("channel", &c)).transpose()?,
        letter_date: date_from_sql("letter_date", &r.get::<_, String>(11)?)?,
        sent_on: sent_on.map(|s| date_from_sql("sent_on", &s)).transpose()?,
        rule_id: r.get(13)?,
        status: enum_from_sql::<RequestStatus>("status", &r.get::<_, String>(14)?)?,
        created_at: r.get(15)?,
    })
}

impl Store {
    /// Creates a draft request and its `created` event in one transaction.
    pub fn insert_request(&mut self, new: &NewRequest, now: &str) -> Result<Request, StoreError> {
        let attachments_dir = self.attachments_dir.clone();
        let keys = self.keys.clone();
        let tx = self.conn.transaction().map_err(StoreError::from_sqlite)?;
        let reseal = Reseal::before(&tx, &[])?;
        tx.execute(
            "INSERT INTO requests (holder_id, kind, jurisdiction, language, reason, parent_id, subject, body,
                 citations, letter_date, rule_id, status, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 'draft', ?12)",
            params![
                new.holder_id.0,
                enum_to_sql(&new.kind),
                enum_to_sql(&new.jurisdiction),
                enum_to_sql(&new.language),
                new.reason,
                new.parent_id.map(|p| p.0),
                new.subject,
                new.body,
                to_json(&new.citations),
                new.letter_date.to_string(),
                new.rule_id,
                now
            ],
        )
        .map_err(StoreError::from_sqlite)?;
        let id = RequestId(tx.last_insert_rowid());
        let created = NewEvent {
            kind: EventKind::Created,
            occurred_on: new.letter_date,
            text: new.subject.clone(),
            tracking: None,
            channel: None,
            files: Vec::new(),
            inline: Vec::new(),
        };
        append_event_tx(&tx, attachments_dir.as_deref(), keys.as_deref(), id, &created, now)?;
        reseal.after(&tx, &[id], now)?;
        tx.commit().map_err(StoreError::from_sqlite)?;
        Ok(self.get_request(id)?.expect("the row was just inserted"))
    }

    pub fn get_request(&self, id: RequestId) -> Result<Option<Request>, StoreError> {
        request_row(&self.conn, id)
    }

    /// Requests, newest first; only one holder's when `holder` is given.
    pub fn list_requests(&self, holder: Option<HolderId>) -> Result<Vec<Request>, StoreError> {
        let mut stmt = self
            .conn
            .prepare(&format!(
                "SELECT {COLUMNS} FROM requests WHERE ?1 IS NULL OR holder_id = ?1 ORDER BY id DESC"
            ))
            .map_err(StoreError::from_sqlite)?;
        let rows =
            stmt.query_map([holder.map(|h| h.0)], request_from_row).map_err(StoreError::from_sqlite)?;
        rows.collect::<Result<_, _>>().map_err(StoreError::from_sqlite)
    }

    /// Replaces the letter of a draft. The schema refuses this once the request was sent.
    pub fn update_letter(
        &self,
        id: RequestId,
        subject: &str,
        body: &str,
        now: &str,
    ) -> Result<bool, StoreError> {
        in_savepoint(&self.conn, |tx| {
            let reseal = Reseal::before(tx, &[id])?;
            let n = tx
                .execute(
                    "UPDATE requests SET subject = ?2, body = ?3 WHERE id = ?1",
                    params![id.0, subject, body],
                )
                .map_err(StoreError::from_sqlite)?;
            reseal.after(tx, &[], now)?;
            Ok(n > 0)
        })
    }
}

pub(super) fn request_row(conn: &Connection, id: RequestId) -> Result<Option<Request>, StoreError> {
    conn.query_row(&format!("SELECT {COLUMNS} FROM requests WHERE id = ?1"), [id.0], request_from_row)
        .optional()
        .map_err(StoreError::from_sqlite)
}
