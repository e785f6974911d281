/**
 * Pure helpers shared by the replication essay's refit: the build-time table (Refit.astro), the
 * web worker that refits in the browser (src/islands/refit.worker.ts) and its island. No default
 * export, so the model registry ignores this file.
 */
import {
  besiroglu2024,
  besiroglu2024GridFit,
  chinchillaAllocationExponents,
  chinchillaOptimal,
  chinchillaTokensPerParam,
  hoffmann2022,
  hoffmann2022Unrounded,
  selectBesiroglu240,
  type ChinchillaEstimate,
  type ChinchillaPreset,
  type Figure4Point,
} from "../laws/index.ts";
import type { FormatSpec } from "../lib/format.ts";

/** What the reader can change before a refit. */
export interface RefitSettings {
  /** Huber δ (> 0); Hoffmann et al. used 1e-3 (arXiv 2203.15556 App. D.2). */
  delta: number;
  /** Drop this many highest-loss points (0 keeps all 245; Besiroglu et al. drop 5). */
  exclude: number;
  /** Also drop points with loss ≥ this (nats per token); null for no threshold. */
  maxLoss: number | null;
}

export const DEFAULT_SETTINGS: Readonly<RefitSettings> = Object.freeze({ delta: 1e-3, exclude: 5, maxLoss: null });

/** Huber δ values offered to the reader (the paper's 1e-3 among them). */
export const DELTAS: readonly number[] = Object.freeze([1e-5, 1e-4, 1e-3, 1e-2, 1e-1, 1]);

/** The points a refit uses under these settings, in file order. */
export function refitPoints(all: readonly Figure4Point[], s: RefitSettings): Figure4Point[] {
  const k = Math.max(0, Math.min(all.length - 6, Math.round(s.exclude)));
  const kept = k < 1 ? [...all] : selectBesiroglu240(all, k);
  const maxLoss = s.maxLoss;
  return maxLoss === null ? kept : kept.filter((p) => p.loss < maxLoss);
}

/**
 * Round constants the way Hoffmann et al. printed theirs (App. D.2 eq 10: E 1.69, A 406.4,
 * B 410.7, α 0.34, β 0.28): E, α, β to two decimals, A and B to one.
 */
export function roundLikePaper(e: ChinchillaEstimate): ChinchillaEstimate {
  const r = (x: number, d: number) => Number(x.toFixed(d));
  return { E: r(e.E, 2), A: r(e.A, 1), B: r(e.B, 1), alpha: r(e.alpha, 2), beta: r(e.beta, 2) };
}

/** Conclusions a set of constants implies at a budget (arXiv 2203.15556 §3.3 eq 4). */
export function refitConclusions(e: ChinchillaEstimate, flops: number): { a: number; tokensPerParam: number; params: number; tokens: number } {
  const preset: ChinchillaPreset = e;
  const { params, tokens } = chinchillaOptimal({ flops }, preset);
  return { a: chinchillaAllocationExponents(preset).a, tokensPerParam: chinchillaTokensPerParam({ flops }, preset), params, tokens };
}

/** One row of a refit table: a quantity, how to format it, and how to read it off constants. */
export interface RefitQuantity {
  key: string;
  label: string;
  format: FormatSpec;
  read: (e: ChinchillaEstimate, flops: number) => number;
}

export const REFIT_QUANTITIES: readonly RefitQuantity[] = Object.freeze([
  { key: "E", label: "E", format: { kind: "sig", digits: 5 }, read: (e) => e.E },
  { key: "A", label: "A", format: { kind: "sig", digits: 5 }, read: (e) => e.A },
  { key: "B", label: "B", format: { kind: "sig", digits: 5 }, read: (e) => e.B },
  { key: "alpha", label: "α", format: { kind: "sig", digits: 5 }, read: (e) => e.alpha },
  { key: "beta", label: "β", format: { kind: "sig", digits: 5 }, read: (e) => e.beta },
  { key: "a", label: "a = β/(α+β)", format: { kind: "fixed", digits: 3 }, read: (e, c) => refitConclusions(e, c).a },
  { key: "tokensPerParam", label: "tokens/param at budget", format: { kind: "sig", digits: 3 }, read: (e, c) => refitConclusions(e, c).tokensPerParam },
  { key: "params", label: "optimal size at budget", format: { kind: "count", digits: 3 }, read: (e, c) => refitConclusions(e, c).params },
]);

/** The constant sets shown beside a refit, from the law module's presets. */
export const REFERENCE_SETS: readonly { key: string; label: string; estimate: ChinchillaEstimate }[] = Object.freeze([
  { key: "gridFit", label: "Epoch notebook", estimate: besiroglu2024GridFit },
  { key: "besiroglu", label: "Besiroglu headline", estimate: besiroglu2024 },
  { key: "printed", label: "Hoffmann printed", estimate: hoffmann2022 },
  { key: "unrounded", label: "Hoffmann unrounded", estimate: hoffmann2022Unrounded },
]);

/** Largest relative difference over E, A, B, α, β between two estimates. */
export function largestRelativeDifference(x: ChinchillaEstimate, y: ChinchillaEstimate): number {
  return Math.max(...(["E", "A", "B", "alpha", "beta"] as const).map((k) => Math.abs(x[k] / y[k] - 1)));
}

/** Percentile with linear interpolation between order statistics (numpy's default). */
export function percentile(values: readonly number[], q: number): number {
  const s = [...values].sort((a, b) => a - b);
  const h = (s.length - 1) * q;
  const lo = Math.floor(h),
    hi = Math.min(lo + 1, s.length - 1);
  return s[lo]! + (h - lo) * (s[hi]! - s[lo]!);
}

/**
 * Hoffmann et al.'s Table 2: 10th and 90th percentiles (80% intervals, "bootstrapping data,
 * 80% of the dataset sampled 100 times") of the allocation exponents, N_opt ∝ C^a, D_opt ∝ C^b.
 * Source: arXiv 2203.15556 Table 2. The law module carries the central values only.
 */
export const hoffmann2022Table2Intervals80 = Object.freeze({
  "1": Object.freeze({ a: [0.488, 0.502] as const, b: [0.501, 0.512] as const }),
  "2": Object.freeze({ a: [0.462, 0.534] as const, b: [0.483, 0.529] as const }),
  "3": Object.freeze({ a: [0.454, 0.455] as const, b: [0.542, 0.543] as const }),
});

/** A formatted-later table: one row per quantity, one value per column. */
export interface SummaryTable {
  columns: string[];
  rows: { key: string; label: string; format: FormatSpec; values: number[] }[];
}

/** The refit table: every quantity of {@link REFIT_QUANTITIES} for each column's constants. */
export function summaryTable(columns: readonly { label: string; estimate: ChinchillaEstimate }[], flops: number): SummaryTable {
  return {
    columns: columns.map((c) => c.label),
    rows: REFIT_QUANTITIES.map((q) => ({ key: q.key, label: q.label, format: q.format, values: columns.map((c) => q.read(c.estimate, flops)) })),
  };
}

/** One bootstrap interval beside the published one. */
export interface IntervalRow {
  key: string;
  label: string;
  level: string;
  format: FormatSpec;
  low: number;
  high: number;
  publishedLow: number | null;
  publishedHigh: number | null;
  published: string;
}

/**
 * Percentile intervals from bootstrap samples: 95% on the five constants (beside Besiroglu et
 * al.'s published 95% intervals) and 80% on a and on tokens per parameter at the budget (beside
 * Hoffmann et al.'s Table 2 80% interval on a for Approach 3).
 */
export function bootstrapIntervals(samples: readonly ChinchillaEstimate[], flops: number): IntervalRow[] {
  const ci = besiroglu2024.intervals95;
  const rows: IntervalRow[] = (["E", "A", "B", "alpha", "beta"] as const).map((k) => {
    const q = REFIT_QUANTITIES.find((x) => x.key === k)!;
    const v = samples.map((s) => s[k]);
    return {
      key: k,
      label: q.label,
      level: "95%",
      format: { kind: "sig", digits: 4 },
      low: percentile(v, 0.025),
      high: percentile(v, 0.975),
      publishedLow: ci[k][0],
      publishedHigh: ci[k][1],
      published: "Besiroglu et al. (95%)",
    };
  });
  const a = samples.map((s) => s.beta / (s.alpha + s.beta));
  const [hLow, hHigh] = hoffmann2022Table2Intervals80["3"].a;
  rows.push({
    key: "a",
    label: "a = β/(α+β)",
    level: "80%",
    format: { kind: "fixed", digits: 3 },
    low: percentile(a, 0.1),
    high: percentile(a, 0.9),
    publishedLow: hLow,
    publishedHigh: hHigh,
    published: "Hoffmann et al., Approach 3 (80%)",
  });
  const t = samples.map((s) => chinchillaTokensPerParam({ flops }, s));
  rows.push({
    key: "tokensPerParam",
    label: "tokens per parameter at the budget",
    level: "80%",
    format: { kind: "sig", digits: 3 },
    low: percentile(t, 0.1),
    high: percentile(t, 0.9),
    publishedLow: null,
    publishedHigh: null,
    published: "",
  });
  return rows;
}

/**
 * Besiroglu et al.'s sample-size argument (arXiv 2404.10102 §4): interval width shrinks like
 * 1/√n, so matching a width w_H from a width w with n points needs n·(w/w_H)² points.
 */
export function runsForWidth(n: number, width: number, targetWidth: number): number {
  return n * (width / targetWidth) ** 2;
}
