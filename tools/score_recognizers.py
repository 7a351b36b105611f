#!/usr/bin/env python3
"""Scores recognizer output against case files, following CONTRACT.md §3 (domain) and §4 (spec).

Usage:
  score_recognizers.py CASES.jsonl PREDICTIONS.jsonl [--show-failures N]
  score_recognizers.py --run CASES.jsonl [CASES2.jsonl ...]   # runs the Release CLI on each file, then scores

Standard library only.
"""
import argparse
import json
import math
import subprocess
import sys
import unicodedata
from collections import Counter
from datetime import datetime, timedelta

CLI = ["dotnet", "run", "--project", "tools/Recognizers.Cli/Recognizers.Cli.csproj", "-c", "Release", "--no-build", "--"]
DT_KEYS = ("timex", "type", "value", "start", "end", "Mod")


def norm_text(s):
    return unicodedata.normalize("NFKC", s or "").lower()


def num_equal(a, b):
    if a is None or b is None:
        return a is None and b is None
    try:
        x, y = float(a), float(b)
    except (TypeError, ValueError):
        return str(a) == str(b)
    if x == y:
        return True
    return abs(x - y) <= 1e-9 * max(abs(x), abs(y))


def values_equal(exp_vals, pred_vals):
    """Datetime `values` as a multiset, comparing only the keys the expected entry has."""
    exp_vals = list(exp_vals or [])
    pred_vals = list(pred_vals or [])
    if len(exp_vals) != len(pred_vals):
        return False
    used = [False] * len(pred_vals)
    for e in exp_vals:
        keys = [k for k in DT_KEYS if k in e]
        for j, p in enumerate(pred_vals):
            if used[j]:
                continue
            if all(str(p.get(k)) == str(e[k]) for k in keys) and all(k in p for k in keys):
                used[j] = True
                break
        else:
            return False
    return True


def resolution_equal(model, typename, exp, pred):
    exp = exp or {}
    pred = pred or {}
    if typename.lower().startswith("datetimev2"):
        return values_equal(exp.get("values"), pred.get("values"))
    if typename.lower() == "currency" or model == "currency":
        if not num_equal(exp.get("value"), pred.get("value")):
            return False
        if (exp.get("unit") or "").lower() != (pred.get("unit") or "").lower():
            return False
        if exp.get("isoCurrency") and exp.get("isoCurrency") != pred.get("isoCurrency"):
            return False
        return True
    return num_equal(exp.get("value"), pred.get("value"))


def span_equal(e, p):
    return (norm_text(e["text"]) == norm_text(p.get("text")) and e["start"] == p.get("start")
            and e["end"] == p.get("end") and e["typeName"].lower() == (p.get("typeName") or "").lower())


def result_equal(model, e, p, with_resolution=True):
    if not span_equal(e, p):
        return False
    if not with_resolution:
        return True
    return resolution_equal(model, e["typeName"], e.get("resolution"), p.get("resolution"))


def multiset_match(model, expected, predicted, with_resolution=True):
    """Number of expected results matched one-to-one by predictions."""
    used = [False] * len(predicted)
    matched = 0
    for e in expected:
        for j, p in enumerate(predicted):
            if not used[j] and result_equal(model, e, p, with_resolution):
                used[j] = True
                matched += 1
                break
    return matched


def lenient_ok(expected, predicted):
    if not expected:
        return not predicted
    def pred_values(p):
        res = p.get("resolution") or {}
        out = set()
        if "values" in res:
            for v in res.get("values") or []:
                for k in ("value", "start", "end", "timex"):
                    if v.get(k) is not None:
                        out.add(str(v[k]))
        elif res.get("value") is not None:
            out.add(str(res["value"]))
        return out
    all_pred = set()
    for p in predicted:
        all_pred |= pred_values(p)
    for e in expected:
        res = e.get("resolution") or {}
        if "values" in res:
            vals = res.get("values") or []
            cands = [str(v["value"]) for v in vals if "value" in v]
            if not cands:
                cands = [str(v.get("start")) + "|" + str(v.get("end")) for v in vals if "start" in v or "end" in v]
                ok = any(all(part in all_pred for part in c.split("|") if part != "None") for c in cands)
                if not ok and not any(str(v.get("timex")) in all_pred for v in vals):
                    return False
                continue
            if not any(c in all_pred for c in cands) and not any(str(v.get("timex")) in all_pred for v in vals):
                return False
        else:
            val = res.get("value")
            if val is None:
                continue
            if not any(num_equal(val, pv) for pv in all_pred):
                return False
    return True


# ---------- domain (bot policy, §3) ----------

def parse_dt(s):
    for fmt in ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d", "%H:%M:%S"):
        try:
            return datetime.strptime(s, fmt), fmt
        except (TypeError, ValueError):
            pass
    return None, None


def reading_of(result, ref):
    """(start, end) of the reading the bot uses, from one datetime result."""
    typ = result["typeName"].split(".")[-1]
    vals = (result.get("resolution") or {}).get("values") or []
    readings = []
    for v in vals:
        if "value" in v:
            d, fmt = parse_dt(v["value"])
            if d is None:
                continue
            if fmt == "%Y-%m-%d":
                readings.append((d, d + timedelta(days=1)))
            elif fmt == "%H:%M:%S":
                d = datetime.combine(ref.date(), d.time())
                if d > ref:
                    d -= timedelta(days=1)
                readings.append((d, d))
            else:
                readings.append((d, d))
        elif "start" in v or "end" in v:
            s, sf = parse_dt(v.get("start")) if v.get("start") else (None, None)
            e, ef = parse_dt(v.get("end")) if v.get("end") else (None, None)
            if sf == "%H:%M:%S" or ef == "%H:%M:%S":
                s = datetime.combine(ref.date(), s.time()) if s else None
                e = datetime.combine(ref.date(), e.time()) if e else None
                if s and e and e < s:
                    e += timedelta(days=1)
                if s and s > ref:
                    s -= timedelta(days=1)
                    e = e - timedelta(days=1) if e else None
            s = s or e
            e = e or s
            if s is not None:
                readings.append((s, e))
    if not readings:
        return None
    past = [r for r in readings if r[0] <= ref]
    return max(past, key=lambda r: r[0]) if past else readings[0]


def spans_overlap(a, b):
    return a["start"] <= b["end"] and b["start"] <= a["end"]


def domain_policy(results, ref):
    cur = [r for r in results if r["typeName"] == "currency" and (r.get("resolution") or {}).get("value") is not None]
    dts = [r for r in results if r["typeName"].startswith("datetimeV2")]
    nums = [r for r in results if r["typeName"] == "number"]
    drop_cur, drop_dt = set(), set()
    for i, c in enumerate(cur):
        for j, d in enumerate(dts):
            if spans_overlap(c, d):
                lc, ld = c["end"] - c["start"], d["end"] - d["start"]
                if lc > ld:
                    drop_dt.add(j)
                else:
                    drop_cur.add(i)
    cur = sorted([c for i, c in enumerate(cur) if i not in drop_cur], key=lambda r: r["start"])
    dts = sorted([d for j, d in enumerate(dts) if j not in drop_dt], key=lambda r: r["start"])
    amount = None
    if cur:
        c = cur[0]["resolution"]
        unit = (c.get("unit") or "").lower()
        value = float(c["value"])
        iso = c.get("isoCurrency")
        if unit == "jiao":
            value, iso = value * 0.1, "CNY"
        elif unit == "fen":
            value, iso = value * 0.01, "CNY"
        elif unit == "dollar":
            iso = "USD"
        amount = {"value": value, "currency": iso}
    fallback = amount
    if fallback is None:
        free = [n for n in nums if not any(spans_overlap(n, o) for o in cur + dts)]
        if free:
            best = max(free, key=lambda n: float(n["resolution"]["value"]))
            fallback = {"value": float(best["resolution"]["value"]), "currency": "CNY"}
    time = None
    for d in dts:
        typ = d["typeName"].split(".")[-1]
        if typ in ("duration", "set"):
            continue
        time = reading_of(d, ref)
        if time is not None:
            break
    return amount, fallback, time


def amount_ok(exp, got):
    if exp is None:
        return got is None
    return got is not None and abs(float(exp["value"]) - got["value"]) < 1e-6 and exp["currency"] == got["currency"]


def time_ok(exp, got):
    if exp is None:
        return got is None
    if got is None:
        return False
    s, e = got
    kind = exp["kind"]
    if kind == "point":
        v, _ = parse_dt(exp["value"])
        tol = timedelta(minutes=exp.get("toleranceMin", 1))
        return s - tol <= v <= e + tol
    if kind == "date":
        d, _ = parse_dt(exp["value"])
        return d <= s and e <= d + timedelta(days=1)
    es, _ = parse_dt(exp["start"])
    ee, _ = parse_dt(exp["end"])
    return s < ee and es < max(e, s + timedelta(seconds=1))


def exp_start(exp):
    if exp is None:
        return None
    return parse_dt(exp.get("value") or exp.get("start"))[0]


# ---------- driver ----------

def score(cases, preds, show=0):
    by_id = {p["id"]: p for p in preds}
    n = len(cases)
    if n == 0:
        return {}
    spec = [c for c in cases if c["model"] != "domain"]
    domain = [c for c in cases if c["model"] == "domain"]
    report = {}
    failures = []
    if spec:
        exact = span = lenient = 0
        tp = n_exp = n_pred = 0
        js_exact = js_n = 0
        for c in spec:
            pred = by_id.get(c["id"], {}).get("results") or []
            exp = c["expected"]
            m = multiset_match(c["model"], exp, pred)
            ok = m == len(exp) == len(pred)
            ok_span = multiset_match(c["model"], exp, pred, False) == len(exp) == len(pred)
            exact += ok
            span += ok_span
            lenient += lenient_ok(exp, pred)
            tp += m
            n_exp += len(exp)
            n_pred += len(pred)
            if "javascript" not in (c.get("notSupported") or []):
                js_n += 1
                js_exact += ok
            if not ok:
                failures.append((c, pred))
        p = tp / n_pred if n_pred else 1.0
        r = tp / n_exp if n_exp else 1.0
        report.update({"cases": len(spec), "exact": exact / len(spec), "span": span / len(spec),
                       "lenient": lenient / len(spec), "precision": p, "recall": r,
                       "f1": 2 * p * r / (p + r) if p + r else 0.0,
                       "exactJsSupported": js_exact / js_n if js_n else None})
    if domain:
        counts = Counter()
        for c in domain:
            pred = by_id.get(c["id"], {}).get("results") or []
            ref = datetime.strptime(c["referenceDateTime"], "%Y-%m-%dT%H:%M:%S")
            amount, fallback, time = domain_policy(pred, ref)
            exp = c["expected"]
            a = amount_ok(exp.get("amount"), amount)
            af = amount_ok(exp.get("amount"), fallback)
            t = time_ok(exp.get("time"), time)
            es = exp_start(exp.get("time"))
            d = (es is None and time is None) or (es is not None and time is not None and time[0].date() == es.date())
            counts.update({"amountOk": a, "amountOkFallback": af, "timeOk": t, "dayOk": d, "allOk": a and t})
            if not (a and t):
                failures.append((c, {"amount": amount, "time": [str(x) for x in time] if time else None}))
        report.update({"domainCases": len(domain), **{k: counts[k] / len(domain) for k in
                       ("amountOk", "amountOkFallback", "timeOk", "dayOk", "allOk")}})
    elapsed = [p.get("elapsedUs") for p in preds if p.get("elapsedUs") is not None]
    if elapsed:
        report["meanElapsedUs"] = sum(elapsed) / len(elapsed)
        report["inputsPerSecond"] = 1e6 / (sum(elapsed) / len(elapsed)) if sum(elapsed) else None
    for c, pred in failures[:show]:
        print(json.dumps({"id": c["id"], "input": c["input"], "ref": c.get("referenceDateTime"),
                          "expected": c["expected"], "got": pred}, ensure_ascii=False), file=sys.stderr)
    return report


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def run_cli(path):
    keep = ("id", "lang", "culture", "model", "input", "referenceDateTime")
    cases = load(path)
    stdin = "\n".join(json.dumps({k: c.get(k) for k in keep}, ensure_ascii=False) for c in cases) + "\n"
    out = subprocess.run(CLI, input=stdin.encode("utf-8"), stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")
    return cases, [json.loads(line) for line in out.splitlines() if line.strip()]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="+")
    ap.add_argument("--run", action="store_true", help="run the CLI on each case file")
    ap.add_argument("--show-failures", type=int, default=0)
    args = ap.parse_args()
    if args.run:
        for path in args.files:
            cases, preds = run_cli(path)
            rep = score(cases, preds, args.show_failures)
            print(path, json.dumps({k: (round(v, 4) if isinstance(v, float) else v) for k, v in rep.items()}))
    else:
        cases, preds = load(args.files[0]), load(args.files[1])
        rep = score(cases, preds, args.show_failures)
        print(json.dumps({k: (round(v, 4) if isinstance(v, float) else v) for k, v in rep.items()}))


if __name__ == "__main__":
    main()
