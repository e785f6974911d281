/**
 * Model for the essay "Replicating Chinchilla in your browser": Besiroglu et al. 2024
 * (arXiv 2404.10102) refit Hoffmann et al.'s parametric loss (arXiv 2203.15556 §3.3 eq 2) on
 * 245 points extracted from Chinchilla's Figure 4. The full refit (4,500 L-BFGS starts) is far
 * too slow for one frame, so it never runs here: the figures take fitted constants as inputs
 * (the law module's presets; the essay's <Refit> component fits at build, the browser refits
 * in a worker). Everything here is cheap: 245 points, closed-form frontiers.
 */
import * as Plot from "@observablehq/plot";
import {
  besiroglu2024,
  besiroglu2024GridFit,
  chinchillaAllocationExponents,
  chinchillaLoss,
  chinchillaOptimal,
  chinchillaTokensPerParam,
  hoffmann2022,
  hoffmann2022Table2,
  hoffmann2022Table3,
  hoffmann2022Unrounded,
  kaplan2020Allocation,
  selectBesiroglu240,
  type ChinchillaPreset,
  type Figure4Point,
} from "../laws/index.ts";
import { formatNumber, superscript, type FormatSpec } from "../lib/format.ts";
import { figure4Data, figure4Points } from "./figure4-data.ts";
import { hoffmann2022Table2Intervals80 } from "./replication-refit.ts";
import { defineModel, type Row } from "./define.ts";
import { BAND, FG, GRID, MUTED, SERIES, SHADE, dotsAsPaths, logTicks, rectsAsPaths } from "./figure.ts";
import { logGrid, memoize } from "./numeric.ts";

type P = "budget" | "excludeHighest";

/** All 245 extracted points, in file order (one module shared with the Chinchilla model). */
export { figure4Points };

/** Chinchilla itself: 70B parameters, 1.4T tokens (arXiv 2203.15556 §4.1, Table 1). */
export const CHINCHILLA = Object.freeze({ params: 70e9, tokens: 1.4e12 });
/** The Gopher budget Hoffmann et al. use for Chinchilla, 5.76e23 FLOPs (Table 3, 67B row). */
export const GOPHER_BUDGET = hoffmann2022Table3.rows.find((r) => r.params === 67e9)!.flops;

/** The constant sets the essay compares, each with a short label for figures. */
export const constantSets: readonly { key: string; label: string; preset: ChinchillaPreset }[] = Object.freeze([
  { key: "printed", label: "Hoffmann, printed", preset: hoffmann2022 },
  { key: "unrounded", label: "Hoffmann, unrounded", preset: hoffmann2022Unrounded },
  { key: "besiroglu", label: "Besiroglu et al.", preset: besiroglu2024 },
  { key: "gridFit", label: "refit, Hoffmann's procedure", preset: besiroglu2024GridFit },
]);
const setColor: Record<string, string> = { printed: SERIES[1], unrounded: SERIES[2], besiroglu: SERIES[0], gridFit: SERIES[3] };

/** Points kept after dropping the `k` highest losses (all 245 when k = 0). */
export const keptPoints = memoize((k: number): readonly Figure4Point[] => {
  const n = Math.round(k);
  return n < 1 ? [...figure4Points] : selectBesiroglu240(figure4Points, n);
});

/** Residual of one point in the fit's own currency: log L − log L̂. */
function logResidual(p: Figure4Point, preset: ChinchillaPreset): number {
  return Math.log(p.loss) - Math.log(chinchillaLoss({ params: p.params, tokens: p.tokens }, preset));
}

/** {@link logResidual} as a percentage. */
export function logResidualPercent(p: Figure4Point, preset: ChinchillaPreset): number {
  return 100 * logResidual(p, preset);
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const h = (s.length - 1) / 2;
  return (s[Math.floor(h)]! + s[Math.ceil(h)]!) / 2;
}

/** Hoffmann et al.'s δ = 10⁻³ (arXiv 2203.15556 §3.3). */
const HUBER_DELTA = 1e-3;

/** Summed Huber_δ of log residuals (the objective of arXiv 2203.15556 eq 3) for fixed constants. */
export function huberObjective(points: readonly Figure4Point[], preset: ChinchillaPreset, delta = HUBER_DELTA): number {
  let f = 0;
  for (const p of points) f += huber(logResidual(p, preset), delta);
  return f;
}

/** Huber_δ of one residual: quadratic within δ, linear beyond. */
function huber(residual: number, delta: number): number {
  const r = Math.abs(residual);
  return r <= delta ? 0.5 * r * r : delta * (r - 0.5 * delta);
}

/**
 * Every extracted point's log residual, log L − log L̂, under one set of constants. It does not
 * depend on how many points are dropped, so it is computed once per set; a new `excludeHighest`
 * then only selects and sorts (the first press at a new value stays within a frame).
 */
const logResiduals = memoize((preset: ChinchillaPreset): ReadonlyMap<Figure4Point, number> => new Map(figure4Points.map((p) => [p, logResidual(p, preset)])));

// Memoised by (points dropped, constant set): several values and two figures read the same
// statistics, and an update must stay within a frame. Pure inputs, so the cache cannot go stale.
const residualStats = memoize((k: number, preset: ChinchillaPreset) => {
  const all = logResiduals(preset);
  // 100·r, exactly as logResidualPercent computes it.
  const r = keptPoints(k).map((p) => 100 * all.get(p)!);
  return { median: median(r), above: r.filter((x) => x > 0).length / r.length, absMedian: median(r.map(Math.abs)) };
}, 16);

/** Summed Huber loss of a fit over the points kept when the `k` highest-loss are excluded (huberObjective's sum, from the stored residuals). */
const huberAt = memoize((k: number, preset: ChinchillaPreset) => {
  const all = logResiduals(preset);
  let f = 0;
  for (const p of keptPoints(k)) f += huber(all.get(p)!, HUBER_DELTA);
  return f;
}, 16);

/** FLOP-budget bands (decades) for colouring the extracted points. */
const BANDS = ["below 10¹⁹", "10¹⁹–10²⁰", "10²⁰–10²¹", "10²¹ and above"] as const;
const bandOf = (flops: number): string => {
  const e = Math.log10(flops);
  return e < 19 ? BANDS[0] : e < 20 ? BANDS[1] : e < 21 ? BANDS[2] : BANDS[3];
};

const RES_LO = -4.5,
  RES_HI = 7.5,
  RES_STEP = 0.25;
const residualSets = constantSets.filter((s) => s.key !== "besiroglu");

const dataMinFlops = Math.min(...figure4Points.map((p) => p.flops));
const dataMaxFlops = Math.max(...figure4Points.map((p) => p.flops));

const sci: FormatSpec = { kind: "sci", digits: 3 };
const fixed3: FormatSpec = { kind: "fixed", digits: 3 };
const tpp: FormatSpec = { kind: "sig", digits: 3 };
const pct: FormatSpec = { kind: "percent", digits: 2 };
const count: FormatSpec = { kind: "count", digits: 3 };

const allocation = (p: ChinchillaPreset) => chinchillaAllocationExponents(p).a;
const tokensPerParam = (p: ChinchillaPreset, flops: number) => chinchillaTokensPerParam({ flops }, p);
const table2 = (approach: "1" | "2" | "3" | "kaplan") => hoffmann2022Table2.rows.find((r) => r.approach === approach)!;

/** Interval rows for the interval-width figure: bounds relative to the interval's midpoint. */
function intervalRows(): Row[] {
  const rows: Row[] = [];
  const push = (label: string, group: string, level: string, lo: number, hi: number, estimate: number) => {
    const mid = (lo + hi) / 2;
    rows.push({ label, group, level, low: lo, high: hi, estimate, lowRel: lo / mid, highRel: hi / mid, widthPercent: (100 * (hi - lo)) / mid });
  };
  for (const approach of ["1", "2", "3"] as const) {
    const [lo, hi] = hoffmann2022Table2Intervals80[approach].a;
    push(`a, Approach ${approach}`, "Hoffmann et al., Table 2 (80%)", "80%", lo, hi, table2(approach).a);
  }
  const ci = besiroglu2024.intervals95;
  for (const [key, symbol] of [
    ["E", "E"],
    ["alpha", "α"],
    ["beta", "β"],
    ["A", "A"],
    ["B", "B"],
  ] as const) {
    push(`${symbol}, refit`, "Besiroglu et al., bootstrap (95%)", "95%", ci[key][0], ci[key][1], besiroglu2024[key]);
  }
  return rows;
}

export default defineModel<P>({
  name: "replication",
  title: "Replicating Chinchilla in your browser",
  params: {
    budget: {
      label: "compute budget",
      default: GOPHER_BUDGET,
      min: 1e18,
      max: 1e28,
      step: 10 ** 0.1,
      scale: "log",
      unit: "FLOPs",
      format: sci,
      description:
        "Training compute C = 6ND at which the compute-optimal allocation is read (default: the Gopher budget, 5.76e23 FLOPs, that Chinchilla was trained with).",
    },
    excludeHighest: {
      label: "highest-loss points dropped",
      default: 5,
      min: 0,
      max: 40,
      step: 1,
      scale: "linear",
      unit: "points",
      format: { kind: "fixed", digits: 0 },
      description: "How many of the highest-loss extracted points to leave out before comparing fits (Besiroglu et al. drop 5, keeping 240).",
    },
  },
  values: {
    pointsAll: { label: "extracted points", format: count, compute: () => figure4Points.length },
    pointsKept: { label: "points kept", format: count, compute: (p) => keptPoints(p.excludeHighest).length },
    dataMinFlops: { label: "smallest budget in the data", unit: "FLOPs", format: sci, compute: () => dataMinFlops },
    dataMaxFlops: { label: "largest budget in the data", unit: "FLOPs", format: sci, compute: () => dataMaxFlops },
    gopherBudget: { label: "Gopher budget", unit: "FLOPs", format: sci, compute: () => GOPHER_BUDGET },

    aPrinted: { label: "a, Hoffmann printed constants", format: fixed3, compute: () => allocation(hoffmann2022) },
    aUnrounded: { label: "a, Hoffmann unrounded constants", format: fixed3, compute: () => allocation(hoffmann2022Unrounded) },
    aBesiroglu: { label: "a, Besiroglu et al.", format: fixed3, compute: () => allocation(besiroglu2024) },
    aGridFit: { label: "a, refit with Hoffmann's procedure", format: fixed3, compute: () => allocation(besiroglu2024GridFit) },
    aApproach1: { label: "a, Approach 1 (Table 2)", format: { kind: "fixed", digits: 2 }, compute: () => table2("1").a },
    aApproach2: { label: "a, Approach 2 (Table 2)", format: { kind: "fixed", digits: 2 }, compute: () => table2("2").a },
    aApproach3: { label: "a, Approach 3 (Table 2)", format: { kind: "fixed", digits: 2 }, compute: () => table2("3").a },
    aKaplan: { label: "a, Kaplan et al.", format: { kind: "fixed", digits: 2 }, compute: () => kaplan2020Allocation.paramsExponent },
    approach3Low: { label: "Approach 3, 10th percentile of a", format: fixed3, compute: () => hoffmann2022Table2Intervals80["3"].a[0] },
    approach3High: { label: "Approach 3, 90th percentile of a", format: fixed3, compute: () => hoffmann2022Table2Intervals80["3"].a[1] },

    tppPrinted: { label: "tokens per parameter, printed constants", format: tpp, compute: (p) => tokensPerParam(hoffmann2022, p.budget) },
    tppUnrounded: { label: "tokens per parameter, unrounded constants", format: tpp, compute: (p) => tokensPerParam(hoffmann2022Unrounded, p.budget) },
    tppBesiroglu: { label: "tokens per parameter, Besiroglu et al.", format: tpp, compute: (p) => tokensPerParam(besiroglu2024, p.budget) },
    tppGridFit: { label: "tokens per parameter, refit", format: tpp, compute: (p) => tokensPerParam(besiroglu2024GridFit, p.budget) },
    chinchillaParams: { label: "Chinchilla's size", unit: "parameters", format: count, compute: () => CHINCHILLA.params },
    chinchillaTokens: { label: "Chinchilla's training tokens", unit: "tokens", format: count, compute: () => CHINCHILLA.tokens },
    tppChinchilla: { label: "Chinchilla's tokens per parameter (1.4T / 70B)", format: tpp, compute: () => CHINCHILLA.tokens / CHINCHILLA.params },
    paramsPrinted: {
      label: "optimal size, printed constants",
      unit: "parameters",
      format: count,
      compute: (p) => chinchillaOptimal({ flops: p.budget }, hoffmann2022).params,
    },
    paramsUnrounded: {
      label: "optimal size, unrounded constants",
      unit: "parameters",
      format: count,
      compute: (p) => chinchillaOptimal({ flops: p.budget }, hoffmann2022Unrounded).params,
    },
    paramsGridFit: {
      label: "optimal size, refit",
      unit: "parameters",
      format: count,
      compute: (p) => chinchillaOptimal({ flops: p.budget }, besiroglu2024GridFit).params,
    },

    medianResidualPrinted: {
      label: "median log residual, printed constants",
      format: pct,
      compute: (p) => residualStats(p.excludeHighest, hoffmann2022).median / 100,
    },
    medianResidualUnrounded: {
      label: "median log residual, unrounded constants",
      format: pct,
      compute: (p) => residualStats(p.excludeHighest, hoffmann2022Unrounded).median / 100,
    },
    medianResidualRefit: {
      label: "median log residual, refit",
      format: pct,
      compute: (p) => residualStats(p.excludeHighest, besiroglu2024GridFit).median / 100,
    },
    aboveUnrounded: {
      label: "share of points above the unrounded fit",
      format: { kind: "percent", digits: 2 },
      compute: (p) => residualStats(p.excludeHighest, hoffmann2022Unrounded).above,
    },
    abovePrinted: {
      label: "share of points above the printed fit",
      format: { kind: "percent", digits: 2 },
      compute: (p) => residualStats(p.excludeHighest, hoffmann2022).above,
    },
    aboveRefit: {
      label: "share of points above the refit",
      format: { kind: "percent", digits: 2 },
      compute: (p) => residualStats(p.excludeHighest, besiroglu2024GridFit).above,
    },
    huberRatioUnrounded: {
      label: "summed Huber loss of the unrounded constants over the refit's",
      format: { kind: "multiple", digits: 3 },
      compute: (p) => huberAt(p.excludeHighest, hoffmann2022Unrounded) / huberAt(p.excludeHighest, besiroglu2024GridFit),
    },
    huberRatioPrinted: {
      label: "summed Huber loss of the printed constants over the refit's",
      format: { kind: "multiple", digits: 3 },
      compute: (p) => huberAt(p.excludeHighest, hoffmann2022) / huberAt(p.excludeHighest, besiroglu2024GridFit),
    },
    tppTable3Gopher: {
      label: "Table 3's tokens per parameter at the Gopher budget (1.5T / 67B)",
      format: tpp,
      compute: () => {
        const r = hoffmann2022Table3.rows.find((x) => x.flops === GOPHER_BUDGET)!;
        return r.tokens / r.params;
      },
    },
    tppTable3GopherFromFlops: {
      label: "Table 3's tokens per parameter at the Gopher budget, from its FLOPs: C/(6N²)",
      format: tpp,
      compute: () => {
        const r = hoffmann2022Table3.rows.find((x) => x.flops === GOPHER_BUDGET)!;
        return r.flops / (6 * r.params * r.params);
      },
    },
    table3GopherMismatch: {
      label: "Table 3's 67B row: 6ND ÷ printed FLOPs − 1",
      format: { kind: "percent", digits: 2 },
      compute: () => {
        const r = hoffmann2022Table3.rows.find((x) => x.flops === GOPHER_BUDGET)!;
        return (6 * r.params * r.tokens) / r.flops - 1;
      },
    },
    widthRatioApproach2: {
      label: "Approach 2's interval on a over Approach 3's",
      format: { kind: "multiple", digits: 2 },
      compute: () => {
        const w = (k: "2" | "3") => hoffmann2022Table2Intervals80[k].a[1] - hoffmann2022Table2Intervals80[k].a[0];
        return w("2") / w("3");
      },
    },
    widthApproach3Percent: {
      label: "width of Approach 3's 80% interval on a, relative to a",
      format: { kind: "percent", digits: 2 },
      compute: () => {
        const [lo, hi] = hoffmann2022Table2Intervals80["3"].a;
        return (hi - lo) / ((hi + lo) / 2);
      },
    },
    widthBetaPercent: {
      label: "width of the refit's 95% interval on β, relative to β",
      format: { kind: "percent", digits: 2 },
      compute: () => {
        const [lo, hi] = besiroglu2024.intervals95.beta;
        return (hi - lo) / ((hi + lo) / 2);
      },
    },
  },
  figures: {
    "extracted-data": {
      title: "The 245 points extracted from Chinchilla's Figure 4",
      caption: (p) =>
        `Final loss against model size for every training run Besiroglu et al. recovered from the figure, coloured by training compute. Open rings: the ${formatNumber(Math.round(p.excludeHighest), { kind: "fixed", digits: 0 })} highest-loss points, left out of the fits.`,
      uses: ["excludeHighest"],
      sources: ["besiroglu2024", "hoffmann2022", "epochAnalyzingChinchilla"],
      constants: () => [figure4Data],
      formula: "D = C/(6N)",
      columns: [
        { key: "params", label: "Model size N (parameters)", format: count },
        { key: "flops", label: "Training compute C (FLOPs)", format: sci },
        { key: "tokens", label: "Tokens D = C/6N", format: count },
        { key: "loss", label: "Loss (nats/token)", format: { kind: "fixed", digits: 3 } },
        { key: "status", label: "In the fit" },
      ],
      compute: (p) => {
        const kept = new Set(keptPoints(p.excludeHighest));
        return figure4Points.map((q) => ({
          params: q.params,
          flops: q.flops,
          tokens: q.tokens,
          loss: q.loss,
          band: bandOf(q.flops),
          status: kept.has(q) ? "kept" : "dropped",
        }));
      },
      plot: (rows) => {
        const kept = rows.filter((r) => r.status === "kept");
        const dropped = rows.filter((r) => r.status === "dropped");
        // A legend written into the empty bottom-left corner (small models never reach loss < 2.5).
        const legend = BANDS.map((band, i) => ({ band, x: 6e7, y: 2.36 * 0.955 ** i }));
        return {
          marginRight: 20,
          x: { type: "log", label: "Model size N (parameters) →", tickFormat: (d: number) => logTicks(d) },
          y: {
            type: "log",
            label: "↑ Final loss (nats per token)",
            grid: true,
            ticks: [2, 2.5, 3, 3.5, 4, 5],
            tickFormat: (d: number) => formatNumber(d, { kind: "sig", digits: 2 }),
          },
          color: { domain: [...BANDS], range: [SERIES[4], SERIES[0], SERIES[2], SERIES[1]] },
          marks: [
            // Up to 245 points in four colours: one path per colour (see dotsAsPaths).
            Plot.dot(kept, { x: "params", y: "loss", fill: "band", r: 2.6, fillOpacity: 0.85, render: dotsAsPaths(2.6) }),
            Plot.dot(dropped, { x: "params", y: "loss", stroke: FG, r: 4.5, strokeWidth: 1.2 }),
            Plot.text([{ x: 6e7, y: 2.36 / 0.955, label: "Training compute (FLOPs)" }], { x: "x", y: "y", text: "label", fill: FG, textAnchor: "start" }),
            Plot.text(legend, { x: "x", y: "y", text: "band", fill: "band", textAnchor: "start", fontWeight: 600 }),
            Plot.text(dropped.slice(0, 1), { x: "params", y: "loss", text: () => "dropped", dx: 8, textAnchor: "start", fill: FG }),
          ],
        };
      },
      describe: (rows, p) => {
        const kept = rows.filter((r) => r.status === "kept");
        const losses = kept.map((r) => r.loss as number);
        const dropped = rows.filter((r) => r.status === "dropped");
        return `Scatter of ${rows.length} training runs: model sizes from ${formatNumber(Math.min(...rows.map((r) => r.params as number)), count)} to ${formatNumber(Math.max(...rows.map((r) => r.params as number)), count)} parameters, budgets from ${formatNumber(dataMinFlops, sci)} to ${formatNumber(dataMaxFlops, sci)} FLOPs. Loss falls with size within each budget band and with budget. ${kept.length} points are kept (losses ${formatNumber(Math.min(...losses), { kind: "fixed", digits: 2 })} to ${formatNumber(Math.max(...losses), { kind: "fixed", digits: 2 })}); ${dropped.length} dropped (${formatNumber(Math.round(p.excludeHighest), { kind: "fixed", digits: 0 })} requested; ties can drop more), the largest models of the smallest budget.`;
      },
    },
    residuals: {
      title: "How well each set of constants fits the same data",
      caption: (p) =>
        `Histogram of log residuals, log L − log L̂, over the ${formatNumber(keptPoints(p.excludeHighest).length, count)} kept points, for Hoffmann et al.'s printed and unrounded constants and for the refit with Hoffmann's own procedure. A fit that describes the data puts its residuals around zero.`,
      uses: ["excludeHighest"],
      sources: ["hoffmann2022", "besiroglu2024", "epochAnalyzingChinchilla"],
      constants: () => [hoffmann2022, hoffmann2022Unrounded, besiroglu2024GridFit],
      formula: String.raw`r_i = \log L_i - \log\big(E + A N_i^{-\alpha} + B D_i^{-\beta}\big)`,
      columns: [
        { key: "set", label: "Constants" },
        { key: "lo", label: "Residual from (%)", format: { kind: "fixed", digits: 2 } },
        { key: "hi", label: "Residual to (%)", format: { kind: "fixed", digits: 2 } },
        { key: "count", label: "Points", format: { kind: "fixed", digits: 0 } },
      ],
      compute: (p) => {
        const points = keptPoints(p.excludeHighest);
        const bins = Math.round((RES_HI - RES_LO) / RES_STEP);
        const rows: Row[] = [];
        for (const set of residualSets) {
          const counts = new Array<number>(bins).fill(0);
          const all = logResiduals(set.preset);
          for (const q of points) {
            const r = 100 * all.get(q)!;
            const i = Math.min(bins - 1, Math.max(0, Math.floor((r - RES_LO) / RES_STEP)));
            counts[i]! += 1;
          }
          counts.forEach((c, i) => {
            rows.push({ set: set.label, key: set.key, lo: RES_LO + i * RES_STEP, hi: RES_LO + (i + 1) * RES_STEP, count: c });
          });
        }
        return rows;
      },
      plot: (rows, p) => {
        const labels = residualSets.map((s) => s.label);
        const medians = residualSets.map((s) => ({ set: s.label, key: s.key, median: residualStats(p.excludeHighest, s.preset).median }));
        return {
          marginRight: 20,
          marginLeft: 44,
          height: 420,
          x: { label: "Log residual, log L − log L̂ (%) →", domain: [RES_LO, RES_HI], ticks: 12 },
          y: { label: "↑ Points", grid: true, ticks: 3 },
          fy: { domain: labels, label: null, axis: null },
          color: { domain: residualSets.map((s) => s.key), range: residualSets.map((s) => setColor[s.key]!) },
          marks: [
            // 48 bins × 3 sets: one path per colour per facet (see rectsAsPaths).
            Plot.rectY(rows, { x1: "lo", x2: "hi", y: "count", fy: "set", fill: "key", inset: 0.5, render: rectsAsPaths(0.5) }),
            Plot.ruleX([0], { stroke: FG, strokeWidth: 1 }),
            Plot.ruleX(medians, { x: "median", fy: "set", stroke: FG, strokeDasharray: "4,3", strokeWidth: 1.5 }),
            Plot.text(medians, {
              fy: "set",
              frameAnchor: "top-right",
              text: (d: { set: string; median: number }) => `${d.set}: median ${formatNumber(d.median / 100, pct)}`,
              fill: FG,
              dy: 4,
              dx: -4,
            }),
            Plot.text(medians.slice(0, 1), { fy: "set", frameAnchor: "top-right", text: () => "dashed: median; solid: zero", fill: MUTED, dy: 20, dx: -4 }),
            Plot.ruleY([0], { stroke: GRID }),
          ],
        };
      },
      describe: (rows, p) => {
        const parts = residualSets.map((s) => {
          const st = residualStats(p.excludeHighest, s.preset);
          return `${s.label}: median residual ${formatNumber(st.median / 100, pct)}, ${formatNumber(st.above, { kind: "percent", digits: 2 })} of points above the curve, median absolute residual ${formatNumber(st.absMedian / 100, pct)}`;
        });
        return `Three histograms of log residuals over ${formatNumber(keptPoints(p.excludeHighest).length, count)} points (bins of ${RES_STEP}%; values beyond ${RES_LO}% or ${RES_HI}% are counted in the end bins). ${parts.join("; ")}. ${rows.length} bins in the table.`;
      },
    },
    "interval-widths": {
      title: "How wide the published intervals are",
      caption:
        "Each published interval drawn relative to its own midpoint, so intervals on different quantities share one axis. Hoffmann et al.'s Table 2 gives 80% intervals on the allocation exponent a; Besiroglu et al. give 95% bootstrap intervals on the five constants of their refit.",
      uses: [],
      sources: ["hoffmann2022", "besiroglu2024"],
      constants: () => [hoffmann2022Table2, besiroglu2024],
      columns: [
        { key: "label", label: "Quantity" },
        { key: "group", label: "Source (level)" },
        { key: "low", label: "Low", format: { kind: "sig", digits: 4 } },
        { key: "high", label: "High", format: { kind: "sig", digits: 4 } },
        { key: "widthPercent", label: "Width (% of midpoint)", format: { kind: "sig", digits: 2 } },
      ],
      compute: () => intervalRows(),
      plot: (rows) => ({
        marginLeft: 112,
        marginRight: 70,
        height: 330,
        x: {
          type: "log",
          label: "Interval bounds ÷ interval midpoint →",
          domain: [0.25, 3],
          ticks: [0.3, 0.5, 0.7, 1, 1.5, 2, 3],
          tickFormat: (d: number) => formatNumber(d, { kind: "sig", digits: 2 }),
          grid: true,
        },
        y: { label: null, domain: rows.map((r) => r.label as string) },
        color: { domain: ["80%", "95%"], range: [SERIES[1], SERIES[0]] },
        marks: [
          Plot.ruleX([1], { stroke: MUTED }),
          Plot.link(rows, { x1: "lowRel", x2: "highRel", y1: "label", y2: "label", stroke: "level", strokeWidth: 3 }),
          Plot.tickX(rows, { x: "lowRel", y: "label", stroke: "level", strokeWidth: 2 }),
          Plot.tickX(rows, { x: "highRel", y: "label", stroke: "level", strokeWidth: 2 }),
          Plot.text(rows, {
            x: "highRel",
            y: "label",
            text: (d: Row) => `${formatNumber(d.widthPercent as number, { kind: "sig", digits: 2 })}%`,
            dx: 8,
            textAnchor: "start",
            fill: FG,
          }),
          Plot.text([{ level: "80%", label: "80% intervals, Hoffmann et al. Table 2" }], {
            frameAnchor: "top-right",
            text: "label",
            fill: "level",
            dy: 4,
            fontWeight: 600,
          }),
          Plot.text([{ level: "95%", label: "95% intervals, Besiroglu et al. bootstrap" }], {
            frameAnchor: "top-right",
            text: "label",
            fill: "level",
            dy: 20,
            fontWeight: 600,
          }),
        ],
      }),
      describe: (rows) => {
        const part = rows.map(
          (r) =>
            `${r.label} (${r.level}): ${formatNumber(r.low as number, { kind: "sig", digits: 4 })} to ${formatNumber(r.high as number, { kind: "sig", digits: 4 })}, ${formatNumber(r.widthPercent as number, { kind: "sig", digits: 2 })}% of its midpoint`,
        );
        return `Horizontal interval bars on a log axis centred on 1. ${part.join("; ")}.`;
      },
    },
    "allocation-exponents": {
      title: "The allocation exponent a from every estimate",
      caption:
        "N_opt ∝ Cᵃ. Hoffmann et al.'s three approaches as printed in their Table 2 (with the 80% intervals where given), a computed as β/(α+β) from each set of constants, and Kaplan et al.'s 0.73 for scale.",
      uses: [],
      sources: ["hoffmann2022", "besiroglu2024", "kaplan2020", "epochAnalyzingChinchilla"],
      constants: () => [hoffmann2022Table2, ...constantSets.map((s) => s.preset), kaplan2020Allocation],
      formula: String.raw`a = \frac{\beta}{\alpha+\beta}`,
      columns: [
        { key: "label", label: "Estimate" },
        { key: "a", label: "a", format: fixed3 },
        { key: "low", label: "80% low", format: fixed3 },
        { key: "high", label: "80% high", format: fixed3 },
        { key: "kind", label: "How" },
      ],
      compute: () => {
        const rows: Row[] = [];
        for (const approach of ["1", "2", "3"] as const) {
          const [lo, hi] = hoffmann2022Table2Intervals80[approach].a;
          rows.push({
            label: `Approach ${approach} (Table 2)`,
            a: table2(approach).a,
            low: lo,
            high: hi,
            kind: "printed in Table 2",
            key: `approach${approach}`,
          });
        }
        for (const set of constantSets)
          rows.push({ label: set.label, a: allocation(set.preset), low: null, high: null, kind: "β/(α+β) from the constants", key: set.key });
        rows.push({ label: "Kaplan et al. (2020)", a: kaplan2020Allocation.paramsExponent, low: null, high: null, kind: "printed (§6.1)", key: "kaplan" });
        return rows;
      },
      plot: (rows) => {
        const withInterval = rows.filter((r) => r.low !== null);
        return {
          marginLeft: 176,
          marginRight: 40,
          height: 300,
          x: { label: "Allocation exponent a (N_opt ∝ Cᵃ) →", domain: [0.42, 0.76], grid: true },
          y: { label: null, domain: rows.map((r) => r.label as string) },
          color: { domain: constantSets.map((s) => s.key), range: constantSets.map((s) => setColor[s.key]!) },
          marks: [
            Plot.rectX([{ x1: hoffmann2022Table2Intervals80["2"].a[0], x2: hoffmann2022Table2Intervals80["2"].a[1] }], {
              x1: "x1",
              x2: "x2",
              fill: BAND,
              fillOpacity: 0.6,
            }),
            Plot.link(withInterval, { x1: "low", x2: "high", y1: "label", y2: "label", stroke: FG, strokeWidth: 2 }),
            Plot.tickX(withInterval, { x: "low", y: "label", stroke: FG }),
            Plot.tickX(withInterval, { x: "high", y: "label", stroke: FG }),
            Plot.dot(
              rows.filter((r) => !((r.key as string) in setColor)),
              { x: "a", y: "label", fill: FG, r: 4.5 },
            ),
            Plot.dot(
              rows.filter((r) => (r.key as string) in setColor),
              { x: "a", y: "label", fill: "key", r: 4.5 },
            ),
            Plot.text(rows, {
              x: (d: Row) => Math.max(d.a as number, (d.high as number | null) ?? 0),
              y: "label",
              text: (d: Row) => formatNumber(d.a as number, String(d.key).startsWith("approach") || d.key === "kaplan" ? { kind: "fixed", digits: 2 } : fixed3),
              dx: 9,
              textAnchor: "start",
              fill: FG,
            }),
          ],
        };
      },
      describe: (rows) =>
        `Dot plot of a: ${rows.map((r) => `${r.label} ${formatNumber(r.a as number, fixed3)}${r.low !== null ? ` (80% interval ${formatNumber(r.low as number, fixed3)}–${formatNumber(r.high as number, fixed3)})` : ""}`).join("; ")}. The shaded band is Approach 2's 80% interval.`,
    },
    "tokens-per-param": {
      title: "Tokens per parameter at the compute-optimal point",
      caption: (p) =>
        `D_opt/N_opt against training compute for each set of constants, with Approach 1's projections from Table 3 as dots and Chinchilla itself (70B, 1.4T tokens) as a ring. The vertical rule marks the reader's budget, ${formatNumber(p.budget, sci)} FLOPs; the shaded region lies beyond the largest budget in the extracted data.`,
      uses: ["budget"],
      sources: ["hoffmann2022", "besiroglu2024", "epochAnalyzingChinchilla"],
      constants: () => [...constantSets.map((s) => s.preset), hoffmann2022Table3],
      formula: String.raw`\frac{D_{\text{opt}}}{N_{\text{opt}}} = G^{-2}\left(\frac{C}{6}\right)^{b-a}`,
      columns: [
        { key: "series", label: "Constants" },
        { key: "flops", label: "Compute C (FLOPs)", format: sci },
        { key: "tokensPerParam", label: "Tokens per parameter", format: tpp },
      ],
      compute: () => {
        const rows: Row[] = [];
        for (const set of constantSets) {
          for (const flops of logGrid(1e18, 1e28, 41)) rows.push({ series: set.label, key: set.key, flops, tokensPerParam: tokensPerParam(set.preset, flops) });
        }
        for (const r of hoffmann2022Table3.rows)
          rows.push({ series: "Approach 1 (Table 3)", key: "table3", flops: r.flops, tokensPerParam: r.tokens / r.params });
        rows.push({
          series: "Chinchilla (70B, 1.4T)",
          key: "chinchilla",
          flops: 6 * CHINCHILLA.params * CHINCHILLA.tokens,
          tokensPerParam: CHINCHILLA.tokens / CHINCHILLA.params,
        });
        return rows;
      },
      plot: (rows, p) => {
        const curves = rows.filter((r) => constantSets.some((s) => s.key === r.key));
        const ends = constantSets.map((s) => curves.filter((r) => r.key === s.key).at(-1)!);
        const table3 = rows.filter((r) => r.key === "table3");
        const chin = rows.filter((r) => r.key === "chinchilla");
        return {
          marginRight: 170,
          x: {
            type: "log",
            label: "Training compute C (FLOPs) →",
            domain: [1e18, 1e28],
            ticks: logGrid(1e18, 1e28, 11),
            tickFormat: (d: number) => {
              const e = Math.round(Math.log10(d));
              return e % 2 === 0 ? `10${superscript(e)}` : "";
            },
          },
          y: {
            type: "log",
            label: "↑ Tokens per parameter",
            domain: [5, 300],
            grid: true,
            ticks: [5, 10, 20, 50, 100, 200],
            tickFormat: (d: number) => formatNumber(d, { kind: "sig", digits: 2 }),
          },
          color: { domain: constantSets.map((s) => s.key), range: constantSets.map((s) => setColor[s.key]!) },
          marks: [
            Plot.rectX([{ x1: dataMaxFlops, x2: 1e28 }], { x1: "x1", x2: "x2", fill: SHADE }),
            Plot.text([{ x: dataMaxFlops }], {
              x: "x",
              frameAnchor: "bottom",
              text: () => "beyond the data →",
              textAnchor: "start",
              dx: 4,
              dy: -6,
              fill: MUTED,
            }),
            Plot.ruleX([p.budget], { stroke: MUTED, strokeDasharray: "3,3" }),
            Plot.line(curves, { x: "flops", y: "tokensPerParam", z: "key", stroke: "key", strokeWidth: 2 }),
            // The two refits nearly coincide: nudge their labels apart.
            Plot.text(
              ends.filter((r) => r.key === "printed" || r.key === "unrounded"),
              { x: "flops", y: "tokensPerParam", text: "series", fill: "key", textAnchor: "start", dx: 6 },
            ),
            Plot.text(
              ends.filter((r) => r.key === "besiroglu"),
              { x: "flops", y: "tokensPerParam", text: "series", fill: "key", textAnchor: "start", dx: 6, dy: -7 },
            ),
            Plot.text(
              ends.filter((r) => r.key === "gridFit"),
              { x: "flops", y: "tokensPerParam", text: "series", fill: "key", textAnchor: "start", dx: 6, dy: 7 },
            ),
            Plot.dot(table3, { x: "flops", y: "tokensPerParam", fill: FG, r: 3.5 }),
            Plot.dot(chin, { x: "flops", y: "tokensPerParam", stroke: FG, r: 6, strokeWidth: 1.5 }),
            Plot.text(chin, { x: "flops", y: "tokensPerParam", text: () => "Chinchilla", dy: 16, fill: FG }),
            Plot.text(table3.slice(-2, -1), { x: "flops", y: "tokensPerParam", text: () => "Table 3 (Approach 1)", dy: -12, fill: FG }),
          ],
        };
      },
      describe: (_rows, p) => {
        const at = constantSets.map((s) => `${s.label} ${formatNumber(tokensPerParam(s.preset, p.budget), tpp)}`);
        return `Log-log lines of tokens per parameter against compute. At ${formatNumber(p.budget, sci)} FLOPs: ${at.join(", ")}. Chinchilla was trained at ${formatNumber(CHINCHILLA.tokens / CHINCHILLA.params, tpp)} tokens per parameter; Table 3's projections stay between ${formatNumber(Math.min(...hoffmann2022Table3.rows.map((r) => r.tokens / r.params)), tpp)} and ${formatNumber(Math.max(...hoffmann2022Table3.rows.map((r) => r.tokens / r.params)), tpp)}. The extracted data end at ${formatNumber(dataMaxFlops, sci)} FLOPs.`;
      },
    },
  },
});
