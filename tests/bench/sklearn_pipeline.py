#!/usr/bin/python3
"""scikit-learn's LSA + k-means pipeline, the reference bench_cluster compares with (issue 16).

Usage: sklearn_pipeline.py REPEATS K1:FILE1 [K2:FILE2 ...]

Each FILE is a notes CSV (ref,text,label). The interpreter is warmed first (imports, and
one fit on a small slice, so no first-call cost is timed); then every file is fitted
REPEATS times and each fit alone is timed: TfidfVectorizer(sublinear_tf=True, min_df=2)
-> TruncatedSVD(100) -> Normalizer -> KMeans(n_init=5), random_state=0. Prints one JSON
object per file and line: {"file", "seconds": [...], "refs": [...], "labels": [cluster per ref]}.
"""
import csv
import json
import sys
import time

from sklearn.cluster import KMeans
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import Normalizer


def read(path):
    """(refs, texts) of the rows with a text: the notes `cabildo import` keeps."""
    with open(path, newline="", encoding="utf-8") as f:
        rows = [row for row in csv.DictReader(f) if row["text"].strip()]
    return [row["ref"] for row in rows], [row["text"] for row in rows]


def fit(texts, k):
    """The timed part: everything from the raw texts to the clusters."""
    lsa = make_pipeline(
        TfidfVectorizer(sublinear_tf=True, min_df=2),
        TruncatedSVD(n_components=100, random_state=0),
        Normalizer(copy=False),
    )
    points = lsa.fit_transform(texts)
    return KMeans(n_clusters=k, n_init=5, random_state=0).fit(points).labels_


def main():
    repeats = int(sys.argv[1])
    jobs = [(int(arg.split(":", 1)[0]), arg.split(":", 1)[1]) for arg in sys.argv[2:]]
    data = {path: read(path) for _, path in jobs}
    fit(data[jobs[0][1]][1][:2000], 20)  # warm-up, not timed
    for k, path in jobs:
        refs, texts = data[path]
        seconds = []
        for _ in range(repeats):
            start = time.perf_counter()
            labels = fit(texts, k)
            seconds.append(time.perf_counter() - start)
        print(json.dumps({"file": path, "seconds": seconds, "refs": refs, "labels": [int(x) for x in labels]}),
              flush=True)


if __name__ == "__main__":
    main()
