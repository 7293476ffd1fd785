r"""Named queries: SPARQL files with declared parameters, bound as RDF terms.

A named query is a ``.rq`` file.  Its leading comment describes it, and a
``# params:`` line declares its parameters; each parameter ``x`` is the
variable ``?x`` of the query, bound by a ``VALUES`` row of RDF terms when the
query runs, never by editing the query text::

    # Claims made by an actor, newest first.
    # params: actor:entity
    PREFIX schema: <http://schema.org/>
    SELECT ?text WHERE { ?c schema:author ?actor ; schema:text ?text }

A parameter is written ``name[:kind][=default]``; a parameter without a
default is required.  Kinds:

=========  ================================================================
term       (default) ``<iri>`` or ``prefix:name`` → IRI, anything else → string
string     always a string literal
integer    ``xsd:integer`` literal;  ``decimal``: ``xsd:decimal``
date       ``xsd:date`` literal (YYYY-MM-DD)
iri        an IRI (``<iri>``, ``prefix:name`` or ``http://...``)
entity     an actor or place: an IRI, or a name looked up through aliases
=========  ================================================================

Parameters must be bound by the query's graph pattern (a triple pattern or a
``BIND``), since the values join with the pattern's solutions.

>>> q = parse_query("top", "# Top actors.\n# params: type=schema:Person, n:integer=10\nSELECT ?e WHERE { ?e a ?type ; ?p ?n }")
>>> q.description
'Top actors.'
>>> [p.signature() for p in q.params]
['type=schema:Person', 'n:integer=10']
>>> b = bind(q, ["schema:Place"])
>>> str(b["type"]), str(b["n"])
('<http://schema.org/Place>', '"10"^^<http://www.w3.org/2001/XMLSchema#integer>')
>>> str(bind(q, ['"} DROP ALL #'])["type"])
'"\\"} DROP ALL #"'

"""

from __future__ import annotations

import datetime as _dt
import os
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Callable, Iterable, Mapping, Sequence

import pyoxigraph as ox

from . import vocab as V
from .lookup.terms import iri_term

KINDS = ("term", "string", "integer", "decimal", "date", "iri", "entity")

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_QUERY_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")
_PARAM = re.compile(r"(?P<name>[A-Za-z_][A-Za-z0-9_]*)(?::(?P<kind>\w+))?(?:=(?P<default>\S*))?$")


class ParamError(ValueError):
    """A parameter or named query problem; the message is one line for the user."""


@dataclass(frozen=True)
class Param:
    name: str
    kind: str = "term"
    default: str | None = None

    @property
    def required(self) -> bool:
        return self.default is None

    def signature(self) -> str:
        text = self.name + (f":{self.kind}" if self.kind != "term" else "")
        return text + (f"={self.default}" if self.default is not None else "")


@dataclass(frozen=True)
class NamedQuery:
    name: str
    text: str
    params: tuple[Param, ...] = ()
    description: str = ""
    path: str | None = None

    def usage(self) -> str:
        """``name <p1> [p2=default]`` for help listings."""
        parts = [self.name]
        for p in self.params:
            parts.append(f"<{p.name}>" if p.required else f"[{p.signature()}]")
        return " ".join(parts)


@dataclass(frozen=True)
class Arg:
    """One argument as typed; ``quoted`` arguments are always string literals."""

    text: str
    quoted: bool = False


# -- parsing ----------------------------------------------------------------

def parse_params(spec: str) -> tuple[Param, ...]:
    """Parse the text after ``# params:``.

    >>> [p.signature() for p in parse_params("actor:entity, since:date=2015-01-01 n:integer=5")]
    ['actor:entity', 'since:date=2015-01-01', 'n:integer=5']
    """
    params: list[Param] = []
    for item in re.split(r"[\s,]+", spec.strip()):
        if not item:
            continue
        m = _PARAM.match(item)
        if not m:
            raise ParamError(f"bad parameter declaration {item!r} (expected name[:kind][=default])")
        kind = m.group("kind") or "term"
        if kind not in KINDS:
            raise ParamError(f"unknown parameter kind {kind!r} for {m.group('name')}; known: {', '.join(KINDS)}")
        if any(p.name == m.group("name") for p in params):
            raise ParamError(f"parameter {m.group('name')!r} declared twice")
        params.append(Param(m.group("name"), kind, m.group("default")))
    return tuple(params)


def _body_variables(text: str) -> set[str]:
    """Variables used outside comments, strings and IRIs."""
    stripped = re.sub(r"'''.*?'''|\"\"\".*?\"\"\"|'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\"|<[^<>\s]*>|#[^\n]*",
                      " ", text, flags=re.DOTALL)
    return set(re.findall(r"[?$]([A-Za-z_][A-Za-z0-9_]*)", stripped))


def parse_query(name: str, text: str, *, path: str | None = None) -> NamedQuery:
    """A :class:`NamedQuery` from the text of a ``.rq`` file."""
    description: list[str] = []
    params: tuple[Param, ...] = ()
    for line in text.splitlines():
        s = line.strip()
        if not s:
            if description:
                break
            continue
        if not s.startswith("#"):
            break
        body = s.lstrip("#").strip()
        m = re.match(r"params?\s*:(.*)$", body, re.IGNORECASE)
        if m:
            params = parse_params(m.group(1))
        elif body:
            description.append(body)
    used = _body_variables(text)
    for p in params:
        if p.name not in used:
            raise ParamError(f"query {name!r} declares parameter {p.name!r} but never uses ?{p.name}")
    return NamedQuery(name=name, text=text, params=params, description=" ".join(description), path=path)


def load_file(path: str | os.PathLike) -> NamedQuery:
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ParamError(f"cannot read {p}: {getattr(exc, 'strerror', None) or exc}") from None
    return parse_query(p.stem, text, path=str(p))


def bundled_dir() -> Path:
    from .resources import queries_dir

    return queries_dir()


def user_dir() -> Path:
    """Where ``.save`` puts queries: ``$KG_QUERY_DIR`` or the user's data dir."""
    env = os.environ.get("KG_QUERY_DIR")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_data_dir("kg", appauthor=False)) / "queries"


def load_queries(dirs: Iterable[str | os.PathLike] | None = None,
                 *, errors: list[str] | None = None) -> dict[str, NamedQuery]:
    """Every named query in ``dirs`` (default: bundled, then the user's); later dirs win.

    A file that cannot be read or declares bad parameters is left out, with a
    one-line note appended to ``errors`` when given.
    """
    if dirs is None:
        dirs = [bundled_dir(), user_dir()]
    found: dict[str, NamedQuery] = {}
    for d in dirs:
        d = Path(d)
        if not d.is_dir():
            continue
        for f in sorted(d.glob("*.rq")):
            try:
                found[f.stem] = load_file(f)
            except ParamError as exc:
                if errors is not None:
                    errors.append(f"{f.name}: {exc}")
    return dict(sorted(found.items()))


def save_query(name: str, text: str, directory: str | os.PathLike | None = None) -> Path:
    """Write ``text`` as ``NAME.rq`` in ``directory`` (default :func:`user_dir`); returns the path."""
    if not _QUERY_NAME.fullmatch(name):
        raise ParamError(f"bad query name {name!r}: use letters, digits, '-', '_' and '.'")
    parse_query(name, text)  # refuse a file that would not load back
    d = Path(directory) if directory is not None else user_dir()
    try:
        d.mkdir(parents=True, exist_ok=True)
        path = d / f"{name}.rq"
        path.write_text(text.rstrip() + "\n", encoding="utf-8")
    except OSError as exc:
        raise ParamError(f"cannot save {name}: {exc.strerror or exc}") from None
    return path


# -- arguments ----------------------------------------------------------------

def split_args(text: str) -> list[Arg]:
    """Split an argument line on blanks; '...' and "..." group words and mark a literal.

    A quote opens only at the start of a word (or right after ``=``), so an
    apostrophe inside a name is kept.  Backslash escapes the next character
    inside double quotes.  An unclosed quote runs to the end of the line.

    >>> split_args('claims-by "Haider al-Abadi" n=3 O\\'Brien')
    [Arg(text='claims-by', quoted=False), Arg(text='Haider al-Abadi', quoted=True), Arg(text='n=3', quoted=False), Arg(text="O'Brien", quoted=False)]
    >>> split_args('name="a b"')
    [Arg(text='name=a b', quoted=True)]
    """
    out: list[Arg] = []
    i, n = 0, len(text)
    while i < n:
        if text[i].isspace():
            i += 1
            continue
        buf: list[str] = []
        quoted = False
        while i < n and not text[i].isspace():
            c = text[i]
            if c in "\"'" and (not buf or (buf[-1] == "=" and not quoted)):
                quoted = True
                i += 1
                while i < n and text[i] != c:
                    if c == '"' and text[i] == "\\" and i + 1 < n:
                        i += 1
                    buf.append(text[i])
                    i += 1
                i += 1  # the closing quote
            else:
                buf.append(c)
                i += 1
        out.append(Arg("".join(buf), quoted))
    return out


def _typed(value: str, kind: str, name: str) -> ox.Literal:
    if kind == "integer":
        if not re.fullmatch(r"[+-]?\d+", value.strip()):
            raise ParamError(f"parameter {name} expects an integer, got {value!r}")
        return ox.Literal(str(int(value)), datatype=ox.NamedNode(V.XSD + "integer"))
    if kind == "decimal":
        try:
            d = Decimal(value.strip())
        except InvalidOperation:
            raise ParamError(f"parameter {name} expects a number, got {value!r}") from None
        if not d.is_finite():
            raise ParamError(f"parameter {name} expects a number, got {value!r}")
        return ox.Literal(format(d, "f"), datatype=ox.NamedNode(V.XSD + "decimal"))
    if kind == "date":
        try:
            day = _dt.date.fromisoformat(value.strip())
        except ValueError:
            raise ParamError(f"parameter {name} expects a date YYYY-MM-DD, got {value!r}") from None
        return ox.Literal(day.isoformat(), datatype=ox.NamedNode(V.XSD + "date"))
    raise AssertionError(kind)


def to_term(arg: Arg | str, kind: str = "term", *, name: str = "value",
            prefixes: Mapping[str, str] | None = None,
            resolve_entity: Callable[[str], str | None] | None = None):
    """One argument as an RDF term of ``kind`` (see the module docs)."""
    if isinstance(arg, str):
        arg = Arg(arg)
    value = arg.text
    if kind == "string" or (kind == "term" and arg.quoted):
        return ox.Literal(value)
    if kind == "term":
        return iri_term(value, prefixes=prefixes) or ox.Literal(value)
    if kind == "iri":
        node = iri_term(value, prefixes=prefixes)
        if node is None:
            raise ParamError(f"parameter {name} expects an IRI (<...> or prefix:name), got {value!r}")
        return node
    if kind == "entity":
        node = None if arg.quoted else iri_term(value, prefixes=prefixes)
        if node is not None:
            return node
        iri = resolve_entity(value) if resolve_entity else None
        if iri is None:
            raise ParamError(f"no actor or place named {value!r}")
        return ox.NamedNode(iri)
    return _typed(value, kind, name)


def bind(query: NamedQuery, args: Sequence[Arg | str], *,
         prefixes: Mapping[str, str] | None = None,
         resolve_entity: Callable[[str], str | None] | None = None) -> dict[str, object]:
    """Bindings ``{param: RDF term}`` for ``args`` (positional, or ``name=value``)."""
    given: dict[str, Arg] = {}
    positional: list[Arg] = []
    names = {p.name for p in query.params}
    for a in args:
        a = Arg(a) if isinstance(a, str) else a
        key, sep, rest = a.text.partition("=")
        if sep and _NAME.fullmatch(key) and key in names:
            if key in given:
                raise ParamError(f"parameter {key} given twice")
            given[key] = Arg(rest, a.quoted)
        elif sep and _NAME.fullmatch(key) and not a.quoted:
            raise ParamError(f"{query.name} has no parameter {key!r}" + _known(query))
        else:
            positional.append(a)
    free = [p for p in query.params if p.name not in given]
    if len(positional) > len(free):
        raise ParamError(f"too many arguments for {query.usage()}")
    for p, a in zip(free, positional):
        given[p.name] = a
    out: dict[str, object] = {}
    for p in query.params:
        if p.name in given:
            out[p.name] = to_term(given[p.name], p.kind, name=p.name, prefixes=prefixes,
                                  resolve_entity=resolve_entity)
        elif p.default is not None:
            out[p.name] = to_term(Arg(p.default), p.kind, name=p.name, prefixes=prefixes,
                                  resolve_entity=resolve_entity)
        else:
            raise ParamError(f"missing parameter {p.name}: usage {query.usage()}")
    return out


def _known(query: NamedQuery) -> str:
    return f" (parameters: {', '.join(p.name for p in query.params)})" if query.params else " (it takes none)"


def run(store, query: NamedQuery, args: Sequence[Arg | str] = (), *,
        prefixes: Mapping[str, str] | None = None,
        resolve_entity: Callable[[str], str | None] | None = None):
    """Run ``query`` on ``store`` with ``args`` bound; returns the QueryResult."""
    if resolve_entity is None:
        from .lookup.names import resolve_one

        def resolve_entity(name: str) -> str | None:
            return resolve_one(store, name)

    bindings = bind(query, args, prefixes=prefixes, resolve_entity=resolve_entity)
    return store.query(query.text, bindings=bindings)


__all__ = [
    "NamedQuery", "Param", "Arg", "ParamError", "KINDS", "parse_query", "parse_params",
    "load_file", "load_queries", "save_query", "split_args", "iri_term", "to_term", "bind",
    "run", "bundled_dir", "user_dir",
]
