"""``kg build --cluster local:2`` against ``kg build --processes 2``, interleaved, CPU by process.

Each round builds the same corpus slice three ways, one after the other:
``--processes 2`` (spaCy's own pool; this process extracts and writes),
kg's ``--cluster local:2`` (workers tuned by :class:`kg.cluster.ModelPlugin`:
glibc's malloc thresholds restored, the stack sampler stopped) and, with
``--untuned``, the same LocalCluster with workers as Dask starts them.
The clusters are started and their models loaded before the first round,
off the clock.  Printed per run: wall seconds, CPU seconds of every process
(this process's main thread, its other threads — the scheduler, the nannies,
the client —, spaCy's worker processes, the Dask workers), the share of the
Dask workers' wall time spent computing kg's tasks (``busy``), and per round
the ratios; at the end the medians.  Rounds are interleaved because the machine
may be shared: compare within a round, and CPU before wall.

    python bench/bench_cluster.py --limit 100 --rounds 3
    python bench/bench_cluster.py --limit 100 --rounds 3 --untuned
    python bench/bench_cluster.py --limit 100 --rounds 3 --task-sizes 16   # articles per task
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import CACHE, corpus_slice  # noqa: E402


def _cpu(who: int) -> float:
    r = resource.getrusage(who)
    return r.ru_utime + r.ru_stime


def _own_cpu() -> float:
    import resource

    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def _untune() -> None:
    """In a worker, before kg's plugin runs: leave the worker as Dask made it."""
    import kg.cluster

    kg.cluster.roomy_malloc = lambda: False
    kg.cluster.quiet_profiler = lambda worker: None


def run(kind: str, src: Path, store: Path, *, nlp=None, client=None, batch_size: int,
        task_size: int | None = None) -> dict:
    import kg
    from kg.cluster import DaskExecutor

    shutil.rmtree(store, ignore_errors=True)
    w0 = time.perf_counter()
    me0, kids0, main0 = _cpu(resource.RUSAGE_SELF), _cpu(resource.RUSAGE_CHILDREN), _cpu(resource.RUSAGE_THREAD)
    workers0 = sum(client.run(_own_cpu).values()) if client else 0.0
    stream = None
    if client is None:
        report = kg.build([src], str(store), nlp=nlp, n_process=2, batch_size=batch_size, rank=False)
    else:
        from distributed import get_task_stream

        with get_task_stream(client) as stream:
            report = kg.build([src], str(store), batch_size=batch_size, rank=False,
                              executor=DaskExecutor(client, task_size=task_size))
    wall = time.perf_counter() - w0
    out = {"wall": wall, "main": _cpu(resource.RUSAGE_THREAD) - main0,
           "children": _cpu(resource.RUSAGE_CHILDREN) - kids0,
           "workers": sum(client.run(_own_cpu).values()) - workers0 if client else 0.0}
    out["threads"] = _cpu(resource.RUSAGE_SELF) - me0 - out["main"]
    out["cpu"] = out["main"] + out["threads"] + out["children"] + out["workers"]
    out["summary"] = report.summary()
    out["busy"] = busy(stream, wall, len(client.nthreads())) if stream else float("nan")
    return out


def busy(stream, wall: float, workers: int) -> float:
    """Share of the workers' wall time spent computing kg's tasks (Dask's task stream)."""
    compute = sum(s["stop"] - s["start"] for t in stream.data for s in t["startstops"]
                  if s["action"] == "compute")
    return compute / (wall * workers)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--limit", type=int, default=100, help="corpus articles (default 100)")
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--batch-size", type=int, default=16)
    p.add_argument("--untuned", action="store_true", help="also a LocalCluster with Dask's worker defaults")
    p.add_argument("--task-sizes", default="", help="also kg's cluster with these articles per task (e.g. 16,8)")
    args = p.parse_args(argv)
    sys.stdout.reconfigure(line_buffering=True)

    from distributed import Client, LocalCluster

    from kg.cluster import ModelPlugin
    from kg.extract import DEFAULT_MODEL, load_nlp
    from kg.gazetteer import load_gazetteer

    src = corpus_slice(args.limit)
    print(f"bench_cluster {time.strftime('%Y-%m-%d %H:%M')}  limit {args.limit}  batch {args.batch_size}  "
          f"cpus {os.cpu_count()}  load {os.getloadavg()[0]:.1f}")
    work = Path(tempfile.mkdtemp(prefix="kg-bench-cluster-", dir=CACHE if CACHE.exists() else None))
    nlp = load_nlp()
    gazetteer = load_gazetteer()
    sizes = [int(n) for n in args.task_sizes.split(",") if n]
    kinds = (["processes 2", "cluster local:2"] + [f"tasks of {n}" for n in sizes]
             + (["untuned local:2"] if args.untuned else []))
    results: dict[str, list[dict]] = {k: [] for k in kinds}
    with ExitStack() as stack:
        clients = {}
        for kind in [k for k in kinds[1:] if not k.startswith("tasks of")]:  # as kg.cluster.connect does
            cluster = stack.enter_context(LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                                       dashboard_address=None))
            client = clients[kind] = stack.enter_context(Client(cluster))
            if kind.startswith("untuned"):
                client.run(_untune)
            client.register_plugin(ModelPlugin(DEFAULT_MODEL, gazetteer, 20_000_001))
        print(f"{'run':16} {'wall s':>7} {'cpu s':>7} {'main':>6} {'threads':>7} {'children':>8} "
              f"{'workers':>7} {'busy':>5}  load")
        for rnd in range(args.rounds):
            for kind in kinds:
                client = clients.get("cluster local:2" if kind.startswith("tasks of") else kind)
                r = run(kind, src, work / kind.split()[0], nlp=nlp, client=client, batch_size=args.batch_size,
                        task_size=int(kind.split()[-1]) if kind.startswith("tasks of") else None)
                results[kind].append(r)
                print(f"{kind:16} {r['wall']:7.1f} {r['cpu']:7.1f} {r['main']:6.1f} {r['threads']:7.1f} "
                      f"{r['children']:8.1f} {r['workers']:7.1f} {r['busy']:5.2f}  {os.getloadavg()[0]:4.1f}  "
                      f"({r['summary']})")
            base = results[kinds[0]][-1]
            print("  round %d: " % (rnd + 1) + ", ".join(
                f"{k}: wall {base['wall'] / results[k][-1]['wall']:.2f}x, cpu {base['cpu'] / results[k][-1]['cpu']:.2f}x"
                for k in kinds[1:]) + " of processes 2")
    base = results[kinds[0]]
    for k in kinds[1:]:
        wall = statistics.median(b["wall"] / r["wall"] for b, r in zip(base, results[k]))
        cpu = statistics.median(b["cpu"] / r["cpu"] for b, r in zip(base, results[k]))
        print(f"median of {args.rounds} rounds: {k} = {wall:.2f}x processes 2 in wall time "
              f"(goal >= 0.9), {cpu:.2f}x in CPU time")
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
