#!/usr/bin/env python3
"""Share of clean lines that carry a warning or error.

Usage: bench/false-alarms.py DIR [--per-line]
Audits every .txt file of DIR (clean professional text, e.g. FLORES-200) with ./noisegate and
prints, per file and in total, the share of lines with at least one warning or error finding.
With --per-line every line is audited as a document of its own (in a temporary folder).
Lines listed in bench/flores-known-noisy.tsv (or --known FILE; file<TAB>line) are left out.
"""
import json, os, subprocess, sys, tempfile, collections

def main():
    d = sys.argv[1]
    per_line = "--per-line" in sys.argv
    here = os.path.dirname(os.path.abspath(__file__))
    tool = os.path.join(here, "..", "noisegate")
    files = sorted(f for f in os.listdir(d) if f.endswith(".txt"))
    known = set()
    kp = os.path.join(here, "flores-known-noisy.tsv") if "--known" not in sys.argv else sys.argv[sys.argv.index("--known") + 1]
    if os.path.exists(kp):
        for l in open(kp, encoding="utf-8"):
            if l.strip() and not l.startswith("#"):
                f, n = l.split("\t")[:2]
                known.add((f, int(n)))
    flagged = collections.defaultdict(set)
    rules = collections.Counter()
    examples = collections.defaultdict(list)
    lines_total = {}
    with tempfile.TemporaryDirectory() as tmp:
        if per_line:
            for f in files:
                lines = open(os.path.join(d, f), encoding="utf-8").read().split("\n")
                os.makedirs(os.path.join(tmp, f))
                for i, l in enumerate(lines, 1):
                    if l.strip():
                        open(os.path.join(tmp, f, "%04d.txt" % i), "w", encoding="utf-8").write(l + "\n")
            target = tmp
        else:
            target = d
        out = subprocess.run([tool, "audit", "--format", "json", target], capture_output=True, text=True)
        report = json.loads(out.stdout)
    for f in files:
        lines_total[f] = sum(1 for l in open(os.path.join(d, f), encoding="utf-8") if l.strip())
    for fr in report["files"]:
        p = fr["path"]
        if per_line:
            parts = p.split(os.sep)
            name, line = parts[-2], int(parts[-1][:4])
        else:
            name, line = os.path.basename(p), None
        if name not in files:
            continue  # licences and READMEs beside the text are not part of the sample
        for x in fr.get("findings", []):
            if x["severity"] == "info":
                continue
            ln = line if per_line else x["line"]
            if (name, ln) in known:
                continue
            flagged[name].add(ln)
            rules[x["rule"]] += 1
            if len(examples[x["rule"]]) < 400:
                examples[x["rule"]].append("%s:%d %r %s" % (name, ln, x["text"][:60], x["message"][:100]))
    tot = sum(lines_total[f] for f in files)
    bad = sum(len(flagged[f]) for f in files)
    for f in files:
        if flagged[f]:
            print("%-16s %4d/%4d lines flagged" % (f, len(flagged[f]), lines_total[f]))
    print("rules:", dict(rules.most_common()))
    if "-v" in sys.argv:
        for r, ex in examples.items():
            print("==", r)
            for e in ex:
                print("  ", e)
    print("TOTAL: %d of %d lines (%.3f%%) carry a warning or error" % (bad, tot, 100.0 * bad / max(1, tot)))

main()
