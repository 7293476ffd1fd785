"""New graphs written by Oxigraph's bulk loader, undone whole if a crash interrupts them.

``Store.extend`` writes quads in one RocksDB transaction, reading every
index key before it writes it; the bulk loader (``bulk_extend``) sorts the
quads into table files and hands them to RocksDB, at half the CPU
(bench/bench_store_writes.py), but pyoxigraph gives it no transactional
guarantee.  A build's article graphs that do not exist yet go through it
guarded by an intent record, a file beside the database:

1. ``DIR/kg-loading`` is written (to a temporary name, synced, renamed): the
   names of the graphs about to be loaded;
2. the quads are bulk-loaded (for one batch of a build, one ingestion of
   table files into all of Oxigraph's indexes);
3. the record is deleted.

A kill during step 2 also leaves the loader's table files
(``bulk-<random>.sst``) in the directory; the same writer deletes them
(:func:`sweep`).

Whoever next opens the database to write it, or publishes it for readers
after a crash, first finds the record (:func:`undo`): the graphs it names
are dropped in one update that also records the entities they referred to
as prune candidates (:func:`kg.entity_graph.note_pending`), then the record
goes.  A kill at any point leaves each new article absent (its old state)
or whole, and the next build writes it again; what a half-done load added
to the shared entities graph is pruned as a removed article's is.

Graphs that exist already are replaced by a SPARQL update, one transaction
(:meth:`kg.store.oxigraph.OxigraphStore.replace_graphs`).  ``KG_BULK_LOAD=0``
in the environment writes new graphs with ``extend`` too.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Mapping, Sequence

from .faults import point

INTENT = "kg-loading"


def enabled() -> bool:
    return os.environ.get("KG_BULK_LOAD", "1") != "0"


def unfinished(path: str | os.PathLike) -> list[str] | None:
    """The graphs of a load that did not finish; None when there is none."""
    try:
        text = (Path(path) / INTENT).read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    return [line for line in text.splitlines() if line]


def _record(path: Path, graphs: Sequence[str]) -> None:
    tmp = path / f"{INTENT}.tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write("".join(f"{g}\n" for g in graphs))
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path / INTENT)


def _clear(path: Path) -> None:
    try:
        os.unlink(path / INTENT)
    except FileNotFoundError:
        pass


def load_new(engine, path: str | os.PathLike, graphs: Mapping[str, Sequence], quads: list) -> None:
    """Bulk-load ``quads`` (the quads of ``graphs``, none of which exists) under an intent record.

    Raises ``OSError`` as the loader does; the record then stays for
    :func:`undo` unless undoing at once succeeds.
    """
    p = Path(path)
    undo(engine, p)  # a record left by a failed load is undone before a new one is written
    _record(p, list(graphs))
    point("replace:loading")
    try:
        engine.bulk_extend(quads)
    except OSError:
        try:
            undo(engine, p)
        except OSError:
            pass
        raise
    point("replace:loaded")
    _clear(p)


def sweep(path: str | os.PathLike) -> int:
    """Delete the loader's table files a killed load left in the store directory; how many.

    The loader writes ``bulk-<random>.sst`` files beside the database and hands
    them to RocksDB at the end; a kill before that leaves them, hundreds of
    megabytes for a large load, and RocksDB never reads nor removes files of
    that name.  Called only by the store's single writer, so no load is running.
    """
    n = 0
    for f in Path(path).glob("bulk-*.sst"):
        try:
            f.unlink()
            n += 1
        except FileNotFoundError:
            pass
    return n


def undo(engine, path: str | os.PathLike) -> bool:
    """Drop the graphs of an unfinished load (see the module); False when there was none.

    Also deletes the table files a killed load left (:func:`sweep`).  Raises
    ``OSError`` when the database cannot be written (the record stays).
    """
    sweep(path)
    graphs = unfinished(path)
    if graphs is None:
        return False
    if graphs:
        import pyoxigraph as ox

        from ..entity_graph import note_pending

        drops = " ;\n".join(f"DROP SILENT GRAPH <{ox.NamedNode(g).value}>" for g in graphs)
        engine.update(note_pending(graphs) + " ;\n" + drops)
    _clear(Path(path))
    return True
