// Small DOM helpers. All text goes in through textContent: article text is never parsed as HTML.
const SVG = "http://www.w3.org/2000/svg";

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  setAttrs(node, attrs);
  for (const c of children.flat(Infinity)) if (c !== null && c !== undefined) node.append(c instanceof Node ? c : String(c));
  return node;
}

export function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  setAttrs(node, attrs);
  for (const c of children.flat(Infinity)) if (c !== null && c !== undefined) node.append(c instanceof Node ? c : String(c));
  return node;
}

function setAttrs(node, attrs) {
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "text") node.textContent = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? "" : String(v));
  }
}

export function link(hash, text, attrs = {}) {
  return el("a", { href: hash, ...attrs }, text);
}

export function qs(params) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== "") p.set(k, v);
  const s = p.toString();
  return s ? "?" + s : "";
}

export const QUAD = {
  1: { name: "verbal cooperation", color: "#2b8cbe" },
  2: { name: "material cooperation", color: "#31a354" },
  3: { name: "verbal conflict", color: "#fd8d3c" },
  4: { name: "material conflict", color: "#de2d26" },
};

export const KIND_COLORS = {
  government: "#1f77b4", military: "#393b79", police: "#6b6ecf", judiciary: "#9c9ede",
  criminal_group: "#d62728", armed_group: "#ff7f0e", opposition: "#8c564b", igo: "#17becf",
  ngo: "#2ca02c", civilians: "#bcbd22", elite: "#e377c2", media: "#7f7f7f",
};

export function kindColor(kind) {
  return KIND_COLORS[kind] || "#999999";
}

// Who a claim is shown as said by: the speaker, "(unnamed source)" for an attribution
// without a named source ("claims of fraud", "critics say"), else the article's own voice.
export function speakerLabel(speaker, attributed) {
  return speaker || (attributed ? "(unnamed source)" : "(article)");
}
