# The README's two commands are the contract; these targets wrap them.
.PHONY: run test check bench fuzz fmt clippy

run:
	cargo run --release

test:
	cargo test --workspace

fmt:
	cargo fmt --all -- --check

clippy:
	cargo clippy --workspace --all-targets -- -D warnings

check: fmt clippy test
	cargo run --release -- check

bench:
	cargo build --release
	python3 bench/run_bench.py
	cargo run --release -q --example profile_normalize -p tablemend-normalizer
	bash bench/instructions.sh
	cargo run --release -q --example profile_write -p tablemend-writer
	cargo bench -p tablemend-normalizer --bench hot -- --warm-up-time 1 --measurement-time 3

fuzz:
	bash fuzz/run.sh
