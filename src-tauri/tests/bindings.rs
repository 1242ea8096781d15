//! Writes the TypeScript types of everything that crosses the IPC boundary to
//! `ui/src/ipc/gen/` (committed; CI checks the folder is unchanged after `cargo test`).
//!
//! ids and sizes are i64/u64 in Rust but small enough for a JS number, and they
//! travel as plain JSON numbers, so large integers are typed `number`, not `bigint`.

use rightsdesk::ErrorCode;
use rightsdesk::api::{
    BackupInfo, BackupKind, CalendarYear, DayMark, DirectoryHit, DraftInput, EmlInput, EvidenceOptions,
    ExportTarget, HolderDetail, HolderSummary, ImportOutcome, ImportPreview, LetterPreview, LogInput,
    MarkedDay, MovedDeadline, NoticeInput, NoticePreview, PackLocation, PackLocationInput, PolicyFetch,
    RequestDetail, RequestSummary, RestoreReport, RewriteReport, SendInput, TsaSettings, UpdateOutcome,
    YearSource,
};
use rightsdesk::calendar::notice::{NoticeSection, ParsedNotice};
use rightsdesk::calendar::{ProvisionalDate, YearArrangement};
use rightsdesk::clock::Now;
use rightsdesk::deadline::{Clock, ClockState, Due, Rule, Unit};
use rightsdesk::directory::DataLicence;
use rightsdesk::holder::{
    Account, AccountFields, DataCategory, DiscoverySource, Holder, HolderFields, HolderKind, Identifier,
    IdentifierKind,
};
use rightsdesk::i18n::Locale;
use rightsdesk::import::{ImportSource, Progress, Proposal, Skipped};
use rightsdesk::jurisdiction::Jurisdiction;
use rightsdesk::law::{Confidence, LegalStatus};
use rightsdesk::letter::{ChannelOption, CitedArticle, LetterDraft, Sender};
use rightsdesk::policy::{ContactCandidate, ContactKind};
use rightsdesk::request::{
    Attachment, DeliveryChannel, Event, EventKind, Request, RequestKind, RequestStatus,
};
use rightsdesk::store::{HolderAttachment, VerifyProblem, VerifyReport};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use ts_rs::{Config, TS};

fn gen_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/src/ipc/gen")
}

fn export_all_into(dir: &Path) {
    let cfg = Config::new().with_out_dir(dir).with_large_int("number");
    macro_rules! export {
        ($($t:ty),* $(,)?) => {
            $( <$t as TS>::export_all(&cfg).unwrap_or_else(|e| panic!("exporting {}: {e}", stringify!($t))); )*
        };
    }
    export!(
        // Inventory
        HolderSummary,
        HolderDetail,
        Holder,
        HolderFields,
        HolderKind,
        Account,
        AccountFields,
        Identifier,
        IdentifierKind,
        DataCategory,
        DiscoverySource,
        Jurisdiction,
        // Requests
        RequestDetail,
        RequestSummary,
        LetterPreview,
        DraftInput,
        SendInput,
        LogInput,
        EmlInput,
        TsaSettings,
        Request,
        Event,
        Attachment,
        RequestKind,
        RequestStatus,
        EventKind,
        DeliveryChannel,
        LetterDraft,
        CitedArticle,
        ChannelOption,
        Sender,
        // Deadlines and law
        Clock,
        ClockState,
        Due,
        ProvisionalDate,
        CalendarYear,
        YearSource,
        DayMark,
        MarkedDay,
        NoticeInput,
        NoticePreview,
        MovedDeadline,
        ParsedNotice,
        NoticeSection,
        YearArrangement,
        PackLocation,
        PackLocationInput,
        UpdateOutcome,
        Rule,
        Unit,
        LegalStatus,
        Confidence,
        // Evidence
        ExportTarget,
        EvidenceOptions,
        VerifyReport,
        VerifyProblem,
        // Safety
        BackupInfo,
        BackupKind,
        RestoreReport,
        RewriteReport,
        // Discovery
        DirectoryHit,
        DataLicence,
        ImportSource,
        ImportPreview,
        ImportOutcome,
        Proposal,
        Skipped,
        Progress,
        PolicyFetch,
        HolderAttachment,
        ContactCandidate,
        ContactKind,
        // Shared
        Now,
        Locale,
        ErrorCode,
    );
}

fn read_ts_files(dir: &Path) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.ends_with(".ts") {
                out.insert(name, std::fs::read_to_string(entry.path()).expect("readable binding"));
            }
        }
    }
    out
}

#[test]
fn typescript_bindings_in_ui_are_up_to_date() {
    let fresh = tempfile::tempdir().expect("temp dir");
    export_all_into(fresh.path());
    let new = read_ts_files(fresh.path());
    assert!(new.contains_key("HolderSummary.ts"), "ts-rs wrote no HolderSummary.ts: {:?}", new.keys());

    // Rewrite the committed folder so it holds exactly what the core exports now.
    let dir = gen_dir();
    std::fs::create_dir_all(&dir).expect("create ui/src/ipc/gen");
    let old = read_ts_files(&dir);
    for name in old.keys().filter(|n| !new.contains_key(*n)) {
        std::fs::remove_file(dir.join(name)).expect("remove a stale binding");
    }
    for (name, text) in &new {
        if old.get(name) != Some(text) {
            std::fs::write(dir.join(name), text).expect("write a binding");
        }
    }
    let index: String =
        new.keys().map(|n| format!("export type * from \"./{}\";\n", n.trim_end_matches(".ts"))).collect();
    let index = format!("// Generated by src-tauri/tests/bindings.rs — do not edit.\n{index}");
    if std::fs::read_to_string(dir.join("index.ts")).ok().as_deref() != Some(index.as_str()) {
        std::fs::write(dir.join("index.ts"), index).expect("write index.ts");
    }
}
