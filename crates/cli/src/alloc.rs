//! Tuning of the global allocator (mimalloc, linked statically by the `mimalloc` crate).
//!
//! By default mimalloc returns freed pages to the OS a moment after they empty; a run
//! that frees one chunk's records on the writer thread while the next chunk is built on
//! the normalizing threads then faults the same amount back in, zeroed by the kernel: a
//! tenth of the CPU of a 1000-document run, for about 15 % less peak memory.

use std::ffi::{c_int, c_long};

// Links mimalloc (the functions below live in it) wherever this module is used, tests
// included, not only where it is the global allocator.
extern crate mimalloc as _;

/// `mi_option_purge_delay` in mimalloc v3's `mi_option_t` (the version `libmimalloc-sys`
/// 0.1.49 builds); a test checks that it still names the purge delay.
const PURGE_DELAY: c_int = 15;

unsafe extern "C" {
    fn mi_option_set(option: c_int, value: c_long);
    fn mi_option_get(option: c_int) -> c_long;
}

/// Keeps freed pages in the process for reuse (a batch run ends soon anyway); call
/// before the work starts.
pub fn keep_freed_pages() {
    // SAFETY: mimalloc's documented C API; options are plain integers, and this runs on
    // the main thread before any other thread exists.
    unsafe { mi_option_set(PURGE_DELAY, -1) }
}

/// The purge delay now in force, in milliseconds (-1: never).
pub fn purge_delay() -> c_long {
    // SAFETY: reads an option; no memory is touched.
    unsafe { mi_option_get(PURGE_DELAY) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn option_15_is_the_purge_delay() {
        // mimalloc v3 documents a default purge delay of 1000 ms (MIMALLOC_PURGE_DELAY
        // overrides it): if the option table moved, this default would not be there.
        match std::env::var("MIMALLOC_PURGE_DELAY").ok().and_then(|v| v.parse::<c_long>().ok()) {
            Some(v) => assert_eq!(purge_delay(), v),
            None => assert_eq!(purge_delay(), 1000),
        }
        keep_freed_pages();
        assert_eq!(purge_delay(), -1);
    }
}
