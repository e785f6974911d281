/**
 * Axis reuse for redraws. A figure's axes and grid lines are about 40% of what Plot does to draw
 * it (measured at 4× CPU in Chromium: 10.4 ms for a typical figure, 6.3 ms without them), and
 * while a reader drags a parameter they rarely change: most figures keep their scales. So a
 * redraw asks Plot for the data marks only, and if everything the axes are drawn from is what it
 * was for one of the figure's last four drawings, puts a copy of that drawing's axis groups in
 * front of them. Otherwise it draws the whole figure, as Plot would, and remembers its axes.
 *
 * "Everything the axes are drawn from" is checked, not assumed:
 * - the axis and grid options Plot would infer from the scale options (built here exactly as
 *   Plot's `inferAxes` does, so the drawing is the one Plot would make: a test compares both on
 *   every figure), the size and the inputs of the margins;
 * - each tick label: the new `tickFormat` is called on the ticks it was called on then and must
 *   give the same text (formats may read the parameters);
 * - the x and y scales of the new drawing (type, domain, range, …) must equal that drawing's.
 * Options this does not model (facets, projections, axis lines, "both" anchors, tick
 * functions, grids given as colours or ticks) always take the full drawing.
 */
import * as Plot from "@observablehq/plot";
import type { Markish, PlotOptions, RenderFunction } from "@observablehq/plot";

type Options = Record<string, unknown>;
type AnyMark = {
  ariaLabel?: string;
  channels?: Record<string, { scale?: string }>;
  marginTop?: number;
  marginRight?: number;
  marginBottom?: number;
  marginLeft?: number;
  render?: unknown;
  fx?: unknown;
  fy?: unknown;
};

interface FormatCall {
  args: unknown[];
  text: unknown;
}

interface AxisMemo {
  document: Document;
  /** The axis options, sizes and margin inputs, as JSON (functions left out). */
  inputs: string;
  /** Every call Plot made to each axis's tickFormat function, by axis. */
  formats: Map<string, FormatCall[]>;
  /** The x and y scales, as JSON. */
  scales: string;
  margins: { marginTop: number; marginRight: number; marginBottom: number; marginLeft: number } | null;
  nodes: Element[];
}

/** A figure's last few sets of axes, newest first (a reader stepping back and forth across a domain boundary alternates between two). */
interface Slot {
  memos: AxisMemo[];
  /** Consecutive redraws whose scales matched none of them; after two, skip the check for a while. */
  misses: number;
  skip: number;
}
const KEEP = 4;

interface Plan {
  axes: { name: string; make: (tickFormat?: unknown) => AnyMark[]; tickFormat: unknown }[];
  /** The options without Plot's implicit axes (each scale's axis and grid set to null). */
  base: PlotOptions;
  inputs: string;
}

const slots = new Map<string, Slot>();
/** Counts, for tests and the bench; `enabled: false` (set by the bench only) draws every figure whole, as Plot.plot. */
export const axisReuse = { hits: 0, full: 0, scaleMisses: 0, enabled: true };

const isObject = (o: unknown): o is Options => typeof o === "object" && o !== null;
const isScaleOptions = (o: unknown) => isObject(o) && (o.type !== undefined || o.domain !== undefined);
// Functions are left out (JSON.stringify skips them; a replacer would make it several times
// slower): tick formats are checked by their output instead, and the others (scale transforms,
// interpolators) do not reach the axes.
const json = (value: unknown) => JSON.stringify(value);

/** Plot's flatMarks, without turning render functions into marks. */
function flatMarks(marks: unknown): AnyMark[] {
  return (Array.isArray(marks) ? (marks.flat(Infinity) as unknown[]) : []).filter((m) => m != null) as AnyMark[];
}

/** Plot's hasPositionChannel. */
function hasPositionChannel(k: string, marks: AnyMark[]) {
  return marks.some((m) => Object.values(m.channels ?? {}).some((c) => c?.scale === k || c?.scale === "projection"));
}

/** Plot's axisOptions(anchor, defaults, options). */
function axisOptions(anchor: string, defaults: Options, o: Options): Options {
  return {
    anchor,
    line: o.line === undefined ? defaults.line : o.line,
    ticks: o.ticks,
    tickSize: o.tickSize,
    tickSpacing: o.tickSpacing,
    tickPadding: o.tickPadding,
    tickFormat: o.tickFormat,
    tickRotate: o.tickRotate,
    fontVariant: o.fontVariant,
    ariaLabel: o.ariaLabel,
    ariaDescription: o.ariaDescription,
    label: o.label === undefined ? defaults.label : o.label,
    labelAnchor: o.labelAnchor,
    labelArrow: o.labelArrow === undefined ? defaults.labelArrow : o.labelArrow,
    labelOffset: o.labelOffset,
  };
}

/**
 * The axes Plot would add to these options, as explicit marks (Plot's inferAxes for x and y),
 * or null where this module does not model Plot's behaviour.
 */
function plan(options: PlotOptions): Plan | null {
  const top = options as Options;
  if (top.projection != null || top.facet != null || top.fx != null || top.fy != null) return null;
  const marks = flatMarks(top.marks);
  if (marks.some((m) => typeof m !== "object" || m.fx != null || m.fy != null)) return null;
  const x = isObject(top.x) ? top.x : {};
  const y = isObject(top.y) ? top.y : {};
  let xAxis = x.axis === undefined ? top.axis : x.axis;
  let yAxis = y.axis === undefined ? top.axis : y.axis;
  let xGrid = x.grid === undefined ? (xAxis === null ? null : top.grid) : x.grid;
  let yGrid = y.grid === undefined ? (yAxis === null ? null : top.grid) : y.grid;
  if (!isScaleOptions(top.x) && !hasPositionChannel("x", marks)) xAxis = xGrid = null;
  if (!isScaleOptions(top.y) && !hasPositionChannel("y", marks)) yAxis = yGrid = null;
  const hasAxis = (k: string) => marks.some((m) => typeof m.ariaLabel === "string" && m.ariaLabel.startsWith(`${k}-axis `));
  if (xAxis === undefined) xAxis = !hasAxis("x");
  if (yAxis === undefined) yAxis = !hasAxis("y");
  if (xAxis === true) xAxis = "bottom";
  if (yAxis === true) yAxis = "left";
  const supported = (axis: unknown, anchors: string[]) => !axis || (typeof axis === "string" && anchors.includes(axis));
  const plainGrid = (grid: unknown) => grid === undefined || grid === null || grid === false || grid === true;
  if (!supported(xAxis, ["top", "bottom"]) || !supported(yAxis, ["left", "right"]) || !plainGrid(xGrid) || !plainGrid(yGrid)) return null;
  for (const o of [x, y]) if (typeof o.ticks === "function" || (o.line === undefined ? top.line : o.line)) return null;
  const axes: Plan["axes"] = [];
  const grid = (name: string, make: typeof Plot.gridX, o: Options) => {
    const gridOptions = { stroke: o.stroke, ticks: o.ticks, tickSpacing: o.tickSpacing, ariaLabel: o.ariaLabel, ariaDescription: o.ariaDescription };
    axes.push({ name, make: () => flatMarks([make(gridOptions as never)]), tickFormat: undefined });
  };
  const axis = (name: string, make: typeof Plot.axisX, anchor: string, o: Options) => {
    const axisOpts = axisOptions(anchor, top, o);
    axes.push({ name, make: (tickFormat) => flatMarks([make({ ...axisOpts, tickFormat } as never)]), tickFormat: axisOpts.tickFormat });
  };
  // Plot's order: y grid, y axis, x grid, x axis, all in front of the marks.
  if (yGrid) grid("y-grid", Plot.gridY, y);
  if (yAxis) axis("y-axis", Plot.axisY, yAxis as string, y);
  if (xGrid) grid("x-grid", Plot.gridX, x);
  if (xAxis) axis("x-axis", Plot.axisX, xAxis as string, x);
  const inputs = json([
    [xAxis, yAxis, Boolean(xGrid), Boolean(yGrid)],
    [x, y],
    [top.width, top.height, top.margin, top.marginTop, top.marginRight, top.marginBottom, top.marginLeft, top.className, top.label, top.labelArrow, top.line],
    marks.map((m) => [m.marginTop, m.marginRight, m.marginBottom, m.marginLeft]),
  ]);
  const base = { ...options, x: { ...x, axis: null, grid: null }, y: { ...y, axis: null, grid: null } } as unknown as PlotOptions;
  return { axes, base, inputs };
}

const scalesOf = (figure: ReturnType<typeof Plot.plot>) => json(["x", "y"].map((k) => figure.scale(k as "x")));

/**
 * Plot.plot(options), reusing axes drawn before in `slot` (one of the last few) when nothing they
 * depend on has changed. The result is the same SVG Plot draws (test/draw/axes.test.ts checks every figure).
 */
export function plotReusingAxes(options: PlotOptions, slot: string): Element {
  const p = axisReuse.enabled ? plan(options) : null;
  if (!p) return Plot.plot(options) as unknown as Element;
  const document = ((options as Options).document as Document | undefined) ?? globalThis.document;
  let state = slots.get(slot);
  if (!state) {
    state = { memos: [], misses: 0, skip: 0 };
    slots.set(slot, state);
  }
  // Same inputs mean the same margins, so one data-only drawing serves every candidate.
  const candidates = state.skip > 0 ? [] : state.memos.filter((m) => m.document === document && m.margins && m.inputs === p.inputs && formatsHold(m, p));
  if (state.skip > 0) state.skip--;
  if (candidates.length) {
    const data = Plot.plot({ ...p.base, ...candidates[0]!.margins });
    const svg = data as unknown as Element;
    const style = svg.firstElementChild;
    const scales = scalesOf(data);
    const memo = candidates.find((m) => m.scales === scales);
    if (memo && svg.tagName.toLowerCase() === "svg" && style?.tagName.toLowerCase() === "style") {
      style.after(...memo.nodes.map((n) => n.cloneNode(true)));
      state.memos = [memo, ...state.memos.filter((m) => m !== memo)];
      state.misses = 0;
      axisReuse.hits++;
      return svg;
    }
    axisReuse.scaleMisses++;
    // Scales that change on every redraw: stop checking for a few redraws.
    if (++state.misses >= 2) state.skip = 8;
  }
  return drawFull(p, state, document);
}

/** Each axis's tick format, if it is a function, gives the labels it gave last time (and was a function then too). */
function formatsHold(memo: AxisMemo, p: Plan) {
  for (const axis of p.axes) {
    const calls = memo.formats.get(axis.name);
    const format = axis.tickFormat;
    if (typeof format !== "function") {
      if (calls) return false;
      continue;
    }
    if (!calls) return false;
    for (const { args, text } of calls) if ((format as (...args: unknown[]) => unknown)(...args) !== text) return false;
  }
  return true;
}

/** The whole figure, with the axes as explicit marks whose drawings and tick labels are noted. */
function drawFull(p: Plan, state: Slot, document: Document): Element {
  axisReuse.full++;
  const nodes: Element[] = [];
  const formats = new Map<string, FormatCall[]>();
  let margins: AxisMemo["margins"] = null;
  const axisMarks: Markish[] = [];
  for (const axis of p.axes) {
    let tickFormat = axis.tickFormat;
    if (typeof tickFormat === "function") {
      const calls: FormatCall[] = [];
      formats.set(axis.name, calls);
      const format = tickFormat as (...args: unknown[]) => unknown;
      tickFormat = (...args: unknown[]) => {
        const text = format(...args);
        calls.push({ args, text });
        return text;
      };
    }
    for (const mark of axis.make(tickFormat)) {
      const render = mark.render as RenderFunction;
      const noting: RenderFunction = function (this: unknown, index, scales, values, dimensions, context) {
        const node = render.call(this, index, scales, values, dimensions, context);
        if (node) nodes.push(node.cloneNode(true) as Element);
        const { marginTop, marginRight, marginBottom, marginLeft } = dimensions;
        margins ??= { marginTop, marginRight, marginBottom, marginLeft };
        return node;
      };
      mark.render = noting;
      axisMarks.push(mark as Markish);
    }
  }
  const figure = Plot.plot({ ...p.base, marks: [...axisMarks, ...((p.base.marks ?? []) as Markish[])] });
  state.memos = [{ document, inputs: p.inputs, formats, scales: scalesOf(figure), margins, nodes }, ...state.memos].slice(0, KEEP);
  return figure as unknown as Element;
}
