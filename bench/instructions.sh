#!/usr/bin/env bash
# Instructions to normalize the seed once, and to write every output for it, counted by
# valgrind's callgrind: unlike seconds
# on this shared 2-core VM (whose speed swings up to 1.8x), the count repeats to within a
# fraction of a percent, so two builds compare without back-to-back timing. Start-up
# (gazetteer, regexes, tables) is taken out by counting 1 and 3 runs and halving the
# difference. Skipped when valgrind is not installed.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v valgrind >/dev/null; then
    echo "instructions: valgrind not installed, skipped"
    exit 0
fi
cargo build --release -q --example profile_normalize -p tablemend-normalizer
cargo build --release -q --example profile_write -p tablemend-writer
count() {
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$1" "$2" 2>&1 | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
bin=target/release/examples/profile_normalize
one=$(count "$bin" 1)
three=$(count "$bin" 3)
per=$(( (three - one) / 2 ))
echo "instructions: normalize seed = $per per document (start-up and one run: $one)"
# profile_write N writes N chunks of 16 copies of the seed's records and findings.
bin=target/release/examples/profile_write
one=$(count "$bin" 1)
three=$(count "$bin" 3)
per=$(( (three - one) / 2 / 16 ))
echo "instructions: write every output = $per per document (in 16-document chunks)"
