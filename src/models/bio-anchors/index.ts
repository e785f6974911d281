/**
 * Model for the essay "Bio Anchors after Chinchilla". Bio Anchors (Cotra 2020) let training data
 * grow as N^0.8 with parameters; Chinchilla's Approaches 1–2 say about N^1 (arXiv 2203.15556
 * Table 2). Training compute is 6·N·D, so at a fixed model size M times larger than a reference,
 * a data exponent e multiplies the old compute estimate by M^(e − 0.8) (Jacob Hilton's comment on
 * the AI Alignment Forum linkpost, seed 004). Everything is closed form or a small quadrature.
 */

import { chinchillaLoss, defaultChinchillaFit, hoffmann2022, hoffmann2022Gopher, hoffmann2022Unrounded } from "../../laws/index.ts";
import { type Params, defineModel, figuresIn } from "../define.ts";
import {
  BIO_ANCHORS_EXPONENT,
  table2,
  exponents,
  computeMultiplier,
  priorSummary,
  anchorCompute,
  frontierAtParams,
  yearsOfGrowth,
  frontierComputeForLoss,
  mult,
  exp2,
  pct,
  sci,
  count,
  exp3,
} from "./shared.ts";
import type { P } from "./shared.ts";

/**
 * Daniel Kokotajlo's example in "[Question] How do scaling laws work for fine-tuning?" (seed 002):
 * "for a 10^14 parameter model (the size of the human brain, basically) we'd need 10^13 training
 * steps/data points".
 */
const KOKOTAJLO_EXAMPLE = Object.freeze({ params: 1e14, dataPoints: 1e13 });

/** Jacob Hilton's example (seed 004): a model 100,000× larger needs 10× the compute. */
const HILTON_EXAMPLE = Object.freeze({ sizeRatio: 1e5, multiplier: 10 });

/** The largest model in Chinchilla's study: "over 16 billion parameters" (arXiv 2203.15556, abstract). */
const LARGEST_RUN_PARAMS = 16e9;

const exponentOf = (key: string) => exponents.find((x) => x.key === key)!.value;

const multiplierValue = (key: string) => ({
  label: `compute multiplier, ${exponents.find((x) => x.key === key)!.label} exponent`,
  format: mult,
  compute: (p: Params<P>) => computeMultiplier(p.sizeRatio, exponentOf(key)),
});

const exponentValue = (key: string) => ({
  label: `data exponent, ${exponents.find((x) => x.key === key)!.label}`,
  format: exp3,
  compute: () => exponentOf(key),
});

export default defineModel<P>({
  name: "bio-anchors",
  title: "Bio Anchors after Chinchilla",
  params: {
    sizeRatio: {
      label: "how much larger the model is",
      default: 1e5,
      min: 10,
      max: 1e8,
      step: 10 ** 0.1,
      scale: "log",
      unit: "larger",
      format: { kind: "multiple", digits: 2 },
      description: "Parameter count of the future model over today's, M (Hilton's example: 100,000×).",
    },
    exponent: {
      label: "data exponent e (D ∝ Nᵉ)",
      default: table2("1").b / table2("1").a,
      min: 0.5,
      max: 1.5,
      step: 0.01,
      scale: "linear",
      format: exp2,
      description: "How training data scales with parameters on the compute-optimal frontier (Chinchilla Approach 1: b/a = 1).",
    },
    priorCentre: {
      label: "prior centre",
      default: BIO_ANCHORS_EXPONENT,
      min: 0.4,
      max: 1.4,
      step: 0.01,
      scale: "linear",
      format: exp2,
      description: "Centre of a normal prior over the data exponent (default: Bio Anchors' 0.8).",
    },
    priorWidth: {
      label: "prior width (standard deviation)",
      default: 0.2,
      min: 0.02,
      max: 0.6,
      step: 0.01,
      scale: "linear",
      format: exp2,
      description: "Standard deviation of the normal prior over the exponent. Illustrative: the report's own prior is not reproduced here.",
    },
    anchorParams: {
      label: "fixed model size",
      default: 1e14,
      min: 1e12,
      max: 1e17,
      step: 10 ** 0.1,
      scale: "log",
      unit: "parameters",
      format: { kind: "count", digits: 2 },
      description: "An illustrative fixed parameter count standing in for a Bio Anchors anchor (not the report's estimate).",
    },
    growthPerYear: {
      label: "growth of effective training compute per year",
      default: 2,
      min: 1.1,
      max: 10,
      step: 10 ** 0.02,
      scale: "log",
      unit: "per year",
      format: { kind: "multiple", digits: 2 },
      description:
        "How fast the compute available for the largest training run, counted in today's algorithms, grows (hardware price, spending and algorithmic progress together). Illustrative: not the report's forecast.",
    },
  },
  values: {
    gopherParams: { label: "Gopher's size", unit: "parameters", format: count, compute: () => hoffmann2022Gopher.params },
    gopherTokens: { label: "Gopher's training tokens", unit: "tokens", format: count, compute: () => hoffmann2022Gopher.tokens },
    largestRun: { label: "largest model in Chinchilla's study", unit: "parameters", format: count, compute: () => LARGEST_RUN_PARAMS },
    sizeRatioCount: { label: "size ratio M", format: { kind: "count", digits: 2 }, compute: (p) => p.sizeRatio },
    baseExponent: { label: "Bio Anchors' data exponent", format: exp2, compute: () => BIO_ANCHORS_EXPONENT },
    multiplier: { label: "compute multiplier at your exponent", format: mult, compute: (p) => computeMultiplier(p.sizeRatio, p.exponent) },
    exponentApproach1: exponentValue("approach1"),
    exponentApproach2: exponentValue("approach2"),
    exponentPrinted: exponentValue("printed"),
    exponentUnrounded: exponentValue("unrounded"),
    exponentBesiroglu: exponentValue("besiroglu"),
    multiplierApproach1: multiplierValue("approach1"),
    multiplierApproach2: multiplierValue("approach2"),
    multiplierPrinted: multiplierValue("printed"),
    multiplierUnrounded: multiplierValue("unrounded"),
    multiplierBesiroglu: multiplierValue("besiroglu"),
    spread: {
      label: "largest over smallest multiplier among the Chinchilla estimates",
      format: mult,
      compute: (p) => {
        const ms = exponents.filter((x) => x.key !== "bioAnchors").map((x) => computeMultiplier(p.sizeRatio, x.value));
        return Math.max(...ms) / Math.min(...ms);
      },
    },
    perHundredth: {
      label: "factor per 0.01 of exponent",
      format: { kind: "multiple", digits: 3 },
      compute: (p) => computeMultiplier(p.sizeRatio, BIO_ANCHORS_EXPONENT + 0.01),
    },
    roundingFactor: {
      label: "printed over unrounded multiplier",
      format: { kind: "multiple", digits: 3 },
      compute: (p) => computeMultiplier(p.sizeRatio, exponentOf("printed")) / computeMultiplier(p.sizeRatio, exponentOf("unrounded")),
    },
    seedMultiplier: { label: "the seed's example: 100,000× larger at e = 1", format: mult, compute: () => computeMultiplier(1e5, 1) },
    priorMean: { label: "mean multiplier under the prior", format: mult, compute: (p) => priorSummary(p).mean },
    priorMedian: { label: "median multiplier under the prior", format: mult, compute: (p) => priorSummary(p).median },
    priorP10: { label: "10th percentile multiplier", format: mult, compute: (p) => priorSummary(p).p10 },
    priorP90: { label: "90th percentile multiplier", format: mult, compute: (p) => priorSummary(p).p90 },
    priorAboveTen: { label: "prior probability of a multiplier above 10×", format: pct, compute: (p) => priorSummary(p).probAboveTen },
    priorExponentAboveOne: { label: "prior probability that e ≥ 1", format: pct, compute: (p) => priorSummary(p).probExponentAboveOne },
    anchorOldFlops: {
      label: "compute for the fixed size, old recipe",
      unit: "FLOPs",
      format: sci,
      compute: (p) => anchorCompute(p.anchorParams, BIO_ANCHORS_EXPONENT).flops,
    },
    anchorNewFlops: {
      label: "compute for the fixed size, your exponent",
      unit: "FLOPs",
      format: sci,
      compute: (p) => anchorCompute(p.anchorParams, p.exponent).flops,
    },
    anchorRatio: { label: "anchor size over Gopher", format: mult, compute: (p) => p.anchorParams / hoffmann2022Gopher.params },
    anchorOldLoss: {
      label: "loss of the fixed size, old recipe",
      format: { kind: "fixed", digits: 4 },
      compute: (p) => chinchillaLoss({ params: p.anchorParams, tokens: anchorCompute(p.anchorParams, BIO_ANCHORS_EXPONENT).tokens }, defaultChinchillaFit),
    },
    savingAtOldLoss: {
      label: "compute saved by training compute-optimally to the old recipe's loss",
      format: mult,
      compute: (p) => {
        const old = anchorCompute(p.anchorParams, BIO_ANCHORS_EXPONENT);
        return old.flops / frontierComputeForLoss(chinchillaLoss({ params: p.anchorParams, tokens: old.tokens }, defaultChinchillaFit));
      },
    },
    // The fixed-size model on the compute-optimal frontier of the site's default fit.
    anchorFrontierTokens: {
      label: "tokens for the fixed size on the compute-optimal frontier (default fit)",
      unit: "tokens",
      format: count,
      compute: (p) => frontierAtParams(p.anchorParams).tokens,
    },
    anchorFrontierFlops: {
      label: "compute for the fixed size on the compute-optimal frontier (default fit)",
      unit: "FLOPs",
      format: sci,
      compute: (p) => frontierAtParams(p.anchorParams).flops,
    },
    anchorFrontierTokensPerParam: {
      label: "tokens per parameter on the frontier at the fixed size (default fit)",
      format: { kind: "sig", digits: 3 },
      compute: (p) => frontierAtParams(p.anchorParams).tokens / p.anchorParams,
    },
    anchorFrontierOverOld: {
      label: "frontier compute ÷ old-recipe compute at the fixed size",
      format: mult,
      compute: (p) => frontierAtParams(p.anchorParams).flops / anchorCompute(p.anchorParams, BIO_ANCHORS_EXPONENT).flops,
    },
    anchorNewOverOld: {
      label: "compute at your exponent ÷ old-recipe compute at the fixed size",
      format: mult,
      compute: (p) => anchorCompute(p.anchorParams, p.exponent).flops / anchorCompute(p.anchorParams, BIO_ANCHORS_EXPONENT).flops,
    },
    gopherTokensPerParam: {
      label: "Gopher's tokens per parameter",
      format: { kind: "sig", digits: 3 },
      compute: () => hoffmann2022Gopher.tokens / hoffmann2022Gopher.params,
    },
    gopherFrontierTokensPerParam: {
      label: "tokens per parameter on the frontier at Gopher's size (default fit)",
      format: { kind: "sig", digits: 3 },
      compute: () => frontierAtParams(hoffmann2022Gopher.params).tokens / hoffmann2022Gopher.params,
    },
    // Kokotajlo's 10^14-parameter example (seed 002) against the Chinchilla fits.
    kokotajloParams: { label: "Kokotajlo's model size", unit: "parameters", format: { kind: "count", digits: 2 }, compute: () => KOKOTAJLO_EXAMPLE.params },
    kokotajloData: { label: "Kokotajlo's data points", format: { kind: "sci", digits: 1 }, compute: () => KOKOTAJLO_EXAMPLE.dataPoints },
    kokotajloPerParam: {
      label: "Kokotajlo's data points per parameter",
      format: { kind: "sig", digits: 2 },
      compute: () => KOKOTAJLO_EXAMPLE.dataPoints / KOKOTAJLO_EXAMPLE.params,
    },
    kokotajloTokensDefault: {
      label: "frontier tokens at 10^14 parameters (default fit)",
      unit: "tokens",
      format: count,
      compute: () => frontierAtParams(KOKOTAJLO_EXAMPLE.params).tokens,
    },
    kokotajloTokensPrinted: {
      label: "frontier tokens at 10^14 parameters (printed constants)",
      unit: "tokens",
      format: count,
      compute: () => frontierAtParams(KOKOTAJLO_EXAMPLE.params, hoffmann2022).tokens,
    },
    kokotajloTokensUnrounded: {
      label: "frontier tokens at 10^14 parameters (unrounded constants)",
      unit: "tokens",
      format: count,
      compute: () => frontierAtParams(KOKOTAJLO_EXAMPLE.params, hoffmann2022Unrounded).tokens,
    },
    kokotajloRatioDefault: {
      label: "frontier tokens ÷ Kokotajlo's 10^13 (default fit)",
      format: mult,
      compute: () => frontierAtParams(KOKOTAJLO_EXAMPLE.params).tokens / KOKOTAJLO_EXAMPLE.dataPoints,
    },
    kokotajloRatioPrinted: {
      label: "frontier tokens ÷ Kokotajlo's 10^13 (printed constants)",
      format: mult,
      compute: () => frontierAtParams(KOKOTAJLO_EXAMPLE.params, hoffmann2022).tokens / KOKOTAJLO_EXAMPLE.dataPoints,
    },
    kokotajloRatioUnrounded: {
      label: "frontier tokens ÷ Kokotajlo's 10^13 (unrounded constants)",
      format: mult,
      compute: () => frontierAtParams(KOKOTAJLO_EXAMPLE.params, hoffmann2022Unrounded).tokens / KOKOTAJLO_EXAMPLE.dataPoints,
    },
    kokotajloOomDefault: {
      label: "orders of magnitude between Kokotajlo's 10^13 and the frontier (default fit)",
      format: { kind: "fixed", digits: 1 },
      compute: () => Math.log10(frontierAtParams(KOKOTAJLO_EXAMPLE.params).tokens / KOKOTAJLO_EXAMPLE.dataPoints),
    },
    kokotajloOomPrinted: {
      label: "orders of magnitude between Kokotajlo's 10^13 and the frontier (printed constants)",
      format: { kind: "fixed", digits: 1 },
      compute: () => Math.log10(frontierAtParams(KOKOTAJLO_EXAMPLE.params, hoffmann2022).tokens / KOKOTAJLO_EXAMPLE.dataPoints),
    },
    kokotajloOverLargestRun: {
      label: "10^14 parameters over the largest model in Chinchilla's study",
      format: { kind: "multiple", digits: 2 },
      compute: () => KOKOTAJLO_EXAMPLE.params / LARGEST_RUN_PARAMS,
    },
    anchorOverLargestRun: {
      label: "fixed size over the largest model in Chinchilla's study",
      format: { kind: "multiple", digits: 2 },
      compute: (p) => p.anchorParams / LARGEST_RUN_PARAMS,
    },
    kokotajloFlopsDefault: {
      label: "frontier compute at 10^14 parameters (default fit)",
      unit: "FLOPs",
      format: sci,
      compute: () => frontierAtParams(KOKOTAJLO_EXAMPLE.params).flops,
    },
    kokotajloFlopsAtHisData: {
      label: "6ND at 10^14 parameters and 10^13 data points",
      unit: "FLOPs",
      format: sci,
      compute: () => 6 * KOKOTAJLO_EXAMPLE.params * KOKOTAJLO_EXAMPLE.dataPoints,
    },
    // Hilton's "a few years", as years of growth in effective compute.
    hiltonMultiplier: { label: "Hilton's multiplier", format: mult, compute: () => HILTON_EXAMPLE.multiplier },
    hiltonYears: {
      label: "years of effective-compute growth that supply Hilton's 10×",
      unit: "years",
      format: { kind: "sig", digits: 2 },
      compute: (p) => yearsOfGrowth(HILTON_EXAMPLE.multiplier, p.growthPerYear),
    },
    yearsAtYourExponent: {
      label: "years of growth that supply the multiplier at your exponent and size ratio",
      unit: "years",
      format: { kind: "sig", digits: 2 },
      compute: (p) => yearsOfGrowth(computeMultiplier(p.sizeRatio, p.exponent), p.growthPerYear),
    },
    yearsPrinted: {
      label: "years of growth for the printed constants' multiplier",
      unit: "years",
      format: { kind: "sig", digits: 2 },
      compute: (p) => yearsOfGrowth(computeMultiplier(p.sizeRatio, exponentOf("printed")), p.growthPerYear),
    },
    yearsBesiroglu: {
      label: "years of growth for the refit's multiplier",
      unit: "years",
      format: { kind: "sig", digits: 2 },
      compute: (p) => yearsOfGrowth(computeMultiplier(p.sizeRatio, exponentOf("besiroglu")), p.growthPerYear),
    },
    growthForFewYears: {
      label: "growth per year at which 10× takes three years",
      format: { kind: "multiple", digits: 3 },
      compute: () => HILTON_EXAMPLE.multiplier ** (1 / 3),
    },
  },
  figures: figuresIn<P>("bio-anchors", import.meta.glob(["./*.ts", "!./index.ts"], { eager: true })),
});
