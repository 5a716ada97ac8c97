// Timeline: events per day stacked by quad class; Goldstein per dyad over time.
import { QUAD, el, link, qs, svg } from "./dom.js";

export function timelineView(data, window) {
  const days = data.days;
  const W = 760, H = 220, pad = 30;
  const max = Math.max(1, ...days.map((d) => d.q1 + d.q2 + d.q3 + d.q4));
  const bw = Math.max(4, Math.min(40, (W - 2 * pad) / Math.max(1, days.length) - 4));
  const chart = svg("svg", { viewBox: `0 0 ${W} ${H + 40}`, class: "timeline", role: "img", "aria-label": "events per day" });
  chart.append(svg("text", { x: 2, y: 12, class: "axis", text: `max ${max}/day` }));
  days.forEach((d, i) => {
    const x = pad + i * ((W - 2 * pad) / Math.max(1, days.length));
    let y = H;
    for (const q of [1, 2, 3, 4]) {
      const n = d["q" + q];
      if (!n) continue;
      const h = (n / max) * (H - 20);
      y -= h;
      const a = svg("a", { href: "#/events" + qs({ since: d.day, until: d.day, quad_class: q }), class: "bar", "data-day": d.day, "data-quad": q });
      a.append(svg("rect", { x, y, width: bw, height: h, fill: QUAD[q].color },
        svg("title", { text: `${d.day}: ${n} ${QUAD[q].name} events` })));
      chart.append(a);
    }
    if (days.length <= 20 || i % Math.ceil(days.length / 12) === 0) {
      chart.append(svg("text", { x, y: H + 14, class: "axis", text: d.day.slice(5) }));
    }
  });
  const table = el("table", { class: "dyads" },
    el("thead", {}, el("tr", {}, ["dyad", "events", "Goldstein by day"].map((h) => el("th", { text: h })))),
    el("tbody", {}, data.dyads.slice(0, 12).map((s) => el("tr", {},
      el("td", {}, link("#/entity/" + encodeURIComponent(s.source), s.source_name), " → ",
        link("#/entity/" + encodeURIComponent(s.target), s.target_name)),
      el("td", {}, link("#/events" + qs({ dyad: `${s.source},${s.target}`, ...window }), String(s.events))),
      el("td", {}, spark(s))))));
  return el("section", { class: "panel", id: "timeline" },
    el("h2", { text: "Timeline" }),
    el("p", { class: "note" }, `Events per day by quad class (click a bar for its events)`,
      data.undated_events ? `; ${data.undated_events} events in undated articles are not shown.` : "."),
    chart, el("h3", { text: "Goldstein per dyad" }), table);
}

function spark(series) {
  const W = 260, H = 36;
  const s = svg("svg", { viewBox: `0 0 ${W} ${H}`, width: W, height: H, class: "spark" });
  s.append(svg("line", { x1: 0, y1: H / 2, x2: W, y2: H / 2, stroke: "#ccc" }));
  const n = series.points.length;
  series.points.forEach((p, i) => {
    const x = n === 1 ? W / 2 : 6 + (i * (W - 12)) / (n - 1);
    const y = H / 2 - Math.max(-1, Math.min(1, p.goldstein / 30)) * (H / 2 - 3);
    const a = svg("a", { href: "#/events" + qs({ dyad: `${series.source},${series.target}`, since: p.day, until: p.day }) });
    a.append(svg("circle", { cx: x, cy: y, r: 3.5, fill: p.goldstein < 0 ? QUAD[4].color : QUAD[1].color },
      svg("title", { text: `${p.day}: ${p.events} events, Goldstein ${p.goldstein}` })));
    s.append(a);
  });
  return s;
}
