"""The header block of a saved article: title, byline, dateline, tag lines.

News pages put the same few things above the text, in varying order and
markup: a headline (often a ``#`` heading), a byline ("By NAME", the name
often linked or underlined), a dateline ("Publisher, Month DD, YYYY" or
"Published: DATE") and tag lines ("Region: …", "Theme: …", "Tags: …").
Several of them may share one line.  :func:`read_header` reads them from the
top of the text and reports which lines they occupy; the scan stops at the
first line that is none of these (the body).

Tag lines: "Region", "Country", "Location" and "Place" go to ``regions``;
"Theme", "Topic", "Tag", "Category", "Section", "Subject", "Keyword", "Filed
under" and "In-depth Report" go to ``themes``.

>>> from kg.ingest.layout import split_lines
>>> header = read_header(split_lines(
...     "# Talks Resume in Geneva\\n\\nBy [Jane Doe](#)\\n\\nExample News, July 25, 2018\\n"
...     "Region: [Middle East](#), [Europe](#)\\nTheme: <u>Diplomacy</u>\\n\\n"
...     "Delegations met on Monday for the first time since the spring, officials said."))
>>> header.title, header.authors, header.publisher, header.date
('Talks Resume in Geneva', ('Jane Doe',), 'Example News', datetime.date(2018, 7, 25))
>>> header.regions, header.themes, header.removed, header.body_start
(('Middle East', 'Europe'), ('Diplomacy',), (2, 4, 5, 6), 8)
>>> header = read_header(split_lines("By Jean H. Lee, Associated Press\\n\\nTroops left on Monday."))
>>> header.authors, header.publisher
(('Jean H. Lee',), 'Associated Press')
>>> read_header(split_lines("By Jake Tapper, CNN Chief Washington Correspondent\\n\\nText.")).authors
('Jake Tapper',)
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from kg.ingest.boilerplate import is_address_line, is_prompt, short
from kg.ingest.dates import DATE_IN_TEXT, date_from_match
from kg.ingest.layout import Line
from kg.ingest.names import looks_like_name, looks_like_publisher, split_authors

_MAX_HEADER_LINES = 25
_MAX_HEADER_WORDS = 60
_MAX_TITLE_WORDS = 25
_MAX_TITLE_CHARS = 200

_TAG_KEY = re.compile(
    r"(?<![\w-])(?P<key>In-depth\s+Reports?|Regions?|Countr(?:y|ies)|Locations?|Places?"
    r"|Themes?|Topics?|Tags?|Categor(?:y|ies)|Sections?|Subjects?|Keywords?|Filed\s+under)\s*:",
    re.IGNORECASE,
)
_REGION_KEYS = ("region", "countr", "location", "place")
_TAG_SPLIT = re.compile(r"\s*[,;|·•]\s*")
_BY = re.compile(r"^(?:written\s+)?by\b\s*:?\s*", re.IGNORECASE)
_BY_MARKUP = re.compile(
    r"\bby\s*:?\s*(?:<(?P<tag>[A-Za-z]\w*)[^<>]*>(?P<a>[^<>\n]{1,80}?)</(?P=tag)>"
    r"|\[(?P<b>[^\]\n]{1,80})\]\([^)\s]*\)|\*\*(?P<c>[^*\n]{1,80}?)\*\*|__(?P<d>[^_\n]{1,80}?)__)",
    re.IGNORECASE,
)
_DATE_PREFIX = re.compile(
    r"^(?:(?:first\s+)?published|posted|updated|last\s+updated|last\s+modified|dated?|on)\b"
    r"(?:\s+on)?\s*:?\s*",
    re.IGNORECASE,
)
_AFTER_DATE = re.compile(r"^(?:updated|modified|last\s+updated)\b.*$", re.IGNORECASE)
_ROLE = re.compile(
    r"\b(?:press|news|agency|times|post|journal|herald|tribune|daily|weekly|magazine|radio"
    r"|network|channel|bureau|service|wire|staff|editor|editors|writer|reporter|correspondent"
    r"|columnist|contributor|chief|senior|analyst|producer|center|centre|institute"
    r"|university|foundation|council|group|media|cnn|bbc|ap|afp|reuters|npr|abc|cbs|nbc)\b",
    re.IGNORECASE,
)
_NAME_SPLIT = re.compile(r"\s+[|–—-]\s+|\s*\|\s*")
_SEP = " \t,;|·•–—-:"
_TITLE_START = re.compile(r"^[\w\"'“‘«(\[]")
_CLOSERS = "\"'”’»)] "


@dataclass
class _Facts:
    authors: list[str] = field(default_factory=list)
    publisher: str | None = None
    date_match: re.Match[str] | None = None
    regions: list[str] = field(default_factory=list)
    themes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Header:
    """What the header block says and where it is."""

    title: str | None = None
    title_line: int | None = None
    authors: tuple[str, ...] = ()
    publisher: str | None = None
    date: _dt.date | None = None
    regions: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()
    removed: tuple[int, ...] = ()  # indexes of byline/dateline/tag/prompt lines
    body_start: int = 0  # index of the first body line
    warnings: tuple[str, ...] = ()


def read_header(
    lines: Sequence[Line], *, publishers: Sequence[str] = (), want_title: bool = True
) -> Header:
    """Read the header block at the top of ``lines``.

    ``publishers`` are publisher names known from elsewhere in the text; they
    split an unmarked "By NAME PUBLISHER, DATE" line.  With ``want_title``
    false the first line is never taken as the title.
    """
    first = next((line.index for line in lines if not line.blank), None)
    if first is None:
        return Header(body_start=len(lines))
    title = title_line = None
    index = first
    if parse_header_line(lines[first], publishers) is None and headline(lines[first]) is not None:
        # a headline (or a deck) opening the text, the title or not: it is no body
        title_line, index = first, first + 1
        title = headline(lines[first]) if want_title else None
    facts = _Facts()
    removed: list[int] = []
    previous_removed = False
    seen = 0
    while index < len(lines) and seen < _MAX_HEADER_LINES:
        line = lines[index]
        if line.blank:
            index += 1
            continue
        seen += 1
        parsed = parse_header_line(line, publishers)
        if parsed is not None:
            _merge(facts, parsed)
        elif not (
            is_prompt(line)
            or is_address_line(line)
            or (previous_removed and short(line) and _next_is_header(lines, index, publishers))
        ):
            break
        removed.append(index)
        previous_removed = True
        index += 1
    while index < len(lines) and lines[index].blank:
        index += 1
    date, warnings = None, ()
    if facts.date_match is not None:
        try:
            date = date_from_match(facts.date_match)
        except ValueError as err:
            warnings = (f"malformed date {facts.date_match.group().strip()!r} in the header: {err}",)
    return Header(
        title=title,
        title_line=title_line,
        authors=tuple(dict.fromkeys(facts.authors)),
        publisher=facts.publisher,
        date=date,
        regions=tuple(dict.fromkeys(facts.regions)),
        themes=tuple(dict.fromkeys(facts.themes)),
        removed=tuple(removed),
        body_start=index,
        warnings=warnings,
    )


def headline(line: Line) -> str | None:
    """The line as a title if it is shaped like one, else None.

    A markdown heading is a title; otherwise a headline is short, starts like
    a sentence and does not end like one (no final period, comma or colon).

    >>> from kg.ingest.layout import split_lines
    >>> [headline(line) for line in split_lines(
    ...     "## **Troops Withdraw**\\nIs the War Over?\\nThe army left the city on Monday.")]
    ['Troops Withdraw', 'Is the War Over?', None]
    """
    text = line.plain
    if not text:
        return None
    if line.raw.lstrip().startswith("#"):
        return text if line.words <= 2 * _MAX_TITLE_WORDS else None
    if not 2 <= line.words <= _MAX_TITLE_WORDS or len(text) > _MAX_TITLE_CHARS:
        return None
    if not _TITLE_START.match(text) or text[0].islower():
        return None
    end = text.rstrip(_CLOSERS)
    if end.endswith((".", ",", ";", ":")) and not end.endswith("..."):
        return None
    if is_prompt(line) or _BY.match(text):
        return None
    return text


def parse_header_line(line: Line, publishers: Sequence[str] = ()) -> _Facts | None:
    """The facts on a byline/dateline/tag line, or None if it is not one."""
    text = line.plain
    if not text or line.words > _MAX_HEADER_WORDS:
        return None
    facts = _Facts()
    tags = _TAG_KEY.search(text)
    if tags is not None:
        _read_tags(text[tags.start() :], facts)
        text = text[: tags.start()]
    text = text.strip(_SEP)
    if text:
        date = DATE_IN_TEXT.search(text)
        if date is not None:
            facts.date_match = date
            segments = [text[: date.start()], _AFTER_DATE.sub("", text[date.end() :])]
        else:
            segments = [text]
        for segment in segments:
            segment = segment.strip(_SEP)
            if date is not None:
                segment = _DATE_PREFIX.sub("", segment).strip(_SEP)
            if not segment:
                continue
            if _BY.match(segment):
                if not _read_byline(segment, line.raw, publishers, facts):
                    return None
            elif date is not None and facts.publisher is None and looks_like_publisher(segment):
                facts.publisher = segment
            else:
                return None
    if not (facts.authors or facts.date_match or facts.regions or facts.themes):
        return None
    return facts


def _read_byline(segment: str, raw: str, publishers: Sequence[str], facts: _Facts) -> bool:
    names_text = _BY.sub("", segment, count=1).strip()
    rest = ""
    marked = _BY_MARKUP.search(raw)
    if marked is not None:
        name = next(g for g in marked.group("a", "b", "c", "d") if g is not None)
        name = " ".join(name.split()).strip(_SEP)
        if names_text.startswith(name):
            names_text, rest = name, names_text[len(name) :].strip(_SEP)
    if not rest:
        for publisher in publishers:
            if names_text.endswith(publisher) and len(names_text) > len(publisher):
                names_text, rest = names_text[: -len(publisher)].strip(_SEP), publisher
                break
    chunks = _NAME_SPLIT.split(names_text, maxsplit=1)
    if len(chunks) == 2 and not rest:
        names_text, rest = chunks
    names = list(split_authors(names_text))
    # "By NAME, Associated Press" / "By NAME, Chief Correspondent": not names.
    while len(names) > 1 and (_ROLE.search(names[-1]) or not looks_like_name(names[-1])):
        extra = names.pop()
        if not rest and looks_like_publisher(extra):
            rest = extra
    if not names or not all(looks_like_name(name) for name in names):
        return False
    if rest.lower().startswith(("and ", "& ")):
        more = split_authors(rest.split(None, 1)[1] if " " in rest else "")
        if not all(looks_like_name(name) for name in more):
            return False
        names.extend(more)
        rest = ""
    if rest:
        if not looks_like_publisher(rest):
            return False
        facts.publisher = facts.publisher or rest
    facts.authors.extend(names)
    return True


def _read_tags(text: str, facts: _Facts) -> None:
    keys = list(_TAG_KEY.finditer(text))
    for number, key in enumerate(keys):
        end = keys[number + 1].start() if number + 1 < len(keys) else len(text)
        values = [v.strip(_SEP + ".") for v in _TAG_SPLIT.split(text[key.end() : end])]
        values = [v for v in values if v and len(v) <= 80]
        name = key.group("key").lower()
        target = facts.regions if name.startswith(_REGION_KEYS) else facts.themes
        target.extend(values)


def _merge(facts: _Facts, more: _Facts) -> None:
    facts.authors.extend(more.authors)
    facts.publisher = facts.publisher or more.publisher
    facts.date_match = facts.date_match or more.date_match
    facts.regions.extend(more.regions)
    facts.themes.extend(more.themes)


def _next_is_header(lines: Sequence[Line], index: int, publishers: Sequence[str]) -> bool:
    for line in lines[index + 1 :]:
        if line.blank:
            continue
        return bool(
            is_prompt(line) or is_address_line(line) or parse_header_line(line, publishers)
        )
    return False
