//! Use cases: one function per user action. The CLI and the desktop shell call
//! these and nothing deeper; each takes the store, its inputs and the time.

mod calendar;
mod datapack;
mod directory;
mod evidence;
mod holders;
mod imports;
mod policy;
mod requests;
mod safety;
mod settings;
mod timestamp;

pub use calendar::*;
pub use datapack::*;
pub use directory::*;
pub use evidence::*;
pub use holders::*;
pub use imports::*;
pub use policy::*;
pub use requests::*;
pub use safety::*;
pub use settings::*;
pub use timestamp::*;

/// "Now" as the app sees it. The window takes today's date from here, never
/// from its own clock, so a test's date (see [`crate::clock::TimeSource`])
/// holds on screen too.
pub fn current_time(now: &crate::clock::Now) -> crate::clock::Now {
    *now
}
