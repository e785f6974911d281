/**
 * What the how-clever model's files share (each item is used by two or more of index.ts and the figure
 * files): the quoted and assumed prices, the cost-optimal plans under the chosen fit, what each way of
 * being clever is worth, the price axis and the number formats. No default export: not a figure.
 */

import {
  costOptimal,
  defaultChinchillaFit,
  effectiveTokens,
  muennighoff2023,
  transferMultiplier,
  type ChinchillaPreset,
  type CostOptimal,
} from "../../laws/index.ts";
import type { FormatSpec } from "../../lib/format.ts";
import { CHINCHILLA_FIT_RANGE } from "../chinchilla-range.ts";
import type { Params } from "../define.ts";
import { FIT_CHOICE_PRESETS, fitChoice } from "../fit-choice.ts";
import { FIGURE_WIDTH, logTicks } from "../figure.ts";
import { brent, logGrid, memoize } from "../numeric.ts";

// ---------------------------------------------------------------------------------------------
// Inputs quoted or assumed (each is shown in the essay through a <Value>, never typed there).
/** AUD per data point: "a single data point on my last project cost AUD700,000, because that is what it costs to drill a thousand meter well" (MacKinlay, seed 003). */
export const WELL_PRICE = 700_000;

/** AUD per token of crawled web text: an assumption (crawling, filtering and storing it), not a quoted price. */
export const WEB_TEXT_PRICE = 1e-8;

/** Chinchilla's fitted range (Hoffmann et al. 2022, abstract and §3). */
export const FIT_RANGE = CHINCHILLA_FIT_RANGE;

/** Muennighoff's own Chinchilla-form constants (E, A, B, α, β), for costing repetition without mixing fits. */
export const muennighoffForm: ChinchillaPreset = Object.freeze({
  E: muennighoff2023.E,
  A: muennighoff2023.A,
  B: muennighoff2023.B,
  alpha: muennighoff2023.alpha,
  beta: muennighoff2023.beta,
});

// ---------------------------------------------------------------------------------------------
// Helpers (pure; named exports so the tests can check them directly).
/**
 * The least money that reaches a loss: minimise `p_T·D + 6·p_F·N·D` subject to
 * `E + A/N^α + B/D^β = loss` (the dual of `costOptimal` with pricePerParam = 0). On the
 * constraint `N(D) = (A/(loss − E − B·D^−β))^(1/α)`, and d cost/d log D =
 * `p_T·D + 6p_F·N·D·(1 − βB·D^−β/(α·(loss − E − B·D^−β)))` runs from −∞ (at the smallest D that
 * can reach the loss) to positive, crossing zero once: Brent's method in log D.
 * @returns the cost in money units; Infinity if loss ≤ E (unreachable).
 */
export function minCostForLoss(loss: number, pricePerToken: number, pricePerFlop: number, p: ChinchillaPreset): number {
  const gap = loss - p.E;
  if (!(gap > 0)) return Infinity;
  const logB = Math.log(p.B);
  // Smallest log D with B·D^−β < gap.
  const lo = (logB - Math.log(gap)) / p.beta;
  const parts = (u: number) => {
    const dataTerm = Math.exp(logB - p.beta * u);
    const rest = gap - dataTerm;
    const logN = (Math.log(p.A) - Math.log(rest)) / p.alpha;
    return { dataTerm, rest, logN };
  };
  const slope = (u: number): number => {
    const { dataTerm, rest, logN } = parts(u);
    if (!(rest > 0)) return -Infinity;
    const token = pricePerToken * Math.exp(u);
    const compute = 6 * pricePerFlop * Math.exp(logN + u);
    return token + compute * (1 - (p.beta * dataTerm) / (p.alpha * rest));
  };
  let hi = lo + 1;
  while (slope(hi) < 0 && hi < lo + 2000) hi = lo + 2 * (hi - lo);
  const u = brent(slope, lo + 1e-12, hi, 1e-12);
  const { logN } = parts(u);
  return pricePerToken * Math.exp(u) + 6 * pricePerFlop * Math.exp(logN + u);
}

/** A way of being clever: each bought data point counts as `multiplier` in the loss; training spends `computePerToken` token-passes per bought point. */
export interface Method {
  multiplier: number;
  computePerToken: number;
}

/**
 * The most a method is worth paying: the budget minus the least money that reaches the same
 * loss with the method. With effective data D_eff = m·D and compute 6N·c·D, the method's cost is
 * `(p_T/m)·D_eff + 6·(p_F·c/m)·N·D_eff`: the same problem at prices p_T/m and p_F·c/m.
 * Negative when the method costs more than it saves.
 */
export function worthPaying(budget: number, pricePerToken: number, pricePerFlop: number, method: Method, p: ChinchillaPreset, base?: CostOptimal): number {
  const baseline = base ?? costOptimal({ budget, pricePerFlop, pricePerToken }, p);
  const cost = minCostForLoss(baseline.loss, pricePerToken / method.multiplier, (pricePerFlop * method.computePerToken) / method.multiplier, p);
  return budget - cost;
}

/** Effective-data multiplier of `epochs` passes over the same data, D′/U_D (Muennighoff's R_D*, his own fit). */
export const repeatMultiplier = (epochs: number): number => effectiveTokens({ tokens: epochs, uniqueTokens: 1 }, muennighoff2023);

/** Hernandez's multiplier (D_F + D_T)/D_F at a plan's tokens and parameters, with the unit conversion made explicit. */
export function transferMultiplierAt(plan: { params: number; tokens: number }, charsPerToken: number, nonEmbeddingShare: number): number {
  return transferMultiplier({ fineTuneData: plan.tokens * charsPerToken, nonEmbeddingParams: plan.params * nonEmbeddingShare });
}

/** The share of the budget the cost-optimal plan spends on data. */
export const dataShare = (budget: number, pricePerToken: number, plan: CostOptimal): number => (pricePerToken * plan.tokens) / budget;

/** The price per token at which the cost-optimal plan's data falls to `tokens` (prices above it buy less). */
export const priceForTokens = memoize(function priceForTokens(budget: number, pricePerFlop: number, tokens: number, p: ChinchillaPreset): number {
  const gap = (logPrice: number) => Math.log(costOptimal({ budget, pricePerFlop, pricePerToken: Math.exp(logPrice) }, p).tokens) - Math.log(tokens);
  const lo = Math.log(1e-30);
  const hi = Math.log(budget / 2);
  if (gap(lo) < 0) return 1e-30;
  if (gap(hi) > 0) return budget / 2;
  return Math.exp(brent(gap, lo, hi, 1e-9));
});

// ---------------------------------------------------------------------------------------------
// The reader's parameters, the fit they choose, number formats, the price axis and the plans.
export type P = "budget" | "pricePerToken" | "pricePerFlop" | "dataMultiplier" | "epochs" | "uniqueTokens" | "charsPerToken" | "nonEmbeddingShare" | "fit";

/**
 * The Chinchilla fit the plans are computed with, chosen by the `fit` parameter: 0 is the site's
 * default ({@link defaultChinchillaFit}, Besiroglu et al.'s refit), 1 is Hoffmann et al.'s printed
 * constants (App. D.2), this essay's default before 0.2.0 (old permalinks keep them through the
 * migration). Repetition is always costed under Muennighoff et al.'s own fit (see muennighoffForm).
 */
export const FITS = [
  { preset: FIT_CHOICE_PRESETS[0], name: "Besiroglu et al. refit (the site's default fit)" },
  { preset: FIT_CHOICE_PRESETS[1], name: "Hoffmann et al. printed constants" },
] as const;

export const fitIndex = (p: Params<P>): 0 | 1 => fitChoice(p.fit);

export const fitOf = (p: Params<P>): ChinchillaPreset => FITS[fitIndex(p)].preset;

export const fitName = (p: Params<P>): string => FITS[fitIndex(p)].name;

export const count: FormatSpec = { kind: "count", digits: 3 };

export const count2: FormatSpec = { kind: "count", digits: 2 };

export const money: FormatSpec = { kind: "count", digits: 3 };

export const price: FormatSpec = { kind: "sig", digits: 2 };

export const ratio: FormatSpec = { kind: "sig", digits: 3 };

export const pct: FormatSpec = { kind: "percent", digits: 3 };

export const times: FormatSpec = { kind: "multiple", digits: 3 };

export const X_RANGE = [1e-10, 1e7] as const;

/** The price axis; a phone's narrow figure has room for a label every five decades, not three. */
export const priceAxis = (width = FIGURE_WIDTH) => ({
  type: "log" as const,
  label: "Price per data point (AUD per token) →",
  domain: [...X_RANGE],
  ticks: width < FIGURE_WIDTH ? [1e-10, 1e-5, 1, 1e5] : [1e-10, 1e-7, 1e-4, 0.1, 100, 1e5],
  tickFormat: (d: number) => logTicks(d),
});

/** Prices swept in the figures: up to the dearest price at which the budget still buys a token or two. */
export const priceGrid = (p: Params<P>) => logGrid(X_RANGE[0], Math.min(X_RANGE[1], p.budget / 1.5), 52);

export const planOf = memoize(
  (budget: number, pricePerFlop: number, pricePerToken: number, preset: ChinchillaPreset): CostOptimal =>
    costOptimal({ budget, pricePerFlop, pricePerToken }, preset),
  16,
);

export const plan = (p: Params<P>, pricePerToken: number, preset: ChinchillaPreset = fitOf(p)): CostOptimal =>
  planOf(p.budget, p.pricePerFlop, pricePerToken, preset);

export const presetPrices = (p: Params<P>) =>
  [
    { label: "web text", price: WEB_TEXT_PRICE },
    { label: "your price", price: p.pricePerToken },
    { label: "the well", price: WELL_PRICE },
  ] as const;

export const generic = (p: Params<P>): Method => ({ multiplier: p.dataMultiplier, computePerToken: p.dataMultiplier });

export const repetition = (p: Params<P>): Method => ({ multiplier: repeatMultiplier(p.epochs), computePerToken: p.epochs });

/** The three methods' worth (money) at one price. */
export function worthAt(p: Params<P>, pricePerToken: number) {
  // Getters: a value that reads one method computes only that method's plan (and fit).
  return {
    get generic() {
      return worthPaying(p.budget, pricePerToken, p.pricePerFlop, generic(p), fitOf(p), plan(p, pricePerToken));
    },
    get repeat() {
      return worthPaying(p.budget, pricePerToken, p.pricePerFlop, repetition(p), muennighoffForm, plan(p, pricePerToken, muennighoffForm));
    },
    get transferMultiplier() {
      return transferMultiplierAt(plan(p, pricePerToken), p.charsPerToken, p.nonEmbeddingShare);
    },
    get transfer() {
      return p.budget * (1 - 1 / this.transferMultiplier);
    },
  };
}
