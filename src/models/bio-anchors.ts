/**
 * Model for the essay "Bio Anchors after Chinchilla". Bio Anchors (Cotra 2020) let training data
 * grow as N^0.8 with parameters; Chinchilla's Approaches 1–2 say about N^1 (arXiv 2203.15556
 * Table 2). Training compute is 6·N·D, so at a fixed model size M times larger than a reference,
 * a data exponent e multiplies the old compute estimate by M^(e − 0.8) (Jacob Hilton's comment on
 * the AI Alignment Forum linkpost, seed 004). Everything is closed form or a small quadrature.
 */
import * as Plot from "@observablehq/plot";
import {
  besiroglu2024,
  chinchillaAllocationExponents,
  chinchillaDataExponent,
  chinchillaLoss,
  chinchillaOptimal,
  defaultChinchillaFit,
  hoffmann2022,
  hoffmann2022Table2,
  hoffmann2022Unrounded,
  type ChinchillaPreset,
} from "../laws/index.ts";
import { formatNumber, superscript, type FormatSpec } from "../lib/format.ts";
import { defineModel, type Params, type Row } from "./define.ts";
import { BAND, FG, FIGURE_WIDTH, MUTED, SERIES, logTicks } from "./figure.ts";
import { linearGrid, logGrid, memoize } from "./numeric.ts";

type P = "sizeRatio" | "exponent" | "priorCentre" | "priorWidth" | "anchorParams" | "growthPerYear";

/**
 * Bio Anchors' data exponent: training data ∝ N^0.8, as Jacob Hilton summarises the report
 * (Cotra 2020, part 2; read here in the seed 004 thread, so secondary).
 */
export const BIO_ANCHORS_EXPONENT = 0.8;

/** Gopher, the reference model trained on the pre-Chinchilla recipe: 280B parameters, 300B tokens (arXiv 2203.15556 Table 1). */
export const GOPHER = Object.freeze({ params: 280e9, tokens: 300e9 });

/**
 * Daniel Kokotajlo's example in "[Question] How do scaling laws work for fine-tuning?" (seed 002):
 * "for a 10^14 parameter model (the size of the human brain, basically) we'd need 10^13 training
 * steps/data points".
 */
export const KOKOTAJLO_EXAMPLE = Object.freeze({ params: 1e14, dataPoints: 1e13 });

/** Jacob Hilton's example (seed 004): a model 100,000× larger needs 10× the compute. */
export const HILTON_EXAMPLE = Object.freeze({ sizeRatio: 1e5, multiplier: 10 });

/** The largest model in Chinchilla's study: "over 16 billion parameters" (arXiv 2203.15556, abstract). */
export const LARGEST_RUN_PARAMS = 16e9;

const table2 = (approach: "1" | "2") => hoffmann2022Table2.rows.find((r) => r.approach === approach)!;

/** The data exponents the essay compares: e with D_opt ∝ N_opt^e. */
export const exponents: readonly { key: string; label: string; value: number; how: string }[] = Object.freeze([
  { key: "bioAnchors", label: "Bio Anchors", value: BIO_ANCHORS_EXPONENT, how: "Cotra 2020 (as summarised by Hilton)" },
  { key: "besiroglu", label: "Besiroglu refit", value: chinchillaDataExponent(besiroglu2024), how: "α/β, Besiroglu et al. 2024" },
  { key: "approach1", label: "Approach 1", value: table2("1").b / table2("1").a, how: "b/a, Hoffmann et al. Table 2" },
  { key: "approach2", label: "Approach 2", value: table2("2").b / table2("2").a, how: "b/a, Hoffmann et al. Table 2" },
  { key: "unrounded", label: "Hoffmann unrounded", value: chinchillaDataExponent(hoffmann2022Unrounded), how: "α/β, unrounded constants" },
  { key: "printed", label: "Hoffmann printed", value: chinchillaDataExponent(hoffmann2022), how: "α/β, printed constants (App. D.2)" },
]);
const exponentOf = (key: string) => exponents.find((x) => x.key === key)!.value;
const colorOf: Record<string, string> = {
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

const normalPdf = (x: number, mu: number, sigma: number) => Math.exp(-0.5 * ((x - mu) / sigma) ** 2) / (sigma * Math.sqrt(2 * Math.PI));

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

interface PriorSummary {
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

/** Compute needed to train a model of `params` parameters on tokens ∝ params^e through Gopher's point: 6·N·D. */
export function anchorCompute(params: number, exponent: number): { tokens: number; flops: number } {
  const tokens = GOPHER.tokens * Math.exp(exponent * Math.log(params / GOPHER.params));
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
function stagger<T extends { at: number }>(items: readonly T[], top: number): (T & { y: number })[] {
  return [...items].sort((a, b) => a.at - b.at).map((x, i) => ({ ...x, y: top * (1.1 + 0.1 * i) }));
}

const mult: FormatSpec = { kind: "multiple", digits: 3 };
/** Text-mark options for a label with a halo in the figure's background colour. */
const HALO = { stroke: "var(--plot-bg)", strokeWidth: 4, paintOrder: "stroke" } as const;
const exp3: FormatSpec = { kind: "fixed", digits: 3 };
const exp2: FormatSpec = { kind: "fixed", digits: 2 };
const pct: FormatSpec = { kind: "percent", digits: 2 };
const sci: FormatSpec = { kind: "sci", digits: 3 };
const count: FormatSpec = { kind: "count", digits: 3 };
const pow10 = (d: number) => {
  const e = Math.round(Math.log10(d));
  return Math.abs(d / 10 ** e - 1) < 1e-6 ? (e === 0 ? "1" : e === 1 ? "10" : `10${superscript(e)}`) : "";
};

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
    gopherParams: { label: "Gopher's size", unit: "parameters", format: count, compute: () => GOPHER.params },
    gopherTokens: { label: "Gopher's training tokens", unit: "tokens", format: count, compute: () => GOPHER.tokens },
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
    anchorRatio: { label: "anchor size over Gopher", format: mult, compute: (p) => p.anchorParams / GOPHER.params },
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
    gopherTokensPerParam: { label: "Gopher's tokens per parameter", format: { kind: "sig", digits: 3 }, compute: () => GOPHER.tokens / GOPHER.params },
    gopherFrontierTokensPerParam: {
      label: "tokens per parameter on the frontier at Gopher's size (default fit)",
      format: { kind: "sig", digits: 3 },
      compute: () => frontierAtParams(GOPHER.params).tokens / GOPHER.params,
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
  figures: {
    "multiplier-vs-size": {
      title: "How much more compute than Bio Anchors estimated",
      caption: (p) =>
        `The compute multiplier M^(e − 0.8) over Bio Anchors' estimate, against how many times larger the model is, for each data exponent e. The dot is your exponent (e = ${formatNumber(p.exponent, exp2)}) at your size ratio; the dashed line is Hilton's example.`,
      uses: ["sizeRatio", "exponent"],
      sources: ["chinchillaLinkpost2022", "cotra2020", "hoffmann2022", "besiroglu2024"],
      constants: () => [defaultChinchillaFit, hoffmann2022Table2, hoffmann2022Unrounded, hoffmann2022],
      formula: String.raw`\frac{C_{\text{new}}}{C_{\text{Bio Anchors}}} = M^{\,e - 0.8}`,
      columns: [
        { key: "series", label: "Exponent" },
        { key: "exponent", label: "e", format: exp3 },
        { key: "sizeRatio", label: "Size ratio M", format: mult },
        { key: "multiplier", label: "Compute multiplier", format: mult },
      ],
      compute: (p) => {
        const rows: Row[] = [];
        const series = [...exponents.filter((x) => x.key !== "bioAnchors"), { key: "yours", label: "your e", value: p.exponent, how: "" }];
        for (const s of series)
          for (const M of logGrid(10, 1e8, 29))
            rows.push({
              series: `${s.label} (e = ${formatNumber(s.value, exp2)})`,
              key: s.key,
              exponent: s.value,
              sizeRatio: M,
              multiplier: computeMultiplier(M, s.value),
            });
        return rows;
      },
      plot: (rows, p) => {
        const keys = [...new Set(rows.map((r) => r.key as string))];
        const ends = keys.map((k) => rows.filter((r) => r.key === k).at(-1)!).sort((a, b) => (b.multiplier as number) - (a.multiplier as number));
        // Spread labels that would collide at the right edge (at least 13 px apart on a ~300 px axis).
        const y = (m: number) => Math.log10(m);
        const placed: { row: Row; ly: number }[] = [];
        for (const row of ends) {
          let ly = y(row.multiplier as number);
          const prev = placed.at(-1);
          if (prev && prev.ly - ly < 0.22) ly = prev.ly - 0.22;
          placed.push({ row, ly });
        }
        const labels = placed.map(({ row, ly }) => ({ ...row, labelY: 10 ** ly }));
        const here = { sizeRatio: p.sizeRatio, multiplier: computeMultiplier(p.sizeRatio, p.exponent) };
        return {
          marginRight: 190,
          x: { type: "log", label: "Model size over today's, M →", domain: [10, 1e8], tickFormat: (d: number) => pow10(d) },
          y: { type: "log", label: "↑ Compute multiplier over Bio Anchors", grid: true, tickFormat: (d: number) => logTicks(d) },
          color: { domain: keys, range: keys.map((k) => colorOf[k]!) },
          marks: [
            Plot.ruleY([1], { stroke: MUTED }),
            Plot.ruleX([1e5], { stroke: MUTED, strokeDasharray: "3,3" }),
            Plot.line(rows, { x: "sizeRatio", y: "multiplier", z: "key", stroke: "key", strokeWidth: 1.8 }),
            Plot.text(labels, { x: "sizeRatio", y: "labelY", text: "series", fill: "key", textAnchor: "start", dx: 6 }),
            Plot.dot([here], { x: "sizeRatio", y: "multiplier", fill: FG, r: 4.5 }),
            Plot.text([here], { x: "sizeRatio", y: "multiplier", text: (d: { multiplier: number }) => formatNumber(d.multiplier, mult), dy: -10, fill: FG }),
          ],
        };
      },
      describe: (_rows, p) => {
        const parts = exponents
          .filter((x) => x.key !== "bioAnchors")
          .map((x) => `${x.label} (e = ${formatNumber(x.value, exp3)}) ${formatNumber(computeMultiplier(p.sizeRatio, x.value), mult)}`);
        return `Straight lines on log-log axes with slope e − 0.8; e = 0.8 would be flat at 1×. For a model ${formatNumber(p.sizeRatio, { kind: "multiple", digits: 2 })} larger: ${parts.join("; ")}; your exponent ${formatNumber(p.exponent, exp2)} gives ${formatNumber(computeMultiplier(p.sizeRatio, p.exponent), mult)}.`;
      },
    },
    "exponent-prior": {
      title: "A prior over the data exponent, and the estimates",
      caption: (p) =>
        `A normal prior over e centred at ${formatNumber(p.priorCentre, exp2)} with standard deviation ${formatNumber(p.priorWidth, exp2)} (set in the text; illustrative, not the report's own prior), with each published estimate marked. Shaded: e ≥ 1.`,
      uses: ["priorCentre", "priorWidth"],
      sources: ["cotra2020", "chinchillaLinkpost2022", "hoffmann2022", "besiroglu2024"],
      constants: () => [defaultChinchillaFit, hoffmann2022Table2, hoffmann2022Unrounded, hoffmann2022],
      formula: String.raw`p(e) = \frac{1}{\sigma\sqrt{2\pi}}\,e^{-(e-\mu)^2/2\sigma^2}`,
      columns: [
        { key: "exponent", label: "Exponent e", format: exp3 },
        { key: "density", label: "Prior density", format: { kind: "sig", digits: 3 } },
      ],
      compute: (p) => linearGrid(0.3, 1.5, 121).map((e) => ({ exponent: e, density: normalPdf(e, p.priorCentre, p.priorWidth) })),
      plot: (rows) => {
        const top = Math.max(...rows.map((r) => r.density as number));
        const marks = stagger(
          exponents.map((x) => ({ ...x, at: x.value })),
          top,
        );
        return {
          marginRight: 24,
          height: 340,
          x: { label: "Data exponent e (D ∝ Nᵉ) →", domain: [0.3, 1.5] },
          y: { label: "↑ Prior density", grid: true, domain: [0, top * (1.15 + 0.1 * exponents.length)] },
          color: { domain: exponents.map((x) => x.key), range: exponents.map((x) => colorOf[x.key]!) },
          marks: [
            Plot.areaY(
              rows.filter((r) => (r.exponent as number) >= 1 - 1e-9),
              { x: "exponent", y: "density", fill: BAND },
            ),
            Plot.line(rows, { x: "exponent", y: "density", stroke: FG, strokeWidth: 2 }),
            Plot.ruleX(marks, { x: "value", stroke: "key", strokeWidth: 1.5, strokeDasharray: "4,3" }),
            Plot.text(marks, { x: "value", y: "y", text: "label", fill: "key", fontWeight: 600, textAnchor: "start", dx: 4 }),
          ],
        };
      },
      describe: (_rows, p) => {
        const s = priorSummary(p);
        return `A bell curve over e centred at ${formatNumber(p.priorCentre, exp2)} with standard deviation ${formatNumber(p.priorWidth, exp2)}; it puts ${formatNumber(s.probExponentAboveOne, pct)} of its mass at e ≥ 1. Marked: ${exponents.map((x) => `${x.label} ${formatNumber(x.value, exp3)}`).join(", ")}.`;
      },
    },
    "multiplier-distribution": {
      title: "What the prior implies for the compute multiplier",
      caption: (p) =>
        `The distribution of the multiplier M^(e − 0.8) for a model ${formatNumber(p.sizeRatio, { kind: "multiple", digits: 2 })} larger, when e follows the prior above (density per decade, computed by change of variables, not sampling). Dashed lines: the multiplier each published exponent gives.`,
      uses: ["sizeRatio", "priorCentre", "priorWidth"],
      sources: ["cotra2020", "chinchillaLinkpost2022", "hoffmann2022", "besiroglu2024"],
      constants: () => [defaultChinchillaFit, hoffmann2022Table2, hoffmann2022Unrounded, hoffmann2022],
      formula: String.raw`p(\log_{10} m) = \frac{p(e)}{\log_{10} M},\quad e = 0.8 + \frac{\log_{10} m}{\log_{10} M}`,
      columns: [
        { key: "multiplier", label: "Compute multiplier", format: mult },
        { key: "density", label: "Density per decade", format: { kind: "sig", digits: 3 } },
      ],
      compute: (p) => {
        const log10M = Math.log10(p.sizeRatio);
        return linearGrid(p.priorCentre - 4 * p.priorWidth, p.priorCentre + 4 * p.priorWidth, 121).map((e) => {
          return { exponent: e, multiplier: computeMultiplier(p.sizeRatio, e), density: normalPdf(e, p.priorCentre, p.priorWidth) / log10M };
        });
      },
      plot: (rows, p) => {
        const top = Math.max(...rows.map((r) => r.density as number));
        const lo = rows[0]!.multiplier as number,
          hi = rows.at(-1)!.multiplier as number;
        const marks = stagger(
          exponents
            .filter((x) => x.key !== "bioAnchors")
            .map((x) => ({ ...x, m: computeMultiplier(p.sizeRatio, x.value), at: x.value }))
            .filter((x) => x.m >= lo && x.m <= hi),
          top,
        );
        const s = priorSummary(p);
        return {
          marginRight: 24,
          height: 340,
          x: {
            type: "log",
            label: "Compute multiplier over Bio Anchors →",
            domain: [lo, hi],
            tickFormat: (d: number) => (d < 1e-3 || d >= 1e6 ? pow10(d) : logTicks(d)),
          },
          y: { label: "↑ Density per decade", grid: true, domain: [0, top * (1.15 + 0.1 * exponents.length)] },
          color: { domain: exponents.map((x) => x.key), range: exponents.map((x) => colorOf[x.key]!) },
          marks: [
            Plot.areaY(rows, { x: "multiplier", y: "density", fill: BAND }),
            Plot.line(rows, { x: "multiplier", y: "density", stroke: FG, strokeWidth: 2 }),
            Plot.ruleX([1], { stroke: MUTED }),
            Plot.ruleX(marks, { x: "m", stroke: "key", strokeDasharray: "4,3", strokeWidth: 1.5 }),
            Plot.text(marks, { x: "m", y: "y", text: "label", fill: "key", fontWeight: 600, textAnchor: "start", dx: 4 }),
            Plot.ruleX([s.median], { stroke: FG, strokeWidth: 1.5 }),
            Plot.text([{ x: s.median, y: top * 0.06, t: `median ${formatNumber(s.median, mult)}` }], {
              x: "x",
              y: "y",
              text: "t",
              fill: FG,
              dx: -6,
              textAnchor: "end",
            }),
          ],
        };
      },
      describe: (_rows, p) => {
        const s = priorSummary(p);
        return `A bell curve on a log axis. Under the prior, the multiplier's median is ${formatNumber(s.median, mult)}, its 10th to 90th percentiles ${formatNumber(s.p10, mult)} to ${formatNumber(s.p90, mult)}, its mean ${formatNumber(s.mean, mult)}; the chance it exceeds 10× is ${formatNumber(s.probAboveTen, pct)}.`;
      },
    },
    "two-effects": {
      title: "Dearer to build the fixed-size model, cheaper to reach any fixed loss",
      caption: (p) =>
        `Reducible loss L − E against training compute under the site's default fit (Besiroglu et al.'s refit): the compute-optimal frontier, and the old recipe (data ∝ N^0.8 through Gopher's ${formatNumber(GOPHER.params, count)} parameters and ${formatNumber(GOPHER.tokens, count)} tokens). Rings: a model of ${formatNumber(p.anchorParams, count)} parameters on the old recipe, on data ∝ N^e through Gopher's point (your e = ${formatNumber(p.exponent, exp2)}), and on the frontier. Filled dot: the old recipe's loss reached on the frontier.`,
      uses: ["anchorParams", "exponent"],
      sources: ["hoffmann2022", "besiroglu2024", "chinchillaLinkpost2022"],
      constants: () => [defaultChinchillaFit],
      formula: String.raw`L(N, D) = E + A N^{-\alpha} + B D^{-\beta},\quad C = 6ND`,
      columns: [
        { key: "series", label: "Recipe" },
        { key: "flops", label: "Compute C (FLOPs)", format: sci },
        { key: "reducible", label: "Reducible loss L − E (nats/token)", format: { kind: "sig", digits: 3 } },
      ],
      compute: (p) => {
        const fit = defaultChinchillaFit;
        const rows: Row[] = [];
        // Three decades either side of the fixed-size model on the old recipe.
        const centre = anchorCompute(p.anchorParams, BIO_ANCHORS_EXPONENT).flops;
        const lo = centre / 1e3,
          hi = centre * 1e3;
        for (const flops of logGrid(lo, hi, 49)) {
          const o = chinchillaOptimal({ flops }, fit);
          rows.push({ series: "compute-optimal", flops, reducible: chinchillaLoss(o, fit) - fit.E });
        }
        for (const params of logGrid(p.anchorParams / 100, p.anchorParams * 100, 81)) {
          const { tokens, flops } = anchorCompute(params, BIO_ANCHORS_EXPONENT);
          if (flops >= lo && flops <= hi) rows.push({ series: "old recipe, D ∝ N^0.8", flops, reducible: chinchillaLoss({ params, tokens }, fit) - fit.E });
        }
        return rows;
      },
      plot: (rows, p, { width = FIGURE_WIDTH }) => {
        const fit = defaultChinchillaFit;
        // A phone's narrower figure gets short labels: the caption says what each ring is.
        const narrow = width < FIGURE_WIDTH;
        const old = anchorCompute(p.anchorParams, BIO_ANCHORS_EXPONENT);
        const neu = anchorCompute(p.anchorParams, p.exponent);
        const opt = frontierAtParams(p.anchorParams, fit);
        const oldLoss = chinchillaLoss({ params: p.anchorParams, tokens: old.tokens }, fit) - fit.E;
        const newLoss = chinchillaLoss({ params: p.anchorParams, tokens: neu.tokens }, fit) - fit.E;
        const optLoss = chinchillaLoss({ params: p.anchorParams, tokens: opt.tokens }, fit) - fit.E;
        const cheaper = frontierComputeForLoss(oldLoss + fit.E, fit);
        const oldPoint = [{ flops: old.flops, reducible: oldLoss, label: narrow ? "old recipe" : "fixed size, old recipe" }];
        const newPoint = [
          {
            flops: neu.flops,
            reducible: newLoss,
            label: narrow ? `D ∝ N^${formatNumber(p.exponent, exp2)}` : `fixed size, D ∝ N^${formatNumber(p.exponent, exp2)} through Gopher`,
          },
        ];
        const optPoint = [{ flops: opt.flops, reducible: optLoss, label: narrow ? "frontier" : "fixed size, on the frontier" }];
        const cheapPoint = [{ flops: cheaper, reducible: oldLoss, label: narrow ? "same loss" : "same loss, compute-optimal" }];
        const ends = ["compute-optimal", "old recipe, D ∝ N^0.8"].map((s) => rows.filter((r) => r.series === s).at(-1)!);
        return {
          marginRight: 150,
          x: { type: "log", label: "Training compute C (FLOPs) →", domain: [old.flops / 1e3, old.flops * 1e3], tickFormat: (d: number) => pow10(d) },
          y: {
            type: "log",
            label: "↑ Reducible loss L − E (nats per token)",
            grid: true,
            tickFormat: (d: number) => formatNumber(d, { kind: "sig", digits: 2 }),
          },
          color: { domain: ["compute-optimal", "old recipe, D ∝ N^0.8"], range: [SERIES[0], SERIES[1]] },
          marks: [
            Plot.line(rows, { x: "flops", y: "reducible", stroke: "series", strokeWidth: 2 }),
            Plot.text(ends, { x: "flops", y: "reducible", text: "series", fill: "series", textAnchor: "start", dx: 6 }),
            Plot.link([{ x1: old.flops, x2: cheaper, y: oldLoss }], {
              x1: "x1",
              x2: "x2",
              y1: "y",
              y2: "y",
              stroke: FG,
              markerEnd: "arrow",
              strokeDasharray: "3,3",
            }),
            Plot.link([{ x1: old.flops, x2: neu.flops, y1: oldLoss, y2: newLoss }], { x1: "x1", x2: "x2", y1: "y1", y2: "y2", stroke: FG, markerEnd: "arrow" }),
            Plot.link([{ x1: old.flops, x2: opt.flops, y1: oldLoss, y2: optLoss }], {
              x1: "x1",
              x2: "x2",
              y1: "y1",
              y2: "y2",
              stroke: SERIES[0],
              markerEnd: "arrow",
            }),
            Plot.dot([...oldPoint, ...newPoint, ...optPoint], { x: "flops", y: "reducible", stroke: FG, r: 5, strokeWidth: 1.5 }),
            Plot.dot(cheapPoint, { x: "flops", y: "reducible", fill: SERIES[0], r: 4 }),
            // A halo in the background colour keeps labels legible where they cross a line.
            Plot.text(oldPoint, { x: "flops", y: "reducible", text: "label", dx: 10, dy: -8, textAnchor: "start", fill: FG, ...HALO }),
            Plot.text(newPoint, { x: "flops", y: "reducible", text: "label", dx: 10, dy: 2, textAnchor: "start", fill: FG, ...HALO }),
            Plot.text(optPoint, { x: "flops", y: "reducible", text: "label", dx: -10, dy: 4, textAnchor: "end", fill: FG, ...HALO }),
            Plot.text(cheapPoint, { x: "flops", y: "reducible", text: "label", dy: 14, textAnchor: "end", fill: FG, ...HALO }),
          ],
        };
      },
      describe: (_rows, p) => {
        const fit = defaultChinchillaFit;
        const old = anchorCompute(p.anchorParams, BIO_ANCHORS_EXPONENT);
        const neu = anchorCompute(p.anchorParams, p.exponent);
        const opt = frontierAtParams(p.anchorParams, fit);
        const oldLoss = chinchillaLoss({ params: p.anchorParams, tokens: old.tokens }, fit);
        const newLoss = chinchillaLoss({ params: p.anchorParams, tokens: neu.tokens }, fit);
        const optLoss = chinchillaLoss({ params: p.anchorParams, tokens: opt.tokens }, fit);
        const cheaper = frontierComputeForLoss(oldLoss, fit);
        const f4: FormatSpec = { kind: "fixed", digits: 4 };
        return `Two falling curves on log axes; the old recipe is never below the compute-optimal frontier. A ${formatNumber(p.anchorParams, count)}-parameter model costs ${formatNumber(old.flops, sci)} FLOPs on the old recipe (loss ${formatNumber(oldLoss, f4)}), ${formatNumber(neu.flops, sci)} FLOPs on data ∝ N^${formatNumber(p.exponent, exp2)} through Gopher's point (loss ${formatNumber(newLoss, f4)}, ${formatNumber(neu.flops / old.flops, mult)} the old recipe), and ${formatNumber(opt.flops, sci)} FLOPs on the compute-optimal frontier, ${formatNumber(opt.tokens, count)} tokens (loss ${formatNumber(optLoss, f4)}, ${formatNumber(opt.flops / old.flops, mult)} the old recipe). The old recipe's loss is reached on the frontier with ${formatNumber(cheaper, sci)} FLOPs, ${formatNumber(old.flops / cheaper, mult)} less.`;
      },
    },
  },
});
