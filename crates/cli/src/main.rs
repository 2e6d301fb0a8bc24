//! The `tablemend` binary: argument parsing lives in the library so tests can drive it.

fn main() -> std::process::ExitCode {
    tablemend_cli::main_with_args(std::env::args_os())
}
