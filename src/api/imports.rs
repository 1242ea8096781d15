//! Import and export use cases: preview an import (nothing written), confirm
//! it (everything written in one transaction), export the inventory and the
//! due dates.

use super::directory::links_to;
use crate::clock::Now;
use crate::deadline::{ClockState, Due};
use crate::directory::{Directory, normalize_name};
use crate::error::{Error, Result};
use crate::holder::{AccountFields, Holder, Identifier};
use crate::ids::HolderId;
use crate::import::{
    Control, ImportError, ImportSource, Parsed, Proposal, Skipped, mbox, passwords, propose, sms,
};
use crate::interchange::ics;
use crate::interchange::inventory::{self, InventoryAccount, InventoryFormat, InventoryHolder};
use crate::store::Store;
use serde::{Deserialize, Serialize};
use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use zeroize::Zeroize;

/// What an import would do, for the user to review. Nothing has been written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ImportPreview {
    pub source: ImportSource,
    /// The layout detected (`Chrome or Edge`, `mbox`, `一证通查 SMS`, `inventory JSON` …).
    pub format: String,
    /// Rows, messages or items read.
    pub records: u64,
    /// One per proposed holder; the user may unselect, or resolve unknown ones by setting `entryId`.
    pub proposals: Vec<Proposal>,
    /// Lines or records passed over, with the reason.
    pub skipped: Vec<Skipped>,
}

/// What confirming an import wrote.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ImportOutcome {
    /// Holders created.
    pub created: Vec<HolderId>,
    /// Existing holders that got new accounts or identifiers.
    pub updated: Vec<HolderId>,
    pub accounts_added: usize,
}

/// Parses `input` and proposes holders, matched against the built-in directory
/// and the inventory. Writes nothing.
pub fn import_preview(
    store: &Store,
    source: ImportSource,
    input: &[u8],
    ctl: &mut Control<'_>,
) -> Result<ImportPreview> {
    import_preview_in(store, Directory::builtin(), source, input, ctl)
}

/// [`import_preview`] against a given directory.
pub fn import_preview_in(
    store: &Store,
    dir: &Directory,
    source: ImportSource,
    input: &[u8],
    ctl: &mut Control<'_>,
) -> Result<ImportPreview> {
    if source == ImportSource::Inventory {
        let holders = parse_inventory(input)?;
        let format = if looks_like_json(input) { "inventory JSON" } else { "inventory CSV" };
        return inventory_preview(store, dir, format, holders);
    }
    let parsed = match source {
        ImportSource::Passwords => passwords::parse(input, ctl)?,
        ImportSource::Mbox => mbox::parse(input, ctl)?,
        ImportSource::Sms => sms::parse(input, ctl)?,
        ImportSource::Inventory => unreachable!("handled above"),
    };
    preview_from(store, dir, source, parsed)
}

/// Reads an import from a file (or, for mail, a folder of .eml and mbox files)
/// and previews it. A password export is wiped from memory after parsing; an
/// mbox is streamed, so its size is not limited by memory.
pub fn import_preview_path(
    store: &Store,
    source: ImportSource,
    path: &Path,
    ctl: &mut Control<'_>,
) -> Result<ImportPreview> {
    let dir = Directory::builtin();
    let unreadable = |e: std::io::Error| ImportError::Unreadable {
        path: path.display().to_string(),
        message: e.to_string(),
    };
    let meta = std::fs::metadata(path).map_err(unreadable)?;
    if source == ImportSource::Mbox {
        let parsed = if meta.is_dir() {
            scan_mail_folder(path, ctl)?
        } else {
            scan_mail_file(path, meta.len(), ctl).map_err(|e| e.in_file(&path.display().to_string()))?
        };
        return preview_from(store, dir, source, parsed);
    }
    let limit = source.limit();
    if meta.len() > limit {
        return Err(ImportError::TooLarge { what: "this import", size: meta.len(), limit }.into());
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    std::fs::File::open(path).and_then(|f| f.take(limit + 1).read_to_end(&mut bytes)).map_err(unreadable)?;
    let result = import_preview_in(store, dir, source, &bytes, ctl);
    // The export held passwords: do not leave them in freed memory.
    bytes.zeroize();
    result
}

fn looks_like_json(input: &[u8]) -> bool {
    let input = input.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(input);
    input.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{')
}

fn parse_inventory(input: &[u8]) -> Result<Vec<InventoryHolder>, ImportError> {
    if looks_like_json(input) { inventory::from_json(input) } else { inventory::from_csv(input) }
}

/// Reads one line of at most `limit` bytes into `buf` (without the newline).
/// Returns `None` at the end, else whether the line was longer than `limit`
/// (the rest of it is consumed without being kept).
fn read_line_bounded(r: &mut impl BufRead, buf: &mut Vec<u8>, limit: usize) -> std::io::Result<Option<bool>> {
    buf.clear();
    let mut truncated = false;
    let mut any = false;
    loop {
        let avail = r.fill_buf()?;
        if avail.is_empty() {
            return Ok(any.then_some(truncated));
        }
        any = true;
        let newline = avail.iter().position(|&b| b == b'\n');
        let chunk = newline.unwrap_or(avail.len());
        let room = limit.saturating_sub(buf.len());
        if !truncated {
            let take = chunk.min(room);
            buf.extend_from_slice(&avail[..take]);
            truncated = chunk > room;
        }
        match newline {
            Some(i) => {
                r.consume(i + 1);
                return Ok(Some(truncated));
            }
            None => {
                let n = avail.len();
                r.consume(n);
            }
        }
    }
}

/// Streams one file into the scanner.
fn stream_mail(
    scanner: &mut mbox::Scanner,
    path: &Path,
    size: u64,
    ctl: &mut Control<'_>,
    report_bytes: bool,
) -> Result<(), ImportError> {
    let unreadable = |e: std::io::Error| ImportError::Unreadable {
        path: path.display().to_string(),
        message: e.to_string(),
    };
    let file = std::fs::File::open(path).map_err(unreadable)?;
    let mut reader = BufReader::with_capacity(256 * 1024, file);
    let mut buf = Vec::new();
    let mut done = 0u64;
    scanner.begin_file();
    while let Some(truncated) =
        read_line_bounded(&mut reader, &mut buf, mbox::MAX_HEADER_LINE).map_err(unreadable)?
    {
        done += buf.len() as u64 + 1;
        if !scanner.line(&buf, truncated)? {
            break;
        }
        if report_bytes {
            ctl.check(done.min(size), Some(size))?;
        }
    }
    scanner.end_file()
}

fn scan_mail_file(path: &Path, size: u64, ctl: &mut Control<'_>) -> Result<Parsed, ImportError> {
    if size > mbox::MAX_STREAM_BYTES {
        return Err(ImportError::TooLarge { what: "a mail archive", size, limit: mbox::MAX_STREAM_BYTES });
    }
    if size == 0 {
        return Err(ImportError::Empty);
    }
    let mut scanner = mbox::Scanner::new();
    stream_mail(&mut scanner, path, size, ctl, true)?;
    ctl.report(size, Some(size))?;
    Ok(scanner.finish())
}

/// Every .eml and mbox file in a folder and its subfolders (up to 8 levels).
fn mail_files(root: &Path) -> Result<Vec<(std::path::PathBuf, u64)>, ImportError> {
    let mut out = Vec::new();
    let mut stack = vec![(root.to_path_buf(), 0usize)];
    while let Some((dir, depth)) = stack.pop() {
        let entries = std::fs::read_dir(&dir).map_err(|e| ImportError::Unreadable {
            path: dir.display().to_string(),
            message: e.to_string(),
        })?;
        let mut list: Vec<_> = entries.filter_map(|e| e.ok()).map(|e| e.path()).collect();
        list.sort();
        for p in list {
            let Ok(meta) = std::fs::symlink_metadata(&p) else { continue };
            if meta.is_dir() && depth < 8 {
                stack.push((p, depth + 1));
            } else if meta.is_file() {
                let ext = p.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
                let is_mail = match ext.as_deref() {
                    Some("eml" | "mbox" | "mbx") => true,
                    // Thunderbird keeps each folder as an mbox file without an extension.
                    None => starts_with_from(&p),
                    _ => false,
                };
                if is_mail {
                    out.push((p, meta.len()));
                }
            }
        }
    }
    out.sort();
    Ok(out)
}

fn starts_with_from(p: &Path) -> bool {
    let mut head = [0u8; 5];
    std::fs::File::open(p).and_then(|mut f| f.read_exact(&mut head)).is_ok() && &head == b"From "
}

fn scan_mail_folder(root: &Path, ctl: &mut Control<'_>) -> Result<Parsed, ImportError> {
    let files = mail_files(root)?;
    if files.is_empty() {
        return Err(ImportError::NotMail { line: 0, reason: "the folder has no .eml or mbox files" });
    }
    let total = files.len() as u64;
    let mut scanner = mbox::Scanner::new();
    for (n, (path, size)) in files.iter().enumerate() {
        let name = path.strip_prefix(root).unwrap_or(path).display().to_string();
        if *size > mbox::MAX_STREAM_BYTES {
            scanner.skip_file(&name, format!("larger than {} bytes", mbox::MAX_STREAM_BYTES));
            continue;
        }
        // One damaged message in a folder of thousands should not stop the rest: it is listed instead.
        match stream_mail(&mut scanner, path, *size, ctl, false) {
            Ok(()) => {}
            Err(ImportError::Cancelled) => return Err(ImportError::Cancelled),
            Err(e) => {
                scanner.abandon_file();
                scanner.skip_file(&name, e.to_string());
            }
        }
        ctl.report(n as u64 + 1, Some(total))?;
    }
    Ok(scanner.finish())
}

fn preview_from(
    store: &Store,
    dir: &Directory,
    source: ImportSource,
    parsed: Parsed,
) -> Result<ImportPreview> {
    let mut proposals = propose(source, &parsed, dir);
    let holders = store.list_holders()?;
    for p in &mut proposals {
        p.existing_holder = find_existing(dir, &holders, p);
    }
    Ok(ImportPreview {
        source,
        format: parsed.format,
        records: parsed.records,
        proposals,
        skipped: parsed.skipped,
    })
}

fn inventory_preview(
    store: &Store,
    dir: &Directory,
    format: &str,
    holders_in: Vec<InventoryHolder>,
) -> Result<ImportPreview> {
    let holders = store.list_holders()?;
    let mut proposals = Vec::new();
    for (i, h) in holders_in.into_iter().enumerate() {
        let record = i as u64 + 1;
        let fields =
            h.fields.validated().map_err(|e| ImportError::BadRecord { record, message: e.to_string() })?;
        let mut accounts = Vec::new();
        for a in h.accounts {
            accounts.push(
                a.into_fields()
                    .validated()
                    .map_err(|e| ImportError::BadRecord { record, message: e.to_string() })?,
            );
        }
        let entry_id = fields.directory_ref.as_deref().and_then(|r| dir.get(r)).map(|e| e.id.clone());
        let mut p = Proposal {
            key: format!("record:{record}"),
            label: fields.name_zh.clone().unwrap_or_else(|| fields.name.clone()),
            domains: fields.domains.clone(),
            hosts: Vec::new(),
            count: accounts.len() as u64,
            first_seen: None,
            last_seen: None,
            entry_id,
            alternatives: Vec::new(),
            unconfirmed_contacts: Vec::new(),
            holder: fields,
            accounts,
            existing_holder: None,
            unresolved: false,
            selected: true,
        };
        p.existing_holder = find_existing(dir, &holders, &p);
        proposals.push(p);
    }
    Ok(ImportPreview {
        source: ImportSource::Inventory,
        format: format.to_string(),
        records: proposals.len() as u64,
        proposals,
        skipped: Vec::new(),
    })
}

/// The holder in the inventory a proposal is about, if any: the one linked to
/// the same directory entry, else one with the same domain or name (unless it
/// is linked to a different entry: two companies can share a domain).
fn find_existing(dir: &Directory, holders: &[Holder], p: &Proposal) -> Option<HolderId> {
    let entry = p.entry_id.as_deref().and_then(|id| dir.get(id));
    if let Some(e) = entry
        && let Some(h) = holders.iter().find(|h| links_to(dir, h, e))
    {
        return Some(h.id);
    }
    let compatible = |h: &&Holder| match (&h.fields.directory_ref, entry) {
        (Some(_), Some(e)) => links_to(dir, h, e),
        _ => true,
    };
    let domains: Vec<&String> = p.domains.iter().chain(&p.hosts).chain(&p.holder.domains).collect();
    if let Some(h) =
        holders.iter().filter(compatible).find(|h| h.fields.domains.iter().any(|d| domains.contains(&d)))
    {
        return Some(h.id);
    }
    let mut names: Vec<String> = vec![normalize_name(&p.label), normalize_name(&p.holder.name)];
    names.extend(p.holder.name_zh.as_deref().map(normalize_name));
    if let Some(e) = entry {
        names.extend(e.name_zh.as_deref().map(normalize_name));
        names.extend(e.name_en.as_deref().map(normalize_name));
    }
    names.retain(|n| !n.is_empty());
    holders
        .iter()
        .filter(compatible)
        .find(|h| {
            let f = &h.fields;
            std::iter::once(&f.name)
                .chain(f.name_zh.iter())
                .chain(f.aliases.iter())
                .any(|n| names.contains(&normalize_name(n)))
        })
        .map(|h| h.id)
}

/// Writes the selected proposals of a preview in one transaction: new holders
/// (linked to their directory entry, with a snapshot for later refreshes) and
/// accounts; for holders already in the inventory only identifiers not yet
/// recorded there are added. The preview may have been edited by the user, so
/// everything is validated again; if anything fails, nothing is written.
pub fn import_confirm(store: &mut Store, preview: &ImportPreview, now: &Now) -> Result<ImportOutcome> {
    import_confirm_in(store, Directory::builtin(), preview, now)
}

/// [`import_confirm`] against a given directory.
pub fn import_confirm_in(
    store: &mut Store,
    dir: &Directory,
    preview: &ImportPreview,
    now: &Now,
) -> Result<ImportOutcome> {
    let stamp = now.stamp();
    store.with_transaction(|s| -> Result<ImportOutcome> {
        let mut outcome = ImportOutcome::default();
        let mut holders = s.list_holders()?;
        for (i, p) in preview.proposals.iter().enumerate().filter(|(_, p)| p.selected) {
            let bad = |message: String| Error::from(ImportError::BadRecord { record: i as u64 + 1, message });
            let entry = match p.entry_id.as_deref() {
                Some(id) => Some(dir.get(id).ok_or_else(|| bad(format!("`{id}` is not in the directory")))?),
                None => None,
            };
            let (fields, snapshot) = match entry {
                // Directory data is taken from the directory itself, not from the (editable) preview.
                Some(e) if preview.source != ImportSource::Inventory => {
                    let f = e.holder_fields().validated().map_err(|e| bad(e.to_string()))?;
                    (f.clone(), Some(f))
                }
                Some(e) => (
                    p.holder.clone().validated().map_err(|e| bad(e.to_string()))?,
                    Some(e.holder_fields().validated().map_err(|e| bad(e.to_string()))?),
                ),
                None => (p.holder.clone().validated().map_err(|e| bad(e.to_string()))?, None),
            };
            let mut accounts: Vec<AccountFields> = Vec::new();
            for a in &p.accounts {
                accounts.push(a.clone().validated().map_err(|e| bad(e.to_string()))?);
            }
            let probe = Proposal { holder: fields.clone(), ..p.clone() };
            let existing = find_existing(dir, &holders, &probe);
            match existing {
                Some(id) => {
                    let mut known: Vec<Identifier> =
                        s.list_accounts(Some(id))?.into_iter().flat_map(|a| a.fields.identifiers).collect();
                    let mut added = false;
                    for mut a in accounts {
                        a.identifiers.retain(|x| !known.contains(x));
                        if a.identifiers.is_empty() {
                            continue;
                        }
                        known.extend(a.identifiers.iter().cloned());
                        s.insert_account(id, &a, &stamp)?;
                        outcome.accounts_added += 1;
                        added = true;
                    }
                    if added && !outcome.updated.contains(&id) && !outcome.created.contains(&id) {
                        outcome.updated.push(id);
                    }
                }
                None => {
                    let h = s.insert_holder(&fields, &stamp)?;
                    if let Some(snap) = &snapshot {
                        s.set_directory_snapshot(h.id, Some(snap))?;
                    }
                    for a in accounts {
                        s.insert_account(h.id, &a, &stamp)?;
                        outcome.accounts_added += 1;
                    }
                    outcome.created.push(h.id);
                    holders.push(h);
                }
            }
        }
        Ok(outcome)
    })
}

/// The whole inventory as a CSV or JSON file's text.
pub fn export_inventory(store: &Store, format: InventoryFormat) -> Result<String> {
    let accounts = store.list_accounts(None)?;
    let holders: Vec<InventoryHolder> = store
        .list_holders()?
        .into_iter()
        .map(|h| InventoryHolder {
            accounts: accounts
                .iter()
                .filter(|a| a.holder_id == h.id)
                .map(|a| InventoryAccount::from_fields(&a.fields))
                .collect(),
            fields: h.fields,
        })
        .collect();
    Ok(match format {
        InventoryFormat::Csv => inventory::to_csv(&holders),
        InventoryFormat::Json => inventory::to_json(&holders),
    })
}

/// Every due date of a request still waiting for an answer, as an iCalendar
/// file: an all-day event on the due date with reminders at 09:00 the day
/// before and on the day. Acknowledgement deadlines (CCPA) are events too.
pub fn export_ics(store: &Store, now: &Now) -> Result<String> {
    let mut events = Vec::new();
    for r in super::list_requests(store, now)? {
        let Some(clock) = &r.clock else { continue };
        if matches!(clock.state, ClockState::Stopped { .. } | ClockState::NotSent) {
            continue;
        }
        let who = match &r.holder_name_zh {
            Some(zh) if zh != &r.holder_name => format!("{zh} {}", r.holder_name),
            _ => r.holder_name.clone(),
        };
        let sent = clock.sent_on.map(|d| d.to_string()).unwrap_or_default();
        let due = match clock.due {
            Some(Due::On(date)) => Some((date, String::new(), "")),
            Some(Due::Provisional(p)) => Some((
                p.date,
                format!(
                    " This date is provisional (暂定): the {y} holiday arrangement is not yet published ({y} 年放假安排尚未发布); at the latest {latest} (最晚不超过 {latest}).",
                    y = p.year,
                    latest = p.latest
                ),
                "暂定 provisional · ",
            )),
            _ => None,
        };
        if let Some((date, provisional, tag)) = due {
            let extended = if clock.extended { " (extended)" } else { "" };
            events.push(ics::Event {
                uid: format!("request-{}-due@rightsdesk", r.id),
                date,
                summary: format!("{tag}答复期限 Reply due: {who} · {} #{}", r.kind.code(), r.id),
                description: format!(
                    "Request #{id} ({kind}) to {who}, sent {sent}, under rule {rule}: the answer is due by the end of {date}{extended}.{provisional}\n\
                     如到期未获答复，可发送催告或投诉。If there is no answer by then, send a reminder or complain.",
                    id = r.id,
                    kind = r.kind.code(),
                    rule = clock.rule_id,
                ),
                alarms: vec![
                    ics::Alarm {
                        trigger: "-PT15H".into(),
                        description: format!("Tomorrow: answer due from {who} (request #{})", r.id),
                    },
                    ics::Alarm {
                        trigger: "PT9H".into(),
                        description: format!("Today: answer due from {who} (request #{})", r.id),
                    },
                ],
            });
        }
        if let Some(Due::On(date)) = clock.acknowledge_by {
            events.push(ics::Event {
                uid: format!("request-{}-acknowledge@rightsdesk", r.id),
                date,
                summary: format!("确认收悉期限 Acknowledgement due: {who} #{}", r.id),
                description: format!("{who} must confirm receipt of request #{} by the end of {date}.", r.id),
                alarms: vec![ics::Alarm {
                    trigger: "PT9H".into(),
                    description: format!("Today: acknowledgement due from {who} (request #{})", r.id),
                }],
            });
        }
    }
    events.sort_by(|a, b| a.date.cmp(&b.date).then(a.uid.cmp(&b.uid)));
    Ok(ics::calendar("RightsDesk", &events, now.instant))
}
