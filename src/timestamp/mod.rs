//! Trusted timestamps (RFC 3161) over a request's record head.
//!
//! Pure: builds the `TimeStampReq` a time-stamping authority (TSA) is sent,
//! and checks a `TimeStampResp` offline: the TSA's status, the CMS SignedData
//! around the `TSTInfo`, the signed attributes (content type and message
//! digest), the RSA PKCS#1 v1.5 / SHA-256 signature by the certificate carried
//! in the token (which must be meant for time stamping and valid at the
//! stamped time), the message imprint (it must be the digest asked for) and the
//! nonce. Everything ASN.1 goes through RustCrypto's `x509-tsp`, `cms`,
//! `x509-cert` and `der`; the signature through `rsa`.
//!
//! What it does not do: decide whether the TSA itself is to be trusted. The
//! certificate's subject and fingerprint are returned so the evidence can name
//! them, and anyone can check the chain to the TSA's root with
//! `openssl ts -verify -digest HEAD -in FILE.tsr -CAfile TSA-ROOT.pem`.
//!
//! The network call (`fetch::post`) and the store live elsewhere (`api::timestamp_request`).

use cms::cert::CertificateChoices;
use cms::content_info::ContentInfo;
use cms::signed_data::{SignedData, SignerIdentifier, SignerInfo};
use der::asn1::{Int, ObjectIdentifier, OctetString};
use der::{Any, Decode, Encode, Tag, Tagged};
use rsa::pkcs8::DecodePublicKey;
use rsa::{Pkcs1v15Sign, RsaPublicKey};
use sha2::{Digest, Sha256};
use spki::AlgorithmIdentifier;
use x509_cert::Certificate;
use x509_cert::ext::pkix::{ExtendedKeyUsage, SubjectKeyIdentifier};
use x509_tsp::{MessageImprint, TimeStampReq, TimeStampResp, TspVersion, TstInfo};

const SHA_256: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.16.840.1.101.3.4.2.1");
const RSA_ENCRYPTION: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.1.1");
const SHA_256_WITH_RSA: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.1.11");
const SIGNED_DATA: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.7.2");
const TST_INFO: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.9.16.1.4");
const CONTENT_TYPE: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.9.3");
const MESSAGE_DIGEST: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.9.4");
const EXT_KEY_USAGE: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.5.29.37");
const SUBJECT_KEY_ID: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.5.29.14");
const KP_TIME_STAMPING: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.3.6.1.5.5.7.3.8");

/// The media types of the exchange (RFC 3161 §3.4).
pub const QUERY_MEDIA_TYPE: &str = "application/timestamp-query";
pub const REPLY_MEDIA_TYPE: &str = "application/timestamp-reply";

/// A public time-stamping authority the user may choose in Settings.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct TsaChoice {
    pub name: String,
    pub url: String,
}

/// Public TSAs that answer RFC 3161 over HTTP without an account. None is
/// contacted until the user asks for a timestamp.
pub fn public_tsas() -> Vec<TsaChoice> {
    [
        ("FreeTSA.org", "https://freetsa.org/tsr"),
        ("DigiCert", "http://timestamp.digicert.com"),
        ("Sectigo", "https://timestamp.sectigo.com"),
        ("GlobalSign", "http://timestamp.globalsign.com/tsa/r6advanced1"),
    ]
    .into_iter()
    .map(|(name, url)| TsaChoice { name: name.into(), url: url.into() })
    .collect()
}

/// Why a timestamp could not be had or does not hold.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TimestampError {
    /// The TSA could not be reached or did not answer with a reply.
    #[error("the time-stamping authority {url} could not be reached: {message}")]
    Unreachable { url: String, message: String },
    /// The reply is not a time-stamp response, or the TSA refused, or it is for another query.
    #[error("the time-stamping authority's reply is not usable: {0}")]
    BadReply(String),
    /// The token stamps another digest than the record's.
    #[error("the timestamp covers digest {found}, not the record's digest {expected}")]
    DigestMismatch { expected: String, found: String },
    /// The token's signature does not hold (changed bytes, another key, a certificate not for time stamping).
    #[error("the timestamp's signature does not hold: {0}")]
    BadSignature(String),
    /// The record is not intact, so it is not stamped.
    #[error("request {0}'s record no longer matches its hashes; it is not sent for a timestamp")]
    RecordAltered(i64),
}

/// What a checked token says.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct TokenFacts {
    /// The TSA's time (RFC 3339, UTC).
    pub gen_time: String,
    /// The stamped digest (hex).
    pub digest: String,
    /// The TSA's serial number of the token (hex).
    pub serial: String,
    /// The TSA's policy (dotted OID).
    pub policy: String,
    /// The signing certificate's subject (RFC 4514).
    pub signer: String,
    /// SHA-256 of the signing certificate (hex), to compare with what the TSA publishes.
    pub signer_sha256: String,
}

fn bad_reply(what: &str) -> impl Fn(der::Error) -> TimestampError + '_ {
    move |e| TimestampError::BadReply(format!("{what}: {e}"))
}

fn bad_signature(what: &str) -> impl Fn(der::Error) -> TimestampError + '_ {
    move |e| TimestampError::BadSignature(format!("{what}: {e}"))
}

/// A positive 63-bit nonce from 8 random bytes, minimal as a DER INTEGER.
pub fn nonce_from(mut bytes: [u8; 8]) -> [u8; 8] {
    bytes[0] = (bytes[0] & 0x7f) | 0x40;
    bytes
}

/// The DER `TimeStampReq` over a SHA-256 digest: with the nonce, asking for the TSA's certificate.
pub fn query(digest: &[u8; 32], nonce: &[u8; 8]) -> Result<Vec<u8>, TimestampError> {
    let internal = |e: der::Error| TimestampError::BadReply(format!("the query could not be encoded: {e}"));
    let req = TimeStampReq {
        version: TspVersion::V1,
        message_imprint: MessageImprint {
            hash_algorithm: AlgorithmIdentifier { oid: SHA_256, parameters: Some(Any::null()) },
            hashed_message: OctetString::new(digest.to_vec()).map_err(internal)?,
        },
        req_policy: None,
        nonce: Some(Int::new(nonce).map_err(internal)?),
        cert_req: true,
        extensions: None,
    };
    req.to_der().map_err(internal)
}

/// Checks a TSA's reply (`.tsr` bytes) offline against the digest it should
/// stamp and, when known, the nonce it was asked with.
pub fn check_reply(reply: &[u8], digest: &[u8], nonce: Option<&[u8]>) -> Result<TokenFacts, TimestampError> {
    use cmpv2::status::PkiStatus;
    let resp = TimeStampResp::from_der(reply).map_err(bad_reply("not a time-stamp response"))?;
    match resp.status.status {
        PkiStatus::Accepted | PkiStatus::GrantedWithMods => {}
        other => {
            let text = resp
                .status
                .status_string
                .as_ref()
                .map(|t| t.iter().map(|s| s.as_str().to_string()).collect::<Vec<_>>().join("; "))
                .unwrap_or_default();
            return Err(TimestampError::BadReply(format!("the authority refused ({other:?}) {text}")));
        }
    }
    let token =
        resp.time_stamp_token.ok_or_else(|| TimestampError::BadReply("it carries no token".into()))?;
    check_token(&token, digest, nonce)
}

fn check_token(
    token: &ContentInfo,
    digest: &[u8],
    nonce: Option<&[u8]>,
) -> Result<TokenFacts, TimestampError> {
    if token.content_type != SIGNED_DATA {
        return Err(TimestampError::BadReply(format!(
            "the token is {} , not CMS SignedData",
            token.content_type
        )));
    }
    let sd: SignedData = token.content.decode_as().map_err(bad_reply("the token's SignedData"))?;
    if sd.encap_content_info.econtent_type != TST_INFO {
        return Err(TimestampError::BadReply("the token does not carry a TSTInfo".into()));
    }
    let econtent = sd
        .encap_content_info
        .econtent
        .as_ref()
        .ok_or_else(|| TimestampError::BadReply("the token is empty".into()))?;
    if econtent.tag() != Tag::OctetString {
        return Err(TimestampError::BadReply("the TSTInfo is not an OCTET STRING".into()));
    }
    let tst_der = econtent.value();
    let tst = TstInfo::from_der(tst_der).map_err(bad_reply("the TSTInfo"))?;

    // The signature first: nothing the token says counts before it holds.
    let signer = signer_certificate(&sd)?;
    let info = sd
        .signer_infos
        .0
        .iter()
        .next()
        .ok_or_else(|| TimestampError::BadSignature("the token has no signer".into()))?;
    verify_signer_info(info, &signer, tst_der)?;
    check_certificate(&signer, &tst)?;

    if tst.message_imprint.hash_algorithm.oid != SHA_256 {
        return Err(TimestampError::BadReply(format!(
            "the stamped digest is not SHA-256 ({})",
            tst.message_imprint.hash_algorithm.oid
        )));
    }
    let stamped = tst.message_imprint.hashed_message.as_bytes();
    if stamped != digest {
        return Err(TimestampError::DigestMismatch {
            expected: hex::encode(digest),
            found: hex::encode(stamped),
        });
    }
    if let Some(expected) = nonce
        && tst.nonce.as_ref().map(|n| n.as_bytes()) != Some(expected)
    {
        return Err(TimestampError::BadReply(
            "the nonce is not the one sent: this reply is for another query".into(),
        ));
    }
    let stamped_at = tst.gen_time.to_unix_duration();
    let gen_time = chrono::DateTime::from_timestamp(stamped_at.as_secs() as i64, stamped_at.subsec_nanos())
        .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
        .ok_or_else(|| TimestampError::BadReply("the time is out of range".into()))?;
    let cert_der = signer.to_der().map_err(bad_signature("the certificate"))?;
    Ok(TokenFacts {
        gen_time,
        digest: hex::encode(stamped),
        serial: hex::encode(tst.serial_number.as_bytes()),
        policy: tst.policy.to_string(),
        signer: signer.tbs_certificate.subject.to_string(),
        signer_sha256: hex::encode(Sha256::digest(&cert_der)),
    })
}

/// The certificate the signer identifier names, among those the token carries.
fn signer_certificate(sd: &SignedData) -> Result<Certificate, TimestampError> {
    let info = match sd.signer_infos.0.len() {
        1 => sd.signer_infos.0.iter().next().expect("one signer"),
        n => return Err(TimestampError::BadSignature(format!("the token has {n} signers, not one"))),
    };
    let certs = sd.certificates.as_ref().map(|c| c.0.iter().collect::<Vec<_>>()).unwrap_or_default();
    certs
        .into_iter()
        .filter_map(|c| match c {
            CertificateChoices::Certificate(cert) => Some(cert),
            CertificateChoices::Other(_) => None,
        })
        .find(|cert| match &info.sid {
            SignerIdentifier::IssuerAndSerialNumber(ias) => {
                cert.tbs_certificate.issuer == ias.issuer
                    && cert.tbs_certificate.serial_number == ias.serial_number
            }
            SignerIdentifier::SubjectKeyIdentifier(ski) => extension(cert, SUBJECT_KEY_ID)
                .and_then(|(_, v)| SubjectKeyIdentifier::from_der(v).ok())
                .is_some_and(|k| k.0 == ski.0),
        })
        .cloned()
        .ok_or_else(|| {
            TimestampError::BadSignature(
                "the token does not carry the signing certificate (it was asked for)".into(),
            )
        })
}

fn extension(cert: &Certificate, oid: ObjectIdentifier) -> Option<(bool, &[u8])> {
    cert.tbs_certificate
        .extensions
        .as_ref()?
        .iter()
        .find(|e| e.extn_id == oid)
        .map(|e| (e.critical, e.extn_value.as_bytes()))
}

fn attribute(info: &SignerInfo, oid: ObjectIdentifier) -> Option<&Any> {
    let attrs = info.signed_attrs.as_ref()?;
    let found: Vec<_> = attrs.iter().filter(|a| a.oid == oid).collect();
    match found.as_slice() {
        [one] if one.values.len() == 1 => one.values.iter().next(),
        _ => None,
    }
}

/// The signed attributes bind the TSTInfo (content type, message digest), and the RSA signature covers them.
fn verify_signer_info(info: &SignerInfo, cert: &Certificate, tst_der: &[u8]) -> Result<(), TimestampError> {
    if info.digest_alg.oid != SHA_256 {
        return Err(TimestampError::BadSignature(format!(
            "the signer's digest is {}, only SHA-256 is accepted",
            info.digest_alg.oid
        )));
    }
    let attrs = info
        .signed_attrs
        .as_ref()
        .ok_or_else(|| TimestampError::BadSignature("the signature has no signed attributes".into()))?;
    let content_type = attribute(info, CONTENT_TYPE)
        .and_then(|v| v.decode_as::<ObjectIdentifier>().ok())
        .ok_or_else(|| TimestampError::BadSignature("the signed content type is missing".into()))?;
    if content_type != TST_INFO {
        return Err(TimestampError::BadSignature("the signed content type is not TSTInfo".into()));
    }
    let signed_digest = attribute(info, MESSAGE_DIGEST)
        .and_then(|v| v.decode_as::<OctetString>().ok())
        .ok_or_else(|| TimestampError::BadSignature("the signed message digest is missing".into()))?;
    if signed_digest.as_bytes() != Sha256::digest(tst_der).as_slice() {
        return Err(TimestampError::BadSignature(
            "the TSTInfo does not match the signed digest (changed bytes)".into(),
        ));
    }
    let alg = info.signature_algorithm.oid;
    if alg != RSA_ENCRYPTION && alg != SHA_256_WITH_RSA {
        return Err(TimestampError::BadSignature(format!(
            "signature algorithm {alg} is not supported (RSA PKCS#1 v1.5 with SHA-256 is)"
        )));
    }
    let spki = cert
        .tbs_certificate
        .subject_public_key_info
        .to_der()
        .map_err(bad_signature("the certificate's key"))?;
    let key = RsaPublicKey::from_public_key_der(&spki)
        .map_err(|e| TimestampError::BadSignature(format!("the certificate's key is not an RSA key: {e}")))?;
    let signed = attrs.to_der().map_err(bad_signature("the signed attributes"))?;
    key.verify(Pkcs1v15Sign::new::<Sha256>(), &Sha256::digest(&signed), info.signature.as_bytes()).map_err(
        |_| TimestampError::BadSignature("the signature was not made by the certificate's key".into()),
    )
}

/// The signing certificate must be for time stamping only (RFC 3161 §2.3) and valid at the stamped time.
fn check_certificate(cert: &Certificate, tst: &TstInfo) -> Result<(), TimestampError> {
    let (critical, value) = extension(cert, EXT_KEY_USAGE).ok_or_else(|| {
        TimestampError::BadSignature(
            "the certificate is not for time stamping (no extended key usage)".into(),
        )
    })?;
    let usage = ExtendedKeyUsage::from_der(value).map_err(bad_signature("the extended key usage"))?;
    if !critical || usage.0 != [KP_TIME_STAMPING] {
        return Err(TimestampError::BadSignature(
            "the certificate is not for time stamping only (critical extended key usage timeStamping)".into(),
        ));
    }
    let at = tst.gen_time.to_unix_duration();
    let v = &cert.tbs_certificate.validity;
    if at < v.not_before.to_unix_duration() || at > v.not_after.to_unix_duration() {
        return Err(TimestampError::BadSignature("the certificate was not valid at the stamped time".into()));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_query_carries_the_digest_the_nonce_and_asks_for_the_certificate() {
        let digest = [7u8; 32];
        let nonce = nonce_from([0xff, 1, 2, 3, 4, 5, 6, 7]);
        let der = query(&digest, &nonce).unwrap();
        let back = TimeStampReq::from_der(&der).unwrap();
        assert_eq!(back.message_imprint.hash_algorithm.oid, SHA_256);
        assert_eq!(back.message_imprint.hashed_message.as_bytes(), &digest);
        assert_eq!(back.nonce.unwrap().as_bytes(), &nonce);
        assert!(back.cert_req);
        assert_eq!(nonce[0], 0x7f, "positive and minimal");
    }

    #[test]
    fn garbage_is_a_bad_reply_not_a_crash() {
        assert!(matches!(
            check_reply(b"<html>busy</html>", &[0; 32], None),
            Err(TimestampError::BadReply(_))
        ));
        assert!(matches!(check_reply(&[], &[0; 32], None), Err(TimestampError::BadReply(_))));
    }
}
