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
            Err(_) => FileCheck { state: FileState::Missing, picture: None, not_shown: None, mail: None },
            Ok(bytes) if sha256_hex(&bytes) != a.sha256 => {
                FileCheck { state: FileState::Altered, picture: None, not_shown: None, mail: None }
            }
            Ok(bytes) => {
                let image = a.media_type.starts_with("image/")
                    || bytes.starts_with(b"\x89PNG")
                    || bytes.starts_with(&[0xFF, 0xD8]);
                match image.then(|| evidence::raster::picture(&bytes)) {
                    Some(Ok(p)) => {
                        let picture = PictureRef { key: pictures.len(), width: p.width, height: p.height };
                        pictures.push(p);
                        FileCheck {
                            state: FileState::Intact,
                            picture: Some(picture),
                            not_shown: None,
                            mail: None,
                        }
                    }
                    Some(Err(why)) => FileCheck {
                        state: FileState::Intact,
                        picture: None,
                        not_shown: Some(why.to_string()),
                        mail: None,
                    },
                    // A kept raw e-mail: its headers are listed, read from the bytes themselves.
                    None => FileCheck {
                        state: FileState::Intact,
                        picture: None,
                        not_shown: None,
                        mail: (a.media_type == "message/rfc822")
                            .then(|| crate::mail::read(&bytes).ok())
                            .flatten(),
                    },
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

/// The evidence package of one request or a holder dossier: one zip with the
/// evidence PDF, each letter as sent, the raw replies (`.eml`), the other
/// attachments, the trusted-timestamp replies (`.tsr`), `MANIFEST.sha256` and
/// a README in Chinese and in English saying how to check each file with
/// `sha256sum -c` and `openssl ts -verify`.
///
/// A file missing from the data folder, or whose bytes no longer match, is
/// left out of the package (the PDF inside says which).
pub fn export_bundle(
    store: &Store,
    target: ExportTarget,
    options: &EvidenceOptions,
    now: &Now,
) -> Result<Vec<u8>> {
    use crate::evidence::package::{PackageFile, safe_name, write_zip};
    use crate::request::EventKind;
    let pdf = export_evidence(store, target, options, now)?;
    let (pdf_name, ids) = match target {
        ExportTarget::Request(id) => (format!("evidence-request-{id}.pdf"), vec![id]),
        ExportTarget::Holder(h) => {
            let mut ids: Vec<RequestId> = store.list_requests(Some(h))?.iter().map(|r| r.id).collect();
            ids.sort();
            (format!("dossier-holder-{h}.pdf"), ids)
        }
    };
    let mut files = vec![PackageFile { path: pdf_name.clone(), bytes: pdf }];
    let mut tokens = Vec::new();
    for id in ids {
        let d = get_request(store, id, now)?;
        let dir = format!("request-{id}");
        let mut letter_kept = false;
        let mut n = 0;
        for e in &d.events {
            for a in &e.attachments {
                n += 1;
                let Ok(bytes) = store.read_attachment(a) else { continue };
                if sha256_hex(&bytes) != a.sha256 {
                    continue;
                }
                let folder = if e.kind == EventKind::Sent && a.media_type == "text/plain" {
                    letter_kept = true;
                    "letters"
                } else if a.media_type == "message/rfc822" {
                    "replies"
                } else {
                    "attachments"
                };
                let path = format!("{dir}/{folder}/A{n}-{}", safe_name(&a.original_name));
                files.push(PackageFile { path, bytes });
            }
        }
        if !letter_kept {
            // An older record (or a draft): the letter as the record seals it.
            let name = if d.request.sent_on.is_some() { "letter-as-sent.txt" } else { "letter-draft.txt" };
            let text = super::requests::letter_as_sent(&d.request);
            files.push(PackageFile { path: format!("{dir}/letters/{name}"), bytes: text.into_bytes() });
        }
        for (k, t) in store.list_timestamps(id)?.into_iter().enumerate() {
            let path = format!("{dir}/timestamps/T{}.tsr", k + 1);
            tokens.push((path.clone(), t.digest.clone(), t.tsa_url.clone()));
            files.push(PackageFile { path, bytes: t.reply });
        }
    }
    let l10n = Localizer::embedded();
    for (locale, name) in [(Locale::ZhCn, "README-zh.txt"), (Locale::EnUs, "README-en.txt")] {
        let readme = package_readme(l10n, locale, &pdf_name, &tokens);
        files.push(PackageFile { path: name.into(), bytes: readme.into_bytes() });
    }
    Ok(write_zip(&files, now.instant.naive_utc())?)
}

/// How to check the package, in one language, with the exact commands for its tokens.
fn package_readme(
    l10n: &Localizer,
    locale: Locale,
    pdf: &str,
    tokens: &[(String, String, String)],
) -> String {
    use crate::i18n::Arg;
    let mut out = vec![
        l10n.msg(locale, "package-readme-title", &[]),
        l10n.msg(locale, "package-readme-intro", &[("pdf", Arg::Str(pdf))]),
        l10n.msg(locale, "package-readme-sha", &[]),
        "    sha256sum -c MANIFEST.sha256".to_string(),
    ];
    if tokens.is_empty() {
        out.push(l10n.msg(locale, "package-readme-no-timestamp", &[]));
    } else {
        out.push(l10n.msg(locale, "package-readme-timestamp", &[]));
        for (path, digest, tsa) in tokens {
            out.push(l10n.msg(
                locale,
                "package-readme-token",
                &[("path", Arg::Str(path)), ("tsa", Arg::Str(tsa))],
            ));
            out.push(format!("    openssl ts -reply -in {path} -text"));
            out.push(format!("    openssl ts -verify -digest {digest} -in {path} -CAfile TSA-ROOT.pem"));
        }
        out.push(l10n.msg(locale, "package-readme-timestamp-after", &[]));
    }
    out.push(l10n.msg(locale, "package-readme-eml", &[]));
    out.join("\n\n").replace("\n\n    ", "\n    ") + "\n"
}

/// Recomputes every request's hash chain and every attachment's hash: what
/// the evidence PDF's footer tells a reader to run.
pub fn verify_store(store: &Store) -> Result<crate::store::VerifyReport> {
    Ok(store.verify()?)
}
