#!/usr/bin/env python3
"""`make bench`: runs the release binary over corpora of 1, 100 and 1000 perturbed copies
of the seed, as separate files and as one concatenated file, writing every output, and
prints input MB, records, seconds, MB/s, records/s and peak RSS. Figures, not assertions.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
BIN = os.path.join(ROOT, "target", "release", "tablemend")
CORPUS = os.path.join(HERE, "corpus")
SIZES = [int(x) for x in os.environ.get("BENCH_SIZES", "1,100,1000").split(",")]


def size_mb(path: str) -> float:
    if os.path.isfile(path):
        return os.path.getsize(path) / 1e6
    return sum(os.path.getsize(os.path.join(path, f)) for f in os.listdir(path)) / 1e6


def run(inputs: str) -> tuple:
    out = tempfile.mkdtemp(prefix="tablemend-bench-")
    try:
        t0 = time.perf_counter()
        p = subprocess.Popen([BIN, "run", inputs, "--out", out], stderr=subprocess.PIPE, stdout=subprocess.DEVNULL)
        _, status, ru = os.wait4(p.pid, 0)
        secs = time.perf_counter() - t0
        err = p.stderr.read().decode("utf-8", "replace")
        if status != 0:
            sys.exit(f"tablemend failed on {inputs}: {err}")
        m = re.search(r"(\d+) records", err)
        return secs, int(m.group(1)) if m else 0, ru.ru_maxrss / 1024.0
    finally:
        shutil.rmtree(out, ignore_errors=True)


def main() -> None:
    if not os.path.exists(BIN):
        sys.exit("build first: cargo build --release")
    print(f"{'layout':<8} {'N':>5} {'MB':>8} {'records':>9} {'seconds':>8} {'MB/s':>8} {'rec/s':>10} {'peak RSS MiB':>12}")
    for n in SIZES:
        if not os.path.exists(os.path.join(CORPUS, f"files_{n}")):
            subprocess.check_call([sys.executable, os.path.join(HERE, "gen_corpus.py"), str(n), CORPUS])
        for layout, path in (("files", os.path.join(CORPUS, f"files_{n}")), ("concat", os.path.join(CORPUS, f"concat_{n}", "all.md"))):
            mb = size_mb(path)
            secs, recs, rss = run(path)
            print(f"{layout:<8} {n:>5} {mb:>8.2f} {recs:>9} {secs:>8.2f} {mb / secs:>8.2f} {recs / secs:>10.0f} {rss:>12.1f}", flush=True)


if __name__ == "__main__":
    main()
