//! The only place that reads the system clock. Everything else is handed a
//! [`Now`] so that deadlines and letters can be tested on fixed dates.

use chrono::{DateTime, Local, NaiveDate, SecondsFormat, Utc};

/// A moment, with the user's local calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Now {
    pub instant: DateTime<Utc>,
    /// The user's date (local time zone): what "today" means for a deadline.
    pub today: NaiveDate,
}

impl Now {
    /// The real clock.
    pub fn system() -> Now {
        let local = Local::now();
        Now { instant: local.with_timezone(&Utc), today: local.date_naive() }
    }

    /// A fixed moment at noon UTC of `today` (tests, reproducible exports).
    pub fn fixed(today: NaiveDate) -> Now {
        let instant = today.and_hms_opt(12, 0, 0).expect("noon exists").and_utc();
        Now { instant, today }
    }

    /// RFC 3339 timestamp in UTC with seconds, as stored in the database.
    pub fn stamp(&self) -> String {
        self.instant.to_rfc3339_opts(SecondsFormat::Secs, true)
    }
}
