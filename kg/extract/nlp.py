"""Build the spaCy pipeline: a model plus kg's gazetteer ruler."""

from __future__ import annotations


def load_pipeline(model: str, *, gazetteer=None):
    import spacy

    try:
        nlp = spacy.load(model, exclude=["lemmatizer"] if False else [])
    except OSError as exc:
        raise RuntimeError(f"spaCy pipeline {model!r} is not installed ({exc})") from None
    return nlp
