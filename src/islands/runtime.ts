/**
 * Lazy runtime (dynamic import): the page's model and Plot. Recomputes values and re-renders
 * figures in view in the same animation frame as the input; figures out of view are marked
 * stale and re-rendered when they scroll in. Errors keep the last good figure and say why.
 */
import type { Model, Params, Row } from "../models/define.ts";
import { plotFigure } from "../draw/figure.ts";
import { warmPlotSteps } from "../draw/warm.ts";
import { FIGURE_WIDTH, NARROW_QUERY, NARROW_WIDTH } from "../models/figure.ts";
import { formatNumber } from "../lib/format.ts";
import { paramValueText, stepParam } from "../models/params.ts";
import type { LawScope } from "./essay.ts";
import { whenIdle } from "./idle.ts";
import { download, figureFiles, updateCitations } from "./cite.ts";
import type { SiteInfo } from "../models/state.ts";

// Loaders by model folder (src/models/<name>/index.ts, which brings its figure files with it).
const modules = import.meta.glob<{ default: Model }>("../models/*/index.ts");

export interface Runtime {
  model: Model;
  update(scope: LawScope, params: Record<string, number>, changed: string[]): void;
  /** Refresh citations (after the URL state settles). */
  cite(scope: LawScope, params: Record<string, number>): void;
  /** For `npm run bench` only: its hooks (./bench.ts), a separate chunk that readers never download. */
  bench(scope: LawScope): Promise<import("./bench.ts").BenchHooks>;
  /** Download a figure in the current state. */
  download(scope: LawScope, figure: string, format: string): Promise<void>;
  /** Render each figure near the viewport once off-DOM, one per idle period, so the first real update is fast; the rest as they approach. */
  warm(scope: LawScope): Promise<void>;
  /** Render a figure; `interactive: false` draws exactly what the build draws (no tips). */
  render(figure: string, params: Params, interactive?: boolean, width?: number): { svg: Element; rows: Row[] };
}

export async function createRuntime(name: string): Promise<Runtime> {
  const load = modules[`../models/${name}/index.ts`];
  if (!load) throw new Error(`no model named ${name}`);
  const model = (await load()).default;
  const observers = new WeakMap<LawScope, IntersectionObserver>();
  const visible = new WeakSet<Element>();
  const announce = new WeakMap<Element, number>();
  const pendingTables = new WeakMap<HTMLDetailsElement, () => void>();
  // Per value: the parameters its computation read last time (its text is on the page). Values
  // read the current parameters through `tracked`, whose getters note each read in `reads`.
  const deps = new Map<string, Set<string>>();
  let reads = new Set<string>();
  const tracked = Object.defineProperties(
    {},
    Object.fromEntries(
      model.paramNames.map((n) => [
        n,
        {
          enumerable: true,
          get: () => {
            reads.add(n);
            return current[n];
          },
        },
      ]),
    ),
  ) as Params;
  const indexes = new WeakMap<LawScope, ScopeIndex>();
  // Fill a table that changed while closed when it opens.
  document.addEventListener(
    "toggle",
    (event) => {
      const details = event.target as HTMLDetailsElement;
      if (!details.open) return;
      const fill = pendingTables.get(details);
      if (fill) {
        pendingTables.delete(details);
        fill();
      }
    },
    true,
  );
  let current: Params = model.defaults;

  const narrow = matchMedia(NARROW_QUERY);

  function render(figure: string, params: Params, interactive = true, width = FIGURE_WIDTH) {
    const rows = model.figures[figure]!.compute(params);
    return { svg: draw(figure, rows, params, interactive, width), rows };
  }

  function draw(figure: string, rows: Row[], params: Params, interactive = true, width = FIGURE_WIDTH) {
    return plotFigure(model.figures[figure]!, rows, params, {
      interactive,
      width,
      idPrefix: width === FIGURE_WIDTH ? `${model.name}-${figure}` : `${model.name}-${figure}-narrow`,
      reuseAxes: true,
    });
  }

  /** `print`: also draw the wide variant (paper always shows it) and show the description at once. */
  function drawFigure(el: HTMLElement, params: Params, print = false) {
    const name = el.getAttribute("name") ?? "";
    const spec = model.figures[name];
    const figure = el.closest("figure");
    if (!spec || !figure) return;
    const started = performance.now();
    try {
      // Draw the variant on screen (wide, or narrow on phones); the other follows if the layout changes.
      const { svg, rows } = render(name, params, true, narrow.matches ? NARROW_WIDTH : FIGURE_WIDTH);
      swapSvg(el.querySelector(narrow.matches ? ".figure-plot-narrow" : ".figure-plot-wide"), svg);
      if (print && narrow.matches) swapSvg(el.querySelector(".figure-plot-wide"), render(name, params, true, FIGURE_WIDTH).svg);
      el.dataset.drawn = narrow.matches ? "narrow" : "wide";
      const caption = figure.querySelector(".figure-caption");
      if (caption && typeof spec.caption === "function") caption.textContent = spec.caption(params);
      // The data table is rebuilt only while it is open (it can hold hundreds of rows); a closed
      // one is marked and filled when the reader opens it.
      // In an essay the table is on the figure page, one click away (the link carries the state).
      const dataLink = figure.querySelector("a.figure-data-link");
      if (dataLink) dataLink.textContent = `Data table (${rows.length} rows) and figure page`;
      const details = figure.querySelector<HTMLDetailsElement>("details.figure-data");
      if (details) {
        const summary = details.querySelector("summary");
        if (summary) summary.textContent = `Data table (${rows.length} rows)`;
        if (details.open) fillTable(figure, spec.columns, rows);
        else pendingTables.set(details, () => fillTable(figure, spec.columns, rows));
      }
      // Announce the new description politely, once the reader pauses (and only then write it:
      // nobody reads the descriptions of the states passed through while dragging).
      const target = figure.querySelector(".figure-description-text");
      clearTimeout(announce.get(el));
      if (target && print) target.textContent = spec.describe(rows, params);
      else if (target)
        announce.set(
          el,
          window.setTimeout(() => (target.textContent = spec.describe(rows, params)), 400),
        );
      delete el.dataset.stale;
      el.querySelector(".figure-error")?.remove();
      performance.measure("law-draw", { start: started, detail: name });
    } catch (error) {
      let note = el.querySelector(".figure-error");
      if (!note) {
        note = document.createElement("p");
        note.className = "figure-error";
        note.setAttribute("role", "status");
        el.append(note);
      }
      note.textContent = `Could not redraw at these values (${(error as Error).message}); showing the last good figure.`;
    }
  }

  function observe(scope: LawScope) {
    if (observers.has(scope)) return;
    // Crossing the phone breakpoint after a change: redraw what is now on screen.
    narrow.addEventListener("change", () => {
      if (current === model.defaults) return;
      for (const el of scope.querySelectorAll<HTMLElement>("law-figure")) if (visible.has(el)) drawFigure(el, current);
    });
    // Printing puts every figure on paper in the current state: draw the stale ones (and, on a
    // phone, the wide variant print uses) now; the page is laid out for print after this event.
    addEventListener("beforeprint", () => {
      for (const el of scope.querySelectorAll<HTMLElement>("law-figure")) {
        if (el.dataset.stale !== undefined || el.dataset.drawn === "narrow") drawFigure(el, current, true);
      }
    });
    const io = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const el = figureIn(entry.target);
          if (!el) continue;
          if (entry.isIntersecting) {
            visible.add(el);
            if (el.dataset.stale !== undefined) drawFigure(el, current);
          } else visible.delete(el);
        }
      },
      { rootMargin: "200px 0px" },
    );
    // Know what is in view now, before the observer's first (asynchronous) report.
    const margin = 200;
    for (const el of scope.querySelectorAll("law-figure")) {
      const r = placeOf(el);
      if (r.bottom > -margin && r.top < innerHeight + margin) visible.add(el);
      io.observe(boxOf(el));
    }
    observers.set(scope, io);
  }

  const site = (scope: LawScope): SiteInfo => ({ site: scope.spec.site, version: scope.spec.version, year: scope.spec.year });

  const runtime: Runtime = {
    model,
    render,
    bench(scope) {
      return import("./bench.ts").then((m) => m.benchHooks(runtime, scope));
    },
    cite(scope, params) {
      updateCitations(scope, model, params as Params, site(scope));
    },
    async download(scope, figure, format) {
      const { svg, rows } = render(figure, current, false);
      const files = figureFiles(model, figure, current, site(scope), svg.outerHTML, rows);
      const panel = scope.querySelector(`.figure-cite[data-figure="${figure}"]`);
      await download(format, files, `${model.name}-${figure}`, {
        title: model.figures[figure]!.title,
        url: panel?.querySelector(".cite-url")?.textContent ?? "",
        citation: panel?.querySelector(".cite-text")?.textContent ?? "",
      });
    },
    async warm(scope) {
      observe(scope);
      // One figure per idle period keeps each task short (JIT and Plot's code paths warm up).
      const names = [...new Set(indexFor(scope).figures.map((f) => f.el.getAttribute("name") ?? ""))];
      // Every value once (writing any that differ), so the first change recomputes only what it
      // touches; and the pure helpers a key press runs (step, format, spoken text).
      await whenIdle(1000, 50);
      refreshValues(scope, model.paramNames);
      for (const spec of Object.values(scope.spec.params)) paramValueText(spec, stepParam(spec, spec.default, 1));
      // Plot's code compiled in small steps first (../draw/warm.ts: a first render would cost
      // 60–80 ms at 4× CPU while Plot is cold), one per idle period. Then each figure once, at
      // the width on screen (a phone draws the narrow render), its rows and its draw in idle
      // periods of their own: the figures within a screen of the viewport now, the others when
      // the reader scrolls to within a screen of them (issue 16: no long tasks at load).
      const plotWarm = (async () => {
        for (const step of warmPlotSteps) {
          await whenIdle(1000, 50);
          step();
        }
      })();
      const warmed = new Set<string>();
      let queue = Promise.resolve();
      const warmFigure = (name: string) =>
        (queue = queue.then(async () => {
          if (warmed.has(name)) return;
          warmed.add(name);
          const width = narrow.matches ? NARROW_WIDTH : FIGURE_WIDTH;
          await whenIdle(1000, 50);
          const params = current;
          const rows = model.figures[name]!.compute(params);
          await plotWarm;
          await whenIdle(1000, 50);
          draw(name, rows, params, true, width);
        }));
      const near = (el: Element) => {
        const r = placeOf(el);
        return r.bottom > -innerHeight && r.top < 2 * innerHeight;
      };
      const figures = [...scope.querySelectorAll<HTMLElement>("law-figure")];
      const later = new IntersectionObserver(
        (entries) => {
          for (const entry of entries) {
            if (!entry.isIntersecting) continue;
            later.unobserve(entry.target);
            void warmFigure(figureIn(entry.target)?.getAttribute("name") ?? "");
          }
        },
        { rootMargin: "100% 0px" },
      );
      for (const el of figures) if (!near(el)) later.observe(boxOf(el));
      await Promise.all(names.filter((name) => figures.some((el) => el.getAttribute("name") === name && near(el))).map(warmFigure));
      await plotWarm;
    },
    update(scope, params, changed) {
      const started = performance.now();
      observe(scope);
      current = { ...params } as Params;
      refreshValues(scope, changed);
      performance.measure("law-values", { start: started });
      for (const { el, spec } of indexFor(scope).figures) {
        if (spec.uses && !spec.uses.some((u) => changed.includes(u))) continue;
        if (visible.has(el)) drawFigure(el, current);
        else el.dataset.stale = "";
      }
      performance.measure("law-update", { start: started });
    },
  };
  return runtime;

  /** A page's value and figure elements, found once (the essay's DOM around them is static). */
  function indexFor(scope: LawScope): ScopeIndex {
    let index = indexes.get(scope);
    if (index) return index;
    const values = new Map<string, Element[]>();
    for (const el of scope.querySelectorAll<HTMLElement>("law-value, [data-law-value]")) {
      const name = el.getAttribute("name") ?? el.dataset.lawValue ?? "";
      // KaTeX placeholders: write the innermost text so the math layout stays intact.
      const leaf = el.tagName === "LAW-VALUE" ? el : deepestText(el);
      values.set(name, [...(values.get(name) ?? []), leaf]);
    }
    const figures: ScopeIndex["figures"] = [];
    for (const el of scope.querySelectorAll<HTMLElement>("law-figure")) {
      const spec = model.figures[el.getAttribute("name") ?? ""];
      if (spec) figures.push({ el, spec });
    }
    index = { values, figures };
    indexes.set(scope, index);
    return index;
  }

  /**
   * Recompute the values that read a changed parameter, each once however many places show it
   * (models are pure, so the parameters a value read last time, branch conditions included, are
   * exactly what it depends on), and write the ones whose text changed.
   */
  function refreshValues(scope: LawScope, changed: readonly string[]) {
    for (const [name, leaves] of indexFor(scope).values) {
      const known = deps.get(name);
      if (known && !changed.some((c) => known.has(c))) continue;
      const value = model.values[name];
      reads = new Set<string>();
      const number = value ? value.compute(tracked) : current[name];
      deps.set(name, value ? reads : new Set([name]));
      if (number === undefined || !Number.isFinite(number)) continue;
      const text = formatNumber(number, (value ?? model.params[name])!.format);
      for (const leaf of leaves) if (leaf.textContent !== text) leaf.textContent = text;
    }
  }
}

interface ScopeIndex {
  values: Map<string, Element[]>;
  figures: { el: HTMLElement; spec: Model["figures"][string] }[];
}

/**
 * Put a new render in place of the figure's SVG. The <svg> element and its <style> (the same
 * text in every render) stay in the document and only the drawing inside them changes: removing
 * a stylesheet and adding an identical one makes the browser recompute every style on the page
 * (about 14 ms a frame at 4× CPU, measured on the Kaplan essay), keeping it does not.
 */
function swapSvg(host: Element | null, svg: Element) {
  if (!host) return;
  const old = host.firstElementChild;
  const oldStyle = old?.firstElementChild;
  const newStyle = svg.firstElementChild;
  if (
    old?.tagName.toLowerCase() !== "svg" ||
    oldStyle?.tagName.toLowerCase() !== "style" ||
    newStyle?.tagName.toLowerCase() !== "style" ||
    oldStyle.textContent !== newStyle.textContent
  ) {
    host.replaceChildren(svg);
    return;
  }
  for (const { name } of [...old.attributes]) if (!svg.hasAttribute(name)) old.removeAttribute(name);
  for (const { name, value } of [...svg.attributes]) if (old.getAttribute(name) !== value) old.setAttribute(name, value);
  while (old.lastChild && old.lastChild !== oldStyle) old.lastChild.remove();
  newStyle.remove();
  old.append(...svg.childNodes);
}

function fillTable(figure: Element, columns: Model["figures"][string]["columns"], rows: Row[]) {
  const body = figure.querySelector("tbody");
  if (!body) return;
  body.replaceChildren(
    ...rows.map((row) => {
      const tr = document.createElement("tr");
      for (const c of columns) {
        const td = document.createElement("td");
        const v = row[c.key];
        td.textContent = typeof v === "number" ? formatNumber(v, c.format ?? { kind: "sig" }) : String(v ?? "");
        if (c.format) td.className = "num";
        tr.append(td);
      }
      return tr;
    }),
  );
}

/**
 * Where a figure is, read from its <figure>: the box the page leaves undrawn until it is near the
 * viewport (`content-visibility: auto`). Its own place is known; asking for the place of anything
 * inside it makes the browser lay out every such box it skipped (50 ms at 4× CPU on the Kaplan
 * essay, in one task). Observers watch that box too: what is inside it has no place until drawn.
 */
function placeOf(el: Element): DOMRect {
  return boxOf(el).getBoundingClientRect();
}

/** The element the page draws lazily around a <law-figure>: its <figure> (itself if none); observers watch it. */
function boxOf(el: Element): Element {
  return el.closest("figure") ?? el;
}

/** The <law-figure> an observed box holds. */
function figureIn(box: Element): HTMLElement | null {
  return box.matches("law-figure") ? (box as HTMLElement) : box.querySelector<HTMLElement>("law-figure");
}

function deepestText(el: Element): Element {
  let node: Element = el;
  while (node.children.length === 1) node = node.children[0]!;
  return node;
}
