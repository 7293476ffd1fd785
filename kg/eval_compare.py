"""Score ``kg compare`` against a hand-checked set of claim pairs (``data/eval/comparisons-dev.jsonl``).

The gold file has one JSON object a line. An ``article`` line names a corpus record the set
covers (``{"article": {"corpus": ..., "id": ..., "sha256": ...}}``); a ``pair`` line labels two
passages of those articles::

    {"a": {"corpus": C, "id": I, "span": [s, e], "head": "first words"},
     "b": {...}, "relation": "agrees" | "contradicts" | "none", "why": "..."}

Spans are character offsets into the article text as kg reads it. The scorer builds the
covered articles into a fresh in-memory store with kg's own pipeline (comparisons included),
maps each gold passage to the claims (or figures) covering at least 30% of it, and reports,
for each relation, recall (gold pairs kg relates the same way) and precision (kg relations
whose two claims are a gold pair of the same relation, over those that are a labelled pair at
all); kg relations among the covered articles that no gold pair labels are counted as
*unjudged* and listed by ``--details``, so that the set can be completed by hand.
"""

from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from .speakers_gold import SpeakerEvalError, text_digest

MIN_OVERLAP = 0.3


@dataclass(frozen=True)
class Passage:
    corpus: str
    id: str
    start: int
    end: int
    head: str = ""


@dataclass(frozen=True)
class GoldPair:
    a: Passage
    b: Passage
    relation: str
    why: str = ""


@dataclass
class CompareScore:
    gold: dict = field(default_factory=lambda: {"agrees": 0, "contradicts": 0, "none": 0})
    found: dict = field(default_factory=lambda: {"agrees": 0, "contradicts": 0})
    kg: dict = field(default_factory=lambda: {"agrees": 0, "contradicts": 0})
    correct: dict = field(default_factory=lambda: {"agrees": 0, "contradicts": 0})
    judged: dict = field(default_factory=lambda: {"agrees": 0, "contradicts": 0})
    false_on_none: int = 0                 #: kg relations on pairs labelled "none"
    unjudged: list = field(default_factory=list)
    texts: dict = field(default_factory=dict)    #: claim IRI → (article id, start, end, text)
    missed: list = field(default_factory=list)
    wrong: list = field(default_factory=list)
    articles: int = 0


def _passage(d: dict) -> Passage:
    s, e = d["span"]
    return Passage(d["corpus"], str(d["id"]), int(s), int(e), d.get("head", ""))


def read_pairs(path: str | Path) -> tuple[list[dict], list[GoldPair]]:
    """The covered articles and the labelled pairs of a gold file."""
    articles, pairs = [], []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            if "article" in obj:
                articles.append(obj["article"])
            else:
                rel = obj["relation"]
                if rel not in ("agrees", "contradicts", "none"):
                    raise ValueError(f"unknown relation {rel!r}")
                pairs.append(GoldPair(_passage(obj["a"]), _passage(obj["b"]), rel, obj.get("why", "")))
        except (ValueError, KeyError, TypeError) as exc:
            raise SpeakerEvalError(f"{path}, line {n}: {exc}") from None
    return articles, pairs


def _subset(corpus_dir: Path, articles: list[dict], out: Path) -> list[Path]:
    """Copies of the corpus files holding only the covered records (read the same way)."""
    import csv
    import gzip

    wanted: dict[str, set[str]] = {}
    for a in articles:
        wanted.setdefault(a["corpus"], set()).add(str(a["id"]))
    paths = []
    for name, ids in sorted(wanted.items()):
        src = corpus_dir / name
        if not src.is_file():
            raise SpeakerEvalError(f"{src}: corpus file not found")
        if name.endswith(".csv"):
            dst = out / name
            with open(src, newline="", encoding="utf-8") as f, open(dst, "w", newline="", encoding="utf-8") as g:
                reader = csv.DictReader(f)
                writer = csv.DictWriter(g, fieldnames=reader.fieldnames)
                writer.writeheader()
                for row in reader:
                    if str(row.get("unit_id")) in ids:
                        writer.writerow(row)
        else:
            dst = out / name.replace(".gz", "")
            opener = gzip.open if name.endswith(".gz") else open
            with opener(src, "rt", encoding="utf-8") as f, open(dst, "w", encoding="utf-8") as g:
                for line in f:
                    try:
                        rid = str(json.loads(line).get("id"))
                    except ValueError:
                        continue
                    if rid in ids:
                        g.write(line)
        paths.append(dst)
    return paths


def _claims(store) -> dict[str, list[tuple[str, int, int]]]:
    """Claims and figures of each article: article id → [(IRI, start, end)]."""
    from . import vocab as V

    rows = store.query(V.QUERY_PREFIXES + f"""        SELECT ?c ?id ?s ?e ?t WHERE {{ {{ ?c a schema:Claim ; schema:appearance ?a }} UNION
        {{ ?c a kg:Quantity ; kg:inArticle ?a }} ?a schema:identifier ?id .
        ?c kg:start ?s ; kg:end ?e ; schema:text ?t }}""").rows
    out: dict[str, list] = {}
    for c, ident, s, e, t in rows:
        out.setdefault(ident.value, []).append((c.value, int(s.value), int(e.value), t.value))
    return out


def _covering(p: Passage, claims: dict) -> set[str]:
    need = MIN_OVERLAP * max(1, p.end - p.start)
    return {iri for iri, s, e, _t in claims.get(p.id, ())
            if min(e, p.end) - max(s, p.start) >= need}


def evaluate(gold_path: str | Path, corpus_dir: str | Path, *, nlp=None) -> CompareScore:
    """Build the covered articles, compare their claims, and score against the gold pairs."""
    import kg
    from .compare import compute
    from .ingest import read
    from .model import Article
    from .store import open_store

    articles, pairs = read_pairs(gold_path)
    score = CompareScore(articles=len(articles))
    with tempfile.TemporaryDirectory() as tmp:
        files = _subset(Path(corpus_dir), articles, Path(tmp))
        digests = {str(a["id"]): a.get("sha256") for a in articles}
        for item in read(files):
            if isinstance(item, Article) and digests.get(item.identifier) not in (None, text_digest(item.text)):
                raise SpeakerEvalError(f"record {item.identifier}: the text changed since it was "
                                       "annotated (sha256 differs)")
        store = open_store(":memory:")
        kg.build([str(f) for f in files], store, nlp=nlp, rank=False)
        claims = _claims(store)
        relations = compute(store)
        score.texts = {c[0]: (ident, c[1], c[2], c[3]) for ident, cs in claims.items() for c in cs}
        store.close()
    by_pair: dict[frozenset, str] = {}
    gold_sets = []
    for g in pairs:
        score.gold[g.relation] += 1
        A, B = _covering(g.a, claims), _covering(g.b, claims)
        gold_sets.append((g, A, B))
    kg_rel = {frozenset((r.a, r.b)): r for r in relations}
    for g, A, B in gold_sets:
        found = [kg_rel[frozenset((x, y))] for x in A for y in B if frozenset((x, y)) in kg_rel]
        for r in found:
            by_pair[frozenset((r.a, r.b))] = g.relation
        if g.relation != "none":
            if any(r.kind == g.relation for r in found):
                score.found[g.relation] += 1
            else:
                score.missed.append((g, [r.kind for r in found], bool(A), bool(B)))
    for key, r in kg_rel.items():
        score.kg[r.kind] += 1
        label = by_pair.get(key)
        if label is None:
            score.unjudged.append(r)
            continue
        score.judged[r.kind] += 1
        if label == r.kind:
            score.correct[r.kind] += 1
        else:
            score.wrong.append((r, label))
            if label == "none":
                score.false_on_none += 1
    return score


def _pct(a: int, b: int) -> str:
    return f"{100 * a / b:5.1f}" if b else "   - "


def format_report(s: CompareScore) -> str:
    """A plain-text table of a :class:`CompareScore`: recall and precision of each relation.

    >>> print(format_report(CompareScore(articles=2)))  # doctest: +NORMALIZE_WHITESPACE
    comparisons dev set: 2 articles, gold pairs: 0 agree, 0 contradict, 0 look-alikes labelled none
    <BLANKLINE>
    relation     recall  precision  kg found  judged  unjudged
    agrees          -       -            0       0         0
    contradicts     -       -            0       0         0
    <BLANKLINE>
    kg relations on pairs labelled none (false relations): 0
    """
    lines = [f"comparisons dev set: {s.articles} articles, gold pairs: {s.gold['agrees']} agree, "
             f"{s.gold['contradicts']} contradict, {s.gold['none']} look-alikes labelled none",
             "",
             "relation     recall  precision  kg found  judged  unjudged"]
    for rel in ("agrees", "contradicts"):
        unj = sum(1 for r in s.unjudged if r.kind == rel)
        lines.append(f"{rel:<12} {_pct(s.found[rel], s.gold[rel])}   {_pct(s.correct[rel], s.judged[rel])}"
                     f"      {s.kg[rel]:6d}  {s.judged[rel]:6d}  {unj:8d}")
    lines.append("")
    lines.append(f"kg relations on pairs labelled none (false relations): {s.false_on_none}")
    return "\n".join(lines)


def _show(s: CompareScore, iri: str) -> str:
    ident, start, end, text = s.texts.get(iri, ("?", 0, 0, iri))
    return f"{ident}[{start}:{end}] {text[:160]!r}"


def format_details(s: CompareScore) -> str:
    """The gold pairs kg missed, the relations it got wrong and those no gold pair judges."""
    out = ["", "missed gold pairs:"]
    for g, kinds, has_a, has_b in s.missed:
        why = "kg found " + ", ".join(kinds) if kinds else (
            "no claim covers " + ("a" if not has_a else "b") if not (has_a and has_b) else "no relation")
        out.append(f"  {g.relation}: {g.a.id}[{g.a.start}:{g.a.end}] {g.a.head!r} / "
                   f"{g.b.id}[{g.b.start}:{g.b.end}] {g.b.head!r} ({why})")
    out.append("wrong kg relations:")
    for r, label in s.wrong:
        out.append(f"  kg {r.kind}, gold {label}:\n    {_show(s, r.a)}\n    {_show(s, r.b)}")
    out.append("unjudged kg relations (label them in the gold file):")
    for r in s.unjudged:
        out.append(f"  {r.kind} ({r.basis}):\n    {_show(s, r.a)}\n    {_show(s, r.b)}")
    return "\n".join(out)


__all__ = ["Passage", "GoldPair", "CompareScore", "MIN_OVERLAP", "read_pairs", "evaluate",
           "format_report", "format_details"]
