//! RightsDesk (数据权利助手) core library.
//!
//! Everything the app does lives here and is testable without a window:
//!
//! | module | owns |
//! |---|---|
//! | [`holder`] | the inventory: holders, accounts, data categories |
//! | [`request`] | requests, their append-only events, the hash chain |
//! | [`jurisdiction`] | which legal system applies |
//! | [`i18n`] | Fluent bundles for zh-CN and en-US |
//! | [`store`] | the SQLite database (the only module that speaks SQL) |
//! | [`api`] | one function per user action; what the CLI and the desktop shell call |
//! | [`clock`] | the only reader of the system clock |
//!
//! Dependency rule: `holder`, `request`, `jurisdiction`, `i18n`, `validate` are
//! pure (no store, file system or clock). `store` is the only module with
//! SQL. `api` is the only module that combines them. Nothing here names Tauri.

#![forbid(unsafe_code)]

pub mod api;
pub mod calendar;
pub mod clock;
pub mod deadline;
pub mod error;
pub mod holder;
pub mod i18n;
pub mod ids;
pub mod jurisdiction;
pub mod law;
pub mod letter;
pub mod request;
pub mod store;
pub mod validate;

pub use error::{Error, ErrorCode, Result};
pub use store::Store;
