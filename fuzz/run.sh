#!/usr/bin/env bash
# `make fuzz`: runs every fuzz target for a bounded time (FUZZ_SECONDS each, default 60).
# Needs cargo-fuzz (installed from crates.io if missing) and a nightly compiler; on a
# stable-only machine RUSTC_BOOTSTRAP=1 lets stable build the sanitizer flags.
set -euo pipefail
cd "$(dirname "$0")"
secs="${FUZZ_SECONDS:-60}"
command -v cargo-fuzz >/dev/null 2>&1 || cargo install cargo-fuzz --locked
toolchain=()
if rustup toolchain list 2>/dev/null | grep -q nightly; then
  toolchain=(+nightly)
else
  export RUSTC_BOOTSTRAP=1
fi
for t in parse_markdown normalize phone_cell decode_and_html workbook_budget; do
  echo "== $t (${secs}s)"
  mkdir -p "corpus/$t"
  if [ "$t" = normalize ] || [ "$t" = parse_markdown ]; then
    cp ../raw/*.md "corpus/$t/" 2>/dev/null || true
  fi
  if [ "$t" = workbook_budget ]; then
    cp ../tests/fixtures/*.ods ../tests/fixtures/*.xlsx "corpus/$t/" 2>/dev/null || true
  fi
  cargo "${toolchain[@]}" fuzz run "$t" "corpus/$t" -- -max_total_time="$secs" -max_len=65536 -rss_limit_mb=2048 -timeout=10
done
