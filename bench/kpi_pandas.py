#!/usr/bin/python3
"""Reference computation of Vigie's per-day KPIs with pandas, for bench/contact-records.mjs.

    /usr/bin/python3 bench/kpi_pandas.py FILE.csv [--sl-threshold 20] [--short-abandon 5]
                                                  [--fcr-days 7] [--no-fcr]

Reads a Vigie CSV file (docs/interactions-csv.md) in one go with pandas.read_csv and prints, on
stdout, JSON {"rows": [...], "phases": {...}} with one row per day (the `day` of `offered_at`,
local time as written) carrying the same fields as `vigie kpi --by day --format json`: offered,
answered, abandoned, shortAbandoned, serviceLevel, asaSeconds, ahtSeconds, fcr, fcrN,
fcrRepeated. Phase timings go to stderr too.

The rules are those of packages/core/src/kpi (classify.ts, accumulator.ts, fcr.ts, metrics.ts),
with the default contract options:

- class: phantom, then vru_only, then `offered` false -> not offered; then short abandon
  (disposition short_abandoned, or abandoned with wait < short-abandon seconds), abandoned,
  answered (answered, or transferred with an answered_at), else offered_other;
- `offered` column: 'true' / 'false' (case-insensitive), empty -> false for vru_only and
  phantom, true otherwise;
- offered = answered + abandoned + offered_other (short abandons excluded, the default);
- service level = answered with wait <= threshold / offered; ASA = sum of the answered waits /
  answered; AHT = sum of talk + hold + wrap-up of the answered / answered (handled = answered);
- FCR: handled (answered) contacts with a customer id; repeated when another *offered* contact
  of the same customer, in any group, starts strictly after it and strictly before it + N days.

Durations: an empty cell reads 0, as in the Vigie mapping. This script only checks what the
benchmark needs: it assumes a well-formed file (vigie kpi rejects malformed rows).
"""

import argparse
import json
import sys
import time

import numpy as np
import pandas as pd


def log(msg):
    print(f"[kpi_pandas] {msg}", file=sys.stderr, flush=True)


def ratio(num, den):
    return None if den == 0 else num / den


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("file")
    ap.add_argument("--sl-threshold", type=float, default=20)
    ap.add_argument("--short-abandon", type=float, default=5)
    ap.add_argument("--fcr-days", type=float, default=7)
    ap.add_argument("--no-fcr", action="store_true")
    a = ap.parse_args()

    phases = {}
    t = time.perf_counter()

    df = pd.read_csv(
        a.file,
        usecols=[
            "customer_id",
            "offered_at",
            "answered_at",
            "wait_seconds",
            "talk_seconds",
            "hold_seconds",
            "wrap_up_seconds",
            "disposition",
            "offered",
        ],
        dtype={
            "customer_id": "object",
            "offered_at": "object",
            "answered_at": "object",
            "wait_seconds": "float64",
            "talk_seconds": "float64",
            "hold_seconds": "float64",
            "wrap_up_seconds": "float64",
            "disposition": "category",
            "offered": "object",
        },
        keep_default_na=False,
        na_values=[""],
        engine="c",
    )
    phases["read_csv"] = time.perf_counter() - t
    rows = len(df)
    log(f"read {rows} rows in {phases['read_csv']:.1f} s")

    t = time.perf_counter()
    # local wall-clock instant -> seconds since 1970 as if UTC (what localEpochSeconds does)
    epoch = (
        pd.to_datetime(df["offered_at"], format="%Y-%m-%dT%H:%M:%S").to_numpy().astype("datetime64[s]").astype(np.int64)
    )
    df.drop(columns=["offered_at"], inplace=True)
    day = epoch // 86400
    answered_at = df["answered_at"].notna().to_numpy()
    df.drop(columns=["answered_at"], inplace=True)
    wait = df["wait_seconds"].fillna(0).to_numpy()
    handle = (
        df["talk_seconds"].fillna(0) + df["hold_seconds"].fillna(0) + df["wrap_up_seconds"].fillna(0)
    ).to_numpy()
    disp = df["disposition"].astype("object").str.strip().to_numpy()
    phantom = disp == "phantom"
    vru = disp == "vru_only"
    raw_off = df["offered"].fillna("").astype(str).str.strip().str.lower().to_numpy()
    offered_flag = np.where(raw_off == "true", True, np.where(raw_off == "false", False, ~(phantom | vru)))
    rest = offered_flag & ~phantom & ~vru
    is_abandoned = disp == "abandoned"
    short = rest & ((disp == "short_abandoned") | (is_abandoned & (wait < a.short_abandon)))
    abandoned = rest & is_abandoned & ~short
    answered = rest & ~short & ((disp == "answered") | ((disp == "transferred") & answered_at))
    other = rest & ~short & ~abandoned & ~answered
    counted_offered = answered | abandoned | other  # short abandons left out (the default)
    phases["classify"] = time.perf_counter() - t

    t = time.perf_counter()
    agg = pd.DataFrame(
        {
            "day": day,
            "offered": counted_offered.astype(np.int64),
            "answered": answered.astype(np.int64),
            "abandoned": abandoned.astype(np.int64),
            "shortAbandoned": short.astype(np.int64),
            "within": (answered & (wait <= a.sl_threshold)).astype(np.int64),
            "waitSum": np.where(answered, wait, 0.0),
            "handleSum": np.where(answered, handle, 0.0),
        }
    )
    per_day = agg.groupby("day", sort=True).sum()
    del agg
    phases["group_by_day"] = time.perf_counter() - t

    fcr = None
    if not a.no_fcr:
        t = time.perf_counter()
        cust = df["customer_id"].str.strip()
        has = cust.notna().to_numpy() & (cust.fillna("").to_numpy() != "")
        codes, _uniques = pd.factorize(cust.where(has))  # -1 for none
        window = int(a.fcr_days * 86400)
        # repeat candidates: offered contacts with a customer, keyed (customer, epoch), sorted
        cand = has & counted_offered
        cand_keys = np.sort((codes[cand].astype(np.int64) << 32) | epoch[cand])
        judged = has & answered
        h_codes = codes[judged].astype(np.int64)
        h_epoch = epoch[judged]
        # first candidate strictly after (customer, t): searchsorted right of the exact key
        pos = np.searchsorted(cand_keys, (h_codes << 32) | h_epoch, side="right")
        nxt = cand_keys[np.minimum(pos, len(cand_keys) - 1)] if len(cand_keys) else np.zeros(0, np.int64)
        found = (pos < len(cand_keys)) & ((nxt >> 32) == h_codes)
        repeated = found & ((nxt & 0xFFFFFFFF) < h_epoch + window)
        f = pd.DataFrame({"day": day[judged], "n": 1, "rep": repeated.astype(np.int64)})
        fcr = f.groupby("day", sort=True).sum()
        phases["fcr"] = time.perf_counter() - t

    out = []
    for d, r in per_day.iterrows():
        offered = int(r["offered"])
        ans = int(r["answered"])
        row = {
            "day": str(np.datetime64(int(d), "D")),
            "offered": offered,
            "answered": ans,
            "abandoned": int(r["abandoned"]),
            "shortAbandoned": int(r["shortAbandoned"]),
            "serviceLevel": ratio(int(r["within"]), offered),
            "asaSeconds": ratio(float(r["waitSum"]), ans),
            "ahtSeconds": ratio(float(r["handleSum"]), ans),
        }
        if fcr is not None:
            n = int(fcr["n"].get(d, 0))
            rep = int(fcr["rep"].get(d, 0))
            row.update({"fcr": ratio(n - rep, n), "fcrN": n, "fcrRepeated": rep})
        out.append(row)
    phases = {k: round(v, 3) for k, v in phases.items()}
    log("phases (s): " + json.dumps(phases))
    json.dump({"rowsRead": rows, "phases": phases, "rows": out}, sys.stdout)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
