// Map of geocoded events on an offline basemap: world-atlas country shapes, no tiles.
import { geoCentroid, geoNaturalEarth1, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import world from "world-atlas/countries-110m.json";
import { QUAD, el, qs, svg } from "./dom.js";

const countries = feature(world, world.objects.countries).features;

export function mapView(data, window) {
  const W = 760, H = 420;
  const byIso = new Map(countries.map((f) => [String(f.id).padStart(3, "0"), f]));
  const points = [];
  for (const p of data.places) {
    let lonlat = p.lon !== null && p.lat !== null ? [p.lon, p.lat] : null;
    if (!lonlat && p.iso_numeric && byIso.has(p.iso_numeric)) lonlat = geoCentroid(byIso.get(p.iso_numeric));
    if (lonlat) points.push({ ...p, lonlat });
  }
  const focus = { type: "MultiPoint", coordinates: points.map((p) => p.lonlat) };
  const projection = geoNaturalEarth1();
  if (points.length > 1) projection.fitExtent([[40, 40], [W - 40, H - 40]], focus);
  else projection.fitSize([W, H], { type: "Sphere" });
  const path = geoPath(projection);
  const shaded = new Set(data.places.filter((p) => p.precision === "country").map((p) => p.iso_numeric));
  const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, class: "map", role: "img", "aria-label": "map of events" });
  root.append(svg("rect", { x: 0, y: 0, width: W, height: H, class: "sea" }));
  for (const f of countries) {
    const iso = String(f.id).padStart(3, "0");
    root.append(svg("path", { d: path(f), class: shaded.has(iso) ? "land hot" : "land" },
      svg("title", { text: f.properties.name })));
  }
  const max = Math.max(1, ...points.map((p) => p.events));
  for (const p of points.sort((a, b) => b.events - a.events)) {
    const [x, y] = projection(p.lonlat);
    const main = Object.entries(p.by_quad).sort((a, b) => b[1] - a[1])[0][0];
    const a = svg("a", { href: "#/events" + qs({ place: p.name, ...window }), class: "place", "data-name": p.name });
    a.append(
      svg("circle", { cx: x, cy: y, r: 4 + 14 * Math.sqrt(p.events / max), fill: QUAD[main].color, "fill-opacity": 0.65, stroke: "#222" },
        svg("title", { text: `${p.name} (${p.precision}): ${p.events} events` })),
      svg("text", { x: x + 6, y: y - 6, class: "label", text: `${p.name} ${p.events}` }),
    );
    root.append(a);
  }
  return el("section", { class: "panel", id: "map" },
    el("h2", { text: "Map" }),
    el("p", { class: "note" }, `Events placed where their sentence names a location (${points.length} places; countries at their centroid).`,
      data.unplaced.length ? ` Not placed: ${data.unplaced.join(", ")}.` : ""),
    root);
}
