//! `rightsdesk evidence` and `rightsdesk letter ID --pdf FILE`: the evidence
//! PDF for a complaint and the printable letter. Thin: parse, call `api`, write the file.

use clap::Args;
use rightsdesk::api::{self, EvidenceOptions, ExportTarget};
use rightsdesk::clock::Now;
use rightsdesk::i18n::Locale;
use rightsdesk::ids::{HolderId, RequestId};
use rightsdesk::letter::Sender;
use rightsdesk::store::Store;
use std::path::{Path, PathBuf};

/// Who the requester is, as printed in a letter or the PDF (nothing unless given).
#[derive(Args)]
pub struct SenderArgs {
    #[arg(long)]
    sender_name: Option<String>,
    /// Phone or e-mail.
    #[arg(long)]
    sender_contact: Option<String>,
    /// Postal address.
    #[arg(long)]
    sender_address: Option<String>,
}

impl SenderArgs {
    pub fn sender(&self) -> Option<Sender> {
        let s = Sender {
            name: self.sender_name.clone(),
            contact: self.sender_contact.clone(),
            address: self.sender_address.clone(),
        };
        (s != Sender::default()).then_some(s)
    }
}

#[derive(Args)]
pub struct EvidenceArgs {
    /// The request to export with its whole history.
    #[arg(required_unless_present = "holder", conflicts_with = "holder")]
    request: Option<i64>,
    /// Export every request to this holder in one PDF (a holder dossier).
    #[arg(long, value_name = "HOLDER_ID")]
    holder: Option<i64>,
    /// Where to write the PDF.
    #[arg(long, value_name = "FILE", required_unless_present = "bundle")]
    out: Option<PathBuf>,
    /// Write the evidence package instead: one zip with the PDF, the letters as sent, the raw
    /// replies, the attachments, the timestamp tokens, MANIFEST.sha256 and a README (zh/en).
    #[arg(long, value_name = "FILE.zip")]
    bundle: Option<PathBuf>,
    /// Language of the PDF: zh-CN or en-US (letters and replies stay as written).
    #[arg(long, value_parser = super::parse_locale, default_value = "zh-CN")]
    lang: Locale,
    #[command(flatten)]
    sender: SenderArgs,
}

/// `letter ID --pdf FILE`.
#[derive(Args)]
pub struct LetterPdfArgs {
    /// Write the letter as a printable A4 PDF (to post or hand over) instead of printing its text.
    #[arg(long, value_name = "FILE")]
    pub pdf: Option<PathBuf>,
    #[command(flatten)]
    sender: SenderArgs,
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), String> {
    std::fs::write(path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    outln!("wrote {} ({} bytes)", path.display(), bytes.len());
    Ok(())
}

pub fn export(store: &Store, a: EvidenceArgs, now: &Now) -> Result<(), String> {
    let target = match (a.request, a.holder) {
        (_, Some(h)) => ExportTarget::Holder(HolderId(h)),
        (Some(r), None) => ExportTarget::Request(RequestId(r)),
        (None, None) => return Err("name a request, or a holder with --holder".into()),
    };
    let options = EvidenceOptions { locale: a.lang, sender: a.sender.sender() };
    if let Some(zip) = &a.bundle {
        let bytes = api::export_bundle(store, target, &options, now).map_err(|e| e.to_string())?;
        write(zip, &bytes)?;
    }
    if let Some(out) = &a.out {
        let pdf = api::export_evidence(store, target, &options, now).map_err(|e| e.to_string())?;
        write(out, &pdf)?;
    }
    Ok(())
}

pub fn letter_pdf(
    store: &Store,
    id: RequestId,
    lang: Option<Locale>,
    a: &LetterPdfArgs,
    now: &Now,
) -> Result<(), String> {
    let path = a.pdf.as_deref().ok_or("--pdf FILE is needed")?;
    let sender = a.sender.sender().unwrap_or_default();
    let pdf = api::letter_pdf(store, id, lang, &sender, now).map_err(|e| e.to_string())?;
    write(path, &pdf)
}
