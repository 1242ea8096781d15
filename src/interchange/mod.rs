//! Files other programs read and write: the inventory as CSV or JSON (export
//! and import, lossless between RightsDesk installations) and due dates as an
//! iCalendar file with reminders.
//!
//! Pure: values in, text out (and text in, values or an [`ImportError`] out);
//! `api` reads the store and writes files.
//!
//! [`ImportError`]: crate::import::ImportError

pub mod ics;
pub mod inventory;
