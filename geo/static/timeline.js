/* geo incident timeline: markers, time slider, legend, filters, deaths chart.
 * Data comes from a JSON script block (type application/json); every string from an
 * article reaches the page through textContent, never innerHTML. */
(function () {
  "use strict";
  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  window.geoTimeline = function (map, dataId) {
    var data = JSON.parse(document.getElementById(dataId).textContent);
    var c = data.cols, n = c.lat.length, days = data.days;
    var renderer = L.canvas({ padding: 0.5 });
    var markers = new Array(n), layer = L.layerGroup().addTo(map);
    var typeOn = {}, state = { mode: data.options.mode || "all", day: days.length - 1 };
    data.types.forEach(function (t) { typeOn[t] = true; });

    function str(i) { return i === null || i === undefined ? "" : data.strings[i]; }
    function popup(i) {
      var box = el("div", "geo-popup");
      box.appendChild(el("div", "geo-popup-place", str(c.place[i])));
      var when = days[c.d[i]] + (c.d2[i] !== c.d[i] ? " – " + days[c.d2[i]] : "");
      box.appendChild(el("div", "geo-popup-meta",
        when + " (" + data.dprec[c.dp[i]] + ") · " + data.types[c.t[i]] +
        (c.a[i] !== null ? " · " + str(c.a[i]) : "")));
      var toll = [];
      if (c.k[i] !== null) toll.push(c.k[i] + " killed");
      if (c.inj[i] !== null) toll.push(c.inj[i] + " injured");
      if (toll.length) box.appendChild(el("div", "geo-popup-toll", toll.join(", ")));
      box.appendChild(el("div", "geo-popup-prec",
        ["", "Named place", "Near or part of the named place", "Governorate level"][c.gp[i]] +
        (c.pt[i] !== null ? " — as written: " + str(c.pt[i]) : "")));
      box.appendChild(el("blockquote", "geo-popup-quote", str(c.q[i])));
      var src = el("div", "geo-popup-source");
      var title = str(c.ti[i]) || str(c.ar[i]);
      var url = str(c.u[i]);
      if (/^https?:\/\//i.test(url)) {
        var link = el("a", null, title); link.href = url; link.target = "_blank";
        link.rel = "noopener noreferrer"; src.appendChild(link);
      } else { src.textContent = title; }
      box.appendChild(src);
      return box;
    }
    for (var i = 0; i < n; i++) {
      var color = data.colors[c.t[i]], k = c.k[i] || 0, gp = c.gp[i];
      var radius = 4 + 2.2 * Math.sqrt(k);  // area grows with the toll
      var opts = { renderer: renderer, radius: gp === 3 ? Math.max(radius, 12) : radius,
        color: color, weight: gp === 1 ? 1 : 2, fillColor: color,
        fillOpacity: gp === 1 ? 0.75 : (gp === 2 ? 0.35 : 0),
        dashArray: gp === 1 ? null : (gp === 2 ? "4 3" : "2 4"),
        opacity: data.dprec[c.dp[i]] === "day" ? 1 : 0.6 };
      var m = L.circleMarker([c.lat[i], c.lon[i]], opts);
      m.bindPopup((function (j) { return function () { return popup(j); }; })(i),
                  { maxWidth: 320 });
      m.bindTooltip((function (j) { return function () {
        return el("span", null, str(c.place[j]) + " · " + days[c.d[j]]); }; })(i));
      markers[i] = m;
    }

    function visible(i) {
      if (!typeOn[data.types[c.t[i]]]) return false;
      if (state.mode === "all") return true;
      var lo = state.day, hi = state.day;
      if (state.mode === "upto") lo = 0;
      if (state.mode === "week") lo = state.day - 6;
      return c.d2[i] >= lo && c.d[i] <= hi;
    }
    var shown = new Uint8Array(n);
    function refresh() {
      var count = 0, killed = 0;
      for (var i = 0; i < n; i++) {
        var v = visible(i);
        if (v && !shown[i]) layer.addLayer(markers[i]);
        if (!v && shown[i]) layer.removeLayer(markers[i]);
        shown[i] = v ? 1 : 0;
        if (v) { count++; killed += c.k[i] || 0; }
      }
      label.textContent = state.mode === "all" ? "All dates" :
        (state.mode === "week" ? "7 days to " : (state.mode === "upto" ? "Up to " : "")) +
        days[state.day];
      summary.textContent = count + " incidents shown · " + killed + " killed";
      slider.value = state.day;
      chartMark();
      document.body.setAttribute("data-geo-visible", String(count));
    }

    // ---- controls: title, slider, legend, chart ----
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
    var mode = el("select", "geo-mode");
    [["all", "All dates"], ["day", "Day"], ["week", "7-day window"], ["upto", "Up to day"]]
      .forEach(function (o) { var opt = el("option", null, o[1]); opt.value = o[0];
        mode.appendChild(opt); });
    mode.value = state.mode;
    [back, play, fwd, mode, label].forEach(function (x) { row.appendChild(x); });
    box.appendChild(row); box.appendChild(slider); box.appendChild(summary);
    var chart = el("div", "geo-chart"); box.appendChild(chart);
    panel.onAdd = function () { L.DomEvent.disableClickPropagation(box);
      L.DomEvent.disableScrollPropagation(box); return box; };
    panel.addTo(map);

    var timer = null;
    function step(delta) {
      if (state.mode === "all") { state.mode = "day"; mode.value = "day"; }
      state.day = (state.day + delta + days.length) % days.length; refresh();
    }
    slider.addEventListener("input", function () {
      if (state.mode === "all") { state.mode = "day"; mode.value = "day"; }
      state.day = parseInt(slider.value, 10); refresh(); });
    mode.addEventListener("change", function () { state.mode = mode.value; refresh(); });
    back.addEventListener("click", function () { step(-1); });
    fwd.addEventListener("click", function () { step(1); });
    play.addEventListener("click", function () {
      if (timer) { clearInterval(timer); timer = null; play.textContent = "▶"; return; }
      if (state.mode === "all") { state.mode = "upto"; mode.value = "upto"; state.day = -1; }
      play.textContent = "❚❚";
      timer = setInterval(function () {
        if (state.day >= days.length - 1) { clearInterval(timer); timer = null;
          play.textContent = "▶"; return; }
        state.day += 1; refresh(); }, 700);
    });

    // deaths per day, as bars; the current window is highlighted
    var perDay = new Array(days.length).fill(0), max = 0;
    for (var j = 0; j < n; j++) { if (c.k[j]) perDay[c.d[j]] += c.k[j]; }
    perDay.forEach(function (v) { max = Math.max(max, v); });
    var bars = [];
    chart.appendChild(el("div", "geo-chart-title", "Deaths per day"));
    var plot = el("div", "geo-chart-plot");
    perDay.forEach(function (v, d) {
      var bar = el("div", "geo-bar"); bar.style.height = (max ? 2 + 38 * v / max : 2) + "px";
      bar.title = days[d] + ": " + v + " killed";
      bar.addEventListener("click", function () { if (state.mode === "all") {
        state.mode = "day"; mode.value = "day"; } state.day = d; refresh(); });
      plot.appendChild(bar); bars.push(bar);
    });
    chart.appendChild(plot);
    function chartMark() {
      bars.forEach(function (b, d) {
        var on = state.mode === "all" || (d <= state.day && (state.mode === "upto" ||
          (state.mode === "week" && d > state.day - 7) || d === state.day));
        b.className = on ? "geo-bar geo-bar-on" : "geo-bar"; });
    }

    var legend = L.control({ position: "topright" });
    var lbox = el("div", "geo-legend leaflet-bar");
    lbox.appendChild(el("div", "geo-legend-title", "Event type"));
    data.types.forEach(function (t, ti) {
      var item = el("label", "geo-legend-item"), cb = el("input");
      cb.type = "checkbox"; cb.checked = true;
      cb.addEventListener("change", function () { typeOn[t] = cb.checked; refresh(); });
      var sw = el("span", "geo-swatch"); sw.style.background = data.colors[ti];
      item.appendChild(cb); item.appendChild(sw); item.appendChild(el("span", null, t));
      lbox.appendChild(item);
    });
    lbox.appendChild(el("div", "geo-legend-title", "Where"));
    [["geo-swatch geo-p1", "named place"], ["geo-swatch geo-p2", "near / part of a place"],
     ["geo-swatch geo-p3", "governorate tally"]].forEach(function (p) {
      var item = el("div", "geo-legend-item"); item.appendChild(el("span", p[0]));
      item.appendChild(el("span", null, p[1])); lbox.appendChild(item); });
    lbox.appendChild(el("div", "geo-legend-note", "Circle area grows with deaths"));
    legend.onAdd = function () { L.DomEvent.disableClickPropagation(lbox); return lbox; };
    legend.addTo(map);

    if (data.options.title) {
      var head = L.control({ position: "topleft" });
      var hbox = el("div", "geo-title");
      hbox.appendChild(el("h1", null, data.options.title));
      if (data.options.source) hbox.appendChild(el("div", "geo-source", data.options.source));
      head.onAdd = function () { return hbox; }; head.addTo(map);
    }
    refresh();
    document.body.setAttribute("data-geo-ready", "1");
    var api = { refresh: refresh, state: state, markers: markers, days: days };
    window.geoTimelines = (window.geoTimelines || []).concat([api]);
    return api;
  };
})();
