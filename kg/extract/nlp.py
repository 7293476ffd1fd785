"""Build the spaCy pipeline: a model plus kg's gazetteer ruler.

The gazetteer is applied by an ``entity_ruler`` (phrase patterns matched on
the exact token text) placed before ``ner``: gazetteer names become entities
with ``ent_id_`` set to the gazetteer id, and the statistical recognizer
labels the rest around them.
"""

from __future__ import annotations

RULER = "kg_gazetteer"


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
    add_gazetteer(nlp, gazetteer)
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
