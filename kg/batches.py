"""Articles in, graphs out: the work of a build that runs away from the store.

:func:`extract_batch` parses a batch of articles and turns each into the
quads of its named graph.  A local build runs it over the whole stream (with
spaCy's own process pool for ``--processes N``); a cluster worker
(:mod:`kg.cluster`) runs it over one batch at a time.  Either way the driver
receives ``(article, Extracted)`` pairs in input order and writes them.
"""

from __future__ import annotations

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

    pairs = ((a.body(), a) for a in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, n_process=n_process, batch_size=batch_size):
        try:
            extraction = extract(doc, gazetteer=gazetteer)
            quads = tuple(article_quads(article, extraction, extractor=signature))
        except Exception as exc:  # noqa: BLE001 - reported per article
            yield article, Extracted(error=f"{type(exc).__name__}: {exc}".splitlines()[0])
            continue
        yield article, Extracted(words=len(doc), quads=quads)

