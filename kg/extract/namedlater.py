"""A source introduced unnamed and named further on in the article.

A news story often opens with its source unnamed (``A monitoring group said a child was
among at least eight people killed in government shelling on Douma``) and names it where
it tells the same again (``at least eight people were killed ... in government shelling
on Douma, the British-based Observatory said``).  :func:`named_later` gives such an
indefinite description of a body the one organization named in a later sentence that
repeats what it said: several of the same content words, most of those it said; or the
one the very next sentence gives as its source when it tells more of the same news
(a content word in common) and is of the description's kind; or, with no word in common, a
plain organization (no government, army, armed group or news outlet) that says something in
one of the next two sentences, unless someone else speaks in the first of them (``... a
monitoring group said. Of the dead six were children. Dozens more were wounded, the Syrian
Observatory for Human Rights said``).  A description of a body that watches and reports
(``a monitoring group``, ``a Britain-based monitor``) is only ever such a body, one whose
name says it watches (an observatory, a watch, rights), and :func:`first_watcher` gives one
at the article's opening the first such body the article then gives as a source, however
far on; :func:`watcher_before` gives ``the monitoring group`` the one such body that spoke
before it.

:func:`described_again` gives a person's description the name the article sets off after
the same words further on (``Egypt's Cabinet chief says ...``, then ``Egypt's Cabinet chief,
Jane Roe, said``).

:func:`reporting_outlet` gives a report no one is said to have issued (``according to a
report on Monday``) to the one news organization the article's people spoke to (``...,
Keith Krach told Reuters``): the story it retells.
"""

from __future__ import annotations

import re

from .bodyfit import _nation_of_words, fits, named, nation
from .speakerwords import BODIES, DOCUMENTS
from .textview import doc_text

NEXT_SENTENCES = 2  # sentences after the description whose source may be the one it was
SENTENCES_AHEAD = 15  # sentences after the description that may tell the same again
MIN_SHARED = 3  # content words a later sentence must repeat
MIN_SHARE = 0.4  # ... and at least this share of those the description's sentence said
_INDEFINITE = frozenset({"a", "an", "one"})


def _content(tokens, skip: set[int]) -> set[str]:
    """Lemmas of the nouns, names and numbers of ``tokens`` outside ``skip``."""
    return {t.lemma_.lower() for t in tokens if t.i not in skip and (
        t.like_num or t.pos_ in ("NOUN", "PROPN") and not t.is_stop) and t.ent_type_ not in (
            "DATE", "TIME", "ORDINAL")}


def _source(doc, m) -> bool:
    """Whether the mention ``m`` is where its sentence gives its source: the subject of a
    clause or a name right before a verb (``the Observatory said``), or after ``according
    to``."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    if root.dep_ in ("nsubj", "nsubjpass") or span.end < len(doc) and doc[span.end].pos_ == "VERB":
        return True  # "..., the Observatory said", however the parser hung the name
    if _speaker_of_saying(root):
        return True  # "... said Rami Abdel Rahman, director of the Observatory"
    if _before_saying(doc, span):
        return True  # "the director of the Observatory Rami Abdel Rahman said"
    return _according_to(root)


def _says(doc, m) -> bool:
    """Whether the mention ``m`` is the one who says something in its sentence: the subject
    of a verb of saying, a name right before one, or after ``according to``."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    return _speaker_of_saying(root) or _before_saying(doc, span) or _according_to(root)


def _according_to(tok) -> bool:
    """Whether ``tok`` is the object of ``according to``."""
    up = tok.head
    return tok.dep_ == "pobj" and up.lower_ == "to" and up.i > 0 \
        and tok.doc[up.i - 1].lower_ == "according"


def _speaker_of_saying(tok) -> bool:
    """Whether ``tok`` is the subject of a verb of saying or inside that subject's phrase
    (``said Rami Abdel Rahman director of the Observatory``: the Observatory's)."""
    for _ in range(5):
        if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _SAYING:
            return True
        if tok.dep_ not in ("pobj", "prep", "appos", "compound", "conj") or tok.head is tok:
            return False
        tok = tok.head
    return False


_SAYING = frozenset({"say", "tell", "report", "add", "state"})
_SPEAKER_WORDS = frozenset({"PROPN", "NOUN", "ADJ", "DET", "ADP"})
SPEAKER_REACH = 6  # words of a speaker's phrase that may follow the name before its verb


def _before_saying(doc, span) -> bool:
    """Whether the name ``span`` is in the speaker's phrase right before the verb of saying
    that closes its sentence, only names and nouns between (``the director of the
    Observatory Rami Abdel Rahman said.``), however the parser hung the phrase."""
    sent_end = span.sent.end
    for i in range(span.end, min(span.end + SPEAKER_REACH + 1, sent_end)):
        t = doc[i]
        if t.pos_ == "VERB":
            rest = [x for x in doc[i + 1:sent_end] if not x.is_punct and not x.is_space]
            return t.lemma_.lower() in _SAYING and len(rest) <= 3
        if t.pos_ not in _SPEAKER_WORDS:
            return False
    return False


def named_later(r, head) -> str | None:
    """The organization an indefinite description of a body (``a monitoring group``,
    ``a rights group``) turns out to be: the one organization named in a later sentence
    that says again what its own sentence said, giving it as its source (its subject,
    ``according to`` it), fitting the description's noun, and not named before it (one named already would not be introduced as ``a group``)."""
    noun = head.lemma_.lower()
    dets = {t.lower_ for t in head.children if t.dep_ == "det"}
    common = head.pos_ == "NOUN" and head.tag_ == "NN" or head.is_upper and head.tag_ == "NNP"
    if not common or noun not in BODIES or not dets & _INDEFINITE:  # "a monitor", "an NGO"
        return None
    doc = r.doc
    sent = head.sent
    said = _content(sent, {t.i for t in head.subtree})
    if len(said) < MIN_SHARED:
        return None
    k = sent.end
    near = 0  # the next sentences of other words than the description's own
    for _ in range(SENTENCES_AHEAD):
        if k >= len(doc):
            return None
        later = doc[k].sent
        k = later.end
        if later.text.strip() == sent.text.strip():
            continue  # the same sentence printed twice
        shared = said & _content(later, set())
        if near < NEXT_SENTENCES:
            near += 1
            # the next sentence's source, telling more of the same news; or, with no
            # word in common, in one of the next two, a body of no other kind than a
            # plain organization ("... a monitoring group said. Of those killed six were
            # children. Dozens more were wounded, the Syrian Observatory ... said")
            key = _next_source(r, head, noun, later, plain=near > 1 or not shared)
            if key is not None:
                return key
            if any(t.dep_ == "nsubj" and t.head.lemma_.lower() in _SAYING for t in later):
                near = NEXT_SENTENCES  # "... The army said ...": another source spoke next
        if len(shared) < MIN_SHARED or len(shared) < MIN_SHARE * len(said):
            continue
        orgs = {ent.key: ent for m, ent in r.mentions_in(later.start_char, later.end_char)
                if fits(ent, noun) and _source(doc, m)}
        if len(orgs) != 1:
            return None
        ent = next(iter(orgs.values()))
        if any(m.start < head.idx for m in ent.mentions):
            return None
        return ent.key
    return None


def described_again(r, head, start: int, end: int) -> str | None:
    """The person an article names where it writes the speaker phrase ``[start, end)`` again
    word for word, the name set off after it (``Egypt's Cabinet chief says ...`` and later
    ``Egypt's Cabinet chief, Mohamed Refaa al-Tahtawi, said``); else None.  The phrase holds
    a capitalised word past its first (a named body or place) and two words or more, and
    the article names one person so."""
    text = doc_text(r.doc)
    phrase = text[start:end]
    words = phrase.split()
    if head.pos_ != "NOUN" or len(words) < 2 or not any(w[:1].isupper() for w in words[1:]):
        return None
    found = set()
    for hit in re.finditer(re.escape(phrase), text, re.IGNORECASE):
        after = hit.end()
        if hit.start() != start and text[after:after + 2] == ", ":
            for m, ent in r.mentions_in(after + 2, after + 3):
                if ent.broad == "Person" and m.start == after + 2:
                    found.add(ent.key)
    return next(iter(found)) if len(found) == 1 else None


def _next_source(r, head, noun: str, later, *, plain: bool = False) -> str | None:
    """The organization the sentence right after an indefinite description of a body
    gives as its source, telling more of the same news (``Six people were killed in
    the city, a monitor said.  Four of them were children, the Syrian Observatory for
    Human Rights said.``): the one such organization, of the description's kind (no
    state body or news outlet for ``a monitor``, ``a group``) and not named before;
    ``plain``: only an organization of no kind of its own (no government, army, armed group
    or news outlet) that says something there, and only for a description of no kind
    (``a monitor``, ``a group``)."""
    found = {}
    for m, ent in r.mentions_in(later.start_char, later.end_char):
        if fits(ent, noun) and (_says(r.doc, m) if plain else _source(r.doc, m)):
            found[ent.key] = ent
    if len(found) != 1:
        return None
    ent = next(iter(found.values()))
    if _watching(head) and not _watcher(ent):
        return None  # "a monitoring group said ... The United Nations said": no monitor
    kind = BODIES.get(noun, "")
    if plain and (kind or ent.kind != "Organization"):
        return None
    if ent.kind != kind and not named(ent, noun) and ent.kind in _NOT_ANY:
        return None  # "a monitor said ... The army said": not the army
    if any(m.start < head.idx for m in ent.mentions):
        return None
    return ent.key


#: words of a body that watches and reports, as or before its noun (``a monitoring group``,
#: ``a Britain-based monitor``, ``a rights group``)
_WATCHING = frozenset({"monitor", "monitoring", "watchdog", "observatory", "rights"})
#: words of a watching body's own name (``Syrian Observatory for Human Rights``, ``Human
#: Rights Watch``, ``Violations Documentation Center``)
_WATCH_NAMES = frozenset({"observatory", "watch", "monitor", "monitoring", "rights",
                          "documentation", "observers"})


#: other words a description of a watching body may hold and still say no more of which
#: one it is (``the Britain-based war monitoring group``, ``a human rights monitor``)
_WATCH_PLAIN = frozenset({"war", "human", "independent", "opposition", "based"})


def _watching(head) -> bool:
    """Whether the description headed by ``head`` is of a body that watches and reports."""
    words = {head.lemma_.lower()} | {c.lower_ for c in head.children
                                     if c.dep_ in ("compound", "amod") and c.i < head.i}
    return bool(words & _WATCHING)


def _plain_watching(head) -> bool:
    """Whether the description headed by ``head`` is of a watching body and says no more
    of which one it is: no name of its own (``The DeirEzzor 24 monitoring group``), no
    words of another field (``the global chemical arms watchdog``), no others joined to it
    (``a monitor and rebels``)."""
    if not _watching(head) or any(c.dep_ == "conj" for c in head.children):
        return False
    for c in head.children:
        if c.dep_ not in ("compound", "amod", "npadvmod", "nmod") or c.i > head.i:
            continue
        for t in c.subtree:
            w = t.lower_.strip("-")
            if t.is_punct or w in _WATCHING or w in _WATCH_PLAIN or w.endswith("based") \
                    or _nation_of_words([t.text]):
                continue
            return False
    return True


def _watcher(ent) -> bool:
    """Whether ``ent`` is a plain organization (no government, army, armed group or outlet)
    whose name says it watches."""
    return ent.broad == "Organization" and ent.kind == "Organization" and any(
        w in _WATCH_NAMES for name in (ent.name, *ent.aliases) for w in name.lower().split())


def first_watcher(r, head, start: int) -> str | None:
    """The watching body first named as a source after a description of one at the
    article's opening (``At least 11 people were killed, a monitoring group said. ... The
    Syrian Observatory for Human Rights said ...``, however far on); None where such a body
    was a source before the description (the speaker phrase starting at ``start``), or
    the description says which body it is by a phrase after its noun."""
    if not _plain_watching(head) or head.tag_ != "NN" or r.in_quote(head) or any(
            c.dep_ in ("prep", "relcl", "acl") and c.i > head.i for c in head.children):
        return None
    doc = r.doc
    if any(_watcher(ent) and _source(doc, m) for m, ent in r.mentions_in(0, start)):
        return None
    later = set()
    for m, ent in r.mentions_in(head.idx + len(head), len(doc.text)):
        if _watcher(ent) and _source(doc, m):
            return ent.key
        if _watcher(ent):
            later.add(ent.key)
    # no sentence the parser read gives it as a source ("... since 2012 the Syrian
    # Observatory for Human Rights."): the one watching body the article names after it
    return _only_watcher(r, later)


def _only_watcher(r, keys: set[str]) -> str | None:
    """The one key of ``keys`` when the article names no other watching body."""
    if len(keys) != 1 or any(_watcher(ent) and ent.key not in keys
                             for ent in r.entities.values()):
        return None
    return next(iter(keys))


def watcher_before(r, head, pos: int) -> str | None:
    """The one watching body that spoke before ``pos``, for a definite description of one
    (``the monitoring group``, ``the Britain-based monitor``), or for an indefinite one
    where the article names no other (``The Syrian Observatory ... said. ... a monitor
    said``: the lede told again)."""
    dets = {c.lower_ for c in head.children if c.dep_ == "det"}
    if not _plain_watching(head) or head.tag_ != "NN" or not dets & {"the", "a", "an"}:
        return None
    keys = set()
    for said in r._said:
        if said.pos >= pos:
            break
        ent = r.entities.get(said.key) if said.key is not None else None
        if ent is not None and _watcher(ent):
            keys.add(ent.key)
    if "the" not in dets:
        return _only_watcher(r, keys)
    return next(iter(keys)) if len(keys) == 1 else None


#: kinds of organization an indefinite body of no kind is not said to be, unless named so
_NOT_ANY = frozenset({"GovernmentOrganization", "Military", "NewsMediaOrganization"})


_TOLD = frozenset({"tell"})
_SPOKE = frozenset({"say", "speak", "talk", "tell"})


def _outlets(r):
    """``(mention, entity, span)`` of each mention of a news organization, in text order."""
    doc = r.doc
    for s, e, m, ent in r._spans:
        if ent.kind == "NewsMediaOrganization":
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is not None and len(span):
                yield m, ent, span


def reporting_outlet(r) -> str | None:
    """The one news organization the article says reported (``The AP reported``, ``the
    Associated Press' investigation``), else the one its speakers spoke to (``told
    Reuters``, ``said to CNN``); ``None`` when there is none or more than one."""
    reported, told = set(), set()
    for m, ent, span in _outlets(r):
        if r.in_quote(span[0]):
            continue
        root = span.root
        up = root.head
        if root.dep_ == "nsubj" and up.lemma_.lower() == "report" or root.dep_ in (
                "poss", "compound") and up.lemma_.lower() in DOCUMENTS:
            reported.add(ent.key)
        if root.dep_ in ("dobj", "dative") and up.lemma_.lower() in _TOLD or (
                root.dep_ == "pobj" and up.lower_ == "to"
                and up.head.lemma_.lower() in _SPOKE):
            told.add(ent.key)
    found = reported or told
    return next(iter(found)) if len(found) == 1 else None


#: nouns of a news medium (``state media``, ``state television``, ``the state news agency``),
#: by the kind of outlet they name ("" = any)
_MEDIA = {"media": "", "medium": "", "press": "", "outlet": "", "news": "", "network": "",
          "television": "tv", "tv": "tv", "broadcaster": "tv", "channel": "tv", "radio": "tv",
          "agency": "agency", "newspaper": "paper", "daily": "paper", "paper": "paper"}
#: words that make a medium the state's own
_STATE = frozenset({"state", "official", "government", "regime"})


def _state_word(tok) -> bool:
    """Whether ``tok`` says a medium is the state's (``state``, ``state-run``, ``official``)."""
    return tok.lower_ in _STATE or tok.lower_.split("-")[0] in _STATE and "-" in tok.lower_


def _of_state(head) -> bool:
    """Whether the medium headed by ``head`` is said to be the state's: a modifier before it
    (``state media``, ``the state-run news agency``, ``government television``)."""
    words = [t for t in head.doc[max(head.left_edge.i, head.i - 5):head.i]]
    for i, t in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else None
        if _state_word(t) or t.lower_ in _STATE and nxt is not None and nxt.text == "-":
            return True
    return False


def _beside(doc, span) -> list:
    """The words of the noun phrase around a name: the modifiers right before it (``state
    news agency SANA``, ``Syria's official SANA``), the nouns right after it (``SANA news
    agency``) and an appositive set off by a comma (``SANA, the state news agency``)."""
    out = []
    i = span.start - 1
    while i >= span.sent.start and span.start - i <= 4 and (
            doc[i].pos_ in ("ADJ", "NOUN", "PROPN") or doc[i].text == "-"):
        out.append(doc[i])
        i -= 1
    k = span.end
    if k < span.sent.end and doc[k].text == ",":
        k += 1
    while k < span.sent.end and k - span.end <= 5 and (
            doc[k].pos_ in ("ADJ", "NOUN", "DET") or doc[k].text == "-" or doc[k].is_lower):
        out.append(doc[k])
        k += 1
    return out


def _joined(tok, root) -> bool:
    """Whether ``tok`` and the name headed by ``root`` are one phrase: one is in the
    other's phrase, or both hang on one word of it (``state news agency SANA``)."""
    up = tok.head
    return root in up.subtree and (up.i == root.i or up.dep_ != "ROOT" or tok.dep_ in (
        "amod", "compound")) and abs(up.i - root.i) <= 6 or tok in root.subtree


def _media_kind(tok) -> str | None:
    """The kind of outlet the noun ``tok`` names ("" any), or ``None`` for no medium."""
    return _MEDIA.get(tok.lower_, _MEDIA.get(tok.lemma_.lower()))


def state_outlet(r, head) -> str | None:
    """The one news organization the article introduces as the state's own (``state news
    agency SANA``, ``the state-run IRNA news agency``), for a state medium that speaks
    unnamed (``Syrian state media said``, ``state news agency reported``); a kind of
    outlet said (television, agency, paper) must be the one the name was given, and a state
    the phrase names no other than one the outlet's own words name."""
    kind = _media_kind(head)
    if kind is None or not _of_state(head):
        return None
    doc = r.doc
    state = nation(head)
    found, sources = set(), set()
    for m, ent, span in _outlets(r):
        # the words in one phrase with the name, by the parse: not "... state media AFP"
        # run together in a headline
        words = [t for t in _beside(doc, span) if _joined(t, span.root)]
        kinds = {_media_kind(t) for t in words} - {None}
        states = _nation_of_words([t.text for t in words] + ent.name.split())
        if state is not None and states and state not in states:
            continue  # "Syrian state media" is none of "Iran's state news agency IRNA"
        if any(_state_word(t) for t in words) and (not kind or kind in kinds):
            found.add(ent.key)
            if _source(doc, m):
                sources.add(ent.key)
    if len(found) > 1:  # "state news agency SANA reported" over a wire credit
        found = sources
    return next(iter(found)) if len(found) == 1 else None


__all__ = ["named_later", "first_watcher", "watcher_before", "reporting_outlet",
           "state_outlet"]
