"""The edges of a speaker phrase: what the parse hung on it that says when, where or how
rather than who (a phrase of time or place before it, a date, a relative word, a bracket
closed there), where it stops before the cue hanging on it, and a phrase of time closing
it."""

from __future__ import annotations


_DASHES = frozenset({"\u2014", "\u2013", "--"})
#: relations of a phrase set before a speaker that says when, where or how, not who
_ADJUNCTS = frozenset({"prep", "npadvmod", "tmod", "advmod", "advcl"})
#: adverbs of degree that belong to the phrase they open ("nearly half", "only two")
_DEGREE = frozenset({"nearly", "almost", "about", "around", "only", "just", "roughly",
                     "approximately", "some", "over", "under", "more", "less", "fewer",
                     "even", "not", "at", "least", "most", "all", "both", "also", "too"})


def _after_adjuncts(doc, head, lo: int) -> int:
    """The start of a speaker phrase after what the parser hung on it from the clause: a
    phrase of time, place or manner (``Just days before the vote, retired Gen. X``, ``In
    central Homs regime media``, ``Earlier the reporter``), a date (``13 Jun 2016 the
    Observatory``), the relative word of ``what activists said``, and a bracket closed
    there that it never opened (``(Reuters) Local officials``)."""
    hung = hung_clause(head)
    if hung is not None:
        lo = max(lo, hung + 1)  # "..., CDC officials said": the clause said is not who said it
    depth = 0
    for i in range(lo, head.i):
        depth += (doc[i].text == "(") - (doc[i].text == ")")
        if depth < 0 or doc[i].text in _DASHES and i > lo:
            lo, depth = i + 1, 0  # "(Reuters) Local officials", "KIEV, Ukraine — Ukraine's"
    for _ in range(6):
        start = lo
        t = doc[lo] if lo < head.i else None
        if t is None:
            break
        if _date_words(doc, lo, head.i) > lo:
            lo = _date_words(doc, lo, head.i)  # "13 Jun 2016 Syrian Observatory ..."
        elif (t.tag_ in ("WDT", "WP") or t.dep_ in ("mark", "cc")) and lo + 1 <= head.i:
            lo += 1  # "what activists said were air strikes", "that a deadline ..."
        elif t.ent_type_ in ("DATE", "TIME") and not head.ent_type_ in ("DATE", "TIME"):
            e = lo
            while e + 1 < head.i and doc[e + 1].ent_iob_ == "I":
                e += 1
            if e + 1 < len(doc) and doc[e + 1].lower_ in ("'s", "\u2019s"):
                break  # "Monday's statement"
            lo = e + 1
        elif _adjunct(_phrase_at(t, head), head, lo):
            lo = _phrase_at(t, head).right_edge.i + 1
        while lo < head.i and (doc[lo].is_punct or doc[lo].is_space):
            lo += 1
        if lo == start:
            break
    return lo


def hung_clause(head) -> int | None:
    """The index of the comma that closes a clause the parser hung as a modifier on the
    speaker noun ``head`` after it (``Up to 450 people have fallen ill and four have died,
    health officials said``): a verb of a tense with a subject of its own before ``head``;
    a modifier has none.  None when there is no such clause."""
    doc = head.doc
    for c in head.children:
        if c.i > head.i or c.dep_ not in ("amod", "acl", "nmod", "compound") \
                or c.tag_ not in ("VBN", "VBD", "VBZ", "VBP") \
                or not any(k.dep_ in ("nsubj", "nsubjpass") and k.i < c.i for k in c.children):
            continue
        end = c.right_edge.i if doc[c.right_edge.i].text == "," else c.right_edge.i + 1
        if end < head.i and doc[end].text == ",":
            return end
    return None


def _phrase_at(t, head):
    """The largest phrase below ``head`` that opens with ``t`` (``before`` of "Just days
    before the vote")."""
    while t.head.i != head.i and t.head.i != t.i and t.head.left_edge.i == t.left_edge.i:
        t = t.head
    return t


def _adjunct(t, head, lo: int) -> bool:
    """Whether the phrase of ``t`` opening a speaker phrase at ``lo`` says when, where or how
    (``Just days before the vote,``, ``Earlier``), not how many (``Nearly half of``)."""
    doc = t.doc
    return t.dep_ in _ADJUNCTS and t.head.i >= lo and t.right_edge.i < head.i \
        and t.lower_ not in _DEGREE and doc[t.left_edge.i].lower_ not in _DEGREE - {"just"} \
        and t.head.pos_ in ("NOUN", "PROPN") and doc[t.right_edge.i + 1].pos_ != "NUM"


_MONTHS = frozenset({
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december"})


def _date_words(doc, lo: int, end: int) -> int:
    """The end of a date written in numbers and a month's name that opens tokens ``[lo,
    end)`` (``13 Jun 2016``, ``September 5 2016``), or ``lo``."""
    i, month = lo, False
    while i < end and (doc[i].like_num or doc[i].lower_.rstrip(".") in _MONTHS
                       and doc[i].text[:1].isupper()):
        month = month or not doc[i].like_num
        i += 1
    return i if month and i - lo >= 2 else lo


#: relations of the words after a speaker's head that still name it (``X head of the
#: monitor``, ``Schumer, New York Democrat``), not a clause on it (``Trump breaking from``)
_NAMING = frozenset({"prep", "appos", "compound", "nummod", "amod", "punct", "conj", "cc",
                     "nmod", "npadvmod"})


def _before_cue(head, cue_tok) -> int:
    """The last token of a speaker phrase whose cue hangs on it (``Omar Haddad head of the
    Water Board disagreed with ...``): the head with the phrases after it that name it and
    end before the cue's own phrase, up to the first clause on it (``Some allies, looking
    for ways to ..., questioning``)."""
    hi = head.i
    stop = min(cue_tok.i, cue_tok.left_edge.i)
    for c in head.rights:
        if c.dep_ not in _NAMING or c.right_edge.i >= stop:
            break
        hi = c.right_edge.i
    doc = head.doc
    while hi > head.i and (doc[hi].is_punct and doc[hi].text != ")"
                           or doc[hi].pos_ in ("CCONJ", "ADP", "SCONJ")):
        hi -= 1
    return hi


def _time_adjunct(t) -> bool:
    """A phrase of time (``on Tuesday``, ``Monday``, ``last week``): a date or time
    preposition phrase, or a bare date noun phrase."""
    if t.dep_ == "prep":
        objs = [c for c in t.children if c.dep_ == "pobj"]
        return len(objs) == 1 and objs[0].ent_type_ in ("DATE", "TIME")
    return t.dep_ in ("npadvmod", "tmod") and t.ent_type_ in ("DATE", "TIME")


def _before_time(doc, head, hi: int) -> int:
    """The end of a speaker phrase before a phrase of time that closes it (``Iraqi news
    sources on Tuesday``, ``Reps. Collins and Hunter on Wednesday``): when it was said
    is no part of who said it."""
    for t in doc[head.i + 1:hi + 1]:
        if t.right_edge.i >= hi and _time_adjunct(t) and _on_name(t.head, head) \
                and t.left_edge.i > head.i:
            return t.left_edge.i - 1
    return hi


def _on_name(t, head) -> bool:
    """Whether ``t`` is the speaker's head or a name joined to it (``Collins and Hunter``,
    ``the director, James Comey``), not a word of a clause on it (``a poll released``)."""
    for _ in range(6):
        if t.i == head.i:
            return True
        if t.dep_ not in ("conj", "appos") or t.pos_ not in ("NOUN", "PROPN"):
            return False
        t = t.head
    return False


def _opened(toks) -> bool:
    """Whether ``toks`` leave a round bracket open."""
    depth = 0
    for t in toks:
        depth += (t.text == "(") - (t.text == ")")
    return depth > 0
