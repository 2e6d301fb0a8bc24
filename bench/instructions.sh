#!/usr/bin/env bash
# Instructions to normalize the seed once, counted by valgrind's callgrind: unlike seconds
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
bin=target/release/examples/profile_normalize
count() {
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin" "$1" 2>&1 | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
one=$(count 1)
three=$(count 3)
per=$(( (three - one) / 2 ))
echo "instructions: normalize seed = $per per document (start-up and one run: $one)"
