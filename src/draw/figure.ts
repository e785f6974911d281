/**
 * The one place figures are drawn: options in, an SVG element out, in whichever DOM the caller
 * hands over (the build's server document in src/render/plot.ts, the page's in src/islands).
 * Everything a figure looks like (sizes, colours, ticks, the spec's marks) comes from the models
 * (src/models/figure.ts and the figure specs), which stay data and Plot options; this zone adds
 * Plot's drawing, axis reuse on redraws (./axes.ts), stable ids and the inline style (./svg-ids.ts).
 */
import * as Plot from "@observablehq/plot";
import type { PlotOptions } from "@observablehq/plot";
import type { FigureSpec, Params, Row } from "../models/define.ts";
import { FG, FIGURE_WIDTH, figurePlotOptions } from "../models/figure.ts";
import { plotReusingAxes } from "./axes.ts";
import { finishFigureSvg } from "./svg-ids.ts";

export interface DrawOptions {
  width: number;
  /** Prefix of the SVG's ids (unique on the page). */
  idPrefix: string;
  /** The DOM to draw in; the global `document` when omitted (browser). */
  document?: Document;
  /** Redraw with the axes of an earlier drawing in the same slot when they are unchanged (browser redraws). */
  reuseAxes?: { slot: string };
}

/**
 * Draw Plot options as a site figure: the site's options under the given ones, Plot's SVG,
 * then stable ids, aria-hidden and the inline style. Figures of a model (plotFigure) and the
 * /fit/ page's figures both draw through here, so build and browser SVGs differ only where the DOMs do.
 */
export function drawPlot(options: PlotOptions, { width, idPrefix, document, reuseAxes }: DrawOptions): Element {
  const plotOptions = { ...figurePlotOptions(options, width), ...(document ? { document } : {}) };
  const svg = reuseAxes ? plotReusingAxes(plotOptions, reuseAxes.slot) : (Plot.plot(plotOptions) as unknown as Element);
  finishFigureSvg(svg, idPrefix, figureStyle(options, width));
  return svg;
}

/**
 * Draw one figure of a model: the spec's Plot options for its rows and parameters, through
 * drawPlot. Redraws in the browser reuse the axes when they have not changed (./axes.ts).
 */
export function plotFigure(
  spec: FigureSpec<string>,
  rows: Row[],
  params: Params,
  options: { interactive: boolean; width: number; idPrefix: string; document?: Document; reuseAxes?: boolean },
): Element {
  const { interactive, width, idPrefix, document, reuseAxes } = options;
  const specOptions = spec.plot(rows, params, { interactive, width });
  return drawPlot(specOptions, {
    width,
    idPrefix,
    ...(document ? { document } : {}),
    ...(reuseAxes ? { reuseAxes: { slot: `${idPrefix} ${width} ${interactive}` } } : {}),
  });
}

/** The figure's inline style (theme colour, type, transparent background), as one attribute value. */
export function figureStyle(options: PlotOptions, width = FIGURE_WIDTH): string {
  // The same for every figure drawn at a width, unless the spec adds its own style.
  const own = typeof options.style === "object" && options.style !== null;
  const known = own ? undefined : plainStyles.get(width);
  if (known) return known;
  const style: Record<string, string | number> = {
    background: "transparent",
    color: FG,
    fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif",
    fontSize: width < FIGURE_WIDTH ? "13px" : "12px",
    overflow: "visible",
    ...(own ? (options.style as Record<string, string | number>) : {}),
  };
  const text = Object.entries(style)
    .map(([key, value]) => `${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}:${value}`)
    .join(";");
  if (!own) plainStyles.set(width, text);
  return text;
}
const plainStyles = new Map<number, string>();
