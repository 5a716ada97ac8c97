// Actor network: nodes coloured by kind, edges coloured by quad class (d3-force layout).
import { forceCenter, forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY } from "d3-force";
import { QUAD, el, kindColor, qs, svg } from "./dom.js";

export function networkView(data, window) {
  const W = 760, H = 520;
  const nodes = data.nodes.map((n) => ({ ...n }));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const links = data.edges.filter((e) => byId.has(e.source) && byId.has(e.target)).map((e) => ({ ...e }));
  const degree = new Map();
  for (const e of links) for (const k of [e.source, e.target]) degree.set(k, (degree.get(k) || 0) + e.events);
  const sim = forceSimulation(nodes)
    .force("link", forceLink(links).id((d) => d.id).distance(90))
    .force("charge", forceManyBody().strength(-220))
    .force("center", forceCenter(W / 2, H / 2))
    .force("x", forceX(W / 2).strength(0.06))
    .force("y", forceY(H / 2).strength(0.1))
    .force("collide", forceCollide(16))
    .stop();
  for (let i = 0; i < 300; i++) sim.tick();
  // scale the layout into the frame (labels need room on the right)
  const xs = nodes.map((n) => n.x), ys = nodes.map((n) => n.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  for (const n of nodes) {
    n.x = 25 + ((n.x - x0) / Math.max(1, x1 - x0)) * (W - 150);
    n.y = 25 + ((n.y - y0) / Math.max(1, y1 - y0)) * (H - 50);
  }
  const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, class: "network", role: "img", "aria-label": "actor network" });
  for (const e of links) {
    const href = "#/events" + qs({ dyad: `${e.source.id},${e.target.id}`, quad_class: e.quad_class, ...window });
    const a = svg("a", { href, class: "edge", "data-quad": e.quad_class });
    a.append(svg("line", {
      x1: e.source.x, y1: e.source.y, x2: e.target.x, y2: e.target.y,
      stroke: QUAD[e.quad_class].color, "stroke-width": Math.min(8, 1 + Math.sqrt(e.events)),
      "stroke-opacity": 0.7,
    }, svg("title", { text: `${e.source.name} → ${e.target.name}: ${e.events} ${QUAD[e.quad_class].name} events (Goldstein ${e.goldstein_sum})` })));
    root.append(a);
  }
  for (const n of nodes) {
    const r = 5 + Math.min(12, Math.sqrt(degree.get(n.id) || n.mentions || 1) * 1.5);
    const g = svg("a", { href: "#/entity/" + encodeURIComponent(n.id), class: "node", "data-id": n.id, "data-kind": n.kind || "" });
    g.append(
      svg("circle", { cx: n.x, cy: n.y, r, fill: kindColor(n.kind), stroke: "#fff", "stroke-width": 1.5 },
        svg("title", { text: `${n.name} (${n.kind || n.type}${n.actor_code ? ", " + n.actor_code : ""}): ${n.mentions} mentions` })),
      svg("text", { x: n.x + r + 2, y: n.y + 4, class: "label", text: n.name }),
    );
    root.append(g);
  }
  const kinds = [...new Set(nodes.map((n) => n.kind || "other"))].sort();
  const legend = el("div", { class: "legend" },
    kinds.map((k) => el("span", { class: "key" }, swatch(kindColor(k)), k)),
    el("br"),
    Object.entries(QUAD).map(([q, v]) => el("span", { class: "key" }, swatch(v.color, true), `${q} ${v.name}`)),
  );
  return el("section", { class: "panel", id: "network" },
    el("h2", { text: "Actor network" }),
    el("p", { class: "note" }, `${nodes.length} actors, ${links.length} dyads by quad class. Click an actor for its profile, an edge for its events.`),
    root, legend);
}

function swatch(color, line = false) {
  const s = svg("svg", { width: 14, height: 10, class: "swatch" });
  s.append(line ? svg("rect", { x: 0, y: 4, width: 14, height: 3, fill: color }) : svg("circle", { cx: 7, cy: 5, r: 5, fill: color }));
  return s;
}

