// The watchfloor dashboard: a hash router over the read-only JSON API.
import "./style.css";
import { api } from "./api.js";
import { articleView } from "./article.js";
import { el, qs } from "./dom.js";
import { entityView } from "./entity.js";
import { alertsView, claimClustersView, claimView, claimsView, clusterView, documentsView, eventsView } from "./lists.js";
import { mapView } from "./map.js";
import { networkView } from "./network.js";
import { timelineView } from "./timeline.js";

const view = document.getElementById("view");
let lastCommit; // the store commit the overview on screen was drawn from

function parse() {
  const raw = location.hash.replace(/^#/, "") || "/";
  const [path, query] = raw.split("?");
  return { parts: path.split("/").filter(Boolean).map(decodeURIComponent), params: Object.fromEntries(new URLSearchParams(query || "")) };
}

function windowForm(params) {
  const form = el("form", { class: "window", id: "window" },
    el("label", {}, "from ", el("input", { type: "date", name: "since", value: params.since || "" })),
    el("label", {}, " to ", el("input", { type: "date", name: "until", value: params.until || "" })),
    el("button", { text: "apply" }), " ", el("a", { href: "#/", text: "all dates" }));
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const data = new FormData(form);
    location.hash = "#/" + qs({ since: data.get("since"), until: data.get("until") });
  });
  return form;
}

async function overview(params) {
  const w = { since: params.since, until: params.until };
  const [stats, net, tl, places] = await Promise.all([
    api("/health"), api("/network" + qs(w)), api("/timeline" + qs(w)), api("/map" + qs(w))]);
  const s = stats.stats;
  lastCommit = stats.last_commit; // what this overview shows (see pollHealth)
  const alerts = stats.features.alerts ? alertsView(await api("/alerts" + qs({ ...w, limit: 12 }))) : null;
  return el("div", { class: "overview" },
    el("p", { class: "stats" }, el("a", { href: "#/documents", text: `${s.documents} articles` }), ` in ${s.clusters} stories · `,
      el("a", { href: "#/events", text: `${s.events} events` }), " · ", el("a", { href: "#/claims", text: `${s.claims} claims` }), ` · ${s.entities} actors`),
    windowForm(params),
    el("div", { class: "grid" }, networkView(net, w), timelineView(tl, w), mapView(places, w), alerts));
}

const routes = {
  "": overview,
  events: async (params) => eventsView(await api("/events" + qs(params)), params),
  claims: async (params) => claimsView(await api("/claims" + qs(params)), params),
  "claim-clusters": async (params) => claimClustersView(await api("/claim-clusters" + qs(params)), params),
  documents: async (params) => documentsView(await api("/documents" + qs(params)), params),
  search: async (params) => documentsView(await api("/search" + qs(params)), params, `Search: ${params.q}`),
  entity: async (params, id) => entityView(await api("/entities/" + encodeURIComponent(id))),
  doc: async (params, id) => articleView(await api("/documents/" + encodeURIComponent(id)), params.hl),
  cluster: async (params, id) => clusterView(await api("/clusters/" + encodeURIComponent(id))),
  claim: async (params, id) => claimView(await api("/claims/" + encodeURIComponent(id))),
};

let renders = 0;

async function render() {
  const mine = ++renders;
  const rendering = location.hash;
  const { parts, params } = parse();
  const handler = routes[parts[0] || ""];
  view.dataset.state = "loading";
  let node;
  try {
    node = handler ? await handler(params, parts[1]) : el("p", { text: "Unknown page." });
  } catch (err) {
    node = el("p", { class: "error", text: `Could not load: ${err.message}` });
  }
  if (mine !== renders) return; // a newer route started while this one loaded: it wins
  view.replaceChildren(node);
  // Which route this content shows: lets a reader (or a test) tell a new view from the last one.
  view.dataset.rendered = rendering;
  view.dataset.state = "ready";
  const hl = view.querySelector("mark.hl-trigger, mark.hl-claim");
  if (hl) hl.scrollIntoView({ block: "center" });
  else window.scrollTo(0, 0);
}

document.getElementById("search").addEventListener("submit", (ev) => {
  ev.preventDefault();
  const q = new FormData(ev.target).get("q");
  if (q) location.hash = "#/search" + qs({ q });
});
window.addEventListener("hashchange", render);
render();

// Live mode (serve --watch): /api/health says when the last batch committed; when that
// changes, the overview redraws itself with the new documents (other pages stay as read).
// It asks as often as the server polls its sources (--every), between 2 and 30 seconds.
async function pollHealth() {
  try {
    const health = await api("/health");
    if (!health.live) return; // not a live server: no polling
    if (health.last_commit !== lastCommit && !parse().parts[0]) render();
    setTimeout(pollHealth, 1000 * Math.min(30, Math.max(2, health.live.every_s || 30)));
  } catch (err) {
    setTimeout(pollHealth, 60000); // the server may be restarting: try again later
  }
}
pollHealth();
