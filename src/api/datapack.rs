//! Installing signed data packs into the data folder, reporting what is
//! installed, and putting the installed data in use at startup.
//!
//! Layout: `<data folder>/packs/<kind>-<version>/pack.json` (the signed pack as
//! received, which is what is re-verified at every start) and `files/` (its
//! contents, for people to read), plus `<data folder>/packs/<kind>.current`
//! naming the version in use. The pointer is replaced atomically and last, so
//! a refused or interrupted install leaves the data in use as it was.
//!
//! Rollback protection (issue #17): the pointer is in the data folder, where
//! anyone who can write the folder could point it back to an older signed
//! pack. So the highest version ever installed is also kept inside the store
//! (`pack_versions`, migration 0006), and a lower one is refused at install
//! ([`install_data_pack_checked`]) and at start-up
//! ([`activate_installed_data_checked`]); older pack folders are removed once
//! a newer one is in place.

use crate::calendar::CnCalendar;
use crate::datapack::{self, BUILTIN_VERSION, DATA_PUBLIC_KEY, PackData, PackError, PackKind, VerifiedPack};
use crate::directory::Directory;
use crate::error::Result;
use crate::fetch::{self, FetchConfig};
use crate::law::Catalogue;
use crate::store::{Store, StoreError};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// The folder under the data folder that holds installed packs.
pub const PACKS_DIR: &str = "packs";
const PACK_FILE: &str = "pack.json";

/// A pack that was installed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct InstalledPack {
    pub kind: PackKind,
    pub version: u64,
    pub created: String,
    pub notes: Option<String>,
    /// The version it replaced.
    pub previous: u64,
    /// Where it was stored.
    pub path: String,
}

/// The data of one kind: what is built in and what is installed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct DataVersion {
    pub kind: PackKind,
    pub builtin: u64,
    /// The installed pack's version, if one is installed and still verifies.
    pub installed: Option<u64>,
    pub created: Option<String>,
    pub notes: Option<String>,
    /// The version used from the next start: the newer of the two.
    pub effective: u64,
    /// Why an installed pack is ignored (damaged, no longer verifies …).
    pub problem: Option<String>,
}

/// What `update_data` did with one pack.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase", tag = "outcome")]
pub enum UpdateOutcome {
    Installed {
        url: String,
        pack: InstalledPack,
    },
    /// The offered pack is not newer than the data in use.
    UpToDate {
        url: String,
        kind: PackKind,
        offered: u64,
        current: u64,
    },
}

/// What happened to one kind at startup.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Activation {
    pub kind: PackKind,
    pub version: u64,
    /// Put in use; `false` with a reason in `problem` otherwise (the built-in data stays).
    pub active: bool,
    pub problem: Option<String>,
}

/// The unsigned index of earlier versions, recognised only to be refused.
#[derive(Debug, Deserialize)]
struct PackIndex {
    #[allow(dead_code)]
    packs: Vec<String>,
}

fn io_error(path: &Path, source: std::io::Error) -> StoreError {
    StoreError::Io { path: path.display().to_string(), source }
}

fn packs_dir(data_dir: &Path) -> PathBuf {
    data_dir.join(PACKS_DIR)
}

fn pointer_path(data_dir: &Path, kind: PackKind) -> PathBuf {
    packs_dir(data_dir).join(format!("{kind}.current"))
}

fn pack_dir(data_dir: &Path, kind: PackKind, version: u64) -> PathBuf {
    packs_dir(data_dir).join(format!("{kind}-{version}"))
}

/// The installed version of a kind according to its pointer (not re-verified).
fn pointer_version(data_dir: &Path, kind: PackKind) -> Option<u64> {
    std::fs::read_to_string(pointer_path(data_dir, kind)).ok()?.trim().parse().ok()
}

/// The version in use for a kind: the installed pack's if newer than the built-in data.
fn current_version(data_dir: &Path, kind: PackKind) -> u64 {
    pointer_version(data_dir, kind).unwrap_or(0).max(BUILTIN_VERSION)
}

/// Reads and verifies the installed pack of a kind, if there is one.
fn read_installed(data_dir: &Path, kind: PackKind, key: &[u8; 32]) -> Option<Result<VerifiedPack, String>> {
    let version = pointer_version(data_dir, kind)?;
    let path = pack_dir(data_dir, kind, version).join(PACK_FILE);
    let result = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display())).and_then(|bytes| {
        let pack = datapack::verify(&bytes, key).map_err(|e| e.to_string())?;
        if pack.kind != kind || pack.version != version {
            return Err(format!(
                "{} holds {} version {}, not {kind} version {version}",
                path.display(),
                pack.kind,
                pack.version
            ));
        }
        Ok(pack)
    });
    Some(result)
}

/// Installs a pack file's bytes, checked against the built-in publisher key.
pub fn install_data_pack(data_dir: &Path, pack: &[u8]) -> Result<InstalledPack> {
    install_data_pack_with_key(data_dir, pack, &DATA_PUBLIC_KEY)
}

/// [`install_data_pack`] with an explicit trusted key (tests use a test key).
///
/// Refused — with the data in use unchanged — when the signature does not
/// verify, the version is not newer, the pack is malformed, or its contents
/// fail validation.
pub fn install_data_pack_with_key(data_dir: &Path, pack: &[u8], key: &[u8; 32]) -> Result<InstalledPack> {
    install_pack(data_dir, pack, key, None, None)
}

/// Installs a pack as the app and the CLI do: refused if it is not newer than
/// the highest version of its kind ever installed with `store` (whatever the
/// data folder's pointer says) or if it expired before `today`; on success the
/// store records the new version.
pub fn install_data_pack_checked(
    store: &Store,
    data_dir: &Path,
    pack: &[u8],
    key: &[u8; 32],
    today: chrono::NaiveDate,
) -> Result<InstalledPack> {
    install_pack(data_dir, pack, key, Some(store), Some(today))
}

fn install_pack(
    data_dir: &Path,
    pack: &[u8],
    key: &[u8; 32],
    store: Option<&Store>,
    today: Option<chrono::NaiveDate>,
) -> Result<InstalledPack> {
    let verified = datapack::verify(pack, key)?;
    let floor = match store {
        Some(s) => s.pack_floor(verified.kind.code())?.unwrap_or(0),
        None => 0,
    };
    let previous = current_version(data_dir, verified.kind).max(floor);
    datapack::check_newer(&verified, previous)?;
    if let Some(today) = today {
        datapack::check_not_expired(&verified, today)?;
    }
    datapack::validate(&verified)?;

    let packs = packs_dir(data_dir);
    std::fs::create_dir_all(&packs).map_err(|e| io_error(&packs, e))?;
    let final_dir = pack_dir(data_dir, verified.kind, verified.version);
    let tmp_dir =
        packs.join(format!(".incoming-{}-{}-{}", verified.kind, verified.version, std::process::id()));
    let _ = std::fs::remove_dir_all(&tmp_dir);
    let write = || -> std::result::Result<(), StoreError> {
        let files = tmp_dir.join("files");
        std::fs::create_dir_all(&files).map_err(|e| io_error(&files, e))?;
        write_synced(&tmp_dir.join(PACK_FILE), pack)?;
        for (name, text) in &verified.files {
            // Names were checked by `verify`: plain file names, no folders.
            write_synced(&files.join(name), text.as_bytes())?;
        }
        if final_dir.exists() {
            // Left by an earlier install whose pointer update did not happen; it is not in use.
            std::fs::remove_dir_all(&final_dir).map_err(|e| io_error(&final_dir, e))?;
        }
        std::fs::rename(&tmp_dir, &final_dir).map_err(|e| io_error(&final_dir, e))?;
        let pointer = pointer_path(data_dir, verified.kind);
        let tmp_pointer = packs.join(format!(".{}.current.tmp", verified.kind));
        write_synced(&tmp_pointer, format!("{}\n", verified.version).as_bytes())?;
        std::fs::rename(&tmp_pointer, &pointer).map_err(|e| io_error(&pointer, e))
    };
    if let Err(e) = write() {
        let _ = std::fs::remove_dir_all(&tmp_dir);
        return Err(e.into());
    }
    if let Some(store) = store {
        store.raise_pack_floor(verified.kind.code(), verified.version)?;
    }
    remove_older_packs(data_dir, verified.kind, verified.version);
    Ok(InstalledPack {
        kind: verified.kind,
        version: verified.version,
        created: verified.created,
        notes: verified.notes,
        previous,
        path: final_dir.display().to_string(),
    })
}

/// Removes the folders of older packs of a kind (best effort): an old signed
/// pack left in the folder is what a rollback would point to.
fn remove_older_packs(data_dir: &Path, kind: PackKind, keep: u64) {
    let Ok(entries) = std::fs::read_dir(packs_dir(data_dir)) else { return };
    let prefix = format!("{kind}-");
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        let older = name.strip_prefix(&prefix).and_then(|v| v.parse::<u64>().ok()).is_some_and(|v| v < keep);
        if older && e.file_type().is_ok_and(|t| t.is_dir()) {
            let _ = std::fs::remove_dir_all(e.path());
        }
    }
}

fn write_synced(path: &Path, bytes: &[u8]) -> std::result::Result<(), StoreError> {
    use std::io::Write;
    let mut f = std::fs::File::create(path).map_err(|e| io_error(path, e))?;
    f.write_all(bytes).and_then(|()| f.sync_all()).map_err(|e| io_error(path, e))
}

/// Downloads from `url` and installs: either one pack, or a signed index
/// (see [`datapack`]) whose entries (relative to `url`) are each installed if
/// newer. Checked against the built-in publisher key and the versions `store`
/// has seen; `today` refuses expired packs and indexes.
pub fn update_data(
    store: &Store,
    data_dir: &Path,
    url: &str,
    today: chrono::NaiveDate,
) -> Result<Vec<UpdateOutcome>> {
    update_data_with(Some(store), data_dir, url, &DATA_PUBLIC_KEY, &FetchConfig::data_pack(), today)
}

/// [`update_data`] with an explicit key and limits (tests), and optionally no store.
pub fn update_data_with(
    store: Option<&Store>,
    data_dir: &Path,
    url: &str,
    key: &[u8; 32],
    config: &FetchConfig,
    today: chrono::NaiveDate,
) -> Result<Vec<UpdateOutcome>> {
    let config = FetchConfig { require_text: false, ..config.clone() };
    let page = fetch::fetch(url, &config)?;
    let install = |url: &str, bytes: &[u8]| install_or_up_to_date(store, data_dir, url, bytes, key, today);
    if serde_json::from_slice::<PackIndex>(&page.body).is_ok() {
        return Err(PackError::Malformed(
            "the index of packs is not signed (a newer RightsDesk expects a signed index)".into(),
        )
        .into());
    }
    let index = match datapack::verify_index(&page.body, key, today) {
        Ok(index) => index,
        // Not an index: a pack on its own.
        Err(PackError::Malformed(_)) if !looks_like_index(&page.body) => {
            return Ok(vec![install(&page.final_url, &page.body)?]);
        }
        Err(e) => return Err(e.into()),
    };
    let base = fetch::check_url(&page.final_url)?;
    let mut outcomes = Vec::new();
    for entry in index.packs {
        let target = base.join(&entry).map_err(|e| {
            PackError::Malformed(format!("the index entry `{entry}` is not a valid address: {e}"))
        })?;
        let pack = fetch::fetch(target.as_str(), &config)?;
        outcomes.push(install(&pack.final_url, &pack.body)?);
    }
    Ok(outcomes)
}

/// Whether a body claims to be a signed index (so that its errors are reported as such).
fn looks_like_index(body: &[u8]) -> bool {
    serde_json::from_slice::<serde_json::Value>(body)
        .ok()
        .and_then(|v| v.get("format").and_then(|f| f.as_str()).map(|f| f == datapack::INDEX_FORMAT))
        .unwrap_or(false)
}

fn install_or_up_to_date(
    store: Option<&Store>,
    data_dir: &Path,
    url: &str,
    bytes: &[u8],
    key: &[u8; 32],
    today: chrono::NaiveDate,
) -> Result<UpdateOutcome> {
    match install_pack(data_dir, bytes, key, store, Some(today)) {
        Ok(pack) => Ok(UpdateOutcome::Installed { url: url.to_string(), pack }),
        Err(crate::Error::Pack(PackError::Outdated { kind, version, current })) => {
            Ok(UpdateOutcome::UpToDate { url: url.to_string(), kind, offered: version, current })
        }
        Err(e) => Err(e),
    }
}

/// What is built in and installed, per kind (checked against the built-in key).
pub fn installed_data_versions(data_dir: &Path) -> Vec<DataVersion> {
    installed_data_versions_with_key(data_dir, &DATA_PUBLIC_KEY)
}

/// [`installed_data_versions`] with an explicit trusted key (tests).
pub fn installed_data_versions_with_key(data_dir: &Path, key: &[u8; 32]) -> Vec<DataVersion> {
    PackKind::ALL
        .into_iter()
        .map(|kind| {
            let mut v = DataVersion {
                kind,
                builtin: BUILTIN_VERSION,
                installed: None,
                created: None,
                notes: None,
                effective: BUILTIN_VERSION,
                problem: None,
            };
            match read_installed(data_dir, kind, key) {
                None => {}
                Some(Ok(pack)) => {
                    v.installed = Some(pack.version);
                    v.effective = pack.version.max(BUILTIN_VERSION);
                    v.created = Some(pack.created);
                    v.notes = pack.notes;
                }
                Some(Err(problem)) => v.problem = Some(problem),
            }
            v
        })
        .collect()
}

/// The installed packs, verified and validated, newer than the built-in data.
/// Nothing is put in use: see [`activate_installed_data`].
pub fn load_installed_data(
    data_dir: &Path,
    key: &[u8; 32],
) -> Vec<(PackKind, u64, Result<PackData, String>)> {
    let mut out = Vec::new();
    for kind in PackKind::ALL {
        let Some(read) = read_installed(data_dir, kind, key) else { continue };
        let (version, data) = match read {
            Ok(pack) if pack.version <= BUILTIN_VERSION => {
                (pack.version, Err(format!("version {} is not newer than the built-in data", pack.version)))
            }
            Ok(pack) => (pack.version, datapack::validate(&pack).map_err(|e| e.to_string())),
            Err(problem) => (pointer_version(data_dir, kind).unwrap_or(0), Err(problem)),
        };
        out.push((kind, version, data));
    }
    out
}

/// Puts the installed packs in use for this process. Call once at startup,
/// before any law, calendar or deadline lookup: the data in use never changes
/// under running code, so a later call leaves the built-in data in place and
/// says so. A pack that no longer verifies is skipped (the built-in data stays).
pub fn activate_installed_data(data_dir: &Path) -> Vec<Activation> {
    activate_installed_data_with_key(data_dir, &DATA_PUBLIC_KEY)
}

/// [`activate_installed_data`] with another signing key (tests sign their own packs).
pub fn activate_installed_data_with_key(data_dir: &Path, key: &[u8; 32]) -> Vec<Activation> {
    load_installed_data(data_dir, key)
        .into_iter()
        .map(|(kind, version, data)| {
            let result = data.and_then(put_in_use);
            Activation { kind, version, active: result.is_ok(), problem: result.err() }
        })
        .collect()
}

/// The highest version of each kind ever installed with this store.
pub fn pack_floors(store: &Store) -> Result<std::collections::BTreeMap<PackKind, u64>> {
    let mut out = std::collections::BTreeMap::new();
    for kind in PackKind::ALL {
        if let Some(v) = store.pack_floor(kind.code())? {
            out.insert(kind, v);
        }
    }
    Ok(out)
}

/// [`activate_installed_data`] against the versions the store has seen: an
/// installed pack older than the highest version ever installed (the data
/// folder was rolled back) is not used, and the built-in data stays. Packs
/// that are used raise the store's record, so packs installed before this
/// check existed are protected from then on.
pub fn activate_installed_data_checked(
    store: &Store,
    data_dir: &Path,
    key: &[u8; 32],
) -> Result<Vec<Activation>> {
    let floors = pack_floors(store)?;
    let mut out = Vec::new();
    for (kind, version, data) in load_installed_data(data_dir, key) {
        let floor = floors.get(&kind).copied().unwrap_or(0);
        let data = if version < floor {
            Err(format!(
                "version {version} is older than version {floor}, installed earlier; the data folder \
                 was rolled back, so the built-in data is used (install the current pack again)"
            ))
        } else {
            data
        };
        let ok = data.is_ok();
        let result = data.and_then(put_in_use);
        if ok {
            store.raise_pack_floor(kind.code(), version)?;
        }
        out.push(Activation { kind, version, active: result.is_ok(), problem: result.err() });
    }
    Ok(out)
}

fn put_in_use(data: PackData) -> std::result::Result<(), String> {
    const LATE: &str = "the built-in data was already in use; the pack takes effect at the next start";
    match data {
        PackData::Calendar(calendar) => CnCalendar::install_override(*calendar).map_err(|_| LATE.to_string()),
        PackData::Law { catalogue, rules } => {
            Catalogue::install_override(*catalogue).map_err(|_| LATE.to_string())?;
            match rules {
                Some(rules) => {
                    crate::deadline::install_rule_set_override(*rules).map_err(|_| LATE.to_string())
                }
                None => Ok(()),
            }
        }
        PackData::Directory(directory) => {
            Directory::install_override(*directory).map_err(|_| LATE.to_string())
        }
    }
}

/// Where the app looks for signed data packs, and whether it may look at all.
/// Off by default: nothing is contacted until the user turns it on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct PackLocation {
    pub enabled: bool,
    /// A web address (`https://…`, one pack or an index `{"packs": […]}`) or a folder.
    pub location: Option<String>,
    /// The day of the last check, and what came of it.
    pub last_checked_on: Option<String>,
    pub last_result: Option<String>,
}

/// What the settings screen saves.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct PackLocationInput {
    pub enabled: bool,
    #[serde(default)]
    pub location: Option<String>,
}

fn location_of(stored: crate::store::StoredPackLocation) -> PackLocation {
    PackLocation {
        enabled: stored.enabled,
        location: stored.location,
        last_checked_on: stored.last_checked_on,
        last_result: stored.last_result,
    }
}

fn is_web_address(location: &str) -> bool {
    let lower = location.to_ascii_lowercase();
    lower.starts_with("https://") || lower.starts_with("http://")
}

/// The pack location as stored (off, with none, until the user sets one).
pub fn pack_location(store: &crate::store::Store) -> Result<PackLocation> {
    Ok(location_of(store.pack_location()?))
}

/// Saves whether to look for packs and where. The location is checked for its
/// form only (a web address, or a folder that exists): nothing is contacted.
pub fn set_pack_location(store: &crate::store::Store, input: &PackLocationInput) -> Result<PackLocation> {
    let location = input.location.as_deref().map(str::trim).filter(|l| !l.is_empty());
    let invalid =
        |l: &str, reason: String| crate::Error::PackLocationInvalid { location: l.to_string(), reason };
    match location {
        None if input.enabled => {
            return Err(invalid("", "give a web address or a folder to look in".into()));
        }
        Some(l) if l.chars().count() > 2000 => {
            return Err(invalid(l, "it is longer than 2000 characters".into()));
        }
        Some(l) if is_web_address(l) => {
            fetch::check_url(l).map_err(|e| invalid(l, e.to_string()))?;
        }
        Some(l) => {
            let path = Path::new(l);
            if !path.is_absolute() {
                return Err(invalid(l, "a folder must be given as a full path".into()));
            }
            if !path.is_dir() {
                return Err(invalid(l, "no such folder".into()));
            }
        }
        None => {}
    }
    store.set_pack_location(input.enabled, location)?;
    pack_location(store)
}

/// "Check now": looks at the pack location and installs every newer signed
/// pack found there (a calendar pack with next year's official arrangement
/// replaces a year the user imported, from the next start). Refused when
/// checking is off. The day and outcome are recorded with the location.
pub fn check_data_packs_now(
    store: &crate::store::Store,
    data_dir: &Path,
    now: &crate::clock::Now,
) -> Result<Vec<UpdateOutcome>> {
    check_data_packs_now_with(store, data_dir, now, &DATA_PUBLIC_KEY, &FetchConfig::data_pack())
}

/// [`check_data_packs_now`] with an explicit key and limits (tests).
pub fn check_data_packs_now_with(
    store: &crate::store::Store,
    data_dir: &Path,
    now: &crate::clock::Now,
    key: &[u8; 32],
    config: &FetchConfig,
) -> Result<Vec<UpdateOutcome>> {
    let stored = store.pack_location()?;
    let location = match (stored.enabled, stored.location) {
        (true, Some(l)) => l,
        _ => return Err(crate::Error::PackLocationOff),
    };
    let result = if is_web_address(&location) {
        update_data_with(Some(store), data_dir, &location, key, config, now.today)
    } else {
        install_from_folder(store, data_dir, Path::new(&location), key, now.today)
    };
    let summary = match &result {
        Ok(outcomes) if outcomes.is_empty() => "no data pack found".to_string(),
        Ok(outcomes) => outcomes
            .iter()
            .map(|o| match o {
                UpdateOutcome::Installed { pack, .. } => {
                    format!("{} version {} installed", pack.kind, pack.version)
                }
                UpdateOutcome::UpToDate { kind, current, .. } => format!("{kind} up to date ({current})"),
            })
            .collect::<Vec<_>>()
            .join("; "),
        Err(e) => format!("failed: {e}"),
    };
    store.record_pack_check(&now.today.to_string(), &summary)?;
    result
}

/// The largest file in a pack folder that is read as a pack.
const MAX_PACK_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Installs the packs in a folder: those an `index.json` `{"packs": […]}` lists,
/// or else every `*.pack` file, in name order.
fn install_from_folder(
    store: &crate::store::Store,
    data_dir: &Path,
    folder: &Path,
    key: &[u8; 32],
    today: chrono::NaiveDate,
) -> Result<Vec<UpdateOutcome>> {
    let read_err = |p: &Path, e: std::io::Error| crate::Error::from(io_error(p, e));
    let index_path = folder.join("index.json");
    let names: Vec<PathBuf> = match std::fs::read(&index_path) {
        Ok(bytes) => {
            let index: PackIndex = serde_json::from_slice(&bytes).map_err(|e| {
                PackError::Malformed(format!("{} is not a pack index: {e}", index_path.display()))
            })?;
            index.packs.iter().map(|n| folder.join(n)).collect()
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let mut v: Vec<PathBuf> = std::fs::read_dir(folder)
                .map_err(|e| read_err(folder, e))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "pack"))
                .collect();
            v.sort();
            v
        }
        Err(e) => return Err(read_err(&index_path, e)),
    };
    let mut outcomes = Vec::new();
    for path in names {
        let size = std::fs::metadata(&path).map_err(|e| read_err(&path, e))?.len();
        if size > MAX_PACK_FILE_BYTES {
            return Err(PackError::Malformed(format!(
                "{} is {size} bytes, more than a data pack can be",
                path.display()
            ))
            .into());
        }
        let bytes = std::fs::read(&path).map_err(|e| read_err(&path, e))?;
        outcomes.push(install_or_up_to_date(
            Some(store),
            data_dir,
            &path.display().to_string(),
            &bytes,
            key,
            today,
        )?);
    }
    Ok(outcomes)
}
