// Entity page: codes, aliases, designations, mentions over time, documents, counterparts.
import { QUAD, el, kindColor, link, qs, svg } from "./dom.js";

export function entityView(p) {
  const days = p.mentions_by_day.filter((d) => d.day);
  const max = Math.max(1, ...days.map((d) => d.mentions));
  const W = 560, H = 90;
  const bars = svg("svg", { viewBox: `0 0 ${W} ${H + 16}`, class: "mentions" });
  days.forEach((d, i) => {
    const w = Math.max(3, W / Math.max(1, days.length) - 3);
    const h = (d.mentions / max) * H;
    const x = i * (W / Math.max(1, days.length));
    bars.append(svg("rect", { x, y: H - h, width: w, height: h, fill: kindColor(p.kind) }, svg("title", { text: `${d.day}: ${d.mentions} mentions in ${d.documents} documents` })));
  });
  return el("section", { class: "panel", id: "entity" },
    el("h2", { class: "title", text: p.name }),
    el("p", { class: "meta" }, `${p.type}${p.kind ? " · " + p.kind : ""} · code ${p.actor_code || "—"} · country ${p.country || "—"} · id ${p.entity_id}`),
    el("p", {}, el("b", { text: "Aliases: " }), p.aliases.join(", ")),
    p.designations.length ? el("ul", { class: "designations" }, p.designations.map((d) => el("li", { text: `${d.list || "designation"} — ${d.authority || ""} ${d.date || ""}` }))) : null,
    p.attributes.role ? el("p", { text: `Role: ${p.attributes.role}` }) : null,
    el("p", {}, link("#/events" + qs({ actor: p.entity_id }), "all events with this actor"), " · ", link("#/claims" + qs({ speaker: p.name }), "claims by this actor")),
    el("h3", { text: "Mentions over time" }), bars,
    el("h3", { text: `Counterparts (${p.counterparts.length})` }),
    el("table", {}, el("thead", {}, el("tr", {}, ["counterpart", "role", "events", "Goldstein", "main quad"].map((h) => el("th", { text: h })))),
      el("tbody", {}, p.counterparts.map((c) => el("tr", {},
        el("td", {}, link("#/entity/" + encodeURIComponent(c.entity_id), c.name)),
        el("td", { text: c.role === "source" ? "acted on" : "acted on by" }),
        el("td", {}, link("#/events" + qs({ dyad: c.role === "source" ? `${p.entity_id},${c.entity_id}` : `${c.entity_id},${p.entity_id}` }), String(c.events))),
        el("td", { text: String(c.goldstein_sum) }),
        el("td", { class: "q" + c.main_quad, text: c.main_quad ? QUAD[c.main_quad].name : "" }))))),
    el("h3", { text: `Documents (${p.documents.length})` }),
    el("ul", {}, p.documents.map((d) => el("li", {}, link("#/doc/" + encodeURIComponent(d.id), d.title || d.id), ` — ${d.outlet || "?"}, ${d.published || "undated"}, ${d.mentions} mentions`))));
}
