/* kg graph view: reads the JSON in #kg-data and draws it with vis-network.
 *
 * Every string from the data is shown as text: labels are drawn on the canvas,
 * tooltips, legend and the name list are built with createElement/textContent,
 * and vis-network receives tooltips as DOM elements, never as HTML strings.
 */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var statusBox = document.getElementById("kg-status");

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

  /* the tooltip of a node; with links (the details panel) the Wikidata item is a link */
  function nodeTip(node, links) {
    var t = node.tip || {};
    var box = el("div", null, "kg-tip");
    box.appendChild(el("div", t.name || node.label, "kg-tip-name"));
    var kind = t.kind || "";
    if (t.types && t.types.length) { kind += " (" + t.types.join(", ") + ")"; }
    box.appendChild(el("div", kind, "kg-tip-kind"));
    if (t.aliases && t.aliases.length) {
      row(box, "also", t.aliases.join("; ") + (t.more_aliases ? " … and " + t.more_aliases + " more" : ""));
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
    if (t.claims && t.claims.length) {
      box.appendChild(el("div", "Claims (" + t.claim_count + ")", "kg-tip-head"));
      var list = el("ul", null, "kg-claims");
      t.claims.forEach(function (c) {
        var item = el("li");
        item.appendChild(el("span", "\u201c" + c.text + "\u201d", "kg-quote"));
        item.appendChild(el("span", " \u2014 " + c.speaker, "kg-speaker"));
        if (c.article) { item.appendChild(el("span", ", in \u201c" + c.article + "\u201d", "kg-source")); }
        list.appendChild(item);
      });
      box.appendChild(list);
    }
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
    box.appendChild(el("div", edge.label, "kg-tip-name"));
    row(box, "weight", edge.weight);
    if (edge.claims && edge.claims.length) {
      var list = el("ul", null, "kg-claims");
      edge.claims.forEach(function (c) {
        var item = el("li");
        item.appendChild(el("span", "\u201c" + c.text + "\u201d", "kg-quote"));
        item.appendChild(el("span", " \u2014 " + c.speaker, "kg-speaker"));
        if (c.date) { item.appendChild(el("span", ", " + c.date, "kg-source")); }
        if (c.article) { item.appendChild(el("span", ", in \u201c" + c.article + "\u201d", "kg-source")); }
        if (c.iri) { item.appendChild(el("div", ".why " + c.iri, "kg-key")); }
        list.appendChild(item);
      });
      box.appendChild(list);
    }
    return box;
  }

  var styles = data.styles;
  function styleOf(kind) {
    return Object.prototype.hasOwnProperty.call(styles, kind) ? styles[kind] : styles.Other;
  }
  var nodes = data.nodes.map(function (n, i) {
    var s = styleOf(n.kind);
    var v = {
      id: i,
      label: n.label,
      shape: s.shape,
      size: n.size,
      color: {
        background: s.color, border: s.border,
        highlight: { background: s.color, border: "#111111" },
        hover: { background: s.color, border: "#111111" }
      },
      title: nodeTip(n, false)
    };
    if (n.x !== undefined) { v.x = n.x; v.y = n.y; }
    if (n.fixed) { v.fixed = { x: true, y: true }; v.physics = false; }
    if (n.tip && n.tip.root) { v.borderWidth = 4; }
    return v;
  });
  var edgeLabels = data.edge_labels !== false;
  var edges = data.edges.map(function (e, i) {
    var v = { id: i, from: e.from, to: e.to, value: e.weight, title: edgeTip(e) };
    if (edgeLabels) { v.label = e.label; }
    if (e.color) { v.color = { color: e.color, highlight: e.color, hover: e.color }; }
    if (e.dashes) { v.dashes = true; }
    return v;
  });

  var container = document.getElementById("kg-network");
  var network = new vis.Network(container, {
    nodes: new vis.DataSet(nodes),
    edges: new vis.DataSet(edges)
  }, data.options);
  window.kgNetwork = network;

  function ready() {
    if (window.kgReady) { return; }
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

  /* details of the selected node, with a working Wikidata link */
  var details = document.getElementById("kg-details");
  function hideDetails() {
    details.hidden = true;
    while (details.firstChild) { details.removeChild(details.firstChild); }
  }
  network.on("selectNode", function (p) {
    hideDetails();
    var node = data.nodes[p.nodes[0]];
    if (!node) { return; }
    var close = el("button", "\u00d7", "kg-close");
    close.type = "button";
    close.setAttribute("aria-label", "close");
    close.addEventListener("click", function () { network.unselectAll(); hideDetails(); });
    details.appendChild(close);
    details.appendChild(nodeTip(node, true));
    details.hidden = false;
  });
  network.on("deselectNode", hideDetails);

  /* legend */
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

  /* find a node by name */
  var names = document.getElementById("kg-names");
  var byName = Object.create(null);
  data.nodes.forEach(function (n, i) {
    var key = n.label.toLowerCase();
    if (!(key in byName)) {
      byName[key] = i;
      var opt = document.createElement("option");
      opt.value = n.label;
      names.appendChild(opt);
    }
  });
  document.getElementById("kg-find").addEventListener("change", function (ev) {
    var i = byName[String(ev.target.value).toLowerCase()];
    if (i === undefined) { return; }
    network.selectNodes([i]);
    network.focus(i, { scale: 1.2, animation: false });
  });
}());
