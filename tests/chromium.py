"""Headless chromium for the browser tests and the view benchmark.

A fresh profile and a dead proxy, so that any attempt to reach another host
fails instead of leaving the machine.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

CHROMIUM = os.environ.get("KG_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = (os.environ.get("KG_CHROMEDRIVER") or shutil.which("chromedriver")
                or "/usr/bin/chromedriver")

#: Pan frames of the drawn network: milliseconds per frame while dragging (edges hidden)
#: and at rest, averaged over ``arguments[0]`` redraws.
FRAME_TIMES = """
var n = kgNetwork, r = n.renderer, out = {}, k = arguments[0];
n.fit({animation: false});
var s = n.getScale();
function frame(drag) {
  r.dragging = drag;
  var t0 = performance.now();
  for (var i = 0; i < k; i++) {
    n.moveTo({position: {x: i * 60, y: i * 20}, scale: s, animation: false});
    r._redraw();
  }
  r.dragging = false;
  return (performance.now() - t0) / k;
}
out.drag = frame(true); out.still = frame(false);
return out;"""


def missing() -> str | None:
    """Why chromium cannot run here, or None."""
    if not (os.path.exists(CHROMIUM) and os.access(CHROMIUM, os.X_OK)):
        return f"chromium not found ({CHROMIUM}); install chromium to run browser tests"
    if not (os.path.exists(CHROMEDRIVER) and os.access(CHROMEDRIVER, os.X_OK)):
        return f"chromedriver not found ({CHROMEDRIVER}); install chromium-driver"
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install selenium)"
    return None


def start(profile: Path, *, script_timeout: float = 60):
    """A headless chromium driven by selenium, with its profile in ``profile``."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", f"--user-data-dir={profile}", "--proxy-server=127.0.0.1:9",
                 "--window-size=1400,1000"):
        opts.add_argument(flag)
    opts.set_capability("unhandledPromptBehavior", "ignore")
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)
    driver.set_script_timeout(script_timeout)
    return driver


#: Label overlap of the drawn network, measured on what vis-network drew: the box of every
#: non-empty label of a node inside the canvas (``labelModule.size``, canvas coordinates,
#: mapped with ``canvasToDOM``).  Returns the number of labels shown, how many of them overlap
#: another one, and that share.
LABEL_OVERLAP = """
var n = kgNetwork, boxes = [], w = n.canvas.frame.canvas.clientWidth,
    h = n.canvas.frame.canvas.clientHeight;
n.redraw();
n.body.nodeIndices.forEach(function (id) {
  var node = n.body.nodes[id], lab = node.labelModule;
  if (!lab || !lab.elementOptions.label || !lab.size || !lab.size.width) { return; }
  var s = lab.size;
  var a = n.canvasToDOM({x: s.left, y: s.top}), b = n.canvasToDOM({x: s.left + s.width, y: s.top + s.height});
  if (b.x < 0 || a.x > w || b.y < 0 || a.y > h) { return; }
  boxes.push([a.x, a.y, b.x, b.y]);
});
var overlapping = 0;
for (var i = 0; i < boxes.length; i++) {
  for (var j = 0; j < boxes.length; j++) {
    var p = boxes[i], q = boxes[j];
    if (i !== j && p[0] < q[2] && q[0] < p[2] && p[1] < q[3] && q[1] < p[3]) { overlapping++; break; }
  }
}
return {shown: boxes.length, overlapping: overlapping,
        share: boxes.length ? overlapping / boxes.length : 0};"""


def screenshot(driver, path: Path, *, width: int = 1400, height: int = 900) -> Path:
    """A PNG of the page at ``width`` × ``height`` (the layout is fitted to it first)."""
    driver.set_window_size(width, height)
    driver.execute_script("kgNetwork.fit({animation: false}); kgNetwork.redraw();"
                          "if (window.kgDeclutter) { kgDeclutter(); }")
    driver.execute_script("kgNetwork.redraw();")
    driver.save_screenshot(str(path))
    return path
