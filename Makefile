# The README's two commands are the contract; these targets wrap them.
.PHONY: run test check bench scaling fuzz explore metamorphic renderings synthetic fmt clippy

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
	python3 bench/scaling.py
	cargo run --release -q --example profile_normalize -p tablemend-normalizer
	bash bench/instructions.sh
	cargo run --release -q --example profile_write -p tablemend-writer
	cargo bench -p tablemend-normalizer --bench hot -- --warm-up-time 1 --measurement-time 3

# Time against size, one document of N and 2N rows per shape (bench/scaling.py): a ratio
# near 2 is linear, near 4 the square of the rows.
scaling:
	cargo build --release
	python3 bench/scaling.py

fuzz:
	bash fuzz/run.sh

# The property tests with a fresh random seed and more cases than `make test` runs (whose
# seed is fixed, so its verdict does not change from run to run). A failure prints its
# minimal input: keep it in the test's list of inputs found before.
explore:
	seed=$${PROPTEST_RNG_SEED:-$$(date +%s)}; echo "PROPTEST_RNG_SEED=$$seed"; \
	PROPTEST_RNG_SEED=$$seed PROPTEST_CASES=$${PROPTEST_CASES:-5000} cargo test --release -p tablemend-normalizer --test properties && \
	PROPTEST_RNG_SEED=$$seed PROPTEST_CASES=$${PROPTEST_CASES:-5000} cargo test --release -p tablemend-parser --test lossless

# The seed's clean rows damaged as OCR does (wrapped over two rows, a page break before them,
# stray spaces, cells lost; a phone cut by the wrap too) and each copy read against the seed: prints the copies whose
# records differ (bench/metamorphic.py says how each mode damages them).
metamorphic:
	cargo build --release
	for m in wrap mix; do python3 bench/metamorphic.py $$m 1 $${COPIES:-320}; done
	for m in page space shift; do python3 bench/metamorphic.py $$m 1 $${COPIES:-120}; done
	for m in wrap-phone wrap-remark; do python3 bench/metamorphic.py $$m 1 $${COPIES:-40}; done
	for m in wrap-page name-3-rows address-3-rows both-3-rows tall-centered; do python3 bench/metamorphic.py $$m 1 $${COPIES:-40}; done

# The seed printed as other documents print such a list (columns swapped or dropped, a 区号
# column, HTML, CSV, GB18030, forms, a field or a record per line…) and each read against
# the seed's own reading: records lost and gained per rendering (bench/renderings.py).
renderings:
	cargo build --release
	python3 bench/renderings.py

# Documents of points the seed never printed, made up from the bundled gazetteer and printed
# with the seed's OCR damage at each level (bench/synthetic.py), read against their own truth.
synthetic:
	cargo build --release
	for level in "" --hard --harder "--wild" "--wild --hard" "--wild --harder" "--hard --uniform"; do python3 bench/synthetic.py $$level 0 $${DOCS:-60}; done
