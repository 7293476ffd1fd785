"""Score resolved speakers against a hand-checked dev set (``kg eval --speakers FILE``).

The gold file (see ``data/eval/README.md``) is JSON Lines, one article a
line: the corpus file (or a file relative to the gold file) and record id
the article comes from, the sha256 of
its text as kg reads it, and every quote or reported statement in it with
the character span of what was said, the cue, the speaker as written and
the speaker resolved to the full name the article gives (``null`` when the
article never names the source).  Article texts stay in the corpus; the
scorer reads them from ``--corpus DIR`` (or, for a ``corpus`` starting
with ``./`` or ``../``, from that path next to the gold file) and refuses
a text whose hash changed.

Rules, so that figures are reproducible:

* **Found** — a claim of kg matches a gold quote when their character
  spans share at least 30% of the gold quote's characters (the rule of the
  peer quote extractor's scorer).  A gold quote is found when some claim
  matches it; a claim is right (precision) when it matches some gold quote.
* **Speaker** — a found quote is judged by the claim that shares most
  characters with it.  The speaker is *right* when the claim's resolved
  actor (``speaker_key``) bears the gold name: one of the actor's name and
  aliases equals the gold name (or one of the gold's other names, ``also``)
  after :func:`normalize_name`, or one of the two is the last words of the
  other (the surname: "Mattis" for "Jim Mattis", "Barack Obama" for an
  article that only says "Obama").  It is *unresolved* when
  the claim has no resolved actor (an unnamed source, or no speaker at all)
  though the article names the source, and *wrong* when it is credited to
  another actor.  When the gold speaker is ``null`` (truly unnamed) an
  unresolved claim is right and any actor is wrong.
"""

from __future__ import annotations

import dataclasses

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

from .model import Claim, Entity
from .speakers_gold import (GoldArticle, GoldQuote, SpeakerEvalError, check_article,
                            load_articles, read_gold, text_digest)

Span = tuple[int, int]

#: the share of a gold quote's characters a claim must cover to match it
MIN_OVERLAP = 0.3

_PRONOUNS = frozenset("he she they it i we you who which that his her their its one".split())
_TITLES = frozenset(
    "mr mrs ms miss dr prof sir dame sen senator rep gov governor president pres gen general "
    "col lt sgt adm admiral secretary minister prime king queen prince sheikh pope rev".split())
_PUNCT = re.compile(r"[^\w\s]")


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
    unmatched: tuple[tuple[str, Claim], ...] = field(default=(), repr=False)  # claims of no gold
    by_corpus: tuple[tuple[str, SpeakerScore], ...] = ()
    name: str = "speakers"  # the gold file's name, heading the report


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
    >>> names_match("Ana Paula Castro", ["Paula Castro"]), names_match("Ana Paula", ["Paula Castro"])
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
    """``short`` is the last words of the longer ``full`` ("paula castro" of "ana paula castro")."""
    return len(short) < len(full) and full.endswith(" " + short)


def overlap(a: Sequence[Span], b: Sequence[Span]) -> int:
    """Characters shared by two lists of spans.

    >>> overlap([(0, 10)], [(5, 8), (9, 20)])
    4
    """
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def _matrix(gold: Sequence[GoldQuote], claims: Sequence[Claim]
            ) -> tuple[list[list[int]], list[list[bool]]]:
    """Characters each claim shares with each gold quote, and whether that is a match."""
    shared = [[overlap(((c.start, c.end),), g.spans) for g in gold] for c in claims]
    hit = [[n > 0 and n >= MIN_OVERLAP * g.length for n, g in zip(row, gold)] for row in shared]
    return shared, hit


def unmatched_claims(gold: Sequence[GoldQuote], claims: Sequence[Claim]) -> list[Claim]:
    """The claims that match no gold quote (what costs precision)."""
    return [c for c, row in zip(claims, _matrix(gold, claims)[1]) if not any(row)]


def score_article(gold: Sequence[GoldQuote], claims: Sequence[Claim],
                  entities: Sequence[Entity] = ()) -> tuple[SpeakerScore, list[Outcome]]:
    """Score kg's claims of one article against its gold quotes (rules in the module doc)."""
    names: dict[str, tuple[str, ...]] = {e.key: (e.name, *e.aliases) for e in entities}
    shared, hit = _matrix(gold, claims)
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


def evaluate(gold_path: str | Path, corpus_dir: str | Path | None = None, *, nlp=None, gazetteer=None,
             model: str | None = None, acts: tuple[str, ...] | None = None) -> SpeakerReport:
    """Extract claims from each gold article with kg and score their speakers.

    ``corpus_dir`` holds the corpus files the gold names (it may be ``None``
    when every article is a file relative to the gold file, like the bundled
    articles).  The gold and the texts are checked before a pipeline is loaded
    (``nlp``, else ``model`` or kg's default, with ``gazetteer`` or kg's own).
    """
    from .extract import extract, load_nlp
    from .gazetteer import load_gazetteer

    gold = read_gold(gold_path)
    articles = load_articles(corpus_dir, gold)
    for g in gold:
        problems = check_article(g, articles[(g.corpus, g.id)].text)
        if problems:
            raise SpeakerEvalError(problems[0])
    if gazetteer is None:
        gazetteer = load_gazetteer()
    if nlp is None:
        nlp = load_nlp(model, gazetteer=gazetteer)
    total = SpeakerScore()
    per: list[tuple[str, SpeakerScore]] = []
    outcomes: list[tuple[str, Outcome]] = []
    extra: list[tuple[str, Claim]] = []
    corpora: dict[str, SpeakerScore] = {}
    for g in gold:
        article = articles[(g.corpus, g.id)]
        ext = extract(nlp(article.body()), gazetteer=gazetteer)
        if acts is not None:     # score only claims of these acts (e.g. statements)
            ext = dataclasses.replace(ext, claims=tuple(c for c in ext.claims if c.act in acts))
        s, outs = score_article(g.quotes, ext.claims, ext.entities)
        total = total + s
        where = g.corpus if g.needs_corpus else g.corpus.rsplit("/", 1)[0] + "/"  # by folder
        corpora[where] = corpora.get(where, SpeakerScore()) + s
        per.append((g.id, s))
        outcomes.extend((g.id, o) for o in outs)
        extra.extend((g.id, c) for c in unmatched_claims(g.quotes, ext.claims))
    return SpeakerReport(articles=len(gold), score=total, per_article=tuple(per),
                         outcomes=tuple(outcomes), unmatched=tuple(extra),
                         by_corpus=tuple(sorted(corpora.items())), name=Path(gold_path).name)


def format_report(report: SpeakerReport) -> str:
    """A plain-text table of a :class:`SpeakerReport`.

    >>> print(format_report(SpeakerReport(1, SpeakerScore(
    ...     gold=4, found=3, claims=5, claims_right=3, named=3, right=2, unresolved=1,
    ...     unresolved_pronoun=1, gold_named=4))))
    ... # doctest: +NORMALIZE_WHITESPACE
    speakers: 1 articles, 4 gold quotes (4 with a named speaker), 5 kg claims
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
        f"{report.name}: {report.articles} articles, {s.gold} gold quotes "
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
        *_corpus_rows(report),
    ])


def _corpus_rows(report: SpeakerReport) -> list[str]:
    if len(report.by_corpus) < 2:
        return []
    out = [f"{'by corpus':<34}{'quotes':>7}{'R':>7}{'P':>7}{'right':>7}{'unres':>7}{'wrong':>7}"]
    for name, s in report.by_corpus:
        named = [100 * _ratio(n, s.named) for n in (s.right, s.unresolved, s.wrong)]
        out.append(f"  {name[:32]:<32}{s.gold:>7}{100 * s.recall:7.1f}{100 * s.precision:7.1f}"
                   + "".join(f"{x:7.1f}" for x in named))
    return out


def format_details(report: SpeakerReport) -> str:
    """One line per gold quote that was missed or whose speaker is not right, then one per
    claim of kg that matches no gold quote."""
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
    for art, c in report.unmatched:
        words = c.text.split()
        head = " ".join(words[:6]) + (" ..." if len(words) > 6 else "")
        lines.append(f"{art} {c.start}-{c.end} not gold   kg: {c.speaker or '-'!r} "
                     f"{c.cue or '-'!r}  [{head}]")
    return "\n".join(lines)

__all__ = ["GoldQuote", "GoldArticle", "SpeakerScore", "SpeakerReport", "Outcome",
           "SpeakerEvalError", "MIN_OVERLAP", "normalize_name", "names_match", "overlap",
           "score_article", "unmatched_claims", "read_gold", "text_digest", "load_articles", "check_article",
           "evaluate", "format_report", "format_details"]
