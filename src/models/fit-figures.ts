/**
 * The three figures of /fit/, drawn in the reader's browser from their own runs (the runs are not
 * a model parameter, so there is no build-time render): the runs against the fitted surface, the
 * isoFLOP curves with the fitted frontier, and the reader's frontier beside the published fits.
 * Pure: rows, Plot options, description and columns from a FitSummary; drawn through the same
 * site-wide options (`figurePlotOptions`, `PLOT_CLASS`, theme colours) as every other figure.
 */
import * as Plot from "@observablehq/plot";
import type { PlotOptions } from "@observablehq/plot";
import { chinchillaLoss, hoffmann2022Table2, type ChinchillaEstimate } from "../laws/index.ts";
import { formatNumber, type FormatSpec } from "../lib/format.ts";
import { BAND, FG, MUTED, SERIES, decadeTicks, dotsAsPaths, logTicks, powerTick, snapLogDomain } from "./figure.ts";
import type { FitSummary } from "./fit-runs.ts";

/** A cell of a data table: a number, a label, or nothing (a bound that does not exist). */
type Cell = number | string | null;

/** One figure of the page; `R` is one row of its data (table and CSV), so fields are typed. */
export interface FitFigure<R extends Record<string, Cell> = Record<string, Cell>> {
  name: "residuals" | "isoflop" | "frontier";
  title: string;
  caption: string;
  rows: R[];
  columns: { key: keyof R & string; label: string; format?: FormatSpec }[];
  plot: (width: number) => PlotOptions;
  describe: string;
}

const sci: FormatSpec = { kind: "sci", digits: 3 };
const count: FormatSpec = { kind: "count", digits: 3 };
const sig4: FormatSpec = { kind: "sig", digits: 4 };
const pct: FormatSpec = { kind: "percent", digits: 2 };
const f = formatNumber;

const lossAt = (e: ChinchillaEstimate, params: number, tokens: number) => {
  try {
    return chinchillaLoss({ params, tokens }, e);
  } catch {
    return NaN;
  }
};

/** Runs against the fitted surface: residual L/L̂ − 1 by training compute. */
type ResidualRow = { line: number; label: string; params: number; tokens: number; flops: number; loss: number; fitted: number; residual: number };

export function residualsFigure(s: FitSummary): FitFigure<ResidualRow> {
  const rows: ResidualRow[] = s.residuals.map((r) => ({
    line: r.line,
    label: r.label,
    params: r.params,
    tokens: r.tokens,
    flops: r.flops,
    loss: r.loss,
    fitted: r.fitted,
    residual: r.loss / r.fitted - 1,
  }));
  const finite = rows.filter((r) => Number.isFinite(r.residual));
  const res = finite.map((r) => r.residual);
  const rms = Math.sqrt(res.reduce((t, x) => t + x * x, 0) / Math.max(1, res.length));
  const worst = finite.reduce<ResidualRow | null>((w, r) => (w === null || Math.abs(r.residual) > Math.abs(w.residual) ? r : w), null);
  const flops = rows.map((r) => r.flops);
  const xDomain = snapLogDomain(Math.min(...flops), Math.max(...flops));
  const bound = Math.max(0.005, ...res.map(Math.abs)) * 1.1;
  return {
    name: "residuals",
    title: "Your runs against the fitted surface",
    caption:
      "Each run's loss relative to the fitted law at its N and D (L/L̂ − 1), by training compute. A good fit scatters evenly around zero at every budget; a trend means the form does not fit your runs.",
    rows,
    columns: [
      { key: "line", label: "line" },
      { key: "label", label: "label" },
      { key: "params", label: "N", format: count },
      { key: "tokens", label: "D", format: count },
      { key: "flops", label: "C (FLOPs)", format: sci },
      { key: "loss", label: "L", format: sig4 },
      { key: "fitted", label: "fitted L̂", format: sig4 },
      { key: "residual", label: "L/L̂ − 1", format: pct },
    ],
    plot: () => ({
      x: { type: "log", domain: xDomain, label: "Training compute C (FLOPs) →", ticks: decadeTicks(xDomain), tickFormat: powerTick },
      y: { domain: [-bound, bound], label: "↑ L/L̂ − 1", tickFormat: (d: number) => f(d, { kind: "percent", digits: 1 }), grid: true },
      marks: [
        Plot.ruleY([0], { stroke: FG, strokeWidth: 1 }),
        Plot.dot(finite, { x: "flops", y: "residual", fill: SERIES[0], r: 3, fillOpacity: 0.8, render: dotsAsPaths(3) }),
        Plot.text([`RMS ${f(rms, pct)}`], { frameAnchor: "top-right", text: (d: string) => d, fill: FG, dy: 4, dx: -4 }),
      ],
    }),
    describe: `${f(rows.length, { kind: "count" })} runs from ${f(Math.min(...flops), sci)} to ${f(Math.max(...flops), sci)} FLOPs. Their losses differ from the fitted law by ${f(Math.min(...res), pct)} to ${f(Math.max(...res), pct)}, root mean square ${f(rms, pct)}${worst ? `; the largest is line ${worst.line} (${f(worst.residual, pct)})` : ""}.`,
  };
}

/** IsoFLOP curves: runs by model size and loss, the fitted surface along each budget, the frontier with its band, and Approach 2's minima. */
/** A row of the isoFLOP figure: a run, a point of a fitted curve or of the frontier (with its band), or an Approach 2 minimum. */
type IsoRow = { kind: string; flops: number; params: number; loss: number; line: number | null; low: number | null; high: number | null };

export function isoflopFigure(s: FitSummary, estimate: ChinchillaEstimate): FitFigure<IsoRow> {
  const groups = (s.approach2?.groups ?? []).filter((g) => g.members.length >= 3).slice(0, 16);
  const row = (kind: string, flops: number, params: number, loss: number, extra: Partial<IsoRow> = {}): IsoRow => ({
    kind,
    flops,
    params,
    loss,
    line: null,
    low: null,
    high: null,
    ...extra,
  });
  const runRows = s.residuals.map((r) => row("run", r.flops, r.params, r.loss, { line: r.line }));
  const curves: IsoRow[] = [];
  for (const g of groups) {
    const [lo, hi] = g.paramsRange;
    for (let k = 0; k <= 24; k++) {
      const params = (lo / 1.5) * ((hi * 1.5) / (lo / 1.5)) ** (k / 24);
      const loss = lossAt(estimate, params, g.flops / (6 * params));
      if (Number.isFinite(loss)) curves.push(row("fitted curve", g.flops, params, loss));
    }
  }
  const n = s.residuals.map((r) => r.params);
  const l = s.residuals.map((r) => r.loss);
  const xDomain = snapLogDomain(Math.min(...n) / 1.5, Math.max(...n) * 1.5);
  const yLo = Math.min(...l),
    yHi = Math.max(...l);
  const pad = (yHi - yLo) * 0.08 || 0.1;
  const yDomain: [number, number] = [yLo - pad, yHi + pad];
  const frontier = s.frontier
    .filter((p) => Number.isFinite(p.params) && p.params >= xDomain[0] && p.params <= xDomain[1])
    .map((p) => row("fitted frontier", p.flops, p.params, lossAt(estimate, p.params, p.flops / (6 * p.params)), { low: p.low, high: p.high }))
    .filter((p) => Number.isFinite(p.loss) && p.loss >= yDomain[0] && p.loss <= yDomain[1]);
  const minima = groups.filter((g) => g.used && g.optimum).map((g) => row("Approach 2 minimum", g.flops, g.optimum!.params, g.optimum!.loss));
  const band = frontier.filter((p) => p.low !== null && p.high !== null);
  const used = s.approach2?.used ?? 0;
  return {
    name: "isoflop",
    title: "IsoFLOP curves and the fitted frontier",
    caption: `Loss against model size. Dots: your runs. Thin lines: the fitted law along each budget that has at least three runs (${groups.length} budget${groups.length === 1 ? "" : "s"}). Thick line: the fitted compute-optimal frontier${band.length ? `, with its ${Math.round(s.confidence * 100)}% bootstrap interval in model size (shaded)` : ""}. Diamonds: the minima of Approach 2's parabolas (${used} budget${used === 1 ? "" : "s"}).`,
    rows: [...runRows, ...curves, ...frontier, ...minima],
    columns: [
      { key: "kind", label: "series" },
      { key: "flops", label: "C (FLOPs)", format: sci },
      { key: "params", label: "N", format: count },
      { key: "loss", label: "L", format: sig4 },
      { key: "low", label: "N, low", format: count },
      { key: "high", label: "N, high", format: count },
    ],
    plot: () => ({
      x: { type: "log", domain: xDomain, label: "Model size N (parameters) →", ticks: decadeTicks(xDomain), tickFormat: logTicks },
      y: { domain: yDomain, label: "↑ Loss L (nats per token)", grid: true },
      marks: [
        ...(band.length ? [Plot.areaX(band, { y: "loss", x1: "low", x2: "high", fill: BAND, fillOpacity: 0.6, curve: "linear" })] : []),
        Plot.line(curves, { x: "params", y: "loss", z: "flops", stroke: MUTED, strokeWidth: 1 }),
        Plot.dot(runRows, { x: "params", y: "loss", fill: SERIES[0], r: 2.6, fillOpacity: 0.8, render: dotsAsPaths(2.6) }),
        Plot.line(frontier, { x: "params", y: "loss", stroke: SERIES[1], strokeWidth: 2.5 }),
        Plot.dot(minima, { x: "params", y: "loss", symbol: "diamond", fill: SERIES[2], stroke: FG, strokeWidth: 0.75, r: 5 }),
        Plot.text(["frontier (your fit)"], { frameAnchor: "top-right", text: (d: string) => d, fill: SERIES[1], dy: 4, dx: -4, fontWeight: 600 }),
        ...(minima.length
          ? [Plot.text(["◆ Approach 2 minima"], { frameAnchor: "top-right", text: (d: string) => d, fill: SERIES[2], dy: 20, dx: -4, fontWeight: 600 })]
          : []),
      ],
    }),
    describe: `${f(runRows.length, { kind: "count" })} runs, model sizes ${f(Math.min(...n), count)} to ${f(Math.max(...n), count)}, losses ${f(yLo, sig4)} to ${f(yHi, sig4)} nats. ${groups.length} budget${groups.length === 1 ? " has" : "s have"} at least three runs; the fitted law is drawn along each. ${used ? `Approach 2 found a minimum at ${used} of them, from ${f(Math.min(...minima.map((m) => m.params)), count)} to ${f(Math.max(...minima.map((m) => m.params)), count)} parameters.` : `Approach 2 found no usable minimum${s.approach2?.reason ? ` (${s.approach2.reason})` : ""}.`}`,
  };
}

/** The reader's compute-optimal frontier beside the site's default fit, Hoffmann's printed constants and Approach 2. */
type FrontierRow = { flops: number; yours: number; low: number | null; high: number | null; site: number; hoffmann: number; approach2: number | null };

export function frontierFigure(s: FitSummary): FitFigure<FrontierRow> {
  const series = [
    { key: "yours", label: "your fit", color: SERIES[0], read: (p: FitSummary["frontier"][number]) => p.params },
    { key: "site", label: "site default", color: SERIES[1], read: (p: FitSummary["frontier"][number]) => p.site },
    { key: "hoffmann", label: "Hoffmann printed", color: SERIES[2], read: (p: FitSummary["frontier"][number]) => p.hoffmann },
    { key: "approach2", label: "your Approach 2", color: SERIES[3], read: (p: FitSummary["frontier"][number]) => p.approach2 },
  ];
  const rows: FrontierRow[] = s.frontier.map((p) => ({
    flops: p.flops,
    yours: p.params,
    low: p.low,
    high: p.high,
    site: p.site,
    hoffmann: p.hoffmann,
    approach2: p.approach2,
  }));
  const long = series.flatMap((se) =>
    s.frontier
      .map((p) => ({ key: se.label, flops: p.flops, params: se.read(p) }))
      .flatMap((r) => (r.params !== null && Number.isFinite(r.params) && r.params > 0 ? [{ ...r, params: r.params }] : [])),
  );
  const values = long.map((r) => r.params);
  const flops = s.frontier.map((p) => p.flops);
  const xDomain = snapLogDomain(Math.min(...flops), Math.max(...flops));
  const yDomain = snapLogDomain(Math.min(...values, ...s.frontier.map((p) => p.low ?? Infinity)), Math.max(...values, ...s.frontier.map((p) => p.high ?? 0)));
  const legend = series
    .filter((se) => long.some((r) => r.key === se.label))
    .map((se, i) => ({ key: se.key === "approach2" ? `${se.label} (dashed)` : se.label, color: se.color, i }));
  const band = s.frontier.filter((p) => p.low !== null && p.high !== null);
  const minima = (s.approach2?.groups ?? []).filter((g) => g.used && g.optimum).map((g) => ({ flops: g.flops, params: g.optimum!.params }));
  const table2 = hoffmann2022Table2.rows;
  const yours = s.rows.find((r) => r.key === "params")!;
  const published = (key: string) => s.published.find((p) => p.key === key)!.params;
  const a3 = s.rows.find((r) => r.key === "a")!.estimate;
  return {
    name: "frontier",
    title: "Your compute-optimal frontier beside the published fits",
    caption: `Loss-optimal model size against training compute under C = 6ND: your parametric fit${band.length ? ` with its ${Math.round(s.confidence * 100)}% bootstrap band` : ""}, the site's default Chinchilla fit (Besiroglu et al. 2024), Hoffmann et al.'s printed constants${s.approach2?.ok ? ", and your runs' Approach 2 power law through the isoFLOP minima (dots)" : ""}. The vertical rule is the budget you set.`,
    rows,
    columns: [
      { key: "flops", label: "C (FLOPs)", format: sci },
      { key: "yours", label: "N_opt, your fit", format: count },
      { key: "low", label: "low", format: count },
      { key: "high", label: "high", format: count },
      { key: "site", label: "site default", format: count },
      { key: "hoffmann", label: "Hoffmann printed", format: count },
      { key: "approach2", label: "your Approach 2", format: count },
    ],
    plot: () => ({
      x: { type: "log", domain: xDomain, label: "Training compute C (FLOPs) →", ticks: decadeTicks(xDomain), tickFormat: powerTick },
      y: { type: "log", domain: yDomain, label: "↑ Optimal model size N_opt", ticks: decadeTicks(yDomain), tickFormat: logTicks, grid: true },
      color: { domain: series.map((se) => se.label), range: series.map((se) => se.color) },
      marks: [
        Plot.ruleX([s.budget], { stroke: MUTED, strokeDasharray: "3,3" }),
        ...(band.length ? [Plot.areaY(band, { x: "flops", y1: "low", y2: "high", fill: BAND, fillOpacity: 0.7 })] : []),
        Plot.line(
          long.filter((r) => r.key !== "your Approach 2"),
          { x: "flops", y: "params", z: "key", stroke: "key", strokeWidth: 2 },
        ),
        Plot.line(
          long.filter((r) => r.key === "your Approach 2"),
          { x: "flops", y: "params", stroke: "key", strokeWidth: 2, strokeDasharray: "5,3" },
        ),
        Plot.dot(minima, { x: "flops", y: "params", fill: SERIES[3], stroke: FG, strokeWidth: 0.5, r: 3.5 }),
        // A legend in the top-left corner, where the lines (rising to the right) leave room; end
        // labels would collide where the fits agree.
        ...legend.map((l) => Plot.text([l.key], { frameAnchor: "top-left", text: (d: string) => d, fill: l.color, dx: 6, dy: 4 + 15 * l.i, fontWeight: 600 })),
      ],
    }),
    describe: `Over ${f(xDomain[0], sci)} to ${f(xDomain[1], sci)} FLOPs. At ${f(s.budget, sci)} FLOPs your fit puts the optimal model at ${f(yours.estimate, count)} parameters${yours.low !== null && yours.high !== null ? ` (${Math.round(s.confidence * 100)}% interval ${f(yours.low, count)} to ${f(yours.high, count)})` : ""}, the site's default fit at ${f(published("site"), count)} and Hoffmann et al.'s printed constants at ${f(published("hoffmann"), count)}. Your allocation exponent a is ${f(a3, { kind: "fixed", digits: 3 })}${s.approach2?.ok ? `; Approach 2 on your runs gives ${f(s.approach2.a, { kind: "fixed", digits: 3 })}` : ""} (Hoffmann et al. Table 2: ${table2
      .filter((r) => r.approach !== "kaplan")
      .map((r) => `Approach ${r.approach} ${f(r.a, { kind: "fixed", digits: 2 })}`)
      .join(", ")}).`,
  };
}

/** All three, in page order. */
export function fitFigures(s: FitSummary, estimate: ChinchillaEstimate): FitFigure[] {
  return [table(residualsFigure(s)), table(isoflopFigure(s, estimate)), table(frontierFigure(s))];
}

/**
 * The one place a figure's typed rows are widened to table rows, for the page that renders any of
 * them (columns name keys of R, which makes FitFigure<R> invariant in R; the widening is safe because
 * the page only reads `row[column.key]`).
 */
function table<R extends Record<string, Cell>>(figure: FitFigure<R>): FitFigure {
  return figure as unknown as FitFigure;
}
