"""Score resolved speakers against a hand-checked dev set (``kg eval --speakers FILE``).

The gold file (see ``data/eval/README.md``) is JSON Lines, one article a
line: the corpus file and record id the article comes from, the sha256 of
its text as kg reads it, and every quote or reported statement in it with
the character span of what was said, the cue, the speaker as written and
the speaker resolved to the full name the article gives (``null`` when the
article never names the source).  Article texts stay in the corpus; the
scorer reads them from ``--corpus DIR`` and refuses a text whose hash
changed.

Rules, so that figures are reproducible:

* **Found** — a claim of kg matches a gold quote when their character
  spans share at least 30% of the gold quote's characters (the rule of the
  peer quote extractor's scorer).  A gold quote is found when some claim
  matches it; a claim is right (precision) when it matches some gold quote.
* **Speaker** — a found quote is judged by the claim that shares most
  characters with it.  The speaker is *right* when the claim's resolved
  actor (``speaker_key``) bears the gold name: one of the actor's name and
  aliases equals the gold name (or one of the gold's other names, ``also``)
  after :func:`normalize_name`, or one of the two is a single word and the
  other's last word (the surname: "Mattis" for "Jim Mattis", "Barack Obama"
  for an article that only says "Obama").  It is *unresolved* when
  the claim has no resolved actor (an unnamed source, or no speaker at all)
  though the article names the source, and *wrong* when it is credited to
  another actor.  When the gold speaker is ``null`` (truly unnamed) an
  unresolved claim is right and any actor is wrong.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Mapping, Sequence

from .model import Article, Claim, Entity

Span = tuple[int, int]

#: the share of a gold quote's characters a claim must cover to match it
MIN_OVERLAP = 0.3

_PRONOUNS = frozenset("he she they it i we you who which that his her their its one".split())
_TITLES = frozenset(
    "mr mrs ms miss dr prof sir dame sen senator rep gov governor president pres gen general "
    "col lt sgt adm admiral secretary minister prime king queen prince sheikh pope rev".split())
_PUNCT = re.compile(r"[^\w\s]")


class SpeakerEvalError(ValueError):
    """The gold file or the corpus could not be read; the message is one line."""


@dataclass(frozen=True)
class GoldQuote:
    """One quote or reported statement; ``spans`` are the pieces of what was said."""

    spans: tuple[Span, ...]
    speaker: str | None  # the resolved full name, None when the article never names it
    speaker_text: str = ""  # the speaker as written ("he", "the senator")
    speaker_span: Span | None = None
    cue: str = ""
    kind: str = "direct"  # direct, reported or mixed
    head: str = ""  # the first words of what was said, a check on the offsets
    also: tuple[str, ...] = ()  # other names of the same speaker that count as right

    @property
    def length(self) -> int:
        return sum(e - s for s, e in self.spans)


@dataclass(frozen=True)
class GoldArticle:
    """One annotated article: where its text lives and its quotes."""

    corpus: str  # file name under the corpus directory
    id: str  # the record id kg gives the article
    sha256: str  # of the text as kg reads it (Article.text)
    quotes: tuple[GoldQuote, ...] = ()
    outlet: str = ""


@dataclass(frozen=True)
class SpeakerScore:
    """Counts over gold quotes and kg claims; sums over articles with ``+``."""

    gold: int = 0
    found: int = 0
    claims: int = 0
    claims_right: int = 0
    named: int = 0  # found quotes whose gold speaker is named
    right: int = 0  # ... credited to the right actor
    unresolved: int = 0  # ... left without an actor
    unresolved_pronoun: int = 0  # ... of which kg's speaker as written is a pronoun
    wrong: int = 0  # ... credited to another actor
    unnamed: int = 0  # found quotes whose gold speaker is truly unnamed
    unnamed_right: int = 0  # ... left unresolved by kg too
    gold_named: int = 0  # all gold quotes with a named speaker (found or not)

    def __add__(self, other: "SpeakerScore") -> "SpeakerScore":
        return SpeakerScore(*(a + b for a, b in zip(_fields(self), _fields(other))))

    @property
    def recall(self) -> float:
        return _ratio(self.found, self.gold)

    @property
    def precision(self) -> float:
        return _ratio(self.claims_right, self.claims)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _fields(s: SpeakerScore) -> tuple[int, ...]:
    return tuple(getattr(s, f) for f in SpeakerScore.__dataclass_fields__)


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


@dataclass(frozen=True)
class Outcome:
    """How one gold quote fared: ``verdict`` is missed, right, unresolved or wrong."""

    quote: GoldQuote
    verdict: str
    claim: Claim | None = None
    actor: str | None = None  # the name of the actor kg credited


@dataclass(frozen=True)
class SpeakerReport:
    """What :func:`evaluate` measured."""

    articles: int
    score: SpeakerScore
    per_article: tuple[tuple[str, SpeakerScore], ...] = field(default=(), repr=False)
    outcomes: tuple[tuple[str, Outcome], ...] = field(default=(), repr=False)


def normalize_name(name: str) -> str:
    """A name folded for comparison: no accents, case, punctuation, titles or initials.

    >>> normalize_name("Sen. Lindsey O. Graham's")
    'lindsey graham'
    >>> normalize_name("The  Kremlin"), normalize_name("Erdoğan")
    ('kremlin', 'erdogan')
    """
    s = unicodedata.normalize("NFKD", name.replace("\u2019", "'"))
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).casefold()
    s = re.sub(r"'s\b", "", s)
    words = _PUNCT.sub(" ", s).split()
    if words and words[0] == "the":
        words = words[1:]
    while len(words) > 1 and words[0] in _TITLES:
        words = words[1:]
    return " ".join(w for w in words if len(w) > 1 or len(words) == 1)


def names_match(gold: str, names: Iterable[str]) -> bool:
    """True when one of ``names`` (an actor's name and aliases) is the gold name.

    >>> names_match("Jim Mattis", ["Mattis"]), names_match("Jim Mattis", ["Donald Trump"])
    (True, False)
    >>> names_match("Islamic State", ["ISIS", "the Islamic State"]), names_match("Obama", ["Barack Obama"])
    (True, True)
    """
    g = normalize_name(gold)
    if not g:
        return False
    for n in names:
        n = normalize_name(n)
        if n and (n == g or _surname_of(n, g) or _surname_of(g, n)):
            return True
    return False


def _surname_of(short: str, full: str) -> bool:
    """``short`` is one word and the last word of the longer ``full``."""
    return " " not in short and " " in full and full.rsplit(" ", 1)[1] == short


def overlap(a: Sequence[Span], b: Sequence[Span]) -> int:
    """Characters shared by two lists of spans.

    >>> overlap([(0, 10)], [(5, 8), (9, 20)])
    4
    """
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def score_article(gold: Sequence[GoldQuote], claims: Sequence[Claim],
                  entities: Sequence[Entity] = ()) -> tuple[SpeakerScore, list[Outcome]]:
    """Score kg's claims of one article against its gold quotes (rules in the module doc)."""
    names: dict[str, tuple[str, ...]] = {e.key: (e.name, *e.aliases) for e in entities}
    spans = [((c.start, c.end),) for c in claims]
    shared = [[overlap(cs, g.spans) for g in gold] for cs in spans]
    hit = [[n > 0 and n >= MIN_OVERLAP * g.length for n, g in zip(row, gold)] for row in shared]
    outcomes: list[Outcome] = []
    counts = dict(gold=len(gold), claims=len(claims),
                  claims_right=sum(1 for row in hit if any(row)),
                  gold_named=sum(1 for g in gold if g.speaker))
    for f in ("found", "named", "right", "unresolved", "unresolved_pronoun", "wrong",
              "unnamed", "unnamed_right"):
        counts[f] = 0
    for j, g in enumerate(gold):
        best = max((i for i in range(len(claims)) if hit[i][j]),
                   key=lambda i: (shared[i][j], -claims[i].start), default=None)
        if best is None:
            outcomes.append(Outcome(g, "missed"))
            continue
        counts["found"] += 1
        c = claims[best]
        key = c.speaker_key
        actor = names.get(key, (key,))[0] if key else None
        if g.speaker is None:
            counts["unnamed"] += 1
            verdict = "right" if key is None else "wrong"
            counts["unnamed_right"] += verdict == "right"
        else:
            counts["named"] += 1
            if key is None:
                verdict = "unresolved"
                counts["unresolved_pronoun"] += (c.speaker or "").strip().lower() in _PRONOUNS
            elif any(names_match(n, names.get(key, (key.replace("_", " "),)))
                     for n in (g.speaker, *g.also)):
                verdict = "right"
            else:
                verdict = "wrong"
            counts[verdict] += 1
        outcomes.append(Outcome(g, verdict, c, actor))
    return SpeakerScore(**counts), outcomes


def read_gold(path: str | Path) -> list[GoldArticle]:
    """The annotated articles of a gold JSON Lines file."""
    out = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise SpeakerEvalError(f"{path}: {exc.strerror or exc}") from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            quotes = tuple(_quote(q) for q in rec["quotes"])
            out.append(GoldArticle(corpus=rec["corpus"], id=str(rec["id"]), sha256=rec["sha256"],
                                   quotes=quotes, outlet=rec.get("outlet", "")))
        except (ValueError, KeyError, TypeError) as exc:
            raise SpeakerEvalError(f"{path}:{n}: not a gold article ({type(exc).__name__}: "
                                   f"{exc})") from None
    if not out:
        raise SpeakerEvalError(f"{path}: no annotated articles")
    return out


def _quote(q: Mapping) -> GoldQuote:
    spans = tuple((int(s), int(e)) for s, e in q["spans"])
    if not spans or any(s >= e for s, e in spans):
        raise ValueError(f"bad spans {q['spans']!r}")
    sp = q.get("speaker_span")
    return GoldQuote(spans=spans, speaker=q["speaker"] or None,
                     speaker_text=q.get("speaker_text", ""),
                     speaker_span=(int(sp[0]), int(sp[1])) if sp else None,
                     cue=q.get("cue", ""), kind=q.get("kind", "direct"), head=q.get("head", ""),
                     also=tuple(q.get("also") or ()))


def text_digest(text: str) -> str:
    """sha256 of an article's text (UTF-8), as the gold file stores it."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def load_articles(corpus_dir: str | Path, gold: Sequence[GoldArticle]) -> dict[str, Article]:
    """The corpus articles the gold refers to, read by kg's own ingest, keyed by id.

    Raises :class:`SpeakerEvalError` when a corpus file or record is missing
    or a text's hash differs from the one annotated.
    """
    from .ingest import read

    root = Path(corpus_dir)
    wanted: dict[str, set[str]] = {}
    for g in gold:
        wanted.setdefault(g.corpus, set()).add(g.id)
    found: dict[str, Article] = {}
    for name, ids in sorted(wanted.items()):
        path = root / name
        if not path.is_file():
            raise SpeakerEvalError(f"{path}: corpus file not found")
        for item in read([path]):
            if isinstance(item, Article) and item.identifier in ids:
                found[item.identifier] = item
        missing = sorted(ids - found.keys())
        if missing:
            raise SpeakerEvalError(f"{path}: no record {missing[0]}"
                                   + (f" (and {len(missing) - 1} more)" if len(missing) > 1 else ""))
    for g in gold:
        if text_digest(found[g.id].text) != g.sha256:
            raise SpeakerEvalError(f"{g.corpus} record {g.id}: the text changed since it was "
                                   "annotated (sha256 differs)")
    return found


def check_article(g: GoldArticle, text: str) -> list[str]:
    """Problems of one gold article against its text (empty when consistent)."""
    problems = []
    for q in g.quotes:
        for s, e in q.spans:
            if not 0 <= s < e <= len(text):
                problems.append(f"{g.id}: span {s}-{e} outside the text")
        if q.head and not text[q.spans[0][0]:].startswith(q.head):
            problems.append(f"{g.id}: span {q.spans[0]} does not start with {q.head!r}")
        if q.speaker_span and text[slice(*q.speaker_span)] != q.speaker_text:
            problems.append(f"{g.id}: speaker span {q.speaker_span} is not {q.speaker_text!r}")
    return problems


def evaluate(gold_path: str | Path, corpus_dir: str | Path, *, nlp=None, gazetteer=None,
             model: str | None = None) -> SpeakerReport:
    """Extract claims from each gold article with kg and score their speakers.

    The gold and the corpus texts are checked before a pipeline is loaded
    (``nlp``, else ``model`` or kg's default, with ``gazetteer`` or kg's own).
    """
    from .extract import extract, load_nlp
    from .gazetteer import load_gazetteer

    gold = read_gold(gold_path)
    articles = load_articles(corpus_dir, gold)
    for g in gold:
        problems = check_article(g, articles[g.id].text)
        if problems:
            raise SpeakerEvalError(problems[0])
    if gazetteer is None:
        gazetteer = load_gazetteer()
    if nlp is None:
        nlp = load_nlp(model, gazetteer=gazetteer)
    total = SpeakerScore()
    per: list[tuple[str, SpeakerScore]] = []
    outcomes: list[tuple[str, Outcome]] = []
    for g in gold:
        article = articles[g.id]
        ext = extract(nlp(article.body()), gazetteer=gazetteer)
        s, outs = score_article(g.quotes, ext.claims, ext.entities)
        total = total + s
        per.append((g.id, s))
        outcomes.extend((g.id, o) for o in outs)
    return SpeakerReport(articles=len(gold), score=total, per_article=tuple(per),
                         outcomes=tuple(outcomes))


def format_report(report: SpeakerReport) -> str:
    """A plain-text table of a :class:`SpeakerReport`.

    >>> print(format_report(SpeakerReport(1, SpeakerScore(
    ...     gold=4, found=3, claims=5, claims_right=3, named=3, right=2, unresolved=1,
    ...     unresolved_pronoun=1, gold_named=4))))
    ... # doctest: +NORMALIZE_WHITESPACE
    speakers dev set: 1 articles, 4 gold quotes (4 with a named speaker), 5 kg claims
    quotes found (recall)                        3/4    75.0%
    claims that are gold quotes (precision)      3/5    60.0%
    F1                                                  66.7%
    found quotes, speaker named in the article:
      resolved to the right actor                2/3    66.7%
      left unresolved                            1/3    33.3%
        of which a pronoun                       1/3    33.3%
      credited to a wrong actor                  0/3     0.0%
    found quotes, source truly unnamed:
      left unresolved (right)                    0/0     0.0%
    named-speaker quotes found and right         2/4    50.0%
    """
    s = report.score

    def row(label: str, a: int, b: int) -> str:
        return f"{label:<40}{f'{a}/{b}':>9}{100 * _ratio(a, b):8.1f}%"

    return "\n".join([
        f"speakers dev set: {report.articles} articles, {s.gold} gold quotes "
        f"({s.gold_named} with a named speaker), {s.claims} kg claims",
        row("quotes found (recall)", s.found, s.gold),
        row("claims that are gold quotes (precision)", s.claims_right, s.claims),
        f"{'F1':<49}{100 * s.f1:8.1f}%",
        "found quotes, speaker named in the article:",
        row("  resolved to the right actor", s.right, s.named),
        row("  left unresolved", s.unresolved, s.named),
        row("    of which a pronoun", s.unresolved_pronoun, s.named),
        row("  credited to a wrong actor", s.wrong, s.named),
        "found quotes, source truly unnamed:",
        row("  left unresolved (right)", s.unnamed_right, s.unnamed),
        row("named-speaker quotes found and right", s.right, s.gold_named),
    ])


def format_details(report: SpeakerReport) -> str:
    """One line per gold quote that was missed or whose speaker is not right."""
    lines = []
    for art, o in report.outcomes:
        if o.verdict == "right":
            continue
        got = ""
        if o.claim is not None:
            got = f" kg: {o.claim.speaker or '-'!r} -> {o.actor or 'unresolved'}"
        s, e = o.quote.spans[0]
        lines.append(f"{art} {s}-{e} {o.verdict:<10} gold: {o.quote.speaker_text or '-'!r} -> "
                     f"{o.quote.speaker or 'unnamed'}{got}  [{o.quote.head} ...]")
    return "\n".join(lines)


__all__ = ["GoldQuote", "GoldArticle", "SpeakerScore", "SpeakerReport", "Outcome",
           "SpeakerEvalError", "MIN_OVERLAP", "normalize_name", "names_match", "overlap",
           "score_article", "read_gold", "text_digest", "load_articles", "check_article",
           "evaluate", "format_report", "format_details"]
