"""Cold start and memory: ``kg query`` / ``kg shell -e`` to the first result, RSS and disk per
million triples.

Start-up is compared with ``python -c "import pyoxigraph"`` (the least any kg
command that opens a store must pay): the median over ``--runs`` fresh
processes of the time from launch to the first byte of the result on stdout.
Memory: the peak RSS of a fresh process that opens the synthetic store of
``--synth-triples`` (:mod:`bench.synth`) and runs the shell's everyday queries
(:data:`bench.bench_query.QUERIES`), and the store's size on disk.

    python bench/bench_startup.py
    python bench/bench_startup.py --runs 5 --synth-triples 200000
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import CACHE, ROOT, dir_size  # noqa: E402

FIRST = "SELECT ?s WHERE { ?s a <http://schema.org/NewsArticle> } LIMIT 1"


def first_output(cmd: list[str], *, env=None) -> tuple[float, float, int]:
    """(seconds to the first stdout byte, seconds to exit, exit code) of a fresh process."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT, env=env)
    first = proc.stdout.read(1)
    t_first = time.perf_counter() - t0
    proc.stdout.read()
    err = proc.stderr.read()
    rc = proc.wait()
    t_exit = time.perf_counter() - t0
    if rc != 0 or not first:
        raise RuntimeError(f"{' '.join(cmd)} failed ({rc}): {err.decode(errors='replace')[-500:]}")
    return t_first, t_exit, rc


def median_start(cmd: list[str], runs: int) -> tuple[float, float]:
    firsts, exits = [], []
    first_output(cmd)  # warm the file cache: we measure start-up, not the disk
    for _ in range(runs):
        f, e, _ = first_output(cmd)
        firsts.append(f)
        exits.append(e)
    return statistics.median(firsts), statistics.median(exits)


_MEMORY_PROBE = r"""
import json, resource, sys, time
sys.path.insert(0, sys.argv[2])
def rss():
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * 4096 / 2**20
from kg.store import open_store
from bench.bench_query import QUERIES, pick_actor
base = rss()
t0 = time.perf_counter()
store = open_store(sys.argv[1], read_only=True)
opened = rss()
n = len(store)
actor, alias = pick_actor(store)
values = {"e": actor, "alias": alias, "q": alias}
for name, join, text, binds in QUERIES:
    for v in binds:
        if v.startswith("$"):
            text = text.replace(v, str(values[v[1:]]))
    store.query(text, bindings={v: values[v] for v in binds if not v.startswith("$")})
after = rss()
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"quads": n, "base_mb": base, "opened_mb": opened, "after_queries_mb": after,
                  "peak_mb": peak, "seconds": time.perf_counter() - t0}))
"""


def memory_probe(store: Path) -> dict:
    res = subprocess.run([sys.executable, "-c", _MEMORY_PROBE, str(store), str(ROOT)],
                         capture_output=True, text=True, cwd=ROOT, timeout=1800)
    if res.returncode != 0:
        raise RuntimeError(res.stderr[-2000:])
    return json.loads(res.stdout)


def settle(store: Path) -> None:
    """Open and close the store once, so that obsolete write-ahead logs are removed."""
    from kg.store import open_store

    open_store(store).close()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="kg cold start and memory per million triples")
    p.add_argument("--runs", type=int, default=7, help="fresh processes per command (median)")
    p.add_argument("--synth-triples", type=int, default=1_000_000)
    p.add_argument("--seed", type=int, default=0)
    args = p.parse_args(argv)
    sys.stdout.reconfigure(line_buffering=True)  # progress shows up when redirected to a file
    from bench.synth import ensure
    from bench.synth import info as synth_info

    print(f"bench_startup {time.strftime('%Y-%m-%d %H:%M')}  python {sys.version.split()[0]}  "
          f"runs {args.runs}  load {os.getloadavg()[0]:.1f}")
    out = ensure(CACHE / f"synth-{args.synth_triples}-s{args.seed}", args.synth_triples, seed=args.seed)
    store = out / "store"
    before = synth_info(out).get("disk_bytes_after_write", dir_size(store))
    settle(store)
    after = dir_size(store)

    py = sys.executable
    base_first, base_exit = median_start([py, "-c", "import pyoxigraph; print(1)"], args.runs)
    print(f"\nstart-up to the first result (median of {args.runs}; store of {args.synth_triples:,} triples)")
    print(f"  {'command':44} {'first s':>8} {'exit s':>8} {'× import':>9}")
    label = 'python -c "import pyoxigraph"'
    print(f"  {label:44} {base_first:8.3f} {base_exit:8.3f} {1:9.2f}")
    cmds = [("kg query (LIMIT 1)", [py, "-m", "kg", "query", "--store", str(store), FIRST])]
    if importlib.util.find_spec("kg.commands.shell") is not None:
        cmds.append(("kg shell -e (LIMIT 1)",
                     [py, "-m", "kg", "shell", "--store", str(store), "--read-only", "-e", FIRST]))
    else:
        print("  (kg shell is not there yet: skipped)")
    cmds.append(("python -c 'import kg'", [py, "-c", "import kg; print(1)"]))
    for label, cmd in cmds:
        first, exit_ = median_start(cmd, args.runs)
        print(f"  {label:44} {first:8.3f} {exit_:8.3f} {first / base_first:9.2f}", flush=True)

    mem = memory_probe(store)
    per_m = 1_000_000 / mem["quads"]
    print("\nmemory: a fresh process opening the store read-only and running the everyday queries")
    print(f"  quads {mem['quads']:,}; RSS with kg.store imported {mem['base_mb']:.0f} MiB, after opening "
          f"{mem['opened_mb']:.0f} MiB, after the queries {mem['after_queries_mb']:.0f} MiB, peak "
          f"{mem['peak_mb']:.0f} MiB ({mem['seconds']:.1f}s)")
    print(f"  per million triples (above the {mem['base_mb']:.0f} MiB of the interpreter and kg.store): "
          f"peak {(mem['peak_mb'] - mem['base_mb']) * per_m:.0f} MiB, "
          f"after the queries {(mem['after_queries_mb'] - mem['base_mb']) * per_m:.0f} MiB")
    print(f"\ndisk: {after / 2**20:.0f} MiB ({after / mem['quads']:.0f} bytes/quad, "
          f"{after / 2**20 * per_m:.0f} MiB per million); right after writing, before the "
          f"write-ahead logs were dropped by the next open: {before / 2**20:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
