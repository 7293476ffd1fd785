"""vis-network options of a view, configured through pyvis's ``Network`` option objects."""

from __future__ import annotations

import json


#: Above this many edges, edges are straight, hidden while dragging and labelled in their
#: tooltips only: drawing curves and labels would make panning stutter.
EDGE_LIMIT = 1500


def network_options(*, physics: bool, directed: bool, n_nodes: int, n_edges: int = 0) -> dict:
    """The ``options`` object handed to ``vis.Network``.

    Views start from precomputed positions.  Small ones run a short Barnes–Hut
    polish, then stop; big ones (``physics=False``) keep their positions, with
    straight edges hidden while dragging so that panning stays smooth.
    """
    from pyvis.network import Network

    big = n_nodes > 1000
    heavy = big or n_edges > EDGE_LIMIT
    net = Network(directed=directed)
    net.barnes_hut(gravity=-6000, central_gravity=0.25, spring_length=120,
                   spring_strength=0.02, damping=0.35, overlap=0.1)
    net.toggle_physics(physics)
    net.toggle_hide_edges_on_drag(heavy)
    net.toggle_drag_nodes(True)
    net.set_edge_smooth("continuous")
    opts = json.loads(net.options.to_json())

    opts["physics"]["stabilization"].update(
        enabled=physics, iterations=100 if n_nodes <= 300 else 40, updateInterval=25, fit=True)
    opts["physics"]["minVelocity"] = 0.75
    opts["edges"] = {
        "smooth": False if heavy else {"enabled": True, "type": "continuous"},
        "color": {"color": "#9aa0a6", "highlight": "#333333", "hover": "#555555",
                  "inherit": False, "opacity": 0.75},
        "font": {"size": 10, "align": "middle", "color": "#555555",
                 "strokeWidth": 3, "strokeColor": "#ffffff"},
        "scaling": {"min": 1, "max": 8, "label": {"enabled": False, "drawThreshold": 8}},
        "arrows": {"to": {"enabled": directed, "scaleFactor": 0.5}},
        "selectionWidth": 1.5,
    }
    opts["nodes"] = {
        "borderWidth": 1.5,
        "font": {"size": 14, "face": "system-ui, sans-serif", "color": "#222222",
                 "strokeWidth": 0 if big else 3, "strokeColor": "#ffffff"},
        "scaling": {"label": {"enabled": False, "drawThreshold": 6}},
    }
    opts["interaction"].update(hover=True, tooltipDelay=120, hideEdgesOnZoom=heavy,
                               navigationButtons=False, keyboard=False, multiselect=False)
    opts["layout"] = {"improvedLayout": physics and n_nodes <= 150, "randomSeed": 7}
    opts["configure"] = {"enabled": False}
    return opts
