"""Turns JMH JSON results into bench/results/jmh.md (a table) and jmh.dat (for gnuplot)."""
import json
import sys

example_file, scaling_file, out = sys.argv[1], sys.argv[2], sys.argv[3]


def rows(path):
    for r in json.load(open(path)):
        name = r["benchmark"].rsplit(".", 2)
        op = name[-2].replace("Benchmark", "") + "." + name[-1]
        n = int(r.get("params", {}).get("events", "0"))
        unit = r["primaryMetric"]["scoreUnit"]
        scale = {"ns/op": 1e-6, "us/op": 1e-3, "ms/op": 1.0, "s/op": 1e3}[unit]
        ms = r["primaryMetric"]["score"] * scale
        err = r["primaryMetric"]["scoreError"] * scale
        alloc = r.get("secondaryMetrics", {}).get("gc.alloc.rate.norm", {}).get("score", float("nan"))
        yield op, n, ms, err, alloc


def fmt_ms(ms):
    return "%.3f" % ms if ms < 1 else "%.2f" % ms if ms < 100 else "%.0f" % ms


def fmt_bytes(b):
    if b != b:
        return "—"
    for unit, f in (("GiB", 2**30), ("MiB", 2**20), ("KiB", 2**10)):
        if b >= f:
            return "%.1f %s" % (b / f, unit)
    return "%.0f B" % b


lines = ["| operation | N | time (ms/op) | ± | allocated per op |", "|---|---:|---:|---:|---:|"]
example = list(rows(example_file))
scaling = sorted(rows(scaling_file), key=lambda r: (r[0], r[1]))
for op, n, ms, err, alloc in example:
    if op == "Validation.example" or n == 0:
        lines.append("| %s | example | %s | %s | %s |" % (op.replace(".example", ""), fmt_ms(ms), fmt_ms(err), fmt_bytes(alloc)))
by_op = {}
for op, n, ms, err, alloc in scaling:
    lines.append("| %s | %d | %s | %s | %s |" % (op, n, fmt_ms(ms), fmt_ms(err), fmt_bytes(alloc)))
    by_op.setdefault(op, {})[n] = ms
lines.append("")
lines.append("Growth with N (linear would be 10× and 5×; the target is at most 12× for 10× the events):")
lines.append("")
lines.append("| operation | t(10,000) / t(1,000) | t(50,000) / t(10,000) |")
lines.append("|---|---:|---:|")
for op, t in sorted(by_op.items()):
    a = "%.1f×" % (t[10000] / t[1000]) if 1000 in t and 10000 in t else "—"
    b = "%.1f×" % (t[50000] / t[10000]) if 10000 in t and 50000 in t else "—"
    lines.append("| %s | %s | %s |" % (op, a, b))
open(out + "/jmh.md", "w").write("\n".join(lines) + "\n")

ops = sorted(by_op)
sizes = sorted({n for t in by_op.values() for n in t})
with open(out + "/jmh.dat", "w") as f:
    f.write("N " + " ".join(o.replace(" ", "_") for o in ops) + "\n")
    for n in sizes:
        f.write(str(n) + " " + " ".join(("%.6f" % by_op[o][n]) if n in by_op[o] else "NaN" for o in ops) + "\n")
