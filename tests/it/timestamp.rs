//! Issue 15: trusted timestamps from a real RFC 3161 TSA on loopback (OpenSSL's
//! `openssl ts -reply` with a CA and a TSA certificate made here, at test
//! time), replies logged from their raw `.eml`, the honest wording of the
//! PDF's integrity section, and the evidence package.

use crate::support::*;
use der::{Decode, Encode};
use rightsdesk::api::{self, DraftInput, EmlInput, EvidenceOptions, ExportTarget, SendInput};
use rightsdesk::holder::HolderKind;
use rightsdesk::i18n::Locale;
use rightsdesk::ids::RequestId;
use rightsdesk::jurisdiction::Jurisdiction;
use rightsdesk::request::{DeliveryChannel, EventKind, RequestKind};
use rightsdesk::store::{Store, VerifyProblem};
use rightsdesk::timestamp::{self, TimestampError};
use rightsdesk::{Error, ErrorCode};
use std::io::{Read, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::Command;

fn openssl(dir: &Path, args: &[&str]) -> Vec<u8> {
    let out = Command::new("openssl")
        .args(args)
        .current_dir(dir)
        .output()
        .expect("the openssl command-line tool is installed (Debian package openssl)");
    assert!(out.status.success(), "openssl {args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
    out.stdout
}

/// A test CA, a TSA certificate it issued (extendedKeyUsage critical timeStamping)
/// and a second key with a certificate of the same issuer, subject and serial.
struct Pki {
    dir: tempfile::TempDir,
}

impl Pki {
    fn new() -> Pki {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        std::fs::write(
            d.join("tsa-ext.cnf"),
            "basicConstraints = CA:FALSE\nkeyUsage = critical, digitalSignature\nextendedKeyUsage = critical, timeStamping\n",
        )
        .unwrap();
        openssl(
            d,
            &[
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-keyout",
                "ca.key",
                "-out",
                "ca.pem",
                "-subj",
                "/CN=RightsDesk Test Root",
                "-days",
                "3650",
                "-addext",
                "basicConstraints=critical,CA:TRUE",
                "-addext",
                "keyUsage=critical,keyCertSign,cRLSign",
            ],
        );
        for (key, cert) in [("tsa.key", "tsa.pem"), ("other.key", "other.pem")] {
            let csr = format!("{key}.csr");
            openssl(
                d,
                &[
                    "req",
                    "-newkey",
                    "rsa:2048",
                    "-nodes",
                    "-keyout",
                    key,
                    "-out",
                    &csr,
                    "-subj",
                    "/CN=RightsDesk Test TSA",
                ],
            );
            openssl(
                d,
                &[
                    "x509",
                    "-req",
                    "-in",
                    &csr,
                    "-CA",
                    "ca.pem",
                    "-CAkey",
                    "ca.key",
                    "-set_serial",
                    "4242",
                    "-days",
                    "3650",
                    "-sha256",
                    "-extfile",
                    "tsa-ext.cnf",
                    "-out",
                    cert,
                ],
            );
        }
        std::fs::write(d.join("tsaserial"), "01\n").unwrap();
        let config = format!(
            "[ tsa ]\ndefault_tsa = tsa_config1\n\n[ tsa_config1 ]\ndir = {}\nserial = $dir/tsaserial\ncrypto_device = builtin\n\
             signer_cert = $dir/tsa.pem\ncerts = $dir/ca.pem\nsigner_key = $dir/tsa.key\nsigner_digest = sha256\n\
             default_policy = 1.2.3.4.1\ndigests = sha256\naccuracy = secs:1\nordering = no\ntsa_name = yes\n\
             ess_cert_id_chain = no\ness_cert_id_alg = sha256\n",
            d.display()
        );
        std::fs::write(d.join("tsa.cnf"), config).unwrap();
        Pki { dir }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// What `openssl ts -reply` answers to a query.
    fn reply(&self, query: &[u8]) -> Vec<u8> {
        let d = self.dir.path();
        let q = tempfile::NamedTempFile::new_in(d).unwrap();
        std::fs::write(q.path(), query).unwrap();
        let r = tempfile::NamedTempFile::new_in(d).unwrap();
        let (qp, rp) = (q.path().to_str().unwrap(), r.path().to_str().unwrap());
        openssl(d, &["ts", "-reply", "-config", "tsa.cnf", "-queryfile", qp, "-out", rp]);
        std::fs::read(r.path()).unwrap()
    }
}

/// How the loopback TSA answers.
#[derive(Clone, Copy, PartialEq)]
enum Mode {
    /// Stamps what it was asked to.
    Honest,
    /// Stamps another digest than the one asked for.
    OtherDigest,
}

/// A tiny HTTP server that pipes each POSTed query through `openssl ts -reply`.
fn serve(pki: std::sync::Arc<Pki>, mode: Mode) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/tsr", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut buf = Vec::new();
            let mut chunk = [0u8; 4096];
            let (head_end, length) = loop {
                let n = stream.read(&mut chunk).unwrap_or(0);
                if n == 0 {
                    break (None, 0);
                }
                buf.extend_from_slice(&chunk[..n]);
                if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
                    let head = String::from_utf8_lossy(&buf[..i]).to_ascii_lowercase();
                    let length = head
                        .lines()
                        .find_map(|l| {
                            l.strip_prefix("content-length:").map(|v| v.trim().parse().unwrap_or(0))
                        })
                        .unwrap_or(0);
                    break (Some(i + 4), length);
                }
            };
            let Some(start) = head_end else { continue };
            while buf.len() < start + length {
                let n = stream.read(&mut chunk).unwrap_or(0);
                if n == 0 {
                    break;
                }
                buf.extend_from_slice(&chunk[..n]);
            }
            let mut query = buf[start..(start + length).min(buf.len())].to_vec();
            if mode == Mode::OtherDigest {
                let mut req = x509_tsp::TimeStampReq::from_der(&query).unwrap();
                req.message_imprint.hashed_message = der::asn1::OctetString::new(vec![0x5a; 32]).unwrap();
                query = req.to_der().unwrap();
            }
            let body = pki.reply(&query);
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: application/timestamp-reply\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            );
            let _ = stream.write_all(head.as_bytes()).and_then(|()| stream.write_all(&body));
        }
    });
    url
}

fn draft(h: &rightsdesk::holder::Holder) -> DraftInput {
    DraftInput {
        holder_id: h.id,
        kind: RequestKind::Deletion,
        jurisdiction: None,
        language: Locale::ZhCn,
        reason: None,
        ground: None,
        correction: None,
        letter_date: Some(date("2026-03-02")),
        identifiers: None,
        parent_id: None,
        sender: None,
    }
}

/// A deletion request sent by e-mail on 2026-03-02.
fn sent_request() -> (tempfile::TempDir, Store, RequestId) {
    let (dir, mut store) = temp_store();
    let h = holder(&store, "Meituan", Jurisdiction::Cn, HolderKind::Ecommerce);
    let t = now("2026-03-02");
    let id = api::create_request(&mut store, &draft(&h), &t).unwrap().request.id;
    api::mark_sent(
        &mut store,
        id,
        &SendInput { date: date("2026-03-02"), channel: Some(DeliveryChannel::Email), tracking: None },
        &t,
    )
    .unwrap();
    (dir, store, id)
}

const REPLY_EML: &str = "Return-Path: <privacy@meituan.example.cn>\r\n\
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=meituan.example.cn;\r\n\
\ts=sel2026; h=from:to:subject:date; bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=;\r\n\
\tb=dGVzdA==\r\n\
From: Meituan Privacy <privacy@meituan.example.cn>\r\n\
To: me@example.org\r\n\
Subject: =?UTF-8?B?5Zue5aSN77ya5Yig6Zmk6K+35rGC?=\r\n\
Date: Tue, 10 Mar 2026 09:30:00 +0800\r\n\
Message-ID: <20260310093000.4711@mail.meituan.example.cn>\r\n\
MIME-Version: 1.0\r\n\
Content-Type: text/plain; charset=utf-8\r\n\
Content-Transfer-Encoding: 8bit\r\n\
\r\n\
您好，您的个人信息已于今日删除。\r\n";

fn pdf_text(dir: &Path, pdf: &[u8]) -> String {
    let path = dir.join("evidence-check.pdf");
    std::fs::write(&path, pdf).unwrap();
    let out = Command::new("pdftotext").args(["-enc", "UTF-8"]).arg(&path).arg("-").output().unwrap();
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

/// The text without any white space, so words wrapped across lines still match.
fn squeezed(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

fn export(store: &Store, id: RequestId, locale: Locale, on: &str) -> Vec<u8> {
    api::export_evidence(
        store,
        ExportTarget::Request(id),
        &EvidenceOptions { locale, sender: None },
        &now(on),
    )
    .unwrap()
}

#[test]
fn a_token_from_the_loopback_tsa_verifies_offline_and_the_pdf_names_tsa_time_and_digest() {
    let pki = std::sync::Arc::new(Pki::new());
    let url = serve(pki.clone(), Mode::Honest);
    let (dir, mut store, id) = sent_request();
    let head = api::get_request(&store, id, &now("2026-03-03")).unwrap().digest;

    let d = api::timestamp_request(&store, id, Some(&url), &now("2026-03-03")).unwrap();
    let [t] = d.integrity.timestamps.as_slice() else {
        panic!("one timestamp: {:?}", d.integrity.timestamps)
    };
    assert!(t.holds(), "{:?}", t.problem);
    assert_eq!(t.digest, head, "the record head is what was stamped");
    assert_eq!(t.tsa_url, url);
    let facts = t.facts.as_ref().unwrap();
    assert!(facts.signer.contains("RightsDesk Test TSA"), "{}", facts.signer);
    assert!(d.integrity.problems.is_empty(), "{:?}", d.integrity.problems);

    // The kept reply is what `openssl ts -verify` accepts for that digest and CA.
    let tsr = dir.path().join("t.tsr");
    std::fs::write(&tsr, &store.list_timestamps(id).unwrap()[0].reply).unwrap();
    let ok = openssl(
        pki.dir.path(),
        &["ts", "-verify", "-digest", &head, "-in", tsr.to_str().unwrap(), "-CAfile", "ca.pem"],
    );
    assert!(String::from_utf8_lossy(&ok).contains("Verification: OK"));

    // A later link is fine: the token still holds for what it stamped.
    let eml = dir.path().join("reply.eml");
    std::fs::write(&eml, REPLY_EML).unwrap();
    api::log_reply_eml(&mut store, id, &EmlInput { kind: None, path: eml, date: None }, &now("2026-03-10"))
        .unwrap();
    let report = api::verify_store(&store).unwrap();
    assert!(report.is_intact(), "{:?}", report.problems);
    assert_eq!(report.timestamps, 1);

    let en = squeezed(&pdf_text(dir.path(), &export(&store, id, Locale::EnUs, "2026-03-11")));
    assert!(en.contains(&squeezed("Unchanged since the trusted timestamp of")), "{en}");
    assert!(en.contains(&squeezed(&format!("Authority: {url}"))), "the TSA is named");
    assert!(en.contains(&squeezed(&format!("Stamped digest: {head}"))), "the stamped digest is printed");
    assert!(en.contains(&squeezed("its first 2 of 3 event(s)")), "what it covers is said: {en}");
    assert!(
        en.contains(&squeezed("The 1 event(s) recorded after it are covered by RightsDesk's own chain only"))
    );
    assert!(en.contains(&squeezed("Recorded in this app since")));
    assert!(!en.contains(&squeezed("No trusted timestamp")), "no contradiction");
    let stamped = chrono::DateTime::parse_from_rfc3339(&t.gen_time).unwrap().with_timezone(&chrono::Utc);
    assert!(en.contains(&squeezed(&stamped.format("%H:%M:%S UTC").to_string())), "the TSA's time is printed");

    let zh = squeezed(&pdf_text(dir.path(), &export(&store, id, Locale::ZhCn, "2026-03-11")));
    assert!(zh.contains("的可信时间戳（时间戳服务机构"), "{zh}");
    assert!(zh.contains(&squeezed(&format!("所盖摘要：{head}"))));
}

#[test]
fn a_token_over_a_different_digest_does_not_verify() {
    let pki = std::sync::Arc::new(Pki::new());
    let url = serve(pki.clone(), Mode::OtherDigest);
    let (_dir, store, id) = sent_request();
    let err = api::timestamp_request(&store, id, Some(&url), &now("2026-03-03")).unwrap_err();
    assert_eq!(err.code(), ErrorCode::TsaDigestMismatch, "{err}");
    assert!(store.list_timestamps(id).unwrap().is_empty(), "nothing is kept");

    // A kept token whose stamped digest is made to look like the record's: verify catches it.
    let honest = serve(pki, Mode::Honest);
    api::timestamp_request(&store, id, Some(&honest), &now("2026-03-03")).unwrap();
    let conn = store.raw_connection();
    conn.execute_batch("DROP TRIGGER timestamps_no_update").unwrap();
    conn.execute("UPDATE timestamps SET digest = ?1", [&"ab".repeat(32)]).unwrap();
    let report = api::verify_store(&store).unwrap();
    assert!(
        report
            .problems
            .iter()
            .any(|p| matches!(p, VerifyProblem::TimestampInvalid { request, .. } if *request == id)),
        "{:?}",
        report.problems
    );
}

/// Decodes a reply, lets `f` change its SignedData, encodes it again.
fn edit_signed_data(reply: &[u8], f: impl FnOnce(&mut cms::signed_data::SignedData)) -> Vec<u8> {
    let mut resp = x509_tsp::TimeStampResp::from_der(reply).unwrap();
    let token = resp.time_stamp_token.as_mut().unwrap();
    let mut sd: cms::signed_data::SignedData = token.content.decode_as().unwrap();
    f(&mut sd);
    token.content = der::Any::encode_from(&sd).unwrap();
    resp.to_der().unwrap()
}

#[test]
fn a_token_signed_by_another_key_or_with_a_changed_byte_does_not_verify() {
    let pki = Pki::new();
    let digest = [0x11u8; 32];
    let nonce = timestamp::nonce_from([1, 2, 3, 4, 5, 6, 7, 8]);
    let reply = pki.reply(&timestamp::query(&digest, &nonce).unwrap());
    let facts = timestamp::check_reply(&reply, &digest, Some(&nonce)).expect("the honest token holds");
    assert_eq!(facts.digest, hex::encode(digest));

    // The same issuer, subject and serial, but another key: the signature is not its.
    let other = std::fs::read(pki.path("other.pem")).unwrap();
    let other_der = pem_der(&other);
    let other_cert = x509_cert::Certificate::from_der(&other_der).unwrap();
    let swapped = edit_signed_data(&reply, |sd| {
        let set = der::asn1::SetOfVec::try_from(vec![cms::cert::CertificateChoices::Certificate(other_cert)])
            .unwrap();
        sd.certificates = Some(cms::signed_data::CertificateSet(set));
    });
    assert!(
        matches!(
            timestamp::check_reply(&swapped, &digest, Some(&nonce)),
            Err(TimestampError::BadSignature(_))
        ),
        "a token whose signature is not by the certificate it carries is refused"
    );

    // One changed byte in the signature.
    let flipped = edit_signed_data(&reply, |sd| {
        let mut infos: Vec<_> = sd.signer_infos.0.iter().cloned().collect();
        let mut sig = infos[0].signature.as_bytes().to_vec();
        sig[10] ^= 0x01;
        infos[0].signature = der::asn1::OctetString::new(sig).unwrap();
        sd.signer_infos = cms::signed_data::SignerInfos(der::asn1::SetOfVec::try_from(infos).unwrap());
    });
    assert!(matches!(
        timestamp::check_reply(&flipped, &digest, Some(&nonce)),
        Err(TimestampError::BadSignature(_))
    ));

    // One changed byte in the stamped content (the TSTInfo) itself.
    let i = reply.windows(32).position(|w| w == digest).expect("the digest is in the token");
    let mut changed = reply.clone();
    changed[i + 31] ^= 0x01;
    let mut changed_digest = digest;
    changed_digest[31] ^= 0x01;
    assert!(matches!(
        timestamp::check_reply(&changed, &changed_digest, Some(&nonce)),
        Err(TimestampError::BadSignature(_))
    ));
    // And a reply for another query (another nonce) is not taken either.
    assert!(matches!(
        timestamp::check_reply(&reply, &digest, Some(&[9; 8])),
        Err(TimestampError::BadReply(_))
    ));

    // Kept in a store, a token swapped for one signed by the other key makes verify and the PDF say so.
    let url = serve(std::sync::Arc::new(pki), Mode::Honest);
    let (dir, store, id) = sent_request();
    api::timestamp_request(&store, id, Some(&url), &now("2026-03-03")).unwrap();
    let kept = store.list_timestamps(id).unwrap()[0].reply.clone();
    let bad = edit_signed_data(&kept, |sd| {
        let set = der::asn1::SetOfVec::try_from(vec![cms::cert::CertificateChoices::Certificate(
            x509_cert::Certificate::from_der(&other_der).unwrap(),
        )])
        .unwrap();
        sd.certificates = Some(cms::signed_data::CertificateSet(set));
    });
    let conn = store.raw_connection();
    conn.execute_batch("DROP TRIGGER timestamps_no_update").unwrap();
    conn.execute("UPDATE timestamps SET reply = ?1", [&bad]).unwrap();
    assert!(!api::verify_store(&store).unwrap().is_intact());
    let en = squeezed(&pdf_text(dir.path(), &export(&store, id, Locale::EnUs, "2026-03-04")));
    assert!(en.contains(&squeezed("This record is NOT intact")), "{en}");
    assert!(en.contains(&squeezed("DOES NOT HOLD")));
    assert!(
        !en.contains(&squeezed("Unchanged since the trusted timestamp")),
        "a broken token confirms nothing"
    );
}

fn pem_der(pem: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(pem);
    let b64: String = text.lines().filter(|l| !l.starts_with("-----")).collect();
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.decode(b64).unwrap()
}

#[test]
fn without_a_timestamp_the_pdf_says_the_record_is_not_independently_confirmed() {
    let (dir, store, id) = sent_request();
    let en = squeezed(&pdf_text(dir.path(), &export(&store, id, Locale::EnUs, "2026-03-04")));
    assert!(en.contains(&squeezed(
        "No trusted timestamp: this record was kept by the sender and is not independently confirmed."
    )));
    assert!(en.contains(&squeezed("Recorded in this app since")));
    assert!(!en.contains(&squeezed("Unchanged since the trusted timestamp")));
    let zh = squeezed(&pdf_text(dir.path(), &export(&store, id, Locale::ZhCn, "2026-03-04")));
    assert!(zh.contains("无可信时间戳：本记录由发件人自行保存，未经独立第三方确认。"), "{zh}");
    assert!(zh.contains("起记录于本应用"));
}

#[test]
fn a_draft_or_an_altered_record_is_not_sent_for_a_timestamp_and_an_unreachable_tsa_is_named() {
    let (_dir, mut store) = temp_store();
    let h = holder(&store, "Didi", Jurisdiction::Cn, HolderKind::Other);
    let id = api::create_request(&mut store, &draft(&h), &now("2026-03-02")).unwrap().request.id;
    let err =
        api::timestamp_request(&store, id, Some("http://127.0.0.1:9/tsr"), &now("2026-03-02")).unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotSent);

    let (_dir, store, id) = sent_request();
    // Nothing listens on port 9 (discard) on loopback: unreachable, named as such.
    let err =
        api::timestamp_request(&store, id, Some("http://127.0.0.1:9/tsr"), &now("2026-03-03")).unwrap_err();
    assert_eq!(err.code(), ErrorCode::TsaUnreachable, "{err}");
    assert!(matches!(err, Error::Timestamp(TimestampError::Unreachable { .. })));

    store
        .raw_connection()
        .execute_batch(
            "DROP TRIGGER requests_letter_frozen_after_send; UPDATE requests SET body = body || '!'",
        )
        .unwrap();
    let err =
        api::timestamp_request(&store, id, Some("http://127.0.0.1:9/tsr"), &now("2026-03-03")).unwrap_err();
    assert_eq!(err.code(), ErrorCode::TimestampRecordAltered, "an altered record is never stamped");
}

#[test]
fn a_reply_logged_from_its_eml_keeps_the_raw_bytes_and_the_pdf_lists_its_headers() {
    let (dir, mut store, id) = sent_request();
    let eml = dir.path().join("美团回复.eml");
    std::fs::write(&eml, REPLY_EML).unwrap();
    let d = api::log_reply_eml(
        &mut store,
        id,
        &EmlInput { kind: None, path: eml, date: None },
        &now("2026-03-11"),
    )
    .unwrap();
    let e = d.events.last().unwrap();
    assert_eq!(e.kind, EventKind::ReplyReceived);
    assert_eq!(e.occurred_on, date("2026-03-10"), "the message's own Date");
    assert_eq!(e.text, "您好，您的个人信息已于今日删除。");
    let [a] = e.attachments.as_slice() else { panic!("{:?}", e.attachments) };
    assert_eq!(a.media_type, "message/rfc822");
    assert_eq!(store.read_attachment(a).unwrap(), REPLY_EML.as_bytes(), "kept byte for byte");

    // The letter as sent is kept as a file at send time.
    let sent = d.events.iter().find(|e| e.kind == EventKind::Sent).unwrap();
    let [letter] = sent.attachments.as_slice() else { panic!("{:?}", sent.attachments) };
    let text = String::from_utf8(store.read_attachment(letter).unwrap()).unwrap();
    assert!(text.starts_with(&d.request.subject) && text.contains(d.request.body.trim_end()));

    let en = squeezed(&pdf_text(dir.path(), &export(&store, id, Locale::EnUs, "2026-03-11")));
    assert!(en.contains(&squeezed("Message-ID: <20260310093000.4711@mail.meituan.example.cn>")), "{en}");
    assert!(en.contains(&squeezed("Date: Tue, 10 Mar 2026 09:30:00 +0800")));
    assert!(en.contains(&squeezed("From: Meituan Privacy <privacy@meituan.example.cn>")));
    assert!(en.contains(&squeezed("DKIM signature: domain (d=) meituan.example.cn, selector (s=) sel2026")));

    // Not a mail: refused, nothing logged.
    let png = dir.path().join("x.eml");
    std::fs::write(&png, b"\x89PNG\r\n\x1a\nrest").unwrap();
    let before = store.list_events(id).unwrap().len();
    let err = api::log_reply_eml(
        &mut store,
        id,
        &EmlInput { kind: None, path: png, date: None },
        &now("2026-03-11"),
    )
    .unwrap_err();
    assert_eq!(err.code(), ErrorCode::EmlUnreadable);
    assert_eq!(store.list_events(id).unwrap().len(), before);
}

#[test]
fn the_evidence_package_has_every_file_its_manifest_matches_and_openssl_accepts_its_token() {
    let pki = std::sync::Arc::new(Pki::new());
    let url = serve(pki.clone(), Mode::Honest);
    let (dir, mut store, id) = sent_request();
    let eml = dir.path().join("reply.eml");
    std::fs::write(&eml, REPLY_EML).unwrap();
    api::log_reply_eml(&mut store, id, &EmlInput { kind: None, path: eml, date: None }, &now("2026-03-10"))
        .unwrap();
    let shot = dir.path().join("../evil name.txt");
    let shot = dir.path().join(shot.file_name().unwrap());
    std::fs::write(&shot, "screenshot notes").unwrap();
    api::log_event(
        &mut store,
        id,
        &api::LogInput {
            kind: EventKind::Note,
            date: date("2026-03-10"),
            text: "note".into(),
            files: vec![shot],
        },
        &now("2026-03-10"),
    )
    .unwrap();
    api::timestamp_request(&store, id, Some(&url), &now("2026-03-11")).unwrap();
    let head = api::get_request(&store, id, &now("2026-03-11")).unwrap().digest;

    let options = EvidenceOptions { locale: Locale::ZhCn, sender: None };
    let zip = api::export_bundle(&store, ExportTarget::Request(id), &options, &now("2026-03-11")).unwrap();
    let again = api::export_bundle(&store, ExportTarget::Request(id), &options, &now("2026-03-11")).unwrap();
    assert_eq!(zip, again, "the same record and time give the same package");

    let out = tempfile::tempdir().unwrap();
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(zip)).unwrap();
    archive.extract(out.path()).unwrap();
    let mut names: Vec<String> =
        (0..archive.len()).map(|i| archive.by_index(i).unwrap().name().unwrap().to_string()).collect();
    names.sort();
    let expect = |p: &str| assert!(names.iter().any(|n| n == p), "{p} is in the package: {names:?}");
    expect("MANIFEST.sha256");
    expect("README-zh.txt");
    expect("README-en.txt");
    expect(&format!("evidence-request-{id}.pdf"));
    expect(&format!("request-{id}/letters/A1-letter-request-{id}.txt"));
    expect(&format!("request-{id}/replies/A2-reply.eml"));
    expect(&format!("request-{id}/attachments/A3-evil name.txt"));
    expect(&format!("request-{id}/timestamps/T1.tsr"));
    assert_eq!(
        std::fs::read(out.path().join(format!("request-{id}/replies/A2-reply.eml"))).unwrap(),
        REPLY_EML.as_bytes()
    );

    // Every manifest line matches its file, and every other file is listed.
    let manifest = std::fs::read_to_string(out.path().join("MANIFEST.sha256")).unwrap();
    let listed: Vec<(&str, &str)> = manifest.lines().map(|l| l.split_once("  ").unwrap()).collect();
    assert_eq!(listed.len(), names.len() - 1);
    for (sha, path) in &listed {
        let bytes = std::fs::read(out.path().join(path)).unwrap();
        assert_eq!(*sha, rightsdesk::request::chain::sha256_hex(&bytes), "{path}");
    }
    let check =
        Command::new("sha256sum").args(["-c", "MANIFEST.sha256"]).current_dir(out.path()).output().unwrap();
    assert!(check.status.success(), "sha256sum -c: {}", String::from_utf8_lossy(&check.stdout));

    // The bundled token passes `openssl ts -verify`, with the command the README gives.
    let readme = std::fs::read_to_string(out.path().join("README-en.txt")).unwrap();
    let command =
        format!("openssl ts -verify -digest {head} -in request-{id}/timestamps/T1.tsr -CAfile TSA-ROOT.pem");
    assert!(readme.contains(&command), "{readme}");
    assert!(readme.contains("sha256sum -c MANIFEST.sha256"));
    assert!(std::fs::read_to_string(out.path().join("README-zh.txt")).unwrap().contains(&command));
    std::fs::copy(pki.path("ca.pem"), out.path().join("TSA-ROOT.pem")).unwrap();
    // The README's command, run as written (without the program name, which `openssl()` adds).
    let args: Vec<&str> = command.strip_prefix("openssl ").unwrap().split(' ').collect();
    let verified = openssl(out.path(), &args);
    assert!(String::from_utf8_lossy(&verified).contains("Verification: OK"));

    // A changed file in the unpacked package is caught by the same check.
    std::fs::write(out.path().join(format!("request-{id}/replies/A2-reply.eml")), "forged").unwrap();
    let check =
        Command::new("sha256sum").args(["-c", "MANIFEST.sha256"]).current_dir(out.path()).output().unwrap();
    assert!(!check.status.success());
}
