//! Typed write errors naming the file concerned.

use thiserror::Error;

/// Why outputs could not be written.
#[derive(Debug, Error)]
pub enum WriteError {
    #[error("{path}: cannot write")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("cannot encode {what}: {message}")]
    Encode { what: String, message: String },
}

impl From<polars::error::PolarsError> for WriteError {
    fn from(e: polars::error::PolarsError) -> Self {
        WriteError::Encode { what: "parquet".into(), message: e.to_string() }
    }
}
