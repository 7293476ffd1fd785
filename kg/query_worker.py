"""A query worker process: reads jobs on stdin, answers on stdout, sandboxed (``python -m kg.query_worker``).

Started and killed by :mod:`kg.query_runner`, never by hand.  At start it
reads its :class:`Settings`, opens the store read-only, caps its own memory
(``RLIMIT_DATA`` at what it holds then plus the limit: a query that
allocates past it fails or aborts, and only this process dies), and, when
told to, denies itself the network: a seccomp
filter makes every ``socket()`` other than a Unix one fail, so no query
(``SERVICE``, whatever the engine may one day fetch) can reach a host, even
one the policy check missed.  Then, per :class:`Job`: reopen the store if a
write was committed since (:func:`kg.store.oxigraph.data_version`), parse with
rdflib when asked (:mod:`kg.sparql_parse`), evaluate with Oxigraph, collect
at most ``max_rows`` + 1 rows, and render the answer when asked.

Frames both ways are an 8-byte big-endian length and a pickle.
"""

from __future__ import annotations

import os
import pickle
import struct
import sys
from dataclasses import dataclass, field

_HEAD = struct.Struct(">Q")


@dataclass(frozen=True)
class Settings:
    """``source``: ``oxigraph`` (a store directory), ``nquads`` (a dump file, for in-memory
    stores) or ``none`` (parse only); ``memory`` in bytes, 0 for no cap."""

    source: str
    location: str = ""
    memory: int = 0
    deny_network: bool = True
    preload_parser: bool = True


@dataclass(frozen=True)
class Job:
    """One query. ``inspect``: parse it with rdflib first and evaluate it only when it is a
    query that reaches nowhere; ``render``: result kind (``select``/``ask``/``graph``) →
    kg.results format, the answer comes back as bytes (a kind missing: not evaluated)."""

    text: str
    inspect: bool = True
    evaluate: bool = True
    union: bool = True
    form: str = ""
    max_rows: int = 0
    render: dict[str, str] | None = field(default=None)


# -- framing --------------------------------------------------------------------

def write_frame(fd: int, obj) -> None:
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    view = memoryview(_HEAD.pack(len(data)) + data)
    while view:
        n = os.write(fd, view)
        view = view[n:]


def _read_exact(fd: int, n: int) -> bytes | None:
    parts, left = [], n
    while left:
        chunk = os.read(fd, min(left, 1 << 20))
        if not chunk:
            return None
        parts.append(chunk)
        left -= len(chunk)
    return b"".join(parts)


def read_frame(fd: int):
    head = _read_exact(fd, _HEAD.size)
    if head is None:
        return None
    body = _read_exact(fd, _HEAD.unpack(head)[0])
    return None if body is None else pickle.loads(body)


# -- the sandbox ----------------------------------------------------------------

def _data_size() -> int:
    """Bytes in this process's data segment now (Linux; 0 elsewhere)."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmData:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    return 0


def cap_memory(limit: int) -> None:
    """Let this process's data segment (heap and anonymous mappings) grow by at most ``limit``
    bytes over what it holds now (the interpreter, the engine, the open store)."""
    import resource

    if limit > 0:
        cap = _data_size() + limit
        resource.setrlimit(resource.RLIMIT_DATA, (cap, cap))


def die_with_parent() -> None:
    """Be killed when the process that started this one dies (Linux)."""
    try:
        import ctypes
        import signal

        ctypes.CDLL(None, use_errno=True).prctl(1, int(signal.SIGKILL), 0, 0, 0)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() == 1:  # the parent was already gone
        os._exit(1)


_ARCH = {  # machine → (AUDIT_ARCH_*, socket(2), io_uring_setup(2))
    "x86_64": (0xC000003E, 41, 425),
    "aarch64": (0xC00000B7, 198, 425),
}


def deny_network() -> bool:
    """Install a seccomp filter: ``socket()`` of any family but AF_UNIX, and io_uring, fail
    with EACCES from now on in this process.  False where that cannot be done (not Linux
    x86-64/arm64, or seccomp unavailable)."""
    import ctypes
    import errno
    import platform

    arch = _ARCH.get(platform.machine())
    if arch is None or not sys.platform.startswith("linux"):
        return False
    audit_arch, nr_socket, nr_io_uring = arch
    ld_w_abs, jeq_k, jge_k, ret_k = 0x20, 0x15, 0x35, 0x06
    allow, deny = 0x7FFF0000, 0x00050000 | errno.EACCES
    program = [
        (ld_w_abs, 0, 0, 4),          # 0: A = arch
        (jeq_k, 1, 0, audit_arch),    # 1: native → 3, else → 2
        (ret_k, 0, 0, deny),          # 2: a foreign ABI: refused
        (ld_w_abs, 0, 0, 0),          # 3: A = syscall number
        (jge_k, 0, 1, 0x40000000),    # 4: the x32 ABI → 5, else → 6
        (ret_k, 0, 0, deny),          # 5
        (jeq_k, 4, 0, nr_io_uring),   # 6: io_uring_setup → 11, else → 7
        (jeq_k, 0, 2, nr_socket),     # 7: socket → 8, anything else → 10
        (ld_w_abs, 0, 0, 16),         # 8: A = its domain (args[0], low half)
        (jeq_k, 0, 1, 1),             # 9: AF_UNIX → 10, else → 11
        (ret_k, 0, 0, allow),         # 10
        (ret_k, 0, 0, deny),          # 11
    ]

    class Filter(ctypes.Structure):
        _fields_ = [("code", ctypes.c_ushort), ("jt", ctypes.c_ubyte), ("jf", ctypes.c_ubyte),
                    ("k", ctypes.c_uint)]

    class Program(ctypes.Structure):
        _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.POINTER(Filter))]

    filters = (Filter * len(program))(*[Filter(*ins) for ins in program])
    prog = Program(len(program), filters)
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(38, 1, 0, 0, 0) != 0:  # PR_SET_NO_NEW_PRIVS
        return False
    if libc.prctl(22, 2, ctypes.byref(prog), 0, 0) != 0:  # PR_SET_SECCOMP, SECCOMP_MODE_FILTER
        return False
    return True


# -- the store ------------------------------------------------------------------

class _Source:
    """The engine a worker queries, reopened when the data on disk changed."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.engine = None
        self.version = None

    def _version(self):
        s = self.settings
        if s.source == "oxigraph":
            from .store.oxigraph import data_version

            return data_version(s.location)
        st = os.stat(s.location)
        return st.st_mtime_ns, st.st_size, st.st_ino

    def get(self):
        import pyoxigraph as ox

        if self.settings.source == "none":
            return None
        version = self._version()
        if self.engine is not None and version == self.version:
            return self.engine
        self.engine = None
        if self.settings.source == "oxigraph":
            from .store.oxigraph import open_reader  # the newest snapshot a writer published

            old, self.reader = getattr(self, "reader", None), open_reader(self.settings.location)
            if old is not None:
                old.close()
            self.engine = self.reader.engine
        else:
            engine = ox.Store()
            engine.bulk_load(path=self.settings.location, format=ox.RdfFormat.N_QUADS)
            self.engine = engine
        self.version = version
        return self.engine


# -- one job --------------------------------------------------------------------

def _collect(raw, limit: int):
    import pyoxigraph as ox

    from .store.base import QueryResult

    if isinstance(raw, ox.QueryBoolean):
        return QueryResult("ask", boolean=bool(raw))
    if isinstance(raw, ox.QuerySolutions):
        variables = [v.value for v in raw.variables]
        n = len(variables)
        rows = []
        for sol in raw:
            rows.append(tuple(sol[i] for i in range(n)))
            if limit and len(rows) > limit:
                return ("rows", limit)
        return QueryResult("select", variables=variables, rows=rows)
    triples = []
    for t in raw:
        triples.append(t)
        if limit and len(triples) > limit:
            return ("triples", limit)
    return QueryResult("graph", triples=triples)


def _kind(form: str) -> str:
    return "graph" if form in ("construct", "describe") else ("ask" if form == "ask" else "select")


def run_job(source: _Source, job: Job):
    """The reply to one job, a tuple whose first item says what it is."""
    from .store.base import QueryError, syntax_error

    form = job.form
    try:
        if job.inspect:
            from .sparql_parse import inspect

            found = inspect(job.text)
            form = found.form
            if found.form == "update" or found.reaches_out or not job.evaluate:
                return ("inspected", found)
        if job.render is not None and form and _kind(form) not in job.render:
            return ("unacceptable", form)
        if not job.evaluate:
            return ("inspected", None)
        engine = source.get()
        try:
            raw = engine.query(job.text, use_default_graph_as_union=job.union)
            result = _collect(raw, job.max_rows)
        except SyntaxError as exc:
            raise syntax_error(exc, job.text) from None
        except (OSError, ValueError, TypeError, RuntimeError) as exc:
            raise QueryError(str(exc), query=job.text) from None
        if isinstance(result, tuple):
            return ("too_many", *result)
        if job.render is None:
            return ("result", form, result)
        fmt = job.render.get(result.kind)
        if fmt is None:
            return ("unacceptable", form or result.kind)
        from .results import render

        return ("rendered", form, result.kind, render(result, fmt).encode("utf-8"))
    except QueryError as exc:
        return ("query_error", exc.message, exc.line, exc.column)
    except MemoryError:
        return ("memory",)


def main() -> int:
    out = os.dup(1)
    os.dup2(2, 1)  # stray prints go to stderr, never into the reply stream
    inp = 0
    die_with_parent()
    settings: Settings = read_frame(inp)
    if settings is None:
        return 0
    try:
        import pyoxigraph  # noqa: F401 - loaded before the first job
        import kg.results  # noqa: F401

        if settings.preload_parser:
            import rdflib.plugins.sparql.algebra  # noqa: F401
            import rdflib.plugins.sparql.parser  # noqa: F401
        source = _Source(settings)
        source.get()
        cap_memory(settings.memory)
        denied = deny_network() if settings.deny_network else False
    except Exception as exc:  # noqa: BLE001 - told to the runner, which reports it
        write_frame(out, ("failed", f"{type(exc).__name__}: {exc}"))
        return 1
    write_frame(out, ("ready", denied))
    while True:
        job = read_frame(inp)
        if job is None:
            return 0
        try:
            reply = run_job(source, job)
        except MemoryError:
            reply = ("memory",)
        except Exception as exc:  # noqa: BLE001 - one job fails, the worker goes on
            reply = ("error", f"{type(exc).__name__}: {exc}".splitlines()[0])
        write_frame(out, reply)


if __name__ == "__main__":
    sys.exit(main())
