"""Benchmark: graph views of 60 to 5,000 nodes — render time, first draw, label overlap, pan.

    python bench/bench_views.py [--sizes 60,300,1000,5000] [--no-browser] [--store PATH]

For each size, a synthetic store with eight communities (or, with ``--store``, the ``--all``
view of a real store cut to that size) is rendered; the script prints the seconds to render
the page, the seconds until chromium has first drawn it (``ready_s``: page load, layout
and first frame, headless with software rendering), the labels shown and the share of them
that overlap another label (``overlap``, measured on what vis-network drew), the
milliseconds per frame while panning (edges hidden while dragging) and at rest, and each
timed figure as a ratio to its target (≤ 1 meets it).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

TARGETS = {"render_s": 10.0, "ready_s": 5.0, "pan_ms": 50.0, "overlap": 0.05}


def browser():
    import chromium

    if chromium.missing():
        return None
    return chromium.start(Path(tempfile.mkdtemp(prefix="kg-bench-")), script_timeout=120)


def measure_page(driver, path: Path) -> dict:
    import chromium

    driver.get(path.resolve().as_uri())
    start = time.perf_counter()
    while not driver.execute_script("return window.kgReady || null"):
        if time.perf_counter() - start > 120:
            raise RuntimeError("page never became ready")
        time.sleep(0.02)
    ready = driver.execute_script("return window.kgReady") / 1000
    labels = driver.execute_script(chromium.LABEL_OVERLAP)
    frames = driver.execute_script(chromium.FRAME_TIMES, 10)
    return {"ready_s": ready, "labels": labels["shown"], "overlap": labels["share"],
            "pan_ms": frames["drag"], "still_ms": frames["still"]}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="60,300,1000,5000")
    ap.add_argument("--no-browser", action="store_true")
    ap.add_argument("--store", help="measure the --all view of this store instead")
    args = ap.parse_args()
    from test_views import synthetic_store

    from kg.views import render_view

    driver = None if args.no_browser else browser()
    if driver is None and not args.no_browser:
        print("chromium/chromedriver not found: browser figures skipped")
    out_dir = Path(tempfile.mkdtemp(prefix="kg-bench-views-"))
    try:
        for n in (int(x) for x in args.sizes.split(",")):
            if args.store:
                from kg.store import open_store

                store = open_store(args.store)
            else:
                store = synthetic_store(n * 4 // 3, n * 4, groups=8, per_article=5)
            start = time.perf_counter()
            view = render_view(store, all=True, top=n)
            render_s = time.perf_counter() - start
            store.close()
            path = view.write(out_dir / f"view-{n}.html")
            row = {"render_s": render_s}
            if driver is not None:
                row.update(measure_page(driver, path))
            parts = [f"{n:>6,} nodes {view.edges:>6,} edges {len(view.html) / 1e6:4.1f} MB "
                     f"physics={'on ' if view.physics else 'off'}"]
            for key in ("render_s", "ready_s", "labels", "overlap", "pan_ms", "still_ms"):
                if key == "labels" and key in row:
                    parts.append(f"labels={row[key]}")
                elif key in row:
                    ratio = f" (ratio {row[key] / TARGETS[key]:.2f})" if key in TARGETS else ""
                    parts.append(f"{key}={row[key]:.2f}{ratio}")
            print("  ".join(parts), flush=True)
    finally:
        if driver is not None:
            driver.quit()
        shutil.rmtree(out_dir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
