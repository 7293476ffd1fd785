"""Array versions of spaCy's ``attribute_ruler`` and rule ``lemmatizer``: same output, less time.

spaCy's attribute ruler runs a :class:`~spacy.matcher.Matcher` and then sets
each matched token's attributes one Python call at a time; nearly every token
matches (the tag map), so it costs about as much as the parser.  The rule
lemmatizer visits every token as a Python ``Token``.  Here both work on the
token arrays of a ``Doc`` (``to_array`` / ``from_array``):

* :class:`FastAttributes` evaluates the ruler's patterns as masks over the
  doc's TAG/LOWER/DEP/... arrays (a pattern of several tokens, all of fixed
  length, as the masks of its tokens shifted against each other: where a
  Matcher would match it), and applies every rule in the ruler's order (a
  later rule wins), all matched against the doc as it came in, as spaCy
  does.
* :class:`FastLemmas` looks lemmas up by ``(orth, pos, morph)`` (the
  lemmatizer's own cache key) and calls the lemmatizer only on a miss.

Both take the original component and read its patterns and tables, so any
pipeline with these components gets them; a pattern with an operator these
do not know leaves the original ruler in place (:func:`use_fast`).  The test
suite checks token by token that the output is the original's.
"""

from __future__ import annotations

import re

ATTRIBUTES = "kg_attributes"
LEMMAS = "kg_lemmas"

_KNOWN_KEYS = {"TAG", "LOWER", "ORTH", "DEP", "POS", "IS_SPACE", "IS_PUNCT", "IS_ALPHA",
               "IS_DIGIT", "LIKE_NUM", "ENT_TYPE", "NORM"}
_KNOWN_OPS = {"IN", "NOT_IN", "REGEX"}


class Unsupported(ValueError):
    """A pattern this module does not evaluate (the original ruler stays)."""


class FastAttributes:
    """An ``attribute_ruler`` applied with array operations (see the module doc)."""

    def __init__(self, ruler):
        from spacy import attrs as A

        self.vocab = ruler.vocab
        #: (index, alternatives: each a fixed run of token tests, attrs), in the ruler's order
        self.rules: list[tuple[int, list[list[dict]], dict]] = []
        keys: set[str] = set()
        for pattern in ruler.patterns:
            attrs = {name.upper(): value for name, value in pattern["attrs"].items()}
            if not set(attrs) <= {"POS", "MORPH", "LEMMA", "TAG", "DEP"}:
                raise Unsupported(f"sets {sorted(attrs)}")
            for alternative in pattern["patterns"]:
                for token in alternative:
                    for key, value in token.items():
                        if key.upper() not in _KNOWN_KEYS:  # OP among them: runs of one length only
                            raise Unsupported(f"token key {key}")
                        if isinstance(value, dict) and not set(value) <= _KNOWN_OPS:
                            raise Unsupported(f"operator {sorted(value)}")
                        keys.add(key.upper())
            self.rules.append((pattern.get("index", 0), [list(a) for a in pattern["patterns"]], attrs))
        self.columns = sorted(keys)
        self._ids = [getattr(A, k) for k in self.columns]
        self._A = A
        self._regex_cache: dict[tuple[str, int], bool] = {}
        self._morph = {}
        for _, _, attrs in self.rules:
            if "MORPH" in attrs:
                self._morph[attrs["MORPH"]] = self.vocab.morphology.add(attrs["MORPH"])

    def _mask(self, np, cols, test: dict):
        strings = self.vocab.strings
        mask = None
        for key, value in test.items():
            col = cols[key.upper()]
            if isinstance(value, dict):
                m = np.ones(len(col), dtype=bool)
                if "IN" in value:
                    m &= np.isin(col, [_value_id(strings, v) for v in value["IN"]])
                if "NOT_IN" in value:
                    m &= ~np.isin(col, [_value_id(strings, v) for v in value["NOT_IN"]])
                if "REGEX" in value:
                    rx = value["REGEX"]
                    m &= np.isin(col, [h for h in np.unique(col).tolist() if self._regex(rx, h)])
            else:
                m = col == _value_id(strings, value)
            mask = m if mask is None else mask & m
        return mask

    def _regex(self, rx: str, h: int) -> bool:
        hit = self._regex_cache.get((rx, h))
        if hit is None:
            hit = self._regex_cache[(rx, h)] = bool(re.search(rx, self.vocab.strings[h]))
        return hit

    def __call__(self, doc):
        import numpy as np

        A = self._A
        n = len(doc)
        if not n:
            return doc
        table = doc.to_array(self._ids).reshape(n, -1)
        cols = {k: table[:, i] for i, k in enumerate(self.columns)}
        out = doc.to_array([A.POS, A.MORPH, A.LEMMA]).reshape(n, 3).copy()
        strings = self.vocab.strings
        masks: dict[str, object] = {}  # one mask per distinct token test in this doc
        slow: list[tuple[int, str, str]] = []  # TAG/DEP set one token at a time, in order
        for index, alternatives, attrs in self.rules:
            found = []
            for alternative in alternatives:  # a Matcher's matches of a fixed-length pattern
                size = len(alternative)
                if size > n:
                    continue
                hit = None
                for k, test in enumerate(alternative):
                    key = repr(test)
                    m = masks.get(key)
                    if m is None:
                        m = masks[key] = self._mask(np, cols, test)
                    m = m[k:n - size + 1 + k]
                    hit = m if hit is None else hit & m
                starts = np.flatnonzero(hit)
                found.append(starts + (index if index >= 0 else size + index))
            if not found:
                continue
            where = found[0] if len(found) == 1 else np.unique(np.concatenate(found))
            if not len(where):
                continue
            for name, value in attrs.items():
                if name == "POS":
                    out[where, 0] = strings[value] if isinstance(value, str) else value
                elif name == "MORPH":
                    out[where, 1] = self._morph[value]
                elif name == "LEMMA":
                    out[where, 2] = strings.add(value)
                else:
                    slow.extend((int(i), name, value) for i in where)
        doc.from_array([A.POS, A.MORPH, A.LEMMA], out)
        for i, name, value in slow:
            setattr(doc[i], name.lower() + "_", value)
        return doc

    def pipe(self, docs, batch_size: int = 128):
        for doc in docs:
            yield self(doc)


class FastLemmas:
    """The rule ``lemmatizer`` with its cache consulted on token arrays (see the module doc).

    A miss runs spaCy's rule lemmatization with the lemma index held as sets:
    spaCy keeps each part of speech's index as a list (57,528 nouns in the
    English tables) and tests every candidate form against it by a linear
    scan, about 0.1 ms a miss, a hundred misses an article while the cache
    is young.  The steps and their order are spaCy's
    (``Lemmatizer.rule_lemmatize``), so the lemma is the same.
    """

    def __init__(self, lemmatizer):
        from spacy.pipeline.lemmatizer import Lemmatizer

        self.lemmatizer = lemmatizer
        self.vocab = lemmatizer.vocab
        self._cache: dict[tuple[int, int, int], int] = {}
        self._rule = None
        if type(lemmatizer).rule_lemmatize is Lemmatizer.rule_lemmatize:  # spaCy's own steps
            tables = [lemmatizer.lookups.get_table(name, {})
                      for name in ("lemma_index", "lemma_exc", "lemma_rules")]
            self._tables = tables
            self._sets: dict[str, frozenset] = {}
            self._rule = self._rule_lemma

    def _rule_lemma(self, token) -> str:
        """``rule_lemmatize(token)[0]``, the index looked up in sets (see the class)."""
        univ_pos = token.pos_.lower()
        if univ_pos in ("", "eol", "space"):
            return self.lemmatizer.rule_lemmatize(token)[0]  # spaCy's warning and answer
        string = token.text
        if self.lemmatizer.is_base_form(token):
            return string.lower()
        index_table, exc_table, rules_table = self._tables
        if not any((index_table.get(univ_pos), exc_table.get(univ_pos), rules_table.get(univ_pos))):
            return string if univ_pos == "propn" else string.lower()
        index = self._sets.get(univ_pos)
        if index is None:
            index = self._sets[univ_pos] = frozenset(index_table.get(univ_pos, ()))
        exceptions = exc_table.get(univ_pos, {})
        rules = rules_table.get(univ_pos, {})
        orig, string = string, string.lower()
        forms: list[str] = []
        oov_forms: list[str] = []
        for old, new in rules:
            if string.endswith(old):
                form = string[: len(string) - len(old)] + new
                if not form:
                    pass
                elif form in index:
                    forms.insert(0, form)
                elif not form.isalpha():
                    forms.append(form)
                else:
                    oov_forms.append(form)
        forms = list(dict.fromkeys(forms))
        for form in exceptions.get(string, []):
            if form not in forms:
                forms.insert(0, form)
        if not forms:
            forms.extend(oov_forms)
        return forms[0] if forms else orig

    def __call__(self, doc):
        from spacy.attrs import LEMMA, MORPH, ORTH, POS

        n = len(doc)
        if not n:
            return doc
        arr = doc.to_array([ORTH, POS, MORPH, LEMMA])
        overwrite = self.lemmatizer.overwrite
        cache, strings, lemmatize = self._cache, self.vocab.strings, self.lemmatizer.lemmatize
        rule = self._rule if self.lemmatizer.mode == "rule" else None
        lemmas = arr[:, 3].copy()
        for i, (orth, pos, morph, lemma) in enumerate(arr.tolist()):
            if lemma and not overwrite:
                continue
            key = (orth, pos, morph)
            found = cache.get(key)
            if found is None:
                token = doc[i]
                found = cache[key] = strings.add(rule(token) if rule else lemmatize(token)[0])
            lemmas[i] = found
        doc.from_array([LEMMA], lemmas.reshape(n, 1))
        return doc

    def pipe(self, docs, batch_size: int = 128):
        for doc in docs:
            yield self(doc)


def _value_id(strings, value):
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, str):
        return strings.add(value) if value else 0
    return value


def register() -> None:
    """Register the two components with spaCy (once per process)."""
    from spacy.language import Language

    if not Language.has_factory(ATTRIBUTES):
        Language.factory(ATTRIBUTES, func=lambda nlp, name: FastAttributes(
            nlp.get_pipe("attribute_ruler")))
        Language.factory(LEMMAS, func=lambda nlp, name: FastLemmas(nlp.get_pipe("lemmatizer")))


def use_fast(nlp) -> list[str]:
    """Put the array versions in place of ``attribute_ruler``, a rule ``lemmatizer`` and ``ner``.

    ``ner``'s is :class:`kg.extract.fastner.FastNER` (the same model, its
    decoding loop on arrays).

    The originals stay loaded but disabled.  Returns the names replaced.
    """
    register()
    done = []
    if "attribute_ruler" in nlp.pipe_names and ATTRIBUTES not in nlp.pipe_names:
        try:
            nlp.add_pipe(ATTRIBUTES, after="attribute_ruler")
        except Unsupported:
            pass
        else:
            nlp.disable_pipe("attribute_ruler")
            done.append("attribute_ruler")
    if "lemmatizer" in nlp.pipe_names and LEMMAS not in nlp.pipe_names \
            and getattr(nlp.get_pipe("lemmatizer"), "mode", "") == "rule":
        nlp.add_pipe(LEMMAS, after="lemmatizer")
        nlp.disable_pipe("lemmatizer")
        done.append("lemmatizer")
    from .fastner import use_fast_ner

    if use_fast_ner(nlp):
        done.append("ner")
    return done
