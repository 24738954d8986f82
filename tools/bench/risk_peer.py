#!/usr/bin/python3
"""The peer of the risk model: scikit-learn L2 logistic regression, C=1, on the feature table Mata Garuda exports
(`./matagaruda risk backtest ... --feature-table TABLE.csv`), so that both see the same rows.

Peer features, as issue 13 states them: lagged counts (last period, the one before, last 3 and 12 periods), the
region's historical rate, deaths (last period, last 12), counts in neighbouring regions (last period, last 12) and
province indicator variables; raw values, no scaling, missing as 0. Two protocols on the held-out ("uji") rows:
  refit  - refitted before each test period on every earlier labelled row (what the Java backtest does);
  static - fitted once on the training ("latih") rows.
Skill = 1 - Brier / Brier of the best baseline (zero, persistence, historical_rate) on the same test rows.
Prints one JSON object. Needs numpy and scikit-learn (Debian: apt-get install python3-sklearn).
"""
import csv
import json
import sys

import numpy as np
from sklearn.linear_model import LogisticRegression

PEER = ["lag1", "lag2", "jumlah3", "jumlah12", "frekuensi", "korban1", "korban12", "tetangga1", "tetangga12"]


def main(path, c=1.0):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    cols = PEER + [k for k in rows[0] if k.startswith("provinsi:")]
    x = np.array([[float(r[k]) if r[k] != "" else 0.0 for k in cols] for r in rows])
    y = np.array([float(r["y"]) for r in rows])
    period = np.array([r["periode"] for r in rows])
    part = np.array([r["bagian"] for r in rows])
    test = part == "uji"
    train = part == "latih"
    test_periods = sorted(set(period[test]))

    def fit(mask):
        return LogisticRegression(C=c, max_iter=10000).fit(x[mask], y[mask])

    refit = np.zeros(len(y))
    for t in test_periods:
        here = period == t
        # every labelled row whose outcome is known before t: training rows and earlier test periods
        known = (train | (test & (period < t)))
        refit[here] = fit(known).predict_proba(x[here])[:, 1]
    static = fit(train).predict_proba(x[test])[:, 1]

    def brier(p, yy):
        return float(np.mean((p - yy) ** 2))

    baselines = {
        "zero": brier(np.zeros(test.sum()), y[test]),
        "persistence": brier(np.array([float(r["persistence"]) for r, t in zip(rows, test) if t]), y[test]),
        "historical_rate": brier(np.array([float(r["historical_rate"]) for r, t in zip(rows, test) if t]), y[test]),
    }
    best = min(baselines, key=baselines.get)
    out = {
        "peer": "scikit-learn LogisticRegression(C=%g, L2), features: %s + %d province indicators"
                % (c, ", ".join(PEER), len(cols) - len(PEER)),
        "test_rows": int(test.sum()),
        "test_periods": [test_periods[0], test_periods[-1]],
        "best_baseline": best,
        "best_baseline_brier": round(baselines[best], 6),
        "refit": {"brier": round(brier(refit[test], y[test]), 6),
                  "skill": round(1 - brier(refit[test], y[test]) / baselines[best], 4)},
        "static": {"brier": round(brier(static, y[test]), 6),
                   "skill": round(1 - brier(static, y[test]) / baselines[best], 4)},
    }
    print(json.dumps(out))


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit("usage: risk_peer.py FEATURE_TABLE.csv [C]")
    main(sys.argv[1], float(sys.argv[2]) if len(sys.argv) > 2 else 1.0)
