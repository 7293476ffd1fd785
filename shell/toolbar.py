"""The bottom toolbar: store, triple count, mode, output format."""

from __future__ import annotations


def toolbar_text(*, location: str, triples: int | None, writable: bool, fmt: str,
                 timing: bool = False, tee: str | None = None, busy: str | None = None) -> str:
    """One line for the bottom of the screen.

    >>> toolbar_text(location="kg-store", triples=1234, writable=True, fmt="table")
    ' kg-store | 1,234 triples | read-write | table | Enter runs a complete statement, Esc-Enter always runs, Ctrl-D quits '
    >>> toolbar_text(location=":memory:", triples=None, writable=False, fmt="csv", timing=True, tee="out.txt")
    ' :memory: | … triples | read-only | csv | timing | → out.txt | Enter runs a complete statement, Esc-Enter always runs, Ctrl-D quits '
    """
    parts = [location, f"{triples:,} triples" if triples is not None else "… triples",
             "read-write" if writable else "read-only", fmt]
    if timing:
        parts.append("timing")
    if tee:
        parts.append(f"→ {tee}")
    if busy:
        parts.append(busy)
    parts.append("Enter runs a complete statement, Esc-Enter always runs, Ctrl-D quits")
    return " " + " | ".join(parts) + " "
