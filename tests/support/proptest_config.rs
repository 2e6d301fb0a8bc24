//! The random tests' settings, shared by the property tests of the parser and the
//! normalizer (included with `#[path]`: test crates share no code otherwise).

use proptest::prelude::ProptestConfig;
use proptest::test_runner::RngSeed;

/// `cases` draws from a fixed seed, so `cargo test` gives the same verdict on every run (a
/// gate that fails on a lucky draw blocks work it says nothing about); `PROPTEST_CASES` asks
/// for more cases and `PROPTEST_RNG_SEED` for another draw, as `make explore` does.
pub fn config(cases: u32) -> ProptestConfig {
    let mut c = ProptestConfig { cases, failure_persistence: None, ..ProptestConfig::default() };
    if std::env::var_os("PROPTEST_CASES").is_some() {
        c.cases = ProptestConfig::default().cases;
    }
    if std::env::var_os("PROPTEST_RNG_SEED").is_none() {
        c.rng_seed = RngSeed::Fixed(0x7ab1e);
    }
    c
}
