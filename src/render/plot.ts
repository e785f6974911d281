/**
 * Build-time figure rendering: Plot → SVG string with a server DOM (linkedom), passed to Plot as
 * `document` (no globals patched). The only place the server DOM lives.
 *
 * Why linkedom over jsdom: on our figures both produce the same SVG once attributes are sorted,
 * and linkedom renders each in a few milliseconds without a 2 MB dependency tree (see
 * `npm run bench`, "server DOM" rows).
 */
import { parseHTML } from "linkedom";
import type { Model, Params } from "../models/define.ts";
import { plotFigure } from "../draw/figure.ts";
import { FIGURE_WIDTH } from "../models/figure.ts";

let shared: Document | undefined;
function serverDocument(): Document {
  shared ??= parseHTML("<!doctype html><html><head></head><body></body></html>").document as unknown as Document;
  return shared;
}

/** Render a model's figure at these parameters to an SVG (or figure) element's outer HTML. */
export function renderFigureHtml(
  model: Model,
  figure: string,
  params: Params,
  options: { width?: number; idPrefix?: string } = {},
): { html: string; rows: ReturnType<Model["figures"][string]["compute"]> } {
  const spec = model.figures[figure];
  if (!spec) throw new Error(`[model ${model.name}] unknown figure "${figure}"`);
  const rows = spec.compute(params);
  const width = options.width ?? FIGURE_WIDTH;
  const warnings: string[] = [];
  const node = plotFigure(spec, rows, params, {
    interactive: false,
    width,
    idPrefix: options.idPrefix ?? `${model.name}-${figure}`,
    document: serverDocument(),
  });
  // Plot draws a ⚠️ badge into the figure when it warns: treat that as a failure.
  const html = node.outerHTML;
  if (html.includes("⚠️") || node.querySelector?.("[aria-label='warning']")) warnings.push("Plot warned while rendering (⚠️ badge)");
  // A function passed where Plot wants a constant (e.g. strokeDasharray) is written as its source text.
  const stringified = /\s([\w-]+)="[^"]*=&gt;[^"]*"|\s([\w-]+)="[^"]*=>[^"]*"/.exec(html);
  // A NaN coordinate (e.g. a function given for dx/dy) draws nothing, silently: fail instead.
  if (/="[^"]*\bNaN\b[^"]*"/.test(html))
    warnings.push("an attribute holds NaN (a function passed where Plot takes a constant, such as dx or dy, or a NaN in the data)");
  if (stringified)
    warnings.push(
      `attribute ${stringified[1] ?? stringified[2]} holds a function's source text: Plot takes a constant there, not a function of the datum (split the data into separate marks instead)`,
    );
  if (warnings.length) throw new Error(`[model ${model.name}] figure "${figure}": ${warnings.join("; ")}`);
  return { html, rows };
}
