/**
 * Shared figure settings and helpers for model figure specs: one width (the SVG scales by its
 * viewBox), theme colours as CSS variables (figures follow light/dark; downloads resolve them),
 * a fixed Plot className so the <style> Plot writes is identical in every render.
 */
import type { PlotOptions } from "@observablehq/plot";
import { formatNumber } from "../lib/format.ts";

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
    style: {
      background: "transparent",
      color: FG,
      fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif",
      fontSize: width < FIGURE_WIDTH ? "13px" : "12px",
      overflow: "visible",
      ...(typeof options.style === "object" ? options.style : {}),
    },
  };
}

/** Tick labels for log axes: powers of ten and 2, 5 multiples only, in the one formatter. */
export function logTicks(d: number): string {
  const mantissa = d / 10 ** Math.floor(Math.log10(d) + 1e-9);
  const m = Math.round(mantissa * 1e6) / 1e6;
  if (m !== 1 && m !== 2 && m !== 5) return "";
  return formatNumber(d, { kind: "count", digits: 2 });
}
