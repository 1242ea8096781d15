//! `rightsdesk import …` and `rightsdesk export …`: discover holders from files
//! the user has, and write the inventory or the due dates to a file.
//!
//! Without `--yes` an import only prints its preview: nothing is written.

use clap::Subcommand;
use rightsdesk::api::{self, ImportPreview};
use rightsdesk::clock::Now;
use rightsdesk::directory::Directory;
use rightsdesk::import::{Control, ImportSource, Progress};
use rightsdesk::interchange::inventory::InventoryFormat;
use rightsdesk::store::Store;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

#[derive(Subcommand)]
pub enum ImportCmd {
    /// A CSV export of Chrome/Edge, Firefox, Safari, Bitwarden, 1Password, KeePassXC or LastPass.
    /// Only sites and usernames are read; passwords are never stored.
    Passwords {
        file: PathBuf,
        /// Add the proposed holders (without it, only the preview is printed).
        #[arg(long)]
        yes: bool,
        /// Print the preview as JSON.
        #[arg(long)]
        json: bool,
    },
    /// An mbox file, an .eml message, or a folder of them: who has been writing to you (headers only).
    Mbox {
        path: PathBuf,
        #[arg(long)]
        yes: bool,
        #[arg(long)]
        json: bool,
    },
    /// A text file with the 一证通查 result SMS.
    Sms {
        file: PathBuf,
        #[arg(long)]
        yes: bool,
        #[arg(long)]
        json: bool,
    },
    /// A RightsDesk inventory file (CSV or JSON, from `export inventory`).
    Inventory {
        file: PathBuf,
        #[arg(long)]
        yes: bool,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand)]
pub enum ExportCmd {
    /// Every due date as an iCalendar file with reminders.
    Ics {
        #[arg(long)]
        out: PathBuf,
    },
    /// The inventory (holders and accounts) as CSV or JSON.
    Inventory {
        #[arg(long, default_value = "json")]
        format: InventoryFormat,
        #[arg(long)]
        out: PathBuf,
    },
}

fn show_progress(p: Progress) {
    if let Some(total) = p.total.filter(|t| *t > 0) {
        eprint!("\rreading… {:>3}%", p.done.saturating_mul(100) / total);
        if p.done >= total {
            eprintln!();
        }
    }
}

fn print_preview(preview: &ImportPreview) {
    outln!("{} — {} record(s) read", preview.format, preview.records);
    let dir = Directory::builtin();
    for p in &preview.proposals {
        let mark = if p.selected { "[x]" } else { "[ ]" };
        let name = match p.entry_id.as_deref().and_then(|id| dir.get(id)) {
            Some(e) => format!("{} ({})", e.display_name(true), e.id),
            None => format!("{} (not in the directory)", p.label),
        };
        let ids: Vec<String> =
            p.accounts.iter().flat_map(|a| a.identifiers.iter().map(|i| i.value.clone())).collect();
        let mut extra = Vec::new();
        if p.count > 1 {
            extra.push(format!("{}×", p.count));
        }
        if let (Some(f), Some(l)) = (p.first_seen, p.last_seen) {
            extra.push(if f == l { f.to_string() } else { format!("{f} – {l}") });
        }
        if !ids.is_empty() {
            extra.push(ids.join(", "));
        }
        if let Some(h) = p.existing_holder {
            extra.push(format!("already in inventory as #{h}"));
        }
        if p.unresolved {
            extra.push("unknown: say who this is, or leave it out".into());
        }
        if !p.unconfirmed_contacts.is_empty() {
            extra.push(format!("confirm before sending: {}", p.unconfirmed_contacts.join(", ")));
        }
        outln!("{mark} {name}  {}", extra.join(" · "));
    }
    for s in &preview.skipped {
        outln!("skipped {}: {}", s.at, s.reason);
    }
}

fn run_import(
    store: &mut Store,
    source: ImportSource,
    path: &Path,
    yes: bool,
    json: bool,
    now: &Now,
) -> Result<(), String> {
    let cancel = AtomicBool::new(false);
    let quiet = |_: Progress| {};
    let progress: &dyn Fn(Progress) =
        if std::io::stderr().is_terminal() && !json { &show_progress } else { &quiet };
    let mut ctl = Control::new(progress, &cancel);
    let preview = api::import_preview_path(store, source, path, &mut ctl).map_err(|e| e.to_string())?;
    if json {
        outln!("{}", serde_json::to_string_pretty(&preview).expect("DTOs serialise"));
    } else {
        print_preview(&preview);
    }
    let selected = preview.proposals.iter().filter(|p| p.selected).count();
    if !yes {
        if !json {
            outln!("Nothing was changed. Run again with --yes to add the {selected} selected item(s).");
        }
        return Ok(());
    }
    let outcome = api::import_confirm(store, &preview, now).map_err(|e| e.to_string())?;
    let msg = format!(
        "added {} holder(s), updated {}, {} account(s)",
        outcome.created.len(),
        outcome.updated.len(),
        outcome.accounts_added
    );
    if json {
        eprintln!("{msg}")
    } else {
        outln!("{msg}")
    }
    Ok(())
}

pub fn run(store: &mut Store, cmd: ImportCmd, now: &Now) -> Result<(), String> {
    match cmd {
        ImportCmd::Passwords { file, yes, json } => {
            run_import(store, ImportSource::Passwords, &file, yes, json, now)
        }
        ImportCmd::Mbox { path, yes, json } => run_import(store, ImportSource::Mbox, &path, yes, json, now),
        ImportCmd::Sms { file, yes, json } => run_import(store, ImportSource::Sms, &file, yes, json, now),
        ImportCmd::Inventory { file, yes, json } => {
            run_import(store, ImportSource::Inventory, &file, yes, json, now)
        }
    }
}

fn write(out: &Path, text: &str) -> Result<(), String> {
    std::fs::write(out, text).map_err(|e| format!("cannot write {}: {e}", out.display()))
}

pub fn export(store: &Store, cmd: ExportCmd, now: &Now) -> Result<(), String> {
    match cmd {
        ExportCmd::Ics { out } => {
            let ics = api::export_ics(store, now).map_err(|e| e.to_string())?;
            let events = ics.matches("BEGIN:VEVENT").count();
            write(&out, &ics)?;
            outln!("wrote {events} due date(s) to {}", out.display());
        }
        ExportCmd::Inventory { format, out } => {
            let text = api::export_inventory(store, format).map_err(|e| e.to_string())?;
            write(&out, &text)?;
            outln!("wrote the inventory to {}", out.display());
        }
    }
    Ok(())
}
