//! Directory use cases: search, add an entry to the inventory, refresh holders
//! from a newer directory without losing the user's own edits.

use crate::clock::Now;
use crate::directory::{
    Authority, DataLicence, Directory, DirectoryEntry, DirectoryError, MatchKind, MatchedField,
};
use crate::error::Result;
use crate::holder::{Holder, HolderFields};
use crate::ids::HolderId;
use crate::store::Store;
use serde::Serialize;

/// One search result.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct DirectoryHit {
    pub entry: DirectoryEntry,
    /// Which part of the entry matched.
    pub field: MatchedField,
    /// Exact, prefix or substring.
    pub kind: MatchKind,
    pub score: u32,
}

/// Searches the built-in directory by Chinese or English name, alias, brand or domain.
pub fn search_directory(query: &str, limit: usize) -> Vec<DirectoryHit> {
    search_directory_in(Directory::builtin(), query, limit)
}

pub fn search_directory_in(dir: &Directory, query: &str, limit: usize) -> Vec<DirectoryHit> {
    dir.search(query, limit)
        .into_iter()
        .map(|h| DirectoryHit { entry: h.entry.clone(), field: h.field, kind: h.kind, score: h.score })
        .collect()
}

/// One entry of the built-in directory.
pub fn get_directory_entry(id: &str) -> Result<DirectoryEntry> {
    Ok(Directory::builtin().get(id).cloned().ok_or_else(|| DirectoryError::UnknownEntry(id.to_string()))?)
}

/// The data-protection authorities a GDPR complaint about an entry could go to.
pub fn complaint_authorities(entry_id: &str) -> Result<Vec<Authority>> {
    let dir = Directory::builtin();
    let entry = dir.get(entry_id).ok_or_else(|| DirectoryError::UnknownEntry(entry_id.to_string()))?;
    Ok(dir.authorities_for_entry(entry).into_iter().cloned().collect())
}

/// The licences of the data sets shipped with the app (for About).
pub fn data_licences() -> Vec<DataLicence> {
    crate::directory::DATA_LICENCES.to_vec()
}

/// Adds a built-in directory entry to the inventory and returns the holder; if a
/// holder already links to that entry, returns it unchanged.
pub fn add_from_directory(store: &mut Store, entry_id: &str, now: &Now) -> Result<Holder> {
    add_from_directory_in(store, Directory::builtin(), entry_id, now)
}

/// [`add_from_directory`] with a given directory (a newer data pack, a test directory).
pub fn add_from_directory_in(
    store: &mut Store,
    dir: &Directory,
    entry_id: &str,
    now: &Now,
) -> Result<Holder> {
    let entry = dir.get(entry_id).ok_or_else(|| DirectoryError::UnknownEntry(entry_id.to_string()))?;
    if let Some(h) = store.list_holders()?.into_iter().find(|h| links_to(dir, h, entry)) {
        return Ok(h);
    }
    let fields = entry.holder_fields().validated()?;
    let stamp = now.stamp();
    store.with_transaction(|s| -> Result<Holder> {
        let h = s.insert_holder(&fields, &stamp)?;
        s.set_directory_snapshot(h.id, Some(&fields))?;
        Ok(h)
    })
}

/// Whether a holder was created from this entry (or a record merged into it).
pub(crate) fn links_to(dir: &Directory, h: &Holder, entry: &DirectoryEntry) -> bool {
    match h.fields.directory_ref.as_deref() {
        Some(r) => r == entry.id || dir.get(r).is_some_and(|e| e.id == entry.id),
        None => false,
    }
}

/// What a refresh from the directory did.
#[derive(Debug, Clone, Default, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct RefreshReport {
    /// Holders linked to the directory that were looked at.
    pub checked: usize,
    /// Holders whose fields changed.
    pub updated: Vec<HolderId>,
    /// Fields the user had edited, which were kept although the directory changed them.
    pub kept: Vec<KeptEdits>,
    /// Holders whose directory entry no longer exists (left as they are).
    pub missing: Vec<HolderId>,
}

/// The user's edits of one holder that a refresh kept.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct KeptEdits {
    pub holder_id: HolderId,
    pub fields: Vec<String>,
}

/// Refreshes every holder created from the directory with what `dir` says now.
///
/// A field the user did not change since it last came from the directory is
/// replaced by the directory's new value; a field the user edited is kept. A
/// holder without a stored snapshot (made before snapshots existed) only has
/// its empty fields filled. Runs in one transaction.
pub fn refresh_from_directory(store: &mut Store, dir: &Directory, now: &Now) -> Result<RefreshReport> {
    let stamp = now.stamp();
    store.with_transaction(|s| -> Result<RefreshReport> {
        let mut report = RefreshReport::default();
        for h in s.list_holders()? {
            let Some(r) = h.fields.directory_ref.clone() else { continue };
            report.checked += 1;
            let Some(entry) = dir.get(&r) else {
                report.missing.push(h.id);
                continue;
            };
            let new = entry.holder_fields().validated()?;
            let old = s.get_directory_snapshot(h.id)?;
            let (merged, kept) = merge_fields(&h.fields, old.as_ref(), &new);
            if merged != h.fields {
                s.update_holder(h.id, &merged, &stamp)?;
                report.updated.push(h.id);
            }
            if old.as_ref() != Some(&new) {
                s.set_directory_snapshot(h.id, Some(&new))?;
            }
            if !kept.is_empty() {
                report.kept.push(KeptEdits {
                    holder_id: h.id,
                    fields: kept.into_iter().map(String::from).collect(),
                });
            }
        }
        Ok(report)
    })
}

/// Field by field: the directory's new value where the user left the old one,
/// the user's value where they changed it. Returns the names of kept edits that
/// differ from the new directory value.
pub fn merge_fields(
    current: &HolderFields,
    snapshot: Option<&HolderFields>,
    new: &HolderFields,
) -> (HolderFields, Vec<&'static str>) {
    let mut out = current.clone();
    let mut kept = Vec::new();
    macro_rules! field {
        ($name:ident, $empty:expr) => {{
            let untouched = match snapshot {
                Some(old) => current.$name == old.$name,
                None => $empty(&current.$name),
            };
            if untouched {
                out.$name = new.$name.clone();
            } else if current.$name != new.$name {
                kept.push(stringify!($name));
            }
        }};
    }
    fn none<T>(v: &Option<T>) -> bool {
        v.is_none()
    }
    fn empty<T>(v: &[T]) -> bool {
        v.is_empty()
    }
    field!(name, |n: &String| n.trim().is_empty());
    field!(name_zh, none);
    field!(operator, none);
    field!(aliases, |v: &Vec<String>| empty(v));
    field!(domains, |v: &Vec<String>| empty(v));
    field!(jurisdiction, none);
    field!(kind, none);
    field!(email, none);
    field!(phone, none);
    field!(address, none);
    field!(webform_url, none);
    field!(policy_url, none);
    field!(notes, none);
    out.directory_ref = current.directory_ref.clone();
    (out, kept)
}
