//! Evidence use cases: export a request (or every request to one holder) as a
//! PDF for a complaint, and print a letter for delivery by post or by hand.
//!
//! This is where the store is read (records and attached files) and the time
//! is taken from the caller; `crate::evidence` turns what was read into bytes.

use super::requests::{RequestDetail, get_request, letter_text};
use crate::clock::Now;
use crate::error::{Error, Result};
use crate::evidence::{self, DocInfo, FileCheck, FileState, PictureRef, Reader, RequestRecord};
use crate::i18n::{Locale, Localizer};
use crate::ids::{HolderId, RequestId};
use crate::letter::Sender;
use crate::request::chain::sha256_hex;
use crate::store::Store;
use serde::Deserialize;
use std::collections::BTreeMap;

/// What to export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "kind", content = "id", rename_all = "camelCase")]
pub enum ExportTarget {
    /// One request with its whole history.
    Request(RequestId),
    /// Every request to one holder (a holder dossier), oldest first.
    Holder(HolderId),
}

/// How to export.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct EvidenceOptions {
    /// The language of the PDF (letters and replies stay as they were written).
    pub locale: Locale,
    /// The requester's details to print on the cover; `None` shows nothing about them.
    #[serde(default)]
    pub sender: Option<Sender>,
}

/// Reads every attached file once, checks it against its recorded hash and prepares the pictures.
fn check_files(
    store: &Store,
    details: &[RequestDetail],
) -> (BTreeMap<String, FileCheck>, Vec<evidence::raster::Picture>) {
    let mut checks = BTreeMap::new();
    let mut pictures = Vec::new();
    for a in details.iter().flat_map(|d| &d.events).flat_map(|e| &e.attachments) {
        if checks.contains_key(&a.sha256) {
            continue;
        }
        let check = match store.read_attachment(a) {
            Err(_) => FileCheck { state: FileState::Missing, picture: None, not_shown: None },
            Ok(bytes) if sha256_hex(&bytes) != a.sha256 => {
                FileCheck { state: FileState::Altered, picture: None, not_shown: None }
            }
            Ok(bytes) => {
                let image = a.media_type.starts_with("image/")
                    || bytes.starts_with(b"\x89PNG")
                    || bytes.starts_with(&[0xFF, 0xD8]);
                match image.then(|| evidence::raster::picture(&bytes)) {
                    Some(Ok(p)) => {
                        let picture = PictureRef { key: pictures.len(), width: p.width, height: p.height };
                        pictures.push(p);
                        FileCheck { state: FileState::Intact, picture: Some(picture), not_shown: None }
                    }
                    Some(Err(why)) => FileCheck {
                        state: FileState::Intact,
                        picture: None,
                        not_shown: Some(why.to_string()),
                    },
                    None => FileCheck { state: FileState::Intact, picture: None, not_shown: None },
                }
            }
        };
        checks.insert(a.sha256.clone(), check);
    }
    (checks, pictures)
}

/// What the evidence model reads of a request, borrowed from its detail.
impl<'a> From<&'a RequestDetail> for RequestRecord<'a> {
    fn from(d: &'a RequestDetail) -> RequestRecord<'a> {
        RequestRecord {
            request: &d.request,
            holder: &d.holder,
            status: d.status,
            events: &d.events,
            rule: d.rule.as_ref(),
            clock: d.clock.as_ref(),
            citations: &d.citations,
            digest: &d.digest,
            integrity: &d.integrity,
        }
    }
}

/// The evidence PDF of one request or of a holder dossier, as of `now`.
///
/// The same records, options and `now` always give the same bytes.
pub fn export_evidence(
    store: &Store,
    target: ExportTarget,
    options: &EvidenceOptions,
    now: &Now,
) -> Result<Vec<u8>> {
    let (holder, details, dossier) = match target {
        ExportTarget::Request(id) => {
            let d = get_request(store, id, now)?;
            (d.holder.clone(), vec![d], false)
        }
        ExportTarget::Holder(id) => {
            let holder = store.get_holder(id)?.ok_or(Error::NotFound { what: "holder", id: id.0 })?;
            let mut requests = store.list_requests(Some(id))?;
            requests.sort_by_key(|r| r.id);
            let details =
                requests.iter().map(|r| get_request(store, r.id, now)).collect::<Result<Vec<_>>>()?;
            (holder, details, true)
        }
    };
    let (files, pictures) = check_files(store, &details);
    // The evidence shows the holder as each letter addressed it, which is what the record seals.
    let addressed: Vec<_> = details
        .iter()
        .map(|d| crate::holder::Holder { fields: d.addressed_to.clone(), ..d.holder.clone() })
        .collect();
    let records: Vec<RequestRecord<'_>> = details
        .iter()
        .zip(&addressed)
        .map(|(d, holder)| RequestRecord { holder, ..RequestRecord::from(d) })
        .collect();
    let l10n = Localizer::embedded();
    let reader = Reader { locale: options.locale, today: now.today, sender: options.sender.as_ref(), l10n };
    let case = evidence::build(&records, &holder, dossier, &files, reader);
    let comp = evidence::compose(&case, l10n);
    let mut seed = format!("rightsdesk-evidence|{}|{}|{}", options.locale, now.stamp(), holder.id);
    for d in &details {
        seed.push_str(&format!("|{}:{}", d.request.id, d.digest));
    }
    let subject = details
        .iter()
        .map(|d| format!("#{} SHA-256 {}", d.request.id, d.digest))
        .collect::<Vec<_>>()
        .join("; ");
    let info = DocInfo { created_unix: now.instant.timestamp(), id_seed: seed, subject };
    Ok(evidence::render(&comp, &pictures, &info)?)
}

/// A request's letter as a printable A4 PDF: sender, addressee and postal
/// address, date, the letter, and a line to sign on.
///
/// The letter is the stored text, or redrafted in `locale` when that differs
/// from the language it was written in.
pub fn letter_pdf(
    store: &Store,
    id: RequestId,
    locale: Option<Locale>,
    sender: &Sender,
    now: &Now,
) -> Result<Vec<u8>> {
    let d = get_request(store, id, now)?;
    let locale = locale.unwrap_or(d.request.language);
    let (subject, body) = letter_text(store, id, Some(locale), now)?;
    let l10n = Localizer::embedded();
    let sheet = evidence::LetterSheet {
        request_id: id.0,
        sender,
        holder: &d.holder,
        date: d.request.letter_date,
        subject: &subject,
        body: &body,
        locale,
    };
    let comp = evidence::compose_letter(&sheet, l10n);
    let info = DocInfo {
        created_unix: now.instant.timestamp(),
        id_seed: format!("rightsdesk-letter|{id}|{locale}|{}|{}", now.stamp(), sha256_hex(body.as_bytes())),
        subject: subject.clone(),
    };
    Ok(evidence::render(&comp, &[], &info)?)
}

/// Recomputes every request's hash chain and every attachment's hash: what
/// the evidence PDF's footer tells a reader to run.
pub fn verify_store(store: &Store) -> Result<crate::store::VerifyReport> {
    Ok(store.verify()?)
}
