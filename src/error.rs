//! The crate's error type and the stable codes the UI translates.
//!
//! Every module with I/O or parsing has its own typed error; this enum wraps
//! them and maps each to an [`ErrorCode`]. The shell serialises the code; the
//! UI shows the Fluent message `error-<code>` in the user's language.

use serde::Serialize;

/// Stable, kebab-case identifiers of what went wrong, shared with the UI.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum ErrorCode {
    NotFound,
    InvalidInput,
    InvalidDate,
    StoreCorrupt,
    StoreNotADatabase,
    StoreNewerSchema,
    StoreReadOnly,
    StoreDiskFull,
    StoreBusy,
    StoreIo,
    StoreLocked,
    StoreWrongPassphrase,
    StoreNotEncrypted,
    StoreAlreadyEncrypted,
    StoreKeyInfoDamaged,
    PassphraseTooShort,
    BackupRefused,
    ArchiveInvalid,
    AppendOnly,
    HolderInUse,
    AttachmentUnreadable,
    AttachmentTooLarge,
    CalendarUnknown,
    CalendarNotice,
    NotSent,
    AlreadySent,
    SentBeforeLetter,
    DateInFuture,
    CitationRefused,
    Pdf,
    Import,
    ImportTooLarge,
    ImportBadEncoding,
    ImportUnknownFormat,
    ImportCancelled,
    DirectoryInvalid,
    Fetch,
    FetchBadUrl,
    FetchConnect,
    FetchTls,
    FetchHttpStatus,
    FetchTooLarge,
    FetchTimeout,
    FetchNotText,
    FetchPrivateAddress,
    FetchInsecureRedirect,
    HolderNoPolicyUrl,
    PackBadSignature,
    PackOutdated,
    PackExpired,
    PackMalformed,
    PackInvalidContent,
    PackLocationOff,
    PackLocationInvalid,
    TsaUnreachable,
    TsaBadReply,
    TsaDigestMismatch,
    TsaBadSignature,
    TimestampRecordAltered,
    EmlUnreadable,
    Internal,
}

impl ErrorCode {
    /// The kebab-case text of the code, as the UI and the Fluent ids use it.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::NotFound => "not-found",
            Self::InvalidInput => "invalid-input",
            Self::InvalidDate => "invalid-date",
            Self::StoreCorrupt => "store-corrupt",
            Self::StoreNotADatabase => "store-not-a-database",
            Self::StoreNewerSchema => "store-newer-schema",
            Self::StoreReadOnly => "store-read-only",
            Self::StoreDiskFull => "store-disk-full",
            Self::StoreBusy => "store-busy",
            Self::StoreIo => "store-io",
            Self::StoreLocked => "store-locked",
            Self::StoreWrongPassphrase => "store-wrong-passphrase",
            Self::StoreNotEncrypted => "store-not-encrypted",
            Self::StoreAlreadyEncrypted => "store-already-encrypted",
            Self::StoreKeyInfoDamaged => "store-key-info-damaged",
            Self::PassphraseTooShort => "passphrase-too-short",
            Self::BackupRefused => "backup-refused",
            Self::ArchiveInvalid => "archive-invalid",
            Self::AppendOnly => "append-only",
            Self::HolderInUse => "holder-in-use",
            Self::AttachmentUnreadable => "attachment-unreadable",
            Self::AttachmentTooLarge => "attachment-too-large",
            Self::CalendarUnknown => "calendar-unknown",
            Self::CalendarNotice => "calendar-notice",
            Self::NotSent => "not-sent",
            Self::AlreadySent => "already-sent",
            Self::SentBeforeLetter => "sent-before-letter",
            Self::DateInFuture => "date-in-future",
            Self::CitationRefused => "citation-refused",
            Self::Pdf => "pdf",
            Self::Import => "import",
            Self::ImportTooLarge => "import-too-large",
            Self::ImportBadEncoding => "import-bad-encoding",
            Self::ImportUnknownFormat => "import-unknown-format",
            Self::ImportCancelled => "import-cancelled",
            Self::DirectoryInvalid => "directory-invalid",
            Self::Fetch => "fetch",
            Self::FetchBadUrl => "fetch-bad-url",
            Self::FetchConnect => "fetch-connect",
            Self::FetchTls => "fetch-tls",
            Self::FetchHttpStatus => "fetch-http-status",
            Self::FetchTooLarge => "fetch-too-large",
            Self::FetchTimeout => "fetch-timeout",
            Self::FetchNotText => "fetch-not-text",
            Self::FetchPrivateAddress => "fetch-private-address",
            Self::FetchInsecureRedirect => "fetch-insecure-redirect",
            Self::HolderNoPolicyUrl => "holder-no-policy-url",
            Self::PackBadSignature => "pack-bad-signature",
            Self::PackOutdated => "pack-outdated",
            Self::PackMalformed => "pack-malformed",
            Self::PackExpired => "pack-expired",
            Self::PackInvalidContent => "pack-invalid-content",
            Self::PackLocationOff => "pack-location-off",
            Self::PackLocationInvalid => "pack-location-invalid",
            Self::TsaUnreachable => "tsa-unreachable",
            Self::TsaBadReply => "tsa-bad-reply",
            Self::TsaDigestMismatch => "tsa-digest-mismatch",
            Self::TsaBadSignature => "tsa-bad-signature",
            Self::TimestampRecordAltered => "timestamp-record-altered",
            Self::EmlUnreadable => "eml-unreadable",
            Self::Internal => "internal",
        }
    }

    /// Every code, so tests can check each has a translated message.
    pub const ALL: [ErrorCode; 61] = [
        Self::NotFound,
        Self::InvalidInput,
        Self::InvalidDate,
        Self::StoreCorrupt,
        Self::StoreNotADatabase,
        Self::StoreNewerSchema,
        Self::StoreReadOnly,
        Self::StoreDiskFull,
        Self::StoreBusy,
        Self::StoreIo,
        Self::StoreLocked,
        Self::StoreWrongPassphrase,
        Self::StoreNotEncrypted,
        Self::StoreAlreadyEncrypted,
        Self::StoreKeyInfoDamaged,
        Self::PassphraseTooShort,
        Self::BackupRefused,
        Self::ArchiveInvalid,
        Self::AppendOnly,
        Self::HolderInUse,
        Self::AttachmentUnreadable,
        Self::AttachmentTooLarge,
        Self::CalendarUnknown,
        Self::CalendarNotice,
        Self::NotSent,
        Self::AlreadySent,
        Self::SentBeforeLetter,
        Self::DateInFuture,
        Self::CitationRefused,
        Self::Pdf,
        Self::Import,
        Self::ImportTooLarge,
        Self::ImportBadEncoding,
        Self::ImportUnknownFormat,
        Self::ImportCancelled,
        Self::DirectoryInvalid,
        Self::Fetch,
        Self::FetchBadUrl,
        Self::FetchConnect,
        Self::FetchTls,
        Self::FetchHttpStatus,
        Self::FetchTooLarge,
        Self::FetchTimeout,
        Self::FetchNotText,
        Self::FetchPrivateAddress,
        Self::FetchInsecureRedirect,
        Self::HolderNoPolicyUrl,
        Self::PackBadSignature,
        Self::PackOutdated,
        Self::PackExpired,
        Self::PackMalformed,
        Self::PackInvalidContent,
        Self::PackLocationOff,
        Self::PackLocationInvalid,
        Self::TsaUnreachable,
        Self::TsaBadReply,
        Self::TsaDigestMismatch,
        Self::TsaBadSignature,
        Self::TimestampRecordAltered,
        Self::EmlUnreadable,
        Self::Internal,
    ];
}

/// Anything the core can fail with.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The store could not do what was asked.
    #[error(transparent)]
    Store(#[from] crate::store::StoreError),
    /// The user's input was refused; the message names the field.
    #[error("{0}")]
    Invalid(#[from] crate::validate::Invalid),
    /// A letter could not be drafted.
    #[error(transparent)]
    Letter(#[from] crate::letter::LetterError),
    /// An evidence PDF or printable letter could not be produced.
    #[error(transparent)]
    Evidence(#[from] crate::evidence::EvidenceError),
    /// An import could not be read (the message names the line or record).
    #[error(transparent)]
    Import(#[from] crate::import::ImportError),
    /// The directory has no such entry, or its data is unusable.
    #[error(transparent)]
    Directory(#[from] crate::directory::DirectoryError),
    /// A page or data pack could not be downloaded.
    #[error(transparent)]
    Fetch(#[from] crate::fetch::FetchError),
    /// A data pack was refused; the data in use did not change.
    #[error(transparent)]
    Pack(#[from] crate::datapack::PackError),
    /// A trusted timestamp could not be had, or does not hold.
    #[error(transparent)]
    Timestamp(#[from] crate::timestamp::TimestampError),
    /// A raw e-mail (.eml) could not be read as a message.
    #[error("{path} is not a readable e-mail message: {message}")]
    EmlUnreadable { path: String, message: String },
    /// A pasted holiday notice could not be read (the message names the line).
    #[error("the holiday notice could not be read: {0}")]
    Notice(#[from] crate::calendar::notice::NoticeError),
    /// A calendar year could not be installed (e.g. an import over an official year).
    #[error(transparent)]
    Calendar(#[from] crate::calendar::CalendarError),
    /// Checking for data packs is off (the default): nothing is contacted.
    #[error("checking for data updates is turned off: turn it on and set a pack location first")]
    PackLocationOff,
    /// The pack location is neither a web address nor an existing folder.
    #[error("`{location}` cannot be used as a pack location: {reason}")]
    PackLocationInvalid { location: String, reason: String },
    /// The holder has no privacy-policy address to fetch.
    #[error("holder {0} has no privacy-policy address; add one first")]
    NoPolicyUrl(i64),
    /// No such holder, account, request or attachment.
    #[error("{what} {id} does not exist")]
    NotFound { what: &'static str, id: i64 },
    /// A holder that still has requests cannot be deleted (their history is evidence).
    #[error("holder {0} still has requests; close them instead of deleting the holder")]
    HolderInUse(i64),
    /// An action needs the request to have been sent first.
    #[error("request {0} has not been sent yet")]
    NotSent(i64),
    /// The request was already marked as sent.
    #[error("request {0} was already sent")]
    AlreadySent(i64),
    #[error(
        "the letter is dated {letter}, so it cannot have been sent on {sent}: correct the letter date or the sending date"
    )]
    SentBeforeLetter { letter: chrono::NaiveDate, sent: chrono::NaiveDate },
    /// A letter or an event dated days after today: it has not happened yet.
    #[error("the {what} is dated {date}, after today ({today}): record it on the day it happens")]
    DateInFuture { what: &'static str, date: chrono::NaiveDate, today: chrono::NaiveDate },
    /// An attachment file could not be read.
    #[error("cannot read attachment {path}: {source}")]
    AttachmentUnreadable {
        path: String,
        #[source]
        source: std::io::Error,
    },
    /// An attachment is larger than the store accepts.
    #[error("attachment {path} is {size} bytes; the limit is {limit} bytes")]
    AttachmentTooLarge { path: String, size: u64, limit: u64 },
}

impl Error {
    /// The stable code the UI turns into a translated message.
    pub fn code(&self) -> ErrorCode {
        match self {
            Self::Store(e) => e.code(),
            Self::Invalid(e) => e.code(),
            Self::Letter(_) => ErrorCode::InvalidInput,
            Self::Evidence(_) => ErrorCode::Pdf,
            Self::Import(e) => e.code(),
            Self::Directory(crate::directory::DirectoryError::UnknownEntry(_)) => ErrorCode::NotFound,
            Self::Directory(_) => ErrorCode::DirectoryInvalid,
            Self::Fetch(e) => fetch_code(e),
            Self::Pack(e) => e.code(),
            Self::Timestamp(e) => {
                use crate::timestamp::TimestampError as T;
                match e {
                    T::Unreachable { .. } => ErrorCode::TsaUnreachable,
                    T::BadReply(_) => ErrorCode::TsaBadReply,
                    T::DigestMismatch { .. } => ErrorCode::TsaDigestMismatch,
                    T::BadSignature(_) => ErrorCode::TsaBadSignature,
                    T::RecordAltered(_) => ErrorCode::TimestampRecordAltered,
                }
            }
            Self::EmlUnreadable { .. } => ErrorCode::EmlUnreadable,
            Self::Notice(_) => ErrorCode::CalendarNotice,
            Self::Calendar(crate::calendar::CalendarError::Unknown { .. }) => ErrorCode::CalendarUnknown,
            Self::Calendar(_) => ErrorCode::CalendarNotice,
            Self::NoPolicyUrl(_) => ErrorCode::HolderNoPolicyUrl,
            Self::PackLocationOff => ErrorCode::PackLocationOff,
            Self::PackLocationInvalid { .. } => ErrorCode::PackLocationInvalid,
            Self::NotFound { .. } => ErrorCode::NotFound,
            Self::HolderInUse(_) => ErrorCode::HolderInUse,
            Self::NotSent(_) => ErrorCode::NotSent,
            Self::AlreadySent(_) => ErrorCode::AlreadySent,
            Self::SentBeforeLetter { .. } => ErrorCode::SentBeforeLetter,
            Self::DateInFuture { .. } => ErrorCode::DateInFuture,
            Self::AttachmentUnreadable { .. } => ErrorCode::AttachmentUnreadable,
            Self::AttachmentTooLarge { .. } => ErrorCode::AttachmentTooLarge,
        }
    }
}

fn fetch_code(e: &crate::fetch::FetchError) -> ErrorCode {
    use crate::fetch::FetchError as F;
    match e {
        F::BadUrl { .. } | F::BadScheme { .. } | F::BadRedirect { .. } | F::TooManyRedirects { .. } => {
            ErrorCode::FetchBadUrl
        }
        F::Dns { .. } | F::Connect { .. } => ErrorCode::FetchConnect,
        F::Tls { .. } => ErrorCode::FetchTls,
        F::Status { .. } => ErrorCode::FetchHttpStatus,
        F::TooLarge { .. } => ErrorCode::FetchTooLarge,
        F::Timeout { .. } => ErrorCode::FetchTimeout,
        F::NotText { .. } => ErrorCode::FetchNotText,
        F::PrivateAddress { .. } => ErrorCode::FetchPrivateAddress,
        F::Downgrade { .. } => ErrorCode::FetchInsecureRedirect,
        F::Transport { .. } => ErrorCode::Fetch,
    }
}

/// The crate's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
