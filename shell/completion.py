"""Completion: a pure :func:`suggest` over the text before the cursor, and a thin Completer.

:func:`suggest` looks at where the cursor is — a variable, a prefixed name,
the object of ``a``, predicate position, a meta-command and its argument —
and proposes SPARQL keywords and functions, prefixes, classes, properties,
variables and entity names (completing to the entity's IRI).

>>> ctx = CompletionContext(classes=("http://schema.org/Person", "http://schema.org/Place"),
...                         properties=("http://schema.org/name",),
...                         entities=(("Daesh", "http://kg.example/entity/isis"),))
>>> [s.text for s in suggest("SELECT * WHERE { ?p a schema:Pers", context=ctx)]
['schema:Person']
>>> [s.text for s in suggest("SELECT * WHERE { ?p schema:n", context=ctx)]
['schema:name']
>>> [(s.text, s.display) for s in suggest("SELECT * WHERE { ?p ?r dae", context=ctx)]
[('ent:isis', 'Daesh')]
>>> [s.text for s in suggest("SELECT ?person WHERE { ?p", context=ctx)]
['?person']
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Callable, Iterable, Mapping

from kg import vocab as V
from kg.sparql_tokens import FUNCTIONS, KEYWORDS, Token, declared_prefixes, significant, tokens
from kg.terminal import printable

from .settings import FORMATS
from .statements import is_meta

#: Keywords that open a group pattern element (they may start a "subject" position).
_PATTERN_KEYWORDS = ("FILTER", "OPTIONAL", "BIND", "VALUES", "GRAPH", "MINUS", "UNION", "SERVICE",
                     "NOT", "EXISTS")
_EXPR_STARTERS = {"filter", "bind", "having", "values", "order", "group", "select"}


@dataclass(frozen=True)
class Suggestion:
    """Replace the ``-start`` characters before the cursor by ``text``."""

    text: str
    start: int  # negative (or 0): how far back the replaced word begins
    display: str | None = None
    meta: str | None = None


@dataclass(frozen=True)
class CompletionContext:
    prefixes: Mapping[str, str] = field(default_factory=lambda: dict(V.PREFIXES))
    classes: tuple[str, ...] = ()  # IRIs, most used first
    properties: tuple[str, ...] = ()
    entities: tuple[tuple[str, str], ...] = ()  # (label, IRI)
    commands: tuple[tuple[str, str], ...] = ()  # (name, help)
    command_args: Mapping[str, str] = field(default_factory=dict)  # name -> argument kind
    queries: tuple[tuple[str, str], ...] = ()  # (name, usage)
    measures: tuple[str, ...] = ()
    text_after: str = ""
    limit: int = 100


# -- meta-commands ----------------------------------------------------------------

def _meta(text: str, ctx: CompletionContext) -> list[Suggestion]:
    stripped = text.lstrip()
    name, sep, arg = stripped.partition(" ")
    if not sep:
        return [Suggestion(n, -len(name), meta=h) for n, h in ctx.commands if n.startswith(name.lower())]
    kind = ctx.command_args.get(name.lower())
    arg = arg.lstrip()
    words = arg.split(" ")
    cur = words[-1]
    if kind == "entity":
        return _entity_labels(arg, ctx, insert_label=True)
    if kind == "query":
        if len(words) > 1:
            return []
        return [Suggestion(n, -len(cur), meta=u) for n, u in ctx.queries if n.startswith(cur)]
    choices: Iterable[str] = ()
    if kind == "format":
        choices = FORMATS
    elif kind == "onoff":
        choices = ("on", "off")
    elif kind == "measure":
        choices = (*ctx.measures, "mentions", "Person", "Organization", "Place")
    elif kind == "command":
        choices = [n for n, _ in ctx.commands]
    return [Suggestion(c, -len(cur)) for c in choices if c.lower().startswith(cur.lower()) and c != cur]


def _entity_labels(word: str, ctx: CompletionContext, *, insert_label: bool) -> list[Suggestion]:
    low = word.lower()
    if not low:
        return []
    first: list[Suggestion] = []
    later: list[Suggestion] = []
    seen: set[tuple[str, str]] = set()
    for label, iri in ctx.entities:
        key = (label, iri)
        if key in seen:
            continue
        lab = label.lower()
        if lab.startswith(low):
            bucket = first
        elif any(w.startswith(low) for w in re.split(r"\W+", lab)[1:]):
            bucket = later
        else:
            continue
        seen.add(key)
        short = V.shorten(iri, dict(ctx.prefixes))
        if insert_label:
            bucket.append(Suggestion(label, -len(word), display=printable(label), meta=short))
        else:
            bucket.append(Suggestion(short, -len(word), display=printable(label), meta=short))
    return (first + later)[: ctx.limit]


# -- SPARQL ----------------------------------------------------------------

def _collapse(sig: list[Token]) -> tuple[str | None, list[Token]]:
    """The innermost open bracket and the tokens since its opening, at its own depth.

    Parenthesized groups and ``[...]`` inside the segment are collapsed to one
    ``()`` token so that ``FILTER(...)`` counts as one element.
    """
    stack: list[tuple[str, list[Token]]] = [("", [])]
    for t in sig:
        if t.kind == "punct" and t.text in "{([":
            stack.append((t.text, []))
        elif t.kind == "punct" and t.text in "})]":
            if len(stack) > 1:
                opener, _ = stack.pop()
                if opener in "([":
                    stack[-1][1].append(Token("group", "()", t.start))
                else:
                    stack[-1][1].append(Token("punct", "}", t.start))
        else:
            stack[-1][1].append(t)
    opener, items = stack[-1]
    return (opener or None), items


def role(before: str) -> str:
    """Where a term typed after ``before`` goes.

    One of ``clause`` (outside braces), ``expression`` (inside parentheses),
    ``subject``, ``predicate``, ``object``, ``class`` (the object of ``a``)
    or ``prefix`` (after ``PREFIX``).

    >>> [role(t) for t in ["SELECT ", "SELECT * { ", "{ ?s ", "{ ?s ?p ", "{ ?s a ", "{ ?s ?p ?o ; ",
    ...                    "{ ?s ?p ?o . ", "{ FILTER(?x > ", "{ FILTER(?x) ", "PREFIX "]]
    ['clause', 'subject', 'predicate', 'object', 'class', 'predicate', 'subject', 'expression', 'subject', 'prefix']
    """
    sig = significant(before)
    if sig and sig[-1].kind == "word" and sig[-1].text.lower() == "prefix":
        return "prefix"
    opener, items = _collapse(sig)
    if opener is None:
        return "clause"
    if opener == "(":
        return "expression"
    # the element being written: tokens after the last '{' '}' '.' at this depth
    seg: list[Token] = []
    for t in items:
        if t.kind == "punct" and t.text in ("}", "."):
            seg = []
        elif seg and t.kind == "group" and seg[0].kind == "word" and seg[0].text.lower() in ("filter", "bind"):
            seg = []
        else:
            seg.append(t)
    if seg and seg[0].kind == "word" and seg[0].text.upper() in _PATTERN_KEYWORDS:
        return "expression" if seg[0].text.lower() in _EXPR_STARTERS else "subject"
    sep = None
    part: list[Token] = []
    for t in seg:
        if t.kind == "punct" and t.text in (";", ","):
            sep, part = t.text, []
        else:
            part.append(t)
    if opener == "[" and sep is None:
        sep = ";"  # a blank node property list starts with a predicate
    if sep == ",":
        position = "object"
    elif sep == ";":
        position = "predicate" if not part else "object"
    else:
        position = ("subject", "predicate")[len(part)] if len(part) < 2 else "object"
    if position == "object" and part:
        prev = part[-1]
        if (prev.kind == "word" and prev.text == "a") or (prev.kind == "pname" and prev.text == "rdf:type"):
            return "class"
    return position


def _shorten_all(iris: Iterable[str], prefixes: Mapping[str, str]) -> list[str]:
    out = []
    for iri in iris:
        s = V.shorten(iri, dict(prefixes))
        if not s.startswith("<"):
            out.append(s)
    return out


def _pname_matches(word: str, names: Iterable[str]) -> list[str]:
    prefix, _, local = word.partition(":")
    low = local.lower()
    return [n for n in names if n.startswith(prefix + ":") and n.split(":", 1)[1].lower().startswith(low)
            and n != word]


def _prefix_names(word: str, ctx: CompletionContext) -> list[Suggestion]:
    return [Suggestion(p + ":", -len(word), meta=ns) for p, ns in ctx.prefixes.items()
            if p and p.startswith(word.lower())]


def _words(word: str, choices: Iterable[str], meta: str) -> list[Suggestion]:
    low = word.lower()
    return [Suggestion(c, -len(word), meta=meta) for c in choices if c.lower().startswith(low) and c != word]


def suggest(text_before_cursor: str, *, context: CompletionContext) -> list[Suggestion]:
    """What may be typed at the end of ``text_before_cursor``, best first."""
    ctx = context
    text = text_before_cursor
    if is_meta(text) and "\n" not in text.strip():
        return _meta(text, ctx)[: ctx.limit]
    declared = declared_prefixes(text)
    if any(ctx.prefixes.get(p) != ns for p, ns in declared.items()):
        ctx = replace(ctx, prefixes={**ctx.prefixes, **declared})
    toks = list(tokens(text))
    last = toks[-1] if toks else None
    if last is not None and last.kind in ("comment", "open", "string"):
        return []
    if last is not None and last.kind == "openiri":
        return _full_iris(last.text, ctx)
    word = ""
    if last is not None and last.kind in ("var", "pname", "word"):
        word = last.text
    before = text[: len(text) - len(word)]
    if word.startswith(("?", "$")):
        names = []
        for t in list(tokens(before)) + list(tokens(ctx.text_after)):
            if t.kind == "var" and len(t.text) > 1 and t.text[1:] not in names:
                names.append(t.text[1:])
        return [Suggestion(word[0] + n, -len(word), meta="variable") for n in names
                if n.lower().startswith(word[1:].lower()) and n != word[1:]][: ctx.limit]
    where = role(before)
    out: list[Suggestion] = []
    if where == "prefix":
        return [Suggestion(f"{p}: <{ns}>", -len(word), display=f"{p}:", meta=ns)
                for p, ns in ctx.prefixes.items() if p.startswith(word.lower()) and p not in declared]
    classes = _shorten_all(ctx.classes, ctx.prefixes)
    props = _shorten_all(ctx.properties, ctx.prefixes)
    if ":" in word:
        ents = [(V.shorten(iri, dict(ctx.prefixes)), label) for label, iri in ctx.entities]
        if where == "class":
            groups = [(classes, "class")]
        elif where == "predicate":
            groups = [(props, "property")]
        else:
            groups = [(classes, "class"), (props, "property")]
        for names, meta in groups:
            out += [Suggestion(n, -len(word), meta=meta) for n in _pname_matches(word, names)]
        if where in ("subject", "object", "expression", "clause"):
            seen: set[str] = set()
            for short, label in ents:
                if short in seen or short == word:
                    continue
                p, _, local = word.partition(":")
                if short.startswith(p + ":") and short.split(":", 1)[1].lower().startswith(local.lower()):
                    seen.add(short)
                    out.append(Suggestion(short, -len(word), display=f"{short}", meta=label))
        if not out and where in ("class", "predicate"):
            out += [Suggestion(n, -len(word), meta="class" if n in classes else "property")
                    for n in _pname_matches(word, classes + props)]
        return _dedupe(out)[: ctx.limit]
    if where == "class":
        out += [Suggestion(c, -len(word), meta="class") for c in classes
                if c.split(":", 1)[1].lower().startswith(word.lower())]
        out += _prefix_names(word, ctx) if word else []
    elif where == "predicate":
        out += [Suggestion(p, -len(word), meta="property") for p in props
                if p.split(":", 1)[1].lower().startswith(word.lower())]
        if "a".startswith(word) and word != "a":
            out.append(Suggestion("a", -len(word), meta="rdf:type"))
        out += _prefix_names(word, ctx) if word else []
    elif not word:
        return []
    elif where in ("subject", "object"):
        out += _entity_labels(word, ctx, insert_label=False)
        out += _prefix_names(word, ctx)
        if where == "subject":
            out += _words(word, _PATTERN_KEYWORDS, "keyword")
        out += _words(word, ("true", "false", "UNDEF"), "keyword") if where == "object" else []
    elif where == "expression":
        out += _words(word, FUNCTIONS, "function")
        out += _words(word, ("AS", "NOT", "EXISTS", "IN", "true", "false", "DISTINCT", "SEPARATOR"), "keyword")
        out += _prefix_names(word, ctx)
        out += _entity_labels(word, ctx, insert_label=False)
    else:  # clause
        out += _words(word, KEYWORDS, "keyword")
        out += _words(word, FUNCTIONS, "function")
        out += _prefix_names(word, ctx)
    return _dedupe(out)[: ctx.limit]


def _full_iris(partial: str, ctx: CompletionContext) -> list[Suggestion]:
    body = partial[1:]
    iris = list(ctx.classes) + list(ctx.properties) + [iri for _, iri in ctx.entities]
    seen: list[str] = []
    for iri in iris:
        if iri.startswith(body) and iri not in seen:
            seen.append(iri)
    return [Suggestion(f"<{iri}>", -len(partial)) for iri in seen][: ctx.limit]


def _dedupe(items: list[Suggestion]) -> list[Suggestion]:
    seen: set[tuple[str, str | None]] = set()
    out = []
    for s in items:
        key = (s.text, s.display)
        if key not in seen:
            seen.add(key)
            out.append(s)
    return out


# -- prompt_toolkit ----------------------------------------------------------------

def make_completer(context: Callable[[], CompletionContext]):
    """A prompt_toolkit Completer calling :func:`suggest` with ``context()`` at each keystroke."""
    from prompt_toolkit.completion import Completer, Completion

    class SparqlCompleter(Completer):
        def get_completions(self, document, complete_event):
            ctx = replace(context(), text_after=document.text_after_cursor)
            for s in suggest(document.text_before_cursor, context=ctx):
                yield Completion(s.text, start_position=s.start, display=s.display, display_meta=s.meta)

    return SparqlCompleter()
