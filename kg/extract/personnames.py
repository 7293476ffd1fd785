"""Persons' names the recognizer missed, cut short or took for something else, told by the
words around them.

* :func:`cut_name` — a name cut before its last word (``Sheikh Jane Roe Doe a religious
  leader``);
* :func:`role_follows` — a name a role follows without commas (``Jane Roe the head of the
  agency said``);
* :func:`titled_names` — a first name and a surname left unlabelled at the end of a
  capitalised title (``Assistant Attorney General for National Security Jane Roe``);
* :func:`described_names` — two or three capitalised words left unlabelled that a role
  describes, set off by a comma (``Jane Roe, director of the program, said``).
"""

from __future__ import annotations

from ..model import Mention
from .textview import View, covered


def cut_name(span, view: View):
    """A person's name the recognizer cut before its last word (``Sheikh Mohammed Reda``
    of ``Sheikh Mohammed Reda Hatem a religious leader``): the span with the capitalised word
    after it that its words modify as a compound, unlabelled, written nowhere in lower case
    and followed by no capitalised word."""
    doc = span.doc
    k = span.end
    if k >= len(doc) or span.root.head.i != k or span.root.dep_ != "compound":
        return span
    nxt = doc[k]
    if nxt.ent_type_ or nxt.pos_ != "PROPN" or not nxt.is_title or not nxt.is_alpha \
            or len(nxt) < 3 or nxt.lower_ in view.common or k + 1 < len(doc) and (
                doc[k + 1].text[:1].isupper() or doc[k + 1].text in ("'s", "\u2019s")):
        return span
    return doc[span.start:k + 1]


def cut_front(span, view: View):
    """A person's name the recognizer cut after its first word (``Tsarnaev`` of ``Anzor
    Tsarnaev, who maintained ...``): the one-word span with the capitalised word right
    before it that modifies it as a compound, unlabelled, a proper noun to the tagger,
    written nowhere in lower case, no title or honorific, and opening its sentence or set
    after a word in lower case or a mark."""
    from ..name_forms import TITLES as HONORIFICS
    from .speakerwords import TITLES

    doc = span.doc
    k = span.start - 1
    if k < 0 or len(span) != 1:
        return span
    prev = doc[k]
    if prev.ent_type_ or prev.pos_ != "PROPN" or not prev.is_title or not prev.is_alpha \
            or len(prev) < 3 or prev.head.i != span[-1].i or prev.dep_ != "compound" \
            or prev.lower_ in view.common or prev.lower_ in TITLES \
            or prev.lower_ in HONORIFICS:
        return span
    if k > prev.sent.start and doc[k - 1].is_alpha and doc[k - 1].text[:1].isupper():
        return span  # ("Senate Majority Leader Kim": a longer capitalised run)
    return doc[k:span.end]


def role_follows(span) -> bool:
    """Whether a person's role follows a name of two or three capitalised words right away,
    in a text without commas (``Jane Roe the head of the agency said``): the name's
    appositive, opened by an article, headed by a role noun; a title in quotes is none."""
    from .speakerwords import GENERIC_PERSON, TITLES

    doc = span.doc
    if not 2 <= len(span) <= 3 or not all(t.is_alpha and t.is_title for t in span) \
            or span.start > 0 and doc[span.start - 1].text in ("\u201c", "'", "\u2018") \
            or span.end < len(doc) and doc[span.end].is_quote:
        return False
    return any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.left_edge.i == span.end
               and c.left_edge.lower_ in ("the", "a", "an")
               and c.lemma_.lower() in TITLES | GENERIC_PERSON for c in span.root.children)


def speaking_name(span) -> bool:
    """Whether a name of two or three capitalised words that the recognizer took for a work's
    title is a person who speaks: a first name that tells a gender opens it, no quote mark is
    beside it, and ``, who`` or a verb of saying follows it or ``said`` comes right before it
    (``Ivo Daalder, who was ambassador to NATO, said``)."""
    from .speakerwords import first_name_gender

    doc = span.doc
    if not 2 <= len(span) <= 3 or not all(t.is_alpha and t.is_title for t in span) \
            or first_name_gender(span[0].lower_) is None \
            or span.start > 0 and doc[span.start - 1].text in ("\u201c", "\u2018") \
            or span.end < len(doc) and doc[span.end].is_quote:
        return False  # (a quote closing before the name is what the name said)
    after = doc[span.end:span.end + 2]
    if len(after) == 2 and after[0].text == "," and after[1].lower_ == "who":
        return True
    if len(after) and after[0].lemma_.lower() in _SAYING:
        return True
    return span.start > 0 and doc[span.start - 1].lemma_.lower() in _SAYING


#: verbs of saying beside a speaker's name
_SAYING = frozenset({"say", "tell", "add", "write", "note", "argue"})


def titled_names(doc, ms: list[Mention], view: View, sidx) -> list[Mention]:
    """A first name and a surname the recognizer left unlabelled at the end of a capitalised
    title (``Assistant Attorney General for National Security Jane Roe said``): a person.
    The title holds a role word; the surname is written nowhere in lower case and no
    capitalised word follows it.  A first name of no table is one too right after a role
    word (``House Democratic Whip Steny Hoyer``), if the tagger takes both words for names."""
    from .speakerwords import FIRST_NAMES, TITLES

    taken = covered(ms)
    common = view.common
    out = []
    for tok in doc[1:len(doc) - 1]:
        last = doc[tok.i + 1]
        if not tok.is_title or not last.is_title \
                or not last.is_alpha or len(last) < 3 or tok.ent_type_ or last.ent_type_ \
                or last.lower_ in common or last.lower_ in FIRST_NAMES or tok.idx in taken \
                or last.idx in taken:
            continue
        after = doc[tok.i + 2] if tok.i + 2 < len(doc) else None
        if after is not None and (after.text[:1].isupper() or after.text in ("'s", "\u2019s")):
            continue
        first = tok.lower_ in FIRST_NAMES
        if not first and not (tok.pos_ == last.pos_ == "PROPN" and tok.lower_ not in common):
            continue
        title = []
        k = tok.i - 1
        while k >= tok.sent.start and (doc[k].is_title or doc[k].lower_ in ("of", "for")
                                       and title):
            title.append(doc[k])
            k -= 1
        if not title or not title[0].is_title or not any(
                t.is_title and t.lower_ in TITLES for t in title) or title[0].i == tok.sent.start \
                and len(title) == 1:
            continue
        if not first and title[0].lower_ not in TITLES:
            continue  # (a first name of no table only right after the role word: "Whip X")
        if view.furniture(tok.idx):
            continue
        out.append(Mention(start=tok.idx, end=last.idx + len(last.text),
                           text=doc[tok.i:tok.i + 2].text, sentence=sidx[tok.i],
                           label="PERSON", kind="Person"))
    return out


def _role(tok) -> bool:
    """Whether ``tok`` heads a description of a person by role: ``director of ...``,
    ``a senior analyst``, ``one of the organizers``."""
    from .speakerwords import GENERIC_PERSON, TITLES, norm_word

    roles = TITLES | GENERIC_PERSON
    if tok.pos_ == "NOUN" and tok.tag_ == "NN":
        return norm_word(tok.lemma_) in roles
    if tok.lower_ == "one":  # "one of the organizers of the event"
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None \
            else None
        return obj is not None and obj.tag_ == "NNS" and (
            norm_word(obj.lemma_) in roles or obj.lemma_.lower().endswith(("er", "or", "ist"))
            and len(obj.lemma_) > 5)
    return False


_HYPHENS = frozenset({"-", "\u2010", "\u2011"})


def _name_start(doc, tok) -> int:
    """Where the name ending at ``tok`` starts: the proper nouns set before it as its
    compounds, over a hyphen inside a word (``Daveed Gartenstein-Ross``)."""
    first = tok.i
    lo = tok.sent.start
    while first > lo:
        prev = doc[first - 1]
        if prev.dep_ == "compound" and prev.head.i == tok.i and prev.pos_ == "PROPN":
            first -= 1
        elif prev.text in _HYPHENS and not prev.whitespace_ and first - 2 >= lo \
                and not doc[first - 2].whitespace_ and doc[first - 2].pos_ == "PROPN" \
                and doc[first - 2].head.i == tok.i:
            first -= 2
        else:
            break
    return first


def described_names(doc, ms: list[Mention], view: View, sidx) -> list[Mention]:
    """Two or three capitalised words the recognizer left unlabelled whose appositive, set
    off by a comma, is a role (``Jane Roe, director of the program, said``, ``Jane Mary
    Roe, one of the organizers``): a person.  None of the words is written in lower case
    anywhere in the article, a title or a first word of a longer capitalised run."""
    from .speakerwords import TITLES, norm_word

    taken = covered(ms)
    common = view.common
    out = []
    for tok in doc:
        if tok.pos_ != "PROPN" or tok.ent_type_ or tok.i + 1 >= len(doc) \
                or doc[tok.i + 1].text != "," or not any(
                    c.dep_ == "appos" and c.i > tok.i + 1 and _role(c) for c in tok.children):
            continue
        first = _name_start(doc, tok)
        name = doc[first:tok.i + 1]
        words = [t for t in name if t.text not in _HYPHENS]
        if not 2 <= len(words) <= 3 or first > tok.sent.start and (
                doc[first - 1].is_title and doc[first - 1].is_alpha
                and doc[first - 1].i != tok.sent.start):
            continue
        if any(t.ent_type_ or not t.is_alpha or not t.is_title or len(t) < 2
               or t.lower_ in common or norm_word(t.lower_) in TITLES or t.idx in taken
               for t in words) or view.furniture(name[0].idx):
            continue
        out.append(Mention(start=name[0].idx, end=tok.idx + len(tok.text), text=name.text,
                           sentence=sidx[tok.i], label="PERSON", kind="Person"))
    return out


__all__ = ["cut_front", "cut_name", "described_names", "role_follows", "titled_names"]
