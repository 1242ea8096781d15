//! Newtype ids, so a request id can never be passed where a holder id is meant.

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        #[cfg_attr(feature = "ts", derive(ts_rs::TS))]
        #[serde(transparent)]
        pub struct $name(pub i64);

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }
    };
}

id_type!(
    /// A company or app in the inventory.
    HolderId
);
id_type!(
    /// The user's account at a holder.
    AccountId
);
id_type!(
    /// A request (letter) sent to a holder.
    RequestId
);
id_type!(
    /// One entry of a request's append-only log.
    EventId
);
id_type!(
    /// A file kept in the store under its SHA-256.
    AttachmentId
);
