"""Page widgets flattened into the body's lines: players, link lines, doubled captions, link runs.

Told by their shape, never by a site's strings:

* **a player** — a line ending in a running time ("... Listen · 3:09 3:09",
  "... 01:26", "· 2:25"), no sentence closed before it and no "at", "by",
  "until" ... before the time (a clock time in prose, "they left at 4:30");
* **a shouted link** — a whole line in capitals (five words or more, no
  quotation mark, no exclamation closing it, no colon: "JANE ROE, A NURSE:"
  names who speaks next), the way a related story's link is set inside a
  page, where the article's own lines are not shouted;
* **a teaser** — a line closed by "Read more", or a short line (150 characters at most)
  opening with a label of one to four words glued by its colon to a headline ("More:Jane
  Roe: Who is she?", "Related:'We will win'"), the way a link to another story prints;
* **doubled lines** — a paragraph printed twice in a row (a gallery's caption
  and its copy, a pull quote): the copy goes, and both go where three or more
  doubled paragraphs follow one another (a gallery); a short line repeating the
  start of the next paragraph (a pull quote or a teaser of it) goes too;
* **a caption** — a line of sixty words or fewer, quoting no one, closed by a
  photo credit (where such lines hold less than half the article's words): names
  joined by slashes or bars ("Jane Roe/Example Agency", "REUTERS/Jane Roe/File
  Photo", "Jane Roe | Example | Agency"), in brackets ("[Jane Roe/Example]"), or
  labelled ("(Photo: Jane Roe, Example)", "Photograph: Jane Roe/Example");
* **a labelled caption** — a line of sixty words or fewer with a caption's label among its
  first twelve words, a noun of a picture or a clip and one of its caption
  ("Image copyright Example Images Image caption Jane Roe speaks in Ohio", "Media caption
  ...", "Photo credit ..."), quotes and all;
* **a video card** — a line of sixty words or fewer opening with one word in
  capitals (the player's button: "CLOSE Jane Roe said ..."), then a caption in
  ordinary case, closed after its last sentence by a credit of one to four
  capitalised words with no stop of its own (". Example Today");
* **a run of links** — a label ("Related", "Related News", "Tags", "Topic")
  followed, to the line's end, by headline-case fragments (two words in five
  capitalised) with hardly a sentence closed among them (one in fifteen
  words), stretch by stretch from one label to the next: a block of related
  headlines and tags glued to the article's last paragraph.

:func:`widgets` returns the character ranges to blank; offsets stay true.

>>> text = ("Troops left the town at dawn, officials said.\\n"
...         "Talks Resume In Geneva As Envoys Meet Listen · 3:09 3:09\\n"
...         "REBELS SEIZE THE AIRPORT, MONITOR SAYS\\n"
...         "The convoy left at 4:30")
>>> [text[s:e] for s, e in widgets(text)]
['Talks Resume In Geneva As Envoys Meet Listen · 3:09 3:09', 'REBELS SEIZE THE AIRPORT, MONITOR SAYS']
>>> text = "The vote is Sunday.\\nMore:Jane Roe is pushing for a deal\\nNote: it went on."
>>> [text[s:e] for s, e in widgets(text)]
['More:Jane Roe is pushing for a deal']
"""

from __future__ import annotations

import re

_LINE = re.compile(r"[^\n]+")
#: a running time closing a line, after an optional "Listen ·" or "·", maybe printed twice
_RUNNING = re.compile(r"(?:^|[ \t])((?:Listen[ \t]*)?(?:·[ \t]*)?(\d{1,2}:[0-5]\d)(?:[ \t]+\2)?)[ \t]*$")
_PLAYER_WORDS = 40
#: words after which a time is a clock time of the story, not a running time
_CLOCK_BEFORE = frozenset(
    "at by until till before after around about from to since of and or than between past near "
    "approximately roughly nearly almost some".split())
_SHOUT_WORDS = 5
_SHOUT_SHARE = 0.25  # shouted lines may hold at most this share of the article's words
_TEASER = re.compile(r"\bRead [Mm]ore[ \t]*[»›>…]?[ \t]*$")
#: a label glued by its colon to the headline of a linked story: "More:Jane Roe: Who is she?"
_GLUED_LABEL = re.compile(r"[ \t]*[A-Z][A-Za-z'’]*(?:[ \t]+[A-Za-z'’]+){0,3}:[A-Z'‘’\"“]")
_GLUED_CHARS = 150
_DOUBLED_GALLERY = 3  # paragraphs printed twice in a row: a gallery's captions
_PULL_WORDS = (6, 40)
#: a label opening a run of links or tags
_RUN_LABEL = re.compile(r"(?<![\w'’-])(?:Related(?:[ \t]+(?:News|Coverage|Articles|Stories|Content))?"
                        r"|Tags|Topics?)(?=[ \t]+\S)")
_RUN_WORDS = 6
_CAPTION_WORDS = 60
_QUOTE = re.compile(r"[\"“”]")
_NAME = r"[A-Z][\w.'’&-]*(?:[ \t]+(?:[A-Z][\w.'’&-]*|de|del|van|von|al|bin|el|for|of|the|via)){0,4}"
#: a photo credit closing a caption
_CREDIT = re.compile(
    r"(?:\[(?:File:[ \t]*)?" + _NAME + r"[ \t]*/[ \t]*" + _NAME + r"\]"
    r"|\((?:Photo|Image|Picture|Credit)s?:[^()\n]{2,120}\)"
    r"|\b(?:Photograph|Photographer|Photo|Image|Credit)s?(?::|\.\.\.|…)[ \t]*" + _NAME
    + r"(?:[ \t]*[/,|][ \t]*" + _NAME + r")*"
    r"|(?<![\w/])" + _NAME + r"(?:[ \t]*[/|][ \t]*" + _NAME + r"){1,3}"
    r")[ \t]*\.?[ \t]*$")
#: a caption's label: "Image caption", "Image copyright", "Media caption", "Photo credit"
_CAPTION_LABEL = re.compile(r"(?<![\w-])(?:Image|Media|Photo|Picture|Video)[ \t]+"
                            r"(?:caption|copyright|credit)s?(?![\w-])")
_LABEL_WITHIN = 12  # words
_SENTENCE_END = re.compile(r"[.!?][\"”’']?[ \t]+(?=[\"“]?[A-Z])")
#: a video card: a shouted button word, a caption, a credit after its last stop
_CARD = re.compile(r"^[ \t]*[A-Z]{3,}[ \t]+(?=[A-Z][a-z])(.+[.!?][\"”’']?)[ \t]+"
                   r"[A-Z][\w'’&-]*(?:[ \t]+[A-Z][\w'’&-]*){0,3}[ \t]*$")


def widgets(text: str) -> list[tuple[int, int]]:
    """Ranges of ``text`` that are flattened page widgets (see the module)."""
    lines = [(m.start(), m.end(), m.group()) for m in _LINE.finditer(text) if m.group().strip()]
    out = []
    out.extend(_players(lines))
    out.extend(_shouted_lines(lines))
    out.extend((s, e) for s, e, line in lines if _teaser(line))
    out.extend(_doubled(lines))
    out.extend(_runs(lines))
    out.extend(_captions(lines))
    out.extend((s, e) for s, e, line in lines if _card(line))
    out.extend((s, e) for s, e, line in lines if _labelled_caption(line))
    return sorted(set(out))


def _labelled_caption(line: str) -> bool:
    """A labelled caption (see the module)."""
    match = _CAPTION_LABEL.search(line)
    return (match is not None and len(line.split()) <= _CAPTION_WORDS
            and len(line[:match.start()].split()) <= _LABEL_WITHIN)


def _captions(lines) -> list[tuple[int, int]]:
    """Lines closed by a photo credit, save one quoting someone; none where such lines hold
    half the article's words (a photo essay: its captions are its text)."""
    found, words, total = [], 0, 0
    for start, end, line in lines:
        n = len(line.split())
        total += n
        if n <= _CAPTION_WORDS and not _QUOTE.search(line) and _CREDIT.search(line):
            found.append((start, end))
            words += n
    return found if words * 2 < total else []


def _players(lines) -> list[tuple[int, int]]:
    out = []
    for start, end, line in lines:
        match = _RUNNING.search(line)
        if match is None:
            continue
        before = line[:match.start(1)].rstrip()
        words = before.split()
        if len(words) > _PLAYER_WORDS:
            continue
        if words and (before[-1] in ".,;:!?\"”’')" or words[-1].lower() in _CLOCK_BEFORE):
            continue
        out.append((start + len(line) - len(line.lstrip()), end))
    return out


def _card(line: str) -> bool:
    """A video card (see the module): its caption is in ordinary case, not a headline's."""
    match = _CARD.match(line)
    if match is None or len(line.split()) > _CAPTION_WORDS:
        return False
    words = re.findall(r"[^\W\d_]+", match.group(1))
    return len(words) >= 4 and sum(w[0].isupper() for w in words) * 2 < len(words)


def _teaser(line: str) -> bool:
    """A headline closed by "Read more" (not a paragraph that closed its sentence before it),
    or one a label is glued to (see the module)."""
    if len(line) <= _GLUED_CHARS and _GLUED_LABEL.match(line):
        return True
    match = _TEASER.search(line)
    if match is None or len(line.split()) > _PLAYER_WORDS:
        return False
    before = line[:match.start()].rstrip()
    return bool(before) and before[-1] not in ".!?\"”"


def _shouted_lines(lines) -> list[tuple[int, int]]:
    found, total = [], 0
    for start, end, line in lines:
        words = re.findall(r"[^\W\d_]{2,}", line)
        total += len(words)
        if len(words) < _SHOUT_WORDS or re.search(r"[\"“”]", line) or line.rstrip().endswith(("!", ":")):
            continue
        if sum(w.isupper() for w in words) * 10 >= len(words) * 9:
            found.append((start + len(line) - len(line.lstrip()), end, len(words)))
    if not found or sum(n for _, _, n in found) > _SHOUT_SHARE * total:
        return []
    return [(s, e) for s, e, _ in found]


def _norm(line: str) -> str:
    return " ".join(line.split())


def _doubled(lines) -> list[tuple[int, int]]:
    """A paragraph printed twice in a row; a short line repeating the next paragraph's start.

    The copy goes; the first goes too in a gallery, three or more doubled paragraphs one
    after the other.
    """
    out = []
    norms = [_norm(line) for _, _, line in lines]
    run: list[int] = []  # first copies of doubled paragraphs that follow one another
    for k in range(len(lines) - 1):
        this, after = norms[k], norms[k + 1]
        words = len(this.split())
        if this == after and words >= 4:
            out.append(lines[k + 1][:2])
            if k == 0 or norms[k - 1] != this:
                if run and run[-1] != k - 2:
                    out.extend(_gallery(lines, run))
                    run = []
                run.append(k)
        elif _PULL_WORDS[0] <= words <= _PULL_WORDS[1] and len(after) > len(this) \
                and after.startswith(this):
            out.append(lines[k][:2])
    out.extend(_gallery(lines, run))
    return out


def _gallery(lines, run: list[int]) -> list[tuple[int, int]]:
    return [lines[k][:2] for k in run] if len(run) >= _DOUBLED_GALLERY else []


def _runs(lines) -> list[tuple[int, int]]:
    """From a label to the line's end: links and tags with hardly a sentence among them.

    Every stretch from a label to the next (or to the line's end) must read as links:
    two words in five capitalised, at most one sentence closed in fifteen words.
    """
    out = []
    for start, end, line in lines:
        labels = list(_RUN_LABEL.finditer(line))
        linky = [_linky(line[label.end():labels[k + 1].start() if k + 1 < len(labels) else len(line)])
                 for k, label in enumerate(labels)]
        for k, label in enumerate(labels):
            if all(linky[k:]) and len(line[label.end():].split()) >= _RUN_WORDS:
                out.append((start + label.start(), end))
                break
    return out


def _linky(stretch: str) -> bool:
    words = stretch.split()
    if not words:
        return True
    capitals = sum(w[:1].isupper() or w[:1].isdigit() for w in words)
    sentences = len(_SENTENCE_END.findall(stretch))
    return capitals * 5 >= len(words) * 2 and sentences * 15 <= len(words)
