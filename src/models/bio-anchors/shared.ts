/**
 * What the bio-anchors model (index.ts) and its figures share: the data exponents compared and
 * their colours, the compute multiplier M^(e − 0.8) and its summary under a normal prior, the old
 * recipe through Gopher's point and the compute-optimal frontier, number formats. No default
 * export: not a figure.
 */

import {
  besiroglu2024,
  chinchillaAllocationExponents,
  chinchillaDataExponent,
  chinchillaLoss,
  chinchillaOptimal,
  defaultChinchillaFit,
  hoffmann2022,
  hoffmann2022Gopher,
  hoffmann2022Table2,
  hoffmann2022Unrounded,
  type ChinchillaPreset,
} from "../../laws/index.ts";
import { superscript, type FormatSpec } from "../../lib/format.ts";
import type { Params } from "../define.ts";
import { FG, MUTED, SERIES } from "../figure.ts";
import { memoize } from "../numeric.ts";

export type P = "sizeRatio" | "exponent" | "priorCentre" | "priorWidth" | "anchorParams" | "growthPerYear";

/**
 * Bio Anchors' data exponent: training data ∝ N^0.8, as Jacob Hilton summarises the report
 * (Cotra 2020, part 2; read here in the seed 004 thread, so secondary).
 */
export const BIO_ANCHORS_EXPONENT = 0.8;

export const table2 = (approach: "1" | "2") => hoffmann2022Table2.rows.find((r) => r.approach === approach)!;

/** The data exponents the essay compares: e with D_opt ∝ N_opt^e. */
export const exponents: readonly { key: string; label: string; value: number; how: string }[] = Object.freeze([
  { key: "bioAnchors", label: "Bio Anchors", value: BIO_ANCHORS_EXPONENT, how: "Cotra 2020 (as summarised by Hilton)" },
  { key: "besiroglu", label: "Besiroglu refit", value: chinchillaDataExponent(besiroglu2024), how: "α/β, Besiroglu et al. 2024" },
  { key: "approach1", label: "Approach 1", value: table2("1").b / table2("1").a, how: "b/a, Hoffmann et al. Table 2" },
  { key: "approach2", label: "Approach 2", value: table2("2").b / table2("2").a, how: "b/a, Hoffmann et al. Table 2" },
  { key: "unrounded", label: "Hoffmann unrounded", value: chinchillaDataExponent(hoffmann2022Unrounded), how: "α/β, unrounded constants" },
  { key: "printed", label: "Hoffmann printed", value: chinchillaDataExponent(hoffmann2022), how: "α/β, printed constants (App. D.2)" },
]);

export const colorOf: Record<string, string> = {
  bioAnchors: MUTED,
  besiroglu: SERIES[0],
  approach1: SERIES[4],
  approach2: SERIES[5],
  unrounded: SERIES[2],
  printed: SERIES[1],
  yours: FG,
};

/** Compute multiplier over the Bio Anchors estimate for a model M times larger: M^(e − 0.8). */
export function computeMultiplier(sizeRatio: number, exponent: number, baseExponent = BIO_ANCHORS_EXPONENT): number {
  return Math.exp((exponent - baseExponent) * Math.log(sizeRatio));
}

export const normalPdf = (x: number, mu: number, sigma: number) => Math.exp(-0.5 * ((x - mu) / sigma) ** 2) / (sigma * Math.sqrt(2 * Math.PI));

/** Composite Simpson's rule for ∫ f over [lo, hi] with n (even) intervals. */
export function simpson(f: (x: number) => number, lo: number, hi: number, n = 400): number {
  const h = (hi - lo) / n;
  let s = f(lo) + f(hi);
  for (let i = 1; i < n; i++) s += (i % 2 ? 4 : 2) * f(lo + i * h);
  return (s * h) / 3;
}

/**
 * Summaries of the compute multiplier when the exponent has a normal prior N(centre, width²),
 * by quadrature over ±8 widths (no sampling). Because log m is linear in e, quantiles map
 * directly: the q-quantile of m is M^(e_q − 0.8).
 */
export function priorSummary(p: Params<P>): PriorSummary {
  // Read here, so an update knows which parameters the caller's value depends on.
  return priorSummaryOf(p.priorCentre, p.priorWidth, p.sizeRatio);
}

export interface PriorSummary {
  mean: number;
  median: number;
  p10: number;
  p90: number;
  probAboveOne: number;
  probAboveTen: number;
  probExponentAboveOne: number;
}

// Six values and three figures read the same summary in one update: integrate once.
const priorSummaryOf = memoize((mu: number, sigma: number, M: number): PriorSummary => {
  const lo = mu - 8 * sigma,
    hi = mu + 8 * sigma;
  const pdf = (e: number) => normalPdf(e, mu, sigma);
  const lnM = Math.log(M);
  const mass = (from: number) => (from >= hi ? 0 : Math.min(1, simpson(pdf, Math.max(lo, from), hi) / simpson(pdf, lo, hi)));
  // m > 10 ⇔ e > 0.8 + ln 10 / ln M.
  return {
    // m·p(e) is a normal density shifted by σ²·ln M: integrate over its own ±8σ window too.
    mean: simpson((e) => computeMultiplier(M, e) * pdf(e), lo, Math.max(hi, mu + sigma * sigma * lnM + 8 * sigma), 2000),
    median: computeMultiplier(M, mu),
    p10: computeMultiplier(M, mu - 1.2815515655446004 * sigma),
    p90: computeMultiplier(M, mu + 1.2815515655446004 * sigma),
    probAboveOne: mass(BIO_ANCHORS_EXPONENT),
    probAboveTen: mass(BIO_ANCHORS_EXPONENT + Math.log(10) / lnM),
    probExponentAboveOne: mass(1),
  };
});

/** Compute needed to train a model of `params` parameters on tokens ∝ params^e through Gopher's point (hoffmann2022Gopher, the reference model trained on the pre-Chinchilla recipe): 6·N·D. */
export function anchorCompute(params: number, exponent: number): { tokens: number; flops: number } {
  const tokens = hoffmann2022Gopher.tokens * Math.exp(exponent * Math.log(params / hoffmann2022Gopher.params));
  return { tokens, flops: 6 * params * tokens };
}

/**
 * The point of the compute-optimal frontier (Hoffmann et al. §3.3 eq 4) whose model has `params`
 * parameters: N_opt = G·(C/6)^a inverted, C = 6·(N/G)^(1/a), then D_opt at that C. G is
 * N_opt at C = 6 (where C/6 = 1). Spends C = 6·N·D exactly.
 */
export function frontierAtParams(params: number, preset: ChinchillaPreset = defaultChinchillaFit): { flops: number; tokens: number } {
  const g = chinchillaOptimal({ flops: 6 }, preset).params;
  const { a } = chinchillaAllocationExponents(preset);
  const flops = 6 * Math.exp(Math.log(params / g) / a);
  return { flops, tokens: chinchillaOptimal({ flops }, preset).tokens };
}

/** Years for effective compute growing `growthPerYear`× a year to supply `multiplier`× more: ln m / ln g (negative: earlier). */
export function yearsOfGrowth(multiplier: number, growthPerYear: number): number {
  return Math.log(multiplier) / Math.log(growthPerYear);
}

/** Compute on the compute-optimal frontier (preset) that reaches `loss`, by bisection in log C. */
export function frontierComputeForLoss(loss: number, preset: ChinchillaPreset = defaultChinchillaFit): number {
  let lo = Math.log(1e15),
    hi = Math.log(1e40);
  const at = (lnC: number) => {
    const o = chinchillaOptimal({ flops: Math.exp(lnC) }, preset);
    return chinchillaLoss(o, preset);
  };
  if (!(loss < at(lo))) return Math.exp(lo);
  if (!(loss > at(hi))) return Math.exp(hi);
  for (let i = 0; i < 80; i++) {
    const mid = (lo + hi) / 2;
    if (at(mid) > loss) lo = mid;
    else hi = mid;
  }
  return Math.exp((lo + hi) / 2);
}

/** Marker labels on their own rows above a density curve, left to right by value (no overlaps). */
export function stagger<T extends { at: number }>(items: readonly T[], top: number): (T & { y: number })[] {
  return [...items].sort((a, b) => a.at - b.at).map((x, i) => ({ ...x, y: top * (1.1 + 0.1 * i) }));
}

export const mult: FormatSpec = { kind: "multiple", digits: 3 };

export const exp3: FormatSpec = { kind: "fixed", digits: 3 };

export const exp2: FormatSpec = { kind: "fixed", digits: 2 };

export const pct: FormatSpec = { kind: "percent", digits: 2 };

export const sci: FormatSpec = { kind: "sci", digits: 3 };

export const count: FormatSpec = { kind: "count", digits: 3 };

export const pow10 = (d: number) => {
  const e = Math.round(Math.log10(d));
  return Math.abs(d / 10 ** e - 1) < 1e-6 ? (e === 0 ? "1" : e === 1 ? "10" : `10${superscript(e)}`) : "";
};
