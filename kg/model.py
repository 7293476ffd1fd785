"""The records that flow through kg: articles in, extractions out.

Data flows one way: :class:`Article` (from :mod:`kg.ingest`) → spaCy ``Doc`` →
extractors (:mod:`kg.extract`) yield :class:`Mention`, :class:`Claim` and
:class:`Quantity` records → linking groups mentions into :class:`Entity`
records → :mod:`kg.rdf` turns an :class:`Extraction` into the quads of one
named graph.

Every character offset is an offset into :attr:`Article.text`, the decoded
text of the input (for HTML: the main text trafilatura extracted), so that
``article.text[m.start:m.end] == m.text`` always holds.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field

from .vocab import broad_kind


@dataclass(frozen=True)
class Article:
    """One news article as read from a file or a record.

    ``removed`` lists ``(start, end)`` ranges of :attr:`text` that are not
    article body (boilerplate, markup residue, the byline block); they are
    blanked out in :meth:`body` so that offsets stay true to the original.
    """

    identifier: str
    text: str
    source: str
    title: str | None = None
    authors: tuple[str, ...] = ()
    publisher: str | None = None
    date: _dt.date | None = None
    url: str | None = None
    regions: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()
    removed: tuple[tuple[int, int], ...] = ()
    digest: str = ""  # sha256 of the raw input (bytes of the file or the record)
    encoding: str | None = None  # detected encoding of a text file
    warnings: tuple[str, ...] = ()  # one line each: metadata that could not be read

    def body(self) -> str:
        """The text with every removed range blanked (same length, newlines kept)."""
        if not self.removed:
            return self.text
        chars = list(self.text)
        for start, end in self.removed:
            for i in range(max(start, 0), min(end, len(chars))):
                if chars[i] not in "\n":
                    chars[i] = " "
        return "".join(chars)


@dataclass(frozen=True)
class ReadError:
    """An input that could not be read; ``reason`` is one line for the user."""

    source: str
    reason: str


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Mention:
    """A name in the text that refers to an actor or a place."""

    start: int
    end: int
    text: str
    sentence: int
    label: str  # the NER label (PERSON, ORG, GPE, LOC, FAC, NORP, ...)
    kind: str  # a key of kg.vocab.KIND_CLASSES
    key: str | None = None  # gazetteer id when the gazetteer matched


@dataclass(frozen=True)
class Entity:
    """One real actor or place of an article, with every mention of it."""

    key: str  # gazetteer id, or a slug of the canonical name
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()
    wikidata: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    country: str | None = None  # key of the country entity

    @property
    def broad(self) -> str:
        """Person, Organization or Place (see :data:`kg.vocab.KIND_BROAD`)."""
        return broad_kind(self.kind)


@dataclass(frozen=True)
class Claim:
    """A quote or reported speech: who (speaker) says what (text) with which cue."""

    start: int
    end: int
    text: str
    kind: str  # "direct" or "reported"
    sentence: int
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    speaker: str | None = None  # the speaker as written ("he", "the official", "Caggins")
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_key: str | None = None  # entity key of the resolved speaker; None = unnamed source
    about: tuple[str, ...] = ()  # entity keys
    act: str = "Statement"  # "Statement", "Belief" or "Finding" (kg.extract.acts)
    parts: tuple[tuple[int, int], ...] = ()  # pieces of a quote split by its cue ("X," he
    # said, "Y") or run over paragraphs; text is the pieces joined by a space, start..end spans all


@dataclass(frozen=True)
class Quantity:
    """A count or amount stated in the text ("killed 14 protesters", "$400 million")."""

    start: int
    end: int
    text: str
    amount: float
    sentence: int
    counted: str | None = None  # what is counted ("protesters")
    unit: str | None = None  # currency or unit ("USD", "%")
    verb: str | None = None  # governing verb lemma ("kill")
    about: tuple[str, ...] = ()


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one article."""

    sentences: tuple[Sentence, ...] = ()
    entities: tuple[Entity, ...] = ()
    claims: tuple[Claim, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    meta: dict = field(default_factory=dict, compare=False)
