/**
 * Canonical form of a Plot SVG, for comparing a build render with a browser render and for the
 * permalink hashes: attributes sorted, `style` declarations sorted, numbers rounded to 3 decimals,
 * whitespace between tags dropped. (Plot adds half-pixel offsets at devicePixelRatio 1 in the
 * browser only, so parity is checked at DPR 2.)
 */
import { createHash } from "node:crypto";
import { parseHTML } from "linkedom";

const NUMBER = /-?\d+\.\d+(?:e-?\d+)?/g;

function round(text: string): string {
  return text.replace(NUMBER, (n) => String(Math.round(Number(n) * 1000) / 1000));
}

function normaliseStyle(style: string): string {
  return style
    .split(";")
    .map((d) => d.trim().replace(/\s*:\s*/, ":").replace(/"/g, "'"))
    .filter(Boolean)
    .sort()
    .join(";");
}

function serialise(node: Element): string {
  const tag = node.tagName.toLowerCase();
  const attrs = [...node.attributes]
    .map((a) => [a.name, a.name === "style" ? normaliseStyle(a.value) : round(a.value)] as const)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => ` ${k}="${v.replace(/&/g, "&amp;").replace(/"/g, "&quot;")}"`)
    .join("");
  let inner = "";
  for (const child of node.childNodes) {
    if (child.nodeType === 1) inner += serialise(child as Element);
    else if (child.nodeType === 3) {
      const text = (child.textContent ?? "").replace(/\s+/g, " ");
      if (text.trim()) inner += round(text.trim()).replace(/&/g, "&amp;").replace(/</g, "&lt;");
    }
  }
  return `<${tag}${attrs}>${inner}</${tag}>`;
}

export function normaliseSvg(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const root = document.body.firstElementChild;
  return root ? serialise(root as unknown as Element) : "";
}

export function svgHash(html: string): string {
  return createHash("sha256").update(normaliseSvg(html)).digest("hex").slice(0, 16);
}
