"""Progress of long commands: a tqdm bar with a total, a rate and an ETA, on a terminal only.

``kg build``, ``kg validate``, ``kg export`` and ``kg rank`` share it::

    from kg.progress import bar

    with bar(total=len(graphs), desc="validate", unit="graph") as p:
        for g in graphs:
            ...
            p.update()

The bar goes to standard error, and only when standard error is a terminal
(and ``quiet`` is not set): on a pipe, in a file or under a test runner
nothing is printed, so output stays what the command prints itself.  It is
cleared when done (the command's own summary follows).  tqdm is imported when
a bar is made, not when this module is imported.
"""

from __future__ import annotations

import sys
from typing import IO, Callable, Iterable, Iterator, TypeVar

T = TypeVar("T")


def on_terminal(stream: IO | None = None) -> bool:
    """True when ``stream`` (default: standard error) is an open terminal."""
    stream = sys.stderr if stream is None else stream
    try:
        return bool(stream.isatty()) and not getattr(stream, "closed", False)
    except (AttributeError, ValueError, OSError):
        return False


def bar(total: int | None = None, *, desc: str = "", unit: str = "it", quiet: bool = False,
        stream: IO | None = None, enabled: bool | None = None, **options):
    """A tqdm progress bar on ``stream`` (standard error), disabled unless it is a terminal.

    ``enabled`` overrides the terminal check (True draws the bar on any
    stream; the tests use it).  A disabled bar accepts every call and prints
    nothing.  Extra ``options`` go to ``tqdm`` (``unit_scale``, ``postfix``…).
    """
    from tqdm import tqdm

    stream = sys.stderr if stream is None else stream
    show = on_terminal(stream) if enabled is None else enabled
    settings = {"leave": False, "dynamic_ncols": True, "mininterval": 0.2, **options}
    return tqdm(total=total, desc=desc, unit=unit, file=stream, disable=quiet or not show,
                **settings)


def track(items: Iterable[T], total: int | None = None, **kwargs) -> Iterator[T]:
    """``items``, advancing a :func:`bar` of ``total`` steps as they are consumed."""
    with bar(total=total, **kwargs) as p:
        for item in items:
            yield item
            p.update()


def steps(total: int, **kwargs) -> tuple[object, Callable[[str], None]]:
    """A :func:`bar` of ``total`` named steps and a callback that marks one step done.

    The callback takes the name of the step that just finished and shows it
    beside the bar, so that a library function can report its phases
    (``progress("pagerank")``) without knowing about tqdm::

        p, step = steps(3, desc="rank")
        with p:
            compute(store, progress=step)
    """
    p = bar(total=total, **kwargs)

    def step(name: str) -> None:
        p.set_postfix_str(name, refresh=False)
        p.update()

    return p, step
