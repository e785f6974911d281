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
    .map((d) =>
      d
        .trim()
        .replace(/\s*:\s*/, ":")
        .replace(/"/g, "'"),
    )
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
  // Adjacent text nodes (a parser may split "x &lt; y" into three) are one run of text.
  let inner = "";
  let text = "";
  const flush = () => {
    const t = text.replace(/\s+/g, " ").trim();
    if (t) inner += round(t).replace(/&/g, "&amp;").replace(/</g, "&lt;");
    text = "";
  };
  for (const child of node.childNodes) {
    if (child.nodeType === 3) text += child.textContent ?? "";
    else if (child.nodeType === 1) {
      flush();
      inner += serialise(child as Element);
    }
  }
  flush();
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

const ANY_NUMBER = /-?\d+(?:\.\d+)?(?:e-?\d+)?/g;

/**
 * Compare two SVGs after normalisation, letting numbers differ by up to `tolerance` (user units):
 * JavaScript engines may differ in the last bit of Math.pow/exp, which can flip a coordinate
 * across a rounding boundary (167.9275 → 167.927 or 167.928). Returns "" when equivalent, else
 * a short description of the first difference.
 */
export function svgDifference(a: string, b: string, tolerance = 0.002): string {
  const na = normaliseSvg(a);
  const nb = normaliseSvg(b);
  if (na === nb) return "";
  const textA = na.split(ANY_NUMBER);
  const textB = nb.split(ANY_NUMBER);
  const numsA = na.match(ANY_NUMBER) ?? [];
  const numsB = nb.match(ANY_NUMBER) ?? [];
  if (textA.length !== textB.length || numsA.length !== numsB.length) return `structure differs near: ${firstDiff(na, nb)}`;
  for (let i = 0; i < textA.length; i++)
    if (textA[i] !== textB[i]) return `text differs: ${JSON.stringify(textA[i]?.slice(0, 80))} vs ${JSON.stringify(textB[i]?.slice(0, 80))}`;
  for (let i = 0; i < numsA.length; i++) {
    if (Math.abs(Number(numsA[i]) - Number(numsB[i])) > tolerance)
      return `number ${i} differs: ${numsA[i]} vs ${numsB[i]} near ${JSON.stringify(textA[i]?.slice(-60))}`;
  }
  return "";
}

function firstDiff(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `${JSON.stringify(a.slice(Math.max(0, i - 60), i + 40))} vs ${JSON.stringify(b.slice(Math.max(0, i - 60), i + 40))}`;
}
