/**
 * Plot numbers its marker and clip-path ids from a global counter ("plot-marker-7"), so the same
 * figure gets different ids depending on what was drawn before it. Renaming them by figure and
 * order of appearance makes every render of a figure identical (build, browser, permalink hash)
 * and keeps ids unique on a page with several figures. Works on any DOM (linkedom or a browser).
 */
const REFERRERS = `${["clip-path", "marker-start", "marker-mid", "marker-end", "mask", "filter", "fill", "stroke"].map((a) => `[${a}^="url(#plot-"]`).join(",")},[href^="#plot-"]`;

export function stabiliseIds(root: Element, prefix: string): void {
  const renames = new Map<string, string>();
  const withIds = [root, ...root.querySelectorAll('[id^="plot-"]')].filter((el) => el.getAttribute("id")?.startsWith("plot-"));
  withIds.forEach((el, i) => {
    const old = el.getAttribute("id")!;
    const next = `${prefix}-${i + 1}`;
    renames.set(old, next);
    el.setAttribute("id", next);
  });
  if (!renames.size) return;
  // Plot refers to its ids only as url(#…) in these attributes (marker.js, style.js, waffle.js in
  // Plot 0.6); looking only there keeps this cheap on figures with hundreds of elements.
  for (const el of [root, ...root.querySelectorAll(REFERRERS)]) {
    for (const attr of [...el.attributes]) {
      if (!attr.value.includes("#plot-")) continue;
      const value = attr.value.replace(/#(plot-[\w-]+)/g, (m, id: string) => (renames.has(id) ? `#${renames.get(id)}` : m));
      if (value !== attr.value) el.setAttribute(attr.name, value);
    }
  }
}

/**
 * Everything a rendered figure needs before it reaches the page, identical at build and in the
 * browser: stable ids, and the SVG hidden from assistive technology (its container is a labelled
 * role="img" and the caption, description and data table carry the content; Plot's aria-label on
 * plain <g> elements is not allowed there).
 */
export function finishFigureSvg(root: Element, prefix: string, style?: string): void {
  stabiliseIds(root, prefix);
  root.setAttribute("aria-hidden", "true");
  if (style) root.setAttribute("style", style);
}
