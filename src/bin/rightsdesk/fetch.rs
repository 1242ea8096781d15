//! `rightsdesk holder fetch-policy`: fetch a holder's privacy policy, keep it as
//! evidence, list the contacts found, and accept the chosen ones.

use clap::Args;
use rightsdesk::api;
use rightsdesk::clock::Now;
use rightsdesk::ids::HolderId;
use rightsdesk::store::Store;

#[derive(Args)]
pub struct FetchPolicyArgs {
    /// The holder whose privacy-policy address is fetched.
    pub id: i64,
    /// Write candidate N (as numbered in the list) into the holder's e-mail, phone or
    /// address. Repeatable.
    #[arg(long = "accept", value_name = "N")]
    pub accept: Vec<usize>,
    #[arg(long)]
    pub json: bool,
}

pub fn run(store: &Store, a: FetchPolicyArgs, now: &Now) -> Result<(), String> {
    let holder = HolderId(a.id);
    let found = api::fetch_policy(store, holder, now).map_err(|e| e.to_string())?;
    for n in &a.accept {
        if *n == 0 || *n > found.candidates.len() {
            return Err(format!(
                "--accept {n}: the page gave {} candidate(s), numbered from 1 (the page was kept as attachment #{})",
                found.candidates.len(),
                found.attachment.id
            ));
        }
    }
    if a.json {
        outln!("{}", serde_json::to_string_pretty(&found).expect("DTOs serialise"));
    } else {
        let att = &found.attachment;
        outln!(
            "fetched {} (HTTP {}, {} bytes, {}){}",
            att.final_url,
            att.http_status,
            att.size,
            found.encoding,
            found.title.as_deref().map(|t| format!(": {t}")).unwrap_or_default()
        );
        outln!("kept as holder attachment #{} (sha256 {}) at {}", att.id, att.sha256, att.fetched_at);
        if found.candidates.is_empty() {
            outln!("no e-mail address, phone number or postal address was found on the page");
        }
        for (i, c) in found.candidates.iter().enumerate() {
            outln!("{:>3}. [{}] {:>3}  {}", i + 1, c.kind.code(), c.score, c.value);
            if let Some(h) = &c.heading {
                outln!("       under: {h}");
            }
            outln!("       「{}」", c.sentence);
        }
        if a.accept.is_empty() && !found.candidates.is_empty() {
            outln!("confirm on the page before use; accept one with --accept N");
        }
    }
    for n in a.accept {
        let c = &found.candidates[n - 1];
        api::accept_contact(store, holder, c.kind, &c.value, now).map_err(|e| e.to_string())?;
        // On stderr, so that `--json` output stays one document.
        eprintln!("accepted {}: {}", c.kind.code(), c.value);
    }
    Ok(())
}
