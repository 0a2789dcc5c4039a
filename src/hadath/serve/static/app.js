/* hadath explorer: the project's own small script, no framework, no network beyond this server.
   Every stored string reaches the page through textContent or an SVG <title>'s textContent, never innerHTML. */
"use strict";

const SVGNS = "http://www.w3.org/2000/svg";
const QUAD_LABEL = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"};
const PALETTE = ["#1f5fa8", "#c8382c", "#f2a541", "#4f9d69", "#8e5ea2", "#7fb3e6", "#e377c2", "#8c6d31",
                 "#17becf", "#bcbd22", "#636363", "#d6616b", "#5254a3", "#b5cf6b", "#9c9ede", "#e7ba52"];

function svg(tag, attrs, parent) {
  const n = document.createElementNS(SVGNS, tag);
  for (const [k, v] of Object.entries(attrs || {})) n.setAttribute(k, String(v));
  if (parent) parent.appendChild(n);
  return n;
}
function html(tag, text, parent, cls) {
  const n = document.createElement(tag);
  if (text !== undefined && text !== null) n.textContent = String(text);
  if (cls) n.className = cls;
  if (parent) parent.appendChild(n);
  return n;
}
function tip(node, text) { svg("title", {}, node).textContent = text; }
function say(box, text) { box.textContent = ""; html("p", text, box, "note"); }

async function getJSON(path, params) {
  const url = path + (params && String(params) ? "?" + params : "");
  const r = await fetch(url, {headers: {"Accept": "application/json"}});
  if (!r.ok) throw new Error(r.status + " " + (await r.text()).slice(0, 200));
  return r.json();
}

/* ---------------------------------------------------------------- periods */
function parseDay(s) { return new Date(s + "T00:00:00Z"); }
function isoDay(d) { return d.toISOString().slice(0, 10); }
function nextPeriod(s, interval) {
  const d = parseDay(s);
  if (interval === "year") d.setUTCFullYear(d.getUTCFullYear() + 1);
  else if (interval === "quarter") d.setUTCMonth(d.getUTCMonth() + 3);
  else if (interval === "month") d.setUTCMonth(d.getUTCMonth() + 1);
  else if (interval === "week") d.setUTCDate(d.getUTCDate() + 7);
  else d.setUTCDate(d.getUTCDate() + 1);
  return isoDay(d);
}
function periodEnd(s, interval) {
  const d = parseDay(nextPeriod(s, interval));
  d.setUTCDate(d.getUTCDate() - 1);
  return isoDay(d);
}
/* Every period from first to last, so gaps show as gaps (falls back to the given ones if absurdly many). */
function fillPeriods(periods, interval) {
  if (!periods.length) return [];
  const out = [];
  const last = periods[periods.length - 1];
  for (let p = periods[0]; p <= last && out.length <= 3000; p = nextPeriod(p, interval)) out.push(p);
  return out.length > 3000 ? periods.slice() : out;
}
function periodLabel(p, interval) {
  if (interval === "year") return p.slice(0, 4);
  if (interval === "month") return p.slice(0, 7);
  if (interval === "quarter") return p.slice(0, 4) + " Q" + (Math.floor((+p.slice(5, 7) - 1) / 3) + 1);
  return p;
}
/* A round axis maximum whose quarters are round too (axes carry four ticks); counts get at least 4. */
function niceMax(v, counts) {
  if (counts) v = Math.max(4, v);
  if (v <= 0) return 1;
  const e = Math.pow(10, Math.floor(Math.log10(v)));
  for (const m of [1, 2, 4, 8, 10]) if (m * e >= v) return m * e;
  return 10 * e;
}

/* A bar chart frame: returns the svg, x positions and helpers. */
function frame(box, nPeriods, height) {
  box.textContent = "";
  const W = 1000, H = height, L = 48, R = 48, T = 12, B = 36;
  const root = svg("svg", {viewBox: `0 0 ${W} ${H}`, role: "img"}, box);
  const step = Math.min(80, (W - L - R) / Math.max(1, nPeriods));
  const pad = (W - L - R - step * nPeriods) / 2;  // few periods: narrow bars, centred
  return {root, W, H, L, R, T, B, step, x: (i) => L + pad + i * step};
}
function xLabels(f, periods, interval) {
  const every = Math.max(1, Math.ceil(periods.length / 14));
  periods.forEach((p, i) => {
    if (i % every) return;
    const t = svg("text", {x: f.x(i) + f.step / 2, y: f.H - f.B + 16, "text-anchor": "middle"}, f.root);
    t.textContent = periodLabel(p, interval);
  });
}
function yAxis(f, y0, scale, max, side, fmt) {
  const x = side === "right" ? f.W - f.R : f.L;
  svg("line", {x1: x, x2: x, y1: f.T, y2: f.H - f.B, class: "axis"}, f.root);
  for (let k = 0; k <= 4; k++) {
    const v = max * k / 4;
    for (const s of (y0 < f.H - f.B ? [1, -1] : [1])) {
      if (s < 0 && k === 0) continue;
      const y = y0 - s * v * scale;
      if (y < f.T - 1 || y > f.H - f.B + 1) continue;
      if (side !== "right") svg("line", {x1: f.L, x2: f.W - f.R, y1: y, y2: y, class: "grid"}, f.root);
      const t = svg("text", {x: side === "right" ? x + 4 : x - 4, y: y + 4,
                             "text-anchor": side === "right" ? "start" : "end"}, f.root);
      t.textContent = fmt ? fmt(s * v) : String(Math.round(s * v * 10) / 10);
    }
  }
}

/* ---------------------------------------------------------------- timeline */
async function timeline() {
  const box = document.getElementById("timeline");
  const legend = document.getElementById("timeline-legend");
  const bySel = document.getElementById("tl-by"), ivSel = document.getElementById("tl-interval");
  const base = new URLSearchParams(box.dataset.qs || "");
  if (base.get("by")) bySel.value = base.get("by");
  if (base.get("interval")) ivSel.value = base.get("interval");
  let auto = !base.get("interval");

  async function draw() {
    const params = new URLSearchParams(base);
    params.set("by", bySel.value);
    params.set("interval", ivSel.value);
    let data;
    try { data = await getJSON("/api/timeseries", params); } catch (e) { say(box, "Could not load: " + e.message); return; }
    if (auto && data.periods.length > 1 && data.interval === "month"
        && parseDay(data.periods[data.periods.length - 1]) - parseDay(data.periods[0]) > 6 * 365 * 864e5) {
      auto = false;
      ivSel.value = "year";
      return draw();
    }
    auto = false;
    if (!data.periods.length) { say(box, "No dated events match these filters."); legend.textContent = ""; return; }
    const periods = fillPeriods(data.periods, data.interval);
    const idx = new Map(periods.map((p, i) => [p, i]));
    const totals = new Array(periods.length).fill(0);
    for (const s of data.series) for (const pt of s.points) totals[idx.get(pt.period)] += pt.count;
    const f = frame(box, periods.length, 340);
    const max = niceMax(Math.max(...totals), true);
    const y0 = f.H - f.B, scale = (y0 - f.T) / max;
    yAxis(f, y0, scale, max, "left");
    const stack = new Array(periods.length).fill(0);
    const colour = (s, i) => data.by === "quad" ? null : PALETTE[i % PALETTE.length];
    data.series.forEach((s, si) => {
      for (const pt of s.points) {
        const i = idx.get(pt.period), h = pt.count * scale;
        const r = svg("rect", {x: f.x(i) + f.step * 0.1, width: Math.max(0.8, f.step * 0.8),
                                y: y0 - stack[i] * scale - h, height: h, class: "bar" + (data.by === "quad" ? " q" + s.key : "")}, f.root);
        if (colour(s, si)) r.setAttribute("fill", colour(s, si));
        tip(r, `${periodLabel(pt.period, data.interval)} · ${s.label}: ${pt.count} events (Goldstein ${pt.goldstein})`);
        r.addEventListener("click", () => {
          const q = new URLSearchParams(base);
          q.set("date_from", pt.period);
          q.set("date_to", periodEnd(pt.period, data.interval));
          if (data.by === "quad") q.set("quad", s.key);
          else if (data.by === "event") q.set("event", s.key);
          else if (data.by === "root") q.set("cameo", s.key);
          location.href = "/events?" + q;
        });
        stack[i] += pt.count;
      }
    });
    svg("line", {x1: f.L, x2: f.W - f.R, y1: y0, y2: y0, class: "axis"}, f.root);
    xLabels(f, periods, data.interval);
    legend.textContent = "";
    data.series.forEach((s, si) => {
      const item = html("span", null, legend);
      const sw = html("i", null, item, "sw" + (data.by === "quad" ? " q" + s.key : ""));
      if (colour(s, si)) sw.style.background = colour(s, si);
      item.appendChild(document.createTextNode(`${s.label} (${s.points.reduce((a, p) => a + p.count, 0)})`));
    });
    box.dataset.ready = "1";
  }
  bySel.addEventListener("change", draw);
  ivSel.addEventListener("change", draw);
  await draw();
}

/* ---------------------------------------------------------------- map */
async function map() {
  const box = document.getElementById("map");
  const worldBox = document.getElementById("map-world");
  const tbody = document.querySelector("#map-places tbody");
  const qs = new URLSearchParams(box.dataset.qs || "");
  let world, places;
  try {
    [world, places] = await Promise.all([getJSON("/static/world.json"), getJSON("/api/places", qs)]);
  } catch (e) { say(box, "Could not load: " + e.message); return; }

  function draw() {
    box.textContent = "";
    let x0 = 0, y0 = 0, w = 360, h = 180;
    if (!worldBox.checked && places.length) {
      const xs = places.map((p) => p.lon + 180), ys = places.map((p) => 90 - p.lat);
      let minx = Math.min(...xs), maxx = Math.max(...xs), miny = Math.min(...ys), maxy = Math.max(...ys);
      w = Math.max(24, (maxx - minx) * 1.4); h = Math.max(12, (maxy - miny) * 1.4);
      if (w / h > 2) h = w / 2; else w = h * 2;
      x0 = Math.max(0, Math.min(360 - w, (minx + maxx) / 2 - w / 2));
      y0 = Math.max(0, Math.min(180 - h, (miny + maxy) / 2 - h / 2));
    }
    const root = svg("svg", {viewBox: `${x0} ${y0} ${w} ${h}`, role: "img", preserveAspectRatio: "xMidYMid meet"}, box);
    svg("rect", {x: 0, y: 0, width: 360, height: 180, class: "sea"}, root);
    const hit = new Set(places.map((p) => p.country_code));
    for (const c of world.countries) {
      const p = svg("path", {d: c.d, class: "land" + (hit.has(c.iso) ? " hit" : "")}, root);
      p.setAttribute("stroke-width", String(w / 1500));
      tip(p, c.name);
    }
    const k = w / 360;
    for (const p of places) {
      const dom = [1, 2, 3, 4].reduce((a, q) => (p.by_quad[q] > p.by_quad[a] ? q : a), 1);
      const c = svg("circle", {cx: p.lon + 180, cy: 90 - p.lat, r: k * (1.2 + 1.6 * Math.sqrt(p.count)), class: "q" + dom}, root);
      c.setAttribute("stroke-width", String(w / 800));
      tip(c, `${p.text || ""} · ${p.name || ""} (${p.country_code || "?"}): ${p.count} events, Goldstein ${p.goldstein}`);
      c.addEventListener("click", () => {
        const q = new URLSearchParams(qs);
        q.set("place", p.text || p.name || "");
        location.href = "/events?" + q;
      });
      const t = svg("text", {x: p.lon + 180 + k * (2 + 1.6 * Math.sqrt(p.count)), y: 90 - p.lat + k, class: "lbl"}, root);
      t.setAttribute("font-size", String(k * 4));
      t.textContent = p.text || p.name || "";
    }
    box.dataset.ready = "1";
  }
  tbody.textContent = "";
  for (const p of places) {
    const tr = html("tr", null, tbody);
    const td = html("td", null, tr);
    const a = html("a", p.text || p.name || "?", td);
    a.href = "/events?" + new URLSearchParams([...qs, ["place", p.text || p.name || ""]]);
    a.dir = "auto";
    if (p.name && p.text) td.appendChild(document.createTextNode(" · " + p.name));
    html("td", p.country_code || "", tr);
    html("td", p.count, tr, "num");
  }
  if (!places.length) say(tbody.insertRow().insertCell(), "No located events match these filters.");
  worldBox.addEventListener("change", draw);
  draw();
}

/* ---------------------------------------------------------------- dyad monitor */
async function monitor() {
  const box = document.getElementById("monitor");
  const summary = document.getElementById("monitor-summary");
  const tbody = document.querySelector("#monitor-table tbody");
  const form = document.getElementById("monitor-form");
  for (const s of form.querySelectorAll("select")) s.addEventListener("change", () => form.submit());
  const fd = new FormData(form);
  const params = new URLSearchParams();
  for (const [k, v] of fd.entries()) if (v) params.set(k, v);
  const name = (side) => [fd.get(side), fd.get(side + "_sector")].filter(Boolean).join(" ") || "any";
  if (!(fd.get("a") || fd.get("a_sector")) || !(fd.get("b") || fd.get("b_sector"))) {
    say(box, "Pick two actors (a code, a sector, or both) to watch.");
    return;
  }
  let data;
  try { data = await getJSON("/api/dyad-monitor", params); } catch (e) { say(box, "Could not load: " + e.message); return; }
  const t = data.totals;
  const arrow = data.directed ? " → " : " ↔ ";
  summary.textContent = `${name("a")}${arrow}${name("b")}: ${t.events} events, ${t.cooperation} cooperative, ` +
                        `${t.conflict} conflictual; net Goldstein ${t.goldstein}.`;
  tbody.textContent = "";
  if (!data.points.length) { say(box, "No events between these two actors."); box.dataset.ready = "1"; return; }
  const periods = fillPeriods(data.points.map((p) => p.period), data.interval);
  const idx = new Map(periods.map((p, i) => [p, i]));
  const f = frame(box, periods.length, 360);
  const max = niceMax(Math.max(...data.points.map((p) => Math.max(p.cooperation, p.conflict))), true);
  const y0 = f.T + (f.H - f.T - f.B) / 2, scale = (y0 - f.T) / max;
  yAxis(f, y0, scale, max, "left");
  const gmax = niceMax(Math.max(1, ...data.points.map((p) => Math.abs(p.goldstein))));
  const gscale = (y0 - f.T) / gmax;
  yAxis(f, y0, gscale, gmax, "right");
  for (const p of data.points) {
    const i = idx.get(p.period);
    let up = 0, down = 0;
    for (const q of [2, 1]) {
      const n = p.by_quad[q];
      if (!n) continue;
      const r = svg("rect", {x: f.x(i) + f.step * 0.15, width: Math.max(0.8, f.step * 0.7), y: y0 - (up + n) * scale,
                             height: n * scale, class: "bar q" + q}, f.root);
      tip(r, `${periodLabel(p.period, data.interval)} · ${QUAD_LABEL[q]}: ${n}`);
      up += n;
    }
    for (const q of [4, 3]) {
      const n = p.by_quad[q];
      if (!n) continue;
      const r = svg("rect", {x: f.x(i) + f.step * 0.15, width: Math.max(0.8, f.step * 0.7), y: y0 + down * scale,
                             height: n * scale, class: "bar q" + q}, f.root);
      tip(r, `${periodLabel(p.period, data.interval)} · ${QUAD_LABEL[q]}: ${n}`);
      down += n;
    }
  }
  const pts = periods.map((per, i) => {
    const p = data.points.find((x) => x.period === per);
    return `${f.x(i) + f.step / 2},${y0 - (p ? p.goldstein : 0) * gscale}`;
  });
  svg("polyline", {points: pts.join(" "), class: "net"}, f.root);
  for (const p of data.points) {
    const c = svg("circle", {cx: f.x(idx.get(p.period)) + f.step / 2, cy: y0 - p.goldstein * gscale, r: 3.5, class: "net-pt"}, f.root);
    tip(c, `${periodLabel(p.period, data.interval)} · net Goldstein ${p.goldstein}`);
  }
  svg("line", {x1: f.L, x2: f.W - f.R, y1: y0, y2: y0, class: "axis"}, f.root);
  xLabels(f, periods, data.interval);
  for (const p of data.points) {
    const tr = html("tr", null, tbody);
    html("td", periodLabel(p.period, data.interval), tr);
    for (const q of [1, 2, 3, 4]) html("td", p.by_quad[q], tr, "num");
    html("td", p.goldstein, tr, "num");
  }
  box.dataset.ready = "1";
}

/* ---------------------------------------------------------------- article */
function article() {
  const marks = document.querySelectorAll("#article mark");
  for (const li of document.querySelectorAll(".evlist li[data-event]")) {
    const id = li.dataset.event;
    li.addEventListener("mouseenter", () => {
      for (const m of marks) m.classList.toggle("dim", !(m.dataset.events || "").split(" ").includes(id));
    });
    li.addEventListener("mouseleave", () => { for (const m of marks) m.classList.remove("dim"); });
  }
}

document.addEventListener("DOMContentLoaded", () => {
  const page = document.body.dataset.page;
  const run = {timeline, map, monitor, article}[page];
  if (run) Promise.resolve(run()).catch((e) => console.error(e));
});
