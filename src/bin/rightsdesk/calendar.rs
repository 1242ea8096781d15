//! `rightsdesk calendar`: the years the working-day calendar counts on, and
//! importing a State Council holiday notice.

use clap::{Args, Subcommand};
use rightsdesk::api::{self, NoticeInput, NoticePreview, YearSource};
use rightsdesk::clock::Now;
use rightsdesk::store::Store;
use std::path::PathBuf;

#[derive(Subcommand)]
pub enum CalendarCmd {
    /// Which years are official, imported by you, or provisional.
    Years {
        #[arg(long)]
        json: bool,
    },
    /// Read a holiday notice (the pasted text, or a holiday-cn JSON file) and,
    /// with --yes, keep it as that year's calendar. Without --yes only previews.
    ImportNotice(ImportNoticeArgs),
}

#[derive(Args)]
pub struct ImportNoticeArgs {
    /// A text file with the notice as published, or a holiday-cn style JSON file.
    pub file: PathBuf,
    /// Where the notice was published (kept with the year).
    #[arg(long)]
    pub source: Option<String>,
    /// Store it (otherwise only show what it contains and what would move).
    #[arg(long)]
    pub yes: bool,
    #[arg(long)]
    pub json: bool,
}

pub fn run(store: &mut Store, cmd: CalendarCmd, now: &Now) -> Result<(), String> {
    let err = |e: rightsdesk::Error| e.to_string();
    match cmd {
        CalendarCmd::Years { json } => {
            let years = api::calendar_years(store, now).map_err(err)?;
            if json {
                outln!("{}", serde_json::to_string_pretty(&years).expect("DTOs serialise"));
                return Ok(());
            }
            for y in years {
                let what = match &y.source {
                    YearSource::Official => "official".to_string(),
                    YearSource::Imported { source_url, imported_on } => format!(
                        "imported by the user on {imported_on}{}",
                        source_url.as_deref().map(|u| format!(" from {u}")).unwrap_or_default()
                    ),
                    YearSource::Provisional => {
                        "provisional: the holiday arrangement is not yet published; statutory holidays and weekends only"
                            .to_string()
                    }
                };
                outln!("{}\t{what}", y.year);
            }
        }
        CalendarCmd::ImportNotice(a) => {
            let text = std::fs::read_to_string(&a.file)
                .map_err(|e| format!("cannot read {}: {e}", a.file.display()))?;
            let input = NoticeInput { text, source_url: a.source };
            let preview = if a.yes {
                api::import_notice(store, now, &input).map_err(err)?
            } else {
                api::preview_notice(store, now, &input).map_err(err)?
            };
            if a.json {
                outln!("{}", serde_json::to_string_pretty(&preview).expect("DTOs serialise"));
            } else {
                print_preview(&preview, a.yes);
            }
        }
    }
    Ok(())
}

fn print_preview(p: &NoticePreview, stored: bool) {
    let n = &p.notice;
    outln!("{} ({})", n.title.as_deref().unwrap_or("holiday arrangement"), n.year);
    for s in &n.sections {
        let work: Vec<String> = s.makeup_workdays.iter().map(|d| d.to_string()).collect();
        outln!(
            "  {}: rest {} to {}{}",
            s.names,
            s.rest_from,
            s.rest_until,
            if work.is_empty() { String::new() } else { format!("; make-up workdays {}", work.join(", ")) }
        );
    }
    outln!(
        "{} holiday rest days (休), {} make-up workdays (班)",
        n.arrangement.holidays.len(),
        n.arrangement.makeup_workdays.len()
    );
    if let Some(url) = &p.source_url {
        outln!("source: {url}");
    }
    if p.moved.is_empty() {
        outln!("no open deadline moves");
    }
    for m in &p.moved {
        outln!(
            "request #{} ({}): due {} -> {}",
            m.request_id,
            m.holder_name,
            super::due_words(m.before),
            super::due_words(m.after)
        );
    }
    if stored {
        outln!("stored as the {} calendar, imported by the user", n.year);
    } else {
        outln!("preview only: nothing stored; run again with --yes to keep it");
    }
}
