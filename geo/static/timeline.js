/* geo incident timeline: a canvas point layer, time slider, legend and filters,
 * automatic clustering, heatmap, and a deaths-per-day chart.
 * Data comes from a JSON script block (type application/json), in columns. Every
 * string from an article reaches the page through textContent, never innerHTML.
 * Points are drawn on one canvas (not one Leaflet layer each), so 100,000 incidents
 * load in about a second and a slider step redraws in tens of milliseconds. */
(function () {
  "use strict";
  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  var PRECISION = ["", "Named place", "Near or part of the named place", "Governorate level"];

  window.geoTimeline = function (map, dataId) {
    var data = JSON.parse(document.getElementById(dataId).textContent);
    // base tiles only when online: offline, the outlines drawn from the gazetteer stay
    // and no request fails
    var tiles = data.options.tiles;
    function addTiles() {
      if (!tiles || addTiles.done) return;
      addTiles.done = true;
      L.tileLayer(tiles.url, { maxZoom: tiles.maxZoom, attribution: tiles.attribution })
        .addTo(map);
    }
    if (navigator.onLine) addTiles();
    window.addEventListener("online", addTiles);
    var c = data.cols, n = c.lat.length, days = data.days;
    var typeOn = data.types.map(function () { return true; });
    var actorOn = {};
    var state = { mode: data.options.mode || "all", day: Math.max(0, days.length - 1),
                  view: "auto" };
    var visible = new Uint8Array(n), shownCount = 0;

    // projected coordinates at zoom 0 (Web Mercator, 256 px world)
    var px = new Float64Array(n), py = new Float64Array(n);
    for (var i = 0; i < n; i++) {
      var p = map.options.crs.latLngToPoint(L.latLng(c.lat[i], c.lon[i]), 0);
      px[i] = p.x; py[i] = p.y;
    }
    function str(i) { return i === null || i === undefined ? "" : data.strings[i]; }
    function radius(i) { var r = 3 + 2 * Math.sqrt(c.k[i] || 0);  // area ~ toll
      return c.gp[i] === 3 ? Math.max(r, 11) : r; }

    // ---------- filtering ----------
    function isVisible(i) {
      if (!typeOn[c.t[i]]) return false;
      if (c.a[i] !== null && actorOn[c.a[i]] === false) return false;
      if (state.mode === "all") return true;
      var lo = state.day, hi = state.day;
      if (state.mode === "upto") lo = 0;
      if (state.mode === "week") lo = state.day - 6;
      return c.d2[i] >= lo && c.d[i] <= hi;
    }

    // ---------- the canvas layer ----------
    var Layer = L.Layer.extend({
      onAdd: function (m) {
        layer = this;
        this._canvas = L.DomUtil.create("canvas", "geo-canvas leaflet-zoom-hide");
        m.getPanes().overlayPane.appendChild(this._canvas);
        m.on("moveend zoomend resize viewreset", this._reset, this);
        this._reset();
      },
      onRemove: function (m) {
        L.DomUtil.remove(this._canvas);
        m.off("moveend zoomend resize viewreset", this._reset, this);
      },
      _reset: function () {
        var size = map.getSize(), topLeft = map.containerPointToLayerPoint([0, 0]);
        L.DomUtil.setPosition(this._canvas, topLeft);
        var ratio = window.devicePixelRatio || 1;
        this._canvas.width = size.x * ratio; this._canvas.height = size.y * ratio;
        this._canvas.style.width = size.x + "px"; this._canvas.style.height = size.y + "px";
        this._ratio = ratio;
        draw();
      }
    });
    var layer = null, clusters = [];
    new Layer().addTo(map);

    function draw() {
      var canvas = layer && layer._canvas; if (!canvas) return;
      var ctx = canvas.getContext("2d"), ratio = layer._ratio;
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      var size = map.getSize();
      ctx.clearRect(0, 0, size.x, size.y);
      var scale = Math.pow(2, map.getZoom());
      var origin = map.getPixelOrigin(), pane = map._getMapPanePos();
      var ox = -origin.x + pane.x, oy = -origin.y + pane.y;
      // whole-world pixel -> container pixel: x * scale + ox
      var useClusters = state.view === "clusters" ||
        (state.view === "auto" && shownCount > 3000 && map.getZoom() < 11);
      clusters = [];
      if (state.view === "heat") { drawHeat(ctx, scale, ox, oy, size); return; }
      if (useClusters) { drawClusters(ctx, scale, ox, oy, size); return; }
      for (var i = 0; i < n; i++) {
        if (!visible[i]) continue;
        var x = px[i] * scale + ox, y = py[i] * scale + oy;
        if (x < -40 || y < -40 || x > size.x + 40 || y > size.y + 40) continue;
        var color = data.colors[c.t[i]], gp = c.gp[i], r = radius(i);
        ctx.beginPath(); ctx.arc(x, y, r, 0, 6.283);
        ctx.globalAlpha = data.dprec[c.dp[i]] === "day" ? 1 : 0.55;
        if (gp !== 3) {
          ctx.fillStyle = color; ctx.globalAlpha *= gp === 1 ? 0.75 : 0.35; ctx.fill();
          ctx.globalAlpha = data.dprec[c.dp[i]] === "day" ? 1 : 0.55;
        }
        ctx.setLineDash(gp === 1 ? [] : (gp === 2 ? [4, 3] : [2, 3]));
        ctx.lineWidth = gp === 1 ? 1 : 2; ctx.strokeStyle = color; ctx.stroke();
      }
      ctx.setLineDash([]); ctx.globalAlpha = 1;
    }
    function drawClusters(ctx, scale, ox, oy, size) {
      var cell = 48, grid = {};
      for (var i = 0; i < n; i++) {
        if (!visible[i]) continue;
        var x = px[i] * scale + ox, y = py[i] * scale + oy;
        if (x < -cell || y < -cell || x > size.x + cell || y > size.y + cell) continue;
        var key = Math.floor(x / cell) + ":" + Math.floor(y / cell), g = grid[key];
        if (!g) { g = grid[key] = { x: 0, y: 0, count: 0, killed: 0, first: i }; }
        g.x += x; g.y += y; g.count += 1; g.killed += c.k[i] || 0;
      }
      ctx.font = "bold 11px system-ui, sans-serif"; ctx.textAlign = "center";
      ctx.textBaseline = "middle";
      Object.keys(grid).forEach(function (key) {
        var g = grid[key], x = g.x / g.count, y = g.y / g.count;
        var r = g.count === 1 ? radius(g.first) : 9 + 3 * Math.log2(g.count);
        clusters.push({ x: x, y: y, r: r, count: g.count, first: g.first });
        ctx.beginPath(); ctx.arc(x, y, r, 0, 6.283);
        ctx.fillStyle = g.count === 1 ? data.colors[c.t[g.first]] : "rgba(178,24,43,0.72)";
        ctx.fill(); ctx.lineWidth = 1.5; ctx.strokeStyle = "#fff"; ctx.stroke();
        if (g.count > 1) { ctx.fillStyle = "#fff"; ctx.fillText(String(g.count), x, y); }
      });
    }
    function drawHeat(ctx, scale, ox, oy, size) {
      ctx.globalCompositeOperation = "lighter";
      for (var i = 0; i < n; i++) {
        if (!visible[i]) continue;
        var x = px[i] * scale + ox, y = py[i] * scale + oy;
        if (x < -30 || y < -30 || x > size.x + 30 || y > size.y + 30) continue;
        var r = 14 + 3 * Math.sqrt(c.k[i] || 0);
        var grad = ctx.createRadialGradient(x, y, 0, x, y, r);
        grad.addColorStop(0, "rgba(215,48,31,0.35)"); grad.addColorStop(1, "rgba(215,48,31,0)");
        ctx.fillStyle = grad; ctx.fillRect(x - r, y - r, 2 * r, 2 * r);
      }
      ctx.globalCompositeOperation = "source-over";
    }

    // ---------- popups: the nearest incident (or cluster) under the pointer ----------
    function popup(i) {
      var box = el("div", "geo-popup");
      box.appendChild(el("div", "geo-popup-place", str(c.place[i])));
      var when = days[c.d[i]] + (c.d2[i] !== c.d[i] ? " – " + days[c.d2[i]] : "");
      box.appendChild(el("div", "geo-popup-meta", when + " (" + data.dprec[c.dp[i]] + ") · " +
        data.types[c.t[i]] + (c.a[i] !== null ? " · " + str(c.a[i]) : "")));
      var toll = [];
      if (c.k[i] !== null) toll.push(c.k[i] + " killed");
      if (c.inj[i] !== null) toll.push(c.inj[i] + " injured");
      if (c.mi && c.mi[i] !== null) toll.push(c.mi[i] + " missing");
      if (toll.length) box.appendChild(el("div", "geo-popup-toll", toll.join(", ")));
      box.appendChild(el("div", "geo-popup-prec", PRECISION[c.gp[i]] +
        (c.pt[i] !== null ? " — as written: " + str(c.pt[i]) : "")));
      box.appendChild(el("blockquote", "geo-popup-quote", str(c.q[i])));
      var src = el("div", "geo-popup-source"), title = str(c.ti[i]) || str(c.ar[i]);
      var url = str(c.u[i]);
      if (/^https?:\/\//i.test(url)) {
        var link = el("a", null, title); link.href = url; link.target = "_blank";
        link.rel = "noopener noreferrer"; src.appendChild(link);
      } else { src.textContent = title; }
      box.appendChild(src);
      return box;
    }
    function openPopup(i) {
      map.closePopup();
      L.popup({ maxWidth: 320, autoPanPaddingTopLeft: [40, 150],
                 autoPanPaddingBottomRight: [240, 40] }).setLatLng([c.lat[i], c.lon[i]]).setContent(popup(i))
        .openOn(map);
    }
    map.on("click", function (e) {
      var pt = e.containerPoint, best = -1, bestD = Infinity;
      if (clusters.length) {
        clusters.forEach(function (g) {
          var d = Math.hypot(g.x - pt.x, g.y - pt.y);
          if (d <= g.r + 3 && d < bestD) { bestD = d; best = g; } });
        if (best === -1) return;
        if (best.count === 1) { openPopup(best.first); return; }
        map.setView(map.containerPointToLatLng([best.x, best.y]), map.getZoom() + 2);
        return;
      }
      best = nearest(pt.x, pt.y);
      if (best !== -1) openPopup(best);
    });

    // ---------- controls: slider, modes, chart ----------
    var panel = L.control({ position: "bottomleft" });
    var box = el("div", "geo-panel leaflet-bar");
    var slider = el("input", "geo-slider"); slider.type = "range"; slider.min = 0;
    slider.max = Math.max(0, days.length - 1); slider.step = 1; slider.value = state.day;
    slider.setAttribute("aria-label", "Date");
    var label = el("span", "geo-label"), summary = el("div", "geo-summary");
    var row = el("div", "geo-row");
    var back = el("button", "geo-btn", "◀"), play = el("button", "geo-btn geo-play", "▶"),
        fwd = el("button", "geo-btn", "▶|");
    back.title = "Previous day"; play.title = "Play / pause"; fwd.title = "Next day";
    function select(cls, options, value) {
      var s = el("select", cls);
      options.forEach(function (o) { var opt = el("option", null, o[1]); opt.value = o[0];
        s.appendChild(opt); });
      s.value = value; return s;
    }
    var mode = select("geo-mode", [["all", "All dates"], ["day", "Day"],
      ["week", "7-day window"], ["upto", "Up to day"]], state.mode);
    var view = select("geo-view", [["auto", "Points (clusters when dense)"],
      ["points", "Points"], ["clusters", "Clusters"], ["heat", "Heatmap"]], state.view);
    [back, play, fwd, mode, label].forEach(function (x) { row.appendChild(x); });
    box.appendChild(row); box.appendChild(slider); box.appendChild(summary);
    box.appendChild(view);
    var chart = el("div", "geo-chart"); box.appendChild(chart);
    panel.onAdd = function () { L.DomEvent.disableClickPropagation(box);
      L.DomEvent.disableScrollPropagation(box); return box; };
    panel.addTo(map);

    var perDay = new Array(days.length).fill(0), max = 0, bars = [];
    for (var j = 0; j < n; j++) { if (c.k[j]) perDay[c.d[j]] += c.k[j]; }
    perDay.forEach(function (v) { max = Math.max(max, v); });
    chart.appendChild(el("div", "geo-chart-title", "Deaths per day"));
    var plot = el("div", "geo-chart-plot");
    var step = Math.max(1, Math.ceil(days.length / 400));  // at most 400 bars
    for (var d0 = 0; d0 < days.length; d0 += step) {
      var v = 0; for (var d1 = d0; d1 < Math.min(days.length, d0 + step); d1++) v += perDay[d1];
      var bar = el("div", "geo-bar"); bar.style.height = (max ? 2 + 38 * v / (max * step) : 2) + "px";
      bar.title = days[d0] + ": " + v + " killed"; bar.setAttribute("data-day", d0);
      plot.appendChild(bar); bars.push(bar);
    }
    plot.addEventListener("click", function (e) {
      var day = e.target.getAttribute && e.target.getAttribute("data-day");
      if (day === null || day === undefined) return;
      if (state.mode === "all") { state.mode = "day"; mode.value = "day"; }
      state.day = parseInt(day, 10); refresh(); });
    chart.appendChild(plot);
    var govDetails = el("details", "geo-gov");
    govDetails.appendChild(el("summary", "geo-chart-title", "Deaths by governorate"));
    var govBox = el("div"); govDetails.appendChild(govBox); chart.appendChild(govDetails);
    function governorates() {
      var byGov = {};
      for (var i = 0; i < n; i++) {
        if (!visible[i] || !c.k[i] || c.g[i] === null) continue;
        byGov[c.g[i]] = (byGov[c.g[i]] || 0) + c.k[i];
      }
      var rows = Object.keys(byGov).sort(function (a, b) { return byGov[b] - byGov[a]; });
      govBox.textContent = "";
      rows.slice(0, 8).forEach(function (g) {
        var r = el("div", "geo-gov-row"); r.appendChild(el("span", null, str(+g)));
        r.appendChild(el("span", null, byGov[g])); govBox.appendChild(r); });
    }
    function chartMark() {
      bars.forEach(function (b, k) {
        var d = k * step;
        var on = state.mode === "all" || (d <= state.day && (state.mode === "upto" ||
          (state.mode === "week" && d > state.day - 7) || d + step > state.day && d <= state.day));
        b.className = on ? "geo-bar geo-bar-on" : "geo-bar"; });
    }

    function refresh() {
      var count = 0, killed = 0;
      for (var i = 0; i < n; i++) {
        var v = isVisible(i); visible[i] = v ? 1 : 0;
        if (v) { count++; killed += c.k[i] || 0; }
      }
      shownCount = count;
      label.textContent = state.mode === "all" ? "All dates" :
        (state.mode === "week" ? "7 days to " : (state.mode === "upto" ? "Up to " : "")) +
        days[state.day];
      summary.textContent = count + " incidents shown · " + killed + " killed";
      slider.value = state.day;
      chartMark(); governorates(); draw(); map.closePopup();
      document.body.setAttribute("data-geo-visible", String(count));
    }
    var timer = null;
    function stepBy(delta) {
      if (state.mode === "all") { state.mode = "day"; mode.value = "day"; }
      state.day = (state.day + delta + days.length) % days.length; refresh();
    }
    slider.addEventListener("input", function () {
      if (state.mode === "all") { state.mode = "day"; mode.value = "day"; }
      state.day = parseInt(slider.value, 10); refresh(); });
    mode.addEventListener("change", function () { state.mode = mode.value; refresh(); });
    view.addEventListener("change", function () { state.view = view.value; draw(); });
    back.addEventListener("click", function () { stepBy(-1); });
    fwd.addEventListener("click", function () { stepBy(1); });
    play.addEventListener("click", function () {
      if (timer) { clearInterval(timer); timer = null; play.textContent = "▶"; return; }
      if (state.mode === "all") { state.mode = "upto"; mode.value = "upto"; state.day = -1; }
      play.textContent = "❚❚";
      timer = setInterval(function () {
        if (state.day >= days.length - 1) { clearInterval(timer); timer = null;
          play.textContent = "▶"; return; }
        state.day += 1; refresh(); }, 600);
    });

    // ---------- legend: event types and actors, each a filter ----------
    var legend = L.control({ position: "topright" });
    var lbox = el("div", "geo-legend leaflet-bar");
    lbox.appendChild(el("div", "geo-legend-title", "Event type"));
    data.types.forEach(function (t, ti) {
      var item = el("label", "geo-legend-item"), cb = el("input");
      cb.type = "checkbox"; cb.checked = true;
      cb.addEventListener("change", function () { typeOn[ti] = cb.checked; refresh(); });
      var sw = el("span", "geo-swatch"); sw.style.background = data.colors[ti];
      item.appendChild(cb); item.appendChild(sw); item.appendChild(el("span", null, t));
      lbox.appendChild(item);
    });
    if (data.actors.length) {
      var details = el("details", "geo-actors");
      details.appendChild(el("summary", "geo-legend-title", "Actor"));
      data.actors.forEach(function (a) {
        var item = el("label", "geo-legend-item"), cb = el("input");
        cb.type = "checkbox"; cb.checked = true;
        cb.addEventListener("change", function () { actorOn[a] = cb.checked; refresh(); });
        item.appendChild(cb); item.appendChild(el("span", null, str(a)));
        details.appendChild(item);
      });
      lbox.appendChild(details);
    }
    lbox.appendChild(el("div", "geo-legend-title", "Where"));
    [["geo-swatch geo-p1", "named place"], ["geo-swatch geo-p2", "near / part of a place"],
     ["geo-swatch geo-p3", "governorate tally"]].forEach(function (p) {
      var item = el("div", "geo-legend-item"); item.appendChild(el("span", p[0]));
      item.appendChild(el("span", null, p[1])); lbox.appendChild(item); });
    lbox.appendChild(el("div", "geo-legend-note", "Circle area grows with deaths; faded: " +
      "date known only to the week or month"));
    legend.onAdd = function () { L.DomEvent.disableClickPropagation(lbox);
      L.DomEvent.disableScrollPropagation(lbox); return lbox; };
    legend.addTo(map);

    if (data.options.title || data.options.source) {
      var head = L.control({ position: "topleft" }), hbox = el("div", "geo-title");
      if (data.options.title) hbox.appendChild(el("h1", null, data.options.title));
      if (data.options.source) hbox.appendChild(el("div", "geo-source", data.options.source));
      head.onAdd = function () { return hbox; }; head.addTo(map);
    }
    refresh();
    document.body.setAttribute("data-geo-ready", "1");
    function pointOf(i) {
      var p = map.latLngToContainerPoint([c.lat[i], c.lon[i]]); return [p.x, p.y]; }
    function centre(i) { map.setView([c.lat[i], c.lon[i]], 12, { animate: false }); }
    // the visible incident drawn nearest a container point (what a click would open)
    function nearest(x, y) {
      var scale = Math.pow(2, map.getZoom()), origin = map.getPixelOrigin(),
          pane = map._getMapPanePos(), ox = -origin.x + pane.x, oy = -origin.y + pane.y;
      var best = -1, bestD = Infinity;
      for (var i = 0; i < n; i++) {
        if (!visible[i]) continue;
        var d = Math.hypot(px[i] * scale + ox - x, py[i] * scale + oy - y);
        if (d <= radius(i) + 3 && d < bestD) { bestD = d; best = i; }
      }
      return best;
    }
    var api = { refresh: refresh, state: state, openPopup: openPopup, count: n,
                map: map, nearest: nearest,
                pointOf: pointOf, centre: centre,
                days: days, visible: function () { return shownCount; } };
    window.geoTimelines = (window.geoTimelines || []).concat([api]);
    return api;
  };
})();
