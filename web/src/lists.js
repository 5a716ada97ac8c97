// Evidence lists: events, claims, documents, search hits, a story cluster, one claim.
import { QUAD, el, link, qs, speakerLabel } from "./dom.js";

function pager(base, params, page) {
  const prev = page.offset > 0 ? link(base + qs({ ...params, offset: Math.max(0, page.offset - page.limit) }), "← previous") : null;
  const next = page.next_offset !== null ? link(base + qs({ ...params, offset: page.next_offset }), "next →", { class: "next" }) : null;
  return el("p", { class: "pager" }, prev, prev && next ? " · " : "", next);
}

function filters(params) {
  const shown = Object.entries(params).filter(([k]) => k !== "offset");
  return el("p", { class: "note" }, shown.length ? "Filters: " + shown.map(([k, v]) => `${k}=${v}`).join(", ") : "No filters.");
}

const docLink = (uid, hl, text) => link(`#/doc/${encodeURIComponent(uid)}${qs({ hl })}`, text, { class: "evidence" });

export function eventsView(page, params) {
  return el("section", { class: "panel", id: "events" }, el("h2", { text: "Events" }), filters(params),
    el("table", { class: "rows" },
      el("thead", {}, el("tr", {}, ["date", "source", "event", "target", "quad", "Goldstein", "modality", "article"].map((h) => el("th", { text: h })))),
      el("tbody", {}, page.items.map((e) => el("tr", { class: "event-row", "data-event": e.id },
        el("td", { text: (e.published || "undated").slice(0, 10) }),
        el("td", {}, e.source_entity ? link("#/entity/" + encodeURIComponent(e.source_entity), e.source) : "?"),
        el("td", {}, docLink(e.document_uid, e.id, `${e.trigger || ""} (${e.code} ${e.event_name || ""})`)),
        el("td", {}, e.target_entity ? link("#/entity/" + encodeURIComponent(e.target_entity), e.target) : "?"),
        el("td", { class: "q" + e.quad_class, text: QUAD[e.quad_class].name }),
        el("td", { text: String(e.goldstein) }),
        el("td", { text: ["negated", "hypothetical", "alleged", "future"].filter((k) => e[k]).join(", ") || "asserted" }),
        el("td", {}, docLink(e.document_uid, e.id, `${e.outlet || e.document}`)))))),
    pager("#/events", params, page));
}

export function claimsView(page, params) {
  return el("section", { class: "panel", id: "claims" }, el("h2", { text: "Claims" }), filters(params),
    el("table", { class: "rows" },
      el("thead", {}, el("tr", {}, ["speaker", "cue", "content", "hedges", "check-worthiness", "stories", "article"].map((h) => el("th", { text: h })))),
      el("tbody", {}, page.items.map((c) => el("tr", {},
        el("td", { text: speakerLabel(c.speaker, c.attributed) }), el("td", { text: c.cue || "" }),
        el("td", {}, docLink(c.document_uid, c.id, c.content.slice(0, 180))),
        el("td", { text: c.hedges.join(", ") }),
        el("td", { text: c.check_worthiness === null ? "" : c.check_worthiness.toFixed(2) }),
        el("td", {}, link("#/claim/" + encodeURIComponent(c.id), String(c.independent_sources))),
        el("td", {}, docLink(c.document_uid, c.id, c.outlet || c.document)))))),
    pager("#/claims", params, page));
}

// language of each document, and whether watchfloor coded it (nlp/routing.py)
export function codingNote(coding) {
  return coding && coding.startsWith("not_coded") ? ", not coded" : "";
}

export function documentsView(page, params, title = "Documents") {
  return el("section", { class: "panel", id: "documents" }, el("h2", { text: title }), filters(params),
    el("ul", { class: "docs" }, page.items.map((d) => el("li", {},
      link("#/doc/" + encodeURIComponent(d.uid), d.title || d.id), ` — ${d.outlet || "?"}, ${(d.published || "undated").slice(0, 10)}`,
      el("span", { class: "lang", text: ` [${d.language || "?"}${codingNote(d.coding)}]` }),
      d.events !== undefined ? ` · ${d.events} events, ${d.claims} claims` : "",
      d.snippet ? el("div", { class: "snippet", text: "…" + d.snippet.text + "…" }) : null))),
    pager(title === "Documents" ? "#/documents" : "#/search", params, page));
}

export function clusterView(c) {
  return el("section", { class: "panel", id: "cluster" }, el("h2", { text: `Story cluster ${c.id}` }),
    el("p", { class: "note", text: `${c.n_documents} copies from ${c.n_outlets} outlets; first published ${c.first_published || "undated"}.` }),
    el("ul", {}, c.documents.map((d) => el("li", {}, link("#/doc/" + encodeURIComponent(d.uid), d.title || d.id),
      ` — ${d.outlet || "?"}, ${d.published || "undated"}${d.is_earliest ? " (earliest)" : ""}`))));
}

export function claimView(c) {
  return el("section", { class: "panel", id: "claim" }, el("h2", { text: "Claim" }),
    el("blockquote", { text: c.content }),
    el("p", { class: "meta", text: `${speakerLabel(c.speaker, c.attributed)} ${c.cue || ""} · hedges: ${c.hedges.join(", ") || "none"} · check-worthiness ${c.check_worthiness ?? ""}` }),
    el("h3", { text: `Carried by ${c.independent_sources} independent stories (${c.corroboration.length} articles)` }),
    el("ul", {}, c.corroboration.map((r) => el("li", {}, docLink(r.document_uid, r.id, `${r.outlet || r.document}, ${r.published || "undated"}`), ` — story ${r.story}`))),
    c.paraphrases ? clusterBlock(c.paraphrases, "The same claim in other words") : null);
}

const claimUid = (id) => id.slice(0, id.lastIndexOf(":"));

function clusterBlock(k, title) {
  return el("div", { class: "claim-cluster" },
    el("h3", { text: `${title}: ${k.claim_ids.length} claims, ${k.stories} independent stories, ${k.outlets} outlets` }),
    el("p", { class: "meta", text: `Speakers: ${k.speakers.join(", ") || "(article)"}` }),
    el("p", {}, k.claim_ids.map((id, i) => [i ? " · " : "", docLink(claimUid(id), id, id)])),
    k.contradictions.length ? el("div", { class: "contradictions" }, el("h4", { text: "Contradicting figures" }),
      el("ul", {}, k.contradictions.map((x) => el("li", {}, `${x.quantity}: `,
        x.sides.map((s, i) => [i ? " vs " : "", docLink(claimUid(s.claim), s.claim, `${s.figure} (${s.speaker || s.outlet})`)]))))) : null);
}

export function claimClustersView(page, params) {
  return el("section", { class: "panel", id: "claim-clusters" }, el("h2", { text: "Claim clusters" }), filters(params),
    el("p", {}, link("#/claim-clusters" + qs({ contradicted: "true" }), "only those with contradicting figures")),
    page.items.map((k) => el("div", { class: "cluster-row" }, el("blockquote", { text: k.claim }), clusterBlock(k, "Cluster"))),
    pager("#/claim-clusters", params, page));
}

export function alertsView(page) {
  return el("section", { class: "panel", id: "alerts" }, el("h2", { text: "Escalation alerts" }),
    el("p", { class: "note", text: "Days on which a dyad or an actor departs from its baseline (robust z-score; docs/alerts.md)." }),
    page.items.length ? el("ol", { class: "items" }, page.items.slice(0, 12).map((a) => el("li", {},
      el("b", { text: `${a.day} ${a.label}` }), ` — ${a.triggers.join(", ")}; ${a.count} events in ${a.stories} stories, Goldstein ${a.goldstein_sum}: `,
      a.events.slice(0, 6).map((e, i) => [i ? ", " : "", docLink(e.document_uid, e.event_id, `${e.trigger || e.code} (${e.outlet || e.document})`)]),
      a.events.length > 6 ? ` and ${a.events.length - 6} more` : ""))) : el("p", { text: "No alerts in this window." }));
}
