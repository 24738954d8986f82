#!/usr/bin/env python3
"""The plain peer Mata Garuda's text classifier must match: scikit-learn TF-IDF (word 1-2-grams plus char_wb
3-5-grams, sublinear tf, each block L2-normalised) with L2 logistic regression, C=10 (lbfgs, multinomial).

Reads the split Mata Garuda wrote (CSV files with columns text,label), trains on one file and scores the other, and
prints one JSON object: macro_f1, accuracy, n, seconds and the library versions. Nothing is tuned on the test file.

    python3 nlp_peer.py --train train.csv --test test.csv
"""
import argparse
import csv
import json
import sys
import time


def read(path):
    texts, labels = [], []
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            texts.append(row["text"])
            labels.append(row["label"])
    return texts, labels


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", required=True)
    parser.add_argument("--test", required=True)
    parser.add_argument("--c", type=float, default=10.0)
    args = parser.parse_args()

    import sklearn
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import accuracy_score, f1_score
    from sklearn.pipeline import make_pipeline, make_union

    x_train, y_train = read(args.train)
    x_test, y_test = read(args.test)
    t0 = time.process_time()
    w0 = time.time()
    model = make_pipeline(
        make_union(TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True),
                   TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True)),
        LogisticRegression(C=args.c, max_iter=2000))
    model.fit(x_train, y_train)
    cpu = time.process_time() - t0
    wall = time.time() - w0
    predicted = model.predict(x_test)
    json.dump({
        "peer": "scikit-learn TfidfVectorizer(word 1-2, char_wb 3-5, sublinear_tf) + LogisticRegression(C=%g)" % args.c,
        "macro_f1": round(float(f1_score(y_test, predicted, average="macro")), 4),
        "accuracy": round(float(accuracy_score(y_test, predicted)), 4),
        "train_rows": len(x_train),
        "n": len(x_test),
        "training_seconds": round(wall, 2),
        "training_cpu_seconds": round(cpu, 2),
        "versions": {"python": sys.version.split()[0], "sklearn": sklearn.__version__},
    }, sys.stdout)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
