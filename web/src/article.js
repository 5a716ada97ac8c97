// Article view: the text with every entity mention, event trigger and claim highlighted.
// The selected event or claim (?hl=ID) is marked and scrolled into view.
import { QUAD, el, link, qs, speakerLabel } from "./dom.js";
import { codingNote } from "./lists.js";

function spansOf(doc, hl) {
  const spans = [];
  for (const m of doc.mentions) spans.push({ start: m.start, end: m.end, cls: "ent", kind: m.kind, title: `${m.name} (${m.kind || m.type})` });
  for (const e of doc.events) {
    const sel = e.id === hl;
    if (e.trigger) spans.push({ ...e.trigger, cls: "trigger", id: e.id, sel, quad: e.quad_class, title: `${e.code} ${e.event_name || ""}: ${e.source || "?"} → ${e.target || "?"}` });
    if (sel && e.sentence) spans.push({ ...e.sentence, cls: "sentence", id: e.id, sel });
  }
  for (const c of doc.claims) {
    const sel = c.id === hl;
    if (c.content) spans.push({ ...c.content, cls: "claim", id: c.id, sel, title: `claim by ${c.speaker ? c.speaker.text : "the article"}` });
    if (c.speaker) spans.push({ ...c.speaker, cls: "speaker", id: c.id, sel });
    if (c.cue) spans.push({ ...c.cue, cls: "cue", id: c.id, sel });
    for (const h of c.hedges) spans.push({ ...h, cls: "hedge", id: c.id, sel, title: "hedge" });
  }
  return spans.filter((s) => s.end > s.start);
}

function highlighted(doc, hl) {
  const text = doc.text;
  const spans = spansOf(doc, hl);
  const cuts = new Set([0, text.length]);
  for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
  const out = el("div", { class: "article-text" });
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i], b = points[i + 1];
    const over = spans.filter((s) => s.start <= a && s.end >= b);
    const piece = text.slice(a, b);
    if (!over.length) { out.append(piece); continue; }
    const classes = new Set();
    const titles = [];
    let target = null;
    for (const s of over) {
      classes.add(s.cls);
      if (s.sel) classes.add("hl");
      if (s.sel && (s.cls === "trigger" || s.cls === "claim")) classes.add("hl-" + s.cls);
      if (s.quad) classes.add("q" + s.quad);
      if (s.title) titles.push(s.title);
      if (!target && s.id && (s.cls === "trigger" || s.cls === "claim")) target = s.id;
    }
    const seg = el(classes.has("hl") ? "mark" : "span", { class: [...classes].join(" "), title: titles.join("\n") || null }, piece);
    if (target) {
      seg.dataset.target = target;
      seg.addEventListener("click", () => { location.hash = `#/doc/${encodeURIComponent(doc.uid)}${qs({ hl: target })}`; });
    }
    out.append(seg);
  }
  return out;
}

export function articleView(doc, hl) {
  const events = el("ol", { class: "items" }, doc.events.map((e) => el("li", { class: e.id === hl ? "sel" : "" },
    link(`#/doc/${encodeURIComponent(doc.uid)}${qs({ hl: e.id })}`, `${e.trigger ? e.trigger.text : e.code}`, { class: "event-link", "data-event": e.id }),
    ` ${e.code} ${e.event_name || ""} — `,
    e.source_entity ? link("#/entity/" + encodeURIComponent(e.source_entity), e.source) : "?", " → ",
    e.target_entity ? link("#/entity/" + encodeURIComponent(e.target_entity), e.target) : "?",
    el("span", { class: "quad q" + e.quad_class, text: ` ${QUAD[e.quad_class].name}` }),
    ["negated", "hypothetical", "alleged", "future"].filter((k) => e[k]).map((k) => el("span", { class: "mod", text: ` ${k}` })))));
  const claims = el("ol", { class: "items" }, doc.claims.map((c) => el("li", { class: c.id === hl ? "sel" : "" },
    link(`#/doc/${encodeURIComponent(doc.uid)}${qs({ hl: c.id })}`, c.speaker ? c.speaker.text : speakerLabel(null, c.attributed), { class: "claim-link" }),
    c.cue ? ` ${c.cue.text}: ` : ": ", (c.content ? c.content.text : "").slice(0, 140),
    c.hedges.length ? el("span", { class: "mod", text: ` hedged (${c.hedges.map((h) => h.text).join(", ")})` }) : null,
    " ", link("#/claim/" + encodeURIComponent(c.id), "corroboration"))));
  const view = el("article", { class: "panel", id: "article" },
    el("h2", { class: "title" }, doc.title || doc.id),
    el("p", { class: "meta" }, `${doc.outlet || "unknown outlet"} · ${doc.published || "undated"} · `,
      el("span", { class: "lang", text: `language: ${doc.language || "unknown"}${codingNote(doc.coding)}` }), " · ",
      link("#/cluster/" + encodeURIComponent(doc.story), "story cluster"), doc.url ? " · " : "", doc.url ? el("span", { class: "url", text: doc.url }) : null),
    el("p", { class: "legend" }, el("span", { class: "ent", text: "entity" }), " ", el("span", { class: "trigger", text: "event" }), " ",
      el("span", { class: "claim", text: "claim" }), " ", el("span", { class: "speaker", text: "speaker" }), " ", el("span", { class: "hedge", text: "hedge" })),
    highlighted(doc, hl),
    el("h3", { text: `Events (${doc.events.length})` }), events,
    el("h3", { text: `Claims (${doc.claims.length})` }), claims);
  return view;
}
