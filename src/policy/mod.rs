//! Reading a privacy policy: from the bytes of a fetched page to candidate
//! contacts (e-mail addresses, phone numbers, postal addresses) with the
//! sentence each was found in, for the user to confirm.
//!
//! Pure: no network, store, file system or clock. `fetch` gets the bytes and
//! `api::policy` stores them; this module only reads them.
//!
//! - [`page`] decodes the charset (UTF-8, GBK/GB18030 and whatever the header,
//!   a byte-order mark or a `<meta>` declares) and turns HTML into lines of
//!   plain text.
//! - [`contacts`] finds the candidates and scores them: a contact under a
//!   heading such as 联系我们 / 个人信息保护负责人 / "data protection officer",
//!   or in a sentence that names privacy, ranks first.

pub mod contacts;
pub mod page;

pub use contacts::{ContactCandidate, ContactKind, extract_contacts};
pub use page::{PageText, page_text};
