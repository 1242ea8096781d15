//! Integration tests of the core: table of contents.

mod support;

mod cli;
mod deadline;
mod law_catalogue;
mod letter;
mod locales;
mod store;
