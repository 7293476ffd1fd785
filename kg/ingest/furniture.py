"""Page furniture inside the body's lines: labels, shouted widget words, hover cards.

Shapes, not any site's strings; each is weighed against what the article
itself writes:

* **a shouted label at a line's start** — a run of capitalised words
  ("CLOSE", "TARGET:", "JUST WATCHED") that opens a line or is the whole
  line, when no word of it is a name of the article (written capitalised
  elsewhere, as "Cruz" is for a transcript's "CRUZ:") and some word of it is
  an ordinary word of the article (written in lower case elsewhere), or it is
  the whole line, or one long word and a colon, or the line's rest is shouted;
* **a time stamp opening a line** ("10:45 AM ET:", "Updated 12:01pm PST"), as
  live pages print them before each entry;
* **a lead label** — two words ("Xxx yyys") opening the first line of the
  body and glued to the first item of a list of short lines, the way a
  highlights box reads once its markup is gone;
* **an embedded post** — a line ending in a post's signature ("— Name
  (@handle) May 15, 2018"), the post flattened before it;
* **a photo gallery** — a line holding two or more slide counters in a row
  ("Hide Caption 1 of 8 ... 2 of 8"): the captions between them;
* **a video card** — a line opening with a shouted run, ending in a running
  time ("02:33") and holding its title twice (a player's "now playing" and
  "up next" flattened into one line);
* **a menu or form** — twenty-one capitalised words or more in a row without
  punctuation (a country picker flattened into the text);
* **a hover card** — a link whose text was flattened into the sentence: a
  name glued to the next word without a space ("ManafortManafort sought
  ..."), the card's headlines, and a shouted ordinary word closing it
  ("... MORE"; where the article never writes the word in lower case, the
  first shouted word of four letters that is no name of the article); the
  card goes from the repeated name to that word;
* **players, shouted links, teasers, doubled lines and runs of links** — see
  :mod:`kg.ingest.widgets`.

:func:`furniture` returns the character ranges to blank; offsets stay true.

>>> text = ("CLOSE\\nSpecial counsel Robert Mueller Robert Swan MuellerComey says more "
...         "MORE's inquiry went on.\\nTARGET: two officers, more or less\\nCRUZ: We will win, "
...         "said Ted Cruz.")
>>> [text[s:e] for s, e in furniture(text)]
['CLOSE', 'Robert Swan MuellerComey says more MORE', 'TARGET:']
>>> text = ("Sen. Jo McCall Joanne Ruth McCall2020 hopefuls meet voters MORE (R-Ariz.) said "
...         "Sunday that she would vote no.")
>>> [text[s:e] for s, e in furniture(text)]
['Joanne Ruth McCall2020 hopefuls meet voters MORE']
"""

from __future__ import annotations

import re

from kg.ingest.casing import written_as_name
from kg.ingest.widgets import widgets

_WORD_CAPS = r"[A-Z][A-Z'’\-]+"
#: a run of capitalised words opening a line (with an optional colon)
_LINE_LABEL = re.compile(r"^[ \t]*(" + _WORD_CAPS + r"(?:[ \t]+" + _WORD_CAPS + r"){0,2}:?)(?=[ \t]|$)",
                         re.MULTILINE)
#: a word glued to the next one: "TrumpGOP", "ManafortManafort", "McConnellGOP", "McCain2020"
_GLUE = re.compile(r"\b((?:Ma?c)?[A-Z][a-z'’]{2,})(?=[A-Z]|\d{4}\b)")
_SHOUT = re.compile(r"\b[A-Z]{3,}\b(?![’'\-][A-Za-z]{2})")
_LEAD = re.compile(r"[ \t]*([A-Z][a-z]+ [a-z]+s) (?=[A-Z0-9])")
#: a time stamp opening a line: "10:45 AM ET:", "Updated 12:01pm PST", "3:07 p.m. -"
_STAMP = re.compile(r"^[ \t]*((?:[A-Za-z]+[ \t]+)?\d{1,2}[:.]\d\d[ \t]*(?:[AaPp]\.?[Mm]\.?)?"
                    r"(?:[ \t]*\(?[A-Z]{1,4}\b\)?)?[ \t]*[:\-–—]?)(?=[ \t]*(?:$|[A-Z]))",
                    re.MULTILINE)
#: small words that say nothing of whether a shouted run names someone
_SMALL = frozenset({"the", "a", "an", "of", "and", "for", "in", "on", "to"})
_CARD_SPAN = 700  # how far a card's closing word may be from its glued name
#: an embedded post, flattened to one line ending in its signature: "... — Name (@handle) May 15, 2018"
_TWEET = re.compile(r"^[^\n]*[—–-]{1,2}[ \t]*[^\n()—–]{2,60}\(@\w{1,15}\)[ \t]+"
                    r"[A-Z][a-z]+\.?[ \t]\d{1,2},[ \t]\d{4}[ \t]*$", re.MULTILINE)
#: a line of a flattened video card: a shouted run, the title, ..., the running time
_VIDEO = re.compile(r"^[ \t]*[A-Z]{2,}(?:[ \t]+[A-Z]{2,})*:?[ \t]+(\S+(?:[ \t]+\S+){2,3})"
                    r"[^\n]{0,400}?[ \t](\d{1,2}:)?\d{1,2}:\d\d[ \t]*$", re.MULTILINE)
#: a slide counter of a flattened photo gallery: "Hide Caption 3 of 8"
_COUNTER = re.compile(r"\b(\d{1,3}) of (\d{1,3})\b")
#: a run of capitalised words without punctuation: a flattened menu ("... Zambia Zimbabwe")
_MENU_WORDS = 21  # a headline has fewer capitalised words in a row
_CAPS_WORDS = r"(?:\b[A-Z][\w'’.\-]*[ \t]+(?:(?:and|of|the|da|de|du|la|le|del|et)[ \t]+)*)"
_CAPS_RUN = re.compile(_CAPS_WORDS + r"{2,}[A-Z][\w'’.\-]*")
_MENU_RUN = re.compile(_CAPS_WORDS + r"{%d,}[A-Z]" % (_MENU_WORDS - 1))
_MENU_GAP = 40  # pieces of one menu split by an item's punctuation ("Cote d'Ivoire")
_LIST_LINE_WORDS = 30


def furniture(text: str) -> list[tuple[int, int]]:
    """Ranges of ``text`` that are page furniture inside lines (see the module)."""
    words = _Words(text)
    out = []
    for match in _LINE_LABEL.finditer(text):
        end = match.end(1)
        line_end = text.find("\n", end)
        rest = text[end:len(text) if line_end < 0 else line_end]
        alone = not rest.strip()
        if words.label(match.group(1), alone=alone, shouted=_shouted(rest)):
            out.append(match.span(1))
    out.extend(m.span(1) for m in _STAMP.finditer(text))
    out.extend(_cards(text, words))
    out.extend(_galleries(text))
    out.extend(_videos(text))
    out.extend(m.span() for m in _TWEET.finditer(text))
    out.extend(_menus(text))
    out.extend(widgets(text))
    lead = _lead_label(text)
    if lead is not None:
        out.append(lead)
    return sorted(out)


class _Words:
    """Which words the article writes in lower case, and which it writes as names."""

    def __init__(self, text: str):
        self.text = text
        self._lower: set[str] | None = None

    @property
    def lower(self) -> set[str]:
        if self._lower is None:
            self._lower = set(re.findall(r"\b[a-z][a-z'’\-]+\b", self.text))
        return self._lower

    def common(self, word: str) -> bool:
        """Written in lower case somewhere (words of four letters or more: "US" is no "us")."""
        return len(word) >= 4 and word.lower() in self.lower

    def named(self, word: str, *, loosely: bool = False) -> bool:
        """Written capitalised after a lower-case word, a comma or a name: a name, not an opener.

        ``loosely``: written capitalised anywhere but at a line's or sentence's start or after
        a quote mark (""Attacker" is misspelled" names nobody).
        """
        return written_as_name(self.text, word[:1] + word[1:].lower(), loosely=loosely, boundary=True)

    def label(self, label: str, *, alone: bool = False, shouted: bool = False) -> bool:
        """Whether a shouted run opening a line is a label (``alone``: the whole line).

        A run ending in a colon may be a transcript's speaker ("CRUZ:", "AMY
        GOODMAN:"): it is a label only where the article never writes its
        words as names, and it is one word of four letters or more, or holds
        an ordinary word; or where the rest of the line is shouted too (a
        section's headline, "KELLY FILE: CLINTON ACCUSER SAYS ...": a speaker
        says something in lower case).
        """
        parts = [w.strip("'’-") for w in re.split(r"[ \t]+", label.rstrip(":")) if w]
        if label.endswith(":") and shouted:
            return True
        if label.endswith(":"):
            if any(self.named(w, loosely=True) for w in parts if w.lower() not in _SMALL):
                return False  # ("The" of "THE FACTS:" is written capitalised in any article)
            return any(self.common(w) for w in parts) or (len(parts) == 1 and len(parts[0]) >= 4)
        if any(self.named(w) for w in parts):
            return False
        return alone or any(self.common(w) for w in parts)


def _shouted(rest: str) -> bool:
    """Whether the words of a line's rest are in capitals (three or more, four in five)."""
    letters = re.findall(r"[^\W\d_]{2,}", rest)
    return len(letters) >= 3 and sum(w.isupper() for w in letters) * 5 >= len(letters) * 4


def _cards(text: str, words: _Words) -> list[tuple[int, int]]:
    out = []
    floor = 0
    for glue in _GLUE.finditer(text):
        if glue.start() < floor:
            continue
        line_end = text.find("\n", glue.end())
        line_end = len(text) if line_end < 0 else line_end
        limit = min(line_end, glue.end() + _CARD_SPAN)
        close = fallback = None
        for shout in _SHOUT.finditer(text, glue.end(), limit):
            if words.common(shout.group()):
                close = shout
                break
            if fallback is None and len(shout.group()) >= 4 and not words.named(shout.group(),
                                                                                   loosely=True):
                fallback = shout
        close = close or fallback
        if close is None:
            continue
        start = _card_start(text, glue)
        if start is not None:
            out.append((start, close.end()))
            floor = close.end()
    return out


def _galleries(text: str) -> list[tuple[int, int]]:
    """Lines of a flattened photo gallery: two or more slide counters in a row ("1 of 8",
    "2 of 8", ...), the captions between them."""
    out = []
    if len(_COUNTER.findall(text)) < 2:
        return out
    for line in re.finditer(r"[^\n]+", text):
        if line.group().count(" of ") < 2:
            continue
        counters = [(int(a), int(b)) for a, b in _COUNTER.findall(line.group())]
        if len(counters) >= 2 and len({b for _, b in counters}) == 1 \
                and [a for a, _ in counters] == list(range(counters[0][0],
                                                          counters[0][0] + len(counters))):
            out.append(line.span())
    return out


def _videos(text: str) -> list[tuple[int, int]]:
    """Lines of flattened video cards: a shouted run, a title that comes twice, a running time.

    >>> _videos("JUST WATCHED Could report lead to charges? Replay More Videos ... "
    ...         "MUST WATCH Could report lead to charges? 01:59\\nHe said: WE WILL WIN the vote at 10:30")
    [(0, 112)]
    """
    out = []
    for m in _VIDEO.finditer(text):
        title = m.group(1)
        if text.find(title, m.end(1), m.end()) >= 0:
            out.append((m.start() + len(m.group()) - len(m.group().lstrip()), m.end()))
    return out


def _menus(text: str) -> list[tuple[int, int]]:
    """A flattened menu or form: twenty-one capitalised words or more in a row, no punctuation
    ("... Yemen Zambia Zimbabwe Please"), with the runs of capitalised words a few characters
    from it on its line (the menu's items split by punctuation: "Cote d'Ivoire")."""
    first = _MENU_RUN.search(text)
    if first is None:
        return []
    line_start = text.rfind("\n", 0, first.start()) + 1
    groups: list[list[int]] = []  # [start, end, longest run]
    for m in _CAPS_RUN.finditer(text, line_start):
        start, end = m.span()
        words = len(m.group().split())
        last = groups[-1] if groups else None
        if last and start - last[1] <= _MENU_GAP and "\n" not in text[last[1]:start]:
            last[1], last[2] = end, max(last[2], words)
        else:
            groups.append([start, end, words])
    return [(start, end) for start, end, longest in groups if longest >= _MENU_WORDS]


def _card_start(text: str, glue: re.Match) -> int | None:
    """Where a card begins: after the article's own mention of the glued name, just before it.

    None where the name is not repeated: no card, a name written in camel case.
    """
    name = glue.group(1)
    line_start = text.rfind("\n", 0, glue.start()) + 1
    before = text[line_start:glue.start()]
    tokens = list(re.finditer(r"\S+", before))[-6:]
    for tok in reversed(tokens):
        word = re.sub(r"(?:['’]s?)?[,.]?$", "", tok.group())
        if name in (word, word.rsplit("-", 1)[-1]):  # "Ocasio-Cortez Ocasio-CortezOcasio-..."
            start = line_start + tok.end()
            while start < glue.start() and text[start] in " \t":
                start += 1
            return start
    return None


def _lead_label(text: str) -> tuple[int, int] | None:
    """A two-word label glued to the first of a list of short lines opening the body."""
    lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
    if len(lines) < 3:
        return None
    start, first = lines[0]
    match = _LEAD.match(first)
    if match is None or match.group(1).split()[1] in ("says", "was", "has", "is"):
        return None
    if not all(len(line.split()) <= _LIST_LINE_WORDS for _, line in lines[:3]):
        return None
    return start + match.start(1), start + match.end(1)
