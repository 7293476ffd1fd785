"""The reason a source gives for staying unnamed is nobody's claim.

News names its unnamed sources with a stock clause: ``who asked not to be named
discussing internal party dynamics``, ``speaking on condition of anonymity to discuss
the talks``, ``because they were not authorized to discuss the matter``, ``who spoke
anonymously to describe private conversations``.  The verbs in it (*ask*, *discuss*,
*describe*, *name*) look like cues, but nothing was said: they tell why the speaker is
not named.

>>> import spacy
>>> nlp = spacy.blank("en")
>>> explains_anonymity(nlp("said")[0])
False
"""

from __future__ import annotations

#: verbs whose negated passive withholds a name or a permission ("not to be named",
#: "not authorized to discuss", "not cleared to speak")
_WITHHOLDING = frozenset({"name", "identify", "quote", "authorize", "permit", "allow",
                          "clear", "empower"})
#: relations along which a verb hangs on the clause it explains
_UP = frozenset({"xcomp", "advcl", "acl", "ccomp", "relcl"})


def _withheld(v) -> bool:
    """``named`` of "not to be named", ``authorized`` of "were not authorized"."""
    kids = list(v.children)
    return v.lemma_.lower() in _WITHHOLDING and any(c.dep_ == "neg" for c in kids) \
        and any(c.dep_ == "auxpass" for c in kids)


def _anonymous(v) -> bool:
    """``spoke`` of "spoke anonymously" or "spoke on condition of anonymity"."""
    for c in v.children:
        if c.lower_ == "anonymously":
            return True
        if c.dep_ == "prep" and any(d.lower_ == "anonymity" for d in c.subtree):
            return True
    return False


def explains_anonymity(tok) -> bool:
    """Whether the verb ``tok`` belongs to the clause telling why a source is not named:
    it asks not to be named (``asked not to be named``), is the withheld name or
    permission itself, or hangs on one (``not authorized to discuss``) or on a verb said
    anonymously (``spoke on condition of anonymity to discuss``)."""
    if any(c.dep_ == "xcomp" and _withheld(c) for c in tok.children):
        return True
    t = tok
    for _ in range(3):
        if _withheld(t) or (t is not tok and _anonymous(t)):
            return True
        if t.dep_ not in _UP or t.head.i == t.i or any(
                c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            break  # "because she feared her employer would ...": a clause of its own
        t = t.head
    return False


__all__ = ["explains_anonymity"]
