//! Trusted timestamps: ask a time-stamping authority (RFC 3161) to sign a
//! request's record head, and keep its reply with the request.

use super::requests::{RequestDetail, get_request};
use crate::clock::Now;
use crate::error::{Error, Result};
use crate::fetch::{self, FetchConfig};
use crate::ids::RequestId;
use crate::store::{NewTimestamp, Store};
use crate::timestamp::{self, TimestampError, TsaChoice};
use crate::validate::Invalid;

/// The settings key of the chosen TSA's address.
pub const TSA_SETTING: &str = "tsa-url";

/// What Settings shows: the public TSAs and the one in use.
#[derive(Debug, Clone, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct TsaSettings {
    pub choices: Vec<TsaChoice>,
    pub current: String,
}

/// The public TSAs and the one in use (nothing is contacted).
pub fn tsa_settings(store: &Store) -> Result<TsaSettings> {
    Ok(TsaSettings { choices: tsa_choices(), current: tsa_in_use(store)? })
}

/// The public TSAs offered in Settings.
pub fn tsa_choices() -> Vec<TsaChoice> {
    timestamp::public_tsas()
}

/// The TSA a timestamp is asked from: the one chosen in Settings, else the first public one.
pub fn tsa_in_use(store: &Store) -> Result<String> {
    Ok(store
        .get_setting(TSA_SETTING)?
        .filter(|u| !u.trim().is_empty())
        .unwrap_or_else(|| timestamp::public_tsas()[0].url.clone()))
}

/// Chooses the TSA (any http or https address: a public one, or the user's own).
pub fn set_tsa(store: &Store, url: &str) -> Result<TsaSettings> {
    let url = url.trim();
    fetch::check_url(url)?;
    store.set_setting(TSA_SETTING, url)?;
    tsa_settings(store)
}

/// Asks the TSA at `tsa_url` (or the one in Settings) to stamp the request's
/// record head as it stands, checks the reply offline (signature, digest,
/// nonce) and keeps it. Only a sent request whose record is intact is stamped:
/// a draft's letter may still change, and an altered record must not be confirmed.
pub fn timestamp_request(
    store: &Store,
    id: RequestId,
    tsa_url: Option<&str>,
    now: &Now,
) -> Result<RequestDetail> {
    let request = store.get_request(id)?.ok_or(Error::NotFound { what: "request", id: id.0 })?;
    if request.sent_on.is_none() {
        return Err(Error::NotSent(id.0));
    }
    let check = store.check_record(id)?.ok_or(Error::NotFound { what: "request", id: id.0 })?;
    if !check.is_intact() {
        return Err(TimestampError::RecordAltered(id.0).into());
    }
    let parts = store.record_parts(id)?.ok_or(Error::NotFound { what: "request", id: id.0 })?;
    let url = match tsa_url {
        Some(u) => u.trim().to_string(),
        None => tsa_in_use(store)?,
    };
    let digest: [u8; 32] = hex::decode(&check.head)
        .ok()
        .and_then(|d| d.try_into().ok())
        .ok_or_else(|| Error::from(Invalid::Other("the record head is not a SHA-256 digest".into())))?;
    let mut random = [0u8; 8];
    getrandom::fill(&mut random).map_err(|e| TimestampError::BadReply(format!("no random nonce: {e}")))?;
    let nonce = timestamp::nonce_from(random);
    let query = timestamp::query(&digest, &nonce)?;
    let reply = fetch::post(&url, timestamp::QUERY_MEDIA_TYPE, &query, &FetchConfig::timestamp())
        .map_err(|e| TimestampError::Unreachable { url: url.clone(), message: e.to_string() })?;
    let facts = timestamp::check_reply(&reply.body, &digest, Some(&nonce))?;
    store.add_timestamp(
        &NewTimestamp {
            request_id: id,
            tsa_url: &url,
            reply: &reply.body,
            digest: &check.head,
            events: parts.events.len(),
            pages: parts.pages.len(),
            nonce: &hex::encode(nonce),
            gen_time: &facts.gen_time,
        },
        &now.stamp(),
    )?;
    get_request(store, id, now)
}
