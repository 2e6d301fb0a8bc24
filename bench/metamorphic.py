#!/usr/bin/env python3
"""Metamorphic check of the seed: damage its clean rows the way OCR does, read each damaged
copy with the release binary, and count the copies whose records differ from the seed's.

    python3 bench/metamorphic.py MODE FROM TO     (MODE: wrap, wrap-phone, wrap-page, wrap-remark, mix, page, space,
                                                   shift, shift-right, extra-empty-mid,
                                                   name-address-one-cell, swap-address-phone,
                                                   seq-in-name, lookalike, digit-space, row-twice,
                                                   no-dash, name-3-rows, address-3-rows,
                                                   both-3-rows, tall-centered)

A clean row is a data row of five cells whose name and address are printed in full beside a
phone. With probability 0.15 each such row is damaged by MODE, from a random generator
seeded with the copy's number (so a failing copy is reproduced by its number):
- wrap:  name and address cut at a random point, the rests on a row below; the phone on
         either row at random;
- wrap-phone: as wrap, and a phone cell of one number (`0571-87051076`) cut too, after its
         dash and a random number of its digits, the rest on the row below;
- wrap-remark: a phone cell closing on a bracketed remark (`… (两证联办)`) cut inside the
         remark, its rest on the row below;
- page:  a page break before the row (the row becomes a table's first row);
- mix:   wrap or page, at random; wrap-page: wrap, the page breaking between the row
  and its rest (the rest heads the next page's table);
- space: a stray space inside the name and the address;
- shift: the row's first two (empty) cells lost;
- shift-right: an empty cell before the row; extra-empty-mid: an empty cell between name
  and address; name-address-one-cell: name and address in the name's cell;
- swap-address-phone: the address and phone cells the other way round;
- seq-in-name: a number and a space before the name (the 序号 run into its cell);
- lookalike: the name's first 市 printed as 巿; digit-space: a space inside the local
  number after four digits; row-twice: the row printed twice; no-dash: the area code's
  dash dropped; name-3-rows, address-3-rows: the name (address) cut in three rows, in
  even thirds; both-3-rows: both; tall-centered: the name in three rows, the address and
  the phone on the middle one (a tall row's shorter cells centred).
A page's first row is never wrapped (OCR prints the separator right after it). The
records compared are (institution, address, phones, joint_permit) of `points.csv`, as a
multiset.
Prints each differing copy with the records it lost and gained, then the count.
"""
import collections, csv, os, random, re, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEED = os.path.join(ROOT, "raw", "000_e4bad3ba35f0caaa.md")
BIN = os.environ.get("TABLEMEND_BIN", os.path.join(ROOT, "target", "release", "tablemend"))


def cells(line):
    if not line.startswith("|"):
        return None
    return [p.strip() for p in line.strip().strip("|").split("|")]


def row(cs):
    return "| " + " | ".join(cs) + " |"


def perturb(lines, mode, seed):
    rng = random.Random(seed)
    out = []
    for i, line in enumerate(lines):
        cs = cells(line)
        clean = (cs is not None and len(cs) == 5 and not cs[0] and not cs[1] and len(cs[2]) >= 4 and len(cs[3]) >= 5
                 and re.search(r"\d{3}", cs[4] or "") and not re.match(r"^[-: ]+$", cs[2]))
        if mode == "wrap-remark":
            # (Any row whose phone cell closes on a remark, a number printed or not.)
            clean = cs is not None and len(cs) == 5 and not cs[0] and not cs[1] and re.search(r"[(（][^)）]{2,}[)）]\s*$", cs[4] or "")
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if clean and re.match(r"^\|[-:| ]+\|$", nxt.strip()) and mode in ("wrap", "wrap-phone", "wrap-page", "wrap-remark", "mix", "name-3-rows", "address-3-rows", "both-3-rows", "tall-centered"):
            clean = False
        if not clean or rng.random() > 0.15:
            out.append(line)
            continue
        if mode == "wrap-remark":
            t = cs[4]
            k = rng.randint(max(t.rfind("("), t.rfind("（")) + 2, len(t) - 1)
            below = [""] * 5
            cs[4], below[4] = t[:k], t[k:]
            out += [row(cs), row(below)]
        elif mode in ("wrap", "wrap-phone", "wrap-page") or (mode == "mix" and rng.random() < 0.5):
            below = [""] * 5
            for col in (2, 3):
                t = cs[col].replace(" ", "")
                if len(t) >= 5:
                    k = rng.randint(2, len(t) - 2)
                    cs[col], below[col] = t[:k], t[k:]
            one = re.fullmatch(r"(0\d{2,3}-)(\d{7,8})", cs[4].replace(" ", ""))
            if mode == "wrap-phone" and one:
                k = rng.randint(0, len(one[2]) - 1)
                cs[4], below[4] = one[1] + one[2][:k], one[2][k:]
            elif rng.random() < 0.5:
                below[4], cs[4] = cs[4], ""
            if mode == "wrap-page":
                # (The page breaks inside the row: its rest heads the next page's table.)
                out += [row(cs), "", row(below), "|---|---|---|---|---|"]
            else:
                out += [row(cs), row(below)]
        elif mode in ("page", "mix"):
            out += ["", row(cs), "|---|---|---|---|---|"]
        elif mode == "space":
            for col in (2, 3):
                t = cs[col]
                if len(t) >= 4:
                    k = rng.randint(1, len(t) - 1)
                    cs[col] = t[:k] + " " + t[k:]
            out.append(row(cs))
        elif mode == "shift":
            out.append(row(cs[2:]))
        elif mode in ROW_DAMAGE:
            out += ROW_DAMAGE[mode](cs, rng)
    return out


# Damage confined to the row, each a list of the rows printed in its place.
ROW_DAMAGE = {
    "shift-right": lambda cs, rng: [row([""] + cs)],
    "extra-empty-mid": lambda cs, rng: [row(cs[:3] + [""] + cs[3:])],
    "name-address-one-cell": lambda cs, rng: [row(cs[:2] + [cs[2] + " " + cs[3], "", cs[4]])],
    "swap-address-phone": lambda cs, rng: [row(cs[:3] + [cs[4], cs[3]])],
    "seq-in-name": lambda cs, rng: [row(cs[:2] + [f"{rng.randint(2, 40)} {cs[2]}"] + cs[3:])],
    "lookalike": lambda cs, rng: [row(cs[:2] + [cs[2].replace("市", "巿", 1)] + cs[3:])],
    "digit-space": lambda cs, rng: [row(cs[:4] + [re.sub(r"-(\d{4})(\d{3,4})\b", r"-\1 \2", cs[4], count=1)])],
    "row-twice": lambda cs, rng: [row(cs), row(cs)],
    "no-dash": lambda cs, rng: [row(cs[:4] + [re.sub(r"\b(0\d{2,3})-(\d{7,8})\b", r"\1\2", cs[4], count=1)])],
    "name-3-rows": lambda cs, rng: over_three_rows(cs, 2),
    "address-3-rows": lambda cs, rng: over_three_rows(cs, 3),
    "both-3-rows": lambda cs, rng: over_three_rows(cs, 2, 3),
    "tall-centered": lambda cs, rng: tall_centered(cs),
}


def over_three_rows(cs, *cols):
    """The row with the text of each of `cols` cut in three (its phone on the first row)."""
    rows = [list(cs), [""] * 5, [""] * 5]
    for col in cols:
        t = cs[col].replace(" ", "")
        if len(t) < 8:
            continue
        a, b = len(t) // 3, 2 * len(t) // 3
        rows[0][col], rows[1][col], rows[2][col] = t[:a], t[a:b], t[b:]
    return [row(r) for r in rows if any(r)]


def tall_centered(cs):
    """The name cut in three, the address and the phone printed on the middle row (a tall
    row's shorter cells, centred)."""
    t = cs[2].replace(" ", "")
    if len(t) < 8:
        return [row(cs)]
    a, b = len(t) // 3, 2 * len(t) // 3
    return [row(["", "", t[:a], "", ""]), row(["", "", t[a:b], cs[3], cs[4]]), row(["", "", t[b:], "", ""])]


def records(path):
    with open(path, encoding="utf-8") as f:
        return collections.Counter((r["institution"], r["address"], r["phones"], r["joint_permit"]) for r in csv.DictReader(f))


def read(md_lines, work):
    src, out = os.path.join(work, "in"), os.path.join(work, "out")
    os.makedirs(src, exist_ok=True)
    with open(os.path.join(src, "doc.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(md_lines))
    subprocess.run([BIN, "run", src, "--out", out], check=True, capture_output=True)
    return records(os.path.join(out, "points.csv"))


def main():
    mode, first, last = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    lines = open(SEED, encoding="utf-8").read().split("\n")
    with tempfile.TemporaryDirectory() as tmp:
        base = read(lines, os.path.join(tmp, "base"))
        bad = 0
        for seed in range(first, last + 1):
            got = read(perturb(lines, mode, seed), os.path.join(tmp, str(seed)))
            lost, gained = base - got, got - base
            if lost or gained:
                bad += 1
                print(f"{mode} {seed}: {sum(lost.values())} records lost, {sum(gained.values())} gained")
                for r in lost:
                    print("  -", r)
                for r in gained:
                    print("  +", r)
    print(f"{mode} {first}-{last}: {bad} of {last - first + 1} copies read differently")


if __name__ == "__main__":
    main()
