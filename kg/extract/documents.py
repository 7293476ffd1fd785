"""Documents as speakers: ``the report``, ``the statement``, speaking for their issuer.

:func:`owner`, over a :class:`kg.extract.speakers.Resolver`, gives the entity a
document speaker speaks for, or ``None``: whoever the article gave that document
to (``X said in a report``, ``a report by X``, ``X's statement``, ``the Islamic
State document``, ``the military statement``), also where it spoke of the same
document before (``a Gallup poll ... the survey``); else, for ``the statement``,
the body that spoke last, for ``the report``, the actor that last reported or the
outlet whose report the article retells; ``the paper said`` is a body's description
(:func:`kg.extract.descriptions.body`).
"""

from __future__ import annotations

from .descriptions import body, sentence_before
from .introductions import _SPOKESPEOPLE
from .cuewords import SPEECH_VERBS
from .speakerwords import BODIES, DOCUMENTS

#: verbs of putting out a document: their subject or agent issued it
_ISSUE = frozenset({"release", "publish", "issue", "produce", "compile", "commission", "write",
                    "prepare", "submit", "send", "file", "unveil", "post", "author", "draft",
                    "provide"})
_OWNER_PREPS = frozenset({"by", "from", "of", "in"})  # "a report in al-Monitor"


def _phrase(tok):
    """The words of ``tok``'s noun phrase, without the clauses hung on it."""
    out, todo = [], [tok]
    while todo:
        t = todo.pop()
        out.append(t)
        todo.extend(c for c in t.children if c.dep_ not in ("relcl", "acl", "advcl", "ccomp"))
    return sorted(out, key=lambda t: t.i)


#: documents that measure their subject ("Clinton leads in a new poll")
_MEASURES = frozenset({"poll", "polls", "survey", "polling"})


#: who issues a document for someone else (``X's spokeswoman provided a statement``)
_SPEAKS_FOR = frozenset({"spokesman", "spokeswoman", "spokesperson", "office", "campaign",
                         "press", "spokespeople"})


#: verbs by which a batch of documents holds one
_HOLD = frozenset({"include", "contain"})


def _held_in(r, tok) -> str | None:
    """Who issued the batch a document that says no issuer of its own is in (``X's latest
    release of files includes a summary of ...``): the batch's issuer."""
    up = tok.head
    if tok.dep_ != "dobj" or up.lemma_.lower() not in _HOLD or any(
            c.dep_ in ("poss", "compound") or c.dep_ == "prep" and c.lower_ in ("by", "from")
            for c in tok.children):
        return None
    subj = next((c for c in up.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lemma_.lower() == tok.lemma_.lower():
        return None
    return _issuer(r, subj)


#: a person's own staff, who issue documents in the person's name
_OFFICES = frozenset({"office", "campaign"})


def _office_owner(r, office) -> str | None:
    """The person whose office ``office`` is, by its possessive (``her office``,
    ``Macron's office``), else None."""
    poss = next((p for p in office.children if p.dep_ == "poss"), None)
    if poss is None:
        return None
    if poss.lower_ in ("his", "her"):
        return r.pronoun(poss)
    ent = r.entity_at(poss)
    return ent.key if ent is not None and ent.broad == "Person" else None


def _issuer(r, tok) -> str | None:
    """Who issued the document ``tok``: ``X's report``, ``a report by X``, ``the Islamic
    State document``, ``X said in a report``, ``X's files include a summary``."""
    held = _held_in(r, tok)
    if held is not None:
        return held
    for c in tok.children:
        if c.dep_ in ("poss", "compound", "nmod") or (
                c.dep_ == "prep" and c.lower_ in _OWNER_PREPS):
            targets = [c] if c.dep_ != "prep" else [p for p in c.children if p.dep_ == "pobj"]
            for t in targets:
                if c.lower_ == "of" and t.lemma_.lower() in DOCUMENTS and t.i > tok.i:
                    part = _issuer(r, t)  # "the summary of her testimony": the testimony's
                    if part is not None:
                        return part
                if c.dep_ == "poss" and t.lower_ in ("his", "her"):
                    return r.pronoun(t)  # "his remarks": the person just named
                ent = r.entity_at(t)
                if ent is None and c.dep_ == "poss" and t.pos_ == "PROPN":
                    ent = r.by_surname(t)  # "Coburn's report", "Coburn" left unrecognized
                if ent is None and c.dep_ == "prep" and t.lemma_.lower() in _OFFICES:
                    owner = _office_owner(r, t)
                    if owner is not None:  # "a statement from her office": hers
                        return owner
                if ent is None or ent.broad == "Place":
                    # "from chief Istanbul prosecutor Irfan Fidan's office": its actor, not
                    # one in a clause on it ("from the Embassy that wrote to the White House")
                    ent = next((e for e in map(r.entity_at, _phrase(t))
                                if e is not None and e.broad != "Place"), None)
                if ent is not None and ent.broad != "Place":
                    return ent.key
    for c in tok.children:  # "a report released by X"
        if c.dep_ == "acl" and c.lemma_.lower() in _ISSUE:
            for a in c.children:
                if a.dep_ == "agent":
                    for p in a.children:
                        ent = r.entity_at(p)
                        if ent is not None and ent.broad != "Place":
                            return ent.key
    up = tok.head
    if tok.dep_ == "dobj" and up.lemma_.lower() in _ISSUE:  # "X released a report"
        for c in up.children:
            if c.dep_ == "nsubj":
                ent = r.entity_at(c)
                if ent is not None and ent.broad != "Place":
                    return ent.key
                if ent is None and c.lemma_.lower() in _SPEAKS_FOR:
                    # "Pence's spokeswoman provided a statement": whom she speaks for
                    return r.resolve(c, c.left_edge.idx, c.right_edge.idx + len(c.right_edge))
    if tok.dep_ == "pobj" and up.dep_ == "prep" and up.lower_ == "in" and any(
            c.dep_ == "poss" for c in tok.children):
        ent = r.entity_at(up.head)  # "CNN in its article, ..." (not "linked to ISIS in a tweet")
        if ent is not None and ent.broad != "Place":
            return ent.key
    if tok.dep_ == "pobj" and up.dep_ == "prep" and up.head.pos_ in ("VERB", "AUX") and not (
            tok.lemma_.lower() in _MEASURES and up.head.lemma_.lower() not in _ISSUE
            and up.head.lemma_.lower() not in SPEECH_VERBS):
        # (not "he paid no penalty in the polls": whom a poll measures did not take it)
        for c in up.head.children:  # "X said in a report that ..."
            if c.dep_ in ("nsubj", "nsubjpass"):
                ent = r.entity_at(c)
                if ent is None:
                    ent = next((r.entity_at(k) for k in c.subtree if r.entity_at(k)), None)
                if ent is not None and ent.broad != "Place":
                    return ent.key
                if ent is None:  # "the group said in a statement": who "the group" was
                    a, b = c.left_edge.idx, c.right_edge.idx + len(c.right_edge)
                    return next((said.key for said in reversed(r._said)
                                 if a <= said.pos < b and said.key is not None), None)
    return None


def issued_before(r, head):
    """The document ``it`` stands for where the sentence before put one out as the object of
    its main verb (``Mattis issued a brief statement ... It said: "..."``), in the same
    paragraph or the one before; None where that sentence puts out no such document, or
    two.  Its issuer is :func:`issuer_of` it."""
    prev = sentence_before(r, head) if head.lower_ == "it" else None
    if prev is None:
        return None
    root = prev.root
    found = [t for t in root.children if t.dep_ == "dobj" and t.tag_ == "NN"
             and t.lemma_.lower() in DOCUMENTS and not r.in_quote(t)]
    return found[0] if root.lemma_.lower() in _ISSUE and len(found) == 1 else None


def issuer_of(r, tok) -> str | None:
    """Who issued the document ``tok`` (``X's report``, ``a report by X``, ``X released a
    report``, ...), or None where the article does not say or names no actor."""
    return _issuer(r, tok)


def _issuing_body(r, tok, window: int) -> str | None:
    """The body a document is said to be of by a body's noun before it (``the military
    statement``, ``a ministry statement``): the organization that noun stands for."""
    for c in tok.children:
        if c.dep_ in ("compound", "amod") and c.i < tok.i and c.lemma_.lower() in BODIES \
                and r.entity_at(c) is None:
            return body(r, c, tok.idx, window)
    return None


#: documents spoken of by one name and then another ("a Gallup poll ... the survey")
_FAMILIES = (frozenset({"poll", "survey"}), frozenset({"statement", "communique", "release"}),
             frozenset({"email", "e-mail", "mail", "message"}))


def _family(lemma: str) -> frozenset[str]:
    return next((f for f in _FAMILIES if lemma in f), frozenset({lemma}))


def owner(r, head, pos: int, window: int) -> str | None:
    """The entity a document speaker (``the report``, ``a statement from X``, ``the
    military statement``) speaks for."""
    key = _issuer(r, head) or _issuing_body(r, head, window)
    if key is not None:
        return key
    its = next((t for t in head.children if t.dep_ == "poss" and t.lower_ == "its"), None)
    if its is not None:  # "The Pentagon released a report. Its statement said": the body's
        return body(r, its, pos, window)
    lemma = head.lemma_.lower()
    dets = {t.lower_ for t in head.children if t.dep_ == "det"}
    if not dets and head.i and r.doc[head.i - 1].tag_ == "DT":
        # "According to the statement missile attacks ...", its comma lost: the parser hung
        # the article on the noun after it
        dets = {r.doc[head.i - 1].lower_}
    if dets & {"the", "this", "that"}:
        doc = r.doc
        for i in range(head.i - 1, -1, -1):  # the last time the article spoke of it
            t = doc[i]
            if t.lemma_.lower() in _family(lemma) and t.pos_ == "NOUN" and not r.in_quote(t):
                found = _issuer(r, t) or _issuing_body(r, t, window)
                if found is not None:
                    return found
    if lemma in _family("statement") and dets & {"the", "this"}:
        # "The coalition said ... its spokesman said ... the statement said": the body
        key = _last_body_said(r, pos, window)
        if key is not None:
            return key
    if lemma in ("report", "reporting") and dets & {"the", "this"}:
        # "SANA reported that ... The report said": who just reported
        key = _last_reporter(r, head, window)
        if key is not None:
            return key
    if lemma in _POSTED and dets & {"the", "this"} and head.is_lower:
        # "Trump wrote. ... The tweet ran counter to ...": who just tweeted or wrote
        key = _last_reporter(r, head, window, _POSTING)
        if key is not None:
            return key
    if lemma in ("report", "reporting") and dets & {"the", "a", "an", "this"}:
        # "according to a report on Monday ... Krach told Reuters": the story retold
        from .namedlater import reporting_outlet

        return reporting_outlet(r)
    if lemma in BODIES and dets & {"the", "this", "that"}:  # "the paper said": a newspaper
        return body(r, head, pos, window)
    return None


def _last_body_said(r, pos: int, window: int) -> str | None:
    """The organization that spoke last before ``pos`` within the window, past its
    spokespeople: the body whose statement an unintroduced ``the statement`` is; ``None``
    when an unnamed speaker or another person spoke since."""
    para = r.para_of(pos)
    titles = r.titles()
    for said in reversed(r._said):
        if said.pos >= pos:
            continue
        if para - said.paragraph > window or said.key is None:
            return None
        ent = r.entities.get(said.key)
        if ent is None:
            return None
        if ent.broad == "Organization":
            return said.key
        if ent.broad != "Person" or not titles.get(said.key, set()) & _SPOKESPEOPLE:
            return None
    return None


#: documents one posts, and the verbs of posting them
_POSTED = frozenset({"tweet", "post"})
_POSTING = frozenset({"tweet", "retweet", "post", "write"})


def _last_reporter(r, head, window: int, verbs=frozenset({"report"})) -> str | None:
    """The actor that last ``reported`` (its subject; or did another of ``verbs``) in the
    sentences before ``head``, within the window: ``the report`` it put out."""
    doc = r.doc
    sent = r.sent_of_token(head.i)
    for i in range(head.i - 1, -1, -1):
        if sent - r.sent_of_token(i) > window * 2:
            break
        t = doc[i]
        if t.lemma_.lower() in verbs and t.pos_ == "VERB" and not r.in_quote(t):
            for c in t.children:
                if c.dep_ == "nsubj":
                    ent = r.entity_at(c)
                    return ent.key if ent is not None and ent.broad != "Place" else None
    return None


__all__ = ["owner", "issued_before", "issuer_of"]
