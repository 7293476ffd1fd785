"""Cost of kg's entity extraction over bare spaCy.

Runs the same texts through (1) the bare spaCy model and (2) kg's pipeline
(the model plus the gazetteer ruler) followed by :func:`kg.extract.entities.mentions`
and :func:`~kg.extract.entities.link`, and prints words per second both ways
and their ratio (the target is a ratio of 0.8 or more).

Usage::

    python bench/bench_entities.py ARTICLES.jsonl[.gz] [--limit 100] [--repeat 2]

The input is JSON Lines with a ``text`` field (one article a line).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import corpus_texts  # noqa: E402

TOPIC = re.compile(r"\b(?:Syria|Iraq|ISIS|ISIL|Islamic State)\b")


def texts(path: Path, limit: int) -> list[str]:
    return corpus_texts(path, limit, keep=TOPIC.search)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--limit", type=int, default=100)
    ap.add_argument("--repeat", type=int, default=2, help="best of N runs each way")
    args = ap.parse_args(argv)

    import spacy

    from kg.extract import DEFAULT_MODEL, load_nlp
    from kg.extract import geo
    from kg.extract.entities import link, mentions
    from kg.gazetteer import load_gazetteer

    docs = texts(args.corpus, args.limit)
    words = sum(len(t.split()) for t in docs)
    print(f"{len(docs)} articles, {words} words")

    t = time.perf_counter()
    bare = spacy.load(DEFAULT_MODEL)
    t_bare_load = time.perf_counter() - t
    t = time.perf_counter()
    gaz = load_gazetteer()
    nlp = load_nlp(gazetteer=gaz)
    t_kg_load = time.perf_counter() - t
    t = time.perf_counter()
    geo._tables()
    t_geo = time.perf_counter() - t
    print(f"load: bare model {t_bare_load:.2f}s, kg pipeline {t_kg_load:.2f}s "
          f"(gazetteer {len(gaz)} entries), place tables {t_geo:.2f}s (once per process)")

    def run_bare() -> float:
        t0 = time.perf_counter()
        for _ in bare.pipe(docs, batch_size=16):
            pass
        return time.perf_counter() - t0

    n_mentions = n_entities = 0

    def run_kg() -> float:
        nonlocal n_mentions, n_entities
        n_mentions = n_entities = 0
        t0 = time.perf_counter()
        for doc in nlp.pipe(docs, batch_size=16):
            ms = list(mentions(doc, gazetteer=gaz))
            ents = link(ms, doc, gazetteer=gaz)
            n_mentions += len(ms)
            n_entities += len(ents)
        return time.perf_counter() - t0

    bare_runs, kg_runs = [], []
    for _ in range(args.repeat):  # interleaved, so that a busy machine slows both alike
        bare_runs.append(run_bare())
        kg_runs.append(run_kg())
    best_bare, best_kg = min(bare_runs), min(kg_runs)
    print(f"bare spaCy: {words / best_bare:,.0f} words/s ({best_bare:.2f}s)")
    print(f"kg entities: {words / best_kg:,.0f} words/s ({best_kg:.2f}s; "
          f"{n_mentions} mentions, {n_entities} entities)")
    print(f"ratio kg/bare: {best_bare / best_kg:.2f} (target >= 0.80)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
