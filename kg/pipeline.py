"""The build pipeline: read articles → extract → per-article RDF → store.

Incremental and idempotent: each article graph records the digest of its
input and the signature of the extractor that produced it; an article whose
digest and signature are unchanged is skipped, a changed one replaces its
named graph in one transaction, together with what it says of its entities
in the shared entities graph and the record of the entities its old graph
referred to (see :mod:`kg.entity_graph`): a full disk or a kill leaves the old
article or the new, and the next build or removal prunes what it left.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator, Mapping, Sequence

from . import __version__
from . import vocab as V
from .entity_graph import note_pending, prune_pending, settle_names
from .ingest.errors import Skipped
from .tally import EXAMPLES, Examples  # noqa: F401 (EXAMPLES re-exported)
from .model import Article, ReadError
from .store import Store

#: Bumped whenever extraction output changes shape or quality.
EXTRACTOR_VERSION = "69"


@dataclass
class BuildReport:
    """What a build did; ``failed`` and ``skipped`` hold ``(source, reason)`` pairs.

    They are :class:`Examples`: counted in full, the first :data:`EXAMPLES` kept.
    """

    built: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: Examples = field(default_factory=Examples)
    failed: Examples = field(default_factory=Examples)
    seconds: float = 0.0
    words: int = 0
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.failed

    def summary(self) -> str:
        c = self.counts
        parts = [
            f"articles {c.get('articles', len(self.built) + len(self.unchanged))}",
            f"built {len(self.built)}", f"unchanged {len(self.unchanged)}",
            f"actors {c.get('actors', 0)}", f"places {c.get('places', 0)}",
            f"claims {c.get('claims', 0)}", f"skipped {len(self.skipped)}",
            f"failed {len(self.failed)}",
        ]
        return ", ".join(parts) + f" ({self.seconds:.1f}s)"


Progress = Callable[[str, str], None]  # (event, source): event is built|unchanged|skipped|failed


def extractor_signature(model: str, gazetteer_digest: str = "") -> str:
    return f"kg/{__version__} extractor/{EXTRACTOR_VERSION} model/{model} gazetteer/{gazetteer_digest}"


def existing_digests(store: Store) -> dict[str, tuple[str, str]]:
    """``{article IRI: (digest, extractor signature)}`` for every article graph in the store."""
    res = store.query(
        "SELECT ?g ?d ?x WHERE { GRAPH ?g { ?g <%sdigest> ?d . OPTIONAL { ?g <%sextractor> ?x } } }"
        % (V.KG, V.KG), union=False)
    return {r[0].value: (r[1].value, r[2].value if r[2] is not None else "") for r in res.rows}


def existing_identifiers(store: Store) -> dict[str, str]:
    """``{article IRI: identifier}`` for every article graph in the store."""
    res = store.query("SELECT ?g ?id WHERE { GRAPH ?g { ?g <%sidentifier> ?id } }" % V.SCHEMA,
                      union=False)
    return {r[0].value: r[1].value for r in res.rows}


def identifier_clash(identifier: str, seen: Mapping[str, tuple[str, str]],
                     stored: Mapping[str, str]) -> str | None:
    """Why an article may not take the IRI its identifier maps to (None: it may).

    Identifiers that differ only in what IRIs leave out (surrounding white
    space) map to one IRI: the second one is reported, never written over
    the first.

    >>> seen = {V.article_iri("a.txt"): ("a.txt", "in/a.txt")}
    >>> identifier_clash(" a.txt", seen, {})
    "identifier ' a.txt' names the same article as 'a.txt' (in/a.txt); rename one"
    >>> identifier_clash("b.txt", seen, {V.article_iri("b.txt"): "b.txt"}) is None
    True
    """
    iri = V.article_iri(identifier)
    if iri in seen:
        other, source = seen[iri]
        if other == identifier:
            return f"identifier {identifier!r} already used by {source}"
        return f"identifier {identifier!r} names the same article as {other!r} ({source}); rename one"
    owner = stored.get(iri)
    if owner is not None and owner != identifier:
        return (f"identifier {identifier!r} names the same article as {owner!r}, already in the "
                "store; rename one or remove that one")
    return None


def count_summary(store: Store) -> dict[str, int]:
    """Counts of articles, actors, places and claims in the store."""
    q = f"""PREFIX schema: <{V.SCHEMA}>
    SELECT
      (COUNT(DISTINCT ?a) AS ?articles)
      (COUNT(DISTINCT ?actor) AS ?actors)
      (COUNT(DISTINCT ?place) AS ?places)
      (COUNT(DISTINCT ?claim) AS ?claims)
    WHERE {{
      {{ ?a a schema:NewsArticle }}
      UNION {{ ?x schema:mentions ?actor . FILTER EXISTS {{ {{ ?actor a schema:Person }} UNION {{ ?actor a schema:Organization }} }} }}
      UNION {{ ?x schema:mentions ?place . ?place a schema:Place }}
      UNION {{ ?claim a schema:Claim }}
    }}"""
    row = store.query(q).dicts()[0]
    return {k: int(v.value) if v is not None else 0 for k, v in row.items()}


def build(paths: Sequence[str], store: Store, *, model: str | None = None,
          gazetteer_paths: Sequence[str] = (), fields: dict | None = None,
          n_process: int = 1, batch_size: int = 16, force: bool = False,
          max_bytes: int = 20_000_000, progress: Progress | None = None,
          nlp=None, rank: bool = True, executor=None) -> BuildReport:
    """Build every article under ``paths`` into ``store``; never raises for a bad article.

    ``executor`` (e.g. :class:`kg.cluster.DaskExecutor`) parses and extracts
    somewhere else: called as ``executor(articles, model=, gazetteer=,
    signature=, batch_size=, max_bytes=)`` it yields ``(article, Extracted)``
    in input order, as :func:`kg.batches.extract_batch` does here.

    After articles changed the co-mention analytics are marked stale and, with
    ``rank`` (the default), recomputed so that centrality and communities are
    there to query; ``rank=False`` leaves that to ``kg rank``.
    """
    from .extract import DEFAULT_MODEL
    from .gazetteer import load_gazetteer
    from .ingest import read

    t0 = time.perf_counter()
    report = BuildReport()
    model = model or DEFAULT_MODEL
    gazetteer = load_gazetteer(gazetteer_paths)
    signature = extractor_signature(model, gazetteer.digest)
    existing = existing_digests(store)
    note = progress or (lambda event, source: None)

    seen_digests: dict[str, str] = {}
    seen_iris: dict[str, tuple[str, str]] = {}  # article IRI → (identifier, source)
    stored = existing_identifiers(store)

    def todo() -> Iterator[Article]:
        for item in read(paths, fields=fields, max_bytes=max_bytes):
            if isinstance(item, Skipped):
                report.skipped.append((item.source, item.reason))
                note("skipped", item.source)
                continue
            if isinstance(item, ReadError):
                report.failed.append((item.source, item.reason))
                note("failed", item.source)
                continue
            clash = identifier_clash(item.identifier, seen_iris, stored)
            if clash:
                report.failed.append((item.source, clash))
                note("failed", item.source)
                continue
            seen_iris[V.article_iri(item.identifier)] = (item.identifier, item.source)
            if item.digest and item.digest in seen_digests:
                report.skipped.append((item.source, f"duplicate of {seen_digests[item.digest]}"))
                note("skipped", item.source)
                continue
            if item.digest:
                seen_digests[item.digest] = item.source
            iri = V.article_iri(item.identifier)
            if not force and existing.get(iri) == (item.digest, signature):
                report.unchanged.append(item.identifier)
                note("unchanged", item.source)
                continue
            yield item

    pending = todo()
    first = next(pending, None)
    if first is not None:
        articles = _chain(first, pending)
        if executor is not None:
            outcomes = executor(articles, model=model, gazetteer=gazetteer, signature=signature,
                                batch_size=batch_size, max_bytes=max_bytes)
        else:
            from .batches import extract_batch

            if nlp is None:
                from .extract import load_nlp

                nlp = load_nlp(model, gazetteer=gazetteer)
            nlp.max_length = max(nlp.max_length, max_bytes + 1)
            outcomes = extract_batch(nlp, articles, gazetteer=gazetteer, signature=signature,
                                     n_process=n_process, batch_size=batch_size)
        _run(outcomes, store, report, batch_size=batch_size, note=note, existing=existing)
    _finish(store, report, rank=rank)
    report.seconds = time.perf_counter() - t0
    return report


def _finish(store: Store, report: BuildReport, *, rank: bool) -> None:
    """Prune, count, rank and flush after the articles are written.

    A store that cannot be written (a full disk) is one more failure of the
    report, not an exception: what the build wrote stays.
    """
    from .store import StoreError

    try:
        # what replaced graphs referred to (or an interrupted build or removal
        # left) may be backed no more
        pruned = store.writable and prune_pending(store)
        if report.built:
            settle_names(store)  # one schema:name per entity, whatever the order of the articles
        if report.built or pruned:
            _after_change(store)
        report.counts = count_summary(store)
        if rank and report.counts.get("articles"):
            from .analytics import ensure
            from .compare import ensure as ensure_comparisons

            ensure(store)
            ensure_comparisons(store)   # agreements and contradictions follow the articles too
        if report.built:
            store.reopen()  # folds the write-ahead logs in: a third of the disk, faster readers
        else:
            store.flush()
    except (StoreError, OSError) as exc:
        reason = " ".join(f"store write failed: {exc}".split())
        report.failed.append((store.location, reason))


def _chain(first, rest):
    yield first
    yield from rest


class GraphWriter:
    """Writes batches of article graphs; what they add to the entities graph, once per writer.

    Articles repeat what they say of their entities; a description an earlier
    batch stored is not sent again (it was written with that batch, so a crash
    never leaves it out).
    """

    def __init__(self, store: Store):
        import pyoxigraph as ox

        self.store = store
        self._shared = ox.NamedNode(V.ENTITIES_GRAPH)
        self._written: set = set()

    def write(self, graphs: dict[str, list], *, prelude: str = "") -> None:
        """``store.replace_graphs(graphs, prelude=...)`` less the entity quads already written.

        Raises as ``replace_graphs`` does.
        """
        batch: dict[str, list] = {}
        new: set = set()
        for iri, quads in graphs.items():
            keep = batch[iri] = []
            for q in quads:
                if q.graph_name == self._shared:
                    if q in self._written or q in new:
                        continue
                    new.add(q)
                keep.append(q)
        if prelude:
            self.store.replace_graphs(batch, prelude=prelude)
        else:
            self.store.replace_graphs(batch)
        self._written |= new


def _run(outcomes: Iterable[tuple], store: Store, report: BuildReport, *,
         batch_size: int, note: Progress, existing: Mapping[str, object] = {}) -> None:
    """Write the ``(article, Extracted)`` outcomes; graphs go ``batch_size`` articles at a time.

    Into an embedded store, a batch of articles it does not hold yet is
    bulk-loaded (:mod:`kg.store.bulk`).  Loads of 64-128 articles would take
    a quarter less CPU than loads of 16 (bench/bench_store_writes.py
    ``--from``), but a build killed midway should keep what it reported
    built every ``batch_size`` articles, so loads stay at ``batch_size``.

    Each write replaces whole article graphs in one transaction (see
    ``Store.replace_graphs``) that also records the entities the replaced
    graphs referred to (:func:`kg.entity_graph.note_pending`): after a crash
    an article is its old or its new graph.
    """
    pending: dict[str, tuple[Article, int, list]] = {}
    writer = GraphWriter(store)

    def flush() -> None:
        if not pending:
            return
        prelude = note_pending(iri for iri in pending if iri in existing)
        try:
            writer.write({iri: quads for iri, (_, _, quads) in pending.items()}, prelude=prelude)
        except Exception as exc:
            reason = f"store write failed: {type(exc).__name__}: {exc}".splitlines()[0]
            for article, _, _ in pending.values():
                report.failed.append((article.source, reason))
                note("failed", article.source)
        else:
            for article, words, _ in pending.values():
                report.built.append(article.identifier)
                report.words += words
                note("built", article.source)
        pending.clear()

    for article, result in outcomes:
        if result.error is not None:  # one bad article never stops the build
            report.failed.append((article.source, result.error))
            note("failed", article.source)
            continue
        pending[V.article_iri(article.identifier)] = (article, result.words, result.quads)
        if len(pending) >= max(batch_size, 1):
            flush()
    flush()


def _after_change(store: Store) -> None:
    """Mark analytics stale after article graphs changed (``kg rank`` recomputes)."""
    try:
        from .analytics import mark_stale
    except ImportError:
        return
    mark_stale(store)


def remove(identifiers: Iterable[str], store: Store) -> tuple[list[str], list[str]]:
    """Drop articles by identifier; returns ``(removed, not_found)``.

    The graphs go in one update that also records the entities they referred
    to; pruning those follows (and is finished by the next build or removal if
    this one is killed first).
    """
    from .store.faults import point

    present = set(store.graph_names())
    removed, missing, graphs = [], [], []
    for ident in identifiers:
        graph = V.article_iri(ident)
        if graph in present and graph not in graphs:
            removed.append(ident)
            graphs.append(graph)
        elif graph not in graphs:
            missing.append(ident)
    if graphs:
        point("remove:start")
        drops = " ;\n".join(f"DROP SILENT GRAPH <{g}>" for g in graphs)
        store.update(note_pending(graphs) + " ;\n" + drops)
        point("remove:committed")
    if prune_pending(store) or removed:
        _after_change(store)
    return removed, missing


def file_digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
