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
use std::ops::Deref;

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
    fetch_policy_unlocked(|| Ok::<_, Error>(store), holder_id, config, now)
}

/// [`fetch_policy_with`] for a caller whose store is shared (the app's lock):
/// `store` lends it for one short step at a time. It is held to read the
/// address and to keep the page, never during the download or while the page
/// is read for contacts, so other commands go on meanwhile.
pub fn fetch_policy_unlocked<G, E>(
    store: impl Fn() -> std::result::Result<G, E>,
    holder_id: HolderId,
    config: &FetchConfig,
    now: &Now,
) -> std::result::Result<PolicyFetch, E>
where
    G: Deref<Target = Store>,
    E: From<Error>,
{
    let url = policy_url(&*store()?, holder_id)?;
    let page = fetch::fetch(&url, config).map_err(Error::from)?;
    let attachment = keep_policy_page(&*store()?, holder_id, &page, now)?;
    Ok(read_policy_page(attachment, &page))
}

/// The holder's privacy-policy address: the first step of [`fetch_policy`].
pub fn policy_url(store: &Store, holder_id: HolderId) -> Result<String> {
    let holder = store.get_holder(holder_id)?.ok_or(Error::NotFound { what: "holder", id: holder_id.0 })?;
    holder.fields.policy_url.ok_or(Error::NoPolicyUrl(holder_id.0))
}

/// Keeps a downloaded policy page as the holder's attachment: the step of
/// [`fetch_policy`] that needs the store.
pub fn keep_policy_page(
    store: &Store,
    holder_id: HolderId,
    page: &fetch::FetchedPage,
    now: &Now,
) -> Result<HolderAttachment> {
    Ok(store.insert_holder_attachment(
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
    )?)
}

/// Reads the contacts in a kept page: the last step of [`fetch_policy`], with
/// no store (it can take a moment on a large page).
pub fn read_policy_page(attachment: HolderAttachment, page: &fetch::FetchedPage) -> PolicyFetch {
    let text = policy::page_text(&page.body, page.content_type.as_deref());
    PolicyFetch {
        holder_id: attachment.holder_id,
        candidates: policy::extract_contacts(&text.text),
        attachment,
        title: text.title,
        encoding: text.encoding,
    }
}

/// The pages fetched for a holder, oldest first.
pub fn list_holder_attachments(store: &Store, holder_id: HolderId) -> Result<Vec<HolderAttachment>> {
    store.get_holder(holder_id)?.ok_or(Error::NotFound { what: "holder", id: holder_id.0 })?;
    Ok(store.list_holder_attachments(holder_id)?)
}

/// The candidates of a page fetched earlier, read again from the stored copy.
pub fn policy_candidates(store: &Store, attachment_id: i64) -> Result<Vec<ContactCandidate>> {
    policy_candidates_unlocked(|| Ok::<_, Error>(store), attachment_id)
}

/// [`policy_candidates`] for a shared store: it is held only to read the
/// stored page, not while the page is read for contacts.
pub fn policy_candidates_unlocked<G, E>(
    store: impl Fn() -> std::result::Result<G, E>,
    attachment_id: i64,
) -> std::result::Result<Vec<ContactCandidate>, E>
where
    G: Deref<Target = Store>,
    E: From<Error>,
{
    let (body, content_type) = {
        let store = store()?;
        let a = store
            .get_holder_attachment(attachment_id)
            .map_err(Error::from)?
            .ok_or(Error::NotFound { what: "holder attachment", id: attachment_id })?;
        (store.read_holder_attachment(&a).map_err(Error::from)?, a.content_type)
    };
    Ok(policy::extract_contacts(&policy::page_text(&body, content_type.as_deref()).text))
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
