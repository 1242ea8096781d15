//! Inventory use cases: holders and accounts.

use crate::clock::Now;
use crate::error::{Error, Result};
use crate::holder::{Account, AccountFields, DataCategory, Holder, HolderFields};
use crate::ids::{AccountId, HolderId};
use crate::request::Request;
use crate::store::Store;
use serde::Serialize;

/// A holder as listed in the inventory.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct HolderSummary {
    pub holder: Holder,
    pub accounts: usize,
    /// Data categories held across the user's accounts there.
    pub categories: Vec<DataCategory>,
    /// Holds PIPL Art. 28 sensitive data.
    pub sensitive: bool,
    /// Holds biometric data (face, fingerprint …): shown first.
    pub biometric: bool,
    pub requests: usize,
    /// Requests still waiting for the holder.
    pub open_requests: usize,
    /// Pinyin spellings of its Chinese names and aliases, for the search box ("tb" → 淘宝).
    pub spellings: Vec<String>,
}

/// Everything about one holder.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct HolderDetail {
    pub holder: Holder,
    pub accounts: Vec<Account>,
    pub requests: Vec<Request>,
}

pub fn add_holder(store: &Store, fields: HolderFields, now: &Now) -> Result<Holder> {
    let fields = fields.validated()?;
    Ok(store.insert_holder(&fields, &now.stamp())?)
}

pub fn update_holder(store: &Store, id: HolderId, fields: HolderFields, now: &Now) -> Result<Holder> {
    let fields = fields.validated()?;
    store.update_holder(id, &fields, &now.stamp())?.ok_or(Error::NotFound { what: "holder", id: id.0 })
}

pub fn get_holder(store: &Store, id: HolderId) -> Result<HolderDetail> {
    let holder = store.get_holder(id)?.ok_or(Error::NotFound { what: "holder", id: id.0 })?;
    Ok(HolderDetail {
        holder,
        accounts: store.list_accounts(Some(id))?,
        requests: store.list_requests(Some(id))?,
    })
}

pub fn list_holders(store: &Store) -> Result<Vec<HolderSummary>> {
    let accounts = store.list_accounts(None)?;
    let requests = store.list_requests(None)?;
    let mut out = Vec::new();
    for holder in store.list_holders()? {
        let mine: Vec<&Account> = accounts.iter().filter(|a| a.holder_id == holder.id).collect();
        let mut categories: Vec<DataCategory> =
            mine.iter().flat_map(|a| a.fields.categories.iter().copied()).collect();
        categories.sort();
        categories.dedup();
        let theirs: Vec<&Request> = requests.iter().filter(|r| r.holder_id == holder.id).collect();
        out.push(HolderSummary {
            accounts: mine.len(),
            sensitive: categories.iter().any(|c| c.is_sensitive()),
            biometric: categories.contains(&DataCategory::Biometrics),
            categories,
            requests: theirs.len(),
            open_requests: theirs.iter().filter(|r| r.status.is_waiting()).count(),
            spellings: holder_spellings(&holder),
            holder,
        });
    }
    // Biometric data first: those are the most urgent to act on.
    out.sort_by_key(|s| !s.biometric);
    Ok(out)
}

fn holder_spellings(holder: &Holder) -> Vec<String> {
    let names =
        std::iter::once(&holder.fields.name).chain(&holder.fields.name_zh).chain(&holder.fields.aliases);
    let mut out: Vec<String> = Vec::new();
    for spelling in names.flat_map(|n| crate::spelling::spellings(n)) {
        if !out.contains(&spelling) {
            out.push(spelling);
        }
    }
    out
}

/// Deletes a holder and its accounts; refused while it has requests (they are evidence).
pub fn delete_holder(store: &mut Store, id: HolderId) -> Result<()> {
    if store.get_holder(id)?.is_none() {
        return Err(Error::NotFound { what: "holder", id: id.0 });
    }
    if store.count_requests_of(id)? > 0 {
        return Err(Error::HolderInUse(id.0));
    }
    store.delete_holder(id)?;
    Ok(())
}

pub fn add_account(store: &Store, holder: HolderId, fields: AccountFields, now: &Now) -> Result<Account> {
    if store.get_holder(holder)?.is_none() {
        return Err(Error::NotFound { what: "holder", id: holder.0 });
    }
    let fields = fields.validated()?;
    Ok(store.insert_account(holder, &fields, &now.stamp())?)
}

pub fn update_account(store: &Store, id: AccountId, fields: AccountFields) -> Result<Account> {
    let fields = fields.validated()?;
    store.update_account(id, &fields)?.ok_or(Error::NotFound { what: "account", id: id.0 })
}

pub fn delete_account(store: &Store, id: AccountId) -> Result<()> {
    if store.delete_account(id)? { Ok(()) } else { Err(Error::NotFound { what: "account", id: id.0 }) }
}
