/**
 * Model for the essay "How clever to bother being: scaling when data is expensive"
 * (seed 003, Dan MacKinlay's notebook). A money budget buys data points and FLOPs; the
 * Chinchilla-form loss (Hoffmann et al. 2022, arXiv 2203.15556, §3.3 eq 2) is minimised under
 * it with the law module's `costOptimal`; cleverness is an effective-data multiplier (a generic
 * method, Muennighoff et al. 2023's repeated epochs, Hernandez et al. 2021's transfer), valued
 * as the money it saves at equal loss.
 */
import * as Plot from "@observablehq/plot";
import {
  besiroglu2024,
  chinchillaTokensPerParam,
  costOptimal,
  defaultChinchillaFit,
  dataConstrainedLoss,
  effectiveTokens,
  hoffmann2022,
  hoffmann2022Unrounded,
  hernandez2021TextToPython,
  muennighoff2023,
  transferMultiplier,
  type ChinchillaPreset,
  type CostOptimal,
} from "../laws/index.ts";
import { formatNumber, type FormatSpec } from "../lib/format.ts";
import { CHINCHILLA_FIT_RANGE } from "./chinchilla-range.ts";
import { defineModel, type Params, type Row } from "./define.ts";
import { FG, FIGURE_WIDTH, MUTED, SERIES, SHADE, logTicks, snapLogDomain } from "./figure.ts";
import { brent, logGrid, memoize } from "./numeric.ts";

// ---------------------------------------------------------------------------------------------
// Inputs quoted or assumed (each is shown in the essay through a <Value>, never typed there).

/** AUD per data point: "a single data point on my last project cost AUD700,000, because that is what it costs to drill a thousand meter well" (MacKinlay, seed 003). */
export const WELL_PRICE = 700_000;
/** AUD per token of crawled web text: an assumption (crawling, filtering and storing it), not a quoted price. */
export const WEB_TEXT_PRICE = 1e-8;
/** AUD per training FLOP: an assumption (a rented accelerator's hourly price over the FLOPs it sustains in that hour). */
export const FLOP_PRICE = 2e-18;
/** Wells the default budget buys: the brief's "50 wells" example. */
const DEFAULT_WELLS = 50;
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
interface Method {
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

/**
 * The price per token at which the cost-optimal plan spends half the budget on data: Brent's
 * method in log price (the data share rises with the price).
 */
export const halfSharePrice = memoize(function halfSharePrice(budget: number, pricePerFlop: number, p: ChinchillaPreset): number {
  const share = (logPrice: number) => {
    const pT = Math.exp(logPrice);
    return dataShare(budget, pT, costOptimal({ budget, pricePerFlop, pricePerToken: pT }, p)) - 0.5;
  };
  const lo = Math.log(1e-30);
  const hi = Math.log(budget / 2);
  if (share(lo) > 0) return Math.exp(lo);
  if (share(hi) < 0) return Math.exp(hi);
  // To a relative precision of about 1e-9 in the price; enough for three digits.
  return Math.exp(brent(share, lo, hi, 1e-9));
});

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

type P = "budget" | "pricePerToken" | "pricePerFlop" | "dataMultiplier" | "epochs" | "uniqueTokens" | "charsPerToken" | "nonEmbeddingShare" | "fit";

/**
 * The Chinchilla fit the plans are computed with, chosen by the `fit` parameter: 0 is the site's
 * default ({@link defaultChinchillaFit}, Besiroglu et al.'s refit), 1 is Hoffmann et al.'s printed
 * constants (App. D.2), this essay's default before 0.2.0 (old permalinks keep them through the
 * migration). Repetition is always costed under Muennighoff et al.'s own fit (see muennighoffForm).
 */
export const FITS = [
  { preset: defaultChinchillaFit, name: "Besiroglu et al. refit (the site's default fit)" },
  { preset: hoffmann2022, name: "Hoffmann et al. printed constants" },
] as const;
const fitIndex = (p: Params<P>): 0 | 1 => (p.fit >= 0.5 ? 1 : 0);
const fitOf = (p: Params<P>): ChinchillaPreset => FITS[fitIndex(p)].preset;
const fitName = (p: Params<P>): string => FITS[fitIndex(p)].name;
/** The same parameters under Hoffmann's printed constants (for "under the printed constants it would be …"). */
const printed = (p: Params<P>): Params<P> => ({ ...p, fit: 1 });

const count: FormatSpec = { kind: "count", digits: 3 };
const count2: FormatSpec = { kind: "count", digits: 2 };
const money: FormatSpec = { kind: "count", digits: 3 };
const price: FormatSpec = { kind: "sig", digits: 2 };
const ratio: FormatSpec = { kind: "sig", digits: 3 };
const pct: FormatSpec = { kind: "percent", digits: 3 };
const times: FormatSpec = { kind: "multiple", digits: 3 };

const X_RANGE = [1e-10, 1e7] as const;
/** The price axis; a phone's narrow figure has room for a label every five decades, not three. */
const priceAxis = (width = FIGURE_WIDTH) => ({
  type: "log" as const,
  label: "Price per data point (AUD per token) →",
  domain: X_RANGE as unknown as number[],
  ticks: width < FIGURE_WIDTH ? [1e-10, 1e-5, 1, 1e5] : [1e-10, 1e-7, 1e-4, 0.1, 100, 1e5],
  tickFormat: (d: number) => logTicks(d),
});
/** Prices swept in the figures: up to the dearest price at which the budget still buys a token or two. */
const priceGrid = (p: Params<P>) => logGrid(X_RANGE[0], Math.min(X_RANGE[1], p.budget / 1.5), 52);
const planOf = memoize(
  (budget: number, pricePerFlop: number, pricePerToken: number, preset: ChinchillaPreset): CostOptimal =>
    costOptimal({ budget, pricePerFlop, pricePerToken }, preset),
  16,
);
const plan = (p: Params<P>, pricePerToken: number, preset: ChinchillaPreset = fitOf(p)): CostOptimal => planOf(p.budget, p.pricePerFlop, pricePerToken, preset);
const presetPrices = (p: Params<P>) =>
  [
    { label: "web text", price: WEB_TEXT_PRICE },
    { label: "your price", price: p.pricePerToken },
    { label: "the well", price: WELL_PRICE },
  ] as const;
const generic = (p: Params<P>): Method => ({ multiplier: p.dataMultiplier, computePerToken: p.dataMultiplier });
const repetition = (p: Params<P>): Method => ({ multiplier: repeatMultiplier(p.epochs), computePerToken: p.epochs });

/** The three methods' worth (money) at one price. */
function worthAt(p: Params<P>, pricePerToken: number) {
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

const repeatLosses = (p: Params<P>) => {
  // A model compute-optimal for the total tokens seen, under Muennighoff's own fit (α = β, so D/N is constant).
  const total = p.epochs * p.uniqueTokens;
  const params = total / chinchillaTokensPerParam({ flops: 1e21 }, muennighoffForm);
  const once = dataConstrainedLoss({ params, tokens: p.uniqueTokens, uniqueTokens: p.uniqueTokens });
  const repeated = dataConstrainedLoss({ params, tokens: total, uniqueTokens: p.uniqueTokens });
  const fresh = dataConstrainedLoss({ params, tokens: total, uniqueTokens: total });
  return { params, once, repeated, fresh, gainShare: (once - repeated) / (once - fresh || 1) };
};

export default defineModel<P>({
  name: "how-clever",
  title: "How clever to bother being: scaling when data is expensive",
  params: {
    budget: {
      label: "budget",
      default: DEFAULT_WELLS * WELL_PRICE,
      min: 2e6,
      max: 1e10,
      step: 10 ** 0.1,
      scale: "log",
      unit: "AUD",
      format: { kind: "count", digits: 2 },
      description: "Money to spend on data and training compute together (the default buys 50 wells at the seed's price).",
    },
    pricePerToken: {
      label: "price per data point",
      default: 1e-5,
      min: 1e-10,
      max: 1e6,
      step: 10 ** 0.1,
      scale: "log",
      unit: "AUD per token",
      format: price,
      description: "What one training token (one data point) costs to collect or license: the reader's own case.",
    },
    pricePerFlop: {
      label: "price per FLOP",
      default: FLOP_PRICE,
      min: 1e-20,
      max: 1e-15,
      step: 10 ** 0.1,
      scale: "log",
      unit: "AUD per FLOP",
      format: price,
      description: "What one training FLOP costs (an assumption: rented accelerator time over the FLOPs it sustains).",
    },
    dataMultiplier: {
      label: "method worth",
      default: 2,
      min: 1.1,
      max: 1000,
      step: 10 ** 0.05,
      scale: "log",
      unit: "× data",
      format: { kind: "multiple", digits: 2 },
      description: "A generic clever method: each bought data point counts as this many in the loss, while training still processes every counted token.",
    },
    epochs: {
      label: "epochs",
      default: 4,
      min: 1,
      max: 100,
      step: 10 ** 0.05,
      scale: "log",
      unit: "epochs",
      format: { kind: "sig", digits: 2 },
      description: "Passes over the same unique data (Muennighoff et al.: up to about 4 are almost as good as new data).",
    },
    uniqueTokens: {
      label: "unique data",
      default: 25e9,
      min: 1e8,
      max: 1e13,
      step: 10 ** 0.1,
      scale: "log",
      unit: "unique tokens",
      format: count2,
      description: "Unique tokens available for the repetition example (the datablations README's worked example uses 25B).",
    },
    charsPerToken: {
      label: "characters per token",
      default: 4,
      min: 1,
      max: 8,
      step: 0.1,
      scale: "linear",
      unit: "characters per token",
      format: { kind: "fixed", digits: 1 },
      description: "Converts tokens to Hernandez's characters of Python: an assumption, not a measured figure for Python.",
    },
    nonEmbeddingShare: {
      label: "non-embedding share",
      default: 0.9,
      min: 0.3,
      max: 1,
      step: 0.01,
      scale: "linear",
      format: { kind: "percent", digits: 2 },
      description: "Share of all parameters that are non-embedding (Hernandez's N); an assumption.",
    },
    fit: {
      label: "Chinchilla fit",
      default: 0,
      min: 0,
      max: 1,
      step: 1,
      scale: "linear",
      format: { kind: "choice", labels: ["Besiroglu et al. refit", "Hoffmann et al. printed"] },
      description:
        "Which Chinchilla fit the cost-optimal plans use: 0 = Besiroglu et al.'s 2024 refit (arXiv 2404.10102, the site's default); 1 = Hoffmann et al.'s printed constants (arXiv 2203.15556 App. D.2), this essay's default before version 0.2.0. Repetition is always costed under Muennighoff et al.'s own fit.",
    },
  },
  migrations: [
    {
      before: "0.2.0",
      defaults: { fit: 1 },
      note: "Before 0.2.0 this essay's plans used Hoffmann et al.'s printed constants; the site's default is now Besiroglu et al.'s refit.",
    },
  ],
  values: {
    // Inputs, shown so prose never types them.
    wellPrice: { label: "price of a well", unit: "AUD", format: money, compute: () => WELL_PRICE },
    webTextPrice: { label: "assumed price of web text", unit: "AUD per token", format: price, compute: () => WEB_TEXT_PRICE },
    flopPrice: { label: "assumed price per FLOP", unit: "AUD per FLOP", format: price, compute: () => FLOP_PRICE },
    wellsAtBudget: { label: "wells the budget buys", format: { kind: "sig", digits: 3 }, compute: (p) => p.budget / WELL_PRICE },
    budgetFlops: { label: "FLOPs the budget buys", unit: "FLOPs", format: { kind: "sci", digits: 3 }, compute: (p) => p.budget / p.pricePerFlop },
    fitMinParams: { label: "smallest fitted model", format: count2, compute: () => FIT_RANGE.minParams },
    fitMaxParams: { label: "largest fitted model", format: count2, compute: () => FIT_RANGE.maxParams },
    fitMinTokens: { label: "fewest fitted tokens", format: count2, compute: () => FIT_RANGE.minTokens },
    fitMaxTokens: { label: "most fitted tokens", format: count2, compute: () => FIT_RANGE.maxTokens },
    alphaPrinted: { label: "α (printed)", format: { kind: "fixed", digits: 2 }, compute: () => hoffmann2022.alpha },
    betaPrinted: { label: "β (printed)", format: { kind: "fixed", digits: 2 }, compute: () => hoffmann2022.beta },
    alphaFit: { label: "α of the fit used", format: { kind: "fixed", digits: 3 }, compute: (p) => fitOf(p).alpha },
    betaFit: { label: "β of the fit used", format: { kind: "fixed", digits: 3 }, compute: (p) => fitOf(p).beta },

    // Compute-optimal reference (data free).
    computeOptimalRatio: {
      label: "compute-optimal tokens per parameter",
      format: ratio,
      compute: (p) => chinchillaTokensPerParam({ flops: p.budget / p.pricePerFlop }, fitOf(p)),
    },
    computeOptimalRatioPrinted: {
      label: "compute-optimal tokens per parameter (printed constants)",
      format: ratio,
      compute: (p) => chinchillaTokensPerParam({ flops: p.budget / p.pricePerFlop }, hoffmann2022),
    },
    computeOptimalRatioUnrounded: {
      label: "compute-optimal tokens per parameter (unrounded)",
      format: ratio,
      compute: (p) => chinchillaTokensPerParam({ flops: p.budget / p.pricePerFlop }, hoffmann2022Unrounded),
    },
    computeOptimalRatioBesiroglu: {
      label: "compute-optimal tokens per parameter (Besiroglu)",
      format: ratio,
      compute: (p) => chinchillaTokensPerParam({ flops: p.budget / p.pricePerFlop }, besiroglu2024),
    },

    // The three price cases under the printed Hoffmann constants.
    ratioWeb: { label: "tokens per parameter, web text", format: ratio, compute: (p) => plan(p, WEB_TEXT_PRICE).tokensPerParam },
    ratioReader: { label: "tokens per parameter, your price", format: ratio, compute: (p) => plan(p, p.pricePerToken).tokensPerParam },
    ratioWell: { label: "tokens per parameter, the well", format: ratio, compute: (p) => plan(p, WELL_PRICE).tokensPerParam },
    ratioReaderBesiroglu: {
      label: "tokens per parameter, your price (Besiroglu)",
      format: ratio,
      compute: (p) => plan(p, p.pricePerToken, besiroglu2024).tokensPerParam,
    },
    ratioReaderPrinted: {
      label: "tokens per parameter, your price (printed constants)",
      format: ratio,
      compute: (p) => plan(p, p.pricePerToken, hoffmann2022).tokensPerParam,
    },
    paramsWeb: { label: "parameters, web text", format: count, compute: (p) => plan(p, WEB_TEXT_PRICE).params },
    tokensWeb: { label: "tokens, web text", format: count, compute: (p) => plan(p, WEB_TEXT_PRICE).tokens },
    paramsReader: { label: "parameters, your price", format: count, compute: (p) => plan(p, p.pricePerToken).params },
    tokensReader: { label: "tokens, your price", format: count, compute: (p) => plan(p, p.pricePerToken).tokens },
    paramsWell: { label: "parameters, the well", format: count, compute: (p) => plan(p, WELL_PRICE).params },
    wellsBought: { label: "wells bought", format: { kind: "sig", digits: 4 }, compute: (p) => plan(p, WELL_PRICE).tokens },
    computeSpendWell: { label: "compute spend, the well", unit: "AUD", format: money, compute: (p) => p.budget - WELL_PRICE * plan(p, WELL_PRICE).tokens },
    lossWeb: { label: "loss, web text", unit: "nats per token", format: { kind: "fixed", digits: 3 }, compute: (p) => plan(p, WEB_TEXT_PRICE).loss },
    lossReader: { label: "loss, your price", unit: "nats per token", format: { kind: "fixed", digits: 3 }, compute: (p) => plan(p, p.pricePerToken).loss },
    lossWell: { label: "loss, the well", unit: "nats per token", format: { kind: "fixed", digits: 1 }, compute: (p) => plan(p, WELL_PRICE).loss },
    shareWeb: { label: "data share, web text", format: pct, compute: (p) => dataShare(p.budget, WEB_TEXT_PRICE, plan(p, WEB_TEXT_PRICE)) },
    shareWebPrinted: {
      label: "data share, web text (printed constants)",
      format: pct,
      compute: (p) => dataShare(p.budget, WEB_TEXT_PRICE, plan(p, WEB_TEXT_PRICE, hoffmann2022)),
    },
    shareReader: { label: "data share, your price", format: pct, compute: (p) => dataShare(p.budget, p.pricePerToken, plan(p, p.pricePerToken)) },
    shareWell: { label: "data share, the well", format: { kind: "percent", digits: 6 }, compute: (p) => dataShare(p.budget, WELL_PRICE, plan(p, WELL_PRICE)) },
    modelTermRatioReader: {
      label: "model term over data term at your price (1 − s)",
      format: { kind: "sig", digits: 3 },
      compute: (p) => 1 - dataShare(p.budget, p.pricePerToken, plan(p, p.pricePerToken)),
    },
    halfSharePrice: {
      label: "price at which data takes half the budget",
      unit: "AUD per token",
      format: price,
      compute: (p) => halfSharePrice(p.budget, p.pricePerFlop, fitOf(p)),
    },
    leaveFitPrice: {
      label: "price at which the optimal data falls below the fitted range",
      unit: "AUD per token",
      format: price,
      compute: (p) => priceForTokens(p.budget, p.pricePerFlop, FIT_RANGE.minTokens, fitOf(p)),
    },

    // Cleverness.
    maxWorthShare: { label: "most a generic method can be worth", format: pct, compute: (p) => 1 - 1 / p.dataMultiplier },
    worthGenericWeb: { label: "generic method's worth, web text", unit: "AUD", format: money, compute: (p) => worthAt(p, WEB_TEXT_PRICE).generic },
    worthGenericReader: { label: "generic method's worth, your price", unit: "AUD", format: money, compute: (p) => worthAt(p, p.pricePerToken).generic },
    worthGenericWell: { label: "generic method's worth, the well", unit: "AUD", format: money, compute: (p) => worthAt(p, WELL_PRICE).generic },
    worthGenericShareWeb: { label: "generic method's worth, web text, share", format: pct, compute: (p) => worthAt(p, WEB_TEXT_PRICE).generic / p.budget },
    worthGenericShareWebPrinted: {
      label: "generic method's worth, web text, share (printed constants)",
      format: pct,
      compute: (p) => worthAt(printed(p), WEB_TEXT_PRICE).generic / p.budget,
    },
    worthGenericShareReader: {
      label: "generic method's worth, your price, share",
      format: pct,
      compute: (p) => worthAt(p, p.pricePerToken).generic / p.budget,
    },
    worthGenericShareWell: { label: "generic method's worth, the well, share", format: pct, compute: (p) => worthAt(p, WELL_PRICE).generic / p.budget },
    dataSpendSavedReader: {
      label: "data spend the method replaces at your price",
      unit: "AUD",
      format: money,
      compute: (p) => p.pricePerToken * plan(p, p.pricePerToken).tokens * (1 - 1 / p.dataMultiplier),
    },

    rdStar: { label: "R_D*", format: { kind: "sig", digits: 4 }, compute: () => muennighoff2023.rdStar },
    repeatAsymptote: { label: "limit of effective data over unique data", format: times, compute: () => 1 + muennighoff2023.rdStar },
    repeatMultiplier: { label: "effective data over unique data at your epochs", format: times, compute: (p) => repeatMultiplier(p.epochs) },
    repeatTokenValue: {
      label: "average worth of a token over all epochs, relative to a new one",
      format: pct,
      compute: (p) => repeatMultiplier(p.epochs) / p.epochs,
    },
    repeatedTokenValue: {
      label: "worth of a repeated token (epochs 2 onwards) relative to a new one",
      format: pct,
      compute: (p) => (p.epochs - 1 < 1e-9 ? 1 : (repeatMultiplier(p.epochs) - 1) / (p.epochs - 1)),
    },
    repeatParams: { label: "model size in the repetition example (Muennighoff et al.'s fit)", format: count2, compute: (p) => repeatLosses(p).params },
    repeatTotalTokens: { label: "tokens seen in the repetition example", format: count2, compute: (p) => p.epochs * p.uniqueTokens },
    lossOnce: {
      label: "loss, one epoch of the unique data (Muennighoff et al.'s fit)",
      unit: "nats per token",
      format: { kind: "fixed", digits: 4 },
      compute: (p) => repeatLosses(p).once,
    },
    lossRepeated: {
      label: "loss, repeated (Muennighoff et al.'s fit)",
      unit: "nats per token",
      format: { kind: "fixed", digits: 4 },
      compute: (p) => repeatLosses(p).repeated,
    },
    lossFresh: {
      label: "loss, the same tokens all new (Muennighoff et al.'s fit)",
      unit: "nats per token",
      format: { kind: "fixed", digits: 4 },
      compute: (p) => repeatLosses(p).fresh,
    },
    repeatGainShare: {
      label: "share of the new-data gain that repetition achieves (Muennighoff et al.'s fit)",
      format: pct,
      compute: (p) => repeatLosses(p).gainShare,
    },
    worthRepeatWeb: {
      label: "repetition's worth, web text, share (Muennighoff et al.'s fit)",
      format: pct,
      compute: (p) => worthAt(p, WEB_TEXT_PRICE).repeat / p.budget,
    },
    worthRepeatReader: {
      label: "repetition's worth, your price, share (Muennighoff et al.'s fit)",
      format: pct,
      compute: (p) => worthAt(p, p.pricePerToken).repeat / p.budget,
    },
    worthRepeatWell: {
      label: "repetition's worth, the well, share (Muennighoff et al.'s fit)",
      format: pct,
      compute: (p) => worthAt(p, WELL_PRICE).repeat / p.budget,
    },

    transferMultiplierWeb: {
      label: "transfer multiplier, web text plan",
      format: { kind: "multiple", digits: 4 },
      compute: (p) => worthAt(p, WEB_TEXT_PRICE).transferMultiplier,
    },
    transferMultiplierReader: {
      label: "transfer multiplier, your plan",
      format: { kind: "multiple", digits: 4 },
      compute: (p) => worthAt(p, p.pricePerToken).transferMultiplier,
    },
    readerChars: { label: "your plan's data in characters", format: count2, compute: (p) => plan(p, p.pricePerToken).tokens * p.charsPerToken },
    readerNonEmbedding: {
      label: "your plan's non-embedding parameters",
      format: count2,
      compute: (p) => plan(p, p.pricePerToken).params * p.nonEmbeddingShare,
    },
    worthTransferWeb: { label: "transfer's worth, web text, share", format: pct, compute: (p) => worthAt(p, WEB_TEXT_PRICE).transfer / p.budget },
    worthTransferReader: { label: "transfer's worth, your price, share", format: pct, compute: (p) => worthAt(p, p.pricePerToken).transfer / p.budget },
    worthTransferReaderMoney: { label: "transfer's worth, your price", unit: "AUD", format: money, compute: (p) => worthAt(p, p.pricePerToken).transfer },
  },
  figures: {
    "ratio-vs-price": {
      title: "Tokens per parameter as data gets expensive",
      caption: (p) =>
        `Cost-optimal tokens per parameter against the price of a data point, for a budget of AUD ${formatNumber(p.budget, count2)} at AUD ${formatNumber(p.pricePerFlop, price)} per FLOP. Dashed: the compute-optimal ratio when data is free. Dots: the three price cases under the ${fitName(p)}. Shaded: that fit's optimal data set is smaller than any Chinchilla was fitted on.`,
      uses: ["budget", "pricePerToken", "pricePerFlop", "fit"],
      formula: String.raw`\min_{N,D}\; E + \frac{A}{N^\alpha} + \frac{B}{D^\beta}\quad\text{s.t.}\quad p_F\,6ND + p_T\,D = \text{budget}`,
      sources: ["hoffmann2022", "besiroglu2024", "mackinlay"],
      constants: (p) => [fitOf(p), fitOf(p) === hoffmann2022 ? defaultChinchillaFit : hoffmann2022],
      columns: [
        { key: "fit", label: "Fit" },
        { key: "pricePerToken", label: "Price per token (AUD)", format: price },
        { key: "tokensPerParam", label: "Tokens per parameter", format: ratio },
        { key: "params", label: "Parameters", format: count },
        { key: "tokens", label: "Tokens", format: count },
        { key: "dataShare", label: "Data share of budget", format: pct },
      ],
      compute: (p) => {
        const rows: Row[] = [];
        for (const [fit, preset] of [
          ["Hoffmann (printed)", hoffmann2022],
          ["Besiroglu", besiroglu2024],
        ] as const) {
          for (const pT of priceGrid(p)) {
            const o = plan(p, pT, preset);
            rows.push({ fit, pricePerToken: pT, tokensPerParam: o.tokensPerParam, params: o.params, tokens: o.tokens, dataShare: dataShare(p.budget, pT, o) });
          }
        }
        return rows;
      },
      plot: (rows, p, { width = FIGURE_WIDTH }) => {
        const fits = ["Hoffmann (printed)", "Besiroglu"];
        const leave = priceForTokens(p.budget, p.pricePerFlop, FIT_RANGE.minTokens, fitOf(p));
        const flops = p.budget / p.pricePerFlop;
        const refs = [
          { fit: fits[0], y: chinchillaTokensPerParam({ flops }, hoffmann2022) },
          { fit: fits[1], y: chinchillaTokensPerParam({ flops }, besiroglu2024) },
        ];
        const marks = presetPrices(p).map((c) => ({ ...c, y: plan(p, c.price).tokensPerParam }));
        const shadeFrom = Math.min(Math.max(leave, X_RANGE[0]), X_RANGE[1]);
        const yMin = Math.min(...rows.map((r) => r.tokensPerParam as number));
        // A key in the empty lower-left corner: the two lines nearly coincide, so labels on them would collide.
        const key = [
          { fit: fits[0], text: "Hoffmann et al., printed constants" },
          { fit: fits[1], text: "Besiroglu et al. refit" },
        ];
        const keyY = (i: number) => yMin * 10 ** (-Math.log10(yMin) * (0.3 - 0.08 * i));
        return {
          marginRight: 24,
          marginLeft: 84,
          x: priceAxis(width),
          y: {
            type: "log",
            label: "↑ Tokens per parameter, D/N",
            domain: [snapLogDomain(yMin / 3, 1e5)[0], 1e5],
            grid: true,
            ticks: 8,
            tickFormat: (d: number) => logTicks(d),
          },
          color: { domain: fits, range: [SERIES[0], SERIES[1]] },
          marks: [
            Plot.rectX([{ x1: shadeFrom, x2: X_RANGE[1] }], { x1: "x1", x2: "x2", fill: SHADE }),
            // On a phone the note would run off the right edge: two lines, ending at the edge.
            width < FIGURE_WIDTH
              ? Plot.text([{ x: X_RANGE[1] }], {
                  x: "x",
                  frameAnchor: "top",
                  dy: 10,
                  dx: -4,
                  textAnchor: "end",
                  text: () => "data below Chinchilla's\nfitted range",
                  fill: MUTED,
                  fontSize: 11,
                })
              : Plot.text([{ x: Math.sqrt(shadeFrom * X_RANGE[1]) }], {
                  x: "x",
                  frameAnchor: "top",
                  dy: 10,
                  text: () => "data below Chinchilla's fitted range",
                  fill: MUTED,
                  fontSize: 11,
                }),
            Plot.ruleY(refs, { y: "y", stroke: "fit", strokeDasharray: "4,3", strokeOpacity: 0.8 }),
            Plot.line(rows, { x: "pricePerToken", y: "tokensPerParam", stroke: "fit", strokeWidth: 2 }),
            Plot.link(
              key.map((k, i) => ({ ...k, x1: 2e-10, x2: 2e-9, y: keyY(i) })),
              { x1: "x1", x2: "x2", y1: "y", y2: "y", stroke: "fit", strokeWidth: 2 },
            ),
            Plot.text(
              key.map((k, i) => ({ ...k, x: 3e-9, y: keyY(i) })),
              { x: "x", y: "y", text: "text", fill: "fit", textAnchor: "start", fontSize: 11 },
            ),
            Plot.text([{ x: 2e-10, y: keyY(2) }], {
              x: "x",
              y: "y",
              text: () => "dashed: compute-optimal ratio, free data",
              fill: MUTED,
              textAnchor: "start",
              fontSize: 11,
            }),
            Plot.dot(marks, { x: "price", y: "y", fill: FG, r: 4 }),
            // One mark per case: Plot's dx/dy are constants, and each label needs its own side of the line.
            Plot.text([marks[0]], { x: "price", y: "y", text: "label", fill: FG, dy: -12, textAnchor: "middle", fontSize: 11, fontWeight: "bold" }),
            // The reader's label goes right of the dot, or left of it (below the falling line) near the right edge.
            p.pricePerToken < 100
              ? Plot.text([marks[1]], { x: "price", y: "y", text: "label", fill: FG, dx: 10, textAnchor: "start", fontSize: 11, fontWeight: "bold" })
              : Plot.text([marks[1]], { x: "price", y: "y", text: "label", fill: FG, dx: -10, textAnchor: "end", fontSize: 11, fontWeight: "bold" }),
            Plot.text([marks[2]], { x: "price", y: "y", text: "label", fill: FG, dx: -8, dy: 14, textAnchor: "end", fontSize: 11, fontWeight: "bold" }),
          ],
        };
      },
      describe: (rows, p) => {
        const flops = p.budget / p.pricePerFlop;
        const [web, reader, well] = presetPrices(p).map((c) => plan(p, c.price));
        return `Log-log lines falling from left to right: as a data point gets dearer, the cost-optimal plan buys fewer tokens and a larger model. With free data the ratio is the compute-optimal ${formatNumber(chinchillaTokensPerParam({ flops }, hoffmann2022), ratio)} tokens per parameter (printed Hoffmann constants; ${formatNumber(chinchillaTokensPerParam({ flops }, besiroglu2024), ratio)} with Besiroglu's). The dots are the three price cases under the ${fitName(p)}. Web text at AUD ${formatNumber(WEB_TEXT_PRICE, price)} per token: ${formatNumber(web!.tokensPerParam, ratio)}. Your price AUD ${formatNumber(p.pricePerToken, price)}: ${formatNumber(reader!.tokensPerParam, ratio)}. The well at AUD ${formatNumber(WELL_PRICE, money)}: ${formatNumber(well!.tokensPerParam, ratio)}. Above AUD ${formatNumber(priceForTokens(p.budget, p.pricePerFlop, FIT_RANGE.minTokens, fitOf(p)), price)} per token the optimal data set has fewer than ${formatNumber(FIT_RANGE.minTokens, count2)} tokens, outside the fit (shaded). ${rows.length} rows in the table.`;
      },
    },
    epochs: {
      title: "Repeated data is worth less each pass",
      caption:
        "Effective data D′ over unique data U_D against the number of epochs, from Muennighoff et al.'s fit (their own constants). The diagonal is what new data would give; the dashed line is the limit 1 + R_D*.",
      uses: ["epochs"],
      formula: String.raw`D' = U_D + U_D R_D^* \left(1 - e^{-R_D/R_D^*}\right),\quad R_D = D/U_D - 1`,
      sources: ["muennighoff2023", "datablations"],
      constants: () => [muennighoff2023],
      columns: [
        { key: "series", label: "Series" },
        { key: "epochs", label: "Epochs", format: { kind: "sig", digits: 3 } },
        { key: "effective", label: "Effective data / unique data", format: { kind: "sig", digits: 4 } },
      ],
      compute: () => {
        const grid = logGrid(1, 100, 41);
        return [
          ...grid.map((e) => ({ series: "new data", epochs: e, effective: e })),
          ...grid.map((e) => ({ series: "repeated", epochs: e, effective: repeatMultiplier(e) })),
        ];
      },
      plot: (rows, p) => {
        const here = { epochs: p.epochs, effective: repeatMultiplier(p.epochs) };
        const limit = 1 + muennighoff2023.rdStar;
        return {
          marginRight: 24,
          x: { type: "log", label: "Epochs over the same data →", domain: [1, 100], tickFormat: (d: number) => logTicks(d) },
          y: { type: "log", label: "↑ Effective data / unique data", domain: [1, 100], grid: true, tickFormat: (d: number) => logTicks(d) },
          color: { domain: ["new data", "repeated"], range: [MUTED, SERIES[0]] },
          marks: [
            Plot.ruleY([limit], { stroke: MUTED, strokeDasharray: "4,3" }),
            Plot.text([{ x: 1.2, y: limit }], {
              x: "x",
              y: "y",
              text: () => `limit 1 + R_D* = ${formatNumber(limit, { kind: "sig", digits: 3 })}`,
              dy: -8,
              textAnchor: "start",
              fill: MUTED,
              fontSize: 11,
            }),
            Plot.line(
              rows.filter((r) => r.series === "new data"),
              { x: "epochs", y: "effective", stroke: "series", strokeWidth: 1.5, strokeDasharray: "2,3" },
            ),
            Plot.line(
              rows.filter((r) => r.series === "repeated"),
              { x: "epochs", y: "effective", stroke: "series", strokeWidth: 2 },
            ),
            Plot.text([{ x: 40, y: 40 }], { x: "x", y: "y", text: () => "new data", fill: MUTED, dx: -6, dy: -10, textAnchor: "end", fontSize: 11 }),
            Plot.text([{ x: 60, y: repeatMultiplier(60) }], {
              x: "x",
              y: "y",
              text: () => "repeated (Muennighoff)",
              fill: SERIES[0],
              dy: 14,
              textAnchor: "middle",
              fontSize: 11,
            }),
            Plot.ruleX([p.epochs], { stroke: MUTED, strokeOpacity: 0.5 }),
            Plot.dot([here], { x: "epochs", y: "effective", fill: SERIES[0], r: 4.5 }),
            Plot.text([here], {
              x: "epochs",
              y: "effective",
              text: (d: { epochs: number; effective: number }) =>
                `${formatNumber(d.effective, times)} at ${formatNumber(d.epochs, { kind: "sig", digits: 2 })} epochs`,
              dx: 8,
              dy: 12,
              textAnchor: "start",
              fill: FG,
              fontSize: 11,
            }),
          ],
        };
      },
      describe: (rows, p) => {
        const m = repeatMultiplier(p.epochs);
        return `Two lines on log-log axes: new data rises one for one with epochs; repeated data bends away and flattens towards ${formatNumber(1 + muennighoff2023.rdStar, { kind: "sig", digits: 3 })} times the unique data (R_D* = ${formatNumber(muennighoff2023.rdStar, { kind: "sig", digits: 4 })}). At ${formatNumber(p.epochs, { kind: "sig", digits: 2 })} epochs repeated data counts as ${formatNumber(m, times)} the unique data, ${formatNumber(m / p.epochs, pct)} of what new data would give (the average over all tokens seen; the repeated tokens alone are worth ${formatNumber(p.epochs - 1 < 1e-9 ? 1 : (m - 1) / (p.epochs - 1), pct)} of new ones). At 100 epochs: ${formatNumber(repeatMultiplier(100), times)}. ${rows.length} rows in the table.`;
      },
    },
    "worth-paying": {
      title: "How clever to bother being",
      caption: (p) =>
        `The most each way of being clever is worth, as a share of a budget of AUD ${formatNumber(p.budget, count2)}, against the price of a data point: the money it saves at equal loss. Generic method worth ${formatNumber(p.dataMultiplier, { kind: "multiple", digits: 2 })} data; ${formatNumber(p.epochs, { kind: "sig", digits: 2 })} epochs of repetition (Muennighoff's fit); transfer from a free pre-trained model (Hernandez's text→Python fit evaluated at the plan's data, mostly far outside its low-data regime). The curves are not computed under one law: the generic method and transfer use the plans of the ${fitName(p)}; repetition uses Muennighoff et al.'s own fit throughout, because its R_D* was fitted jointly with it. Shaded as in the first figure.`,
      uses: ["budget", "pricePerToken", "pricePerFlop", "dataMultiplier", "epochs", "charsPerToken", "nonEmbeddingShare", "fit"],
      formula: String.raw`\text{worth} = \text{budget} - \min_{N,D}\left\{\tfrac{p_T}{m}D + 6\tfrac{c\,p_F}{m}ND \;:\; \hat L(N,D) = \hat L^*\right\}`,
      sources: ["hoffmann2022", "besiroglu2024", "muennighoff2023", "hernandez2021", "mackinlay"],
      constants: (p) => [fitOf(p), muennighoff2023, hernandez2021TextToPython],
      columns: [
        { key: "method", label: "Method" },
        { key: "pricePerToken", label: "Price per token (AUD)", format: price },
        { key: "share", label: "Worth, share of budget", format: pct },
        { key: "worth", label: "Worth (AUD)", format: money },
      ],
      compute: (p) => {
        const rows: Row[] = [];
        for (const pT of priceGrid(p)) {
          const w = worthAt(p, pT);
          rows.push({ method: "generic", pricePerToken: pT, worth: w.generic, share: w.generic / p.budget });
          rows.push({ method: "repetition", pricePerToken: pT, worth: w.repeat, share: w.repeat / p.budget });
          rows.push({ method: "transfer", pricePerToken: pT, worth: w.transfer, share: w.transfer / p.budget });
        }
        return rows;
      },
      plot: (rows, p, { width }) => {
        const methods = ["generic", "repetition", "transfer"];
        const leave = Math.min(Math.max(priceForTokens(p.budget, p.pricePerFlop, FIT_RANGE.minTokens, fitOf(p)), X_RANGE[0]), X_RANGE[1]);
        const labels: Record<string, string> = {
          generic: `method worth ${formatNumber(p.dataMultiplier, { kind: "multiple", digits: 2 })} data`,
          repetition: `${formatNumber(p.epochs, { kind: "sig", digits: 2 })} epochs of repetition`,
          transfer: "transfer (the fit's value)",
        };
        const of = (m: string) => rows.filter((r) => r.method === m);
        // Generic and repetition: above their plateaus at the right; transfer: right of its rise.
        const rise = of("transfer").find((r) => (r.share as number) >= 0.5) ?? of("transfer").at(-1)!;
        const plateaus: Row[] = [of("generic").at(-1)!, of("repetition").at(-1)!].map((r) => ({ ...r, label: labels[r.method as string] ?? "" }));
        const [lower, upper] = plateaus.sort((u, v) => (u.share as number) - (v.share as number));
        const cases = presetPrices(p);
        // Whole tenths: the axis stays put while the parameters move.
        const low = Math.floor((Math.min(0, ...rows.map((r) => r.share as number)) - 0.1) * 10 + 1e-9) / 10;
        return {
          marginRight: 24,
          marginLeft: 56,
          x: priceAxis(width),
          y: {
            label: "↑ Most it is worth paying (share of budget)",
            domain: [low, 1.02],
            grid: true,
            tickFormat: (d: number) => formatNumber(d, { kind: "percent", digits: 2 }),
          },
          color: { domain: methods, range: [SERIES[0], SERIES[2], SERIES[1]] },
          marks: [
            Plot.rectX([{ x1: leave, x2: X_RANGE[1] }], { x1: "x1", x2: "x2", fill: SHADE }),
            Plot.ruleY([0], { stroke: MUTED }),
            Plot.ruleY([1 - 1 / p.dataMultiplier], { stroke: SERIES[0], strokeDasharray: "4,3", strokeOpacity: 0.7 }),
            Plot.ruleX(cases, { x: "price", stroke: MUTED, strokeOpacity: 0.6, strokeDasharray: "2,3" }),
            Plot.text(cases.slice(0, 2), { x: "price", text: "label", frameAnchor: "bottom", dy: -6, dx: 4, fill: MUTED, fontSize: 11, textAnchor: "start" }),
            Plot.text(cases.slice(2), { x: "price", text: "label", frameAnchor: "bottom", dy: -6, dx: -4, fill: MUTED, fontSize: 11, textAnchor: "end" }),
            Plot.line(rows, { x: "pricePerToken", y: "share", stroke: "method", strokeWidth: 2 }),
            // The higher plateau is labelled above its line, the lower one below, so close plateaus do not collide.
            Plot.text([upper], { x: "pricePerToken", y: "share", text: "label", fill: "method", dy: -9, textAnchor: "end", fontSize: 11, fontWeight: "bold" }),
            Plot.text([lower], { x: "pricePerToken", y: "share", text: "label", fill: "method", dy: 13, textAnchor: "end", fontSize: 11, fontWeight: "bold" }),
            Plot.text([{ ...rise, label: labels.transfer }], {
              x: "pricePerToken",
              y: "share",
              text: "label",
              fill: "method",
              dx: 8,
              textAnchor: "start",
              fontSize: 11,
              fontWeight: "bold",
            }),
          ],
        };
      },
      describe: (rows, p) => {
        const [web, reader, well] = presetPrices(p).map((c) => worthAt(p, c.price));
        const s = (x: number) => formatNumber(x / p.budget, pct);
        return `Three S-shaped curves rising from left to right on a log price axis: cleverness about data is worth almost nothing when data is cheap and up to most of the budget when data is dear. A method worth ${formatNumber(p.dataMultiplier, { kind: "multiple", digits: 2 })} data is worth ${s(web!.generic)} of the budget for web text, ${s(reader!.generic)} at your price and ${s(well!.generic)} for the well (ceiling ${formatNumber(1 - 1 / p.dataMultiplier, pct)}, dashed). Repeating ${formatNumber(p.epochs, { kind: "sig", digits: 2 })} epochs: ${s(web!.repeat)}, ${s(reader!.repeat)}, ${s(well!.repeat)} (negative where the extra compute costs more than the data saved). Transfer: ${s(web!.transfer)}, ${s(reader!.transfer)}, ${s(well!.transfer)}. ${rows.length} rows in the table.`;
      },
    },
  },
});
