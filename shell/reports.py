"""Text for the shell's reports: pure functions of library records (kg.lookup, kg.queries).

Every report is text for people: control characters in the data (a headline carrying
``ESC]0;...``) come out escaped (:func:`kg.terminal.printable`), never obeyed.

>>> from kg.lookup import Description
>>> print(describe_text(Description("http://kg.example/entity/isis", "ISIS", aliases=("Daesh",))), end="")
ISIS  (ent:isis)
  aliases     Daesh
  mentions    0
<BLANKLINE>
Articles mentioning it (0)
Claims by ISIS (0)
Claims about ISIS (0)
"""

from __future__ import annotations

from functools import wraps
from typing import Callable, Iterable, Mapping

from kg.lookup import ArticleRef, ClaimInfo, Description, Evidence, Match, TopResult
from kg.results import short_iri
from kg.terminal import plural, printable


def _for_people(fn: Callable[..., str]) -> Callable[..., str]:
    """The report with control characters escaped (line breaks of the layout kept)."""
    @wraps(fn)
    def report(*args, **kwargs) -> str:
        return printable(fn(*args, **kwargs), keep="\n")

    return report


def _short(iri: str | None, prefixes: Mapping[str, str] | None) -> str:
    """A prefixed name, keeping a fragment (``art:x.txt#c12-40``) so it can be pasted into .why.

    >>> _short("http://kg.example/article/a.txt#c1-9", None)
    'art:a.txt#c1-9'
    """
    return "" if iri is None else short_iri(iri, dict(prefixes) if prefixes else None)


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.4g}"


def article_line(a: ArticleRef, prefixes=None) -> str:
    bits = [b for b in (a.publisher, a.date) if b]
    head = _short(a.iri, prefixes)
    title = f"  {_clip(a.headline, 70)}" if a.headline else ""
    extra = f" — {', '.join(bits)}" if bits else ""
    count = f" ({plural(a.mentions, 'mention')})" if a.mentions else ""
    return f"{head}{title}{extra}{count}"


def claim_lines(c: ClaimInfo, prefixes=None, *, width: int | None = 200) -> list[str]:
    text = c.text.strip().strip("\"\u201c\u201d").strip()
    text = _clip(text, width) if width else " ".join(text.split())
    who = c.speaker_name or _short(c.speaker, prefixes) or "unknown speaker"
    verb = f" ({c.cue})" if c.cue else ""
    where = [_short(c.article.iri, prefixes)] if c.article.iri else []
    if c.article.publisher:
        where.append(c.article.publisher)
    if c.article.date:
        where.append(c.article.date)
    return [f"“{text}”", f"    — {who}{verb}; {', '.join(where)}  [{_short(c.iri, prefixes)}]"]


@_for_people
def describe_text(d: Description, prefixes=None, *, others: Iterable[Match] = ()) -> str:
    name = d.name or d.description or _short(d.iri, prefixes)
    lines = [f"{name}  ({_short(d.iri, prefixes)})"]

    def row(label: str, value: str) -> None:
        if value:
            lines.append(f"  {label:<11} {value}".rstrip() if not label else f"  {label:<11} {value}")

    row("types", ", ".join(_short(t, prefixes) for t in d.types))
    if d.disputed and d.kind:
        row("counted as", f"{d.kind} (the type most articles gave it)")
    row("aliases", ", ".join(d.aliases))
    row("described", d.description or "")
    row("wikidata", ", ".join(d.wikidata))
    others_same = [s for s in d.same_as if s not in d.wikidata]
    row("same as", ", ".join(others_same))
    where = []
    if d.latitude is not None and d.longitude is not None:
        where.append(f"{d.latitude:.4f}, {d.longitude:.4f}")
    if d.contained_in:
        where.append("in " + ", ".join(f"{n or _short(c, prefixes)}" for c, n in d.contained_in))
    row("location", " · ".join(where))
    n_art = max(d.article_count, len(d.articles))
    row("mentions", f"{d.mentions:,}" + (f" in {plural(n_art, 'article')}" if n_art else ""))
    if d.measures:
        ordered = sorted(d.measures, key=lambda m: (m.name != "pagerank", m.name))
        head = ordered[0]
        row("centrality", f"{head.name} {_num(head.value)}, rank {head.rank} of {head.of}")
        if ordered[1:]:
            row("", " · ".join(f"{m.name} {_num(m.value)} (#{m.rank})" for m in ordered[1:]))
    if d.community is not None:
        members = ", ".join(n for _, n in d.community.members)
        more = "…" if d.community.size - 1 > len(d.community.members) else ""
        row("community", f"{d.community.value} ({plural(d.community.size, 'member')})"
                         + (f": {members}{more}" if members else ""))
    others = [m for m in others if m.iri != d.iri]
    if others:
        row("also", "; ".join(f"{m.name} ({_short(m.iri, prefixes)}, {plural(m.mentions, 'mention')})"
                              for m in others))
    lines.append("")
    shown = f"; the {len(d.articles)} with most mentions" if len(d.articles) < n_art else ""
    lines.append(f"Articles mentioning it ({n_art}{shown})")
    lines += [f"  {article_line(a, prefixes)}" for a in d.articles]
    by_n, about_n = (max(t, len(items)) for t, items in zip(d.claim_counts, (d.claims_by, d.claims_about)))
    for title, items, total in ((f"Claims by {name}", d.claims_by, by_n),
                                (f"Claims about {name}", d.claims_about, about_n)):
        more = f"; the first {len(items)}, .claims shows all" if len(items) < total else ""
        lines.append(f"{title} ({total}{more})")
        for c in items:
            lines += [f"  {x}" for x in claim_lines(c, prefixes)]
    return "\n".join(lines) + "\n"


@_for_people
def claims_text(name: str, claims: list[ClaimInfo], prefixes=None) -> str:
    by = [c for c in claims if c.role == "by"]
    about = [c for c in claims if c.role == "about"]
    lines: list[str] = []
    for title, items in ((f"Claims by {name}", by), (f"Claims about {name}", about)):
        lines.append(f"{title} ({len(items)})")
        for c in items:
            lines += [f"  {x}" for x in claim_lines(c, prefixes, width=None)]
    return "\n".join(lines) + "\n"


@_for_people
def evidence_text(items: list[Evidence], prefixes=None) -> str:
    lines: list[str] = []
    for e in items:
        lines.append(f"{e.kind} {_short(e.iri, prefixes)}")
        if e.of:
            lines.append(f"  of         {_short(e.of, prefixes)}")
        if e.article is not None:
            lines.append(f"  article    {article_line(e.article, prefixes)}")
        if e.start is not None:
            lines.append(f"  span       characters {e.start}–{e.end}")
        if e.text:
            lines.append(f"  text       {' '.join(e.text.split())}")
        if e.speaker:
            lines.append(f"  speaker    {e.speaker}")
        marked = e.marked_sentence()
        if marked:
            where = f" ({_short(e.sentence_iri, prefixes)})" if e.sentence_iri else ""
            lines.append(f"  sentence{where}")
            lines.append(f"    {' '.join(marked.split())}")
        lines.append("")
    return "\n".join(lines)


@_for_people
def top_text(t: TopResult, prefixes=None) -> str:
    lines = []
    if t.note:
        lines.append(t.note)
    if not t.rows:
        lines.append("(no entities)")
        return "\n".join(lines) + "\n"
    names = [printable(n or _short(iri, prefixes)) for iri, n, _ in t.rows]
    scores = [_num(s) for _, _, s in t.rows]
    wn = max(len(n) for n in names)
    ws = max(max(len(s) for s in scores), len(t.measure))
    lines.append(f"{'#':>3}  {'name'.ljust(wn)}  {t.measure.rjust(ws)}  IRI")
    for i, ((iri, _, _), n, s) in enumerate(zip(t.rows, names, scores), 1):
        lines.append(f"{i:>3}  {n.ljust(wn)}  {s.rjust(ws)}  {_short(iri, prefixes)}")
    return "\n".join(lines) + "\n"


def _count_table(title: str, rows: Iterable[tuple[str, int]], prefixes) -> list[str]:
    rows = [(_short(iri, prefixes), n) for iri, n in rows]
    if not rows:
        return [f"{title}: none"]
    w = max(len(r[0]) for r in rows)
    return [f"{title} ({len(rows)})"] + [f"  {name.ljust(w)}  {n:>8,}" for name, n in rows]


@_for_people
def schema_text(classes, properties, prefixes=None) -> str:
    """Classes with instance counts, properties with triple counts.

    >>> print(schema_text([("http://schema.org/Person", 3)], [("http://schema.org/name", 12)]), end="")
    Classes (1)
      schema:Person         3
    <BLANKLINE>
    Properties (1)
      schema:name        12
    """
    return "\n".join(_count_table("Classes", classes, prefixes) + [""]
                     + _count_table("Properties", properties, prefixes)) + "\n"


@_for_people
def prefixes_text(prefixes: Mapping[str, str]) -> str:
    """PREFIX lines for every known prefix.

    >>> print(prefixes_text({"schema": "http://schema.org/"}), end="")
    PREFIX schema: <http://schema.org/>
    """
    w = max((len(p) for p in prefixes), default=0) + 1
    return "".join(f"PREFIX {(p + ':').ljust(w)} <{ns}>\n" for p, ns in prefixes.items())


@_for_people
def queries_text(queries) -> str:
    """The named queries with their parameters and descriptions."""
    if not queries:
        return "no named queries\n"
    lines = []
    for q in queries.values():
        lines.append(q.usage())
        if q.description:
            lines.append(f"    {q.description}")
    lines.append("run one with .q NAME ARGS (positional, or name=value; \"quotes\" make a literal)")
    return "\n".join(lines) + "\n"
