/**
 * "Fit your own runs" (/fit/): the analysis of a reader's training runs, shared by the page's web
 * worker (src/islands/fit.worker.ts) and the command line (scripts/fit.ts), so both print the
 * same numbers for the same data, options and seed. Pure; no default export (a helper, not an
 * essay model); must not import Plot (the worker loads it).
 *
 * The fit is the replication essay's: Hoffmann et al.'s objective (arXiv 2203.15556 §3.3 eq 3,
 * App. D.2: summed Huber on log loss, δ = 1e-3, L-BFGS from their grid), Besiroglu et al.'s
 * bootstrap (arXiv 2404.10102 §3: resample runs, refit from the full-data optimum), and where
 * the runs come in isoFLOP groups, Approach 2 (arXiv 2203.15556 §3.2) beside it.
 */
import {
  bootstrapChinchilla,
  chinchillaLoss,
  chinchillaOptimal,
  createRandom,
  defaultChinchillaFit,
  fitChinchilla,
  fitChinchillaApproach2,
  hoffmann2022,
  hoffmann2022GopherBudget,
  randomNormal,
  hoffmann2022Grid,
  selectBesiroglu240,
  type Approach2Fit,
  type ChinchillaEstimate,
  type ChinchillaGrid,
  type ChinchillaPoint,
} from "../laws/index.ts";
import type { FormatSpec } from "../lib/format.ts";

/** A run as the fit reads it (parsed by src/lib/runs-csv.ts). */
export interface FitRun {
  params: number;
  tokens: number;
  loss: number;
  flops: number;
  line?: number;
  label?: string;
}

/** Everything that changes the numbers: part of the permalink, the fit file and the citation. */
export interface FitOptions {
  /** Huber δ (> 0); 1e-3 in Hoffmann et al. App. D.2. */ delta: number;
  /** L-BFGS start grid in (a, b, e, α, β); Hoffmann et al.'s by default. */ grid: ChinchillaGrid;
  /** Bootstrap resamples (0: none). */ resamples: number;
  /** Seed of the bootstrap's generator (createRandom). */ seed: number;
  /** Budget C (FLOPs) at which tokens per parameter and the optimal size are read. */ budget: number;
}

export const FIT_DEFAULTS: Readonly<FitOptions> = Object.freeze({
  delta: 1e-3,
  grid: hoffmann2022Grid,
  resamples: 200,
  seed: 1,
  /** The Gopher budget Hoffmann et al. trained Chinchilla with (Table 3, 67B row). */
  budget: hoffmann2022GopherBudget.flops,
});

/** Bounds the page and the CLI accept (so both refuse the same options). */
export const FIT_LIMITS = Object.freeze({ resamples: [0, 5000] as const, delta: [1e-8, 10] as const, budget: [1e6, 1e32] as const, gridPoints: 20_000 });

const GRID_KEYS = ["alpha", "beta", "e", "a", "b"] as const;

/** A grid axis as text: "0, 0.5, 1" or a range "0:2:0.5" (from:to:step, inclusive). */
export function parseGridAxis(text: string): number[] | string {
  const t = text.trim();
  const range = /^(-?[\d.]+(?:e-?\d+)?)\s*:\s*(-?[\d.]+(?:e-?\d+)?)\s*:\s*([\d.]+(?:e-?\d+)?)$/i.exec(t);
  if (range) {
    const [from, to, step] = range.slice(1).map(Number) as [number, number, number];
    if (![from, to, step].every(Number.isFinite) || !(step > 0) || to < from) return "a range is from:to:step with to ≥ from and step > 0";
    const count = Math.floor((to - from) / step + 1e-9) + 1;
    if (count > 200) return "at most 200 values per axis";
    return Array.from({ length: count }, (_, i) => Number((from + i * step).toPrecision(12)));
  }
  const values = t
    .split(/[\s,;]+/)
    .filter(Boolean)
    .map(Number);
  if (values.length === 0) return "give at least one value";
  if (!values.every(Number.isFinite)) return "numbers separated by commas, or from:to:step";
  if (values.length > 200) return "at most 200 values per axis";
  return values;
}

/** A grid axis as the shortest text that parses back to it (a range when evenly spaced). */
export function formatGridAxis(values: readonly number[]): string {
  if (values.length >= 3) {
    const step = values[1]! - values[0]!;
    if (step > 0 && values.every((v, i) => Math.abs(v - (values[0]! + i * step)) < 1e-9 * Math.max(1, Math.abs(v))))
      return `${values[0]}:${values.at(-1)}:${Number(step.toPrecision(12))}`;
  }
  return values.join(", ");
}

/** Number of L-BFGS starts a grid makes. */
export function gridSize(grid: ChinchillaGrid): number {
  return GRID_KEYS.reduce((n, k) => n * grid[k].length, 1);
}

/** Options from untrusted input (URL, fit file, CLI), with a message per bad field; the defaults fill the rest. */
export function checkOptions(input: unknown): { options: FitOptions; problems: string[] } {
  const problems: string[] = [];
  const o = (typeof input === "object" && input !== null ? input : {}) as Record<string, unknown>;
  const options: FitOptions = { ...FIT_DEFAULTS, grid: { ...FIT_DEFAULTS.grid } };
  const num = (key: "delta" | "budget" | "resamples" | "seed", lo: number, hi: number, int: boolean, words: string) => {
    if (o[key] === undefined) return;
    const v = o[key];
    if (typeof v !== "number" || !Number.isFinite(v) || v < lo || v > hi || (int && !Number.isInteger(v)))
      problems.push(`${key}: ${String(v).slice(0, 20)} (${words})`);
    else options[key] = v;
  };
  num("delta", FIT_LIMITS.delta[0], FIT_LIMITS.delta[1], false, `a number from ${FIT_LIMITS.delta[0]} to ${FIT_LIMITS.delta[1]}`);
  num("budget", FIT_LIMITS.budget[0], FIT_LIMITS.budget[1], false, "FLOPs from 1e6 to 1e32");
  num("resamples", FIT_LIMITS.resamples[0], FIT_LIMITS.resamples[1], true, `a whole number from 0 to ${FIT_LIMITS.resamples[1]}`);
  num("seed", 0, 0xffffffff, true, "a whole number from 0 to 4294967295");
  if (o.grid !== undefined) {
    const g = (typeof o.grid === "object" && o.grid !== null ? o.grid : {}) as Record<string, unknown>;
    const grid = { ...options.grid };
    for (const k of GRID_KEYS) {
      const v = g[k];
      if (v === undefined) continue;
      if (!Array.isArray(v) || v.length === 0 || v.length > 200 || !v.every((x): x is number => typeof x === "number" && Number.isFinite(x)))
        problems.push(`grid.${k}: 1 to 200 finite numbers`);
      else grid[k] = v;
    }
    if (gridSize(grid) > FIT_LIMITS.gridPoints) problems.push(`grid: ${gridSize(grid)} starts (at most ${FIT_LIMITS.gridPoints})`);
    else options.grid = grid;
  }
  return { options, problems };
}

/** The points fitChinchilla reads. */
export function fitPoints(runs: readonly FitRun[]): ChinchillaPoint[] {
  return runs.map(({ params, tokens, loss }) => ({ params, tokens, loss }));
}

/** What the full-grid fit returns to the page and the CLI. */
export interface RunsFit {
  estimate: ChinchillaEstimate;
  objective: number;
  converged: boolean;
  iterations: number;
  starts: number;
  n: number;
}

/** Hoffmann et al.'s fit of the runs (the replication essay's procedure), from the options' δ and grid. */
export function fitRuns(runs: readonly FitRun[], options: FitOptions, onProgress?: (fraction: number) => void): RunsFit {
  const fit = fitChinchilla(fitPoints(runs), { delta: options.delta, grid: options.grid, ...(onProgress ? { onProgress } : {}) });
  return { estimate: fit.estimate, objective: fit.objective, converged: fit.converged, iterations: fit.iterations, starts: fit.starts, n: fit.n };
}

/** Besiroglu et al.'s bootstrap: `options.resamples` resamples from the full-data optimum, seeded. */
export function bootstrapRuns(
  runs: readonly FitRun[],
  estimate: ChinchillaEstimate,
  options: FitOptions,
  onProgress?: (fraction: number) => void,
): { samples: ChinchillaEstimate[]; converged: number } {
  const boot = bootstrapChinchilla(fitPoints(runs), {
    resamples: options.resamples,
    random: createRandom(options.seed),
    start: estimate,
    delta: options.delta,
    ...(onProgress ? { onProgress } : {}),
  });
  return { samples: boot.samples, converged: boot.converged };
}

/** Percentile with linear interpolation between order statistics (numpy's default). */
export function percentile(values: readonly number[], q: number): number {
  const s = values.filter(Number.isFinite).sort((x, y) => x - y);
  if (s.length === 0) return NaN;
  const h = (s.length - 1) * q;
  const lo = Math.floor(h),
    hi = Math.min(lo + 1, s.length - 1);
  return s[lo]! + (h - lo) * (s[hi]! - s[lo]!);
}

/** The frontier a set of constants implies at a budget, or NaNs when the constants have none (α or β ≤ 0). */
export function optimumAt(e: ChinchillaEstimate, flops: number): { params: number; tokens: number } {
  try {
    return chinchillaOptimal({ flops }, e);
  } catch {
    return { params: NaN, tokens: NaN };
  }
}

/** One estimated quantity with its bootstrap interval. */
export interface EstimateRow {
  key: string;
  label: string;
  estimate: number;
  low: number | null;
  high: number | null;
  format: FormatSpec;
}

type Quantity = { key: string; label: string; format: FormatSpec; read: (e: ChinchillaEstimate, budget: number) => number };
export const QUANTITIES: readonly Quantity[] = Object.freeze([
  { key: "E", label: "E (irreducible loss, nats)", format: { kind: "sig", digits: 4 }, read: (e) => e.E },
  { key: "A", label: "A", format: { kind: "sig", digits: 4 }, read: (e) => e.A },
  { key: "B", label: "B", format: { kind: "sig", digits: 4 }, read: (e) => e.B },
  { key: "alpha", label: "α (model-size exponent)", format: { kind: "sig", digits: 4 }, read: (e) => e.alpha },
  { key: "beta", label: "β (data exponent)", format: { kind: "sig", digits: 4 }, read: (e) => e.beta },
  { key: "a", label: "a in N_opt ∝ C^a, = β/(α+β)", format: { kind: "fixed", digits: 3 }, read: (e) => e.beta / (e.alpha + e.beta) },
  { key: "b", label: "b in D_opt ∝ C^b, = α/(α+β)", format: { kind: "fixed", digits: 3 }, read: (e) => e.alpha / (e.alpha + e.beta) },
  {
    key: "tokensPerParam",
    label: "tokens per parameter at the budget",
    format: { kind: "sig", digits: 3 },
    read: (e, c) => {
      const o = optimumAt(e, c);
      return o.tokens / o.params;
    },
  },
  { key: "params", label: "optimal model size at the budget", format: { kind: "count", digits: 3 }, read: (e, c) => optimumAt(e, c).params },
  { key: "tokens", label: "optimal training tokens at the budget", format: { kind: "count", digits: 3 }, read: (e, c) => optimumAt(e, c).tokens },
]);

/** One run against the fitted surface. */
export interface Residual {
  line: number;
  label: string;
  params: number;
  tokens: number;
  flops: number;
  loss: number;
  fitted: number;
  residual: number;
}

/** A point of the compute-optimal frontier: the reader's fit with its band, and the published fits. */
export interface FrontierPoint {
  flops: number;
  params: number;
  low: number | null;
  high: number | null;
  site: number;
  hoffmann: number;
  approach2: number | null;
}

/** Everything the page shows and the CLI prints, from the runs, the fit and (optionally) the bootstrap. */
export interface FitSummary {
  n: number;
  budget: number;
  confidence: number;
  rows: EstimateRow[];
  approach2: Approach2Fit | null;
  warnings: string[];
  residuals: Residual[];
  frontier: FrontierPoint[];
  resamples: number;
  /** The published fits beside the reader's (the site's default and Hoffmann's printed constants). */
  published: { key: string; label: string; estimate: ChinchillaEstimate; a: number; tokensPerParam: number; params: number }[];
}

/** The confidence of every bootstrap interval shown (percentile, central). */
export const CONFIDENCE = 0.95;

const spanText = (x: number) => (x >= 100 ? `${Math.round(x).toLocaleString("en")}×` : `${Number(x.toPrecision(2))}×`);

/** Warnings, in words, when the runs cannot identify the law (see the issue's list). */
export function identifiabilityWarnings(runs: readonly FitRun[], fit: RunsFit, rows: readonly EstimateRow[], budget: number): string[] {
  const warnings: string[] = [];
  const span = (xs: number[]) => Math.max(...xs) / Math.min(...xs);
  const ratio = span(runs.map((r) => r.tokens / r.params));
  const nSpan = span(runs.map((r) => r.params)),
    dSpan = span(runs.map((r) => r.tokens));
  if (ratio < 2)
    warnings.push(
      `Every run has nearly the same tokens per parameter (they span ${spanText(ratio)}): with N and D moving together, the fit cannot tell the model-size term from the data term, so α, β and the allocation a, b are not identified. Train some runs longer or shorter than the others.`,
    );
  if (nSpan < 10) warnings.push(`Model sizes span only ${spanText(nSpan)}: A and α rest on less than a decade of N.`);
  if (dSpan < 10) warnings.push(`Training tokens span only ${spanText(dSpan)}: B and β rest on less than a decade of D.`);
  if (runs.length < 20) warnings.push(`Only ${runs.length} runs for five parameters: expect wide intervals (bootstrap to see how wide).`);
  if (!fit.converged) warnings.push("The best start did not meet its convergence test: try a wider start grid or another Huber δ.");
  const e = fit.estimate;
  if (!(e.alpha > 0.02) || !(e.beta > 0.02))
    warnings.push(
      `The fitted ${!(e.alpha > 0.02) ? "α" : "β"} is ${(!(e.alpha > 0.02) ? e.alpha : e.beta).toPrecision(2)}: a term that barely falls with scale. The runs do not constrain it; the frontier and allocation below are not meaningful.`,
    );
  for (const key of ["E", "A", "B"]) {
    const r = rows.find((x) => x.key === key);
    if (r?.low && r.high && r.low > 0 && r.high / r.low >= 10)
      warnings.push(
        `The ${Math.round(CONFIDENCE * 100)}% interval of ${key} spans ${spanText(r.high / r.low)} (${Math.log10(r.high / r.low).toFixed(1)} orders of magnitude): the runs barely constrain it.`,
      );
  }
  for (const key of ["alpha", "beta"]) {
    const r = rows.find((x) => x.key === key);
    if (r && r.low !== null && r.high !== null && r.high - r.low > r.estimate)
      warnings.push(
        `The ${Math.round(CONFIDENCE * 100)}% interval of ${key === "alpha" ? "α" : "β"} (${r.low.toPrecision(2)} to ${r.high.toPrecision(2)}) is wider than the estimate itself.`,
      );
  }
  const maxC = Math.max(...runs.map((r) => r.flops)),
    minC = Math.min(...runs.map((r) => r.flops));
  if (budget > 10 * maxC)
    warnings.push(
      `The budget (${budget.toExponential(2)} FLOPs) is ${spanText(budget / maxC)} your largest run: the numbers at the budget are an extrapolation of the fitted form.`,
    );
  else if (budget < minC / 10)
    warnings.push(`The budget (${budget.toExponential(2)} FLOPs) is far below your smallest run: the numbers at the budget are an extrapolation.`);
  return warnings;
}

const PUBLISHED = [
  { key: "site", label: "Site default (Besiroglu et al. 2024)", estimate: defaultChinchillaFit },
  { key: "hoffmann", label: "Hoffmann et al., printed", estimate: hoffmann2022 },
] as const;

/** Log-spaced budgets covering the runs and the budget, for the frontier figure. */
function frontierBudgets(runs: readonly FitRun[], budget: number, count = 41): number[] {
  const flops = runs.map((r) => r.flops);
  const lo = Math.log10(Math.min(...flops, budget)) - 0.25,
    hi = Math.log10(Math.max(...flops, budget)) + 0.25;
  return Array.from({ length: count }, (_, i) => 10 ** (lo + ((hi - lo) * i) / (count - 1)));
}

/**
 * The summary table, Approach 2, warnings, residuals and frontier for a fit (and its bootstrap
 * samples, when run). Cheap next to the fit: closed forms, percentiles and one parabola per budget.
 */
export function summariseRuns(runs: readonly FitRun[], fit: RunsFit, samples: readonly ChinchillaEstimate[] | null, options: FitOptions): FitSummary {
  const budget = options.budget;
  const boot = samples && samples.length > 1 ? samples : null;
  const tail = (1 - CONFIDENCE) / 2;
  const rows: EstimateRow[] = QUANTITIES.map((q) => {
    const values = boot ? boot.map((s) => q.read(s, budget)) : null;
    return {
      key: q.key,
      label: q.label,
      format: q.format,
      estimate: q.read(fit.estimate, budget),
      low: values ? percentile(values, tail) : null,
      high: values ? percentile(values, 1 - tail) : null,
    };
  });
  let approach2: Approach2Fit | null = null;
  try {
    approach2 = fitChinchillaApproach2(runs.map(({ params, tokens, loss, flops }) => ({ params, tokens, loss, flops })));
  } catch {
    approach2 = null;
  }
  const residuals: Residual[] = runs.map((r, i) => {
    let fitted = NaN;
    try {
      fitted = chinchillaLoss({ params: r.params, tokens: r.tokens }, fit.estimate);
    } catch {
      /* α or β ≤ 0: no surface */
    }
    return {
      line: r.line ?? i + 1,
      label: r.label ?? "",
      params: r.params,
      tokens: r.tokens,
      flops: r.flops,
      loss: r.loss,
      fitted,
      residual: Math.log(r.loss) - Math.log(fitted),
    };
  });
  const frontier: FrontierPoint[] = frontierBudgets(runs, budget).map((c) => {
    const n = boot ? boot.map((s) => optimumAt(s, c).params) : null;
    const a2 = approach2?.ok ? approach2.paramsCoefficient * c ** approach2.a : null;
    return {
      flops: c,
      params: optimumAt(fit.estimate, c).params,
      low: n ? percentile(n, tail) : null,
      high: n ? percentile(n, 1 - tail) : null,
      site: optimumAt(defaultChinchillaFit, c).params,
      hoffmann: optimumAt(hoffmann2022, c).params,
      approach2: a2,
    };
  });
  const published = PUBLISHED.map((p) => {
    const o = optimumAt(p.estimate, budget);
    return {
      key: p.key,
      label: p.label,
      estimate: { E: p.estimate.E, A: p.estimate.A, B: p.estimate.B, alpha: p.estimate.alpha, beta: p.estimate.beta },
      a: p.estimate.beta / (p.estimate.alpha + p.estimate.beta),
      tokensPerParam: o.tokens / o.params,
      params: o.params,
    };
  });
  return {
    n: runs.length,
    budget,
    confidence: CONFIDENCE,
    rows,
    approach2,
    warnings: identifiabilityWarnings(runs, fit, rows, budget),
    residuals,
    frontier,
    resamples: boot ? boot.length : 0,
    published,
  };
}

/** The whole analysis in one call (the CLI's path; the page runs the same three steps in its worker). */
export function analyseRuns(
  runs: readonly FitRun[],
  options: FitOptions,
): { fit: RunsFit; samples: ChinchillaEstimate[] | null; bootConverged: number; summary: FitSummary } {
  const fit = fitRuns(runs, options);
  const boot = options.resamples >= 2 ? bootstrapRuns(runs, fit.estimate, options) : null;
  return { fit, samples: boot?.samples ?? null, bootConverged: boot?.converged ?? 0, summary: summariseRuns(runs, fit, boot?.samples ?? null, options) };
}

/** The summary as flat rows (CSV output of the CLI and the page's download): quantity, estimate, interval. */
export function summaryCsvRows(summary: FitSummary): Record<string, number | string | null>[] {
  const out: Record<string, number | string | null>[] = summary.rows.map((r) => ({
    estimator: "parametric fit (Approach 3)",
    quantity: r.key,
    estimate: r.estimate,
    low: r.low,
    high: r.high,
  }));
  if (summary.approach2?.ok) {
    out.push({ estimator: "isoFLOP parabolas (Approach 2)", quantity: "a", estimate: summary.approach2.a, low: null, high: null });
    out.push({ estimator: "isoFLOP parabolas (Approach 2)", quantity: "b", estimate: summary.approach2.b, low: null, high: null });
  }
  return out;
}

/** The design of a synthetic isoFLOP study (the page's example and the recovery tests). */
export interface SyntheticDesign {
  /** Constants the runs are drawn from. */ truth: ChinchillaEstimate;
  /** Training budgets, FLOPs. */ budgets: readonly number[];
  /** Model sizes per budget, log-spaced from N_opt/spread to N_opt·spread. */ sizesPerBudget: number;
  /** Sizes span N_opt(C)/spread to N_opt(C)·spread. */ spread: number;
  /** Standard deviation of the multiplicative noise on the loss (natural-log units). */ noise: number;
  seed: number;
}

/** The page's worked example: five budgets, seven sizes each, 0.5% noise, from Hoffmann et al.'s unrounded constants. */
export const EXAMPLE_DESIGN: Readonly<Omit<SyntheticDesign, "truth">> = Object.freeze({
  budgets: Object.freeze([1e18, 1e19, 1e20, 1e21, 1e22]),
  sizesPerBudget: 7,
  spread: 8,
  noise: 0.005,
  seed: 20220329,
});

/**
 * Runs drawn from `truth` on an isoFLOP design: at each budget C, sizes N around the true
 * optimum, D = C/(6N), L = L̂(N, D)·exp(noise·z) with z standard normal from createRandom(seed).
 */
export function syntheticRuns(design: SyntheticDesign): FitRun[] {
  const random = createRandom(design.seed);
  const runs: FitRun[] = [];
  for (const flops of design.budgets) {
    const center = optimumAt(design.truth, flops).params;
    for (let k = 0; k < design.sizesPerBudget; k++) {
      const t = design.sizesPerBudget === 1 ? 0 : (2 * k) / (design.sizesPerBudget - 1) - 1;
      const params = center * design.spread ** t;
      const tokens = flops / (6 * params);
      const loss = chinchillaLoss({ params, tokens }, design.truth) * Math.exp(design.noise * randomNormal(random));
      runs.push({ params, tokens, loss, flops, line: runs.length + 2 });
    }
  }
  return runs;
}

/** Runs as CSV text with a header (N, D, L, C), numbers to `digits` significant digits. */
export function runsAsCsv(runs: readonly FitRun[], digits = 6): string {
  const f = (x: number) => String(Number(x.toPrecision(digits)));
  return `N,D,L,C\n${runs.map((r) => `${f(r.params)},${f(r.tokens)},${f(r.loss)},${f(r.flops)}`).join("\n")}\n`;
}

/**
 * The replication data set as a reader would paste it: the lines of Epoch's extracted Figure 4
 * file (content/data/chinchilla-figure4-extracted.csv) that Besiroglu et al. keep (all but the 5
 * highest losses: `selectBesiroglu240`), with only the columns the fit reads, numbers as in the file.
 */
export function replicationCsv(figure4Csv: string): string {
  const lines = figure4Csv.split(/\r?\n/).filter((l) => l.trim() !== "");
  const header = lines[0]!.split(",");
  const iN = header.indexOf("Model Size"),
    iC = header.indexOf("Training FLOP"),
    iL = header.indexOf("loss");
  const rows = lines.slice(1).map((l) => l.split(","));
  const kept = new Set(selectBesiroglu240(rows.map((cells, i) => ({ i, loss: Number(cells[iL]) }))).map((p) => p.i));
  return `Model Size,Training FLOP,loss\n${rows
    .filter((_, i) => kept.has(i))
    .map((c) => `${c[iN]},${c[iC]},${c[iL]}`)
    .join("\n")}\n`;
}

/** The options in words, for the citation, the fit file and the page. */
export function optionsText(o: FitOptions): string {
  const grid = GRID_KEYS.map((k) => `${k === "alpha" ? "α" : k === "beta" ? "β" : k} ${formatGridAxis(o.grid[k])}`).join(", ");
  const boot = o.resamples >= 2 ? `bootstrap ${o.resamples} resamples, seed ${o.seed}` : "no bootstrap";
  return `Huber δ = ${o.delta}; start grid ${grid} (${gridSize(o.grid)} starts); ${boot}; budget ${o.budget.toExponential(3)} FLOPs`;
}

/** The command that prints the same numbers offline (scripts/fit.ts). */
export function cliCommand(o: FitOptions, file = "runs.csv"): string {
  const args = [`npm run fit -- ${file}`];
  if (o.resamples >= 2) args.push(`--bootstrap ${o.resamples}`, `--seed ${o.seed}`);
  if (o.delta !== FIT_DEFAULTS.delta) args.push(`--delta ${o.delta}`);
  if (o.budget !== FIT_DEFAULTS.budget) args.push(`--budget ${o.budget.toExponential()}`);
  const grid = GRID_KEYS.filter((k) => formatGridAxis(o.grid[k]) !== formatGridAxis(FIT_DEFAULTS.grid[k])).map((k) => `${k}=${formatGridAxis(o.grid[k])}`);
  if (grid.length) args.push(`--grid "${grid.join(";")}"`);
  return args.join(" ");
}

/** Grid overrides written as "alpha=0:2:0.5;e=-1,0,1" (the CLI's --grid and the page's fields). */
export function parseGridSpec(spec: string, base: ChinchillaGrid = FIT_DEFAULTS.grid): ChinchillaGrid | string {
  const grid = { ...base };
  for (const part of spec
    .split(";")
    .map((s) => s.trim())
    .filter(Boolean)) {
    const m = /^(alpha|beta|e|a|b)\s*=\s*(.+)$/.exec(part);
    if (!m) return `"${part}": write axis=values, axis one of alpha, beta, e, a, b`;
    const values = parseGridAxis(m[2]!);
    if (typeof values === "string") return `${m[1]}: ${values}`;
    grid[m[1] as (typeof GRID_KEYS)[number]] = values;
  }
  if (gridSize(grid) > FIT_LIMITS.gridPoints) return `${gridSize(grid)} starts (at most ${FIT_LIMITS.gridPoints})`;
  return grid;
}

/** What the CLI prints as JSON and the page exports: the numbers, and what produced them. */
export interface FitReport {
  format: "scaling-laws-computed/fit-report";
  version: string;
  /** SHA-256 of the canonical runs (src/lib/runs-csv.ts canonicalRuns), hex. */
  dataSha256: string;
  n: number;
  options: FitOptions;
  estimate: ChinchillaEstimate;
  converged: boolean;
  objective: number;
  rows: EstimateRow[];
  approach2: { ok: boolean; a: number | null; b: number | null; budgetsUsed: number; reason: string | null };
  warnings: string[];
}

/** Assemble the report from a fit, its summary and the data's hash (the same on the page and in the CLI). */
export function fitReport(fit: RunsFit, summary: FitSummary, options: FitOptions, dataSha256: string, version: string): FitReport {
  const a2 = summary.approach2;
  return {
    format: "scaling-laws-computed/fit-report",
    version,
    dataSha256,
    n: fit.n,
    options,
    estimate: fit.estimate,
    converged: fit.converged,
    objective: fit.objective,
    rows: summary.rows,
    approach2: {
      ok: !!a2?.ok,
      a: a2?.ok ? a2.a : null,
      b: a2?.ok ? a2.b : null,
      budgetsUsed: a2?.used ?? 0,
      reason: a2?.ok ? null : (a2?.reason ?? "no runs"),
    },
    warnings: summary.warnings,
  };
}

/** SHA-256 of text, hex (Web Crypto: the same in browsers, workers and Node ≥ 20). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** What a fit's citation names: the site, its version, the data's hash, the options, the permalink. */
export interface FitCiteInput {
  siteName: string;
  year: string;
  version: string;
  n: number;
  dataSha256: string;
  options: FitOptions;
  url: string;
}

/** Plain-text citation of a fit (the page's "Cite" block and its downloads). */
export function fitCiteText(c: FitCiteInput): string {
  return `${c.siteName} (${c.year}). Fit of ${c.n.toLocaleString("en")} training runs to the Chinchilla loss, data SHA-256 ${c.dataSha256}. ${c.siteName}, version ${c.version}. Options: ${optionsText(c.options)}. ${c.url} CC BY 4.0.`;
}

/** BibTeX of a fit: key from the data's hash, note with the version, hash and options. */
export function fitCiteBibtex(c: FitCiteInput): string {
  const esc = (t: string) => t.replace(/([{}&%$#_])/g, "\\$1");
  return [
    `@misc{slc-fit-${c.dataSha256.slice(0, 12)},`,
    `  title = {{Fit of ${c.n} training runs to the Chinchilla loss}},`,
    `  author = {{${c.siteName}}},`,
    `  year = {${c.year}},`,
    `  publisher = {${c.siteName}},`,
    `  version = {${c.version}},`,
    `  url = {${c.url}},`,
    `  note = {${esc(`Version ${c.version}; data SHA-256 ${c.dataSha256}; options: ${optionsText(c.options)}`)}},`,
    "  license = {CC BY 4.0}",
    "}",
  ].join("\n");
}
