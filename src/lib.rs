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
//! | [`directory`] | the built-in directory of companies and privacy contacts (shipped data) |
//! | [`import`] | parsers that discover holders: password exports, mail archives, 一证通查 SMS |
//! | [`interchange`] | inventory CSV/JSON, iCalendar export of due dates |
//! | [`store`] | the SQLite database (the only module that speaks SQL) |
//! | [`api`] | one function per user action; what the CLI and the desktop shell call |
//! | [`clock`] | the only reader of the system clock |
//! | [`fetch`] | bounded HTTP (size, time, http(s) only); the only `reqwest` user |
//! | [`policy`] | reading a fetched privacy policy: charset, text, candidate contacts |
//! | [`spelling`] | pinyin spellings of Chinese names for search ("taobao", "tb" → 淘宝) |
//! | [`datapack`] | signed updates of the law, calendar and directory data |
//! | [`evidence`] | the evidence PDF, the evidence package and the printable letter (the only `printpdf` user) |
//! | [`timestamp`] | RFC 3161 trusted timestamps: the query, and the offline check of a reply |
//! | [`mail`] | reading a raw e-mail (.eml): the headers the evidence lists |
//!
//! Dependency rule: `holder`, `request`, `jurisdiction`, `i18n`, `validate`,
//! `directory`, `import`, `interchange`, `policy`, `datapack`, `timestamp`, `mail` are
//! pure (no store, file system or clock). `store` is the only module with
//! SQL; `fetch` is the only one with network access. `api` is the only module that combines them. Nothing here names Tauri.

#![forbid(unsafe_code)]

pub mod api;
pub mod calendar;
pub mod clock;
pub mod datapack;
pub mod deadline;
pub mod directory;
pub mod error;
pub mod evidence;
pub mod fetch;
pub mod holder;
pub mod i18n;
pub mod ids;
pub mod import;
pub mod interchange;
pub mod jurisdiction;
pub mod law;
pub mod letter;
pub mod mail;
pub mod policy;
pub mod request;
pub mod spelling;
pub mod store;
pub mod timestamp;
pub mod validate;

pub use error::{Error, ErrorCode, Result};
pub use store::Store;
