/* kg graph view: reads the JSON in #kg-data and draws it with vis-network.
 *
 * Every string from the data is shown as text: labels are drawn on the canvas,
 * tooltips, legend, panels and the name list are built with createElement/textContent,
 * and vis-network receives tooltips as DOM elements, never as HTML strings.
 *
 * Big views stay legible: only the most prominent labels that fit without overlapping
 * are drawn (more appear on zoom, any on hover), communities are tinted and can be
 * collapsed to one node each, and a base map (geo views) is drawn under the graph.
 */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var statusBox = document.getElementById("kg-status");
  var FONT = "system-ui, sans-serif";
  var FONT_SIZE = 14;

  function el(tag, content, cls) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (content !== undefined && content !== null) { e.textContent = String(content); }
    return e;
  }

  function row(box, key, value) {
    if (value === undefined || value === null || value === "") { return; }
    var line = el("div", null, "kg-row");
    line.appendChild(el("span", key + ": ", "kg-key"));
    line.appendChild(el("span", value));
    box.appendChild(line);
  }

  var WIKIDATA = /^https?:\/\/www\.wikidata\.org\/entity\/(Q[0-9]+)$/;
  var WIKIDATA_PAGE = "https://www.wikidata.org/wiki/";  /* opened only when clicked */

  /* one claim or sentence behind a node or an edge, with the IRI .why accepts */
  function evidenceItem(c, withSpeaker) {
    var item = el("li");
    if (c.text) { item.appendChild(el("span", "\u201c" + c.text + "\u201d", "kg-quote")); }
    if (withSpeaker && c.speaker) { item.appendChild(el("span", " \u2014 " + c.speaker, "kg-speaker")); }
    var where = [];
    if (c.act) { where.push(c.act.toLowerCase()); }
    if (c.date) { where.push(c.date); }
    if (c.article && c.text) { where.push("in \u201c" + c.article + "\u201d"); }
    if (c.article && !c.text) { item.appendChild(el("span", "\u201c" + c.article + "\u201d", "kg-tip-name")); }
    if (where.length) { item.appendChild(el("span", " (" + where.join(", ") + ")", "kg-source")); }
    if (c.iri) { item.appendChild(el("div", ".why <" + c.iri + ">", "kg-why")); }
    return item;
  }

  function evidenceList(box, head, items, withSpeaker) {
    if (!items || !items.length) { return; }
    box.appendChild(el("div", head, "kg-tip-head"));
    var list = el("ul", null, "kg-claims");
    items.forEach(function (c) { list.appendChild(evidenceItem(c, withSpeaker)); });
    box.appendChild(list);
  }

  /* the tooltip of a node; with links (the details panel) the Wikidata item is a link */
  function nodeTip(node, links) {
    var t = node.tip || {};
    var box = el("div", null, "kg-tip");
    box.appendChild(el("div", t.name || node.label, "kg-tip-name"));
    var kind = t.kind || "";
    if (t.types && t.types.length) { kind += " (" + t.types.join(", ") + ")"; }
    box.appendChild(el("div", kind, "kg-tip-kind"));
    if (t.aliases && t.aliases.length) {
      row(box, "also", t.aliases.join("; ") + (t.more_aliases ? " \u2026 and " + t.more_aliases + " more" : ""));
    }
    if (t.text) { box.appendChild(el("div", "\u201c" + t.text + "\u201d", "kg-quote")); }
    row(box, "speaker", t.speaker);
    row(box, "article", t.article);
    row(box, "date", t.date);
    row(box, "measure", t.measure);
    row(box, "mentions", t.mentions);
    row(box, "community", t.community);
    row(box, "coordinates", t.coordinates);
    if (t.facts) {
      t.facts.forEach(function (f) { row(box, f[0], f[1]); });
    }
    var count = t.claim_count || (t.claims ? t.claims.length : 0);
    evidenceList(box, "Claims (" + count + ", statements first)", t.claims, true);
    var wd = t.wikidata ? WIKIDATA.exec(t.wikidata) : null;
    if (links && wd) {
      var line = el("div", null, "kg-row");
      line.appendChild(el("span", "Wikidata: ", "kg-key"));
      var a = el("a", wd[1]);
      a.setAttribute("href", WIKIDATA_PAGE + wd[1]);
      a.rel = "noopener noreferrer";
      a.target = "_blank";
      line.appendChild(a);
      box.appendChild(line);
    } else {
      row(box, "Wikidata", t.wikidata);
    }
    row(box, "IRI", t.iri);
    return box;
  }

  function edgeTip(edge) {
    var box = el("div", null, "kg-tip");
    var a = data.nodes[edge.from], b = data.nodes[edge.to];
    box.appendChild(el("div", (a ? a.label : "") + (edge.arrow ? " \u2192 " : " \u2014 ") + (b ? b.label : ""), "kg-tip-name"));
    box.appendChild(el("div", edge.label, "kg-tip-kind"));
    row(box, "weight", edge.weight);
    var first = edge.evidence && edge.evidence[0];
    var what = first && !first.text ? "Articles" : "Sentences";
    evidenceList(box, what + (edge.weight > edge.evidence_len ? " (latest " + edge.evidence_len + " of " + edge.weight + ")" : ""),
                 first && !first.speaker ? edge.evidence : null, false);
    evidenceList(box, "Claims (statements first)", edge.evidence && edge.evidence[0] && edge.evidence[0].speaker ? edge.evidence : null, true);
    evidenceList(box, "Claims", edge.claims, true);
    return box;
  }

  var styles = data.styles;
  function styleOf(kind) {
    return Object.prototype.hasOwnProperty.call(styles, kind) ? styles[kind] : styles.Other;
  }
  function tint(c, alpha) {
    return "hsla(" + ((c * 137.508) % 360).toFixed(1) + ", 55%, 55%, " + alpha + ")";
  }
  var directed = !!(data.options.edges && data.options.edges.arrows && data.options.edges.arrows.to &&
                    data.options.edges.arrows.to.enabled);
  var nodes = data.nodes.map(function (n, i) {
    var s = styleOf(n.kind);
    var v = {
      id: i,
      label: "",
      shape: s.shape,
      size: n.size,
      color: {
        background: s.color, border: s.border,
        highlight: { background: s.color, border: "#111111" },
        hover: { background: s.color, border: "#111111" }
      },
      title: nodeTip(n, false)
    };
    if (n.community !== undefined) { v.community = n.community; }
    if (n.x !== undefined) { v.x = n.x; v.y = n.y; }
    if (n.fixed) { v.fixed = { x: true, y: true }; v.physics = false; }
    if (n.tip && n.tip.root) { v.borderWidth = 4; }
    return v;
  });
  var edgeLabels = data.edge_labels !== false;
  var edges = data.edges.map(function (e, i) {
    e.evidence_len = e.evidence ? e.evidence.length : 0;
    e.arrow = directed;
    var v = { id: i, from: e.from, to: e.to, value: e.weight, title: edgeTip(e) };
    if (edgeLabels) { v.label = e.label; }
    if (e.color) { v.color = { color: e.color, highlight: e.color, hover: e.color }; }
    if (e.dashes) { v.dashes = true; }
    if (e.faint) { v.color = { color: "#9aa0a6", opacity: 0.12, highlight: "#333333", hover: "#555555" }; }
    return v;
  });

  var container = document.getElementById("kg-network");
  var nodeSet = new vis.DataSet(nodes);
  var network = new vis.Network(container, { nodes: nodeSet, edges: new vis.DataSet(edges) }, data.options);
  window.kgNetwork = network;

  /* -- labels: the most prominent that fit, more on zoom, any on hover ---------------- */
  var order = data.nodes.map(function (n, i) { return i; });
  order.sort(function (a, b) {
    var ra = data.nodes[a].tip && data.nodes[a].tip.root ? 1 : 0;
    var rb = data.nodes[b].tip && data.nodes[b].tip.root ? 1 : 0;
    return (rb - ra) || (data.nodes[b].size - data.nodes[a].size) || (a - b);
  });
  var measure = document.createElement("canvas").getContext("2d");
  measure.font = FONT_SIZE + "px " + FONT;
  var widths = data.nodes.map(function (n) { return measure.measureText(n.label).width; });
  var shown = {};       /* node id -> canvas font size of its drawn label */
  var pinnedLabel = {}; /* hovered or selected: always labelled */
  var PAD = 3;
  var SCREEN_FONT = 13; /* drawn labels keep this size on screen at any zoom */

  function fontAt(scale) { return Math.round(100 * SCREEN_FONT / Math.max(scale, 0.05)) / 100; }
  function labelOn(i, size) {
    return { id: i, label: data.nodes[i].label, font: { size: size } };
  }
  function setLabels(want) {
    var changes = [], size = fontAt(network.getScale());
    data.nodes.forEach(function (n, i) {
      var on = !!(want[i] || pinnedLabel[i]);
      if (on && shown[i] !== size) { changes.push(labelOn(i, size)); }
      if (!on && shown[i]) { changes.push({ id: i, label: "" }); }
      shown[i] = on ? size : 0;
    });
    if (changes.length) { nodeSet.update(changes); }
  }

  function declutter() {
    if (!data.nodes.length) { return; }
    var scale = network.getScale();
    var w = container.clientWidth, h = container.clientHeight;
    var pos = network.getPositions();
    var budget = Math.max(12, Math.round(w * h / 11000));
    var placed = [], want = {}, cell = 80, grid = {};
    function key(x, y) { return Math.floor(x / cell) + ":" + Math.floor(y / cell); }
    function collides(b) {
      for (var gx = Math.floor(b[0] / cell) - 1; gx <= Math.floor(b[2] / cell) + 1; gx++) {
        for (var gy = Math.floor(b[1] / cell) - 1; gy <= Math.floor(b[3] / cell) + 1; gy++) {
          var list = grid[gx + ":" + gy];
          if (!list) { continue; }
          for (var k = 0; k < list.length; k++) {
            var o = list[k];
            if (b[0] < o[2] && o[0] < b[2] && b[1] < o[3] && o[1] < b[3]) { return true; }
          }
        }
      }
      return false;
    }
    function add(b) {
      for (var gx = Math.floor(b[0] / cell); gx <= Math.floor(b[2] / cell); gx++) {
        for (var gy = Math.floor(b[1] / cell); gy <= Math.floor(b[3] / cell); gy++) {
          (grid[gx + ":" + gy] = grid[gx + ":" + gy] || []).push(b);
        }
      }
    }
    var count = 0;
    for (var k = 0; k < order.length && count < budget; k++) {
      var i = order[k], p = pos[i];
      if (!p || hiddenInCluster(i)) { continue; }
      var c = network.canvasToDOM(p);
      var size = data.nodes[i].size;
      var bw = widths[i] * SCREEN_FONT / FONT_SIZE, bh = SCREEN_FONT * 1.3;
      var top = c.y + size * scale + 2;
      var b = [c.x - bw / 2 - PAD, top - PAD, c.x + bw / 2 + PAD, top + bh + PAD];
      if (b[2] < 0 || b[0] > w || b[3] < 0 || b[1] > h) { continue; }
      if (collides(b)) { continue; }
      add(b);
      want[i] = true;
      count++;
    }
    setLabels(want);
    window.kgLabelsShown = count;
    Object.keys(collapsed).forEach(function (c) {
      var id = "community:" + c;
      if (network.isCluster(id)) {
        network.clustering.updateClusteredNode(id, { font: { size: fontAt(scale), face: FONT } });
      }
    });
  }
  var timer = null;
  function declutterSoon() {
    if (timer) { clearTimeout(timer); }
    timer = setTimeout(function () { timer = null; declutter(); }, 120);
  }
  window.kgDeclutter = declutter;

  network.on("hoverNode", function (p) {
    if (typeof p.node !== "number") { return; }
    pinnedLabel[p.node] = true;
    if (!shown[p.node]) {
      shown[p.node] = fontAt(network.getScale());
      nodeSet.update(labelOn(p.node, shown[p.node]));
    }
  });
  network.on("blurNode", function (p) {
    if (typeof p.node !== "number" || selectedNode === p.node) { return; }
    delete pinnedLabel[p.node];
    declutterSoon();
  });
  /* labels keep their screen size while zooming; which labels fit is decided once it stops */
  var drawnScale = null;
  function rescaleLabels() {
    var size = fontAt(network.getScale()), changes = [];
    Object.keys(shown).forEach(function (i) {
      if (shown[i] && shown[i] !== size) { shown[i] = size; changes.push(labelOn(Number(i), size)); }
    });
    if (changes.length) { nodeSet.update(changes); }
  }
  network.on("zoom", function () { rescaleLabels(); declutterSoon(); });
  network.on("afterDrawing", function () {
    var scale = network.getScale();
    if (drawnScale !== null && Math.abs(scale - drawnScale) > 1e-6 * drawnScale) { declutterSoon(); }
    drawnScale = scale;
  });
  network.on("dragEnd", declutterSoon);
  network.on("animationFinished", declutterSoon);
  window.addEventListener("resize", declutterSoon);

  /* -- communities: tinted discs behind them, collapsible to one node each ----------- */
  var comms = data.communities || [];
  var members = {};
  data.nodes.forEach(function (n, i) {
    if (n.community !== undefined) { (members[n.community] = members[n.community] || []).push(i); }
  });
  var collapsed = {};
  function hiddenInCluster(i) {
    var n = data.nodes[i];
    return n.community !== undefined && collapsed[n.community];
  }
  function communityName(c) {
    return c.names.join(", ") + (c.size > c.names.length ? ", \u2026" : "");
  }
  function collapseAll() {
    comms.forEach(function (c) {
      if (collapsed[c.id] || c.size < 2) { return; }
      var tip = el("div", null, "kg-tip");
      tip.appendChild(el("div", "Community " + c.id + " (" + c.size + " nodes)", "kg-tip-name"));
      tip.appendChild(el("div", communityName(c), "kg-tip-kind"));
      tip.appendChild(el("div", "click to open", "kg-key"));
      network.cluster({
        joinCondition: function (o) { return o.community === c.id; },
        clusterNodeProperties: {
          id: "community:" + c.id, label: c.names[0] + " +" + (c.size - 1), shape: "hexagon",
          size: 14 + 3 * Math.sqrt(c.size), borderWidth: 2, title: tip,
          font: { size: fontAt(network.getScale()), face: FONT, strokeWidth: 3, strokeColor: "#ffffff" },
          color: { background: tint(c.id, 0.9), border: "#555555" }
        }
      });
      collapsed[c.id] = true;
    });
    network.fit({ animation: false });
    declutter();
  }
  function expandAll() {
    Object.keys(collapsed).forEach(function (c) {
      var id = "community:" + c;
      if (network.isCluster(id)) { network.openCluster(id); }
    });
    collapsed = {};
    declutter();
  }
  window.kgCollapse = collapseAll;
  window.kgExpand = expandAll;

  /* -- drawn under the graph: base map, rings of spread places, community discs ----- */
  var map = data.basemap;
  network.on("beforeDrawing", function (ctx) {
    var scale = network.getScale();
    if (map) {
      var bx = map.box;
      ctx.fillStyle = "#eef4f8";
      ctx.fillRect(bx[0] - 2 * (bx[2] - bx[0]), bx[1] - 2 * (bx[3] - bx[1]), 5 * (bx[2] - bx[0]), 5 * (bx[3] - bx[1]));
      ctx.lineWidth = 1 / scale;
      map.shapes.forEach(function (s) {
        ctx.beginPath();
        s.rings.forEach(function (r) {
          ctx.moveTo(r[0], r[1]);
          for (var k = 2; k < r.length; k += 2) { ctx.lineTo(r[k], r[k + 1]); }
          ctx.closePath();
        });
        ctx.fillStyle = "#f3f1e8";
        ctx.fill("evenodd");
        ctx.strokeStyle = "#b9b6a8";
        ctx.stroke();
      });
      ctx.fillStyle = "#8d8a7e";
      ctx.textAlign = "center";
      ctx.textBaseline = "middle";
      ctx.font = "italic " + (11 / scale) + "px " + FONT;
      map.shapes.forEach(function (s) {
        /* a country is named when its name fits inside it at this zoom */
        if (s.label && ctx.measureText(s.name).width < 0.8 * s.label[2]) {
          ctx.fillText(s.name, s.label[0], s.label[1]);
        }
      });
      ctx.setLineDash([4 / scale, 3 / scale]);
      ctx.strokeStyle = "#6b6b6b";
      ctx.font = "bold " + (11 / scale) + "px " + FONT;
      map.rings.forEach(function (r) {
        ctx.beginPath();
        ctx.arc(r.x, r.y, r.r, 0, 2 * Math.PI);
        ctx.stroke();
        ctx.fillStyle = "#444444";
        ctx.fillText(String(r.count), r.x, r.y);
      });
      ctx.setLineDash([]);
    }
    if (comms.length) {
      if (!hulls) { hulls = communityBoxes(); }
      ctx.font = "600 " + (12 / scale) + "px " + FONT;
      ctx.textAlign = "center";
      ctx.textBaseline = "bottom";
      ctx.lineWidth = 1 / scale;
      hulls.forEach(function (h) {
        var c = h.c, pad = 18;
        if (collapsed[c.id]) { return; }
        ctx.fillStyle = tint(c.id, 0.09);
        ctx.strokeStyle = tint(c.id, 0.35);
        ctx.beginPath();
        if (ctx.roundRect) { ctx.roundRect(h.x0 - pad, h.y0 - pad, h.x1 - h.x0 + 2 * pad, h.y1 - h.y0 + 2 * pad, 24); }
        else { ctx.rect(h.x0 - pad, h.y0 - pad, h.x1 - h.x0 + 2 * pad, h.y1 - h.y0 + 2 * pad); }
        ctx.fill();
        ctx.stroke();
        ctx.fillStyle = tint(c.id, 0.95);
        ctx.fillText(c.names[0] + " \u2026 (" + c.size + ")", (h.x0 + h.x1) / 2, h.y0 - pad - 2 / scale);
      });
    }
  });

  /* the box of each community, computed once and again after a node is dragged */
  var hulls = null;
  function communityBoxes() {
    var pos = network.getPositions(), out = [];
    comms.forEach(function (c) {
      var ids = members[c.id];
      if (!ids || ids.length < 2) { return; }
      var h = { c: c, x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
      ids.forEach(function (i) {
        var p = pos[i], s = data.nodes[i].size;
        if (!p) { return; }
        h.x0 = Math.min(h.x0, p.x - s); h.y0 = Math.min(h.y0, p.y - s);
        h.x1 = Math.max(h.x1, p.x + s); h.y1 = Math.max(h.y1, p.y + s);
      });
      out.push(h);
    });
    return out;
  }
  network.on("dragEnd", function (p) { if (p.nodes && p.nodes.length) { hulls = null; } });
  network.on("stabilized", function () { hulls = null; });

  /* -- ready ---------------------------------------------------------------------------- */
  function ready() {
    if (window.kgReady) { return; }
    declutter();
    window.kgReady = performance.now();
    statusBox.textContent = data.nodes.length + " nodes, " + data.edges.length + " edges";
  }
  if (!data.nodes.length) {
    ready();
  } else if (data.options.physics && data.options.physics.enabled) {
    statusBox.textContent = "laying out\u2026";
    network.on("stabilizationProgress", function (p) {
      statusBox.textContent = "laying out\u2026 " + Math.round(100 * p.iterations / p.total) + "%";
    });
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } });
      ready();
    });
  } else {
    network.once("afterDrawing", ready);
  }

  /* -- details panel: the selected node or edge, evidence one click away -------------- */
  var details = document.getElementById("kg-details");
  var selectedNode = null;
  function hideDetails() {
    details.hidden = true;
    while (details.firstChild) { details.removeChild(details.firstChild); }
  }
  function showDetails(box) {
    hideDetails();
    var close = el("button", "\u00d7", "kg-close");
    close.type = "button";
    close.setAttribute("aria-label", "close");
    close.addEventListener("click", function () { network.unselectAll(); hideDetails(); });
    details.appendChild(close);
    details.appendChild(box);
    details.hidden = false;
  }
  network.on("selectNode", function (p) {
    var id = p.nodes[0];
    if (typeof id === "string" && network.isCluster(id)) {
      var c = Number(id.split(":")[1]);
      network.openCluster(id);
      delete collapsed[c];
      hideDetails();
      declutterSoon();
      return;
    }
    var node = data.nodes[id];
    if (!node) { hideDetails(); return; }
    if (selectedNode !== null && selectedNode !== id) { delete pinnedLabel[selectedNode]; }
    selectedNode = id;
    pinnedLabel[id] = true;
    showDetails(nodeTip(node, true));
  });
  network.on("selectEdge", function (p) {
    if (p.nodes && p.nodes.length) { return; }
    var edge = data.edges[p.edges[0]];
    if (edge) { showDetails(edgeTip(edge)); }
  });
  network.on("deselectNode", function () {
    if (selectedNode !== null) { delete pinnedLabel[selectedNode]; selectedNode = null; }
    hideDetails();
    declutterSoon();
  });
  network.on("deselectEdge", function (p) { if (!p.nodes || !p.nodes.length) { hideDetails(); } });

  /* -- legend and controls (beside the graph, never over it) ------------------------- */
  var legend = document.getElementById("kg-legend");
  legend.appendChild(el("div", "Legend", "kg-legend-head"));
  data.legend.forEach(function (item) {
    var s = styleOf(item.kind);
    var line = el("div", null, "kg-legend-row");
    var swatch = el("span", null, "kg-swatch kg-shape-" + s.shape);
    swatch.style.backgroundColor = s.color;
    swatch.style.borderColor = s.border;
    line.appendChild(swatch);
    line.appendChild(el("span", item.kind + " (" + item.count + ")"));
    legend.appendChild(line);
  });
  if (data.sized_by) { legend.appendChild(el("div", "size: " + data.sized_by, "kg-legend-note")); }
  if (data.edge_note) { legend.appendChild(el("div", data.edge_note, "kg-legend-note")); }
  if (data.edge_filter) { legend.appendChild(el("div", data.edge_filter, "kg-legend-note kg-filter")); }
  legend.appendChild(el("div", "labels: the most prominent that fit; zoom in for more, hover for any. " +
                        "Click a node or an edge for its evidence.", "kg-legend-note"));
  if (comms.length) {
    legend.appendChild(el("div", "Communities (" + comms.length + ")", "kg-legend-head kg-space"));
    var buttons = el("div", null, "kg-buttons");
    var collapse = el("button", "collapse all");
    collapse.type = "button";
    collapse.id = "kg-collapse";
    collapse.addEventListener("click", collapseAll);
    var expand = el("button", "expand all");
    expand.type = "button";
    expand.id = "kg-expand";
    expand.addEventListener("click", expandAll);
    buttons.appendChild(collapse);
    buttons.appendChild(expand);
    legend.appendChild(buttons);
    var list = el("ol", null, "kg-comms");
    comms.slice(0, 12).forEach(function (c) {
      var item = el("li", communityName(c) + " (" + c.size + ")");
      item.style.borderLeftColor = tint(c.id, 0.9);
      item.addEventListener("click", function () {
        network.fit({ nodes: members[c.id] || [], animation: false });
        declutter();
      });
      list.appendChild(item);
    });
    legend.appendChild(list);
  }
  if (map) { legend.appendChild(el("div", "map: " + map.source, "kg-legend-note kg-space")); }

  /* -- find a node by name ------------------------------------------------------------ */
  var names = document.getElementById("kg-names");
  var byName = Object.create(null);
  data.nodes.forEach(function (n, i) {
    var k = n.label.toLowerCase();
    if (!(k in byName)) {
      byName[k] = i;
      var opt = document.createElement("option");
      opt.value = n.label;
      names.appendChild(opt);
    }
  });
  document.getElementById("kg-find").addEventListener("change", function (ev) {
    var i = byName[String(ev.target.value).toLowerCase()];
    if (i === undefined) { return; }
    if (hiddenInCluster(i)) { expandAll(); }
    network.selectNodes([i]);
    selectedNode = i;
    pinnedLabel[i] = true;
    network.focus(i, { scale: 1.2, animation: false });
    declutter();
  });
}());
