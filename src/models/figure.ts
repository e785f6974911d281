/**
 * Shared figure settings and helpers for model figure specs: one width (the SVG scales by its
 * viewBox), theme colours as CSS variables (figures follow light/dark; downloads resolve them),
 * a fixed Plot className so the <style> Plot writes is identical in every render, the
 * log-axis tick helpers the models share, and two Plot render transforms specs name in their
 * options. Data and options only: the drawing (Plot → SVG in a DOM) is src/draw/figure.ts.
 */
import type { PlotOptions, RenderFunction } from "@observablehq/plot";
import { formatNumber, superscript } from "../lib/format.ts";

export const FIGURE_WIDTH = 640;
/** A second render for phones: at 640 px scaled to a 375 px screen, 12 px text would read as 7 px. */
export const NARROW_WIDTH = 420;
export const NARROW_QUERY = "(max-width: 34rem)";
export const FIGURE_HEIGHT = 380;
export const PLOT_CLASS = "law-plot";

/** Series colours, in order; resolved to hex for downloads by src/lib/colors.ts. */
export const SERIES = ["var(--series-1)", "var(--series-2)", "var(--series-3)", "var(--series-4)", "var(--series-5)", "var(--series-6)"] as const;
export const FG = "var(--plot-fg)";
export const MUTED = "var(--plot-muted)";
export const GRID = "var(--plot-grid)";
export const BAND = "var(--band)";
export const SHADE = "var(--shade)";

/** Apply the site-wide options every figure shares; the spec's own options win. */
export function figurePlotOptions(options: PlotOptions, width = FIGURE_WIDTH): PlotOptions {
  return {
    height: FIGURE_HEIGHT,
    marginLeft: 56,
    marginRight: 96,
    marginBottom: 44,
    ...options,
    width,
    className: PLOT_CLASS,
    // The inline style is written by finishFigureSvg as one attribute (src/draw/figure.ts): Plot would
    // set each property through the CSSOM, which costs more than the rest of the <svg> element.
    style: null,
  };
}

/** Tick labels for log axes: powers of ten and 2, 5 multiples only, in the one formatter. */
export function logTicks(d: number): string {
  const mantissa = d / 10 ** Math.floor(Math.log10(d) + 1e-9);
  const m = Math.round(mantissa * 1e6) / 1e6;
  if (m !== 1 && m !== 2 && m !== 5) return "";
  return formatNumber(d, { kind: "count", digits: 2 });
}

/** Powers of ten inside [lo, hi]. */
export function decades(lo: number, hi: number): number[] {
  const out: number[] = [];
  for (let e = Math.ceil(Math.log10(lo) - 1e-9); e <= Math.floor(Math.log10(hi) + 1e-9); e++) out.push(10 ** e);
  return out;
}

/** Ticks for a log domain, lighter than Plot's 1–9 grid: powers of ten (at most `max`, thinned evenly), or 1-2-5 on short axes. */
export function decadeTicks(domain: readonly [number, number], max = 8): number[] {
  const lo = Math.ceil(Math.log10(domain[0]) - 1e-9);
  const hi = Math.floor(Math.log10(domain[1]) + 1e-9);
  const every = Math.max(1, Math.ceil((hi - lo + 1) / max));
  const out: number[] = [];
  // A short axis (under three decades) also gets 2× and 5× ticks, so it has enough labels.
  const mantissas = Math.log10(domain[1] / domain[0]) < 3 ? [1, 2, 5] : [1];
  for (let e = lo - 1; e <= hi; e++) {
    if (mantissas.length === 1 && (e - lo) % every !== 0) continue;
    for (const m of mantissas) {
      const t = m * 10 ** e;
      if (t >= domain[0] && t <= domain[1]) out.push(t);
    }
  }
  return out;
}

/**
 * A log domain widened outwards to whole quarter-decades (×10^¼ ≈ 1.78). A figure whose data
 * moves with a parameter then keeps the same axis over a range of values instead of rescaling on
 * every step, which is easier to read while dragging and lets a redraw reuse its axes
 * (src/draw/axes.ts). Quarter-decades rather than 1-2-5 values: a wider domain would make d3's
 * log tick format drop the 5× labels.
 */
export function snapLogDomain(lo: number, hi: number, perDecade = 4): [number, number] {
  // The 1e-9 keeps a bound already on a quarter-decade (up to rounding) where it is.
  const steps = (v: number) => Math.log10(v) * perDecade;
  return [10 ** (Math.floor(steps(lo) + 1e-9) / perDecade), 10 ** (Math.ceil(steps(hi) - 1e-9) / perDecade)];
}

/** A multiplicative factor as an axis label: "1×", "100×", "10⁶×". */
export function factorTick(d: number): string {
  const e = Math.round(Math.log10(d));
  return Math.abs(d - 10 ** e) / 10 ** e < 1e-6 && e >= 4 ? `10${superscript(e)}×` : formatNumber(d, { kind: "multiple", digits: 2 });
}

/** A power of ten as an axis label: "10²³" (other values: the one formatter's scientific form). */
export function powerTick(d: number): string {
  const e = Math.round(Math.log10(d));
  return Math.abs(d - 10 ** e) / 10 ** e < 1e-6 ? `10${superscript(e)}` : formatNumber(d, { kind: "sci", digits: 2 });
}

// The two render transforms below stay here, with the specs, rather than in src/draw: a spec
// names them in its Plot options (`render: dotsAsPaths(2.6)`) as it names a mark or a scale, and
// they touch no DOM of their own: Plot calls them while it draws, handing over its document
// (`context.document`: the server's at build, the page's in the browser). Models may not import
// src/draw, and test/zones.test.ts checks that no model file reaches for a global DOM.

/**
 * A render transform for a dot mark with many points and a few fills (`render: dotsAsPaths(r)`
 * with the mark's constant `r`): one <path> per fill colour, each circle two arcs, instead of
 * one <circle> per point. It looks the same (overlaps stack by colour rather than in data
 * order) and the SVG holds a handful of elements instead of hundreds, which is most of what
 * redrawing such a figure costs. Coordinates are written to 0.01 px.
 */
export function dotsAsPaths(r: number): RenderFunction {
  return (index, scales, values, dimensions, context, next) => {
    // The mark's own <g> with its styles (fill-opacity, aria-label), drawn with no points.
    const g = next!([], scales, values, dimensions, context)!;
    const X = values.x as ArrayLike<number>;
    const Y = values.y as ArrayLike<number>;
    const F = values.fill as ArrayLike<string> | undefined;
    const byFill = new Map<string, string[]>();
    const arc = `a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
    for (const i of index) {
      const key = F ? String(F[i]) : "";
      let parts = byFill.get(key);
      if (!parts) {
        parts = [];
        byFill.set(key, parts);
      }
      parts.push(`M${(X[i]! - r).toFixed(2)},${Y[i]!.toFixed(2)}${arc}`);
    }
    for (const [fill, parts] of byFill) {
      const path = context.document.createElementNS("http://www.w3.org/2000/svg", "path");
      if (fill) path.setAttribute("fill", fill);
      path.setAttribute("d", parts.join(""));
      g.append(path);
    }
    return g;
  };
}

/**
 * A render transform for a rect mark with many bars and a few fills (`render: rectsAsPaths(inset)`
 * with the mark's constant `inset`), like dotsAsPaths: one <path> per fill colour, each bar a
 * closed rectangle, instead of one <rect> per bar (a histogram of 48 bins in three facets was 144
 * elements, drawn twice for the wide and the phone figure). Bars of zero height are left out, as
 * Plot draws them invisible. Coordinates are written to 0.01 px.
 */
export function rectsAsPaths(inset = 0): RenderFunction {
  return (index, scales, values, dimensions, context, next) => {
    const g = next!([], scales, values, dimensions, context)!;
    const X1 = values.x1 as ArrayLike<number>;
    const X2 = values.x2 as ArrayLike<number>;
    const Y1 = values.y1 as ArrayLike<number>;
    const Y2 = values.y2 as ArrayLike<number>;
    const F = values.fill as ArrayLike<string> | undefined;
    const byFill = new Map<string, string[]>();
    for (const i of index) {
      const x = Math.min(X1[i]!, X2[i]!) + inset;
      const y = Math.min(Y1[i]!, Y2[i]!) + inset;
      const w = Math.abs(X2[i]! - X1[i]!) - 2 * inset;
      const h = Math.abs(Y2[i]! - Y1[i]!) - 2 * inset;
      if (!(w > 0 && h > 0)) continue;
      const key = F ? String(F[i]) : "";
      let parts = byFill.get(key);
      if (!parts) {
        parts = [];
        byFill.set(key, parts);
      }
      parts.push(`M${x.toFixed(2)},${y.toFixed(2)}h${w.toFixed(2)}v${h.toFixed(2)}h${(-w).toFixed(2)}z`);
    }
    for (const [fill, parts] of byFill) {
      const path = context.document.createElementNS("http://www.w3.org/2000/svg", "path");
      if (fill) path.setAttribute("fill", fill);
      path.setAttribute("d", parts.join(""));
      g.append(path);
    }
    return g;
  };
}
