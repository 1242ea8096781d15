//! Integration tests of the core: table of contents.

mod support;

mod calendar;
mod cli;
mod crash;
mod datapack;
mod deadline;
mod directory;
mod evidence;
mod fetch;
mod hostile;
mod import;
mod law_catalogue;
mod letter;
mod locales;
mod safety;
mod store;
mod timestamp;
