//! The store's files are the user's alone: files 0600, folders 0700 (Unix).
//!
//! New files: each program (the CLI, the desktop shell) calls
//! [`make_new_files_private`] first, so everything it creates afterwards —
//! the database and its WAL, the key file, attachments, backups, archives,
//! exports — is private, whichever code path writes it. Stores created by an
//! older RightsDesk are tightened when opened ([`tighten`]).

use std::path::Path;

/// Sets the process's file-creation mask to 077 (no access for group and others).
pub fn make_new_files_private() {
    #[cfg(unix)]
    rustix::process::umask(rustix::fs::Mode::from_raw_mode(0o077));
}

/// Makes the store's own files 0600 and its folders 0700, where they exist.
/// The folder that holds the database is left alone: with `--db` it may be any
/// folder of the user's (their home folder, say).
pub(super) fn tighten(db: &Path, sidecars: &[&Path]) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let set = |path: &Path, mode: u32| -> std::io::Result<()> {
            match std::fs::symlink_metadata(path) {
                Ok(meta) if !meta.file_type().is_symlink() && meta.permissions().mode() & 0o777 != mode => {
                    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
                }
                Ok(_) => Ok(()),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
                Err(e) => Err(e),
            }
        };
        let name = db.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        for suffix in ["", "-wal", "-shm", "-journal"] {
            set(&db.with_file_name(format!("{name}{suffix}")), 0o600)?;
        }
        for path in sidecars {
            set(path, if path.is_dir() { 0o700 } else { 0o600 })?;
        }
    }
    #[cfg(not(unix))]
    let _ = (db, sidecars);
    Ok(())
}
