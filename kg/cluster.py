"""``kg build --cluster``: parsing and extraction on a Dask cluster, writes in the driver.

The driver (the ``kg build`` process) reads the inputs, skips what is
unchanged or a duplicate (so the build report is the one a local build
gives), and sends the remaining articles in tasks of :data:`TASK_ARTICLES`
(at most ``--batch-size``).  Each worker loads the spaCy pipeline once
(:class:`ModelPlugin`, a Dask worker plugin, also run on workers that join
later; it also undoes two Dask defaults that cost a spaCy worker 10-15% of
its CPU, see :func:`roomy_malloc`) and turns a task's articles into
``Extracted`` records with :func:`kg.batches.extract_batch`, the function a
local build runs.  Results stream back as they complete and the driver
writes them to the store in input order, so the store sees the same writes
as in a local build (``--batch-size`` graphs a write).  An article's quads
travel as zlib-compressed N-Quads (about 20 KiB an article; Oxigraph parses
them back in a fifth of the time unpickling the term objects takes).

A worker that dies takes its running batches with it; the scheduler runs
them again elsewhere.  A batch's result reaches the driver once, so nothing
is written twice.  A batch that fails for good (the pipeline is missing on
the workers, the scheduler gave up after repeated worker deaths) marks its
articles failed with the reason; the build goes on.

``--cluster tcp://HOST:PORT`` connects to a running scheduler (``dask
scheduler``, ``dask worker``, dask-jobqueue, Kubernetes …); ``--cluster
local:N`` starts a :class:`distributed.LocalCluster` of N one-thread worker
processes for the build.  Dask is imported only here (``pip install -e
".[cluster]"``).
"""

from __future__ import annotations

import itertools
import uuid
from contextlib import contextmanager
from typing import Iterable, Iterator

from .batches import Extracted, extract_batch
from .model import Article

try:
    from distributed.diagnostics.plugin import WorkerPlugin
except ImportError:  # pragma: no cover - connect() says what to install
    WorkerPlugin = object

#: Batches in flight per worker thread: one running, one waiting.
IN_FLIGHT = 2

#: Articles per task (at most ``--batch-size``): small enough that the workers
#: finish together (the last task of a build runs alone), large enough that
#: Dask's own cost per task (a few ms) is nothing beside it (~0.6 CPU s).
TASK_ARTICLES = 4

_MODELS: dict[tuple[str, str], tuple[object, object]] = {}  # per worker process


def parse_spec(spec: str) -> tuple[str, int | str]:
    """``("local", N)`` for ``local:N``, ``("address", spec)`` for a scheduler address."""
    spec = spec.strip()
    if spec.startswith("local:") or spec == "local":
        count = spec.partition(":")[2] or "2"
        if not count.isdigit() or int(count) < 1:
            raise ValueError(f"--cluster local:N needs a worker count N ≥ 1, got {spec!r}")
        return "local", int(count)
    if "://" not in spec:
        raise ValueError(f"--cluster expects local:N or a scheduler address like tcp://HOST:8786, "
                         f"got {spec!r}")
    return "address", spec


@contextmanager
def connect(spec: str) -> Iterator[object]:
    """A :class:`distributed.Client` for ``spec``; a local cluster lives as long as the block."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise RuntimeError('--cluster needs Dask: pip install -e ".[cluster]"') from None
    kind, value = parse_spec(spec)
    if kind == "local":
        with LocalCluster(n_workers=value, threads_per_worker=1, processes=True,
                          dashboard_address=None) as cluster, Client(cluster) as client:
            yield client
    else:
        try:
            client = Client(value, timeout="30s")
        except OSError as exc:
            raise RuntimeError(f"cannot reach the Dask scheduler at {value}: {exc}") from None
        with client:
            yield client


class ModelPlugin(WorkerPlugin):
    """Loads ``model`` with ``gazetteer`` once in each worker process (workers joining later too)."""

    def __init__(self, model: str, gazetteer, max_length: int):
        self.model, self.gazetteer, self.max_length = model, gazetteer, max_length
        self.name = f"kg-model-{model}-{gazetteer.digest}"

    def setup(self, worker) -> None:
        roomy_malloc()
        quiet_profiler(worker)
        load(self.model, self.gazetteer, self.max_length)


#: glibc's ``mallopt`` parameters, and the values its dynamic thresholds grow to on 64 bits.
_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -1, -3
_MMAP_MAX, _TRIM_MAX = 32 * 1024 * 1024, 64 * 1024 * 1024


def roomy_malloc() -> bool:
    """Undo a small ``MALLOC_TRIM_THRESHOLD_`` in this process (glibc only); True when changed.

    Dask's nanny starts workers with ``MALLOC_TRIM_THRESHOLD_=65536`` so that
    freed memory goes back to the system.  Setting it also freezes glibc's
    mmap threshold at 128 KiB, so every array spaCy makes above that size is
    mapped and unmapped again: 290,000 page faults for 32 corpus articles
    against 5,000 with the thresholds glibc would grow to by itself, 0.6-0.9
    CPU s of system time against 0.1-0.2 (docs/scale.md).
    """
    import ctypes
    import ctypes.util
    import os

    if "MALLOC_TRIM_THRESHOLD_" not in os.environ:
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError):  # not glibc
        return False
    return bool(mallopt(_M_MMAP_THRESHOLD, _MMAP_MAX)) and bool(mallopt(_M_TRIM_THRESHOLD, _TRIM_MAX))


def quiet_profiler(worker) -> None:
    """Stop the worker's statistical profiler (a stack sample every 10 ms, GIL held).

    spaCy's stacks are deep and every sample walks them (2-4% of a worker's
    CPU); the dashboard's profile is all that is lost.
    """
    for name in ("profile", "profile-cycle"):
        callback = getattr(worker, "periodic_callbacks", {}).get(name)
        if callback is not None:
            callback.stop()


def load(model: str, gazetteer, max_length: int = 0):
    """``(nlp, gazetteer)`` for ``model``, loaded once per process."""
    key = (model, gazetteer.digest)
    if key not in _MODELS:
        from .extract import load_nlp

        _MODELS[key] = (load_nlp(model, gazetteer=gazetteer), gazetteer)
    nlp, gaz = _MODELS[key]
    nlp.max_length = max(nlp.max_length, max_length)
    return nlp, gaz


def run_batch(articles: list[Article], model: str, digest: str, signature: str,
              batch_size: int) -> list[tuple[int, bytes, str | None]]:
    """A worker's task: each article's packed ``Extracted``, in order (the plugin loaded the model)."""
    try:
        nlp, gazetteer = _MODELS[(model, digest)]
    except KeyError:
        raise RuntimeError(f"the kg model plugin has not loaded {model!r} on this worker") from None
    return [pack(result) for _, result in extract_batch(nlp, articles, gazetteer=gazetteer,
                                                        signature=signature, batch_size=batch_size)]


def pack(result: Extracted) -> tuple[int, bytes, str | None]:
    """``(words, zlib-compressed N-Quads, error)``: what a worker sends back for one article."""
    import zlib

    import pyoxigraph as ox

    data = ox.serialize(result.quads, format=ox.RdfFormat.N_QUADS) if result.quads else b""
    return result.words, zlib.compress(data, 1), result.error


def unpack(packed: tuple[int, bytes, str | None]) -> Extracted:
    import zlib

    import pyoxigraph as ox

    words, data, error = packed
    data = zlib.decompress(data)
    quads = tuple(ox.parse(data, format=ox.RdfFormat.N_QUADS)) if data else ()
    return Extracted(words=words, quads=quads, error=error)


class DaskExecutor:
    """The ``executor`` of :func:`kg.pipeline.build` that runs batches on a Dask client."""

    def __init__(self, client, *, in_flight: int | None = None, task_size: int | None = None):
        self.client = client
        self.in_flight = in_flight
        self.task_size = task_size

    def __call__(self, articles: Iterable[Article], *, model: str, gazetteer, signature: str,
                 batch_size: int, max_bytes: int) -> Iterator[tuple[Article, Extracted]]:
        from distributed import as_completed

        client = self.client
        client.register_plugin(ModelPlugin(model, gazetteer, max_bytes + 1))
        window = self.in_flight or max(2, IN_FLIGHT * max(1, _threads(client)))
        run = f"kg-batch-{uuid.uuid4().hex[:8]}"
        batches = _chunks(articles, max(1, self.task_size or min(batch_size, TASK_ARTICLES)))
        sent: dict[int, list[Article]] = {}
        done: dict[int, list] = {}
        order: dict[object, int] = {}
        queue = as_completed()
        numbers = itertools.count()
        next_out = 0

        def submit() -> bool:
            batch = next(batches, None)
            if batch is None:
                return False
            i = next(numbers)
            sent[i] = batch
            future = client.submit(run_batch, batch, model, gazetteer.digest, signature,
                                   batch_size, key=f"{run}-{i}", pure=False, retries=1)
            order[future] = i
            queue.add(future)
            return True

        def top_up() -> None:  # keep `window` batches running, at most twice that held
            while len(sent) - len(done) < window and len(sent) < 2 * window and submit():
                pass

        top_up()
        for future in queue:
            i = order.pop(future)
            try:
                results = [unpack(packed) for packed in future.result()]
            except Exception as exc:  # noqa: BLE001 - the batch's articles are reported
                reason = f"cluster: {type(exc).__name__}: {exc}".splitlines()[0]
                results = [Extracted(error=reason)] * len(sent[i])
            done[i] = results
            future.release()
            while next_out in done:
                yield from zip(sent.pop(next_out), done.pop(next_out))
                next_out += 1
            top_up()


def _threads(client) -> int:
    try:
        return sum(client.nthreads().values())
    except Exception:  # noqa: BLE001 - a guess is enough for the window
        return 1


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while chunk := list(itertools.islice(it, size)):
        yield chunk
