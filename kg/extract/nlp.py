"""Build the spaCy pipeline: a model plus kg's paragraph breaks and gazetteer ruler.

* ``kg_apostrophes`` (first) has a word written with a typographic apostrophe
  inside it (``O’Shaughnessy``, ``Sa’ar``) read by the models as the same word
  with a straight one: the small models learnt names from straight apostrophes
  and otherwise leave ``O’Shaughnessy`` out of ``Kate O’Shaughnessy``. Only the
  word's features (norm, shape, prefix, suffix) change; its text does not.
  A clitic so written (``He’s``, ``don’t``) gets its straight form's features
  too: the tagger took ``’s`` and ``n’t`` for nouns (``He’s said`` had no verb).
* ``kg_paragraphs`` (before the parser) starts a sentence after every
  whitespace token holding a line break: the small models otherwise run a
  sentence on over a paragraph break, or over a blanked stretch of
  boilerplate, and the parse of both paragraphs suffers.
* The gazetteer is applied by an ``entity_ruler`` (phrase patterns matched on
  the exact token text) placed before ``ner``: gazetteer names become entities
  with ``ent_id_`` set to the gazetteer id, and the statistical recognizer
  labels the rest around them.
* ``kg_demonyms`` (last) labels a nationality word the recognizer took for a
  name as one (``Sri Lankan officials``: ``Lankan`` no person): a span it
  labelled, with up to two words before it, that spells a demonym of a
  gazetteer country, and no capitalised word after it (``American Airlines``
  stays a company).
* ``attribute_ruler`` and a rule ``lemmatizer`` are replaced by their array
  versions from :mod:`kg.extract.fastpipes`, and ``ner``'s decoding loop by
  :mod:`kg.extract.fastner` (same output, less time in spaCy);
  ``KG_FAST_PIPES=0`` in the environment keeps spaCy's own.
"""

from __future__ import annotations

import os
import re

from .quotes import passages

RULER = "kg_gazetteer"
PARAGRAPHS = "kg_paragraphs"
ALIAS_GUARD = "kg_alias_guard"
APOSTROPHES = "kg_apostrophes"
DEMONYMS = "kg_demonyms"

#: typographic apostrophes: the right single quotation mark and the modifier letter
_APOSTROPHES = ("\u2019", "\u02bc")
#: an apostrophe inside a word: a letter before it, two after ("O\u2019Shaughnessy", "Sa\u2019ar")
_INNER_APOSTROPHE = re.compile(r"[^\W\d_][\u2019\u02bc][^\W\d_]{2}")
#: a clitic written with one (``He\u2019s``, ``don\u2019t``), which the tagger otherwise
#: takes for a noun
_CLITIC = re.compile(r"(?i)(?:[\u2019\u02bc](?:s|ll|re|ve|d|m)|n[\u2019\u02bc]t)$")

#: abbreviated titles set before a name that spaCy's English tokenizer splits at the period
#: ("Capt." -> "Capt", "."), after which the parser ends the sentence in the middle of the
#: name ("... said Navy Capt." / "Jeff Davis."); none of them ends a sentence in news
TITLE_ABBREVIATIONS = (
    "Lt.", "Col.", "Capt.", "Cpt.", "Maj.", "Sgt.", "Cpl.", "Pvt.", "Pfc.", "Spc.", "Cmdr.",
    "Cmdt.", "Brig.", "Ens.", "Msgr.", "Supt.", "Insp.", "Atty.", "Sens.", "Reps.", "Govs.",
    "Gens.", "Mme.", "Mlle.", "Coun.", "Cllr.", "Ald.", "Const.", "Cst.", "Det.", "Hon.",
    "Amb.", "Commr.", "Lt.-Gen.", "Maj.-Gen.", "Brig.-Gen.", "Lt.-Col.")


def add_titles(nlp) -> None:
    """Keep each of :data:`TITLE_ABBREVIATIONS` one token in ``nlp``'s tokenizer.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> [t.text for t in nlp("Capt. Jeff Davis said")]
    ['Capt', '.', 'Jeff', 'Davis', 'said']
    >>> add_titles(nlp)
    >>> [t.text for t in nlp("Capt. Jeff Davis said")]
    ['Capt.', 'Jeff', 'Davis', 'said']
    """
    from spacy.symbols import NORM, ORTH

    for title in TITLE_ABBREVIATIONS:
        # normed without its period: with it the parser may read the word as punctuation
        # ("said Navy Cmdr. Jane Roe": "Cmdr." hung on the verb as punct)
        nlp.tokenizer.add_special_case(title, [{ORTH: title, NORM: title[:-1].lower()}])


_TITLES = frozenset(TITLE_ABBREVIATIONS)

#: a comma, colon or semicolon glued to the quotation mark that opens a quote, and that
#: mark glued to its first word (``said,\u201cWe``, ``said:"We``); a quotation mark glued to
#: the end of a sentence and the word after it, or two of them, one closing a quote and one
#: opening the next (``all."Roe says``, ``enemy.""We``, ``role?\u201cI``); a comma glued between
#: a word and a number (``Roe,17,``): split as if spaced
_GLUED_QUOTE = (r"(?<=[^\W\d_])[,:;](?=[\u201c\u2018\"])"
                r"|(?<=[,:;])[\u201c\u2018\"](?=[^\W\d_])"
                r"|(?<=[^\W\d_])[?!](?=[\u201c\u201d\"])"
                r"|(?<=[.?!])[\u201c\u201d\"](?=[\u201c\"]?[^\W\d_])"
                r"|(?<=[.?!][\u201d\"])[\u201c\"](?=[^\W\d_])"
                # a comma glued between a word and a number ("Jane Roe,17, said")
                r"|(?<=[^\W\d_]),(?=\d)")


def add_glued_quotes(nlp) -> None:
    """Split a quotation mark glued to the punctuation before it and the word after it,
    as ``nlp``'s tokenizer splits the spaced form.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> [t.text for t in nlp("Roe said,\u201cWe won.\u201d")]
    ['Roe', 'said,\u201cWe', 'won', '.', '\u201d']
    >>> add_glued_quotes(nlp)
    >>> [t.text for t in nlp("Roe said,\u201cWe won.\u201d")]
    ['Roe', 'said', ',', '\u201c', 'We', 'won', '.', '\u201d']
    >>> [t.text for t in nlp('"We won.""We lost."Roe said.')][:9]
    ['"', 'We', 'won', '.', '"', '"', 'We', 'lost', '.']
    >>> [t.text for t in nlp("Jane Roe,17, paid 1,000")]
    ['Jane', 'Roe', ',', '17', ',', 'paid', '1,000']
    """
    old = getattr(nlp.tokenizer.infix_finditer, "__self__", None)
    pattern = old.pattern + "|" + _GLUED_QUOTE if isinstance(old, re.Pattern) else _GLUED_QUOTE
    nlp.tokenizer.infix_finditer = re.compile(pattern).finditer


#: marks of no width (a zero-width space, a left-to-right or right-to-left mark, a word
#: joiner, a byte-order mark) at the edge of a word: no part of it (``Roe\u200f said``)
_INVISIBLE = "[\u200b\u200e\u200f\u2060\ufeff]"


def add_invisible_marks(nlp) -> None:
    """Split a mark of no width off the word it is glued to, as punctuation is, so that a
    name is the same name with or without one.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> add_invisible_marks(nlp)
    >>> [t.text for t in nlp("Jane Roe\u200f said")]
    ['Jane', 'Roe', '\u200f', 'said']
    """
    tok = nlp.tokenizer
    for attr, pattern in (("prefix_search", "^" + _INVISIBLE),
                          ("suffix_search", _INVISIBLE + "$"),
                          ("infix_finditer", _INVISIBLE)):
        old = getattr(getattr(tok, attr), "__self__", None)
        if isinstance(old, re.Pattern):
            pattern = old.pattern + "|" + pattern
        compiled = re.compile(pattern)
        setattr(tok, attr, compiled.finditer if attr == "infix_finditer" else compiled.search)


#: quotation marks that may be glued between a sentence's end and the next word
_GLUED_MARKS = frozenset({"\u201c", "\u201d", '"'})


def paragraph_starts(doc):
    """Mark the first word after each line break as a sentence start, and the word after
    an abbreviated title (``Capt.``) as no sentence start; a sentence starts at a capitalised
    word glued to the full stop after a word in lower case (``comment.Another``), at a
    quotation mark glued to the end of the one before (``role?\u201cI think``), or after it
    where it closes a quote (``map.\u201dThe``); returns ``doc``.

    Other tokens are left for the parser to decide.  Registered as the spaCy
    component ``kg_paragraphs``.
    """
    n = len(doc)
    i = 0
    opening = None
    while i < n:
        tok = doc[i]
        i += 1
        if tok.text in _TITLES and i < n and not doc[i].is_space:
            doc[i].is_sent_start = False  # "Navy Capt. Jeff Davis": one name
        elif tok.text in (".", "?", "!") and 1 < i < n and not tok.whitespace_ \
                and not doc[i - 2].whitespace_ and doc[i - 2].is_lower and doc[i - 2].is_alpha \
                and len(doc[i - 2]) > 1 and doc[i].is_title and doc[i].is_alpha:
            doc[i].is_sent_start = True  # "for comment.Another official said": a sentence
        elif tok.text in _GLUED_MARKS and 1 < i < n and doc[i - 2].text in (".", "?", "!") \
                and not doc[i - 2].whitespace_ and not tok.whitespace_ \
                and doc[i].text[:1].isupper():
            if opening is None:  # where quotes open, by the text's marks
                opening = {p.open for p in passages(doc.text)}
            if tok.idx in opening:
                tok.is_sent_start = True
            elif doc[i].text not in _GLUED_MARKS:
                tok.is_sent_start = False  # (the closing mark ends the sentence before)
                doc[i].is_sent_start = True
        elif tok.is_space and "\n" in tok.text:
            while i < n and doc[i].is_space:
                i += 1
            if i < n:
                doc[i].is_sent_start = True
        elif tok.lower_ in ("a.m.", "p.m.") and i < n and _ends_at_time(doc, tok.i):
            doc[i].is_sent_start = True  # "The fire started at 2 a.m. Police said"
    return doc


#: days of the week and months
_CALENDAR = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december"})
#: capitalised words that go on a time of day ("2 a.m. Monday", "9 p.m. ET")
_AFTER_TIME = _CALENDAR | frozenset({
    "et", "est", "edt", "pt", "pst", "pdt", "ct", "cst", "cdt", "mt", "mst", "gmt", "utc",
    "bst", "cet", "local", "eastern", "pacific", "central", "mountain", "atlantic", "today",
    "tomorrow"})


def _ends_at_time(doc, k: int) -> bool:
    """Whether the sentence ends at the time of day ``a.m.``/``p.m.`` at ``k``, whose full
    stop the tokenizer kept in the word: a quotation mark follows (``at 2 a.m. "We``), or a
    capitalised word that goes on no time (not ``Monday``, ``ET``) where a verb stands
    before the time in its sentence (``The fire started at 2 a.m. Police said``; not ``At 9
    a.m. Roe arrived``)."""
    nxt = doc[k + 1]
    if nxt.text in ("\u201c", '"') and nxt.whitespace_ == "":
        return True
    if not (nxt.is_title and nxt.is_alpha) or nxt.lower_ in _AFTER_TIME:
        return False
    j = k - 1
    while j >= 0 and doc[j].text not in (".", "?", "!") and "\n" not in doc[j].text:
        if doc[j].tag_.startswith("VB") or doc[j].tag_ == "MD":
            return True
        j -= 1
    return False


#: months that are also first names ("In May Hamas said")
_MONTHS = frozenset({"april", "may", "june", "july", "august"})


#: capitalized words after a name that go on no name ("Trump Thursday said")
_NOT_NAME = _CALENDAR | frozenset({
    "administration", "campaign", "government", "i", "jr", "sr", "ii", "iii", "tower",
    "towers", "foundation", "organization", "hotel", "university", "center", "centre", "plaza",
    "airport", "library", "doctrine", "era", "team", "family", "estate", "tweet", "tweets"})


def _name_goes_on(tok) -> bool:
    """Whether ``tok`` after a one-word gazetteer name makes a longer name of it (``Kim
    Kwan-jin``), not a new name or another word (``Trump Thursday``, ``Obama
    Administration``)."""
    return tok.is_title and tok.tag_ == "NNP" and not tok.ent_type_ \
        and tok.lower_ not in _NOT_NAME and not tok.is_sent_start


#: last words of a news organization's name, after a place (``The Washington Times``)
_OUTLET_ENDS = frozenset({"times", "post", "news", "journal", "herald", "tribune", "press",
                          "gazette", "chronicle", "examiner", "observer", "telegraph",
                          "today", "daily"})  # "USA Today", "China Daily"


def _longer_body(doc, e) -> bool:
    """Whether the gazetteer's place or body ``e`` opens the name of another body that goes
    on in capitalized words the gazetteer does not know, ending in a body's noun: ``the US
    Federal Aviation Administration``, ``The House Republican Study Committee``, ``The
    Washington Times``, ``Singapore Airlines`` (one word after the place only for a news
    or company name)."""
    from .evidence import ORG_HEADS

    ends = ORG_HEADS | _BODY_ENDS | _OUTLET_ENDS | _COMPANY_ENDS
    k = e.end
    while k < len(doc) and (_name_goes_on(doc[k]) or doc[k].lower_ in ends and doc[k].is_title
                            and not doc[k].ent_type_ and not doc[k].is_sent_start):
        k += 1
    run = [t.lower_ for t in doc[e.end:k]]
    if not run or run[-1] not in ends:
        return False
    return len(run) >= 2 or run[-1] in _OUTLET_ENDS | _COMPANY_ENDS


#: nouns of bodies named after a person (``McMaster University``, ``Obama Foundation``): the
#: person's name opens the body's
_NAMED_AFTER = frozenset({
    "university", "college", "institute", "foundation", "center", "centre", "hospital",
    "school", "library", "museum", "fund", "trust"})


#: last words of a company's name, alone after a place (``Singapore Airlines``)
_COMPANY_ENDS = frozenset({"airlines", "airways", "railways", "telecom", "petroleum",
                           "motors"})


#: capitalised words that set a part or an age of a place before its name ("Eastern
#: Ukraine", "Greater Toronto", "Nazi Germany"), no name of another thing
_PLACE_PARTS = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
    "southeastern", "southwestern", "upper", "lower", "greater", "inner", "outer", "new",
    "old", "rural", "urban", "downtown", "mainland", "coastal", "occupied", "nazi", "soviet",
    "imperial", "communist", "modern", "ancient", "postwar", "wartime", "metro", "metropolitan",
    "continental", "atlantic", "pacific", "arctic", "tropical", "colonial", "free"})


def _place_closing_name(doc, e) -> bool:
    """Whether the gazetteer's place ``e`` closes another thing's name opened by a proper
    noun right before it (``Air Canada``, ``Statistics Canada``, ``Transport Canada``, a
    person's ``Michael Jordan``), which the recognizer then labels whole: not a part of the
    place (``Eastern Ukraine``), a title, a name of its own, or a headline's words in capitals.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> doc = nlp("Air Canada said it would cut jobs")
    >>> doc[0].tag_ = doc[1].tag_ = "NNP"
    >>> _place_closing_name(doc, doc[1:2])
    True
    >>> doc = nlp("Eastern Canada said it")
    >>> doc[0].tag_ = doc[1].tag_ = "NNP"
    >>> _place_closing_name(doc, doc[1:2])
    False
    """
    from .speakerwords import TITLES, norm_word

    if e.start == 0:
        return False
    before = doc[e.start - 1]
    if not (before.tag_ in ("NNP", "NNPS") and before.is_title and before.is_alpha
            and not before.ent_type_ and before.lower_ not in _PLACE_PARTS
            and norm_word(before.lower_) not in TITLES and before.lower_ not in _NOT_NAME):
        return False
    sent = before.sent if doc.has_annotation("SENT_START") else doc[:]
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return sum(t.is_title or t.is_upper for t in words) < 0.8 * len(words)  # no headline


#: body nouns ending a name that :data:`ORG_HEADS` leaves out (``Administration`` only
#: after other words: ``US Administration`` is the government)
_BODY_ENDS = frozenset({"administration", "command", "directorate", "ministry", "authority"})


def alias_guard(doc):
    """Drop a gazetteer match of a person's bare surname right after another first name
    (``Melania Trump``, ``Eric Trump``: not ``Trump``, the gazetteer's Donald Trump), or of
    a one-word organization named after a person (``Michael Bloomberg``: not Bloomberg News),
    so that the recognizer labels the whole name; returns ``doc``.  Registered as the spaCy
    component ``kg_alias_guard``, right after the gazetteer ruler."""
    from .speakerwords import FIRST_NAMES

    ents = list(doc.ents)
    drop = [e for e in ents
            if len(e) == 1 and e.label_ in ("PERSON", "ORG") and e.ent_id_ and e.start > 0
            and doc[e.start - 1].is_title
            and doc[e.start - 1].lower_ in FIRST_NAMES
            and doc[e.start - 1].lower_ not in _MONTHS
            and not e.ent_id_.startswith(doc[e.start - 1].lower_ + "-")]
    drop += [e for e in ents  # "Kim Kwan-jin": no "Kim", the gazetteer's Kim Jong Un
             if len(e) == 1 and e.label_ == "PERSON" and e.ent_id_ and e.end < len(doc)
             and e not in drop and _name_goes_on(doc[e.end])]
    drop += [e for e in ents  # "The Washington Times": no "Washington", the place
             if e.label_ in ("GPE", "LOC", "ORG", "NORP") and e.ent_id_ and e not in drop
             and e.end < len(doc) and _longer_body(doc, e)]
    bodies = [e for e in ents  # "McMaster University": no "McMaster", the general
              if e.label_ == "PERSON" and e.ent_id_ and e not in drop and e.end < len(doc)
              and doc[e.end].is_title and doc[e.end].lower_ in _NAMED_AFTER
              and not doc[e.end].is_sent_start and not doc[e.end].ent_type_]
    drop += bodies
    drop += [e for e in ents  # "Air Canada said": no "Canada", the country
             if e.label_ in ("GPE", "LOC") and e.ent_id_ and e not in drop
             and _place_closing_name(doc, e)]
    if drop:
        from spacy.tokens import Span

        named = [Span(doc, e.start, e.end + 1, label="ORG") for e in bodies]
        doc.set_ents([e for e in ents if e not in drop] + named,
                     outside=[e for e in drop if e not in bodies], default="unmodified")
        for e in drop:
            doc[e.start].ent_id_ = ""  # the recognizer's span would inherit it
    return doc


def straight_apostrophes(doc):
    """Give each word with a typographic apostrophe the features of its straight form.

    Changes the vocabulary's entry for the word (once per word), not the text:

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> doc = straight_apostrophes(nlp("Kate O\u2019Shaughnessy"))
    >>> doc[1].text == "O\u2019Shaughnessy", doc[1].shape_, doc[1].norm_
    (True, "X'Xxxxx", "o'shaughnessy")
    >>> [t.shape_ for t in straight_apostrophes(nlp("He\u2019s said it"))]
    ['Xx', "'x", 'xxxx', 'xx']
    """
    text = doc.text
    if not any(a in text for a in _APOSTROPHES):
        return doc
    vocab = doc.vocab
    for tok in doc:
        word = tok.text
        if not (len(word) >= 4 and _INNER_APOSTROPHE.search(word)
                or _CLITIC.match(word)):
            continue
        lex = vocab[word]
        if not any(a in lex.shape_ or a in lex.norm_ for a in _APOSTROPHES):
            continue  # done before, or a norm of its own ("n\u2019t" -> "not")
        straight = word
        for a in _APOSTROPHES:
            straight = straight.replace(a, "'")
        same = vocab[straight]
        if any(a in lex.norm_ for a in _APOSTROPHES):
            lex.norm_ = same.norm_
        lex.shape_ = same.shape_
        lex.prefix_ = same.prefix_
        lex.suffix_ = same.suffix_
    return doc


class DemonymLabels:
    """The ``kg_demonyms`` component (see the module): ``demonyms`` are the words."""

    def __init__(self, demonyms):
        self.demonyms = frozenset(demonyms)

    def __call__(self, doc):
        ents = list(doc.ents)
        out, changed = [], False
        for e in ents:
            hit = self._demonym(doc, e) if e.label_ != "NORP" and not e.ent_id_ else None
            if hit is not None and not any(x.end > hit[0] for x in out):
                from spacy.tokens import Span

                out.append(Span(doc, hit[0], hit[1], label="NORP"))
                changed = True
            else:
                out.append(e)
        if changed:
            doc.set_ents(out)
        return doc

    def _demonym(self, doc, e) -> tuple[int, int] | None:
        if e.end < len(doc) and doc[e.end].is_title:
            return None  # "American Airlines"
        for k in (2, 1, 0):  # the longest: "Sri Lankan" over "Lankan"
            if e.start - k >= 0 and doc[e.start - k:e.end].text in self.demonyms:
                return e.start - k, e.end
        return None


def _make_demonyms(nlp, name, demonyms):
    return DemonymLabels(demonyms)


def add_demonyms(nlp, gazetteer=None):
    """Add (or replace) ``kg_demonyms`` last in ``nlp``, with the demonyms of the gazetteer's
    countries."""
    register_components()
    if gazetteer is None:
        gazetteer = default_gazetteer()
    words = sorted({d for e in gazetteer if e.type == "Country" for d in e.demonyms})
    if DEMONYMS in nlp.pipe_names:
        nlp.remove_pipe(DEMONYMS)
    return nlp.add_pipe(DEMONYMS, last=True, config={"demonyms": words})


def add_apostrophes(nlp):
    """Add ``kg_apostrophes`` first in ``nlp``."""
    register_components()
    if APOSTROPHES in nlp.pipe_names:
        return nlp.get_pipe(APOSTROPHES)
    return nlp.add_pipe(APOSTROPHES, first=True)


def register_components() -> None:
    """Register kg's spaCy components (once per process; spaCy is imported here)."""
    from spacy.language import Language

    if not Language.has_factory(PARAGRAPHS):
        Language.component(PARAGRAPHS, func=paragraph_starts)
    if not Language.has_factory(ALIAS_GUARD):
        Language.component(ALIAS_GUARD, func=alias_guard)
    if not Language.has_factory(APOSTROPHES):
        Language.component(APOSTROPHES, func=straight_apostrophes)
    if not Language.has_factory(DEMONYMS):
        Language.factory(DEMONYMS, default_config={"demonyms": []}, func=_make_demonyms)


def add_paragraphs(nlp):
    """Add ``kg_paragraphs`` before the parser (or sentence recognizer) of ``nlp``."""
    register_components()
    if PARAGRAPHS in nlp.pipe_names:
        return nlp.get_pipe(PARAGRAPHS)
    where = next(({"before": name} for name in ("parser", "senter") if name in nlp.pipe_names),
                 {})
    return nlp.add_pipe(PARAGRAPHS, **where)


def load_pipeline(model: str, *, gazetteer=None):
    """``model`` (an installed spaCy pipeline) with the gazetteer's names added.

    ``gazetteer`` defaults to the bundled one; pass ``load_gazetteer(bundled=False)``
    for none.
    """
    import spacy

    try:
        nlp = spacy.load(model)
    except OSError as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise RuntimeError(f"spaCy pipeline {model!r} is not installed ({reason})") from None
    if nlp.lang == "en":
        add_titles(nlp)
    add_glued_quotes(nlp)
    add_invisible_marks(nlp)
    add_apostrophes(nlp)
    add_paragraphs(nlp)
    add_gazetteer(nlp, gazetteer)
    if os.environ.get("KG_FAST_PIPES", "1") != "0":
        from .fastpipes import use_fast

        use_fast(nlp)
    add_demonyms(nlp, gazetteer)
    return nlp


def add_gazetteer(nlp, gazetteer=None):
    """Add (or replace) the gazetteer ruler of ``nlp``; returns the ruler."""
    from ..gazetteer import RULER_LABEL

    if gazetteer is None:
        gazetteer = default_gazetteer()
    if RULER in nlp.pipe_names:
        nlp.remove_pipe(RULER)
    where = {"before": "ner"} if "ner" in nlp.pipe_names else {}
    ruler = nlp.add_pipe("entity_ruler", name=RULER, config={
        "phrase_matcher_attr": "ORTH", "overwrite_ents": False, "validate": False}, **where)
    patterns = [{"label": RULER_LABEL[entry.type], "pattern": text, "id": entry.id}
                for text, entry, _context in gazetteer.surface_forms()]
    # Patterns only need the tokenizer: keep the tagger and parser from running on them.
    others = [name for name in nlp.pipe_names if name != RULER]
    with nlp.select_pipes(disable=others):
        ruler.add_patterns(patterns)
    register_components()
    if ALIAS_GUARD in nlp.pipe_names:
        nlp.remove_pipe(ALIAS_GUARD)
    nlp.add_pipe(ALIAS_GUARD, after=RULER)
    nlp.meta.setdefault("kg", {})["gazetteer"] = gazetteer.digest
    return ruler


_DEFAULT = None


def default_gazetteer():
    """The bundled gazetteer, loaded once per process."""
    global _DEFAULT
    if _DEFAULT is None:
        from ..gazetteer import load_gazetteer

        _DEFAULT = load_gazetteer()
    return _DEFAULT
