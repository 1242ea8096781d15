//! `rightsdesk directory …`: search the built-in directory, add an entry to the inventory.

use clap::Subcommand;
use rightsdesk::api;
use rightsdesk::clock::Now;
use rightsdesk::directory::{Directory, DirectoryEntry, Sourced};
use rightsdesk::store::Store;

#[derive(Subcommand)]
pub enum DirectoryCmd {
    /// Search by Chinese or English name, alias, brand or domain.
    Search {
        query: String,
        /// Most results to show.
        #[arg(long, default_value_t = 20)]
        limit: usize,
        #[arg(long)]
        json: bool,
    },
    /// Show one entry with every contact and where it comes from.
    Show {
        entry_id: String,
        #[arg(long)]
        json: bool,
    },
    /// Add an entry to your inventory; prints the holder id.
    Add { entry_id: String },
    /// The data sets in the directory and their licences.
    Licences,
}

/// Runs the subcommands that need no database; `None` for the others.
pub fn run_without_store(cmd: &DirectoryCmd) -> Option<Result<(), String>> {
    match cmd {
        DirectoryCmd::Search { query, limit, json } => {
            let hits = api::search_directory(query, *limit);
            if *json {
                outln!("{}", serde_json::to_string_pretty(&hits).expect("DTOs serialise"));
            } else if hits.is_empty() {
                outln!("no entry matches `{query}`");
            } else {
                for h in &hits {
                    let e = &h.entry;
                    outln!(
                        "{}\t{}\t{}\t{}\t{}",
                        e.id,
                        e.name_zh.as_deref().unwrap_or(""),
                        e.name_en.as_deref().unwrap_or(""),
                        e.jurisdiction.value.code(),
                        e.domains.first().map(String::as_str).unwrap_or("")
                    );
                }
            }
            Some(Ok(()))
        }
        DirectoryCmd::Show { entry_id, json } => Some(show(entry_id, *json)),
        DirectoryCmd::Licences => {
            for l in api::data_licences() {
                outln!("== {} ({}; {}) ==\n{}\n", l.data_set, l.files, l.licence, l.text.trim_end());
            }
            Some(Ok(()))
        }
        DirectoryCmd::Add { .. } => None,
    }
}

fn line(label: &str, v: &Option<Sourced<String>>) {
    if let Some(s) = v {
        let p = &s.provenance;
        // Only where a letter goes does "confirm before sending" apply.
        let letter_contact =
            ["e-mail", "phone", "address", "registered address", "web form"].contains(&label);
        let warn = if letter_contact && s.needs_confirmation() {
            "  [not confirmed: confirm before sending]"
        } else {
            ""
        };
        outln!(
            "{label}: {}\n    ({}, {:?}{}{}){warn}",
            s.value,
            p.source.label(),
            p.confidence,
            p.basis.as_deref().map(|b| format!(", {b}")).unwrap_or_default(),
            p.date.as_deref().map(|d| format!(", {d}")).unwrap_or_default(),
        );
    }
}

fn show(id: &str, json: bool) -> Result<(), String> {
    let e: DirectoryEntry = api::get_directory_entry(id).map_err(|e| e.to_string())?;
    if json {
        outln!("{}", serde_json::to_string_pretty(&e).expect("DTOs serialise"));
        return Ok(());
    }
    outln!("{} {} {}", e.id, e.name_zh.as_deref().unwrap_or(""), e.name_en.as_deref().unwrap_or(""));
    outln!(
        "jurisdiction: {} (guessed: {})",
        e.jurisdiction.value.code(),
        e.jurisdiction.provenance.basis.as_deref().unwrap_or("")
    );
    if !e.aliases.is_empty() {
        outln!("aliases: {}", e.aliases.join(", "));
    }
    if !e.domains.is_empty() {
        outln!("domains: {}", e.domains.join(", "));
    }
    line("operator", &e.operator);
    let c = &e.contacts;
    line("e-mail", &c.email);
    line("phone", &c.phone);
    line("address", &c.address);
    line("registered address", &c.registered_address);
    line("web form", &c.webform);
    line("privacy policy", &c.policy_url);
    line("account deletion", &c.deletion_url);
    line("deletion steps", &c.deletion_notes);
    for a in Directory::builtin().authorities_for_entry(&e) {
        outln!("complaints: {} ({})", a.name, a.email.as_deref().or(a.webform.as_deref()).unwrap_or(""));
    }
    Ok(())
}

pub fn run(store: &mut Store, cmd: DirectoryCmd, now: &Now) -> Result<(), String> {
    if let Some(done) = run_without_store(&cmd) {
        return done;
    }
    match cmd {
        DirectoryCmd::Add { entry_id } => {
            let h = api::add_from_directory(store, &entry_id, now).map_err(|e| e.to_string())?;
            outln!("{}", h.id);
            Ok(())
        }
        _ => Ok(()),
    }
}
