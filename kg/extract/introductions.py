"""What an article introduces its actors as: the titles of people, the nouns of bodies.

Functions over a :class:`kg.extract.speakers.Resolver` (its entities, mentions
and the speakers met so far):

* :func:`titles` — the title words introduced with each person, in the noun
  phrase (``Defense Minister Sergey Shoigu``), a few words before the name
  (``Secretary of State John Kerry``) or in an appositive (``Kerry, the
  secretary of state``); a title after ``former`` or ``late`` is no title now;
* :func:`appositive_of` — the actor an appositive describes (``AIPAC, the
  pro-Israel lobby``);
* :func:`org_nouns` — the nouns each organization is introduced with, in an
  appositive or set off by a comma (``the NCRI, a dissident group``, ``the
  party's newspaper, the Daily Star``); :func:`set_off` — the organization such
  a noun is set off after, where the parser did not say so;
* :func:`named_spokesperson` — the one person introduced with a spokesperson's
  title, for a body's spokesperson the article leaves unnamed where it quotes him;
* :func:`named_counsel` — the one person introduced as a lawyer beside a person, for
  that person's lawyer the article leaves unnamed where it quotes him.

:mod:`kg.extract.descriptions` resolves descriptions of bodies by these nouns, and
:mod:`kg.extract.documents` gives an unintroduced ``the statement`` to the body
whose spokesperson spoke last.
"""

from __future__ import annotations

from .bodyfit import _nation_of_words
from .orgnames import known_as_noun
from .parenthetical import appended_speaker
from .speakerwords import BODIES, PARTIES, PERSON_WORDS, TITLE_MODIFIERS, TITLES

_FORMER = frozenset({"former", "late", "ex", "ex-", "then", "erstwhile", "previous"})
_TITLE_REACH = 5  # words before a name that may hold its title
#: prepositions inside a title ("Secretary of State", "Minister for Europe", "Ambassador to NATO")
_TITLE_PREPS = frozenset({"of", "for", "to"})



def titles(r, norm, former: bool = False) -> dict[str, set[str]]:
    """Title words introduced with each person (``norm`` normalizes a word); with
    ``former``, the titles introduced as former ones (``former Vice President X``)."""
    out: dict[str, set[str]] = {}
    doc = r.doc
    for s, e, m, ent in r._spans:
        if ent.broad != "Person":
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
                if i > 0 and doc[i - 1].pos_ == "ADP":
                    if norm(doc[i + 1].text) in TITLES:
                        before = []  # "Assistant to the President Jane Roe": no president
                    else:  # "By the time President Jane Roe had passed": hers, after the noun
                        before = before[:next((k for k, b in enumerate(before)
                                               if b.pos_ == "NOUN"), len(before))]
                elif t.dep_ == "poss" and _nation_of_words([t.text]):
                    before.append(t)  # "Turkey's Foreign Minister X": Turkey's minister
                break
            if t.pos_ == "ADP" and (t.lower_ not in _TITLE_PREPS or t.dep_ != "prep") \
                    or t.pos_ in ("CCONJ", "SCONJ"):
                # "an interview with President X", "concessions to Mr. Kim", "the president
                # and Mr. Kim", "prosperity if Mr. Kim": no title of Kim's
                break
            before.append(t)
        if was == former:  # nouns, and the country a title is of ("Chinese President")
            words.update(norm(t.text) for t in before if t.pos_ in ("PROPN", "NOUN")
                         or t.pos_ == "ADJ" and (_nation_of_words([t.text])
                                                 or t.lower_ in PARTIES
                                                 or t.lower_ in TITLE_MODIFIERS))
        root = span.root
        rel = [root.head] if root.dep_ == "appos" else []
        rel += [c for c in root.children if c.dep_ == "appos"]
        if root.dep_ in ("nsubj", "appos"):
            rel += [c for c in root.head.children if c.dep_ == "appos" and c.i != root.i]
        for a in rel:
            other = r.entity_at(a)
            if other is not None and other.key != ent.key and other.broad == "Person":
                continue  # "Trump greeted leader Kim" hung as appositives: no title of Kim's
            if a.head.i == root.i and any(
                    c.dep_ == "appos" and (o := r.entity_at(c)) is not None
                    and o.key != ent.key and o.broad == "Person" for c in a.children):
                continue  # "alongside Jane Roe, the treasury secretary, Tom Baker, said":
                # the title of the name set off after it
            owned = _others(r, a, ent.key)
            # the appositive's phrase, and a clause in it, each former or not by its own
            # words ("a former Army sergeant who is defense secretary")
            clauses = [[t for t in c.subtree if t.i not in owned] for c in a.rights
                       if c.dep_ in ("relcl", "acl")]
            inside = {t.i for part in clauses for t in part}
            for part in [[t for t in a.subtree if t.i not in inside and t.i not in owned],
                         *clauses]:
                if any(t.lower_ in _FORMER for t in part) == former:
                    words.update(norm(t.text) for t in part if t.pos_ in ("NOUN", "PROPN")
                                 or t.pos_ == "ADJ" and t.lower_ in TITLE_MODIFIERS)
    for words in out.values():
        if "justice" in words and not words & _OFFICES_OF_JUSTICE:
            words.add("judge")  # "Superior Court Justice Jane Roe ... the judge said"
    return out


#: titles that make ``justice`` the name of a ministry, not a judge's title ("Justice
#: Minister Jane Roe")
_OFFICES_OF_JUSTICE = frozenset({"minister", "ministry", "department", "secretary",
                                 "spokesman", "spokeswoman", "spokesperson", "official"})


def _others(r, a, key: str) -> set[int]:
    """Tokens of the appositive ``a`` that belong to someone else than ``key``: a possessor
    not a country (``Fred Hof, President Obama's adviser``: no president; ``X, Russia's
    foreign minister``: Russia's) and another person's name with its own title (``a convert
    to the conservatism of former President Ronald Reagan``)."""
    out: set[int] = set()
    for t in a.subtree:
        if t.i in out:
            continue
        if t.dep_ == "poss" and not _nation_of_words([t.text]):
            out.update(x.i for x in t.subtree)
        elif t.pos_ == "PROPN" and t.i != a.i:
            other = r.entity_at(t)
            if other is not None and other.key != key and other.broad == "Person":
                out.update(x.i for x in t.subtree)
    return out


def appositive_of(r, tok):
    """The actor (no place) that the appositive ``tok`` describes: ``AIPAC, the lobby``, or
    ``the National Coalition of Resistance of Iran (NCRI), a dissident group``, where the
    parser hung it on a word inside the name."""
    if tok.dep_ != "appos" or _speaks_after(tok):
        return None
    t = tok.head
    for _ in range(4):
        ent = r.entity_at(t)
        if ent is not None and ent.broad == "Person" and tok.lemma_.lower() in BODIES:
            # "Mark Dubowitz of the Foundation for ..., a Washington think tank": the body
            # named between them, hung on the person by the parser
            return next((o for o in map(r.entity_at, r.doc[t.i + 1:tok.left_edge.i])
                         if o is not None and o.broad == "Organization"), None)
        if ent is not None and ent.broad != "Place":
            return ent
        if t.dep_ not in ("appos", "pobj", "prep", "compound") or t.head.i == t.i:
            return None
        t = t.head
    return None


def called_name(r, head):
    """The actor (no place) a description is said to be named, known as (no person: not the
    nom de guerre of ``one activist, known as Abu Khalil``) or, a body, called (``a
    supporter named Mike``, ``a force known as X``, ``a militant group called Liwa
    al-Thawra``; not ``an official called Hitler the greatest man``), else None."""
    lemma = head.lemma_.lower()
    body = lemma in BODIES
    person = lemma in PERSON_WORDS
    for v in head.children:
        if v.dep_ != "acl" or v.i < head.i:
            continue
        if v.lower_ == "known" and not person:
            objs = [p for a in v.children if a.dep_ == "prep" and a.lower_ == "as"
                    for p in a.children if p.dep_ == "pobj"]
        elif v.lower_ == "named" and v.tag_ == "VBN" or v.lower_ in ("called", "dubbed") and body:
            objs = [c for c in v.children if c.dep_ in ("oprd", "dobj", "attr")]
        else:
            continue
        for o in objs:
            ent = r.entity_at(o)
            if ent is not None and ent.broad != "Place":
                return ent
    return None


def _speaks_after(tok) -> bool:
    """Whether the appositive ``tok`` is the speaker of the verb of saying after it, hung by
    the parser on the last noun of what was said (``... close to President Putin, a senior
    US official said``): it describes no one before it."""
    doc = tok.doc
    i = tok.right_edge.i + 1
    if i < len(doc) and doc[i].text == ",":
        i += 1
    if i >= len(doc) or doc[i].pos_ not in ("VERB", "AUX"):
        return False
    speaker = appended_speaker(doc[i])
    return speaker is not None and speaker.i == tok.i


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
            if ent is not None and ent.broad == "Organization":
                out.setdefault(ent.key, set()).add(_same_noun(tok.lemma_.lower()))
    for s, e, m, ent in r._spans:  # what the parser did not hang on the name
        if ent.broad == "Organization":
            noun = _set_off_noun(r.doc, s, e)
            if noun is not None and noun.lemma_.lower() in BODIES:  # not "X, a spokesman"
                out.setdefault(ent.key, set()).add(_same_noun(noun.lemma_.lower()))
                at[noun.i] = ent.key
            noun = _named_after(r.doc, s, e)
            if noun is not None:  # "the party's newspaper, the Daily Star"
                out.setdefault(ent.key, set()).add(_same_noun(noun.lemma_.lower()))
            span = r.doc.char_span(s, e, alignment_mode="expand")
            noun = known_as_noun(span) if span is not None and len(span) else None
            if noun is not None and noun.lemma_.lower() in BODIES:
                # "a brigade of fighters known as Ansar al-Sharia": the brigade
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


def body_spokesperson(r, head, name, norm) -> str | None:
    """The one person the article introduces as the spokesperson of the body ``name`` (a
    token) names (``PYD spokesman Nawaf Khalil``), for ``the PYD spokesman`` it quotes
    later (``head`` the title; ``norm`` normalizes a word as the titles are)."""
    word = head.lemma_.lower()
    if word not in _SPOKESPEOPLE:
        return None
    body = norm(name.text)
    return _only({key for key, words in r.titles().items() if word in words and body in words})


#: words for whoever heads a body, whatever the office's own title (``the UN chief``)
_HEADS = frozenset({"chief", "head", "leader", "boss"})


def body_heads(r, head, name, norm) -> set[str]:
    """The people the article introduces with an office of the body ``name`` (a token)
    names (``UN Secretary-General Ban Ki-moon``), whom ``the UN chief`` may be (``head``
    the word ``chief``); no spokesperson of it (``UN spokesman X``)."""
    if head.lemma_.lower() not in _HEADS:
        return set()
    body = norm(name.text)
    return {key for key, words in r.titles().items()
            if body in words and words & TITLES and not words & _SPOKESPEOPLE}


#: titles of the one who speaks for a person in court
_COUNSEL_TITLES = frozenset({"lawyer", "attorney"})
#: title words of a prosecutor's office, not a defender's ("Attorney General", "District
#: Attorney", "Special Counsel", "U.S. Attorney")
_PROSECUTING = frozenset({"general", "district", "special", "prosecutor", "u.s", "us",
                          "state", "county", "city"})


def named_counsel(r, head, owner: str | None) -> str | None:
    """The one person the article introduces as a lawyer, in a sentence naming ``owner``
    or the one after it (``Kevin Downing, a lawyer for Manafort``; ``Manafort was charged.
    His lawyer, Kevin Downing, ...``), for ``owner``'s lawyer it leaves unnamed where it
    quotes him (``Manafort's lawyer said``: ``head`` the singular title)."""
    if owner is None or head.tag_ != "NN" or head.lemma_.lower() not in _COUNSEL_TITLES \
            or owner not in r.entities:
        return None
    sents = {m.sentence for m in r.entities[owner].mentions}
    keys = set()
    for key, words in r.titles().items():
        if key == owner or not words & _COUNSEL_TITLES or words & _PROSECUTING \
                or key not in r.entities:
            continue
        first = min(r.entities[key].mentions, key=lambda m: m.start).sentence
        if {first, first - 1} & sents:
            keys.add(key)
    return _only(keys)


def _only(keys: set[str]) -> str | None:
    """The one key of ``keys``, or ``None`` for none or several."""
    return next(iter(keys)) if len(keys) == 1 else None


__all__ = ["titles", "appositive_of", "org_nouns", "set_off", "named_spokesperson",
           "named_counsel", "called_name"]
