//! `rightsdesk`: the command line over the same core as the desktop app.
//! A thin layer: parse arguments, call `rightsdesk::api`, print.

/// `println!` for everything the CLI prints: when the reader has gone
/// (`rightsdesk holder list --json | head`), the program ends quietly, as
/// command-line tools do, instead of panicking with a backtrace.
macro_rules! outln {
    ($($arg:tt)*) => {
        $crate::print_line(format_args!($($arg)*))
    };
}

mod calendar;
mod data;
mod directory;
mod fetch;
mod import;
mod safety;

mod evidence;

use clap::{Args, Parser, Subcommand};
use rightsdesk::api;
use rightsdesk::clock::TimeSource;
use rightsdesk::holder::{
    AccountFields, DataCategory, DiscoverySource, HolderFields, HolderKind, Identifier,
};
use rightsdesk::i18n::Locale;
use rightsdesk::ids::{HolderId, RequestId};
use rightsdesk::jurisdiction::Jurisdiction;
use rightsdesk::request::{DeliveryChannel, EventKind, RequestKind};
use rightsdesk::store::DB_FILE_NAME;
use rightsdesk::validate::{self, Invalid};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "rightsdesk",
    version,
    about = "RightsDesk (数据权利助手): your personal-data requests, deadlines and evidence"
)]
struct Cli {
    /// Database file (default: $RIGHTSDESK_DATA_DIR/rightsdesk.sqlite3, else the OS app-data folder).
    #[arg(long, global = true, value_name = "PATH")]
    db: Option<PathBuf>,
    #[command(flatten)]
    unlock: safety::UnlockArgs,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    #[command(flatten)]
    Safety(safety::SafetyCmd),
    /// Companies and apps that hold your data.
    #[command(subcommand)]
    Holder(HolderCmd),
    /// Your accounts at a holder.
    #[command(subcommand)]
    Account(AccountCmd),
    /// Requests: draft, send, log replies, show.
    #[command(subcommand)]
    Request(RequestCmd),
    /// Print a request's letter.
    Letter {
        id: i64,
        /// Redraft in another language (zh-CN or en-US).
        #[arg(long, value_parser = parse_locale)]
        lang: Option<Locale>,
        #[command(flatten)]
        pdf: evidence::LetterPdfArgs,
    },
    /// Export a request (or every request to a holder) as an evidence PDF.
    Evidence(evidence::EvidenceArgs),
    /// When an answer is due for a request sent on a date.
    Deadline {
        #[arg(long, value_parser = parse_jurisdiction)]
        jurisdiction: Jurisdiction,
        #[arg(long, value_parser = parse_date)]
        from: chrono::NaiveDate,
        /// A rule id (default: the jurisdiction's rule).
        #[arg(long)]
        rule: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Ask a time-stamping authority (RFC 3161) to sign a sent request's record head, and keep its reply.
    Timestamp {
        id: i64,
        /// The authority's address (default: the one chosen in Settings, else FreeTSA.org).
        #[arg(long, value_name = "URL")]
        tsa: Option<String>,
    },
    /// Recompute every request's hash chain, attachment hashes and trusted timestamps.
    Verify {
        #[arg(long)]
        json: bool,
    },
    /// The working-day calendar: which years are official, imported or provisional; import a notice.
    #[command(subcommand)]
    Calendar(calendar::CalendarCmd),
    /// Signed updates of the law catalogue, the calendar and the directory.
    #[command(subcommand, after_long_help = CALENDAR_PACK_HELP)]
    Data(data::DataCmd),
    /// Find holders in files you have: password exports, mail, the 一证通查 SMS, an inventory file.
    #[command(subcommand)]
    Import(import::ImportCmd),
    /// Write the inventory or the due dates (iCalendar) to a file.
    #[command(subcommand)]
    Export(import::ExportCmd),
    /// The built-in directory of companies and their privacy contacts.
    #[command(subcommand)]
    Directory(directory::DirectoryCmd),
}

/// How the maintainer publishes a year's calendar once the State Council notice is out.
const CALENDAR_PACK_HELP: &str = "\
Publishing the 2027 calendar (maintainers), once 国务院办公厅关于2027年部分节假日安排的通知 is out:
  1. Save the notice text as published (gov.cn or Xinhua) to notice-2027.txt and check how it reads:
       rightsdesk calendar import-notice notice-2027.txt --json
     (every festival, rest range and 上班 day is listed; a contradiction is refused naming the line).
  2. Add \"2027\" to `years` in src/calendar/data/cn-workdays.json with its notice title and document
     number, notice_date, and the `holidays` and `makeup_workdays` from step 1; set coverage.end to
     2027-12-31 and remove 2027 from unverified_years. `cargo test -p rightsdesk calendar` must pass.
  3. Build and sign the pack with the publisher key (never in the repository):
       rightsdesk data build --kind calendar --pack-version 2026MMDD00 --created 2026-MM-DDT00:00:00Z \\
         --key publisher.key --out calendar-2027.pack src/calendar/data/cn-workdays.json
  4. Publish calendar-2027.pack where users point `data update --url` (or RIGHTSDESK_DATA_URL), or
     where the app's Settings > Data updates looks (a web address serving the pack or an index
     {\"packs\": [\"calendar-2027.pack\"]}, or a folder holding *.pack files; off until the user turns
     it on, then \"Check now\"); a user may also `data install` the file. Once installed (from the
     next start), the official 2027 replaces any 2027 the user imported, and every provisional 2027
     deadline becomes the official date.";

#[derive(Subcommand)]
enum HolderCmd {
    /// Add a holder; prints its id.
    Add(Box<HolderArgs>),
    /// List holders.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Show one holder with its accounts and requests.
    Show {
        id: i64,
        #[arg(long)]
        json: bool,
    },
    /// Delete a holder that has no requests (and its accounts).
    Delete { id: i64 },
    /// Fetch the holder's privacy policy, keep it as evidence, and list the contacts on it.
    FetchPolicy(fetch::FetchPolicyArgs),
}

#[derive(Args)]
struct HolderArgs {
    #[arg(long)]
    name: String,
    #[arg(long)]
    name_zh: Option<String>,
    /// The operator's legal name (运营主体).
    #[arg(long)]
    operator: Option<String>,
    #[arg(long, value_parser = parse_jurisdiction)]
    jurisdiction: Option<Jurisdiction>,
    #[arg(long, value_parser = parse_kind)]
    kind: Option<HolderKind>,
    #[arg(long)]
    email: Option<String>,
    #[arg(long)]
    phone: Option<String>,
    #[arg(long)]
    address: Option<String>,
    #[arg(long)]
    webform: Option<String>,
    #[arg(long)]
    policy: Option<String>,
    #[arg(long = "domain")]
    domains: Vec<String>,
    #[arg(long = "alias")]
    aliases: Vec<String>,
    #[arg(long)]
    notes: Option<String>,
}

#[derive(Subcommand)]
enum AccountCmd {
    /// Add an account; prints its id.
    Add {
        #[arg(long)]
        holder: i64,
        /// An identifier: `phone:138…`, `email:a@b.cn`, `username:alice`, or a bare value. Repeatable.
        #[arg(long = "id", value_parser = parse_identifier)]
        identifiers: Vec<Identifier>,
        /// A data category (e.g. biometrics, contact-details). Repeatable.
        #[arg(long = "category", value_parser = parse_category)]
        categories: Vec<DataCategory>,
        #[arg(long)]
        notes: Option<String>,
    },
}

#[derive(Subcommand)]
enum RequestCmd {
    /// Draft a request (the letter is filled in); prints its id.
    New {
        #[arg(long)]
        holder: i64,
        #[arg(long = "type", value_parser = parse_request_kind)]
        kind: RequestKind,
        #[arg(long, value_parser = parse_locale, default_value = "zh-CN")]
        lang: Locale,
        /// The date on the letter (default: today).
        #[arg(long, value_parser = parse_date)]
        date: Option<chrono::NaiveDate>,
        /// Override the holder's jurisdiction.
        #[arg(long, value_parser = parse_jurisdiction)]
        jurisdiction: Option<Jurisdiction>,
        /// For complaints: no-response, refused, repeated-consent-prompts, service-refused,
        /// forced-biometrics, cancellation-blocked.
        #[arg(long)]
        reason: Option<String>,
        /// For deletion: why they should delete it: purpose-achieved, service-ended,
        /// retention-expired, consent-withdrawn, unlawful.
        #[arg(long)]
        ground: Option<String>,
        /// For correction: what is wrong and what it should be.
        #[arg(long)]
        correction: Option<String>,
        /// The request a reminder or complaint follows up.
        #[arg(long)]
        parent: Option<i64>,
        /// Only these identifiers go into the letter (default: all of yours at the holder).
        #[arg(long = "identifier", value_parser = parse_identifier)]
        identifiers: Vec<Identifier>,
        #[command(flatten)]
        sender: evidence::SenderArgs,
    },
    /// Record that the letter went out.
    Send {
        id: i64,
        #[arg(long, value_parser = parse_date)]
        date: chrono::NaiveDate,
        #[arg(long, value_parser = parse_channel)]
        channel: Option<DeliveryChannel>,
        /// Postal tracking number, or who signed for a hand delivery.
        #[arg(long)]
        tracking: Option<String>,
    },
    /// Log a reply, extension, refusal, fulfilment or note.
    Log {
        id: i64,
        /// What happened (with --eml: a reply unless given).
        #[arg(long, value_parser = parse_event_kind, required_unless_present = "eml")]
        kind: Option<EventKind>,
        /// Log a reply from its raw message (.eml): kept byte for byte, its text and headers read from it.
        #[arg(long, value_name = "FILE", conflicts_with_all = ["text", "attach"])]
        eml: Option<PathBuf>,
        #[arg(long, default_value = "")]
        text: String,
        #[arg(long, value_parser = parse_date)]
        date: Option<chrono::NaiveDate>,
        #[arg(long = "attach")]
        attach: Vec<PathBuf>,
    },
    /// Show a request with its due date and events.
    Show {
        id: i64,
        #[arg(long)]
        json: bool,
    },
    /// List requests with their status.
    List {
        #[arg(long)]
        json: bool,
    },
}

fn parse_date(s: &str) -> Result<chrono::NaiveDate, String> {
    validate::date(s).map_err(|e| e.to_string())
}
fn parse_locale(s: &str) -> Result<Locale, String> {
    s.parse().map_err(|e: Invalid| e.to_string())
}
fn parse_jurisdiction(s: &str) -> Result<Jurisdiction, String> {
    s.parse().map_err(|e: rightsdesk::jurisdiction::UnknownJurisdiction| e.to_string())
}
fn parse_kind(s: &str) -> Result<HolderKind, String> {
    HolderKind::parse(s).map_err(|e| e.to_string())
}
fn parse_identifier(s: &str) -> Result<Identifier, String> {
    Identifier::parse(s).map_err(|e| e.to_string())
}
fn parse_category(s: &str) -> Result<DataCategory, String> {
    DataCategory::parse(s).map_err(|e| e.to_string())
}
fn parse_request_kind(s: &str) -> Result<RequestKind, String> {
    RequestKind::parse(s).map_err(|e| e.to_string())
}
fn parse_channel(s: &str) -> Result<DeliveryChannel, String> {
    DeliveryChannel::parse(s).map_err(|e| e.to_string())
}
fn parse_event_kind(s: &str) -> Result<EventKind, String> {
    EventKind::parse(s).map_err(|e| e.to_string())
}

fn db_path(cli: &Cli) -> Result<PathBuf, String> {
    if let Some(p) = &cli.db {
        return Ok(p.clone());
    }
    if let Some(dir) = std::env::var_os("RIGHTSDESK_DATA_DIR") {
        return Ok(PathBuf::from(dir).join(DB_FILE_NAME));
    }
    directories::ProjectDirs::from("app", "rightsdesk", "RightsDesk")
        .map(|d| d.data_dir().join(DB_FILE_NAME))
        .ok_or_else(|| "no home folder: pass --db PATH or set RIGHTSDESK_DATA_DIR".to_string())
}

fn print_json<T: serde::Serialize>(v: &T) {
    outln!("{}", serde_json::to_string_pretty(v).expect("DTOs serialise"));
}

fn run(cli: Cli) -> Result<(), String> {
    let now = TimeSource::from_env()?.now();
    // Installed data packs go in use before anything reads the law, calendar or rules.
    if let Ok(db) = db_path(&cli)
        && let Some(data_dir) = db.parent().map(PathBuf::from)
    {
        data::activate(&data_dir, &db, &cli.unlock, &now);
        if let Command::Data(cmd) = cli.command {
            return data::run(cmd, &data_dir, &db, &cli.unlock, &now);
        }
    }
    // `deadline` counts on the same calendar as the requests: the user's imported
    // years come from the store when there is one; without one, the official calendar.
    if let Command::Deadline { jurisdiction, from, rule, json } = &cli.command {
        let store = match db_path(&cli) {
            Ok(path) if path.exists() => Some(safety::open(&path, &cli.unlock, &now)?),
            _ => None,
        };
        let answer = api::compute_deadline(store.as_ref(), *jurisdiction, *from, rule.as_deref())
            .map_err(|e| safety::describe(&e))?;
        if *json {
            print_json(&answer);
        } else {
            outln!("due: {}", due_words(answer.due));
            outln!("rule: {} ({})", answer.rule.id, answer.rule.label_en);
            outln!("status: {:?}", answer.rule.status);
            outln!("sources: {}", answer.rule.sources.join(", "));
            outln!("note: {}", answer.rule.note_en);
        }
        return Ok(());
    }
    // `directory search|show|licences` need no database.
    if let Command::Directory(cmd) = &cli.command
        && let Some(done) = directory::run_without_store(cmd)
    {
        return done;
    }
    let path = db_path(&cli)?;
    if let Command::Safety(cmd) = &cli.command {
        return safety::run(cmd, &path, &cli.unlock, &now);
    }
    let mut store = safety::open(&path, &cli.unlock, &now)?;
    let err = |e: rightsdesk::Error| safety::describe(&e);
    match cli.command {
        Command::Holder(HolderCmd::Add(a)) => {
            let h = api::add_holder(
                &store,
                HolderFields {
                    name: a.name,
                    name_zh: a.name_zh,
                    operator: a.operator,
                    aliases: a.aliases,
                    domains: a.domains,
                    jurisdiction: a.jurisdiction,
                    kind: a.kind,
                    email: a.email,
                    phone: a.phone,
                    address: a.address,
                    webform_url: a.webform,
                    policy_url: a.policy,
                    notes: a.notes,
                    directory_ref: None,
                },
                &now,
            )
            .map_err(err)?;
            outln!("{}", h.id);
        }
        Command::Holder(HolderCmd::List { json }) => {
            let list = api::list_holders(&store).map_err(err)?;
            if json {
                print_json(&list);
            } else {
                for s in list {
                    let h = &s.holder;
                    outln!(
                        "{}\t{}\t{}\t{}\t{} account(s)\t{} open request(s)",
                        h.id,
                        h.fields.name,
                        h.fields.name_zh.as_deref().unwrap_or(""),
                        h.fields.jurisdiction.map(|j| j.code()).unwrap_or("-"),
                        s.accounts,
                        s.open_requests
                    );
                }
            }
        }
        Command::Holder(HolderCmd::Show { id, json }) => {
            let d = api::get_holder(&store, HolderId(id)).map_err(err)?;
            if json {
                print_json(&d);
            } else {
                let f = &d.holder.fields;
                outln!("#{} {} {}", d.holder.id, f.name, f.name_zh.as_deref().unwrap_or(""));
                for (label, v) in [
                    ("operator", &f.operator),
                    ("e-mail", &f.email),
                    ("phone", &f.phone),
                    ("address", &f.address),
                    ("web form", &f.webform_url),
                    ("privacy policy", &f.policy_url),
                ] {
                    if let Some(v) = v {
                        outln!("{label}: {v}");
                    }
                }
                for a in &d.accounts {
                    let ids: Vec<String> = a.fields.identifiers.iter().map(|i| i.value.clone()).collect();
                    outln!("account #{}: {}", a.id, ids.join(", "));
                }
                for r in &d.requests {
                    outln!("request #{}: {} {}", r.id, r.kind.code(), r.status.code());
                }
            }
        }
        Command::Holder(HolderCmd::Delete { id }) => {
            api::delete_holder(&mut store, HolderId(id)).map_err(err)?;
        }
        Command::Holder(HolderCmd::FetchPolicy(a)) => fetch::run(&store, a, &now)?,
        Command::Account(AccountCmd::Add { holder, identifiers, categories, notes }) => {
            let a = api::add_account(
                &store,
                HolderId(holder),
                AccountFields { identifiers, categories, source: DiscoverySource::Manual, notes },
                &now,
            )
            .map_err(err)?;
            outln!("{}", a.id);
        }
        Command::Request(RequestCmd::New {
            holder,
            kind,
            lang,
            date,
            jurisdiction,
            reason,
            ground,
            correction,
            parent,
            identifiers,
            sender,
        }) => {
            let d = api::create_request(
                &mut store,
                &api::DraftInput {
                    holder_id: HolderId(holder),
                    kind,
                    jurisdiction,
                    language: lang,
                    reason,
                    ground,
                    correction,
                    letter_date: date,
                    identifiers: if identifiers.is_empty() { None } else { Some(identifiers) },
                    parent_id: parent.map(RequestId),
                    sender: sender.sender(),
                },
                &now,
            )
            .map_err(err)?;
            outln!("{}", d.request.id);
        }
        Command::Request(RequestCmd::Send { id, date, channel, tracking }) => {
            api::mark_sent(&mut store, RequestId(id), &api::SendInput { date, channel, tracking }, &now)
                .map_err(err)?;
        }
        Command::Request(RequestCmd::Log { id, kind, eml: Some(path), date, .. }) => {
            let d = api::log_reply_eml(&mut store, RequestId(id), &api::EmlInput { kind, path, date }, &now)
                .map_err(err)?;
            if let Some(e) = d.events.last() {
                outln!("logged event {} ({}) on {}", e.id, e.kind.code(), e.occurred_on);
            }
        }
        Command::Request(RequestCmd::Log { id, kind, text, date, attach, .. }) => {
            let kind = kind.ok_or("--kind is needed (or --eml FILE)")?;
            api::log_event(
                &mut store,
                RequestId(id),
                &api::LogInput { kind, date: date.unwrap_or(now.today), text, files: attach },
                &now,
            )
            .map_err(err)?;
        }
        Command::Timestamp { id, tsa } => {
            let d = api::timestamp_request(&store, RequestId(id), tsa.as_deref(), &now).map_err(err)?;
            if let Some(t) = d.integrity.timestamps.last() {
                outln!("timestamp {} from {}", t.id, t.tsa_url);
                outln!("time: {}", t.gen_time);
                outln!("stamped digest: {}", t.digest);
                if let Some(f) = &t.facts {
                    outln!("signed by: {} (certificate SHA-256 {})", f.signer, f.signer_sha256);
                }
            }
        }
        Command::Request(RequestCmd::Show { id, json }) => {
            let d = api::get_request(&store, RequestId(id), &now).map_err(err)?;
            if json {
                print_json(&d);
            } else {
                print_request(&d);
            }
        }
        Command::Request(RequestCmd::List { json }) => {
            let list = api::list_requests(&store, &now).map_err(err)?;
            if json {
                print_json(&list);
            } else {
                for r in list {
                    let due = r.clock.as_ref().and_then(|c| c.due);
                    let due = match due {
                        Some(rightsdesk::deadline::Due::Provisional(p)) => {
                            format!("{} (provisional; at the latest {})", p.date, p.latest)
                        }
                        other => {
                            other.and_then(|d| d.date()).map(|d| d.to_string()).unwrap_or_else(|| "-".into())
                        }
                    };
                    outln!("{}\t{}\t{}\t{}\tdue {due}", r.id, r.holder_name, r.kind.code(), r.status.code());
                }
            }
        }
        Command::Evidence(a) => evidence::export(&store, a, &now)?,
        Command::Letter { id, lang, pdf } if pdf.pdf.is_some() => {
            evidence::letter_pdf(&store, RequestId(id), lang, &pdf, &now)?
        }
        Command::Letter { id, lang, .. } => {
            let (subject, body) = api::letter_text(&store, RequestId(id), lang, &now).map_err(err)?;
            outln!("{subject}\n\n{body}");
        }
        Command::Verify { json } => {
            let report = api::verify_store(&store).map_err(err)?;
            if json {
                print_json(&report);
            } else {
                outln!(
                    "checked {} request(s), {} event(s), {} attachment(s), {} policy page(s), {} trusted timestamp(s)",
                    report.requests,
                    report.events,
                    report.attachments,
                    report.pages,
                    report.timestamps
                );
                for p in &report.problems {
                    outln!("MISMATCH {p:?}");
                }
            }
            if !report.is_intact() {
                return Err(format!("{} record(s) no longer match their hashes", report.problems.len()));
            }
            outln!("intact");
        }
        Command::Import(cmd) => import::run(&mut store, cmd, &now)?,
        Command::Calendar(cmd) => calendar::run(&mut store, cmd, &now)?,
        Command::Export(cmd) => import::export(&store, cmd, &now)?,
        Command::Directory(cmd) => directory::run(&mut store, cmd, &now)?,
        Command::Deadline { .. } | Command::Safety(_) => unreachable!("handled above"),
        Command::Data(_) => return Err("no data folder: pass --db PATH or set RIGHTSDESK_DATA_DIR".into()),
    }
    Ok(())
}

/// A due date in words; a provisional one always says so, with its bound.
fn due_words(due: rightsdesk::deadline::Due) -> String {
    match due {
        rightsdesk::deadline::Due::On(d) => d.to_string(),
        rightsdesk::deadline::Due::Immediate => "immediately".into(),
        rightsdesk::deadline::Due::Promptly => "promptly (the law sets no number of days)".into(),
        rightsdesk::deadline::Due::Provisional(p) => format!(
            "provisional {} (the {} holiday arrangement is not yet published; at the latest {}, at the earliest {})",
            p.date, p.year, p.latest, p.earliest
        ),
    }
}

fn print_request(d: &api::RequestDetail) {
    let r = &d.request;
    outln!("#{} {} → {} [{}]", r.id, r.kind.code(), d.holder.fields.name, d.status.code());
    outln!("jurisdiction: {}  language: {}", r.jurisdiction, r.language);
    outln!("letter date: {}", r.letter_date);
    if let Some(s) = r.sent_on {
        outln!("sent: {s}");
    }
    if let Some(c) = &d.clock {
        if let Some(due) = c.due {
            outln!("due: {}", due_words(due));
        }
        outln!("clock: {}", c.state);
    }
    if let Some(rule) = &d.rule {
        outln!("rule: {} ({:?}): {}", rule.id, rule.status, rule.note_en);
    }
    for e in &d.events {
        let tracking = e.tracking.as_deref().map(|t| format!(" [{t}]")).unwrap_or_default();
        outln!("  {} {}{} {}", e.occurred_on, e.kind.code(), tracking, e.text.lines().next().unwrap_or(""));
        for a in &e.attachments {
            outln!("      attachment {} ({} bytes, sha256 {})", a.original_name, a.size, a.sha256);
        }
    }
    outln!("digest: {}", d.digest);
}

fn print_line(line: std::fmt::Arguments<'_>) {
    use std::io::Write;
    let mut stdout = std::io::stdout().lock();
    if let Err(e) = writeln!(stdout, "{line}").and_then(|()| stdout.flush()) {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            eprintln!("error: cannot write the output: {e}");
        }
        // Whatever was already written stays valid; nothing is half-saved by printing.
        std::process::exit(if e.kind() == std::io::ErrorKind::BrokenPipe { 0 } else { 1 });
    }
}

fn main() -> ExitCode {
    rightsdesk::store::make_new_files_private();
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}
