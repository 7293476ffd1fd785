"""Score kg's claims against PolNeAR gold attributions (``kg eval --polnear DIR``).

PolNeAR (Newell, Margolin & Ruths, LREC 2018) annotates attribution relations
in US political news as brat standoff: ``Source`` (the speaker as written),
``Cue`` and ``Content`` spans tied together by ``E`` lines.  The corpus is
read from a directory laid out as ``<split>/text/<doc>.txt`` and
``<split>/attributions/<doc>_<annotator>.ann``.

Choices, so that figures are reproducible:

* **One annotation per article.**  Some articles were annotated by several
  people; the annotation file whose name sorts first is used (deterministic,
  and no annotator's relations are double counted).
* **Claims found** — a predicted claim is correct when its content shares a
  word with the content of some gold relation; a gold relation is found
  when some predicted claim's content shares a word with it.  Several
  predictions may match one gold relation (a quote interrupted by
  ``he said`` is one gold relation with a discontinuous content, two claims).
* **Content overlap** — word-level precision and recall of the predicted
  content against the gold content, over matched claims only.
* **Speaker** — a predicted claim has the right speaker when it overlaps a
  gold relation whose ``Source`` span shares a character with the predicted
  speaker span.  When the gold source is a pronoun (``he``, ``who``...), the
  pronoun's resolution is accepted too: a predicted speaker that ends right
  before a relative pronoun (``Trump, who said``), or a resolved speaker
  entity that has a mention overlapping the nearest preceding non-pronoun
  gold source (the annotators do not resolve pronouns, so the previous
  named source stands in for the antecedent).  Precision is over predicted
  claims with a speaker, recall over gold relations with a source.
* **Cue** — as for speakers, with the cue spans.
* Gold relations without a source (``Attribution-no-source``) count for
  claims found and content, not for speaker recall.

Words are maximal runs of ``\\w`` characters; quote marks and punctuation are
never counted.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from .model import Claim, Entity

Span = tuple[int, int]

PRONOUNS = frozenset(
    "he she they it i we you him her them us me who whom which that this these those "
    "his its their our my your one someone somebody".split())
_RELATIVE = frozenset({"who", "which", "that", "whom"})
_WORD = re.compile(r"\w+")
_T_LINE = re.compile(r"^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t?")
_E_LINE = re.compile(r"^(E\d+)\t(.*)$")


@dataclass(frozen=True)
class GoldAttribution:
    """One gold attribution relation: spans are lists of ``(start, end)`` pieces."""

    content: tuple[Span, ...]
    source: tuple[Span, ...] = ()
    cue: tuple[Span, ...] = ()


@dataclass(frozen=True)
class Score:
    """Counts: ``tp_p`` of ``n_pred`` predictions right, ``tp_r`` of ``n_gold`` gold found.

    >>> s = Score(3, 4, 3, 6)
    >>> round(s.precision, 2), round(s.recall, 2), round(s.f1, 2)
    (0.75, 0.5, 0.6)
    """

    tp_p: int = 0
    n_pred: int = 0
    tp_r: int = 0
    n_gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp_p / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp_r / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: "Score") -> "Score":
        return Score(self.tp_p + other.tp_p, self.n_pred + other.n_pred,
                     self.tp_r + other.tp_r, self.n_gold + other.n_gold)


@dataclass(frozen=True)
class DocScore:
    """The scores of one article."""

    claims: Score = Score()
    content: Score = Score()
    speaker: Score = Score()
    cue: Score = Score()
    speaker_matched: tuple[int, int] = (0, 0)  # (right speaker, matched gold with a source)
    cue_matched: tuple[int, int] = (0, 0)

    def __add__(self, other: "DocScore") -> "DocScore":
        return DocScore(
            self.claims + other.claims, self.content + other.content,
            self.speaker + other.speaker, self.cue + other.cue,
            (self.speaker_matched[0] + other.speaker_matched[0],
             self.speaker_matched[1] + other.speaker_matched[1]),
            (self.cue_matched[0] + other.cue_matched[0],
             self.cue_matched[1] + other.cue_matched[1]))


@dataclass(frozen=True)
class EvalReport:
    """What :func:`evaluate` measured over one split."""

    split: str
    articles: int
    score: DocScore
    words: int = 0
    claim_seconds: float = 0.0  # time spent in kg.extract.claims.claims
    total_seconds: float = 0.0  # parsing, entities and claims
    annotation: str = "first annotation file per article (by file name)"
    per_article: tuple[tuple[str, DocScore], ...] = field(default=(), repr=False)

    @property
    def claims_ms_per_1000_words(self) -> float:
        return 1e6 * self.claim_seconds / self.words if self.words else 0.0


class EvalError(ValueError):
    """The gold data could not be read; the message is one line for the user."""


def read_brat(text: str) -> list[GoldAttribution]:
    """The attribution relations of one brat ``.ann`` file's text.

    Lines that are not ``T``/``E`` lines (notes, the wrapped rest of a
    multi-line surface string) are ignored.

    >>> ann = "T1\\tSource 0 2\\tHe\\nT2\\tCue 3 7\\tsaid\\nT3\\tContent 8 12;14 16\\tyes no\\n" \\
    ...       "E1\\tAttribution:T2 Content:T3 Cue:T2 Source:T1\\n"
    >>> read_brat(ann)
    [GoldAttribution(content=((8, 12), (14, 16)), source=((0, 2),), cue=((3, 7),))]
    """
    spans: dict[str, tuple[Span, ...]] = {}
    rels: list[dict[str, str]] = []
    for line in text.splitlines():
        m = _T_LINE.match(line)
        if m:
            pieces = tuple((int(a), int(b)) for a, b in
                           (p.split() for p in m.group(3).split(";")))
            spans[m.group(1)] = pieces
            continue
        m = _E_LINE.match(line)
        if m:
            roles = {}
            for part in m.group(2).split():
                role, _, tid = part.partition(":")
                roles[role] = tid
            rels.append(roles)
    out = []
    for roles in rels:
        content = spans.get(roles.get("Content", ""), ())
        content += spans.get(roles.get("Content2", ""), ())
        if not content:
            continue
        out.append(GoldAttribution(content=content, source=spans.get(roles.get("Source", ""), ()),
                                   cue=spans.get(roles.get("Cue", ""), ())))
    return out


def load_split(polnear_dir: str | Path, split: str = "dev"
               ) -> list[tuple[str, str, list[GoldAttribution]]]:
    """``(document id, text, gold relations)`` for each article of ``split``, sorted by id."""
    root = Path(polnear_dir) / split
    text_dir, ann_dir = root / "text", root / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise EvalError(f"{root} is not a PolNeAR split (expected text/ and attributions/)")
    chosen: dict[str, Path] = {}
    for ann in sorted(ann_dir.glob("*.ann")):
        doc_id = ann.stem.rsplit("_", 1)[0]
        chosen.setdefault(doc_id, ann)
    out = []
    for doc_id, ann in sorted(chosen.items()):
        txt = text_dir / f"{doc_id}.txt"
        if not txt.is_file():
            continue
        out.append((doc_id, txt.read_text(encoding="utf-8"),
                    read_brat(ann.read_text(encoding="utf-8"))))
    if not out:
        raise EvalError(f"no annotated articles under {root}")
    return out


def _words(text: str, pieces: Sequence[Span]) -> set[int]:
    """Start offsets of the words of ``text`` that overlap any of ``pieces``."""
    out: set[int] = set()
    for s, e in pieces:
        lo = s
        while lo > 0 and (text[lo - 1].isalnum() or text[lo - 1] == "_"):
            lo -= 1
        for m in _WORD.finditer(text, lo, e):
            if m.start() < e and m.end() > s:
                out.add(m.start())
    return out


def _overlaps(a: Sequence[Span], b: Sequence[Span]) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def _is_pronoun(text: str, pieces: Sequence[Span]) -> bool:
    surface = " ".join(text[s:e] for s, e in pieces).strip().lower()
    return surface in PRONOUNS


def _speaker_ok(text: str, c: Claim, g: GoldAttribution, antecedent: tuple[Span, ...],
                mentions: dict[str, list[Span]]) -> bool:
    if c.speaker_start is None or c.speaker_end is None or not g.source:
        return False
    pred = ((c.speaker_start, c.speaker_end),)
    if _overlaps(pred, g.source):
        return True
    if not _is_pronoun(text, g.source):
        return False
    gs = g.source[0][0]
    surface = text[g.source[0][0]:g.source[0][1]].strip().lower()
    between = text[c.speaker_end:gs].strip(" ,\u2014-") if c.speaker_end <= gs else "x"
    if surface in _RELATIVE and not between:
        return True
    if c.speaker_key and antecedent:
        return _overlaps(mentions.get(c.speaker_key, ()), antecedent)
    return False


def score_document(text: str, gold: Sequence[GoldAttribution], predicted: Sequence[Claim],
                   entities: Sequence[Entity] = ()) -> DocScore:
    """Score the claims predicted for one article against its gold relations.

    >>> text = 'Tom said it rains. "Go home," Ann said.'
    >>> gold = [GoldAttribution(content=((9, 17),), source=((0, 3),), cue=((4, 8),)),
    ...         GoldAttribution(content=((19, 28),), source=((30, 33),), cue=((34, 38),))]
    >>> pred = [Claim(start=20, end=27, text="Go home", kind="direct", sentence=1,
    ...               cue="said", cue_start=34, cue_end=38, speaker="Ann",
    ...               speaker_start=30, speaker_end=33)]
    >>> s = score_document(text, gold, pred)
    >>> s.claims, s.speaker
    (Score(tp_p=1, n_pred=1, tp_r=1, n_gold=2), Score(tp_p=1, n_pred=1, tp_r=1, n_gold=2))
    """
    mentions: dict[str, list[Span]] = {}
    for e in entities:
        mentions[e.key] = [(m.start, m.end) for m in e.mentions]
    gold_words = [_words(text, g.content) for g in gold]
    pred_words = [_words(text, c.parts or ((c.start, c.end),)) for c in predicted]
    # the antecedent stand-in of each pronoun source: the nearest earlier non-pronoun source
    named = sorted((g.source[0][0], g.source) for g in gold
                   if g.source and not _is_pronoun(text, g.source))
    antecedents = []
    for g in gold:
        ante: tuple[Span, ...] = ()
        if g.source:
            for start, src in named:
                if start < g.source[0][0]:
                    ante = src
        antecedents.append(ante)

    links = [[j for j, gw in enumerate(gold_words) if pw & gw] for pw in pred_words]
    found = set(j for js in links for j in js)

    claims = Score(sum(1 for js in links if js), len(predicted), len(found), len(gold))
    # content words: precision over matched predictions, recall over matched gold
    tp_p = n_p = 0
    for pw, js in zip(pred_words, links):
        if js:
            union = set().union(*(gold_words[j] for j in js))
            tp_p += len(pw & union)
            n_p += len(pw)
    tp_r = n_r = 0
    for j in found:
        covered = set().union(*(pred_words[i] for i, js in enumerate(links) if j in js))
        tp_r += len(gold_words[j] & covered)
        n_r += len(gold_words[j])
    content = Score(tp_p, n_p, tp_r, n_r)

    sp_pred = [i for i, c in enumerate(predicted) if c.speaker_start is not None]
    sp_ok = {(i, j) for i, js in enumerate(links) for j in js
             if _speaker_ok(text, predicted[i], gold[j], antecedents[j], mentions)}
    with_source = [j for j, g in enumerate(gold) if g.source]
    speaker = Score(len({i for i, _ in sp_ok}), len(sp_pred),
                    len({j for _, j in sp_ok}), len(with_source))
    speaker_matched = (len({j for _, j in sp_ok}), len([j for j in with_source if j in found]))

    cue_pred = [i for i, c in enumerate(predicted) if c.cue_start is not None]
    cue_ok = {(i, j) for i, js in enumerate(links) for j in js
              if predicted[i].cue_start is not None and gold[j].cue
              and _overlaps(((predicted[i].cue_start, predicted[i].cue_end),), gold[j].cue)}
    with_cue = [j for j, g in enumerate(gold) if g.cue]
    cue = Score(len({i for i, _ in cue_ok}), len(cue_pred), len({j for _, j in cue_ok}),
                len(with_cue))
    cue_matched = (len({j for _, j in cue_ok}), len([j for j in with_cue if j in found]))
    return DocScore(claims, content, speaker, cue, speaker_matched, cue_matched)


def evaluate(polnear_dir: str | Path, *, split: str = "dev", nlp=None,
             limit: int | None = None) -> EvalReport:
    """Run kg's extraction over a PolNeAR split and score its claims.

    ``nlp`` is a loaded pipeline (:func:`kg.extract.load_nlp` when omitted);
    ``limit`` scores only the first ``limit`` articles.
    """
    from .extract import claims as _claims
    from .extract import extract, load_nlp

    docs = load_split(polnear_dir, split)
    if limit is not None:
        docs = docs[:max(limit, 0)]
    if nlp is None:
        nlp = load_nlp()
    total = DocScore()
    per: list[tuple[str, DocScore]] = []
    words = 0
    claim_s = 0.0
    t0 = time.perf_counter()
    for doc_id, text, gold in docs:
        doc = nlp(text)
        ext = extract(doc)
        t1 = time.perf_counter()
        predicted = list(_claims.claims(doc, entities=ext.entities))
        claim_s += time.perf_counter() - t1
        words += len(_WORD.findall(text))
        s = score_document(text, gold, predicted, ext.entities)
        per.append((doc_id, s))
        total = total + s
    return EvalReport(split=split, articles=len(docs), score=total, words=words,
                      claim_seconds=claim_s, total_seconds=time.perf_counter() - t0,
                      per_article=tuple(per))


def format_report(report: EvalReport) -> str:
    """A plain-text table of an :class:`EvalReport`.

    >>> print(format_report(EvalReport("dev", 1, DocScore(claims=Score(1, 2, 1, 4)))))
    ... # doctest: +NORMALIZE_WHITESPACE
    PolNeAR dev: 1 articles, 4 gold attributions, 2 predicted claims
    (gold: first annotation file per article (by file name))
                         P      R     F1
    claims found      50.0   25.0   33.3
    content words      0.0    0.0    0.0
    speaker            0.0    0.0    0.0
    cue                0.0    0.0    0.0
    matched claims with the right speaker: 0/0 (0.0%), right cue: 0/0 (0.0%)
    speed: 0 words, claims 0.0 ms per 1,000 words, 0.0 s in all
    """
    s = report.score

    def row(name: str, x: Score) -> str:
        return f"{name:<16}{100 * x.precision:7.1f}{100 * x.recall:7.1f}{100 * x.f1:7.1f}"

    def pct(a: int, b: int) -> str:
        return f"{a}/{b} ({100 * a / b if b else 0.0:.1f}%)"

    lines = [
        f"PolNeAR {report.split}: {report.articles} articles, {s.claims.n_gold} gold "
        f"attributions, {s.claims.n_pred} predicted claims",
        f"(gold: {report.annotation})",
        f"{'':<16}{'P':>7}{'R':>7}{'F1':>7}",
        row("claims found", s.claims), row("content words", s.content),
        row("speaker", s.speaker), row("cue", s.cue),
        f"matched claims with the right speaker: {pct(*s.speaker_matched)}, "
        f"right cue: {pct(*s.cue_matched)}",
        f"speed: {report.words:,} words, claims {report.claims_ms_per_1000_words:.1f} ms "
        f"per 1,000 words, {report.total_seconds:.1f} s in all",
    ]
    return "\n".join(lines)


__all__ = ["GoldAttribution", "Score", "DocScore", "EvalReport", "EvalError", "read_brat",
           "load_split", "score_document", "evaluate", "format_report"]
