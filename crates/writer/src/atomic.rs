//! All-or-nothing writes: every file goes to a temporary sibling first; only when all are
//! written are they renamed into place.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::WriteError;

/// A set of files written together.
pub struct Batch {
    dir: PathBuf,
    pending: Vec<(tempfile::NamedTempFile, PathBuf)>,
}

impl Batch {
    /// A batch writing into `dir`.
    pub fn new(dir: &Path) -> Batch {
        Batch { dir: dir.to_path_buf(), pending: Vec::new() }
    }

    /// Writes one file's bytes to a temporary file in the target directory.
    pub fn add(&mut self, name: &str, bytes: Vec<u8>) -> Result<(), WriteError> {
        let target = self.dir.join(name);
        let io = |e: std::io::Error| WriteError::Io { path: target.display().to_string(), source: e };
        let mut tmp = tempfile::Builder::new().prefix(&format!(".{name}.")).suffix(".tmp").tempfile_in(&self.dir).map_err(io)?;
        tmp.write_all(&bytes).map_err(io)?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            tmp.as_file().set_permissions(std::fs::Permissions::from_mode(0o644)).map_err(io)?;
        }
        tmp.as_file().sync_all().map_err(io)?;
        self.pending.push((tmp, target));
        Ok(())
    }

    /// Renames every file into place. Temporary files of a batch that is dropped without
    /// commit are deleted.
    pub fn commit(self) -> Result<Vec<PathBuf>, WriteError> {
        let mut done = Vec::new();
        for (tmp, target) in self.pending {
            tmp.persist(&target).map_err(|e| WriteError::Io { path: target.display().to_string(), source: e.error })?;
            done.push(target);
        }
        Ok(done)
    }
}
