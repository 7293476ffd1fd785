"""Articles in, graphs out: the work of a build that runs away from the store.

:func:`extract_batch` parses a batch of articles and turns each into the
quads of its named graph.  A local build runs it over the whole stream (with
spaCy's own process pool for ``--processes N``); a cluster worker
(:mod:`kg.cluster`) runs it over one batch at a time.  Either way the driver
receives ``(article, Extracted)`` pairs in input order and writes them.

With ``KG_PARSE_THREAD=1`` in the environment spaCy parses on one process in
a thread of its own, a batch ahead of extraction (and of the store writes the
caller makes between two pairs): spaCy's network layers and Oxigraph's writes
release the GIL, so kg's own work can overlap the parse when a core is idle.
It costs about 6% more CPU (bench/bench_build.py), so parsing in line is the
default.
"""

from __future__ import annotations

import gc
import itertools
import os
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Iterable, Iterator

from .model import Article


@dataclass(frozen=True)
class Extracted:
    """What extraction made of one article: its words (spaCy tokens) and quads, or an error line."""

    words: int = 0
    quads: tuple = ()
    error: str | None = None


def extract_batch(nlp, articles: Iterable[Article], *, gazetteer, signature: str,
                  n_process: int = 1, batch_size: int = 16) -> Iterator[tuple[Article, Extracted]]:
    """Parse, extract and make the quads of each article; one bad article never stops the rest."""
    from .extract import extract
    from .rdf import article_quads

    if n_process == 1 and os.environ.get("KG_PARSE_THREAD", "0") == "1":
        parsed = parse_ahead(nlp, articles, batch_size)
    else:
        pairs = ((a.body(), a) for a in articles)
        parsed = nlp.pipe(pairs, as_tuples=True, n_process=n_process, batch_size=batch_size)
    with quiet_gc():
        for doc, article in parsed:
            try:
                extraction = extract(doc, gazetteer=gazetteer)
                quads = tuple(article_quads(article, extraction, extractor=signature))
            except Exception as exc:  # noqa: BLE001 - reported per article
                yield article, Extracted(error=f"{type(exc).__name__}: {exc}".splitlines()[0])
                continue
            yield article, Extracted(words=len(doc), quads=quads)


@contextmanager
def quiet_gc(young: int = 20_000):
    """Fewer cycle collections while a batch stream runs; everything as it was afterwards.

    What exists when the stream starts (the model, the gazetteer, the geo
    tables) is frozen out of the collector's scans, and the youngest
    generation is collected every ``young`` allocations instead of 700: a
    parse allocates and frees millions of objects, few of them in cycles.
    Half of the collector's time in a build goes (bench/bench_build.py).
    """
    threshold = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(max(young, threshold[0]), *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        gc.unfreeze()




def parse_ahead(nlp, articles: Iterable[Article], batch_size: int,
                depth: int = 1) -> Iterator[tuple[object, Article]]:
    """``(doc, article)`` pairs, the next ``depth`` batches parsed by a thread while these are used.

    Articles are read here, in the caller's thread (reading reports its
    progress there); only ``nlp.pipe`` runs in the parse thread.  An error
    of the parse is raised here.
    """
    size = max(batch_size, 1)

    def parse(batch: list[Article]) -> list:
        return list(nlp.pipe(((a.body(), a) for a in batch), as_tuples=True, batch_size=size))

    it = iter(articles)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-parse") as pool:
        pending: deque = deque()
        while batch := list(itertools.islice(it, size)):
            pending.append(pool.submit(parse, batch))
            if len(pending) > depth:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
