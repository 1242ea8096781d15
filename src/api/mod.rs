//! Use cases: one function per user action. The CLI and the desktop shell call
//! these and nothing deeper; each takes the store, its inputs and the time.

mod holders;
mod requests;

pub use holders::*;
pub use requests::*;
