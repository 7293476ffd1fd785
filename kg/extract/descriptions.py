"""Speakers described rather than named: titles, bodies, documents, ``it``.

Functions over a :class:`kg.extract.speakers.Resolver` (its entities, mentions
and the speakers met so far), each giving an entity key or ``None``:

* :func:`titles` — the title words introduced with each person, in the noun
  phrase (``Defense Minister Sergey Shoigu``), a few words before the name
  (``Secretary of State John Kerry``) or in an appositive (``Kerry, the
  secretary of state``); a title after ``former`` or ``late`` is no title now;
* :func:`body` — ``the ministry``, ``the group``, ``the newspaper``, ``it``: the
  organization of the article that the description fits (its name holds the
  noun, or it is of the right kind), the most recent one that spoke or was a
  subject;
* :func:`owner` — ``the report``, ``the statement``, ``the document``: whoever
  the article gave that document to (``X said in a report``, ``a report by X``,
  ``X's statement``, ``the Islamic State document``).
"""

from __future__ import annotations

import bisect

from .bodyfit import _nation_of_words, fitter, nation
from .bodyfit import named as _named
from .speakerwords import BODIES, DOCUMENTS, EXTRAPOSED

#: verbs of putting out a document: their subject or agent issued it
_ISSUE = frozenset({"release", "publish", "issue", "produce", "compile", "commission", "write",
                    "prepare", "submit", "send", "file", "unveil", "post", "author", "draft",
                    "provide"})
_FORMER = frozenset({"former", "late", "ex", "ex-", "then", "erstwhile", "previous"})
_OWNER_PREPS = frozenset({"by", "from", "of", "in"})  # "a report in al-Monitor"
_TITLE_REACH = 5  # words before a name that may hold its title


def _broad(e) -> str:
    from ..vocab import KIND_BROAD

    return KIND_BROAD.get(e.kind, e.kind)


def titles(r, norm, former: bool = False) -> dict[str, set[str]]:
    """Title words introduced with each person (``norm`` normalizes a word); with
    ``former``, the titles introduced as former ones (``former Vice President X``)."""
    out: dict[str, set[str]] = {}
    doc = r.doc
    for s, e, m, ent in r._spans:
        if _broad(ent) != "Person":
            continue
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None or not len(span):
            continue
        words = out.setdefault(ent.key, set())
        if not former:
            words.update(norm(t.text) for t in span)
        before, was = [], False
        for i in range(span.start - 1, max(span.start - _TITLE_REACH, 0) - 1, -1):
            t = doc[i]
            if t.is_space or (t.is_punct and t.text not in ".-") or t.pos_ in ("VERB", "AUX"):
                break
            if t.lower_ in _FORMER:
                was = True  # "former President X": no president now
                break
            if t.lower_ in ("the", "a", "an") or t.dep_ == "poss":
                break
            before.append(t)
        if was == former:  # nouns, and the country a title is of ("Chinese President")
            words.update(norm(t.text) for t in before if t.pos_ in ("PROPN", "NOUN")
                         or t.pos_ == "ADJ" and _nation_of_words([t.text]))
        root = span.root
        rel = [root.head] if root.dep_ == "appos" else []
        rel += [c for c in root.children if c.dep_ == "appos"]
        if root.dep_ in ("nsubj", "appos"):
            rel += [c for c in root.head.children if c.dep_ == "appos" and c.i != root.i]
        for a in rel:
            if any(t.lower_ in _FORMER for t in a.subtree) != former:
                continue
            words.update(norm(t.text) for t in a.subtree if t.pos_ in ("NOUN", "PROPN"))
    return out


def appositive_of(r, tok):
    """The actor (no place) that the appositive ``tok`` describes: ``AIPAC, the lobby``, or
    ``the National Coalition of Resistance of Iran (NCRI), a dissident group``, where the
    parser hung it on a word inside the name."""
    if tok.dep_ != "appos":
        return None
    t = tok.head
    for _ in range(4):
        ent = r.entity_at(t)
        if ent is not None and _broad(ent) == "Person" and tok.lemma_.lower() in BODIES:
            # "Mark Dubowitz of the Foundation for ..., a Washington think tank": the body
            # named between them, hung on the person by the parser
            return next((o for o in map(r.entity_at, r.doc[t.i + 1:tok.left_edge.i])
                         if o is not None and _broad(o) == "Organization"), None)
        if ent is not None and _broad(ent) != "Place":
            return ent
        if t.dep_ not in ("appos", "pobj", "prep", "compound") or t.head.i == t.i:
            return None
        t = t.head
    return None


def org_nouns(r) -> dict[str, set[str]]:
    """Nouns each organization is introduced with in an appositive (``the NCRI, a
    dissident group``, ``AIPAC, the pro-Israel lobby``), computed once per resolver."""
    out = getattr(r, "_org_nouns", None)
    if out is not None:
        return out
    out, at = {}, {}
    for tok in r.doc:
        if tok.dep_ == "appos" and tok.pos_ == "NOUN":
            ent = appositive_of(r, tok)
            if ent is not None and _broad(ent) == "Organization":
                out.setdefault(ent.key, set()).add(_same_noun(tok.lemma_.lower()))
    for s, e, m, ent in r._spans:  # what the parser did not hang on the name
        if _broad(ent) == "Organization":
            noun = _set_off_noun(r.doc, s, e)
            if noun is not None and noun.lemma_.lower() in BODIES:  # not "X, a spokesman"
                out.setdefault(ent.key, set()).add(_same_noun(noun.lemma_.lower()))
                at[noun.i] = ent.key
            noun = _named_after(r.doc, s, e)
            if noun is not None:  # "the party's newspaper, the Daily Star"
                out.setdefault(ent.key, set()).add(_same_noun(noun.lemma_.lower()))
    r._org_nouns, r._set_off = out, at
    return out


#: body nouns that name one kind of body by another word ("the newspaper ... the paper")
_SAME_NOUN = {"newspaper": "paper", "daily": "paper"}


def _same_noun(noun: str) -> str:
    """The one word for a kind of body that has several (``newspaper``: ``paper``)."""
    return _SAME_NOUN.get(noun, noun)


def _named_after(doc, start: int, end: int):
    """The body noun an organization's name at ``[start, end)`` is set off after, as the
    appositive naming it (``the party's newspaper, the Daily Star``), or ``None``."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = span.root
    up = root.head
    if root.dep_ != "appos" or up.i >= span.start or up.pos_ != "NOUN" \
            or up.lemma_.lower() not in BODIES or doc[root.left_edge.i - 1].text != ",":
        return None
    return up


def set_off(r, tok) -> str | None:
    """The organization whose name ``tok`` heads an apposition to, set off by a comma
    (``the NCRI, a dissident group that claimed``), when the parser did not say so."""
    org_nouns(r)
    return r._set_off.get(tok.i)


def _set_off_noun(doc, start: int, end: int):
    """The head noun of ``, a|the ... NOUN`` right after the name at ``[start, end)``, past
    the rest of a longer name (``of Iran``) and a bracket (``(NCRI)``)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    i, n = span.end, len(doc)
    for _ in range(3):
        if i + 1 < n and doc[i].lower_ == "of" and doc[i + 1].pos_ == "PROPN":
            i += 2
            while i < n and doc[i].pos_ == "PROPN":
                i += 1
        elif i < n and doc[i].text == "(":
            close = next((k for k in range(i + 1, min(i + 8, n)) if doc[k].text == ")"), None)
            if close is None:
                return None
            i = close + 1
    if not (i + 1 < n and doc[i].text == "," and doc[i + 1].lower_ in ("a", "an", "the")):
        return None
    noun = None
    for t in doc[i + 2:i + 10]:
        if t.pos_ == "NOUN":
            noun = t
        elif t.pos_ not in ("ADJ", "PROPN", "PUNCT", "ADV") or t.text == ",":
            break
    if noun is not None and noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i == noun.i + 1 \
            and noun.head.pos_ in ("VERB", "AUX"):
        return None  # "... at the Pentagon, the paper said": the subject of a closing cue
    return noun


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


def body(r, head, pos: int, window: int) -> str | None:
    """The organization a description (``the ministry``) or ``it`` stands for."""
    if extraposed(head):
        return None
    noun = "" if head.lower_ == "it" else head.lemma_.lower()
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
        if ent is not None and fit(ent):
            best = (said.pos, said.key)
            break
    subj = _last_subject(r, pos, fit)
    if subj is not None and (best is None or subj[0] > best[0]):
        return subj[1]
    if best is None and noun:
        return _only_near(r, head, fit) or _only_of_kind(r, noun, pos, window, fit) \
            or _the_reporting_outlet(r, noun, fit)
    return best[1] if best else None


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
    window, as ``CBS correspondent Lara Logan ... the network said``."""
    kind = BODIES.get(noun, "")
    if not kind:
        return None
    return _only({ent.key for _, ent in _orgs_before(r, pos, window * 2)
                  if ent.kind == kind and fit(ent)})


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
    return ent if ent is not None and _broad(ent) == "Place" else None


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
        if para - r.para_of(s) <= reach and _broad(ent) == "Organization":
            yield s, ent


def _only(keys: set[str]) -> str | None:
    """The one key of ``keys``, or ``None`` for none or several."""
    return next(iter(keys)) if len(keys) == 1 else None


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
    return ent.key if ent is not None and _broad(ent) == "Organization" else None


def _last_subject(r, pos: int, ok):
    """The last entity named as a subject before ``pos`` in its sentence or the one before."""
    doc = r.doc
    i = max(bisect.bisect_left(r._token_starts, pos) - 1, 0)
    sent = r.sent_of_token(i)
    k = i
    while k >= 0 and r.sent_of_token(k) >= sent - 1:
        t = doc[k]
        if t.dep_ in ("nsubj", "nsubjpass") and t.idx < pos and not r.in_quote(t):
            ent = r.entity_at(t)
            if ent is not None and ok(ent):
                return t.idx, ent.key
        k -= 1
    return None


def _phrase(tok):
    """The words of ``tok``'s noun phrase, without the clauses hung on it."""
    out, todo = [], [tok]
    while todo:
        t = todo.pop()
        out.append(t)
        todo.extend(c for c in t.children if c.dep_ not in ("relcl", "acl", "advcl", "ccomp"))
    return sorted(out, key=lambda t: t.i)


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
                if ent is None or _broad(ent) == "Place":
                    # "from chief Istanbul prosecutor Irfan Fidan's office": its actor, not
                    # one in a clause on it ("from the Embassy that wrote to the White House")
                    ent = next((e for e in map(r.entity_at, _phrase(t))
                                if e is not None and _broad(e) != "Place"), None)
                if ent is not None and _broad(ent) != "Place":
                    return ent.key
    for c in tok.children:  # "a report released by X"
        if c.dep_ == "acl" and c.lemma_.lower() in _ISSUE:
            for a in c.children:
                if a.dep_ == "agent":
                    for p in a.children:
                        ent = r.entity_at(p)
                        if ent is not None and _broad(ent) != "Place":
                            return ent.key
    up = tok.head
    if tok.dep_ == "dobj" and up.lemma_.lower() in _ISSUE:  # "X released a report"
        for c in up.children:
            if c.dep_ == "nsubj":
                ent = r.entity_at(c)
                if ent is not None and _broad(ent) != "Place":
                    return ent.key
                if ent is None and c.lemma_.lower() in _SPEAKS_FOR:
                    # "Pence's spokeswoman provided a statement": whom she speaks for
                    return r.resolve(c, c.left_edge.idx, c.right_edge.idx + len(c.right_edge))
    if tok.dep_ == "pobj" and up.dep_ == "prep" and up.lower_ == "in":
        ent = r.entity_at(up.head)  # "CNN in its article, ..."
        if ent is not None and _broad(ent) != "Place":
            return ent.key
    if tok.dep_ == "pobj" and up.dep_ == "prep" and up.head.pos_ in ("VERB", "AUX"):
        for c in up.head.children:  # "X said in a report that ..."
            if c.dep_ in ("nsubj", "nsubjpass"):
                ent = r.entity_at(c)
                if ent is None:
                    ent = next((r.entity_at(k) for k in c.subtree if r.entity_at(k)), None)
                if ent is not None and _broad(ent) != "Place":
                    return ent.key
                if ent is None:  # "the group said in a statement": who "the group" was
                    a, b = c.left_edge.idx, c.right_edge.idx + len(c.right_edge)
                    return next((said.key for said in reversed(r._said)
                                 if a <= said.pos < b and said.key is not None), None)
    return None


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
    lemma = head.lemma_.lower()
    dets = {t.lower_ for t in head.children if t.dep_ == "det"}
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
    if lemma in ("report", "reporting") and dets & {"the", "a", "an", "this"}:
        # "according to a report on Monday ... Krach told Reuters": the story retold
        from .namedlater import reporting_outlet

        return reporting_outlet(r)
    if lemma in BODIES and dets & {"the", "this", "that"}:  # "the paper said": a newspaper
        return body(r, head, pos, window)
    return None


#: titles of people who speak for a body, not for themselves
_SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})


def named_spokesperson(r, head, poss) -> str | None:
    """The one person the article introduces with a spokesperson's title (``Islamic State
    group spokesman Abu Mohammed al-Adnani``), for a body's spokesperson it leaves unnamed
    where it quotes him (``the group's spokesman``: ``poss`` the body's noun)."""
    if head.lemma_.lower() not in _SPOKESPEOPLE or poss.pos_ != "NOUN" \
            or poss.lemma_.lower() not in BODIES or r.entity_at(poss) is not None:
        return None
    keys = {key for key, words in r.titles().items() if words & _SPOKESPEOPLE}
    text = r.doc.text
    spans = {k: [(m.start, m.end) for m in r.entities[k].mentions] for k in keys
             if k in r.entities}
    # a name the recognizer split in two ("Abu Mohammed" "al-Adnani"): one person, the later part
    split = {a for a in spans for b in spans if a != b and any(
        not text[e1:s2].strip() for _, e1 in spans[a] for s2, _ in spans[b] if e1 <= s2)}
    return _only(keys - split)


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
        if _broad(ent) == "Organization":
            return said.key
        if _broad(ent) != "Person" or not titles.get(said.key, set()) & _SPOKESPEOPLE:
            return None
    return None


def _last_reporter(r, head, window: int) -> str | None:
    """The actor that last ``reported`` (its subject) in the sentences before ``head``,
    within the window: ``the report`` it put out."""
    doc = r.doc
    sent = r.sent_of_token(head.i)
    for i in range(head.i - 1, -1, -1):
        if sent - r.sent_of_token(i) > window * 2:
            break
        t = doc[i]
        if t.lemma_.lower() == "report" and t.pos_ == "VERB" and not r.in_quote(t):
            for c in t.children:
                if c.dep_ == "nsubj":
                    ent = r.entity_at(c)
                    return ent.key if ent is not None and _broad(ent) != "Place" else None
    return None


__all__ = ["BODIES", "DOCUMENTS", "titles", "body", "owner", "name_end", "named_body",
           "named_spokesperson",
           "owned_by_place", "plural", "org_nouns", "set_off",
           "appositive_of"]
