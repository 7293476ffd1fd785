"""The speakers gold file: annotated articles, read and checked against their corpus texts.

The format is described in ``data/eval/README.md``; :mod:`kg.eval_speakers`
scores kg against it.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping, Sequence

from .model import Article

Span = tuple[int, int]


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

    corpus: str  # file name under the corpus directory, or a path relative to the gold file
    id: str  # the record id kg gives the article
    sha256: str  # of the text as kg reads it (Article.text)
    quotes: tuple[GoldQuote, ...] = ()
    outlet: str = ""
    path: str = ""  # the file itself when ``corpus`` is relative to the gold file, else ""

    @property
    def needs_corpus(self) -> bool:
        """True when the article's file is named under a corpus directory (``--corpus``)."""
        return not self.path


def is_relative_source(corpus: str) -> bool:
    """True for a ``corpus`` value that is a path relative to the gold file's own folder.

    >>> is_relative_source("../articles/a.txt"), is_relative_source("./a.txt")
    (True, True)
    >>> is_relative_source("allsides-world-mideast.jsonl.gz")
    False
    """
    return corpus.startswith(("./", "../"))


def read_gold(path: str | Path) -> list[GoldArticle]:
    """The annotated articles of a gold JSON Lines file.

    A ``corpus`` that starts with ``./`` or ``../`` is a file relative to the
    gold file's folder (its resolved path goes to :attr:`GoldArticle.path`);
    any other ``corpus`` names a file under the corpus directory.
    """
    out = []
    base = Path(path).resolve().parent
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
            corpus = rec["corpus"]
            if not isinstance(corpus, str) or not corpus:
                raise ValueError(f"bad corpus {corpus!r}")
            where = os.path.normpath(base / corpus) if is_relative_source(corpus) else ""
            out.append(GoldArticle(corpus=corpus, id=str(rec["id"]), sha256=rec["sha256"],
                                   quotes=quotes, outlet=rec.get("outlet", ""), path=where))
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


def load_articles(corpus_dir: str | Path | None, gold: Sequence[GoldArticle]
                  ) -> dict[tuple[str, str], Article]:
    """The articles the gold refers to, read by kg's own ingest, by (corpus, id).

    Files named relative to the gold file are read from there; the others
    from ``corpus_dir``, which may be ``None`` only when no article needs it.
    Raises :class:`SpeakerEvalError` when ``corpus_dir`` is needed and missing,
    when a file or record is missing or a text's hash differs from the one
    annotated.
    """
    from .ingest import read

    needs = sorted({g.corpus for g in gold if g.needs_corpus})
    if needs and corpus_dir is None:
        raise SpeakerEvalError(f"the gold refers to corpus file {needs[0]}: give the corpus "
                               "folder (--corpus DIR)")
    wanted: dict[str, set[str]] = {}
    where: dict[str, Path] = {}
    for g in gold:
        wanted.setdefault(g.corpus, set()).add(g.id)
        where[g.corpus] = Path(g.path) if g.path else Path(corpus_dir or ".") / g.corpus
    found: dict[tuple[str, str], Article] = {}
    for name, ids in sorted(wanted.items()):
        path = where[name]
        if not path.is_file():
            raise SpeakerEvalError(f"{path}: corpus file not found")
        for item in read([path]):
            if isinstance(item, Article) and item.identifier in ids:
                found[(name, item.identifier)] = item
        missing = sorted(i for i in ids if (name, i) not in found)
        if missing:
            raise SpeakerEvalError(f"{path}: no record {missing[0]}"
                                   + (f" (and {len(missing) - 1} more)" if len(missing) > 1 else ""))
    for g in gold:
        if text_digest(found[(g.corpus, g.id)].text) != g.sha256:
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


__all__ = ["SpeakerEvalError", "GoldQuote", "GoldArticle", "read_gold", "is_relative_source", "text_digest",
           "load_articles", "check_article"]
