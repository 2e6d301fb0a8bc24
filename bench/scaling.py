#!/usr/bin/env python3
"""`make scaling`: time against size for one document of many rows (or one line of many
marks), each shape at N and 2N: a row of figures per shape with both timings, their ratio
and peak RSS. Linear work doubles (ratio ~2); work growing with the square of the rows
quadruples (ratio ~4) and is flagged. Shapes are the ordinary ones (distinct records, merged
name cells, page breaks, HTML, CSV, forms) and the degenerate ones that once were quadratic:
runs of rows holding only a phone (in a table or a form), only noise, garbled text, HTML rowspans, one row
repeated, a cell of many records, labelled numbers or links, or a formula spaced over a long run; and, not one document,
a directory of N one-record files (whose memory once grew with their number).
Figures, not assertions: a timed test would depend on the machine.
"""
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
BIN = os.path.join(os.path.dirname(HERE), "target", "release", "tablemend")
ROWS = int(os.environ.get("SCALING_ROWS", "20000"))
HEADER = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n"


def rec(i: int) -> tuple:
    return (f"北京市第{i}科学技术委员会", f"北京市西城区西直门南大街{i}号", f"010-{66000000 + i}")


def table(row) -> callable:
    return lambda n: HEADER + "".join(row(i) for i in range(n))


SHAPES = {
    "distinct rows": ("md", table(lambda i: "| {} | 北京 | {} | {} | {} |\n".format(i, *rec(i)))),
    "merged names": ("md", table(lambda i: "| | | {} | {} | {} |\n".format(rec(i)[0] if i % 100 == 0 else "", *rec(i)[1:]))),
    "wrapped names": ("md", table(lambda i: "| | | 北京市第{}科学 | {} | {} |\n| | | 技术委员会 | | |\n".format(i, *rec(i)[1:]))),
    "page breaks": ("md", table(lambda i: "\n| | | {} | {} | {} |\n|---|---|---|---|---|\n".format(*rec(i)))),
    "sections": ("md", table(lambda i: "| {} | {} | {} | {} | {} |\n".format(i, ["北京", "天津", "河北"][i % 3], *rec(i)))),
    "html": ("html", lambda n: "<table><tr><th>受理机构</th><th>地址</th><th>电话</th></tr>"
             + "".join("<tr><td>{}</td><td>{}</td><td>{}</td></tr>\n".format(*rec(i)) for i in range(n)) + "</table>"),
    "csv": ("csv", lambda n: "受理机构,地址,电话\n" + "".join("{},{},{}\n".format(*rec(i)) for i in range(n))),
    "latex tabular": ("md", lambda n: "\\begin{tabular}{|l|l|l|}\n受理机构 & 地址 & 电话 \\\\\n"
                      + "".join("\\hline\n{} & {} & {} \\\\\n".format(*rec(i)) for i in range(n)) + "\\end{tabular}\n"),
    "labelled form": ("md", lambda n: "".join("单位名称：{}\n地址：{}\n电话：{}\n\n".format(*rec(i)) for i in range(n))),
    "one form, many phones": ("md", lambda n: "单位名称：{}\n地址：{}\n".format(*rec(0)[:2])
                              + "".join(f"电话：010-{67000000 + i}\n" for i in range(n))),
    "lone phones": ("md", lambda n: HEADER + "| 1 | 北京 | {} | {} | {} |\n".format(*rec(0))
                    + "".join(f"| | | | | 010-{67000000 + i} |\n" for i in range(n))),
    "noise rows": ("md", table(lambda i: "| ii |\n| : | | |\n")),
    "garbled rows": ("md", table(lambda i: "| {} {} {} 天津市科委 天津市河西区1号 022-58832900 | | | |\n".format(*rec(i)))),
    "html rowspans": ("html", lambda n: "<table><tr><th>受理机构</th><th>地址</th><th>电话</th></tr>"
                      + "".join('<tr><td rowspan="2">{}</td><td>{}</td><td>{}</td></tr><tr><td>{}</td><td>{}</td></tr>\n'.format(
                          *rec(i), *rec(i)[1:]) for i in range(n // 2)) + "</table>"),
    "one row repeated": ("md", table(lambda i: "| 1 | 北京 | {} | {} | {} |\n".format(*rec(0)))),
    "records in a cell": ("md", lambda n: HEADER + "| 1 | 北京 | {} | {} | {} |\n".format(
        " ".join("{} {} {}".format(*rec(i)) for i in range(n // 8)), *rec(0)[1:])),
    "labelled numbers": ("md", lambda n: HEADER + "| 1 | 北京 | {} | {} | {} |\n".format(
        *rec(0)[:2], " ".join(f"单位{i}: 027-{87000000 + i}" for i in range(n // 4)))),
    "links in a cell": ("md", lambda n: HEADER + "| 1 | 北京 | {} | {} | {} |\n".format(rec(0)[0], "[甲](a)" * (n * 2), rec(0)[2])),
    "spaced formula": ("md", lambda n: HEADER + "| 1 | 北京 | {} | {} | {} |\n".format(rec(0)[0], "$1" + " " * (n * 20) + "2$", rec(0)[2])),
    # Not one document: a directory of N one-record documents (memory should stay flat).
    "one-record files": ("dir", lambda n: ["| 1 | 北京 | {} | {} | {} |\n".format(*rec(i)) for i in range(n)]),
}


def run(path: str) -> tuple:
    out = tempfile.mkdtemp(prefix="tablemend-scaling-")
    t0 = time.perf_counter()
    p = subprocess.Popen([BIN, "run", path, "--out", out, "-q"], stderr=subprocess.PIPE, stdout=subprocess.DEVNULL)
    _, status, ru = os.wait4(p.pid, 0)
    secs = time.perf_counter() - t0
    err = p.stderr.read().decode("utf-8", "replace")
    subprocess.run(["rm", "-rf", out])
    if status != 0:
        sys.exit(f"tablemend failed on {path}: {err}")
    return secs, ru.ru_maxrss / 1024.0


def main() -> None:
    if not os.path.exists(BIN):
        sys.exit("build first: cargo build --release")
    only = sys.argv[1:]
    print(f"{'shape':<18} {'N':>7} {'MB':>6} {'s at N':>8} {'s at 2N':>8} {'ratio':>6} {'RSS MiB at 2N':>13}")
    with tempfile.TemporaryDirectory(prefix="tablemend-scaling-in-") as d:
        for name, (ext, make) in SHAPES.items():
            if only and name not in only:
                continue
            times, mb, rss = [], 0.0, 0.0
            for n in (ROWS, 2 * ROWS):
                if ext == "dir":
                    path = os.path.join(d, f"docs_{n}")
                    os.makedirs(path)
                    for i, text in enumerate(make(n)):
                        with open(os.path.join(path, f"{i:07d}.md"), "w", encoding="utf-8") as f:
                            f.write(text)
                    mb = sum(os.path.getsize(os.path.join(path, x)) for x in os.listdir(path)) / 1e6
                else:
                    path = os.path.join(d, f"doc.{ext}")
                    with open(path, "w", encoding="utf-8") as f:
                        f.write(make(n))
                    mb = os.path.getsize(path) / 1e6
                secs, rss = run(path)
                times.append(secs)
            ratio = times[1] / max(times[0], 1e-3)
            flag = "  <- grows faster than the input" if ratio > 3.0 and times[1] > 0.5 else ""
            print(f"{name:<18} {ROWS:>7} {mb:>6.2f} {times[0]:>8.2f} {times[1]:>8.2f} {ratio:>6.2f} {rss:>13.1f}{flag}", flush=True)


if __name__ == "__main__":
    main()
