//! Refreshing a holder's contacts from its live privacy policy: fetch the page,
//! keep it as evidence (a holder attachment), show candidate contacts, and
//! write the one the user accepts into the holder.

use crate::clock::Now;
use crate::error::{Error, Result};
use crate::fetch::{self, FetchConfig};
use crate::holder::Holder;
use crate::ids::HolderId;
use crate::policy::{self, ContactCandidate, ContactKind};
use crate::store::{HolderAttachment, NewHolderAttachment, Store};
use serde::Serialize;

/// The `kind` of a holder attachment that is a fetched privacy policy.
pub const POLICY_PAGE_KIND: &str = "privacy-policy";

/// What fetching a holder's policy found.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct PolicyFetch {
    pub holder_id: HolderId,
    /// Best first; nothing is written to the holder until one is accepted.
    pub candidates: Vec<ContactCandidate>,
    /// The stored copy of the page (URL, time, HTTP status, SHA-256).
    pub attachment: HolderAttachment,
    /// The page's `<title>`, if any.
    pub title: Option<String>,
    /// The charset the page was decoded with.
    pub encoding: String,
}

/// Fetches the holder's privacy policy with the standard limits.
pub fn fetch_policy(store: &Store, holder_id: HolderId, now: &Now) -> Result<PolicyFetch> {
    fetch_policy_with(store, holder_id, &FetchConfig::policy_page(), now)
}

/// [`fetch_policy`] with explicit limits (tests use short timeouts and no proxy).
///
/// The network is used before the store is touched; the page is stored only if
/// it was fetched whole with a 2xx status.
pub fn fetch_policy_with(
    store: &Store,
    holder_id: HolderId,
    config: &FetchConfig,
    now: &Now,
) -> Result<PolicyFetch> {
    let url = policy_url(store, holder_id)?;
    let page = fetch::fetch(&url, config)?;
    keep_policy_page(store, holder_id, &page, now)
}

/// The holder's privacy-policy address: the first step of [`fetch_policy`],
/// for a caller that must not hold the store during the download (the app).
pub fn policy_url(store: &Store, holder_id: HolderId) -> Result<String> {
    let holder = store.get_holder(holder_id)?.ok_or(Error::NotFound { what: "holder", id: holder_id.0 })?;
    holder.fields.policy_url.ok_or(Error::NoPolicyUrl(holder_id.0))
}

/// Keeps a downloaded policy page as the holder's attachment and reads the
/// contacts in it: the last step of [`fetch_policy`].
pub fn keep_policy_page(
    store: &Store,
    holder_id: HolderId,
    page: &fetch::FetchedPage,
    now: &Now,
) -> Result<PolicyFetch> {
    let attachment = store.insert_holder_attachment(
        &NewHolderAttachment {
            holder_id,
            kind: POLICY_PAGE_KIND,
            url: &page.requested_url,
            final_url: &page.final_url,
            http_status: page.status,
            content_type: page.content_type.as_deref(),
            body: &page.body,
        },
        &now.stamp(),
    )?;
    let text = policy::page_text(&page.body, page.content_type.as_deref());
    Ok(PolicyFetch {
        holder_id,
        candidates: policy::extract_contacts(&text.text),
        attachment,
        title: text.title,
        encoding: text.encoding,
    })
}

/// The pages fetched for a holder, oldest first.
pub fn list_holder_attachments(store: &Store, holder_id: HolderId) -> Result<Vec<HolderAttachment>> {
    store.get_holder(holder_id)?.ok_or(Error::NotFound { what: "holder", id: holder_id.0 })?;
    Ok(store.list_holder_attachments(holder_id)?)
}

/// The candidates of a page fetched earlier, read again from the stored copy.
pub fn policy_candidates(store: &Store, attachment_id: i64) -> Result<Vec<ContactCandidate>> {
    let a = store
        .get_holder_attachment(attachment_id)?
        .ok_or(Error::NotFound { what: "holder attachment", id: attachment_id })?;
    let body = store.read_holder_attachment(&a)?;
    Ok(policy::extract_contacts(&policy::page_text(&body, a.content_type.as_deref()).text))
}

/// Writes an accepted contact into the holder's e-mail, phone or address field.
pub fn accept_contact(
    store: &Store,
    holder_id: HolderId,
    kind: ContactKind,
    value: &str,
    now: &Now,
) -> Result<Holder> {
    let holder = store.get_holder(holder_id)?.ok_or(Error::NotFound { what: "holder", id: holder_id.0 })?;
    let mut fields = holder.fields;
    let value = Some(value.trim().to_string());
    match kind {
        ContactKind::Email => fields.email = value,
        ContactKind::Phone => fields.phone = value,
        ContactKind::Address => fields.address = value,
    }
    super::update_holder(store, holder_id, fields, now)
}
