"""Cost of claim extraction: milliseconds of :func:`kg.extract.claims.claims` per 1,000 words.

Parses the first ``--limit`` corpus articles once (kg's pipeline, then
entities), then times claim extraction alone over all of them, best of
``--repeat`` runs, and prints milliseconds per 1,000 words together with the
parse time per 1,000 words, so that the two can be compared.

Usage::

    python bench/bench_claims.py [CORPUS.jsonl[.gz]] [--limit 100] [--repeat 3]

The corpus defaults to ``$KG_BENCH_CORPUS`` (see ``bench/common.py``); it is
JSON Lines with a ``text`` field and is read in place, never copied.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import CORPUS, corpus_texts  # noqa: E402

_WORD = re.compile(r"\w+")


def texts(path: Path, limit: int) -> list[str]:
    return corpus_texts(path, limit)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path, nargs="?", default=CORPUS)
    ap.add_argument("--limit", type=int, default=100)
    ap.add_argument("--repeat", type=int, default=3, help="best of N runs")
    args = ap.parse_args(argv)

    from kg.extract import load_nlp
    from kg.extract.claims import claims
    from kg.extract.entities import link, mentions
    from kg.gazetteer import load_gazetteer

    docs = texts(args.corpus, args.limit)
    words = sum(len(_WORD.findall(t)) for t in docs)
    gaz = load_gazetteer()
    nlp = load_nlp(gazetteer=gaz)
    t0 = time.perf_counter()
    parsed = []
    for doc in nlp.pipe(docs, batch_size=16):
        parsed.append((doc, link(list(mentions(doc, gazetteer=gaz)), doc, gazetteer=gaz)))
    parse_s = time.perf_counter() - t0
    print(f"{len(docs)} articles, {words:,} words; parse + entities "
          f"{1000 * parse_s / words * 1000:.0f} ms per 1,000 words")

    runs = []
    n_claims = 0
    for _ in range(args.repeat):
        n_claims = 0
        t0 = time.perf_counter()
        for doc, ents in parsed:
            n_claims += sum(1 for _ in claims(doc, entities=ents))
        runs.append(time.perf_counter() - t0)
    best = min(runs)
    slowest = max(((doc, ents) for doc, ents in parsed), key=lambda p: len(p[0]))
    t0 = time.perf_counter()
    list(claims(slowest[0], entities=slowest[1]))
    big = time.perf_counter() - t0
    print(f"claims: {n_claims} claims, {1000 * best / words * 1000:.1f} ms per 1,000 words "
          f"(best of {args.repeat}: {best:.2f}s; ratio to parsing {best / parse_s:.3f})")
    print(f"longest article: {len(slowest[0]):,} tokens, claims {1000 * big:.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
