#!/usr/bin/env python3
"""The seed printed as other documents print such a list, each read with the release binary
and compared with the seed's own reading: what a document tablemend has not seen may look
like. Prints, per rendering, the records lost and gained (as a multiset of province, name,
address and phones); `-v` lists them.

    python3 bench/renderings.py [-v] [RENDERING ...]      (default: all)

(`TABLEMEND_BIN=path` reads with another build, to compare two.)

Two kinds of rendering:
- the seed's text changed as a whole (its OCR damage kept): columns swapped or dropped,
  phones split into 区号 | 电话 (with and without the header row), extra 邮编 or 传真
  columns, HTML tables, CSV, CRLF line ends, GB18030 bytes, full-width punctuation,
  full-width digits, letters and dashes (the separator rows' too), other header words.
  Compared with every record of `output/points.csv`.
- the seed's records (`output/points.csv`, but those read from its garbled pages) printed
  anew, the ones missing a name, an address or a phone included: a plain table, random page
  breaks, HTML with spanning province cells (also with a name's windows under one spanning
  name cell), a city column (also with every row's number,
  province and city printed), a row printing each city's name before its records (also as one cell spanning the table), phones before addresses, every row numbered, name and address
  in one column, address and phones in one column, key-value forms (markdown and HTML), a field per line, a record per line
  (also hard-wrapped at 45 characters), a record per line with fields parted by spaces (also
  with wrap spaces inside fields, each line in a one-column table's cell, fields parted by
  two spaces, a missing field printed as nothing, and phones before addresses), labelled
  blocks, province headings, numbered and counted section rows in the name column; and some
  of these
  printed in traditional forms of common characters, labels and headers included (names and
  addresses expected back as printed). Compared with those
  records.
A rendering whose count is not 0 0 is a difference to look at, not always an error: some
damage leaves a document ambiguous (`-v` shows which records).
"""
import collections, csv, html, io, os, random, re, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEED = os.path.join(ROOT, "raw", "000_e4bad3ba35f0caaa.md")
POINTS = os.path.join(ROOT, "output", "points.csv")
BIN = os.environ.get("TABLEMEND_BIN", os.path.join(ROOT, "target", "release", "tablemend"))
SEPARATOR = re.compile(r"^\|[-:| ]+\|$")


def key(r):
    return (r["province"], r["institution"], r["address"], r["phones"])


def all_records():
    with open(POINTS, encoding="utf-8") as f:
        return list(csv.DictReader(f))


def clean_records():
    garbled = ("reconstructed_from_garbled", "unbalanced_bracket")
    return [r for r in all_records() if not any(g in r["flags"].split(";") for g in garbled)]


def cells(line):
    return [p.strip() for p in line.strip().strip("|").split("|")]


def row(cs):
    return "| " + " | ".join(cs) + " |"


def seed_lines():
    with open(SEED, encoding="utf-8") as f:
        return f.read().split("\n")


def map_rows(fn):
    """The seed with each table row's cells (separators aside) passed through `fn`."""
    out = []
    for line in seed_lines():
        if line.startswith("|") and not SEPARATOR.match(line.strip()):
            line = row(fn(cells(line)))
        out.append(line)
    return "\n".join(out)


def permuted(order):
    return lambda: map_rows(lambda cs: [cs[i] for i in order] + cs[5:] if len(cs) >= 5 else cs)


def area_split(keep_header):
    def split(cs):
        if len(cs) < 5:
            return cs
        m = re.match(r"^(0\d{2,3})\s*[-–]\s*(\d{7,8})$", cs[4])
        if m:
            cs[4:5] = [m.group(1), m.group(2)]
        elif "咨询电话" in cs[4]:
            cs[4:5] = ["区号", "电话"]
        else:
            cs[4:5] = ["", cs[4]]
        return cs

    def render():
        lines = map_rows(split).split("\n")
        if not keep_header:
            lines = [l for l in lines if "区号 | 电话" not in l]
        return "\n".join(lines)

    return render


def extra_column(at, header, value):
    def add(cs):
        if len(cs) < 5:
            return cs
        is_header = "咨询电话" in cs[4]
        cs[at:at] = [header if is_header else (value if re.search(r"\d", cs[4]) else "")]
        return cs

    return lambda: map_rows(add)


def as_html():
    out, open_table = [], False
    for line in seed_lines():
        if line.startswith("|"):
            if SEPARATOR.match(line.strip()):
                continue
            if not open_table:
                out.append("<table>")
                open_table = True
            out.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in cells(line)) + "</tr>")
        else:
            if open_table:
                out.append("</table>")
                open_table = False
            out.append(line)
    if open_table:
        out.append("</table>")
    return "\n".join(out)


def as_csv():
    buf = io.StringIO()
    w = csv.writer(buf)
    for line in seed_lines():
        if line.startswith("|") and not SEPARATOR.match(line.strip()):
            w.writerow(cells(line))
    return buf.getvalue()


def seed_text():
    return "\n".join(seed_lines())


CN = "一二三四五六七八九十"


def chinese(n):
    if n <= 10:
        return CN[n - 1]
    if n < 20:
        return "十" + CN[n - 11]
    return CN[n // 10 - 1] + "十" + (CN[n % 10 - 1] if n % 10 else "")


def sections(recs):
    """(section number, first of its section, record) for each record."""
    last, n = None, 0
    for r in recs:
        first = r["province"] != last
        n += first
        last = r["province"]
        yield n, first, r


def phones(r, sep=" "):
    return r["phones"].replace(";", sep)


def table(header, cols, every_row_numbered=False, page_seed=0):
    def render(recs):
        out = [row(header), "|" + "---|" * len(header)]
        rng = random.Random(page_seed)
        for i, (n, first, r) in enumerate(sections(recs)):
            seq = str(i + 1) if every_row_numbered else (str(n) if first else "")
            line = row([seq, r["province"] if first else ""] + [c(r) for c in cols])
            if page_seed and rng.random() < 1 / 6:
                out += ["", line, "|" + "---|" * len(header)]
            else:
                out.append(line)
        return "\n".join(out) + "\n"

    return render


def every_row_placed(recs):
    """Every row prints its number, province and city (a spreadsheet's export: no merged
    cells), a municipality's city the same as its province."""
    out = [row(["序号", "省份", "城市", "受理机构", "地址", "咨询电话"]), "|" + "---|" * 6]
    for i, r in enumerate(recs):
        out.append(row([str(i + 1), r["province"], r["city"], r["institution"], r["address"], phones(r)]))
    return "\n".join(out) + "\n"


def run_length(recs, k, same):
    """How many records from the `k`-th on `same(j)` holds for, in a row."""
    return next((j for j in range(k, len(recs)) if not same(j)), len(recs)) - k


def section_cells(recs, k, n, first, r):
    """The 序号 and province cells spanning a section's rows, on its first row."""
    if not first:
        return ""
    span = run_length(recs, k, lambda j: recs[j]["province"] == r["province"])
    return f'<td rowspan="{span}">{n}</td><td rowspan="{span}">{html.escape(r["province"])}</td>'


def html_spans(recs):
    out = ["<table><tr><td>序号</td><td>省份</td><td>受理机构</td><td>地址</td><td>咨询电话</td></tr>"]
    recs = list(recs)
    for k, (n, first, r) in enumerate(sections(recs)):
        cells_ = section_cells(recs, k, n, first, r)
        out.append(f"<tr>{cells_}<td>{html.escape(r['institution'])}</td><td>{html.escape(r['address'])}</td><td>{phones(r)}</td></tr>")
    return "\n".join(out) + "</table>\n"


def html_name_spans(recs):
    """HTML with each run of a name's windows (records in a row holding the same name) under
    one name cell spanning their rows, and the province cells spanning their sections."""
    out = ["<table><tr><td>序号</td><td>省份</td><td>受理机构</td><td>地址</td><td>咨询电话</td></tr>"]
    recs = list(recs)
    for k, (n, first, r) in enumerate(sections(recs)):
        cells_ = section_cells(recs, k, n, first, r)
        same = lambda j: recs[j]["institution"] == r["institution"] and recs[j]["province"] == r["province"]
        if k == 0 or not r["institution"] or not same(k - 1):
            span = run_length(recs, k, same)
            spanned = f' rowspan="{span}"' if span > 1 and r["institution"] else ""
            cells_ += f"<td{spanned}>{html.escape(r['institution'])}</td>"
        out.append(f"<tr>{cells_}<td>{html.escape(r['address'])}</td><td>{phones(r)}</td></tr>")
    return "\n".join(out) + "</table>\n"


def headings(recs):
    out = []
    for n, first, r in sections(recs):
        if first:
            out += ["", f"## {chinese(n)}、{r['province']}", "", "| 受理机构 | 地址 | 联系电话 |", "|---|---|---|"]
        out.append(row([r["institution"], r["address"], phones(r, "、")]))
    return "\n".join(out) + "\n"


def by_section(heading, record):
    """A rendering printing `heading(n, first record)` lines before each section's records
    and `record(r)` lines for each record."""

    def render(recs):
        out = []
        for n, first, r in sections(recs):
            out += heading(n, r) if first else []
            out += record(r)
        return "\n".join(out) + "\n"

    return render


key_value = by_section(
    lambda n, r: ["", f"## {chinese(n)}、{r['province']}", ""],
    lambda r: [row(["受理机构", r["institution"]]), "|---|---|", row(["地址", r["address"]]), row(["电话", phones(r)]), ""],
)
html_key_value = by_section(
    lambda n, r: ["", f"## {n}、{r['province']}", ""],
    lambda r: ["<table>" + "".join(f"<tr><td>{k}</td><td>{html.escape(v)}</td></tr>"
                                   for k, v in (("受理机构", r["institution"]), ("地址", r["address"]), ("电话", phones(r)))) + "</table>\n"],
)
stacked = by_section(lambda n, r: [str(n), r["province"], ""], lambda r: [v for v in (r["institution"], r["address"], phones(r)) if v] + [""])
labelled = by_section(
    lambda n, r: ["", f"{chinese(n)}、{r['province']}", ""],
    lambda r: [f"受理机构：{r['institution']}", f"地址：{r['address']}", f"电话：{phones(r, '、')}", ""],
)


def one_line(recs):
    out = []
    for n, first, r in sections(recs):
        if first:
            out.append(f"{chinese(n)}、{r['province']}")
        parts = ([r["institution"]] if r["institution"] else []) + ([f"地址：{r['address']}"] if r["address"] else [])
        parts += [f"电话：{phones(r, '、')}"] if r["phones"] else []
        out.append("，".join(parts))
    return "\n".join(out) + "\n"


def section_rows(recs):
    """A table without a province column, each section opened by a row printing its
    numbered heading and count in the name column (`| | 二十七、西藏自治区（共3个） | | |`)."""
    counts = collections.Counter(r["province"] for r in recs)
    out, k = [row(["序号", "受理机构", "地址", "咨询电话"]), "|---|---|---|---|"], 0
    for n, first, r in sections(recs):
        if first:
            out.append(row(["", f"{chinese(n)}、{r['province']}（共{counts[r['province']]}个）", "", ""]))
        k += 1
        out.append(row([str(k), r["institution"], r["address"], phones(r)]))
    return "\n".join(out) + "\n"


def city_rows(spanning):
    """The plain table with a row printing each city's name alone in the name column before
    the city's records (a list grouped by city), the section's first city aside; or
    (`spanning`) in a row of one cell, a merged cell spanning the table."""
    return lambda recs: city_rows_of(recs, spanning)


def city_rows_of(recs, spanning):
    out = [row(["序号", "省份", "受理机构", "地址", "咨询电话"]), "|---|---|---|---|---|"]
    last = None
    for n, first, r in sections(recs):
        if r["city"] and r["city"] != last and not first:
            out.append(row([r["city"]] if spanning else ["", "", r["city"], "", ""]))
        last = r["city"]
        out.append(row([str(n) if first else "", r["province"] if first else "", r["institution"], r["address"], phones(r)]))
    return "\n".join(out) + "\n"


def province_at(where):
    """The seed's table with each section's 序号 and province printed on its middle row
    (`where` "middle": a tall merged cell's text centred, as some converters print it) or
    its last ("last": bottom-aligned), not its first."""

    def render(recs):
        secs = []
        for n, first, r in sections(recs):
            if first:
                secs.append([])
            secs[-1].append((n, r))
        out = [row(["序号", "省份", "受理机构", "地址", "咨询电话"]), "|---|---|---|---|---|"]
        for sec in secs:
            at = (len(sec) - 1) // 2 if where == "middle" else len(sec) - 1
            for k, (n, r) in enumerate(sec):
                out.append(row([str(n) if k == at else "", r["province"] if k == at else "", r["institution"], r["address"], phones(r)]))
        return "\n".join(out) + "\n"

    return render


def name_address_stacked(label=""):
    """A `受理机构/地址` column printing each record's name beside its phone on one row and
    its address (after `label`) on the next, as a two-line cell reads when OCR parts its
    lines into rows."""

    def render(recs):
        out = [row(["序号", "省份", "受理机构/地址", "咨询电话"]), "|---|---|---|---|"]
        for n, first, r in sections(recs):
            out.append(row([str(n) if first else "", r["province"] if first else "", r["institution"], phones(r)]))
            out.append(row(["", "", label + r["address"] if r["address"] else "", ""]))
        return "\n".join(out) + "\n"

    return render


def spaced_lines(name_width=0, address_width=0, in_cells=False, sep=" ", phones_first=False):
    """A record a line, fields parted by `sep` (OCR of a table that lost its rules), names
    and addresses cut by a space every `name_width`/`address_width` characters (0: not
    cut), each line in a one-column table's cell if `in_cells`, the phones before the address
    if `phones_first`."""

    def cut(s, width):
        return " ".join(s[i:i + width] for i in range(0, len(s), width)) if width else s

    def render(recs):
        out = [sep.join(["序号", "省级地区", "受理机构", "地址", "咨询电话"])]
        for n, first, r in sections(recs):
            fields = [str(n) if first else "", r["province"] if first else "", cut(r["institution"], name_width),
                      cut(r["address"], address_width), phones(r)]
            if phones_first:
                fields[3], fields[4] = fields[4], fields[3]
            out.append(sep.join(f for f in fields if f))
        return "\n".join(f"| {line} |" if in_cells else line for line in out) + "\n"

    return render


def hard_wrapped(render, width):
    """`render`'s lines cut every `width` characters (headings aside), as a PDF's text layer
    wraps them."""

    def wrapped(recs):
        out = []
        for line in render(recs).split("\n"):
            if len(line) > width and not re.match(r"^[一二三四五六七八九十]+、", line):
                out += [line[i:i + width] for i in range(0, len(line), width)]
            else:
                out.append(line)
        return "\n".join(out)

    return wrapped


# Traditional forms of common characters (a document printed in traditional Chinese, or
# one mixing such forms in): the records are expected back as printed.
TRADITIONAL = str.maketrans(
    "广东门区号楼厅务际术学专华发业园们这个为国来电话许处办测试场馆镇县乡级层单环开关间设计审批证应对长陆岛湾庆苏闽赣鲁湘粤琼贵云陕宁辽蒙晋",
    "廣東門區號樓廳務際術學專華發業園們這個為國來電話許處辦測試場館鎮縣鄉級層單環開關間設計審批證應對長陸島灣慶蘇閩贛魯湘粵瓊貴雲陝寧遼蒙晉",
)


# Record renderings also printed in traditional forms (`traditional-plain`…).
TRADITIONAL_RENDERINGS = ["traditional-plain", "traditional-key-value", "traditional-record-per-line", "traditional-labelled-blocks"]


def traditional(r):
    return {**r, "province": r["province"].translate(TRADITIONAL), "institution": r["institution"].translate(TRADITIONAL),
            "address": r["address"].translate(TRADITIONAL)}


NAME, ADDRESS, PHONES = (lambda r: r["institution"]), (lambda r: r["address"]), phones
SEED_RENDERINGS = {
    "swap-name-address": permuted([0, 1, 3, 2, 4]),
    "swap-address-phone": permuted([0, 1, 2, 4, 3]),
    "phone-before-name": permuted([0, 1, 4, 2, 3]),
    "drop-seq-column": lambda: map_rows(lambda cs: cs[1:] if len(cs) >= 5 else cs),
    "area-code-column": area_split(True),
    "area-code-column-no-header": area_split(False),
    "zip-column": extra_column(4, "邮编", "100000"),
    "zip-after-phone": extra_column(5, "邮编", "100000"),
    "fax-column": extra_column(5, "传真", ""),
    "hours-column": extra_column(5, "办公时间", "周一至周五 9:00-12:00, 13:30-17:00"),
    "email-column": extra_column(5, "电子邮箱", "wp2019@example.gov.cn"),
    "remarks-column": extra_column(5, "备注", "工作日受理"),
    "hours-before-phone": extra_column(4, "受理时间", "工作日8:30-17:30"),
    "html-tables": as_html,
    "csv": as_csv,
    "crlf": lambda: seed_text().replace("\n", "\r\n"),
    "fullwidth": lambda: seed_text().replace("(", "（").replace(")", "）").replace(":", "：").replace(",", "，"),
    "fullwidth-digits": lambda: seed_text().translate(str.maketrans("0123456789-ABCDEFGHabcdefgh", "０１２３４５６７８９－ＡＢＣＤＥＦＧＨａｂｃｄｅｆｇｈ")),
    "header-words": lambda: seed_text().replace("| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |", "| 序号 | 省（区、市） | 受理点名称 | 办公地址 | 联系电话 |"),
}
RECORD_RENDERINGS = {
    "plain": table(["序号", "省份", "受理机构", "地址", "咨询电话"], [NAME, ADDRESS, PHONES]),
    "page-breaks": table(["序号", "省份", "受理机构", "地址", "咨询电话"], [NAME, ADDRESS, PHONES], page_seed=1),
    "html-spans": html_spans,
    "html-name-spans": html_name_spans,
    "city-column": table(["序号", "省份", "城市", "受理机构", "地址", "咨询电话"], [lambda r: r["city"], NAME, ADDRESS, PHONES]),
    "every-row-placed": every_row_placed,
    "city-rows": city_rows(False),
    "city-rows-spanning": city_rows(True),
    "phones-first": table(["序号", "省份", "受理机构", "咨询电话", "地址"], [NAME, PHONES, ADDRESS]),
    "every-row-numbered": table(["序号", "省份", "受理机构", "地址", "咨询电话"], [NAME, ADDRESS, PHONES], every_row_numbered=True),
    "name-and-address": table(["序号", "省份", "受理机构及地址", "咨询电话"], [lambda r: f"{r['institution']}<br>{r['address']}", PHONES]),
    "address-and-phone": table(["序号", "省份", "受理机构", "地址及电话"], [NAME, lambda r: " ".join(x for x in [r["address"], phones(r)] if x)]),
    "name-and-phone": table(["序号", "省份", "受理机构及电话", "地址"], [lambda r: " ".join(x for x in [r["institution"], phones(r)] if x), ADDRESS]),
    "key-value": key_value,
    "html-key-value": html_key_value,
    "field-per-line": stacked,
    "record-per-line": one_line,
    "record-per-line-wrapped": hard_wrapped(one_line, 45),
    "record-per-line-spaced": spaced_lines(),
    "record-per-line-spaced-wrapped": spaced_lines(8, 17),
    "one-column-table": spaced_lines(7, 12, in_cells=True),
    "record-per-line-double-spaced": spaced_lines(sep="  "),
    "record-per-line-spaced-phones-first": spaced_lines(phones_first=True),
    "labelled-blocks": labelled,
    "province-headings": headings,
    "section-rows": section_rows,
    "province-centred": province_at("middle"),
    "province-last": province_at("last"),
    "name-address-stacked": name_address_stacked(),
    "name-address-stacked-labelled": name_address_stacked("地址："),
}


def read(text, name, encoding="utf-8"):
    with tempfile.TemporaryDirectory() as work:
        src, out = os.path.join(work, "in"), os.path.join(work, "out")
        os.makedirs(src)
        with open(os.path.join(src, name), "wb") as f:
            f.write(text.encode(encoding))
        subprocess.run([BIN, "run", src, "--out", out], check=True, stderr=subprocess.DEVNULL)
        with open(os.path.join(out, "points.csv"), encoding="utf-8") as f:
            return collections.Counter(key(r) for r in csv.DictReader(f))


def main():
    if not os.path.exists(BIN):
        sys.exit("build first: cargo build --release")
    verbose = "-v" in sys.argv
    wanted = [a for a in sys.argv[1:] if a != "-v"] or list(SEED_RENDERINGS) + ["gb18030"] + list(RECORD_RENDERINGS) + TRADITIONAL_RENDERINGS
    every, clean = collections.Counter(key(r) for r in all_records()), clean_records()
    for name in wanted:
        if name in SEED_RENDERINGS or name == "gb18030":
            base = every
            if name == "gb18030":
                got = read(seed_text().replace("•", "·"), "doc.md", "gb18030")
                base = collections.Counter((p, i.replace("•", "·"), a, ph) for (p, i, a, ph), n in every.items() for _ in range(n))
            else:
                got = read(SEED_RENDERINGS[name](), "doc.csv" if name == "csv" else "doc.md")
        elif name.startswith("traditional-") and name[len("traditional-"):] in RECORD_RENDERINGS:
            # The whole text in traditional forms, labels and headers too. Provinces are
            # read into their simplified names; names and addresses kept as printed.
            base = collections.Counter((r["province"],) + key(traditional(r))[1:] for r in clean)
            got = read(RECORD_RENDERINGS[name[len("traditional-"):]](clean).translate(TRADITIONAL), "doc.md")
        elif name in RECORD_RENDERINGS:
            base = collections.Counter(key(r) for r in clean)
            got = read(RECORD_RENDERINGS[name](clean), "doc.md")
        else:
            sys.exit(f"no rendering {name}")
        lost, gained = base - got, got - base
        print(f"{name:<28} lost {sum(lost.values()):>3}  gained {sum(gained.values()):>3}", flush=True)
        if verbose:
            for k in lost:
                print("   -", " | ".join(k))
            for k in gained:
                print("   +", " | ".join(k))


if __name__ == "__main__":
    main()
