//! Unlocking, encryption, backups, restore and archives on the command line.
//!
//! A passphrase never comes from the command line itself (it would be in the
//! shell history and in `ps`): only from a file (`--passphrase-file`) or from
//! the environment (`RIGHTSDESK_PASSPHRASE`).

use clap::{Args, Subcommand};
use rightsdesk::api::{self, KdfParams, Passphrase};
use rightsdesk::clock::Now;
use rightsdesk::store::Store;
use rightsdesk::{Error, ErrorCode};
use std::path::{Path, PathBuf};

const PASSPHRASE_ENV: &str = "RIGHTSDESK_PASSPHRASE";
const NEW_PASSPHRASE_ENV: &str = "RIGHTSDESK_NEW_PASSPHRASE";

/// Where the passphrase of an encrypted store comes from.
#[derive(Args, Clone, Default)]
pub struct UnlockArgs {
    /// File whose first line is the passphrase of an encrypted store
    /// (or set RIGHTSDESK_PASSPHRASE). Never give it on the command line.
    #[arg(long, global = true, value_name = "FILE")]
    passphrase_file: Option<PathBuf>,
}

#[derive(Subcommand)]
pub enum SafetyCmd {
    /// Turn encryption on (the new passphrase from --passphrase-file or RIGHTSDESK_PASSPHRASE).
    Encrypt,
    /// Change the passphrase (the new one from --new-passphrase-file or RIGHTSDESK_NEW_PASSPHRASE).
    Rekey {
        #[arg(long, value_name = "FILE")]
        new_passphrase_file: Option<PathBuf>,
    },
    /// Turn encryption off again (everything is decrypted, backups too).
    Decrypt,
    /// Write a consistent copy of the database to FILE (attachments: use `archive export`).
    Backup {
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// List the automatic backups, newest first.
    Backups {
        #[arg(long)]
        json: bool,
    },
    /// Replace the database by a backup, after checking it; the current one is kept.
    Restore {
        file: PathBuf,
        /// The backup's passphrase, if it differs from the store's.
        #[arg(long, value_name = "FILE")]
        backup_passphrase_file: Option<PathBuf>,
    },
    /// The whole store (database, attachments, key file) as one file.
    #[command(subcommand)]
    Archive(ArchiveCmd),
}

#[derive(Subcommand)]
pub enum ArchiveCmd {
    /// Write everything to one archive file (encrypted if the store is).
    Export {
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Replace the store by an archive's contents, after checking them; the current one is kept.
    Import { file: PathBuf },
}

fn read_passphrase(file: Option<&Path>, env: &str) -> Result<Option<Passphrase>, String> {
    if let Some(f) = file {
        return Passphrase::from_file(f).map(Some).map_err(|e| e.to_string());
    }
    match std::env::var(env) {
        Ok(text) => Passphrase::new(text).map(Some).map_err(|e| format!("{env}: {e}")),
        Err(_) => Ok(None),
    }
}

impl UnlockArgs {
    fn passphrase(&self) -> Result<Option<Passphrase>, String> {
        read_passphrase(self.passphrase_file.as_deref(), PASSPHRASE_ENV)
    }
}

/// An error of a command on an open store, with what the user can do about it.
pub fn describe(e: &Error) -> String {
    let mut msg = e.to_string();
    match e.code() {
        ErrorCode::StoreDiskFull => {
            msg.push_str("\nThe disk is full (or a file-size limit was reached). Nothing was saved; free some space and try again.");
        }
        ErrorCode::StoreReadOnly => {
            msg.push_str("\nThe data folder or file cannot be written. Nothing was saved.")
        }
        _ => {}
    }
    msg
}

/// Says plainly what is wrong with a store that cannot be opened, and which backup to use.
pub fn explain(path: &Path, e: &Error) -> String {
    let mut msg = format!("{}: {}", path.display(), describe(e));
    match e.code() {
        ErrorCode::StoreLocked => {
            msg.push_str(
                "\nGive the passphrase with --passphrase-file FILE or the RIGHTSDESK_PASSPHRASE variable.",
            );
        }
        ErrorCode::StoreCorrupt
        | ErrorCode::StoreNotADatabase
        | ErrorCode::StoreNewerSchema
        | ErrorCode::StoreKeyInfoDamaged => {
            msg.push_str("\nThe file was left exactly as it is: nothing was overwritten or repaired.");
            let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
            match api::latest_backup(dir) {
                Some(b) => msg.push_str(&format!(
                    "\nLatest backup: {}\nTo go back to it: rightsdesk --db {} restore {}",
                    b.display(),
                    path.display(),
                    b.display()
                )),
                None => msg.push_str(&format!("\nNo backup was found in {}.", dir.join("backups").display())),
            }
        }
        _ => {}
    }
    msg
}

/// Opens the store for the other commands: unlocks it, makes the day's backup.
pub fn open(path: &Path, unlock: &UnlockArgs, now: &Now) -> Result<Store, String> {
    let pass = unlock.passphrase()?;
    api::open_store(path, pass.as_ref(), now).map_err(|e| explain(path, &e))
}

fn require(p: Option<Passphrase>, what: &str) -> Result<Passphrase, String> {
    p.ok_or_else(|| {
        format!("{what}: give it with a file or the environment variable (never on the command line)")
    })
}

/// Names the copies a change of encryption could not convert, and what to do with each.
fn report_left(left: &[api::LeftCopy]) {
    for c in left {
        let why = match c.reason {
            api::LeftReason::OtherPassphrase => "it is encrypted under another (older) passphrase",
            api::LeftReason::Unreadable => "it is damaged or not a RightsDesk store",
        };
        let state = if c.plaintext { "NOT ENCRYPTED" } else { "encrypted" };
        outln!("left as it was ({state}; {why}): {}", c.path.display());
    }
    if left.iter().any(|c| c.plaintext) {
        outln!(
            "the copies marked NOT ENCRYPTED can be read by anyone with access to the data folder: \
             delete them if you do not need them, or move them somewhere safe"
        );
    } else if !left.is_empty() {
        outln!(
            "to convert them, restore each with the passphrase it was made under and change the \
             passphrase again; or delete them if you do not need them"
        );
    }
}

pub fn run(cmd: &SafetyCmd, path: &Path, unlock: &UnlockArgs, now: &Now) -> Result<(), String> {
    let explain = |e: Error| explain(path, &e);
    match cmd {
        SafetyCmd::Encrypt => {
            let pass = require(
                unlock.passphrase()?,
                "the new passphrase (--passphrase-file or RIGHTSDESK_PASSPHRASE)",
            )?;
            let r = api::encrypt_store(path, &pass, KdfParams::default()).map_err(explain)?;
            outln!(
                "encrypted: {} rows, {} attachment(s), {} backup(s) re-written encrypted",
                r.rows.values().sum::<i64>(),
                r.attachments,
                r.backups_converted
            );
            report_left(&r.left);
        }
        SafetyCmd::Rekey { new_passphrase_file } => {
            let old = require(
                unlock.passphrase()?,
                "the current passphrase (--passphrase-file or RIGHTSDESK_PASSPHRASE)",
            )?;
            let new = require(
                read_passphrase(new_passphrase_file.as_deref(), NEW_PASSPHRASE_ENV)?,
                "the new passphrase (--new-passphrase-file or RIGHTSDESK_NEW_PASSPHRASE)",
            )?;
            let r = api::change_passphrase(path, &old, &new, KdfParams::default()).map_err(explain)?;
            outln!(
                "passphrase changed: {} attachment(s) and {} backup(s) re-encrypted",
                r.attachments,
                r.backups_converted
            );
            report_left(&r.left);
        }
        SafetyCmd::Decrypt => {
            let pass = require(unlock.passphrase()?, "the passphrase")?;
            api::decrypt_store(path, &pass).map_err(explain)?;
            outln!("encryption turned off");
        }
        SafetyCmd::Backup { out } => {
            let store = open(path, unlock, now)?;
            api::backup_store(&store, out).map_err(explain)?;
            outln!("{}", out.display());
        }
        SafetyCmd::Backups { json } => {
            let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
            let list = api::list_backups(dir).map_err(explain)?;
            if *json {
                crate::print_json(&list);
            } else {
                for b in list {
                    outln!(
                        "{}\t{:?}\t{} bytes\t{}{}",
                        b.path.display(),
                        b.kind,
                        b.size,
                        b.modified.unwrap_or_default(),
                        if b.encrypted { "\tencrypted" } else { "" }
                    );
                }
            }
        }
        SafetyCmd::Restore { file, backup_passphrase_file } => {
            let pass = unlock.passphrase()?;
            let file_pass = match backup_passphrase_file {
                Some(f) => Some(Passphrase::from_file(f).map_err(|e| e.to_string())?),
                None => None,
            };
            let r = api::restore_backup(path, file, pass.as_ref(), file_pass.as_ref(), now)
                .map_err(|e| format!("{e}"))?;
            outln!("restored {} (schema version {})", file.display(), r.restored_version);
            if let Some(p) = r.previous {
                outln!("the replaced database was kept as {}", p.display());
            }
        }
        SafetyCmd::Archive(ArchiveCmd::Export { out }) => {
            let store = open(path, unlock, now)?;
            let s = api::export_archive(&store, out, now).map_err(explain)?;
            outln!(
                "{}: {} attachment(s), {} bytes{}",
                s.path.display(),
                s.attachments,
                s.bytes,
                if s.encrypted { ", encrypted" } else { "" }
            );
        }
        SafetyCmd::Archive(ArchiveCmd::Import { file }) => {
            let pass = unlock.passphrase()?;
            let s = api::import_archive(path, file, pass.as_ref(), now).map_err(|e| format!("{e}"))?;
            outln!("imported {}: {} attachment(s)", file.display(), s.attachments);
            if let Some(p) = s.previous {
                outln!("the replaced store was kept as {}", p.display());
            }
        }
    }
    Ok(())
}
