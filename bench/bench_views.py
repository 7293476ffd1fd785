"""Benchmark: graph views of 1,000 to 5,000 nodes — Python render time, chromium load and pan.

    python bench/bench_views.py [--sizes 1000,5000] [--no-browser]

Prints, for each size, the seconds to render the page, the seconds until chromium has drawn
it (headless, software rendering), the milliseconds per frame while panning (edges hidden
while dragging) and at rest, and each as a ratio to its target (≤ 1 meets it).
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

TARGETS = {"render_s": 10.0, "ready_s": 5.0, "pan_ms": 50.0}


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
    frames = driver.execute_script(chromium.FRAME_TIMES, 10)
    return {"ready_s": ready, "pan_ms": frames["drag"], "still_ms": frames["still"]}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,5000")
    ap.add_argument("--no-browser", action="store_true")
    args = ap.parse_args()
    from test_views import synthetic_store

    from kg.views import render_view

    driver = None if args.no_browser else browser()
    if driver is None and not args.no_browser:
        print("chromium/chromedriver not found: browser figures skipped")
    out_dir = Path(tempfile.mkdtemp(prefix="kg-bench-views-"))
    try:
        for n in (int(x) for x in args.sizes.split(",")):
            store = synthetic_store(n, n)
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
            for key in ("render_s", "ready_s", "pan_ms", "still_ms"):
                if key in row:
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
