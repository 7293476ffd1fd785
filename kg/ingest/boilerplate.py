"""Lines that are not article body: prompts, credits, footers, comment forms.

The rules describe the *shapes* such lines take on news sites, not the words
of one site: a call to share, follow, subscribe or comment; a copyright or
"original source" notice; an author biography at the end; a comment form.

Two kinds of rules:

* :data:`PROMPT` matches the start of a (markup-free) line that is a prompt,
  a widget label or a notice; such a line is removed wherever it occurs.
* :data:`TERMINAL` matches notices that only appear after the article
  (copyright, original source, disclaimer, comment form, "About the author").
  :func:`footer_start` finds the first of them after the body and walks back
  over the contiguous boilerplate before it (biographies, book and web-site
  plugs, separators, bare links); everything from there to the end goes.

>>> from kg.ingest.layout import split_lines
>>> lines = split_lines(
...     "Troops left the town on Monday, officials said, after a week of heavy fighting.\\n\\n"
...     "Jane Doe is a researcher and writer based in Cairo.\\n"
...     "Copyright © Jane Doe, Example News, 2019\\n"
...     "Comment on our Facebook page")
>>> footer_start(lines, body_start=0)
2
>>> is_prompt(lines[4]), candidate_lines(lines)
(True, [3, 4])
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from kg.ingest.layout import Line

_MAX_PROMPT_WORDS = 60
_MAX_SANDWICH_WORDS = 8
_MAX_ADDRESS_WORDS = 8
_MIN_WORDS_BEFORE_FOOTER = 10  # a notice before any article text is not a footer
_FOOTER_WORDS = 400  # a footer may be this long even after a short article

_SOCIAL = r"(?:facebook|twitter|x|instagram|telegram|linkedin|youtube|tiktok|whatsapp|mastodon|bluesky|substack)"
_COPYRIGHT = r"(?:copyright\s*(?:©|\(c\)|\d{4})|©|\(c\)\s*\d{4})"
_TERMINAL_PATTERNS = (
    r"(?:the\s+)?original\s+source\s+of\s+this\s+(?:article|story|post|report)\b",
    _COPYRIGHT,
    r"(?:all\s+)?(?:publishing\s+)?rights(?:\s+and\s+copyrights)?\s+(?:are\s+)?reserved\b",
    r"about\s+the\s+authors?\b",
    r"disclaimer\s*:",
    r"leave\s+a\s+(?:reply|comment)\b",
    r"(?:your\s+)?e-?mail\s+address\s+will\s+not\s+be\s+published",
    r"this\s+site\s+uses\s+akismet",
    r"comment\s+on\s+.{0,80}\b" + _SOCIAL + r"\b",
    r"become\s+an?\s+(?:member|patron|subscriber|supporter)\b",
    r"articles?\s+by\s*:",
    r"(?:the\s+)?(?:opinions|views)\s+expressed\s+(?:by|in|here)\b.{0,100}?"
    r"\b(?:own|solely|necessarily|reflect|represent)",
    r"this\s+(?:article|story)\s+(?:was\s+)?(?:originally|first)\s+(?:published|appeared)\b",
)
_PROMPT_PATTERNS = _TERMINAL_PATTERNS + (
    r"note\s+to\s+(?:our\s+)?readers?\b",
    r"(?:please\s+)?(?:click|tap)\s+(?:here|on\s+the|the\s+(?:share|link|button))",
    r"share\s+(?:this|the|our)\s+(?:article|story|post|page|video)\b",
    r"share\s+(?:on|via|to)\s+" + _SOCIAL,
    r"forward\s+this\s+(?:article|story|e-?mail|post)\b",
    r"cross-?post\s+(?:this|on)\b",
    r"(?:subscribe|sign\s+up|register)\b.{0,60}\b(?:newsletters?|inbox|updates|alerts)\b",
    r"(?:want|get)\b.{0,60}\bin\s+your\s+inbox\b",
    r"follow\s+(?:us|me)\b",
    r"follow\s+(?:him|her|them|@\w+|[\w .'’-]{1,40}?)\s+on\s+" + _SOCIAL + r"\b",
    r"follow\s+@\w+",
    r"(?:join|like|find|connect\s+with)\s+us\s+on\b",
    r"(?:visit|check\s+out)\s+(?:my|our|his|her|their)\b",
    r"contact\s+(?:us|me|him|her|the\s+(?:author|writer|editor))\s+(?:at|via|on|by\s+e-?mail)\b",
    r"contact(?:\s+(?:at|via))?\s*:?\s*[\w.+-]+@",
    r"(?:you\s+can\s+)?(?:reach|e-?mail|write\s+to)\s+(?:the\s+author|him|her|me|us)\s+at\b",
    r"(?:my|his|her|their|our)\s+(?:new|newest|latest|most\s+recent|forthcoming)\s+book\b",
    r"featured\s+(?:image|photo)\b",
    r"(?:top\s+|header\s+|main\s+)?(?:image|photo|picture)\s+(?:copyright|credit|source)s?\b",
    r"media\s+playback\s+is\s+unsupported",
    r"enlarge\s+this\s+image",
    r"(?:hide|toggle)\s+caption\b",
    r"(?:read|see)\s+(?:more|also)\s*:?\s*$",
    # a link to another story or a media item, labelled, on a short line of its own:
    # "Read more: ...", "( Also on SITE: ...)", "Map: ...", "Related Coverage ..."
    r"\(?\s*(?:(?:read|see)\s+(?:more|also)|read|watch|video|audio|listen|map|graphic|infographic"
    r"|photos?|gallery|slideshow|related(?:\s+(?:coverage|news|articles?|stories|content|links?"
    r"|reading|headlines|column|document|video|posts?))?)\s*:(?=.{0,200}$)",
    r"(?:related\s+coverage|read\s+more)\s+(?-i:[A-Z])(?=.{0,400}$)",
    r"\(?\s*also\s+(?:on|in|from|at)\s+(?-i:(?:[A-Z][\w.'’&-]*\s+){0,3}[A-Z][\w.'’&-]*)\s*:(?=.{0,200}$)",
    r"related(?:\s+(?:articles|stories|posts|coverage|content|reading))?\s*:?\s*$",
    r"recommended(?:\s+for\s+you)?\s*:?\s*$",
    r"fact[- ]?checked\b.{0,40}$",
    r"this\s+(?:article|story)\s+is\s+more\s+than\s+\d+\s+\w+\s+old",
    r"\d+\s+(?:years?|months?|weeks?|days?|hours?|minutes?)\s+ago\s*$",
    r"(?:advertisement|advert|ad|sponsored(?:\s+content)?|promoted|story\s+continues\s+below)\s*:?\s*$",
    r"required\s+fields\s+are\s+marked",
    r"save\s+my\s+name\b",
    r"(?:post|submit)\s+(?:a\s+)?comment\s*$",
    r"(?:(?:share|tweet|post|email|e-mail|print|save|close|comments?|"
    + _SOCIAL
    + r"|reddit|pinterest|flipboard|messenger|sms|copy\s+link|this\s+article|this\s+story)\W*){2,12}$",
)
PROMPT = re.compile(r"^(?:" + "|".join(_PROMPT_PATTERNS) + r")", re.IGNORECASE)
TERMINAL = re.compile(r"^(?:" + "|".join(_TERMINAL_PATTERNS) + r")", re.IGNORECASE)
# One match tells prompt from terminal notice.
_CLASSIFY = re.compile(
    r"^(?:(?P<terminal>" + "|".join(_TERMINAL_PATTERNS) + r")|"
    + "|".join(_PROMPT_PATTERNS[len(_TERMINAL_PATTERNS) :]) + r")",
    re.IGNORECASE,
)
_RESERVED = "all rights reserved"
_MAX_RESERVED_WORDS = 40


def _scanning(pattern: str) -> str:
    """``pattern`` for raw multi-line text: whitespace and non-words stop at line ends."""
    return pattern.replace(r"\s", r"[^\S\n]").replace(r"\W", r"[^\w\n]")


# Candidate lines in raw text: a line start, optional markup, a rule's start.
# A superset of the lines :func:`classify` accepts, found in one pass.
_MARKUP_PREFIX = r"^[ \t]*(?:(?:[#>*_\\\[(]|<[^<>\n]{0,80}>)[ \t]*)*"
_SCAN = re.compile(
    _MARKUP_PREFIX + r"(?:" + "|".join(_scanning(p) for p in _PROMPT_PATTERNS) + r")",
    re.IGNORECASE | re.MULTILINE,
)
_ADDRESS_SCAN = re.compile(
    _MARKUP_PREFIX + r"(?:(?:https?|ftp)://|www\.|[\w.+-]+@|[\w-]+\.[\w-]+)", re.MULTILINE
)

_BIO_ROLE = (
    r"(?i:writer|journalist|author|researcher|analyst|editor|correspondent|professor|fellow"
    r"|associate|contributor|columnist|reporter|director|founder|commentator|blogger"
    r"|lecturer|scholar|expert|chair(?:man|woman)?|president|based|graduate|attorney"
    r"|economist|historian|activist)"
)
_BIO = re.compile(
    r"^(?:(?:Dr|Prof|Professor)\.?\s+)?(?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w'’-]*,?\s+"
    r"(?:is|was|has\s+been|writes|teaches|serves|lives|works)\b.{0,250}?\b" + _BIO_ROLE + r"\b"
)
_BARE_DOMAIN = re.compile(
    r"(?:(?:https?|ftp)://)?(?:[\w-]+\.)+(?:com|org|net|edu|gov|info|biz|io|co|us|uk|ca|au|de|fr"
    r"|ru|ir|sy|iq|tv|news|me|blog|int)\b(?:/\S*)?|[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
    re.IGNORECASE,
)
_PUNCT_ONLY = re.compile(r"^[\W_]*$")


def classify(line: Line) -> str | None:
    """``"terminal"``, ``"prompt"`` or None for an ordinary line."""
    if line.kind == "?":
        line.kind = _classify(line)
    return line.kind


def _classify(line: Line) -> str | None:
    text = line.plain
    if not text:
        return None
    match = _CLASSIFY.match(text)
    if match is None:
        if line.words <= _MAX_RESERVED_WORDS and _RESERVED in text.lower():
            return "terminal"  # "… All rights reserved."
        return None
    return "terminal" if match.group("terminal") is not None else "prompt"


def is_prompt(line: Line) -> bool:
    """A prompt, widget label or notice line (see :data:`PROMPT`), not too long."""
    return line.words <= _MAX_PROMPT_WORDS and classify(line) is not None


def is_terminal(line: Line) -> bool:
    """A notice that only appears after the article (see :data:`TERMINAL`)."""
    return classify(line) == "terminal"


def is_bio(line: Line) -> bool:
    """An author biography line ("Jane Doe is a writer based in …")."""
    return bool(line.plain) and line.words <= _MAX_PROMPT_WORDS * 2 and _BIO.match(line.plain) is not None


def is_address_line(line: Line) -> bool:
    """A line holding nothing but links, domains or e-mail addresses.

    >>> from kg.ingest.layout import split_lines
    >>> [is_address_line(line) for line in split_lines("example.org\\n(www.x.com).\\nSee x.com now")]
    [True, True, False]
    """
    if not line.plain or line.words > _MAX_ADDRESS_WORDS or "." not in line.plain:
        return False
    return _PUNCT_ONLY.match(_BARE_DOMAIN.sub("", line.plain)) is not None


def is_minor(line: Line) -> bool:
    """Prompt, bio or address line: boilerplate next to a footer or header."""
    return is_prompt(line) or is_address_line(line) or is_bio(line)


def short(line: Line) -> bool:
    return 0 < line.words <= _MAX_SANDWICH_WORDS


def candidate_lines(
    lines: Sequence[Line], text: str | None = None, *, lowered: str | None = None
) -> list[int]:
    """Indexes of the lines that may be prompts, notices or address lines.

    One regex pass over the raw text instead of a test of every line; every
    line that :func:`is_prompt`, :func:`is_terminal` or
    :func:`is_address_line` can accept is among them (save ones whose key
    words are broken up by markup).  ``text`` is the text the lines were
    split from, ``lowered`` its ``str.lower()``.
    """
    if text is None:
        text = "\n".join(line.raw for line in lines)
    starts = [line.start for line in lines]
    found = {bisect_right(starts, m.start()) - 1 for m in _SCAN.finditer(text)}
    found.update(bisect_right(starts, m.start()) - 1 for m in _ADDRESS_SCAN.finditer(text))
    lowered = text.lower() if lowered is None else lowered
    if len(lowered) == len(text):
        position = lowered.find(_RESERVED)
        while position >= 0:
            found.add(bisect_right(starts, position) - 1)
            position = lowered.find(_RESERVED, position + 1)
    return sorted(found)


def footer_start(
    lines: Sequence[Line],
    *,
    body_start: int,
    text: str | None = None,
    candidates: Sequence[int] | None = None,
) -> int | None:
    """Index of the first line of the trailing boilerplate block, or None.

    The block starts at the first :data:`TERMINAL` line that has article text
    before it and no more text after it than before it, and is extended
    backwards over biographies, prompts, links, separators and short lines
    between them.  ``candidates`` are from :func:`candidate_lines`.
    """
    if body_start >= len(lines):
        return None
    if text is None:
        text = "\n".join(line.raw for line in lines)
    if candidates is None:
        candidates = candidate_lines(lines, text)
    body_offset = lines[body_start].start
    marker = None
    for index in candidates:
        if index < body_start:
            continue
        line = lines[index]
        if not is_terminal(line):
            continue
        # Words counted as spaces plus line breaks: cheap and close enough.
        before = text.count(" ", body_offset, line.start) + index - body_start
        after = text.count(" ", line.start) + len(lines) - index
        if before >= _MIN_WORDS_BEFORE_FOOTER and after <= max(before, _FOOTER_WORDS):
            marker = index
            break
    if marker is None:
        return None
    start = marker
    for index in range(marker - 1, body_start - 1, -1):
        line = lines[index]
        if line.blank:
            continue
        if is_minor(line) or (short(line) and _minor_before(lines, index, body_start)):
            start = index
            continue
        break
    return start


def _minor_before(lines: Sequence[Line], index: int, floor: int) -> bool:
    """Whether the nearest non-blank line before ``index`` is boilerplate."""
    for j in range(index - 1, floor - 1, -1):
        if not lines[j].blank:
            return is_minor(lines[j])
    return False
