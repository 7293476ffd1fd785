"""What the benchmark scripts share: the corpus slice, cached stores, timing helpers."""

from __future__ import annotations

import gzip
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

CORPUS = Path(os.environ.get("KG_BENCH_CORPUS", "/work/shared/corpus/allsides-world-mideast.jsonl.gz"))
CACHE = Path(os.environ.get("KG_BENCH_CACHE", "/tmp/kg-bench"))


def corpus_slice(limit: int, *, corpus: Path = CORPUS, out: Path | None = None) -> Path:
    """The first ``limit`` records of ``corpus`` as a plain .jsonl outside the repository."""
    out = out or CACHE / f"slice-{limit}.jsonl"
    if out.exists():
        return out
    out.parent.mkdir(parents=True, exist_ok=True)
    opener = gzip.open if corpus.suffix == ".gz" else open
    tmp = out.with_suffix(".tmp")
    n = 0
    with opener(corpus, "rt", encoding="utf-8") as src, open(tmp, "w", encoding="utf-8") as dst:
        for line in src:
            if n >= limit:
                break
            dst.write(line)
            n += 1
    tmp.replace(out)
    return out


def corpus_texts(path: Path, limit: int, *, keep=None) -> list[str]:
    """Up to ``limit`` non-empty ``text`` fields of a .jsonl[.gz] corpus (those ``keep`` accepts)."""
    opener = gzip.open if path.suffix == ".gz" else open
    out: list[str] = []
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            try:
                rec = json.loads(line)
            except ValueError:
                continue
            text = rec.get("text") if isinstance(rec, dict) else None
            if isinstance(text, str) and text.strip() and (keep is None or keep(text)):
                out.append(text)
                if len(out) >= limit:
                    break
    return out


def slice_texts(path: Path) -> list[str]:
    """The ``text`` field of every well-formed record of a .jsonl file."""
    return corpus_texts(path, limit=10**12)


def corpus_store(limit: int, *, n_process: int = 1, verbose: bool = True) -> Path:
    """A kg store of the first ``limit`` corpus articles, built once and cached."""
    import kg
    from kg.pipeline import EXTRACTOR_VERSION

    path = CACHE / f"corpus-{limit}" / "store"
    done = path.parent / "DONE"
    stamp = f"extractor {EXTRACTOR_VERSION}"
    if done.exists() and done.read_text().startswith(stamp + "\n"):
        return path
    import shutil

    if path.parent.exists():
        shutil.rmtree(path.parent)
    path.parent.mkdir(parents=True)
    src = corpus_slice(limit)
    t0 = time.perf_counter()
    report = kg.build([src], str(path), n_process=n_process)
    done.write_text(f"{stamp}\n{report.summary()}\n")
    if verbose:
        print(f"built {path}: {report.summary()} in {time.perf_counter() - t0:.0f}s", file=sys.stderr)
    return path


def median_time(fn, *, repeat: int = 5, warmup: int = 1) -> tuple[float, object]:
    """Median wall seconds of ``fn()`` over ``repeat`` runs, and its last result."""
    result = None
    for _ in range(warmup):
        result = fn()
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), result


def dir_size(path: Path) -> int:
    return sum(f.stat().st_size for f in Path(path).rglob("*") if f.is_file())


def peak_rss_mb() -> float:
    """Peak resident set size of this process (MiB)."""
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def rss_mb() -> float:
    """Current resident set size of this process (MiB)."""
    with open("/proc/self/statm") as fh:
        pages = int(fh.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def fmt_ratio(a: float, b: float) -> str:
    return f"{a / b:.2f}×" if b else "n/a"
