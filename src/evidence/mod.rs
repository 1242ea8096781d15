//! Evidence for a complaint: a request's (or a holder's) whole record as a PDF
//! a regulator can read and anyone can verify.
//!
//! | file | owns | purity |
//! |---|---|---|
//! | `bundle.rs` | the facts of a case, worded in the reader's language ([`EvidenceCase`]) | pure |
//! | `compose.rs` | which sections, tables and paragraphs the PDF has ([`compose`]) | pure |
//! | `layout.rs` | line breaking (CJK and Latin) and pagination | pure |
//! | `raster.rs` | PNG/JPEG screenshots turned into PDF image data | pure |
//! | `package.rs` | the evidence package: a zip of the PDF, the originals, the tokens and a manifest | pure |
//! | `pdf.rs` | the embedded CJK font and the PDF bytes; the only `printpdf` user | no I/O, no clock |
//!
//! Nothing here reads the store, the file system or the clock: `api::export_evidence`
//! reads the records and attachments and passes in the export time, so the same
//! inputs always give the same bytes. The font is WenQuanYi Micro Hei (Apache-2.0,
//! see `fonts/README.md`), embedded in the binary and subset in each PDF.

mod bundle;
mod compose;
pub mod layout;
pub mod package;
mod pdf;
pub mod raster;

pub use bundle::{
    AttachmentRow, ChainRow, Citation, EvidenceCase, FileCheck, FileState, HolderFacts, Integrity,
    LetterFacts, PictureRef, Reader, Reply, RequestCase, RequestRecord, SummaryRow, TimelineRow,
    TimestampRow, build, holder_name,
};
pub use compose::{Composition, LetterSheet, compose, compose_letter};
pub use pdf::{DocInfo, render};

/// Why a PDF could not be produced.
#[derive(Debug, thiserror::Error)]
pub enum EvidenceError {
    /// The font built into RightsDesk could not be read (a broken build).
    #[error("the built-in font could not be read")]
    Font,
    /// The PDF could not be assembled.
    #[error("the PDF could not be written: {0}")]
    Write(String),
}
