#!/usr/bin/env python3
"""Synthetic documents with content the seed never printed: acceptance points made up from
the gazetteer (any province, prefecture and county, names of other bodies, other roads,
the prefecture's own area code and local number length), printed the way the seed's OCR
prints a table, with its damage, and read back with the release binary. Counts the points
read exactly (province, institution, address, phones) against the generator's own truth.

    python3 bench/synthetic.py [-v] [--keep DIR] [--hard | --harder] [--wild] [--uniform] [FROM TO]
                                                 (documents numbered FROM..TO-1, default 0 20)

The renderings (`renderings.py`) and the metamorphic modes (`metamorphic.py`) re-print the
seed's own points; this one asks whether the rules hold for points the seed does not hold.
Each document is drawn from a random generator seeded with its number, so a failing one is
reproduced by its number. Damage, each at random:
- cells wrapped at the seed's widths (8 characters of a name, 19 of an address), a space at
  each cut (`服务中 心`), digits set off by spaces (`路 1 号`);
- the province's short name printed spaced (`河 北`) on a section's first row only;
- a page break every 18 to 30 rows, its first row heading the new table; a page printed
  without the empty 序号 and province cells (three cells a row);
- another window of a body above: its name cell left empty, an address in the same city;
- a record cut over two rows (name and address rests on the row below, phone on the first),
  sometimes with a page break between the two;
- phones as `0571-87051076/87056704`, `0571-87051076、87056704`, two numbers spaced, a mobile.
--hard adds: noise rows and headers printed again at page breaks, rows shifted a cell left,
provinces over two rows (`内蒙古` / `自 治 区`) or not printed, phones with labels, remarks,
en dashes, brackets and digit groups, a record cut with its phone on the second row.
--harder adds: empty cells inserted after the name, a tall row read a printed line a row,
a phone cell cut after its dash.
--uniform (with any level) keeps every table's rows of one width, as the seed's OCR prints
them: a row shifted left keeps an empty cell after its texts, a page of three cells a row ends
before a row printing its 序号, and (--harder) empty cells split into a page go in every row of
it instead of into single rows.
--wild (with any level) varies the document: header words, a title, page footers between
tables, provinces printed whole (`河北省`, `河 北 省`), every row numbered, a province's own
body first in its section, free-trade zones' bodies (`中国(湖北)自由贸易试验区襄阳片区…`),
dittos for a window's name (`同上`, `〃`), the 序号 and the province in one cell.
With -v, prints each point missed with the record read nearest to it; --keep DIR also writes
the documents there, to read a miss; TABLEMEND_BIN=path reads with another build.
"""
import csv, os, random, re, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "crates", "normalizer", "data")
BIN = os.environ.get("TABLEMEND_BIN", os.path.join(ROOT, "target", "release", "tablemend"))

ROADS = ["人民", "解放", "中山", "建设", "文化", "新华", "长江", "和平", "胜利", "青年", "迎宾",
         "世纪", "学府", "滨河", "光明", "朝阳", "振兴", "团结", "兴业", "科技"]
ROAD_ENDS = ["路", "大道", "街", "东路", "西路", "北路", "南路", "中路"]
PLACES = ["", "", "行政服务中心{f}楼", "政务服务中心{f}楼{w}号窗口", "科技大厦{f}楼{r}室",
          "市民服务中心{w}号窗口", "综合办公楼{r}室", "人才大厦{f}层"]
CITY_BODIES = ["{c}科学技术局", "{c}外国专家局", "{c}人力资源和社会保障局", "{c}行政审批服务局",
               "{c}科学技术局(外国专家局)", "{c}政务服务中心"]
COUNTY_BODIES = ["{c}科技局", "{c}科学技术局", "{c}人力资源和社会保障局", "{c}行政审批局"]
ZONE_BODIES = ["{c}高新技术产业开发区管理委员会", "{c}经济技术开发区人才服务中心"]
PROVINCE_BODIES = ["{p}科学技术厅", "{p}外国专家局", "{p}政务服务中心科技厅窗口", "{p}科学技术厅(外国专家局)"]
FREE_TRADE_BODIES = ["中国({p})自由贸易试验区{c}片区管理委员会", "中国({p})自由贸易试验区{c}片区综合服务中心"]


def load():
    divs = list(csv.DictReader(open(os.path.join(DATA, "cn_divisions.csv"), encoding="utf-8")))
    cur = [d for d in divs if d["status"] == "current"]
    codes = {}
    for r in csv.DictReader(open(os.path.join(DATA, "cn_area_codes.csv"), encoding="utf-8")):
        codes.setdefault(r["prefecture_code"], r["area_code"])
    lengths = {}
    for r in csv.DictReader(open(os.path.join(DATA, "cn_local_number_lengths.csv"), encoding="utf-8")):
        lengths[r["area_code"].lstrip("0")] = int(r["local_lengths"].split(";")[0].split("|")[0])
    return cur, codes, lengths


CUR, AREA, LENGTHS = load()
BY_PARENT = {}
for d in CUR:
    BY_PARENT.setdefault(d["parent_code"], []).append(d)
PROVINCES = [d for d in CUR if d["level"] == "province" and d["code"] not in ("710000", "810000", "820000")]
MUNICIPALITIES = {"110000", "120000", "310000", "500000"}


def cities_of(prov):
    """The prefectures of a province with an area code (a municipality: itself)."""
    if prov["code"] in MUNICIPALITIES:
        return [prov]
    return [d for d in BY_PARENT.get(prov["code"], []) if d["level"] == "prefecture" and d["code"] in AREA
            and d["name"] not in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划")]


def counties_of(city):
    if city["code"] in MUNICIPALITIES:
        kids = [k for p in BY_PARENT.get(city["code"], []) for k in BY_PARENT.get(p["code"], [])]
    else:
        kids = BY_PARENT.get(city["code"], [])
    return [k for k in kids if k["level"] == "county" and k["name"] not in ("市辖区",)]


def phone(rng, city):
    code = AREA[city["code"]]
    n = LENGTHS.get(code, 8 if len(code) <= 2 else 7)
    local = str(rng.randint(2, 8)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))
    return "0" + code, local


def address(rng, city, county, with_city):
    road = rng.choice(ROADS) + rng.choice(ROAD_ENDS)
    place = rng.choice(PLACES).format(f=rng.randint(1, 9), w=rng.randint(1, 40), r=rng.randint(101, 999))
    head = (city["name"] if with_city and city["code"] not in MUNICIPALITIES else "") + (county["name"] if county else "")
    return f"{head}{road}{rng.randint(1, 999)}号{place}"


def point(rng, prov, city, name_kind):
    counties = counties_of(city)
    county = rng.choice(counties) if counties else None
    if name_kind == "province":
        name = rng.choice(PROVINCE_BODIES).format(p=prov["name"])
    elif name_kind == "free-trade":
        short = (prov["short_name"] or prov["name"])[:3].rstrip("回壮维")
        name = rng.choice(FREE_TRADE_BODIES).format(p=short, c=city["name"].rstrip("市"))
    elif name_kind == "county" and county:
        name = rng.choice(COUNTY_BODIES).format(c=county["name"])
    elif name_kind == "zone":
        name = rng.choice(ZONE_BODIES).format(c=city["name"])
    else:
        name = rng.choice(CITY_BODIES).format(c=city["name"])
    addr = address(rng, city, county, rng.random() < 0.7)
    area, local = phone(rng, city)
    phones = [f"{area}-{local}"]
    if rng.random() < 0.15:
        area2, local2 = phone(rng, city)
        phones.append(f"{area}-{local2}")
    if rng.random() < 0.05:
        phones = ["1" + rng.choice("3589") + "".join(str(rng.randint(0, 9)) for _ in range(9))]
    return {"province": prov["name"], "institution": name, "address": addr, "phones": phones, "city": city,
            "county": county}


def document(seed, wild=False):
    """The generator (for the rendering to go on with) and the sections: (province, points)."""
    rng = random.Random(seed)
    provs = rng.sample(PROVINCES, 6)
    sections = []
    for prov in provs:
        cities = cities_of(prov)
        if not cities:
            continue
        points = []
        if wild and rng.random() < 0.5:
            # The province's own body first, in its capital (the first prefecture).
            points.append(point(rng, prov, cities[0], "province"))
        for city in rng.sample(cities, min(len(cities), rng.randint(3, 8))):
            kind = rng.choices(["city", "county", "zone"], [6, 3, 1])[0]
            if wild and rng.random() < 0.1:
                kind = "free-trade"
            p = point(rng, prov, city, kind)
            points.append(p)
            if rng.random() < 0.12:
                # Another window of the same body: the name cell left empty.
                w = dict(p)
                w["address"] = address(rng, city, p["county"], True)
                area, local = phone(rng, city)
                w["phones"] = [f"{area}-{local}"]
                w["window"] = True
                points.append(w)
        sections.append((prov, points))
    return rng, sections


def spaced_digits(text, rng):
    """Digits and Latin runs set off by spaces, as the seed's OCR prints them (`路 1 号`)."""
    if rng.random() < 0.3:
        return text
    return re.sub(r"(?<=[^\x00-\x7f])([0-9A-Za-z-]+)(?=[^\x00-\x7f])", r" \1 ", text)


def wrap(text, width, rng):
    """The cell's text cut every `width` characters, a space at each cut."""
    if rng.random() < 0.2 or len(text) <= width:
        return text
    return " ".join(text[i:i + width] for i in range(0, len(text), width))


def phone_cell(phones, rng, hard):
    if len(phones) == 1:
        cell = phones[0]
        if hard and "-" in cell and rng.random() < 0.3:
            area, local = cell.split("-")
            cell = rng.choice([f"{area}–{local}", f"({area}){local}", f"{area} {local}", f"{area}-{local[:4]} {local[4:]}"])
    else:
        a, b = phones
        area, local = b.split("-")
        cell = rng.choice([f"{a}/{local}", f"{a}、{local}", f"{a} {b}", f"{a};{b}"])
    if hard and rng.random() < 0.08:
        cell = rng.choice(["咨询电话:", "联系电话: ", "电话:"]) + cell
    if hard and rng.random() < 0.08:
        cell += rng.choice(["(工作日)", " (工作日内回复)", "(两证联办)"])
    return cell


HEADERS = [
    "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |",
    "| 序号 | 地区 | 受理点名称 | 办公地址 | 联系电话 |",
    "| 编号 | 省(区、市) | 受理单位 | 受理地址 | 对外咨询电话 |",
    "| 序号 | 省份 | 受理窗口 | 地 址 | 电 话 |",
]
TITLES = ["# 全国外国人来华工作许可受理点地址及对外咨询电话", "附件 2", "外国人来华工作许可受理点一览表", ""]


def render(seed, hard=False, harder=False, wild=False, uniform=False):
    hard = hard or harder
    rng, sections = document(seed, wild)
    truth = []
    header = rng.choice(HEADERS) if wild else HEADERS[0]
    lines = [header, "|---|---|---|---|---|"]
    if wild:
        lines[:0] = [rng.choice(TITLES), ""]
    numbered = wild and rng.random() < 0.3
    state = {"rows": 0, "page_len": rng.randint(18, 30), "narrow": False, "page": 1, "record": 0}

    def page_break():
        if wild and rng.random() < 0.5:
            # A page's footer, read as a line of text between two tables.
            lines.append("")
            lines.append(rng.choice([f"- {state['page']} -", f"第 {state['page']} 页", f"{state['page']}"]))
        state["page"] += 1
        lines.append("")
        state["rows"] = 0
        state["page_len"] = rng.randint(18, 30)
        state["narrow"] = rng.random() < 0.3
        state["fresh"] = True
        # (Uniform: the page's columns split by OCR, the same empty cells in every row.)
        state["extra"] = (rng.randint(3, 5), rng.randint(1, 3)) if uniform and harder and rng.random() < 0.3 else None
        if hard and rng.random() < 0.2:
            lines.append(rng.choice(["| ii |", "| : | | |", "| 一日 一日 日本 |"]))
            lines.append("|---|---|---|")
            state.pop("fresh")
        elif hard and rng.random() < 0.2:
            lines.append(header)
            lines.append("|---|---|---|---|---|")
            state.pop("fresh")

    def emit(cells):
        if uniform and state["narrow"] and (cells[0] or cells[1]):
            # (A uniform page of three cells a row ends before a row printing its 序号.)
            page_break()
            state["narrow"] = False
        if state["narrow"] and not cells[0] and not cells[1]:
            cells = cells[2:]
        elif hard and not cells[0] and not cells[1] and rng.random() < 0.05:
            # A row's cells shifted left: lost (a row a cell short), or, uniform, with an
            # empty cell after them (the table's width kept).
            cells = cells[1:] + ([""] if uniform else [])
        if uniform and state.get("extra"):
            at, n = state["extra"]
            at = min(at, len(cells))
            cells = cells[:at] + [""] * n + cells[at:]
        elif harder and not uniform and rng.random() < 0.08:
            # OCR splitting a cell's column: an empty cell somewhere after the name.
            at = rng.randint(len(cells) - 2, len(cells))
            cells = cells[:at] + [""] * rng.randint(1, 3) + cells[at:]
        lines.append("| " + " | ".join(cells) + " |")
        if state.pop("fresh", False):
            lines.append("|" + "---|" * len(cells))
        state["rows"] += 1
        if state["rows"] >= state["page_len"]:
            page_break()

    for n, (prov, points) in enumerate(sections, 1):
        short = prov["short_name"] or prov["name"]
        rest = ""
        if hard and len(points) > 1 and prov["name"].endswith("自治区") and rng.random() < 0.5:
            # `内蒙古` / `自 治 区`: the province's name over two rows.
            short, rest = prov["name"][:-3], "自 治 区"
        elif hard and rng.random() < 0.1:
            short = ""
        if wild and short and not rest and rng.random() < 0.3:
            short = prov["name"]
        if rng.random() < 0.4 and len(short) in (2, 3):
            short = " ".join(short)
        for i, p in enumerate(points):
            truth.append(p)
            first = i == 0
            seq, pcell = (str(n), short) if first else ("", rest if i == 1 else "")
            if numbered:
                state["record"] += 1
                seq = str(state["record"])
            name = "" if p.get("window") else wrap(spaced_digits(p["institution"], rng), 8, rng)
            if wild and p.get("window") and rng.random() < 0.3:
                name = rng.choice(["同上", "〃", "同 上"])
            addr = wrap(spaced_digits(p["address"], rng), 19, rng)
            ph = phone_cell(p["phones"], rng, hard)
            cut = not first and name and rng.random() < 0.08
            if harder and not first and name and len(p["institution"]) > 8 and rng.random() < 0.08:
                # A tall row read a printed line a row: the name's lines of 8 characters and
                # the address's of 19 each on a row of its own, the phone on the first row
                # or on the middle one (centred).
                names = [p["institution"][k:k + 8] for k in range(0, len(p["institution"]), 8)]
                addrs = [p["address"][k:k + 19] for k in range(0, len(p["address"]), 19)]
                tall = max(len(names), len(addrs))
                at = rng.choice([0, (tall - 1) // 2])
                for k in range(tall):
                    emit([seq if k == 0 else "", pcell if k == 0 else "", names[k] if k < len(names) else "",
                          addrs[k] if k < len(addrs) else "", ph if k == at else ""])
            elif harder and "-" in ph and not first and rng.random() < 0.05:
                # The phone cell wrapped after the dash and some digits.
                cutp = ph.index("-") + rng.randint(1, 4)
                emit([seq, pcell, name, addr, ph[:cutp]])
                emit(["", "", "", "", ph[cutp:]])
            elif cut:
                ni = rng.randint(2, len(p["institution"]) - 2)
                ai = rng.randint(3, max(3, len(p["address"]) - 3))
                low = hard and rng.random() < 0.3
                emit([seq, pcell, p["institution"][:ni], p["address"][:ai], "" if low else ph])
                # (A page ends after the head, a page of some rows: not the page's first.)
                if rng.random() < 0.3 and state["rows"] >= 8:
                    page_break()
                emit(["", "", p["institution"][ni:], p["address"][ai:], ph if low else ""])
            elif wild and first and seq and pcell and rng.random() < 0.15:
                # The 序号 and the province read into one cell (a narrow 序号 column).
                emit([f"{seq} {pcell}", name, addr, ph])
            else:
                emit([seq, pcell, name, addr, ph])
    return "\n".join(lines) + "\n", truth


def canon(s):
    return re.sub(r"\s+", "", s).replace("（", "(").replace("）", ")")


def key(r):
    return (r["province"], canon(r["institution"]), canon(r["address"]), ";".join(sorted(r["phones"])))


def main():
    args = sys.argv[1:]
    verbose = "-v" in args
    hard = "--hard" in args
    harder = "--harder" in args
    wild = "--wild" in args
    uniform = "--uniform" in args
    keep = None
    if "--keep" in args:
        i = args.index("--keep")
        keep = args[i + 1]
        del args[i:i + 2]
    args = [a for a in args if a not in ("-v", "--hard", "--harder", "--wild", "--uniform")]
    lo, hi = (int(args[0]), int(args[1])) if len(args) == 2 else (0, 20)
    total = exact = extra = 0
    with tempfile.TemporaryDirectory() as work:
        src = os.path.join(work, "raw")
        os.mkdir(src)
        truths = {}
        for seed in range(lo, hi):
            text, truth = render(seed, hard, harder, wild, uniform)
            name = f"syn_{seed:04d}.md"
            open(os.path.join(src, name), "w", encoding="utf-8").write(text)
            if keep:
                os.makedirs(keep, exist_ok=True)
                open(os.path.join(keep, name), "w", encoding="utf-8").write(text)
            truths[name] = truth
        out = os.path.join(work, "out")
        subprocess.run([BIN, "run", src, "--out", out, "-q", "--format", "csv"], check=True)
        read = {}
        for r in csv.DictReader(open(os.path.join(out, "points.csv"), encoding="utf-8")):
            f = os.path.basename(r["source_file"])
            r["phones"] = [x for x in r["phones"].split(";") if x]
            read.setdefault(f, []).append(r)
        for name, truth in truths.items():
            got = {}
            for r in read.get(name, []):
                got[key(r)] = got.get(key(r), 0) + 1
            missed = []
            for t in truth:
                total += 1
                k = key(t)
                if got.get(k, 0) > 0:
                    got[k] -= 1
                    exact += 1
                else:
                    missed.append(t)
            extra += sum(v for v in got.values() if v > 0)
            if verbose and missed:
                rest = [r for r in read.get(name, []) if got.get(key(r), 0) > 0]
                for t in missed:
                    near = min(rest, key=lambda r: 0 if set(r["phones"]) & set(t["phones"]) else 1, default=None)
                    print(f"{name}: MISSED {key(t)}")
                    if near is not None:
                        print(f"{' ' * len(name)}  READ   {key(near)}  lines {near['source_lines']}")
    print(f"synthetic: {hi - lo} documents, {total} points, {exact} read exactly ({exact / max(total, 1):.4f}), "
          f"{extra} records read that match no point")


if __name__ == "__main__":
    main()
