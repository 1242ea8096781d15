//! `rightsdesk data …`: signed updates of the law catalogue, the working-day
//! calendar and the company directory, and putting installed packs in use at
//! startup.

use crate::safety::UnlockArgs;
use clap::Subcommand;
use rightsdesk::api;
use rightsdesk::clock::Now;
use rightsdesk::datapack::{self, PackKind, PackSource};
use std::path::{Path, PathBuf};

/// Where `data update` downloads from when `--url` is not given.
const URL_ENV: &str = "RIGHTSDESK_DATA_URL";

#[derive(Subcommand)]
pub enum DataCmd {
    /// Download and install signed data packs: URL is one pack, or a signed
    /// index of packs (default: $RIGHTSDESK_DATA_URL).
    Update {
        #[arg(long)]
        url: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Install a signed data pack from a file.
    Install { file: PathBuf },
    /// Show the built-in and installed data versions.
    Status {
        #[arg(long)]
        json: bool,
    },
    /// Publisher tool: build and sign a data pack with a private key file (64 hex digits).
    #[command(hide = true)]
    Build {
        #[arg(long, value_parser = parse_kind)]
        kind: PackKind,
        #[arg(long = "pack-version")]
        version: u64,
        /// RFC 3339 time of the pack.
        #[arg(long)]
        created: String,
        #[arg(long)]
        notes: Option<String>,
        #[arg(long)]
        key: PathBuf,
        #[arg(long)]
        out: PathBuf,
        /// The data files, stored under their file names.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
}

fn parse_kind(s: &str) -> Result<PackKind, String> {
    PackKind::parse(s).ok_or_else(|| format!("`{s}` is not a pack kind (law, calendar, directory)"))
}

/// Puts installed packs in use; call before anything reads the law, calendar or rules.
/// Problems are warnings: the built-in data stays in use. The store is opened
/// to check the packs against the highest versions it has seen (rollback);
/// if it cannot be opened (locked without a passphrase, damaged), no pack is used.
pub fn activate(data_dir: &Path, db: &Path, unlock: &UnlockArgs, now: &Now) {
    if !data_dir.join(api::PACKS_DIR).exists() {
        return;
    }
    let store = match crate::safety::open(db, unlock, now) {
        Ok(store) => store,
        Err(e) => {
            eprintln!(
                "warning: the installed data packs are not used (the store, which records the versions \
                 installed, did not open: {e}); the built-in data is used"
            );
            return;
        }
    };
    match api::activate_installed_data_checked(&store, data_dir, &datapack::DATA_PUBLIC_KEY) {
        Ok(list) => {
            for a in list {
                if let Some(problem) = a.problem {
                    eprintln!("warning: installed {} data version {} not used: {problem}", a.kind, a.version);
                }
            }
        }
        Err(e) => eprintln!("warning: the installed data packs are not used: {e}"),
    }
}

pub fn run(cmd: DataCmd, data_dir: &Path, db: &Path, unlock: &UnlockArgs, now: &Now) -> Result<(), String> {
    let err = |e: rightsdesk::Error| e.to_string();
    match cmd {
        DataCmd::Update { url, json } => {
            let url = url
                .or_else(|| std::env::var(URL_ENV).ok().filter(|u| !u.trim().is_empty()))
                .ok_or_else(|| format!("no update address: pass --url URL or set {URL_ENV}"))?;
            let store = crate::safety::open(db, unlock, now)?;
            let outcomes = api::update_data(&store, data_dir, &url, now.today).map_err(err)?;
            if json {
                outln!("{}", serde_json::to_string_pretty(&outcomes).expect("DTOs serialise"));
            } else {
                for o in outcomes {
                    match o {
                        api::UpdateOutcome::Installed { pack, .. } => print_installed(&pack),
                        api::UpdateOutcome::UpToDate { kind, offered, current, .. } => {
                            outln!("{kind}: up to date (offered {offered}, in use {current})")
                        }
                    }
                }
            }
        }
        DataCmd::Install { file } => {
            let bytes = std::fs::read(&file).map_err(|e| format!("{}: {e}", file.display()))?;
            let store = crate::safety::open(db, unlock, now)?;
            let pack = api::install_data_pack_checked(
                &store,
                data_dir,
                &bytes,
                &datapack::DATA_PUBLIC_KEY,
                now.today,
            )
            .map_err(err)?;
            print_installed(&pack);
        }
        DataCmd::Status { json } => {
            let versions = api::installed_data_versions(data_dir);
            if json {
                outln!("{}", serde_json::to_string_pretty(&versions).expect("DTOs serialise"));
            } else {
                for v in versions {
                    let installed = v.installed.map(|i| i.to_string()).unwrap_or_else(|| "-".into());
                    outln!(
                        "{}\tbuilt-in {}\tinstalled {}\tin use {}",
                        v.kind,
                        v.builtin,
                        installed,
                        v.effective
                    );
                    if let Some(p) = v.problem {
                        outln!("\tproblem: {p}");
                    }
                }
            }
        }
        DataCmd::Build { kind, version, created, notes, key, out, files } => {
            let text = std::fs::read_to_string(&key).map_err(|e| format!("{}: {e}", key.display()))?;
            let seed = datapack::parse_hex_key(&text)
                .ok_or_else(|| format!("{}: not a 32-byte key in hex", key.display()))?;
            let mut contents = Vec::new();
            for f in files {
                let name = f
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .ok_or_else(|| format!("{}: not a file", f.display()))?;
                contents.push((name, std::fs::read(&f).map_err(|e| format!("{}: {e}", f.display()))?));
            }
            let pack = datapack::build(
                &PackSource { kind, version, created, notes, expires: None, files: contents },
                &seed,
            )
            .map_err(|e| e.to_string())?;
            // Check it the way the app will (with the key it was signed with).
            let verified =
                datapack::verify(&pack, &datapack::public_key_of(&seed)).map_err(|e| e.to_string())?;
            datapack::validate(&verified).map_err(|e| e.to_string())?;
            std::fs::write(&out, &pack).map_err(|e| format!("{}: {e}", out.display()))?;
            outln!("{}: {kind} version {version}, {} bytes", out.display(), pack.len());
        }
    }
    Ok(())
}

fn print_installed(p: &api::InstalledPack) {
    outln!("{}: installed version {} (was {}), created {}", p.kind, p.version, p.previous, p.created);
    if let Some(n) = &p.notes {
        outln!("  {n}");
    }
    outln!("  takes effect at the next start; stored in {}", p.path);
}
