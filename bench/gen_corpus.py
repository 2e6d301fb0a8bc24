#!/usr/bin/env python3
"""Builds benchmark corpora from the seed: N perturbed copies, as N files and as one file.

    python3 bench/gen_corpus.py N OUTDIR

Each copy varies the last two digits of every phone-like number and the ending of
institution names, with a seed per copy, so no two files are equal but every copy has the
seed's structure (page breaks, garbled pages, shifted rows). Deterministic.
"""
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = os.path.join(HERE, "..", "raw", "000_e4bad3ba35f0caaa.md")
TAILS = "一二三四五六七八九十"


def perturb(text: str, k: int) -> str:
    if k == 0:
        return text
    rng = random.Random(k)
    # One new number per original number, so a record repeated inside the copy (garbled
    # pages) stays the same record.
    seen = {}

    def number(m):
        if m.group(0) not in seen:
            seen[m.group(0)] = m.group(1) + "%04d" % rng.randrange(10000)
        return seen[m.group(0)]

    text = re.sub(r"(?<!\d)(\d{3,4})\d{4}(?!\d)", number, text)
    text = re.sub(r"局 \|", lambda m: "局" + TAILS[rng.randrange(len(TAILS))] + " |", text)
    return text


def main() -> None:
    n, out = int(sys.argv[1]), sys.argv[2]
    seed = open(SEED, encoding="utf-8").read()
    files_dir = os.path.join(out, f"files_{n}")
    os.makedirs(files_dir, exist_ok=True)
    concat_dir = os.path.join(out, f"concat_{n}")
    os.makedirs(concat_dir, exist_ok=True)
    with open(os.path.join(concat_dir, "all.md"), "w", encoding="utf-8") as cat:
        for k in range(n):
            doc = perturb(seed, k)
            with open(os.path.join(files_dir, f"doc_{k:05d}.md"), "w", encoding="utf-8") as f:
                f.write(doc)
            cat.write(doc)
            cat.write("\n\n")


if __name__ == "__main__":
    main()
