/**
 * Model for the essay "How clever to bother being: scaling when data is expensive"
 * (seed 003, Dan MacKinlay's notebook). A money budget buys data points and FLOPs; the
 * Chinchilla-form loss (Hoffmann et al. 2022, arXiv 2203.15556, §3.3 eq 2) is minimised under
 * it with the law module's `costOptimal`; cleverness is an effective-data multiplier (a generic
 * method, Muennighoff et al. 2023's repeated epochs, Hernandez et al. 2021's transfer), valued
 * as the money it saves at equal loss.
 */

import {
  besiroglu2024,
  chinchillaTokensPerParam,
  costOptimal,
  dataConstrainedLoss,
  hoffmann2022,
  hoffmann2022Unrounded,
  muennighoff2023,
  type ChinchillaPreset,
} from "../../laws/index.ts";
import { type Params, defineModel, figuresIn } from "../define.ts";
import { fitChoiceParam } from "../fit-choice.ts";
import { brent, memoize } from "../numeric.ts";
import {
  muennighoffForm,
  WELL_PRICE,
  WEB_TEXT_PRICE,
  FIT_RANGE,
  repeatMultiplier,
  dataShare,
  priceForTokens,
  fitOf,
  count,
  count2,
  money,
  price,
  ratio,
  pct,
  times,
  plan,
  worthAt,
} from "./shared.ts";
import type { P } from "./shared.ts";

/** AUD per training FLOP: an assumption (a rented accelerator's hourly price over the FLOPs it sustains in that hour). */
export const FLOP_PRICE = 2e-18;

/** Wells the default budget buys: the brief's "50 wells" example. */
const DEFAULT_WELLS = 50;

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

/** The same parameters under Hoffmann's printed constants (for "under the printed constants it would be …"). */
const printed = (p: Params<P>): Params<P> => ({ ...p, fit: 1 });

/** The repetition example's losses: one model (compute-optimal for all the tokens seen) trained once over the unique data, on `epochs` repeats of it, and on as much fresh data. */
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
    fit: fitChoiceParam(
      "Which Chinchilla fit the cost-optimal plans use: 0 = Besiroglu et al.'s 2024 refit (arXiv 2404.10102, the site's default); 1 = Hoffmann et al.'s printed constants (arXiv 2203.15556 App. D.2), this essay's default before version 0.2.0. Repetition is always costed under Muennighoff et al.'s own fit.",
    ),
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
  figures: figuresIn<P>("how-clever", import.meta.glob(["./*.ts", "!./index.ts"], { eager: true })),
});
