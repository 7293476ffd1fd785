"""Paths of the bundled ontology and data, in a checkout and after installation."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def _package_dir(package: str, fallback: str) -> Path:
    try:
        return Path(str(resources.files(package)))
    except ModuleNotFoundError:
        return Path(__file__).resolve().parent.parent / fallback


def ontology_dir() -> Path:
    return _package_dir("kg.ontology", "ontology")


def data_dir() -> Path:
    return _package_dir("kg.data", "data")


def articles_dir() -> Path:
    return data_dir() / "articles"


def gazetteer_dir() -> Path:
    return data_dir() / "gazetteer"


def queries_dir() -> Path:
    return data_dir() / "queries"
