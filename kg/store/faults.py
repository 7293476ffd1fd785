"""Named points where a test can have the process killed, to check what a crash leaves.

``KG_KILL_AT=replace:committed`` (a comma-separated list of point names) makes
the process send itself SIGKILL when it reaches that point; without the
variable a point costs one dictionary look-up.  The points:

==================  ===========================================================
``replace:start``   a batch of article graphs is about to be written
``replace:loading``    new graphs: their intent record is written, the bulk load not begun
``replace:loaded``     new graphs: bulk-loaded, their intent record not yet deleted
``replace:committed``  the batch is committed, its old entities not yet pruned
``remove:start``    articles are about to be dropped
``remove:committed``   the articles are dropped, their entities not yet pruned
``prune:start``     pruning what removed or replaced articles referred to begins
``prune:chunk``     one chunk of candidates is pruned, others may remain
``prune:done``      every candidate is pruned, the record of them not yet dropped
==================  ===========================================================
"""

from __future__ import annotations

import os
import signal

ENV = "KG_KILL_AT"

POINTS = ("replace:start", "replace:loading", "replace:loaded", "replace:committed",
          "remove:start", "remove:committed", "prune:start", "prune:chunk", "prune:done")


def point(name: str) -> None:
    """SIGKILL this process if ``$KG_KILL_AT`` names ``name``."""
    wanted = os.environ.get(ENV)
    if wanted and name in wanted.split(","):
        os.kill(os.getpid(), signal.SIGKILL)
