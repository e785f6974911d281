/**
 * A rehype plugin: display math, tables and code blocks scroll horizontally on narrow screens, so
 * each becomes keyboard-focusable (tabindex="0") and labelled, as WCAG's scrollable-region rule asks.
 * A Markdown table is wrapped in `div.table-scroll` (unless an essay already wrapped it), so a wide
 * table scrolls in its own box instead of widening the page on a phone.
 */
import type { Element, Root } from "hast";

function visit(node: Root | Element, fn: (el: Element) => void) {
  for (const child of node.children) {
    if (child.type === "element") {
      fn(child);
      visit(child, fn);
    }
  }
}

function compact(katex: Element, math: Element) {
  const semantics = math.children.find((c): c is Element => c.type === "element" && c.tagName === "semantics");
  if (!semantics) return;
  const [row, annotation] = semantics.children.filter((c): c is Element => c.type === "element");
  if (!row || annotation?.tagName !== "annotation") return;
  const tex = annotation.children.map((c) => (c.type === "text" ? c.value : "")).join("");
  katex.properties = { ...katex.properties, dataTex: tex };
  math.children = row.tagName === "mrow" ? row.children : [row];
}

export default function rehypeScrollable() {
  return (tree: Root) => {
    const wrapped = new WeakSet<Element>();
    visit(tree, (el) => {
      // hast types className as string[], but a plugin earlier in the chain may have set a string.
      const classes: unknown = el.properties?.className;
      const list = Array.isArray(classes) ? classes.map(String) : typeof classes === "string" ? classes.split(" ") : [];
      // MathML-only KaTeX (src/render/math.ts): drop <semantics>, its <annotation> (the TeX goes
      // to data-tex) and the formula's outer <mrow>, as compactMathml does for <Equation>.
      const math = el.children?.[0];
      if (list.includes("katex") && math?.type === "element" && math.tagName === "math") compact(el, math);
      if (list.includes("katex") && !wrapped.has(el) && math?.type === "element" && math.tagName === "math" && math.properties?.display === "block") {
        const inner: Element = { ...el };
        wrapped.add(inner);
        el.tagName = "span";
        el.properties = { className: ["katex-display"], tabIndex: 0, role: "group", ariaLabel: "Equation (scrolls sideways on narrow screens)" };
        el.children = [inner];
        return;
      }
      if (list.includes("table-scroll")) {
        for (const c of el.children) if (c.type === "element" && c.tagName === "table") wrapped.add(c);
        return;
      }
      if (el.tagName === "table" && !wrapped.has(el)) {
        const inner: Element = { ...el };
        wrapped.add(inner);
        el.tagName = "div";
        el.properties = { className: ["table-scroll"], tabIndex: 0, role: "region", ariaLabel: "Table (scrolls sideways on narrow screens)" };
        el.children = [inner];
        return;
      }
      if (list.includes("katex-display")) {
        el.properties = { ...el.properties, tabIndex: 0, role: "group", ariaLabel: "Equation (scrolls sideways on narrow screens)" };
      } else if (el.tagName === "pre") {
        el.properties = { ...el.properties, tabIndex: 0 };
      }
    });
  };
}
