//! The `tablemend` binary: argument parsing lives in the library so tests can drive it.

/// mimalloc: the pipeline allocates many small strings; the system allocator spent a fifth
/// of the run in malloc/free.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    tablemend_cli::alloc::keep_freed_pages();
    tablemend_cli::main_with_args(std::env::args_os())
}
