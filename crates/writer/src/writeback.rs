//! Early writeback of output files. A run writes hundreds of MB and then syncs every file
//! before renaming it into place; left alone, the kernel writes nothing back until that
//! sync (the data is far below its dirty thresholds), so the disk works only at the end
//! while the CPUs wait. Asking for writeback as the files grow lets the disk work during
//! the run; the final sync still decides durability.

use std::fs::File;

/// Bytes a file grows by before its new part is handed to writeback.
pub const WRITEBACK_STEP: u64 = 16 << 20;

/// Tracks how much of one file was handed to writeback.
#[derive(Debug, Default)]
pub struct Writeback {
    started: u64,
}

impl Writeback {
    /// Starts writeback of what the file gained since the last call, once that is at least
    /// [`WRITEBACK_STEP`]. Returns whether it asked. Never waits for the disk.
    pub fn kick(&mut self, file: &File) -> bool {
        let Ok(len) = file.metadata().map(|m| m.len()) else { return false };
        if len < self.started + WRITEBACK_STEP {
            return false;
        }
        start_writeback(file, self.started, len - self.started);
        self.started = len;
        true
    }
}

/// `sync_file_range(SYNC_FILE_RANGE_WRITE)`: queues the range for writeback and returns.
/// A hint: when it fails (a file system without it), the final sync does all the work, as
/// it would have anyway, so the error is not reported.
#[cfg(target_os = "linux")]
fn start_writeback(file: &File, offset: u64, len: u64) {
    use std::os::fd::AsRawFd;
    let (Ok(offset), Ok(len)) = (i64::try_from(offset), i64::try_from(len)) else { return };
    // SAFETY: a valid open descriptor borrowed for the call; the call reads no memory.
    let _ = unsafe { libc::sync_file_range(file.as_raw_fd(), offset, len, libc::SYNC_FILE_RANGE_WRITE) };
}

#[cfg(not(target_os = "linux"))]
fn start_writeback(_: &File, _: u64, _: u64) {}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn kicks_once_per_step_of_growth() {
        let mut tmp = tempfile::tempfile().unwrap();
        let mut wb = Writeback::default();
        assert!(!wb.kick(&tmp));
        let block = vec![b'x'; (WRITEBACK_STEP / 2) as usize];
        tmp.write_all(&block).unwrap();
        assert!(!wb.kick(&tmp), "half a step is not enough");
        tmp.write_all(&block).unwrap();
        assert!(wb.kick(&tmp));
        assert!(!wb.kick(&tmp), "nothing new since");
        tmp.write_all(&block).unwrap();
        tmp.write_all(&block).unwrap();
        assert!(wb.kick(&tmp));
        assert_eq!(wb.started, 2 * WRITEBACK_STEP);
    }
}
