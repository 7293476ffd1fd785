"""Names found beside or behind a speaker phrase, where its head word is no mention.

Functions over a :class:`kg.extract.speakers.Resolver` (its entities and mentions):

* :func:`member` — the one actor a plural speaker gives as its example (``some
  lawmakers, like Rep. Steve Scalise``);
* :func:`named_next` — the name right after a bare noun standing as its title (``ally
  Russia``);
* :func:`by_prefix` — the one organization whose name the phrase begins (``Defense
  says`` of the ``Defense Department``);
* :func:`by_name` — the organization whose one-word name a word is (``a Google
  spokesperson``);
* :func:`dependent` — whether a name inside a speaker phrase only modifies it
  (``Bush's vice president``);
* :func:`namesake` — the person an honorific and a surname mean when several of the
  article share the surname (``Mr. Kim`` after ``Defense Minister Kim Kwan-jin``);
* :func:`singular_head` — the person noun a plural head the parser took stands in for
  (``An administration official briefing reporters``);
* :func:`by_initials` — the person an interview's label of initials is (``JR:``);
* :func:`written_name` — the person whose full name or surname the phrase is, titles aside,
  whatever the recognizer took the words for (``Coburn said`` of Tom Coburn);
* :func:`titled_person` — the person named after a title of a body that the head's name
  begins (``Office of Management and Budget Director Mick Mulvaney``);
* :func:`identified` — the person a description says it is identified as, named or goes
  by the name of (``a man identified as Jane Roe``, ``a man by the name of Jane Roe``);
* :func:`set_off_name` — the person's name that ends a description, set off by a comma
  (``one alleged victim of the scheme, Jane Roe``);
* :func:`ending_name` — the person whose name ends a phrase of title words the parser
  misread (``Presumptive GOP presidential nominee Jane Roe``);
* :func:`one_of` — the person set off after the people ``one`` is of (``one of his
  lawyers, Jane Roe``);
* :func:`joined_roles` — the person named after two roles joined by ``and`` (``CNN
  contributor and Republican strategist Jane Roe``);
* :func:`opening_name` — the person's name that opens the phrase, its appositive set off
  by a comma after it (``Jane Roe, a China expert at the ... think tank``);
* :func:`after_fronted` — the person set off after a fronted phrase the parser took for
  the subject (``Following Trump's election, Pompeo, ..., said``);
* :func:`run_on_name` — the person named right before a role, the comma lost (``Jane Roe
  the organizations head told``);
* :func:`said_to_be` — the named actor a description is said to be (``Rep. Jane Roe ...
  is a freshman lawmaker who remains skeptical``).
"""

from __future__ import annotations

from ..name_forms import family_name_first
from ..model import Entity, Mention
from .evidence import gives_own_name
from .namewords import possessive_mark
from .orgnames import KIN
from .speakerwords import (BODIES, GENERIC_PERSON, HONORIFICS, LINK_WORDS, PERSON_NOUNS, TITLES,
                           norm_word)
from .textview import doc_text

_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "v"})



def member(r, head) -> str | None:
    """The one actor a plural speaker names as its example (``some lawmakers, like Rep.
    Steve Scalise``, ``officials, including Foreign Minister X``)."""
    if head.tag_ not in ("NNS", "NNPS"):
        return None
    found = set()
    for c in head.children:
        if c.dep_ != "prep" or not (c.lower_ in ("like", "including") or (
                c.lower_ == "as" and c.i > 0 and c.doc[c.i - 1].lower_ == "such")):
            continue
        for p in c.children:
            if p.dep_ != "pobj":
                continue
            if any(k.dep_ == "conj" for k in p.children):
                return None  # "like X and Y": several of them
            ent = r.entity_at(p)
            if ent is None or ent.broad == "Place":
                return None
            found.add(ent.key)
    return next(iter(found)) if len(found) == 1 else None


def named_next(r, head) -> Entity | None:
    """The entity named right after a bare singular noun that stands before its name
    as a title would (``ally Russia``, ``rebel backer Qatar``)."""
    doc = r.doc
    if head.pos_ != "NOUN" or head.tag_ != "NN" or head.i + 1 >= len(doc) or any(
            c.dep_ in ("det", "poss") for c in head.children):
        return None
    nxt = doc[head.i + 1]
    for m, ent in r.mentions_in(nxt.idx, nxt.idx + len(nxt.text)):
        after = doc.char_span(m.start, m.end, alignment_mode="expand")
        if m.start == nxt.idx and after is not None and (
                after.end >= len(doc) or doc[after.end].pos_ != "PROPN"):
            return ent  # the whole name: not "superstar Israel Folau"
    return None


def by_prefix(r, head, start: int, end: int) -> Entity | None:
    """The one organization of the article whose name begins with the speaker phrase's
    capitalized words (``Defense says`` of the ``Defense Department``)."""
    words = [w for w in doc_text(r.doc)[start:end].split() if w.lower() != "the"]
    if not words or not all(w[:1].isupper() for w in words):
        return None
    hits = {e.key for e in r.entities.values() if e.broad == "Organization"
            and any(n.split()[:len(words)] == words and len(n.split()) > len(words)
                    for n in (e.name, *e.aliases))}
    return r.entities[next(iter(hits))] if len(hits) == 1 else None


def by_name(r, tok) -> Entity | None:
    """The organization of the article whose one-word name is ``tok`` (``a Google
    spokesperson`` where the tagger saw no name)."""
    if not tok.text[:1].isupper():
        return None
    word = tok.text.lower()
    hits = {e.key for e in r.entities.values() if e.broad == "Organization"
            and word in (n.lower() for n in (e.name, *e.aliases))}
    return r.entities[next(iter(hits))] if len(hits) == 1 else None


#: prefixes that make a name a word of stance (``anti-Assad``, ``pro-Trump``)
_STANCE_PREFIXES = frozenset({"anti", "pro", "non"})


def dependent(r, m: Mention, head) -> bool:
    """Whether mention ``m`` inside a speaker phrase headed by ``head`` only modifies it
    or lies in a clause on it (``Bush's vice president``, ``the official, who saw X``), or
    is the stem of a word of stance (``an anti-Assad group``)."""
    span = r.doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    doc = r.doc
    if span.start >= 2 and doc[span.start - 1].text == "-" \
            and doc[span.start - 2].lower_ in _STANCE_PREFIXES:
        return True
    t = span.root
    for _ in range(12):
        if t.i == head.i or t.head.i == t.i:
            return False
        if t.dep_ in ("poss", "relcl", "acl", "advcl"):
            return True
        t = t.head
    return False


def namesake(r, head, ent: Entity) -> Entity | None:
    """The person an honorific and a surname mean (``Mr. Kim``) when the article names
    several people with that surname and the name was linked to another: the one whose
    full name was written last before it, of the honorific's gender (``Defense Minister
    Kim Kwan-jin ... Mr. Kim said``: not Kim Jong Un named paragraphs before).  A name
    written family name first (``Kim Jong Un``) shares its first word, else its last."""
    doc = r.doc
    if ent.broad != "Person" or head.pos_ != "PROPN" or head.i == 0:
        return None
    honorific = doc[head.i - 1].lower_.rstrip(".")
    if honorific not in HONORIFICS or (head.i + 1 < len(doc)
                                        and doc[head.i + 1].pos_ == "PROPN"):
        return None  # "Mr. Kim Jong Un": the full name, as linked
    word = head.text.lower()
    first = ent.name.split()[0].lower() == word
    want = HONORIFICS[honorific]
    text = doc_text(doc)
    latest: dict[str, int] = {}
    earliest: dict[str, int] = {}
    for e in r.entities.values():
        words = [w.lower().strip(".,") for w in e.name.split()]
        if e.broad != "Person" or len(words) < 2 or word not in (
                words[-1], words[0] if first else None) or e.key != ent.key and (
                set(words) & _SUFFIXES):
            continue  # "Donald Trump Jr." is told apart by his suffix, not by "Mr. Trump"
        if e.key != ent.key and want and r.gender(e.key) not in (None, want):
            continue
        full = [m.start for m in e.mentions if m.start < head.idx and len(
            [w for w in text[m.start:m.end].split() if w.lower().rstrip(".") not in HONORIFICS
             ]) > 1]
        if full:
            latest[e.key] = max(full)
            earliest[e.key] = min(full)
    if not latest or (len(latest) == 1 and ent.key in latest):
        return None
    key = max(latest, key=latest.get)
    order = sorted(earliest, key=earliest.get)
    second = doc.char_span(earliest[order[-1]], earliest[order[-1]] + 1,
                           alignment_mode="expand") if len(order) > 1 else None
    if second is not None and any(earliest[order[0]] < t.idx and t.i < second.sent.start
                                  and _lone(t) for t in doc if t.lower_ == word):
        # "Kim Jong Un ... Mr. Kim held a summit ... Sung Kim, a former ambassador ... Mr.
        # Kim will agree": the first one's, who had been called so before the sentence
        # naming the second (not "Mr. Bush's father, George H.W. Bush")
        key = order[0]
    return r.entities[key] if key != ent.key else None


def _lone(tok) -> bool:
    """Whether the surname ``tok`` stands alone, no word of a full name around it."""
    doc = tok.doc
    return not (tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN"
                and doc[tok.i - 1].lower_.rstrip(".") not in HONORIFICS) \
        and not (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN")


def singular_head(head):
    """The person noun a plural head stands in for when the parser took a phrase's last
    noun for its head despite ``a``/``an`` (``An administration official briefing
    reporters``: an official, not reporters)."""
    if head.tag_ not in ("NNS", "NNPS") or not any(
            c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children):
        return head
    nouns = [t for t in head.doc[head.left_edge.i:head.i] if t.tag_ == "NN"
             and t.lemma_.lower() in GENERIC_PERSON | TITLES]
    return nouns[-1] if nouns else head


def _bare_words(r, start: int, end: int) -> list[str] | None:
    """The words of the phrase ``[start, end)`` after its titles (``Sen.``, ``Secretary``,
    ``Mr.``), each capitalised, or None when a word is not."""
    from .spantrim import title_abbreviation

    words = [w.strip(",") for w in doc_text(r.doc)[start:end].split()]
    words = [w for w in words if w]
    k = 0
    while k < len(words) - 1 and (title_abbreviation(words[k])
                                  or words[k].lower().rstrip(".") in HONORIFICS
                                  or words[k].lower() in TITLES):
        k += 1
    rest = words[k:]
    if not rest or len(rest) > 4 or not all(
            w[:1].isupper() and w.replace("-", "").replace("'", "").replace("\u2019", "")
            .replace(".", "").isalpha() for w in rest):
        return None
    return rest


def written_name(r, start: int, end: int) -> Entity | None:
    """The one person of the article whose full name, or surname alone, the speaker phrase
    ``[start, end)`` is once its titles are set aside (``Coburn said`` where the recognizer
    took ``Coburn`` for a product; ``U.S. Ambassador Samantha Power`` ... ``Power said``)."""
    words = _bare_words(r, start, end)
    if words is None:
        return None
    low = [w.lower() for w in words]
    hits = set()
    for e in r.entities.values():
        if e.broad != "Person":
            continue
        for n in (e.name, *e.aliases):
            parts = [w.lower().strip(".,") for w in n.split()]
            parts = [w for w in parts if w not in _SUFFIXES]
            if len(parts) < 2:
                continue
            if low == parts or len(low) == 1 and (low[0] == parts[-1] or low[0] == parts[0]
                                                   and family_name_first(n)):
                hits.add(e.key)  # "Coburn" of Tom Coburn, "Park" of Park Won-soon
    if len(hits) > 1 and len(low) == 1:  # the one whose lone mentions the linker gave it
        hits = {k for k in hits if any(m.text.lower() == low[0] for m in r.entities[k].mentions)}
    if not hits and len(low) == 1:
        hits = _first_named(r, low[0])
    return r.entities[next(iter(hits))] if len(hits) == 1 else None


def _label_at(tok) -> bool:
    """Whether ``tok`` is a transcript's label of initials opening a line (``JR:``)."""
    doc = tok.doc
    text = doc_text(doc)
    return tok.is_alpha and tok.is_upper and 2 <= len(tok) <= 4 and tok.i + 1 < len(doc) \
        and doc[tok.i + 1].text == ":" \
        and not text[text.rfind("\n", 0, tok.idx) + 1:tok.idx].strip(" \"\u201c")


def by_initials(r, head) -> Entity | None:
    """The one person of the article whose initials an interview's label is (``JR:`` of
    Jane Roe, ``JMR:`` of Jane Roe whose middle name the article leaves out), where the label
    opens a line and names no actor of its own (an organization whose every mention is
    such a label, as the recognizer took ``JR`` for, is none)."""
    if not _label_at(head):
        return None
    own = r.entity_at(head)
    if own is not None and (own.wikidata is not None or own.broad == "Person" or not all(
            (t := r.doc.char_span(m.start, m.end)) is not None and len(t) == 1
            and _label_at(t[0]) for m in own.mentions)):
        return None
    label = head.text
    hits = set()
    for e in r.entities.values():
        if e.broad != "Person":
            continue
        for n in (e.name, *e.aliases):
            words = [w for w in n.replace("-", " ").split()
                     if w.lower().strip(".,") not in _SUFFIXES]
            if len(words) < 2:
                continue
            caps = "".join(w[0] for w in words).upper()
            if caps == label or len(words) == 2 and len(label) == 3 \
                    and caps == label[0] + label[-1]:
                hits.add(e.key)
    return r.entities[next(iter(hits))] if len(hits) == 1 else None


def written_org(r, start: int, end: int) -> Entity | None:
    """The one organization of the article whose name the speaker phrase ``[start, end)``
    is, but for a leading "the" (``The Intercept reported`` where the recognizer saw no name
    this time, though it did elsewhere), or whose name's head word ``the`` and one word are,
    a word the gazetteer knows as no name of its own (``The Post reported`` of The
    Washington Post; not ``the House`` of the White House)."""
    from .linking import head_word
    from .nlp import default_gazetteer

    words = doc_text(r.doc)[start:end].split()
    the = bool(words) and words[0].lower() == "the"
    if the:
        words = words[1:]
    if not words or len(words) > 6 or not all(w[:1].isupper() for w in words):
        return None
    bare = [w.lower() for w in words]
    hits, longer = set(), set()
    for e in r.entities.values():
        if e.broad != "Organization":
            continue
        for n in (e.name, *e.aliases):
            low = n.lower().split()
            if low in (bare, ["the", *bare]):
                hits.add(e.key)
            elif low[:len(bare)] == bare:
                longer.add(e.key)  # "Tahrir" of "Tahrir al-Sham": a short form, not a name
    gaz = default_gazetteer() if not hits and not longer and the and len(words) == 1 else None
    if gaz is not None and gaz.lookup(words[0]) is None and words[0] not in gaz.context_forms:
        hits = {e.key for e in r.entities.values() if e.broad == "Organization"
                and any(head_word(n) == words[0] for n in (e.name, *e.aliases))}
    return r.entities[next(iter(hits))] if len(hits) == 1 and not longer - hits else None


def _first_named(r, word: str) -> set[str]:
    """The people whose full name opens with ``word`` (``Azza`` of ``Victor and Azza
    Olynik``: a first name alone, as a text calls those who share a surname), where no
    actor or place of the article has it as its name or last word."""
    hits = set()
    for e in r.entities.values():
        for n in (e.name, *e.aliases):
            parts = [w.lower().strip(".,") for w in n.split()]
            if not parts:
                continue
            if parts[-1] == word:
                return set()  # someone's surname, or a one-word name
            if e.broad == "Person" and len(parts) > 1 and parts[0] == word \
                    and not family_name_first(n):
                hits.add(e.key)
    return hits


def titled_person(r, head, start: int, end: int) -> Entity | None:
    """The person named at the end of a speaker phrase after a title, where the head's name
    is a body's the title belongs to (``Office of Management and Budget Director Mick
    Mulvaney``, ``Pentagon Press Secretary John Kirby``): the person speaks, not the body."""
    doc = r.doc
    people = [(m, e) for m, e in r.mentions_in(start, end) if e.broad == "Person"
              and m.start > head.idx and doc_text(doc)[m.end:end].strip(" ,") == ""]
    if len({e.key for _, e in people}) != 1:
        return None
    m, ent = people[0]
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return None
    before = doc[span.start - 1]
    return ent if before.text[:1].isupper() and before.lower_ in TITLES else None


def owned_person(r, head, start: int, end: int) -> Entity | None:
    """The person named right after the possessive of the body the parser made the speaker
    phrase's head (``the Council on Foreign Relations' Jane Roe``, ``NBC's Jane Roe, a
    reporter``), the name ending the phrase or set off by a comma: the person speaks, not
    the body."""
    doc, text = r.doc, doc_text(r.doc)
    found = set()
    for m, ent in r.mentions_in(start, end):
        if ent.broad != "Person" or m.start <= head.idx \
                or text[m.end:end].strip()[:1] not in ("", ","):
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or span.start < 2 or not possessive_mark(doc[span.start - 1]):
            continue
        owner = doc[span.start - 2]  # a word of the head's own phrase, no person's
        if head.i <= owner.i <= head.right_edge.i and (
                (o := r.entity_at(owner)) is None or o.broad != "Person"):
            found.add(ent.key)
    return r.entities.get(next(iter(found))) if len(found) == 1 else None


def person_before_owner(r, head, start: int, end: int) -> Entity | None:
    """The person whose name opens a speaker phrase right before the body the parser made its
    head, the body owning a role in lower case after it (``Jana Roe MSFs head of mission``,
    its commas and apostrophe lost): the person speaks, not the body."""
    text = doc_text(r.doc)
    people = [(m, e) for m, e in r.mentions_in(start, end) if e.broad == "Person"
              and m.start == start and m.end < head.idx and not text[m.end:head.idx].strip()]
    if len(people) != 1 or head.i + 1 >= len(r.doc) or not r.doc[head.i + 1].is_lower:
        return None
    return people[0][1]


#: participles that give a described person's name ("a man identified as", "a woman named")
_NAMING = frozenset({"identify", "name", "call"})


def _by_the_name(tok):
    """Tokens of the name ``tok`` goes by: ``by the name of Jane Roe``, ``by her first
    name, Jane``."""
    for p in tok.children:
        if p.dep_ not in ("prep", "agent") or p.lower_ != "by":
            continue
        for n in p.children:
            if n.dep_ == "pobj" and n.lemma_.lower() == "name":
                yield from (k for k in n.children if k.dep_ == "appos")
                yield from (o for k in n.children if k.dep_ == "prep" and k.lower_ == "of"
                            for o in k.children if o.dep_ == "pobj")


def identified(r, head) -> Entity | None:
    """The person a description says it is identified as, named or called (``a man
    identified as Jane Roe``, ``a woman named Jane Roe``), or goes by the name of (``a man by
    the name of Jane Roe``, ``a woman who goes by the name of Jane Roe``)."""
    verbs = [c for c in head.children if c.dep_ in ("relcl", "acl")]
    for tok in [t for v in [head] + verbs for t in _by_the_name(v)]:
        ent = r.entity_at(tok)
        if ent is not None and ent.broad == "Person":
            return ent
    for c in head.children:
        if c.dep_ == "relcl" and (named := _self_named(c)) is not None:
            ent = r.entity_at(named)
            if ent is not None and ent.broad == "Person":
                return ent  # "a resident, who gave his name as Jane Roe"
        if c.dep_ != "acl" or c.tag_ != "VBN" or c.lemma_.lower() not in _NAMING:
            continue
        names = [k for k in c.children if k.dep_ in ("oprd", "attr", "dobj", "appos")]
        names += [o for k in c.children if k.dep_ == "prep" and k.lower_ == "as"
                  for o in k.children if o.dep_ == "pobj"]
        for tok in names:
            ent = r.entity_at(tok)
            if ent is not None and ent.broad == "Person":
                return ent
    return None


def _self_named(verb):
    """The name a relative clause says its person gave (``who identified herself only as
    Jane``, ``who gave his name as Tom``), as the name's token, or None."""
    if not gives_own_name(verb):
        return None
    obj = next(c for c in verb.children if c.dep_ == "dobj")
    for h in (verb, obj):
        for k in h.children:
            if k.dep_ == "prep" and k.lower_ == "as":
                pobj = next((o for o in k.children if o.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj
    return None


def _last_person(r, start: int, end: int):
    """``(entity, tokens)`` of the last person's name in the phrase ``[start, end)``, or
    None."""
    people = [(m, ent) for m, ent in r.mentions_in(start, end) if ent.broad == "Person"]
    if not people:
        return None
    m, ent = people[-1]
    span = r.doc.char_span(m.start, m.end, alignment_mode="expand")
    return (ent, span) if span is not None and len(span) else None


def set_off_name(r, head, start: int, end: int) -> Entity | None:
    """The person whose name ends a description, set off by a comma, where the parser hung
    it on a word of the description other than its head (``one alleged victim of the
    scheme, Jane Roe``; ``a former official, now an attorney with Roe Law, Jane Roe``).
    Not the name of a title's holder (``a spokesman for the prime minister, Jane Roe``:
    hers is the title before the comma)."""
    doc = r.doc
    found = _last_person(r, start, end)
    if found is None:
        return None
    ent, span = found
    if span.start == 0 or doc[span.start - 1].text != ",":
        return None
    root = span.root
    if root.dep_ != "appos" or root.head.pos_ not in ("NOUN", "PROPN") \
            or not head.i <= root.head.i < span.start:
        return None
    if norm_word(root.head.lemma_) in TITLES | GENERIC_PERSON:
        return None
    if any(not t.is_punct for t in doc[span.end:] if t.idx < end):
        return None  # more words after the name: it is no end of the description
    return ent


def ending_name(r, start: int, end: int) -> Entity | None:
    """The person whose name ends the speaker phrase ``[start, end)`` after words of a title
    only, no preposition or possessive among them (``Presumptive GOP presidential nominee
    Jane Roe``, where the parser took ``Presumptive`` for a verb and the phrase's head), or
    set off by a comma (``The best known of them, Jane Roe``); not the one a phrase is of
    (``The family of Jane Roe``)."""
    doc = r.doc
    found = _last_person(r, start, end)
    phrase = doc.char_span(start, end, alignment_mode="expand")
    if found is None or phrase is None or found[1].start <= phrase.start:
        return None
    ent, span = found
    if any(not t.is_punct for t in doc[span.end:phrase.end]):
        return None
    before = doc[phrase.start:span.start]
    if before[-1].text == ",":
        return ent  # "The best known of them, Jane Roe": the name set off after the phrase
    # (the phrase's first word may be an article or the word the parser took for a verb)
    if any(t.pos_ in ("ADP", "PRON", "DET", "CCONJ", "VERB") and t.i != phrase.start
           or t.tag_ == "POS" or t.is_punct for t in before):
        return None
    return ent


def one_of(r, head) -> Entity | None:
    """The person set off by a comma after the people ``one`` is of (``one of his lawyers,
    Jane Roe``): the name the parser made the appositive of ``one`` or of its people."""
    if head.lower_ != "one":
        return None
    group = [o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
             for o in p.children if o.dep_ == "pobj" and o.tag_ in ("NNS", "NNPS")]
    for tok in [c for t in [head, *group] for c in t.children if c.dep_ == "appos"]:
        if tok.i > 0 and tok.doc[tok.left_edge.i - 1].text == ",":
            ent = r.entity_at(tok)
            if ent is not None and ent.broad == "Person":
                return ent
    return None


def joined_roles(r, head, start: int, end: int) -> Entity | None:
    """The person named at the end of a speaker phrase after a role, where the parser joined
    the name to the head by ``and`` (``CNN contributor and Republican strategist Jane
    Roe``, ``his fellow actress and wife Jane Roe``): one person is named in the phrase,
    nothing but marks after the name, and the name hangs on the head through conjuncts,
    compounds and appositives only."""
    doc = r.doc
    people = [(m, e) for m, e in r.mentions_in(start, end) if e.broad == "Person"]
    if not people or len({e.key for _, e in people}) != 1 \
            or doc_text(doc)[people[-1][0].end:end].strip(" ,") != "":
        return None
    m, ent = people[-1]
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.start == 0 or span.start <= head.i:
        return None
    before = doc[span.start - 1]
    if norm_word(before.lemma_.lower()) not in TITLES | GENERIC_PERSON | KIN \
            or any(w.lower_ in LINK_WORDS for w in doc[head.i:span.start]):
        return None  # (not "an adviser to candidate Jane Roe", the "to" taken for no link)
    t = span.root
    while t.i != head.i:
        if t.dep_ not in ("conj", "compound", "appos", "flat") or t.head.i == t.i:
            return None
        t = t.head
    return ent


def opening_name(r, head, start: int, end: int) -> Entity | None:
    """The person whose name opens a speaker phrase, a comma after it setting off its
    appositive, where the parser took a word of the appositive for the phrase's head
    (``Jane Roe, a China expert at the Center for Strategic and International Studies think
    tank``, headed by ``tank``).  No other person is named in the phrase, and the name is
    joined to none by ``and`` (``Jane Roe, John Doe and others``)."""
    doc = r.doc
    ms = r.mentions_in(start, end)
    if not ms or ms[0][0].start != start or ms[0][1].broad != "Person" \
            or any(e.broad == "Person" and e.key != ms[0][1].key for _, e in ms):
        return None
    m, ent = ms[0]
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.end >= len(doc) or doc[span.end].text != "," \
            or head.i < span.end or any(t.dep_ == "conj" for t in span.root.children):
        return None
    return ent


def after_fronted(r, head) -> Entity | None:
    """The person set off by commas after a phrase of time or cause the parser took for the
    subject (``Following Trump's election, Pompeo, currently the director of the CIA,
    said``: ``Following``): the last person's name in apposition after a comma in the
    phrase, where the head is a participle or a preposition, no noun."""
    if head.pos_ not in ("VERB", "ADP") or head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    doc = head.doc
    found = None
    for t in head.subtree:
        if t.dep_ == "appos" and t.left_edge.i > 0 and doc[t.left_edge.i - 1].text == ",":
            ent = r.entity_at(t)
            if ent is not None and ent.broad == "Person":
                found = ent
    return found


def run_on_name(r, head) -> Entity | None:
    """The person named right before a description of a role that opens with ``the``, no
    comma between, where the text lost its commas (``"...," Rami Abdel-Rahman the
    organizations head told AFP``): the description is that person's appositive."""
    doc = head.doc
    first = head.left_edge
    if head.pos_ != "NOUN" or first.lower_ != "the" or first.i == 0 \
            or norm_word(head.lemma_) not in TITLES | GENERIC_PERSON:
        return None
    name = doc[first.i - 1]
    if name.dep_ in ("pobj", "dobj", "poss") or name.head.dep_ in ("pobj", "dobj"):
        return None  # "In a phone call with President Jane Roe the president said": the
        # object of a phrase set before the subject, its comma lost
    ent = r.entity_at(name)
    return ent if ent is not None and ent.broad == "Person" else None


def glued_name(r, head, end: int) -> Entity | None:
    """The person named at the end of a description of a person, glued to the name of a
    place or body before it where the text lost its commas (``Another resident of Jane
    City Tom Baker said``, ``a member of the Example Council Jane Roe said``): the
    description is that person's; the speaker phrase ends at offset ``end``."""
    lemma = norm_word(head.lemma_)
    if head.pos_ != "NOUN" or not (lemma in TITLES or lemma in GENERIC_PERSON
                                   or lemma in PERSON_NOUNS):
        return None
    found = r.mentions_in(head.idx, end)
    if len(found) < 2:
        return None
    (before, owner), (m, ent) = found[-2], found[-1]
    text = doc_text(head.doc)
    if ent.broad != "Person" or owner.broad not in ("Place", "Organization") \
            or text[m.end:end].strip(" .,") or text[before.end:m.start] != " ":
        return None
    span = head.doc.char_span(m.start, m.end, alignment_mode="expand")
    return ent if span is not None and head.i < span.start else None


def said_to_be(r, head) -> Entity | None:
    """The actor named as the subject of the copula whose singular attribute the
    description ``head`` is (``Rep. Jane Roe of Ohio, who lost ..., is a freshman lawmaker
    who remains skeptical``): a person for a noun of a person, an organization for a
    body's noun (``The Observatory is a monitoring group that says``); else None."""
    if head.pos_ != "NOUN" or head.tag_ != "NN" or any(c.dep_ == "poss" for c in head.children):
        return None
    while head.dep_ == "conj" and head.head.i < head.i:  # "is a lawmaker and a veteran who"
        head = head.head
    verb = _predicated_by(head)
    if verb is None:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    ent = r.entity_at(subj) if subj is not None and subj.pos_ == "PROPN" else None
    if ent is None:
        return None
    lemma = norm_word(head.lemma_)
    if ent.broad == "Person" and (lemma in TITLES or lemma in GENERIC_PERSON
                                  or lemma in PERSON_NOUNS or _who(head)) \
            or ent.broad == "Organization" and lemma in BODIES:
        return ent
    return None


def _predicated_by(head):
    """The verb whose subject the noun ``head`` is said to be: ``is`` of ``Roe is a lawmaker
    who``, ``rose`` of ``Roe rose to prominence as the lawmaker who`` (an ``as`` phrase of a
    verb with no object, which would be what the phrase describes); else None."""
    if head.dep_ == "attr":
        return head.head if head.head.lemma_ == "be" else None
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ != "as" or prep.dep_ != "prep" \
            or prep.head.pos_ not in ("VERB", "AUX") or prep.i < prep.head.i:
        return None
    verb = prep.head
    if any(c.dep_ in ("dobj", "attr", "oprd", "dative") for c in verb.children) \
            or prep.i > 0 and head.doc[prep.i - 1].lower_ in ("such", "as", "so"):
        return None
    return verb


def _who(head) -> bool:
    """Whether ``who`` opens a relative clause on ``head``: a person, whatever the noun."""
    return any(c.dep_ == "relcl" and any(w.lower_ == "who" and w.dep_ == "nsubj"
                                         for w in c.children) for c in head.children)


__all__ = ["member", "named_next", "by_prefix", "by_name", "dependent", "namesake",
           "singular_head", "written_name", "titled_person", "person_before_owner", "identified",
           "set_off_name", "joined_roles", "one_of", "opening_name", "said_to_be",
           "after_fronted", "run_on_name", "glued_name"]

