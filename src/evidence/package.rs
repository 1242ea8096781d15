//! The evidence package: one zip with the PDF, the originals (letters as
//! sent, raw replies, attachments), the timestamp tokens, a manifest of their
//! SHA-256 in `sha256sum` format and a README in each language.
//!
//! Pure: the caller (`api::export_bundle`) reads the files and the time; this
//! only names them safely and writes the archive, so the same inputs give the
//! same bytes.

use super::EvidenceError;
use crate::request::chain::sha256_hex;
use std::io::Write;

/// The file that lists every other file's SHA-256.
pub const MANIFEST: &str = "MANIFEST.sha256";

/// One file of the package.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackageFile {
    /// Path inside the archive, `/`-separated.
    pub path: String,
    pub bytes: Vec<u8>,
}

/// A file name as it may stand in an archive: no folders, no control
/// characters, nothing a `sha256sum` line could misread.
pub fn safe_name(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .map(|c| {
            if c.is_control() || matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|') {
                '_'
            } else {
                c
            }
        })
        .collect();
    let cleaned = cleaned.trim().trim_start_matches('.').to_string();
    if cleaned.is_empty() { "file".into() } else { cleaned }
}

/// The manifest: `HASH  PATH` per file, in archive order (what `sha256sum -c` reads).
pub fn manifest(files: &[PackageFile]) -> String {
    files.iter().map(|f| format!("{}  {}\n", sha256_hex(&f.bytes), f.path)).collect()
}

/// Writes the archive: `files` in order, then the manifest over all of them.
/// `modified` is the time every entry carries (the export time).
pub fn write_zip(files: &[PackageFile], modified: chrono::NaiveDateTime) -> Result<Vec<u8>, EvidenceError> {
    use chrono::{Datelike, Timelike};
    use zip::write::SimpleFileOptions;
    let fail = |e: &dyn std::fmt::Display| EvidenceError::Write(format!("the evidence package: {e}"));
    let time = zip::DateTime::from_date_and_time(
        modified.year().clamp(1980, 2107) as u16,
        modified.month() as u8,
        modified.day() as u8,
        modified.hour() as u8,
        modified.minute() as u8,
        modified.second().min(58) as u8,
    )
    .map_err(|e| fail(&e))?;
    let options = SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(time)
        .unix_permissions(0o600);
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let mut seen = std::collections::BTreeSet::new();
    for f in files {
        if !seen.insert(f.path.clone()) {
            return Err(EvidenceError::Write(format!("two files are named {}", f.path)));
        }
        zip.start_file(f.path.as_str(), options).map_err(|e| fail(&e))?;
        zip.write_all(&f.bytes).map_err(|e| fail(&e))?;
    }
    zip.start_file(MANIFEST, options).map_err(|e| fail(&e))?;
    zip.write_all(manifest(files).as_bytes()).map_err(|e| fail(&e))?;
    Ok(zip.finish().map_err(|e| fail(&e))?.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_cannot_climb_out_or_break_a_manifest_line() {
        assert_eq!(safe_name("../../etc/passwd"), "_.._etc_passwd");
        assert_eq!(safe_name("a\nb.eml"), "a_b.eml");
        assert_eq!(safe_name(".."), "file");
        assert_eq!(safe_name("回复.eml"), "回复.eml");
    }

    #[test]
    fn the_manifest_is_in_sha256sum_format() {
        let files = vec![PackageFile { path: "a.txt".into(), bytes: b"abc".to_vec() }];
        assert_eq!(
            manifest(&files),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad  a.txt\n"
        );
    }
}
