"""Whether an article writes a word capitalised as a name, not only as an opener.

"Cruz" after a lower-case word, a comma or an initial is a name ("said Cruz",
"J. Cruz"); "Attacker" opening a line, a sentence or a quote is not.  Used by the
furniture finder (:mod:`kg.ingest.furniture`) and the mention finders
(:mod:`kg.extract.textview`).  Each occurrence of the word is found with a plain
search and its left context read by hand: a pattern that opens with the context
tries every offset of the text and takes a millisecond an article.

>>> text = "Sen. Ted Cruz spoke. Cruz left.\\nAttacker fled, said J. Roe."
>>> written_as_name(text, "Cruz"), written_as_name(text, "Attacker")
(True, False)
>>> written_as_name(text, "Roe"), written_as_name(text, "Attacker", loosely=True)
(True, False)
>>> written_as_name("the hour. Left wing", "Left", loosely=True)
False
"""

from __future__ import annotations

import re


def written_as_name(text: str, title: str, *, loosely: bool = False, boundary: bool = False) -> bool:
    """Whether ``title`` (as written) occurs in ``text`` as a name.

    Strictly: after spaces or tabs that follow a lower-case letter, a comma or an
    initial. ``loosely``: anywhere but at the text's, a line's or a sentence's start
    or after a quote mark. ``boundary``: ``title`` must also start a word.
    """
    pattern = re.compile((r"\b" if boundary else "") + re.escape(title) + r"\b")
    before = _loose_before if loosely else _after_name_or_prose
    match = pattern.search(text)
    while match is not None:
        if before(text, match.start()):
            return True
        match = pattern.search(text, match.start() + 1)
    return False


def _after_name_or_prose(text: str, pos: int) -> bool:
    """Whether spaces or tabs before ``pos`` follow a lower-case letter, a comma or an
    initial ("J. Cruz")."""
    i = pos
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    if i == pos or i == 0:
        return False
    c = text[i - 1]
    if "a" <= c <= "z" or c == ",":
        return True
    return (c == "." and i >= 2 and "A" <= text[i - 2] <= "Z"
            and (i == 2 or not _word_char(text[i - 3])))


def _loose_before(text: str, pos: int) -> bool:
    """Whether ``pos`` is not the text's start, nor after a line break, a quote mark or a
    sentence's end and a space."""
    if pos == 0 or text[pos - 1] in "\n\"“‘'":
        return False
    return not (pos >= 2 and text[pos - 1] == " " and text[pos - 2] in ".:!?")


def _word_char(c: str) -> bool:
    """What ``\\w`` matches in a str pattern."""
    return c.isalnum() or c == "_"
