"""The records the read layer returns: frozen dataclasses, no store access."""

from __future__ import annotations

from dataclasses import dataclass, field

from .. import vocab as V


@dataclass(frozen=True)
class Match:
    """An entity found for a name: ``how`` is ``iri``, ``name`` or ``alias``."""

    iri: str
    name: str
    how: str
    mentions: int = 0


@dataclass(frozen=True)
class ArticleRef:
    iri: str
    headline: str | None = None
    publisher: str | None = None
    date: str | None = None
    mentions: int = 0


@dataclass(frozen=True)
class ClaimInfo:
    """One claim; ``role`` says how the entity asked about takes part (``by`` or ``about``)."""

    iri: str
    text: str
    role: str
    article: ArticleRef
    kind: str | None = None
    cue: str | None = None
    speaker: str | None = None  # IRI of the speaker (an actor or an unnamed source)
    speaker_name: str | None = None
    start: int | None = None


@dataclass(frozen=True)
class Measure:
    name: str  # local name of the kg: property, e.g. "pagerank"
    value: float
    rank: int  # 1 = highest
    of: int


@dataclass(frozen=True)
class Community:
    value: str
    size: int
    members: tuple[tuple[str, str], ...] = ()  # (iri, name) of the most central others


@dataclass(frozen=True)
class Description:
    iri: str
    name: str | None
    types: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    same_as: tuple[str, ...] = ()
    latitude: float | None = None
    longitude: float | None = None
    contained_in: tuple[tuple[str, str | None], ...] = ()
    mentions: int = 0
    articles: tuple[ArticleRef, ...] = ()
    claims_by: tuple[ClaimInfo, ...] = ()
    claims_about: tuple[ClaimInfo, ...] = ()
    measures: tuple[Measure, ...] = ()
    community: Community | None = None
    description: str | None = None  # schema:description (unnamed sources)
    article_count: int = 0  # all articles mentioning it (``articles`` may hold fewer)
    claim_counts: tuple[int, int] = (0, 0)  # (by, about), all of them
    kind: str | None = None  # Person, Organization or Place: the type vote (kg.lookup.kinds)

    @property
    def disputed(self) -> bool:
        """True when articles gave it more than one broad type (the vote decided :attr:`kind`)."""
        broad = {V.SCHEMA + k for k in ("Person", "Organization", "Place")}
        return len(broad & set(self.types)) > 1

    @property
    def wikidata(self) -> tuple[str, ...]:
        return tuple(s for s in self.same_as if s.startswith(V.WD))


@dataclass(frozen=True)
class Evidence:
    """Where a claim, mention or quantity comes from."""

    iri: str
    kind: str  # claim | mention | quantity | node
    article: ArticleRef | None
    start: int | None
    end: int | None
    text: str | None  # the span's own text (claim text, mention surface, quantity text)
    sentence: str | None = None
    sentence_iri: str | None = None
    sentence_start: int | None = None
    speaker: str | None = None  # speaker text of a claim
    of: str | None = None  # the entity a mention refers to

    def marked_sentence(self, left: str = "\u00ab", right: str = "\u00bb") -> str | None:
        """The sentence with the span between ``left`` and ``right`` (None if unknown)."""
        if self.sentence is None:
            return None
        if None in (self.start, self.end, self.sentence_start):
            return self.sentence
        a = self.start - self.sentence_start
        b = self.end - self.sentence_start
        if not 0 <= a <= b <= len(self.sentence):
            return self.sentence
        s = self.sentence
        return s[:a] + left + s[a:b] + right + s[b:]


@dataclass(frozen=True)
class TopResult:
    measure: str  # the measure used
    rows: tuple[tuple[str, str | None, float], ...]  # (iri, name, score)
    note: str | None = None  # e.g. why another measure was used
    available: tuple[str, ...] = field(default_factory=tuple)
