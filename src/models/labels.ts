/**
 * Direct line labels that never overlap: spread label positions on a log y axis so neighbours
 * are at least one text line apart, keeping each as close to its line's end as it can; and the
 * end-label pattern built on it (each series' name at the end of its line, `endLabels` and
 * `endLabelText`). Pure; shared by the models (no default export: not a model).
 */
import * as Plot from "@observablehq/plot";
import { FIGURE_HEIGHT } from "./figure.ts";

export interface LabelItem {
  /** The value the label belongs to (its line's end), > 0 on a log axis. */
  y: number;
}

/** How far apart labels must be (`px`) on a plot of this height and margins (defaults: the site's figure). */
export interface DodgeOptions {
  px?: number;
  height?: number;
  marginTop?: number;
  marginBottom?: number;
}

/**
 * Return `items` each with `labelY`, spread on a log axis spanning `domain` so that labels sit
 * at least `px` pixels apart (plot height `height`, margins `marginTop`/`marginBottom`).
 * Order is kept; the group is shifted back inside the domain when spreading pushes it out.
 */
export function dodgeLog<T extends LabelItem>(items: readonly T[], domain: readonly [number, number], options: DodgeOptions = {}): (T & { labelY: number })[] {
  const { px = 14, height = FIGURE_HEIGHT, marginTop = 20, marginBottom = 44 } = options;
  const lo = Math.log10(domain[0]);
  const hi = Math.log10(domain[1]);
  const inner = Math.max(1, height - marginTop - marginBottom);
  const gap = (px * (hi - lo)) / inner;
  const order = items.map((item, i) => ({ i, v: Math.log10(item.y) })).sort((a, b) => a.v - b.v);
  const placed = order.map((o) => o.v);
  for (let j = 1; j < placed.length; j++) placed[j] = Math.max(placed[j]!, placed[j - 1]! + gap);
  // If the top label left the axis, push the stack down (and not below the bottom).
  const overTop = placed.length ? placed.at(-1)! - hi : 0;
  if (overTop > 0) for (let j = 0; j < placed.length; j++) placed[j] = placed[j]! - overTop;
  for (let j = placed.length - 2; j >= 0; j--) placed[j] = Math.min(placed[j]!, placed[j + 1]! - gap);
  const out = items.map((item) => ({ ...item, labelY: item.y }));
  order.forEach((o, j) => {
    out[o.i]!.labelY = 10 ** placed[j]!;
  });
  return out;
}

/** One series' label at the end of its line: the series' name, the line's last point, and where the label sits. */
export interface EndLabel {
  series: string;
  x: number;
  y: number;
  /** The label's y after dodging (equal to `y` when nothing is near). */
  labelY: number;
}

/**
 * The end label of each series: the last row of each series (rows in drawing order), its
 * `xKey`/`yKey` values, and a `labelY` dodged apart on the log y axis `domain` ({@link dodgeLog}).
 * `series` gives the series and their order (default: as they first appear in `rows`). The keys
 * are checked against the rows' type: `seriesKey` must name a string field, `xKey` and `yKey`
 * number fields.
 * @throws Error when a series in `series` has no rows.
 */
export function endLabels<S extends string, X extends string, Y extends string>(
  rows: readonly NoInfer<Readonly<Record<S, string> & Record<X, number> & Record<Y, number>>>[],
  seriesKey: S,
  xKey: X,
  yKey: Y,
  domain: readonly [number, number],
  series: readonly string[] = [...new Set(rows.map((r) => r[seriesKey]))],
  options: DodgeOptions = {},
): EndLabel[] {
  const ends = series.map((s) => {
    const end = rows.findLast((r) => r[seriesKey] === s);
    if (!end) throw new Error(`endLabels: no rows of series "${s}" (rows' "${seriesKey}" values: ${[...new Set(rows.map((r) => r[seriesKey]))].join(", ")})`);
    return { series: s, x: end[xKey], y: end[yKey] };
  });
  return dodgeLog(ends, domain, options);
}

/**
 * Draw end labels: each series' name just right of its line's end, at its dodged height, in its
 * series colour (the plot's color scale). `options` adds to or overrides the text mark's
 * (e.g. `{ fontSize: 11 }`).
 */
export function endLabelText(ends: readonly EndLabel[], options: Plot.TextOptions = {}): Plot.Text {
  return Plot.text(ends, { x: "x", y: "labelY", text: "series", fill: "series", textAnchor: "start", dx: 6, ...options });
}
