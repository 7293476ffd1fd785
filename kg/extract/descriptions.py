"""Speakers described as a body rather than named: ``the ministry``, ``it``, ``they``.

Functions over a :class:`kg.extract.speakers.Resolver` (its entities, mentions
and the speakers met so far), each giving an entity key or ``None``:

* :func:`body` — ``the ministry``, ``the group``, ``the newspaper``, ``it``: the
  organization of the article that the description fits (its name holds the
  noun, or it is of the right kind), the most recent one that spoke or was a
  subject; ``it`` that stands for a clause after it is none (:func:`extraposed`);
* :func:`plural` — ``they``: the organization last a subject or speaker of its
  sentence or the one before;
* :func:`named_body` and :func:`name_end` — ``Police said``, ``the task force``:
  the one organization named before whose name holds the bare noun or ends with
  the description's words.

:func:`owned_by_place` says whether a place owns the body (``Seoul's military``).

The titles and nouns the article introduces its actors with are in
:mod:`kg.extract.introductions`; documents and their issuers (``the report``,
``a statement from X's office``) in :mod:`kg.extract.documents`.
"""

from __future__ import annotations

import bisect

from .bodyfit import _nation_of_words, fitter, nation
from .bodyfit import named as _named
from .introductions import _SPOKESPEOPLE, _only, _same_noun, org_nouns
from .speakerwords import BODIES, DOCUMENTS, EXTRAPOSED


def _introduced(r, noun: str, pos: int, para: int, window: int) -> tuple[int, str] | None:
    """The last organization before ``pos`` that the article introduced as a ``noun``."""
    nouns = org_nouns(r)
    best = None
    for s, e, m, ent in r._spans:
        if s >= pos:
            break
        if _same_noun(noun) in nouns.get(ent.key, ()) and para - r.para_of(s) <= window * 2:
            best = (s, ent.key)
    return best


#: bodies an article names once and then speaks of by this noun throughout
_STANDING = frozenset({"administration"})


_CLAUSES = frozenset({"ccomp", "xcomp", "csubj", "advcl"})


def extraposed(head) -> bool:
    """Whether ``it`` stands for a clause after it (``It's not clear what investigators
    will make of it``, ``it remains unclear whether ...``), not for a body: the subject of
    a verb (``is``, ``’s``, ``seems``) with an adjective of that use and a clause on either."""
    be = head.head
    if head.lower_ != "it" or head.dep_ != "nsubj":
        return False
    adj = next((c for c in be.children if c.dep_ == "acomp"
                and c.lemma_.lower() in EXTRAPOSED), None)
    return adj is not None and any(c.dep_ in _CLAUSES for w in (be, adj) for c in w.children)


def _seated(head) -> bool:
    """Whether a description says where its body is based (``the London-based group``):
    words that restate a source just cited, not a name that holds the noun (``the
    Islamic State group``)."""
    return any(c.dep_ == "amod" and c.lower_ == "based"
               and any(g.dep_ in ("npadvmod", "compound") for g in c.children)
               for c in head.children)


#: prepositions that tie a spokesperson to whom they speak for ("a spokesman for X")
_FOR = frozenset({"of", "for", "from", "by", "with", "to"})


def unattached_spokesperson(head) -> bool:
    """Whether the spokesperson ``head`` is tied to no one by the words of its phrase (``a
    spokesman``, ``a senior spokeswoman``, ``a spokesman at the time``; not ``a Pentagon
    spokesman``, ``his spokesman``, ``a spokesman for X``)."""
    return head.lemma_.lower() in _SPOKESPEOPLE and not any(
        c.dep_ in ("poss", "compound", "nmod", "appos") or c.dep_ == "prep" and c.lower_ in _FOR
        or c.dep_ == "amod" and c.pos_ == "PROPN" for c in head.children)


def sentence_before(r, head):
    """The sentence before the one of token ``head``, where it lies in the same paragraph
    or the one before; else None."""
    start = head.sent.start
    if start == 0:
        return None
    prev = r.doc[start - 1].sent
    return prev if r.para_of(head.idx) - r.para_of(prev.start_char) <= 1 else None


def spokesperson_of(r, head) -> str | None:
    """The organization a spokesperson tied to no one by its phrase speaks for (``The State
    Department rejected the report. A spokeswoman called it ...``): the organization that
    is the subject of the main clause of the sentence before, in the same paragraph or the
    one before, outside quotation marks; a person's or a place's spokesperson is not
    guessed, nor one after a sentence with two subjects. Where that subject is no actor of
    the article (``a reporter ... asked the agency for an explanation``), the one actor the
    sentence names, if an organization."""
    prev = sentence_before(r, head)
    if prev is None:
        return None
    subjects = [c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or r.in_quote(subjects[0]) or any(
            c.dep_ == "conj" for c in subjects[0].children):
        return None
    ent = r.entity_at(subjects[0])
    if ent is not None:
        return ent.key if ent.broad == "Organization" else None
    doc = prev.doc
    actors = {}
    for m, e in r.mentions_in(prev.start_char, prev.end_char):
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if e.broad != "Place" and span is not None and not r.in_quote(span.root):
            actors[e.key] = e
    if len(actors) == 1 and subjects[0].pos_ in ("NOUN", "PRON"):
        only = next(iter(actors.values()))
        return only.key if only.broad == "Organization" else None
    return None


def body(r, head, pos: int, window: int) -> str | None:
    """The organization a description (``the ministry``), ``it`` or ``its`` stands for."""
    if extraposed(head):
        return None
    noun = "" if head.lower_ in ("it", "its") else head.lemma_.lower()
    para = r.para_of(pos)
    # "the Yemeni government" is no "US government"; "Seoul's military" is South Korea's
    fit = fitter(head, noun, owner_country(r, head))
    # organizations whose name holds the noun ("the ministry": "Health Ministry");
    # "the administration" stands for the one named so however far back ("The Obama
    # administration's versions ... The administration also asserted")
    reach = window * 2 if noun not in _STANDING else 10 ** 6
    if noun and not _seated(head):
        key = _only({ent.key for _, ent in _orgs_before(r, pos, reach)
                     if _named(ent, noun) and fit(ent)})
        if key is not None:
            return key
        if noun in _STANDING:  # named so only later ("... the Obama administration")
            key = _only({ent.key for _, _, _, ent in r._spans if _named(ent, noun) and fit(ent)})
            if key is not None:
                return key
        intro = _introduced(r, noun, pos, para, window)
        if intro is not None and not any(  # "a group of activists said": a new one
                said.key is None and said.noun == noun and intro[0] < said.pos < pos
                for said in r._said):
            return intro[1]
    if noun and (_new_body(head) or head.pos_ == "PROPN"):
        # "the bipartisan group of senators": one not spoken of before; "the Monitor": a
        # name, only the body named so
        return None
    if noun:  # guesses from who spoke: by the description's own words and country
        fit = _of_its_nation(head, r, _also_described(r, head, fit))
    best: tuple[int, str | None] | None = None
    for said in reversed(r._said):
        if said.pos >= pos or para - said.paragraph > window:
            break
        if not noun and said.noun in DOCUMENTS and not said.plural \
                and _sentence(r, pos) - _sentence(r, said.pos) <= 1:
            best = (said.pos, said.key)  # "the email read. It added": the email's
            break
        if said.key is None:
            if said.noun in BODIES and not said.plural and (not noun or said.noun == noun):
                return None  # "a group of activists said ... the group said": unnamed
            if not noun and said.paragraph < r.para_of(pos):
                break  # "Foreign ministers said ... It said": no body before them is "it"
            continue
        ent = r.entities.get(said.key)
        if ent is not None and (fit(ent) or not noun and _country(ent)
                                and _sentence(r, pos) - _sentence(r, said.pos) <= 1):
            best = (said.pos, said.key)  # "Turkey says ..., and it also insists"
            break
    subj = _last_subject(r, pos, fit)
    if subj is not None and (best is None or subj[0] > best[0]):
        return subj[1]
    if best is None and noun:
        return _only_near(r, head, fit) or _only_of_kind(r, noun, pos, window, fit) \
            or _the_reporting_outlet(r, noun, fit)
    if best is None and not noun and head.lower_ == "it":
        # "Germany has long opposed the plan. It says ...": the country its subject was, if
        # the last main clause's subject (not "The U.K. expelled them. Putin's government
        # ordered ... over what it called ...")
        subj = _last_subject(r, pos, _country, main=True, any_subject=True)
        if subj is not None and subj[1] is None:
            # "The group has beheaded two hostages. It is also threatening": the body the
            # subject's description stands for
            tok = r.doc.char_span(subj[0], subj[0] + 1, alignment_mode="expand")[0]
            if tok.tag_ == "NN" and tok.lemma_.lower() in BODIES and any(
                    c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
                return body(r, tok, tok.idx, window)
        return subj[1] if subj is not None else None
    return best[1] if best else None


#: words that open a relative clause on what the clause's subject says (``what it called``,
#: ``which it says``)
_RELATIVES = frozenset({"what", "which", "that"})


def governing_body(r, head) -> str | None:
    """The body ``it`` stands for when it says something in a relative clause of a
    sentence whose subject is that body (``Seoul sought calm at what it called the Peace
    Games``, ``UNICEF officials urged action on the problem, which it says belongs to
    everybody``): the organization or place (a capital standing for its government) the
    governing clause's subject names, or None."""
    verb = head.head
    if head.dep_ != "nsubj" or not (verb.dep_ == "relcl" or any(
            c.lower_ in _RELATIVES and c.dep_ in ("dobj", "nsubj") for c in verb.children)):
        return None
    up = verb.head
    while up.i != up.head.i and not any(c.dep_ in ("nsubj", "nsubjpass") for c in up.children):
        up = up.head
    subj = next((c for c in up.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.i == head.i:
        return None
    ent = r.entity_at(subj)
    if ent is not None:
        return ent.key if ent.broad in ("Organization", "Place") else None
    if subj.pos_ != "NOUN":
        return None  # a name no actor of the article ("America Rising PAC")
    for t in subj.children:  # "UNICEF officials": the body they speak for
        ent = r.entity_at(t) if t.dep_ == "compound" else None
        if ent is not None:
            return ent.key if ent.broad == "Organization" else None
    return None


def _country(ent) -> bool:
    return ent.kind == "Country"


def _the_reporting_outlet(r, noun: str, fit) -> str | None:
    """For a news outlet's noun (``the news network``) among several outlets named: the one
    the article says reported (``an NBC News report``, ``The AP reported``)."""
    if BODIES.get(noun) != "NewsMediaOrganization":
        return None
    from .namedlater import reporting_outlet

    key = reporting_outlet(r)
    ent = r.entities.get(key) if key is not None else None
    return key if ent is not None and fit(ent) else None


def _of_its_nation(head, r, fit):
    """``fit`` narrowed, for a description that says its country (``the Tunisian
    government``), to organizations whose name says that country too."""
    country = owner_country(r, head) or nation(head)
    if country is None:
        return fit

    doc = r.doc

    def said_of(ent) -> bool:  # "South Korea's Joint Chiefs of Staff"
        for m in ent.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and country in _nation_of_words(
                    [t.text for t in doc[max(span.start - 3, 0):span.start] if not t.is_punct
                     and t.tag_ != "POS"]):
                return True
        return False

    def own(ent) -> bool:
        return fit(ent) and (any(country in _nation_of_words(n.replace("'s", "").split())
                                 for n in (ent.name, *ent.aliases)) or said_of(ent))
    return own


def _only_of_kind(r, noun: str, pos: int, window: int, fit) -> str | None:
    """The one organization of the kind a body's noun names (``the network``: a news
    organization, ``the military``) that the article names before ``pos`` within the
    window, as ``CBS correspondent Lara Logan ... the network said``; for an armed force,
    the one of a country named before that the article names after, where it names none
    before."""
    kind = BODIES.get(noun, "")
    if not kind:
        return None
    key = _only({ent.key for _, ent in _orgs_before(r, pos, window * 2)
                 if ent.kind == kind and fit(ent)})
    if key is None and kind == "Military" and not any(
            ent.kind == kind for _, ent in _orgs_before(r, pos, 10 ** 6)):
        # "The military said ..." of the one armed force the article names, if only later
        # ("the Pakistani army" four paragraphs on), of a country named before
        named = {ent.key for s, e, m, ent in r._spans if s < pos and ent.kind == "Country"}
        key = _only({ent.key for s, e, m, ent in r._spans
                     if s > pos and ent.kind == kind and fit(ent)})
        if key is not None and not _nation_of_words(r.entities[key].name.split()) & named:
            key = None
    return key


#: modifiers that say nothing of which body is meant
_BLAND = frozenset({"main", "other", "same", "new", "former", "local", "national", "official",
                    "largest", "big", "biggest", "major", "small", "powerful", "top", "senior",
                    "leading", "own", "whole", "entire", "said", "very", "current"})


#: words before a body's noun that say its kind, not which one ("the militant group")
_KIND_WORDS = frozenset({
    "rebel", "militant", "terror", "terrorist", "jihadist", "islamist", "extremist", "armed",
    "radical", "insurgent", "separatist", "paramilitary", "opposition", "dissident", "news",
    "media", "state", "government", "army", "military", "political", "conservative",
    "liberal", "progressive", "advocacy", "rights", "human", "humanitarian", "aid", "kurdish",
    "palestinian", "sunni", "shiite", "shia", "muslim", "christian", "jewish", "arab"})


def _new_body(head) -> bool:
    """Whether a body's description says which one it is by a phrase after its noun (``the
    bipartisan group of senators``, ``the group behind the attack``): one not met before;
    a relative clause set off by a comma (``the group, which monitors the war,``) only
    describes the body the noun already names."""
    doc = head.doc
    return any(c.dep_ in ("prep", "relcl", "acl") and c.i > head.i and (
        c.dep_ != "prep" or c.lower_ in ("of", "behind", "representing", "for", "from"))
        and not (c.dep_ == "relcl" and doc[c.left_edge.i - 1].text == ",")
        for c in head.children)


def _also_described(r, head, fit):
    """``fit`` narrowed to organizations the article also describes with the description's
    own modifiers (``the French retail federation``: one spoken of with ``retail`` beside
    it), for the guesses from who spoke or was a subject last."""
    words = {c.lower_ for c in head.children
             if c.dep_ in ("compound", "amod") and c.i < head.i and c.pos_ in (
                 "NOUN", "PROPN", "ADJ") and c.lower_ not in _BLAND
             and c.lower_ not in _KIND_WORDS and not _nation_of_words([c.text])}
    if not words:
        return fit
    doc = r.doc

    def near(ent) -> bool:
        if any(w in " ".join((ent.name, *ent.aliases)).lower().split() for w in words):
            return True
        for m in ent.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            around = doc[max(span.start - 6, 0):min(span.end + 6, len(doc))]
            if any(t.lower_ in words for t in around if t.i != head.i and
                   not head.left_edge.i <= t.i <= head.i):
                return True
        return False
    return lambda ent: fit(ent) and near(ent)


def _only_near(r, head, fit) -> str | None:
    """The one organization fitting a description that its own sentence or the one before
    names anywhere, the words it reports included (``The four staff of the UOSSM were in two
    ambulances ..., the group said``); ``None`` when there are none or several."""
    sent = r.sent_of_token(head.i)
    found = set()
    for s, e, m, ent in r._spans:
        if head.idx <= s < head.idx + len(head.text):
            continue
        k = _sentence(r, s)
        if k > sent:
            break
        if k >= sent - 1 and fit(ent):
            found.add(ent.key)
    return _only(found)


def name_end(r, head, pos: int, window: int) -> str | None:
    """The organization a definite description repeats the last words of the name of
    (``the task force`` for ``Combined Joint Task Force``, ``the observatory``): the one
    organization named before ``pos``, within the window, whose name ends so."""
    words = [t.lower_ for t in head.lefts if t.dep_ == "compound" and t.pos_ in ("NOUN", "PROPN")]
    words.append(head.lower_)
    n = len(words)

    def ends_so(name: str) -> bool:
        low = name.lower().replace("-", " ").split()
        return len(low) > n and low[-n:] == words
    return _only({ent.key for _, ent in _orgs_before(r, pos, window * 2)
                  if any(map(ends_so, (ent.name, *ent.aliases)))})


def _place_owner(r, head):
    """The place owning the body ``head`` (``Seoul's military``: Seoul), or ``None``."""
    poss = next((c for c in head.children if c.dep_ == "poss"), None)
    ent = r.entity_at(poss) if poss is not None else None
    return ent if ent is not None and ent.broad == "Place" else None


def owner_country(r, head) -> str | None:
    """The country a place owning a body stands for (``Seoul's military``: South Korea's,
    ``Iran's foreign ministry``): the country itself, or a city's country."""
    ent = _place_owner(r, head)
    if ent is None:
        return None
    return ent.key if ent.kind == "Country" else ent.country


def owned_by_place(r, head) -> bool:
    """Whether a place owns the body ``head`` (``Seoul's military``, ``Syria's army``)."""
    return _place_owner(r, head) is not None


def named_body(r, head, pos: int, window: int) -> str | None:
    """The one organization named before ``pos`` whose name holds a bare body noun
    (``Police said``: the ``Metropolitan Police``)."""
    noun = head.lemma_.lower()
    if head.lower_ != noun:
        return None  # "U.S. intelligence agencies": many, not the one agency named
    return _only({ent.key for _, ent in _orgs_before(r, pos, window * 2)
                  if _named(ent, noun)})


def _orgs_before(r, pos: int, reach: int):
    """``(offset, entity)`` of each mention of an organization before ``pos`` whose
    paragraph is at most ``reach`` paragraphs back, in text order."""
    para = r.para_of(pos)
    for s, e, m, ent in r._spans:
        if s >= pos:
            break
        if para - r.para_of(s) <= reach and ent.broad == "Organization":
            yield s, ent


def _sentence(r, pos: int) -> int:
    """The index of the sentence of the character offset ``pos``."""
    return r.sent_of_token(max(bisect.bisect_right(r._token_starts, pos) - 1, 0))


def plural(r, pos: int) -> str | None:
    """The organization ``they`` stands for: the last subject or speaker of the sentence
    of ``pos`` or the one before, when it is an organization (``the rebels' Free Army
    said ... They added``); an unnamed plural (``officials``, ``residents``) or a person
    there, or nothing, leaves it unnamed."""
    doc = r.doc
    i = max(bisect.bisect_left(r._token_starts, pos) - 1, 0)
    sent = r.sent_of_token(i)
    lo = i
    while lo > 0 and r.sent_of_token(lo - 1) >= sent - 1:
        lo -= 1
    start = doc[lo].idx
    from .salience import _main_clause

    subject = None  # the last main-clause subject: "Others say ... al-Qaeda has been ..."
    for k in range(i, lo - 1, -1):
        t = doc[k]
        if t.dep_ in ("nsubj", "nsubjpass") and t.idx < pos and not r.in_quote(t) \
                and _main_clause(t):
            subject = (t.idx, r.entity_at(t), t)
            break
    said = next((x for x in reversed(r._said) if start <= x.pos < pos), None)
    if said is not None and (subject is None or said.pos >= subject[0]):
        ent = r.entities.get(said.key) if said.key is not None else None
    elif subject is not None:
        ent = subject[1]
    else:
        return None
    return ent.key if ent is not None and ent.broad == "Organization" else None


def _last_subject(r, pos: int, ok, main: bool = False, any_subject: bool = False):
    """The last entity named as a subject before ``pos`` in its sentence or the one before;
    with ``main``, of a main clause only; with ``any_subject``, the last subject whatever
    it names (its key None where no entity)."""
    from .salience import subjects_before

    for t in subjects_before(r, pos):
        if not main or t.head.dep_ == "ROOT" or t.head.dep_ == "conj" \
                and t.head.head.dep_ == "ROOT":
            ent = r.entity_at(t)
            if ent is not None and ok(ent):
                return t.idx, ent.key
            if any_subject:
                return t.idx, None
    return None


__all__ = ["BODIES", "DOCUMENTS", "body", "governing_body", "name_end", "named_body",
           "owned_by_place", "unattached_spokesperson", "spokesperson_of", "sentence_before",
           "plural"]
