/**
 * A rehype plugin: display math and code blocks scroll horizontally on narrow screens, so each
 * becomes keyboard-focusable (tabindex="0") and labelled, as WCAG's scrollable-region rule asks.
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

export default function rehypeScrollable() {
  return (tree: Root) => {
    visit(tree, (el) => {
      // hast types className as string[], but a plugin earlier in the chain may have set a string.
      const classes: unknown = el.properties?.className;
      const list = Array.isArray(classes) ? classes.map(String) : typeof classes === "string" ? classes.split(" ") : [];
      if (list.includes("katex-display")) {
        el.properties = { ...el.properties, tabIndex: 0, role: "group", ariaLabel: "Equation (scrolls sideways on narrow screens)" };
      } else if (el.tagName === "pre") {
        el.properties = { ...el.properties, tabIndex: 0 };
      }
    });
  };
}
