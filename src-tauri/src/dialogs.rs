//! Native file dialogs, opened by the shell rather than by the web page.
//!
//! The window never hands the shell a file path of its own making: files to
//! read (attachments, imports, backups) and places to write (evidence PDFs,
//! letters, backups) are chosen here, in a native dialog, and a command that
//! later receives a path refuses any the user did not pick in one.
//!
//! End-to-end tests cannot click through a native dialog, so
//! `RIGHTSDESK_TEST_DIALOGS=<folder>` replaces the dialogs by that folder:
//! "open" picks every file in `<folder>/pick/` and "save" writes to
//! `<folder>/save/<suggested name>`.

use crate::error::CommandError;
use rightsdesk::ErrorCode;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use tauri::{AppHandle, Runtime};
use tauri_plugin_dialog::{DialogExt, FilePath};

/// Replaces the native dialogs by a folder (see the module docs).
pub const TEST_DIALOGS_ENV: &str = "RIGHTSDESK_TEST_DIALOGS";

#[derive(Debug, Clone)]
pub enum DialogMode {
    Native,
    /// Scripted answers from a folder, for tests.
    Folder(PathBuf),
}

impl DialogMode {
    /// Debug builds only: a release build always shows the native dialogs, so
    /// no environment variable can make it pick files by itself.
    pub fn from_env() -> DialogMode {
        #[cfg(debug_assertions)]
        if let Some(dir) = std::env::var_os(TEST_DIALOGS_ENV).filter(|d| !d.is_empty()) {
            return DialogMode::Folder(PathBuf::from(dir));
        }
        DialogMode::Native
    }
}

/// A named group of file extensions for a dialog's filter.
#[derive(Debug, Clone, Copy)]
pub struct Filter {
    pub name: &'static str,
    pub extensions: &'static [&'static str],
}

/// What a file is picked for. Each purpose keeps its own picks, so a file
/// picked as an attachment cannot then be restored as a backup.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Purpose {
    Attachment,
    Import,
    Backup,
}

/// The dialogs and the paths the user has picked in them, per purpose.
#[derive(Debug)]
pub struct Dialogs {
    mode: DialogMode,
    picked: Mutex<BTreeMap<Purpose, BTreeSet<PathBuf>>>,
}

impl Dialogs {
    pub fn new(mode: DialogMode) -> Dialogs {
        Dialogs { mode, picked: Mutex::new(BTreeMap::new()) }
    }

    /// Lets the user choose files to read; `multiple` allows more than one.
    /// An empty list means the dialog was cancelled.
    pub fn pick<R: Runtime>(
        &self,
        app: &AppHandle<R>,
        title: &str,
        filter: Filter,
        multiple: bool,
        purpose: Purpose,
    ) -> Vec<PathBuf> {
        let chosen: Vec<PathBuf> = match &self.mode {
            DialogMode::Folder(dir) => {
                let mut files: Vec<PathBuf> = std::fs::read_dir(dir.join("pick"))
                    .map(|entries| entries.flatten().map(|e| e.path()).filter(|p| p.is_file()).collect())
                    .unwrap_or_default();
                files.sort();
                if !multiple {
                    files.truncate(1);
                }
                files
            }
            DialogMode::Native => {
                let dialog = app.dialog().file().set_title(title).add_filter(filter.name, filter.extensions);
                let paths = if multiple {
                    dialog.blocking_pick_files().unwrap_or_default()
                } else {
                    dialog.blocking_pick_file().into_iter().collect()
                };
                paths.into_iter().filter_map(into_path).collect()
            }
        };
        let mut picked = self.picked.lock().unwrap_or_else(|p| p.into_inner());
        // A new dialog replaces what was picked before for the same purpose.
        let set = picked.entry(purpose).or_default();
        set.clear();
        for path in &chosen {
            set.insert(normalise(path));
        }
        chosen
    }

    /// Lets the user choose where to write a file; `None` means cancelled.
    pub fn save<R: Runtime>(
        &self,
        app: &AppHandle<R>,
        title: &str,
        suggested_name: &str,
        filter: Filter,
    ) -> Option<PathBuf> {
        match &self.mode {
            DialogMode::Folder(dir) => {
                let out = dir.join("save");
                std::fs::create_dir_all(&out).ok()?;
                Some(out.join(suggested_name))
            }
            DialogMode::Native => app
                .dialog()
                .file()
                .set_title(title)
                .set_file_name(suggested_name)
                .add_filter(filter.name, filter.extensions)
                .blocking_save_file()
                .and_then(into_path),
        }
    }

    /// Refuses any path the user did not pick in [`Dialogs::pick`] for `purpose`.
    pub fn check_picked(&self, paths: &[PathBuf], purpose: Purpose) -> Result<(), CommandError> {
        let picked = self.picked.lock().unwrap_or_else(|p| p.into_inner());
        let empty = BTreeSet::new();
        let set = picked.get(&purpose).unwrap_or(&empty);
        match paths.iter().find(|p| !set.contains(&normalise(p))) {
            None => Ok(()),
            Some(p) => Err(CommandError::new(
                ErrorCode::InvalidInput,
                format!("{} was not chosen in a file dialog; choose the file again", p.display()),
            )),
        }
    }
}

fn into_path(p: FilePath) -> Option<PathBuf> {
    p.into_path().ok()
}

/// The same file however it is spelled (`a/./b`, a symlinked folder).
fn normalise(path: &Path) -> PathBuf {
    path.canonicalize().unwrap_or_else(|_| path.to_path_buf())
}

/// Writes `bytes` to `path` through a temporary file in the same folder, so a
/// failure (disk full, no permission) never leaves half a file under the name.
pub fn write_whole(path: &Path, bytes: &[u8]) -> Result<(), CommandError> {
    let io = |e: std::io::Error| {
        let code = if e.kind() == std::io::ErrorKind::StorageFull {
            ErrorCode::StoreDiskFull
        } else {
            ErrorCode::StoreIo
        };
        CommandError::new(code, format!("cannot write {}: {e}", path.display()))
    };
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(io)?;
    std::io::Write::write_all(&mut tmp, bytes).map_err(io)?;
    tmp.as_file().sync_all().map_err(io)?;
    tmp.persist(path).map_err(|e| io(e.error))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_picked_paths_pass_the_check() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("reply.png");
        std::fs::write(&file, b"png").unwrap();
        let dialogs = Dialogs::new(DialogMode::Native);
        assert!(
            dialogs.check_picked(std::slice::from_ref(&file), Purpose::Attachment).is_err(),
            "nothing picked yet"
        );
        dialogs.picked.lock().unwrap().entry(Purpose::Attachment).or_default().insert(normalise(&file));
        assert!(
            dialogs.check_picked(&[dir.path().join(".").join("reply.png")], Purpose::Attachment).is_ok(),
            "same file"
        );
        assert!(
            dialogs.check_picked(std::slice::from_ref(&file), Purpose::Backup).is_err(),
            "picked as an attachment, not as a backup to restore"
        );
        let err = dialogs.check_picked(&[PathBuf::from("/etc/passwd")], Purpose::Attachment).unwrap_err();
        assert_eq!(err.code, ErrorCode::InvalidInput);
    }

    #[test]
    fn a_failed_write_leaves_no_file_behind() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("missing-folder").join("case.pdf");
        assert!(write_whole(&target, b"%PDF").is_err());
        assert!(!target.exists());
        let ok = dir.path().join("case.pdf");
        write_whole(&ok, b"%PDF").unwrap();
        assert_eq!(std::fs::read(&ok).unwrap(), b"%PDF");
    }
}
