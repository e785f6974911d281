/**
 * Model for the essay "Chinchilla: compute-optimal training, and why Kaplan got a different
 * answer" (Hoffmann et al. 2022, arXiv 2203.15556: §3.3 eqs 2 and 4, Tables 2–3, App. D.2;
 * Kaplan et al. 2020, arXiv 2001.08361 §6; Pearce & Song 2024, arXiv 2406.12907).
 *
 * Conventions: Chinchilla's N counts all parameters and C = 6ND is training compute. Kaplan's N
 * counts non-embedding parameters and his allocation laws are in C_min = C/(1 + B/B_crit).
 */
import * as Plot from "@observablehq/plot";
import {
  besiroglu2024,
  chinchillaAllocationExponents,
  chinchillaIsoFlopLoss,
  chinchillaLoss,
  chinchillaOptimal,
  chinchillaTokensPerParam,
  defaultChinchillaFit,
  flopsToPfDays,
  hoffmann2022,
  hoffmann2022Table2,
  hoffmann2022Table3,
  hoffmann2022Unrounded,
  kaplan2020Allocation,
  kaplanCminFromTrainingFlops,
  kaplanOptimalParams,
  kaplanOptimalTokens,
  pfDaysToFlops,
  trainingFlops,
  type ChinchillaPreset,
} from "../laws/index.ts";
import { formatNumber, type FormatSpec } from "../lib/format.ts";
import { defineModel, type Params, type Row } from "./define.ts";
import { dodgeLog } from "./labels.ts";
import { BAND, FG, FIGURE_WIDTH, MUTED, SERIES, SHADE, decades, logTicks, powerTick, snapLogDomain } from "./figure.ts";
import { bisect, logGrid } from "./numeric.ts";
import { figure4MaxFlops } from "./figure4-data.ts";
import { hoffmann2022Table2Intervals80 } from "./replication-refit.ts";
import { KAPLAN_ALLOCATION_RANGE_PF_DAYS, KAPLAN_RUNS_MAX_PF_DAYS } from "./kaplan-ranges.ts";

type P = "flops" | "batchOverCritical" | "embeddingShare" | "studyFlops";

/** Gopher: 280B parameters, 300B tokens. Source: arXiv 2203.15556 §1 and Table 1. */
export const GOPHER = Object.freeze({ params: 280e9, tokens: 300e9 });
/** Chinchilla: 70B parameters, 1.4T tokens. Source: arXiv 2203.15556 §1 and Table 1. */
export const CHINCHILLA = Object.freeze({ params: 70e9, tokens: 1.4e12 });
/** The Gopher budget as the paper uses it: Table 3's 67B row (5.76e23 FLOPs). */
const gopherRow = hoffmann2022Table3.rows.find((r) => r.params === 67e9)!;
export const GOPHER_BUDGET = gopherRow.flops;
/** "40B": the optimal size at the Gopher budget printed in Fig. 4 (left) of arXiv 2203.15556. */
export const FIG4_OPTIMAL_PARAMS = 40e9;
/** Chinchilla's isoFLOP budgets span 6e18 to 3e21 FLOPs. Source: arXiv 2203.15556 §3.2, Fig. 3. */
export const CHINCHILLA_ISOFLOP_RANGE = Object.freeze([6e18, 3e21] as const);
/** Kaplan's compute ranges (allocation fit, Fig. 14; all runs, Fig. 1): one module for both essays. */
export { KAPLAN_ALLOCATION_RANGE_PF_DAYS, KAPLAN_RUNS_MAX_PF_DAYS };

/**
 * GPT-2 small (Radford et al. 2019; Kaplan's tokeniser): 12 layers, d_model 768, 50,257-token
 * vocabulary, 1,024 positions. Its body, 12·n_layer·d² (Kaplan eq 2.1), is the reference size at
 * which the reader sets the embedding share.
 */
const GPT2 = Object.freeze({ layers: 12, dModel: 768, vocab: 50257, context: 1024 });
export const REFERENCE_BODY = 12 * GPT2.layers * GPT2.dModel ** 2;
export const GPT2_EMBEDDING_SHARE = ((GPT2.vocab + GPT2.context) * GPT2.dModel) / ((GPT2.vocab + GPT2.context) * GPT2.dModel + REFERENCE_BODY);

/**
 * Embedding parameters as a function of non-embedding parameters N at fixed vocabulary and
 * aspect ratio: d_model ∝ N^(1/3), so N_E = k·N^(1/3), with k set by the share at REFERENCE_BODY.
 * A simplification in the spirit of Pearce & Song 2024 (arXiv 2406.12907), not their exact model.
 */
export function embeddingCoefficient(share: number): number {
  return ((share / (1 - share)) * REFERENCE_BODY) / Math.cbrt(REFERENCE_BODY);
}

/**
 * What an analyst counting non-embedding parameters and compute C_E = 6·N·D would find as the
 * best N, when the true loss is Chinchilla's in total parameters N + k·N^(1/3): the root of
 * dL/d(ln N) at fixed C_E, by bisection on ln N.
 */
export function nonEmbeddingOptimum(computeNonEmbedding: number, k: number, p: ChinchillaPreset): number {
  const slope = (u: number): number => {
    const n = Math.exp(u);
    const cube = Math.cbrt(n);
    const total = n + k * cube;
    const tokens = computeNonEmbedding / (6 * n);
    return -p.alpha * p.A * total ** (-p.alpha - 1) * (n + (k / 3) * cube) + p.beta * p.B * tokens ** -p.beta;
  };
  // Keep at least ten tokens per run so the bracket is a real model on real data.
  return Math.exp(bisect(slope, Math.log(1), Math.log(computeNonEmbedding / 60), { relative: true }));
}

/** Local exponent d ln N* ÷ d ln C_E at C_E, by central difference (h = 0.05 in ln C). */
export function apparentExponent(computeNonEmbedding: number, k: number): number {
  const h = 0.05;
  const up = nonEmbeddingOptimum(computeNonEmbedding * Math.exp(h), k, hoffmann2022);
  const down = nonEmbeddingOptimum(computeNonEmbedding * Math.exp(-h), k, hoffmann2022);
  return (Math.log(up) - Math.log(down)) / (2 * h);
}

/** Least-squares slope of ln N* on ln C_E over Kaplan's allocation range (13 log-spaced budgets). */
export function apparentExponentOverRange(k: number, range: readonly [number, number] = KAPLAN_ALLOCATION_RANGE_PF_DAYS): number {
  const xs = logGrid(pfDaysToFlops(range[0]), pfDaysToFlops(range[1]), 13).map(Math.log);
  const ys = xs.map((x) => Math.log(nonEmbeddingOptimum(Math.exp(x), k, hoffmann2022)));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < xs.length; i++) {
    sxy += (xs[i]! - mx) * (ys[i]! - my);
    sxx += (xs[i]! - mx) ** 2;
  }
  return sxy / sxx;
}

/** Kaplan's recipe at training compute C: C_min = C/(1 + B/B_crit), D = D(C_min), N = C/(6D) spends C exactly. */
function kaplanAtBudget(p: Params<P>) {
  const flopsMin = kaplanCminFromTrainingFlops({ flops: p.flops, batchOverCritical: p.batchOverCritical });
  const tokens = kaplanOptimalTokens({ flopsMin });
  return { flopsMin, tokens, params: p.flops / (6 * tokens), legendParams: kaplanOptimalParams({ flopsMin }) };
}

const optimalLoss = (flops: number, preset: ChinchillaPreset): number => chinchillaLoss(chinchillaOptimal({ flops }, preset), preset);

/** Compute at which Chinchilla's optimum reaches `loss` (bisection on ln C; loss must exceed E). */
function computeForLoss(loss: number, preset: ChinchillaPreset): number {
  return Math.exp(bisect((u) => optimalLoss(Math.exp(u), preset) - loss, Math.log(1e10), Math.log(1e40), { relative: true }));
}

const count2: FormatSpec = { kind: "count", digits: 2 };
const count3: FormatSpec = { kind: "count", digits: 3 };
const sci3: FormatSpec = { kind: "sci", digits: 3 };
const sci2: FormatSpec = { kind: "sci", digits: 2 };
const loss3: FormatSpec = { kind: "fixed", digits: 3 };
const exponent2: FormatSpec = { kind: "fixed", digits: 2 };
const exponent3: FormatSpec = { kind: "fixed", digits: 3 };
const superscriptTen = (x: number) => formatNumber(x, { kind: "sci", digits: 2 });

export default defineModel<P>({
  name: "chinchilla",
  title: "Chinchilla: compute-optimal training, and why Kaplan got a different answer",
  params: {
    flops: {
      label: "training compute C",
      default: GOPHER_BUDGET,
      min: 1e18,
      max: 1e27,
      step: 10 ** 0.1,
      scale: "log",
      unit: "FLOPs",
      format: { kind: "sci", digits: 3 },
      description: "Training compute C = 6ND in FLOPs (default: the Gopher budget, Table 3's 5.76e23).",
    },
    batchOverCritical: {
      label: "batch size ÷ critical batch size",
      default: 1,
      min: 0.1,
      max: 4,
      step: 0.1,
      scale: "linear",
      format: { kind: "sig", digits: 2 },
      description: "B/B_crit in Kaplan's C = C_min·(1 + B/B_crit) (eqs 5.4–5.5); 1 is training at the critical batch size.",
    },
    embeddingShare: {
      label: "embedding share of a GPT-2-small-sized model",
      default: GPT2_EMBEDDING_SHARE,
      min: 0,
      max: 0.6,
      step: 0.01,
      scale: "linear",
      format: { kind: "percent", digits: 2 },
      description: "Fraction of all parameters that are embeddings in a model with GPT-2 small's 85M-parameter body; sets N_E = k·N^(1/3).",
    },
    studyFlops: {
      label: "compute of the small-scale study",
      default: pfDaysToFlops(1e-3),
      min: 1e13,
      max: 1e24,
      step: 10 ** 0.1,
      scale: "log",
      unit: "FLOPs",
      format: { kind: "sci", digits: 2 },
      description: "Non-embedding compute 6·N·D at which the analyst measures the allocation exponent.",
    },
  },
  values: {
    optParams: {
      label: "compute-optimal N (printed constants)",
      unit: "parameters",
      format: count3,
      compute: (p) => chinchillaOptimal({ flops: p.flops }, hoffmann2022).params,
    },
    optTokens: {
      label: "compute-optimal D (printed constants)",
      unit: "tokens",
      format: count3,
      compute: (p) => chinchillaOptimal({ flops: p.flops }, hoffmann2022).tokens,
    },
    tokensPerParam: {
      label: "tokens per parameter (printed)",
      format: { kind: "sig", digits: 3 },
      compute: (p) => chinchillaTokensPerParam({ flops: p.flops }, hoffmann2022),
    },
    optLoss: { label: "loss at the optimum (printed)", unit: "nats per token", format: loss3, compute: (p) => optimalLoss(p.flops, hoffmann2022) },
    optParamsDefault: {
      label: "compute-optimal N (site's default fit, Besiroglu et al.'s refit)",
      unit: "parameters",
      format: count3,
      compute: (p) => chinchillaOptimal({ flops: p.flops }, defaultChinchillaFit).params,
    },
    optTokensDefault: {
      label: "compute-optimal D (site's default fit)",
      unit: "tokens",
      format: count3,
      compute: (p) => chinchillaOptimal({ flops: p.flops }, defaultChinchillaFit).tokens,
    },
    tokensPerParamDefault: {
      label: "tokens per parameter (site's default fit)",
      format: { kind: "sig", digits: 3 },
      compute: (p) => chinchillaTokensPerParam({ flops: p.flops }, defaultChinchillaFit),
    },
    optParamsUnrounded: {
      label: "compute-optimal N (unrounded)",
      unit: "parameters",
      format: count3,
      compute: (p) => chinchillaOptimal({ flops: p.flops }, hoffmann2022Unrounded).params,
    },
    optTokensUnrounded: {
      label: "compute-optimal D (unrounded)",
      unit: "tokens",
      format: count3,
      compute: (p) => chinchillaOptimal({ flops: p.flops }, hoffmann2022Unrounded).tokens,
    },
    tokensPerParamUnrounded: {
      label: "tokens per parameter (unrounded)",
      format: { kind: "sig", digits: 3 },
      compute: (p) => chinchillaTokensPerParam({ flops: p.flops }, hoffmann2022Unrounded),
    },
    unroundedOverPrinted: {
      label: "unrounded N ÷ printed N",
      format: { kind: "multiple", digits: 3 },
      compute: (p) => chinchillaOptimal({ flops: p.flops }, hoffmann2022Unrounded).params / chinchillaOptimal({ flops: p.flops }, hoffmann2022).params,
    },
    gopherBudget: { label: "Gopher budget", unit: "FLOPs", format: sci3, compute: () => GOPHER_BUDGET },
    optParamsGopher: {
      label: "optimal N at the Gopher budget (printed)",
      unit: "parameters",
      format: count3,
      compute: () => chinchillaOptimal({ flops: GOPHER_BUDGET }, hoffmann2022).params,
    },
    optParamsGopherUnrounded: {
      label: "optimal N at the Gopher budget (unrounded)",
      unit: "parameters",
      format: count3,
      compute: () => chinchillaOptimal({ flops: GOPHER_BUDGET }, hoffmann2022Unrounded).params,
    },
    fig4Params: { label: "optimal N printed in Fig. 4", unit: "parameters", format: count2, compute: () => FIG4_OPTIMAL_PARAMS },
    tokensPerParamGopherUnrounded: {
      label: "tokens per parameter at the Gopher budget (unrounded)",
      format: { kind: "sig", digits: 3 },
      compute: () => chinchillaTokensPerParam({ flops: GOPHER_BUDGET }, hoffmann2022Unrounded),
    },
    chinchillaRatio: { label: "Chinchilla's tokens per parameter", format: { kind: "sig", digits: 3 }, compute: () => CHINCHILLA.tokens / CHINCHILLA.params },
    table3RatioMin: {
      label: "smallest Table 3 tokens per parameter",
      format: { kind: "sig", digits: 3 },
      compute: () => Math.min(...hoffmann2022Table3.rows.map((r) => r.tokens / r.params)),
    },
    table3RatioMax: {
      label: "largest Table 3 tokens per parameter",
      format: { kind: "sig", digits: 3 },
      compute: () => Math.max(...hoffmann2022Table3.rows.map((r) => r.tokens / r.params)),
    },
    gopherParams: { label: "Gopher parameters", unit: "parameters", format: count3, compute: () => GOPHER.params },
    gopherTokens: { label: "Gopher tokens", unit: "tokens", format: count3, compute: () => GOPHER.tokens },
    chinchillaParams: { label: "Chinchilla parameters", unit: "parameters", format: count3, compute: () => CHINCHILLA.params },
    chinchillaTokens: { label: "Chinchilla tokens", unit: "tokens", format: count3, compute: () => CHINCHILLA.tokens },
    gopherCompute: { label: "Gopher 6ND", unit: "FLOPs", format: sci3, compute: () => trainingFlops(GOPHER) },
    chinchillaCompute: { label: "Chinchilla 6ND", unit: "FLOPs", format: sci3, compute: () => trainingFlops(CHINCHILLA) },
    gopherLoss: { label: "Gopher's loss (printed constants)", unit: "nats per token", format: loss3, compute: () => chinchillaLoss(GOPHER, hoffmann2022) },
    chinchillaLossValue: {
      label: "Chinchilla's loss (printed constants)",
      unit: "nats per token",
      format: loss3,
      compute: () => chinchillaLoss(CHINCHILLA, hoffmann2022),
    },
    gopherLossUnrounded: {
      label: "Gopher's loss (unrounded)",
      unit: "nats per token",
      format: loss3,
      compute: () => chinchillaLoss(GOPHER, hoffmann2022Unrounded),
    },
    chinchillaLossUnrounded: {
      label: "Chinchilla's loss (unrounded)",
      unit: "nats per token",
      format: loss3,
      compute: () => chinchillaLoss(CHINCHILLA, hoffmann2022Unrounded),
    },
    gopherTokensPerParam: { label: "Gopher's tokens per parameter", format: { kind: "sig", digits: 2 }, compute: () => GOPHER.tokens / GOPHER.params },
    gopherComputeEquivalent: {
      label: "compute at which the printed optimum matches Gopher's loss",
      unit: "FLOPs",
      format: sci2,
      compute: () => computeForLoss(chinchillaLoss(GOPHER, hoffmann2022), hoffmann2022),
    },
    gopherWaste: {
      label: "Gopher's compute ÷ compute the optimum needs for the same loss",
      format: { kind: "multiple", digits: 2 },
      compute: () => trainingFlops(GOPHER) / computeForLoss(chinchillaLoss(GOPHER, hoffmann2022), hoffmann2022),
    },
    aPrinted: { label: "a from the printed constants", format: exponent3, compute: () => chinchillaAllocationExponents(hoffmann2022).a },
    aUnrounded: { label: "a from the unrounded constants", format: exponent3, compute: () => chinchillaAllocationExponents(hoffmann2022Unrounded).a },
    bPrinted: { label: "b from the printed constants", format: exponent3, compute: () => chinchillaAllocationExponents(hoffmann2022).b },
    kaplanExponent: { label: "Kaplan's N exponent", format: exponent2, compute: () => kaplan2020Allocation.paramsExponent },
    approach1: { label: "Approach 1 a", format: exponent2, compute: () => hoffmann2022Table2.rows[0]!.a },
    approach2: { label: "Approach 2 a", format: exponent2, compute: () => hoffmann2022Table2.rows[1]!.a },
    approach3: { label: "Approach 3 a", format: exponent2, compute: () => hoffmann2022Table2.rows[2]!.a },
    kaplanFlopsMin: { label: "Kaplan's C_min at this training compute", unit: "FLOPs", format: sci2, compute: (p) => kaplanAtBudget(p).flopsMin },
    kaplanFlopsMinPfDays: { label: "Kaplan's C_min", unit: "PF-days", format: count2, compute: (p) => flopsToPfDays(kaplanAtBudget(p).flopsMin) },
    kaplanParams: { label: "Kaplan's N (text: C/(6·D(C_min)))", unit: "parameters", format: count2, compute: (p) => kaplanAtBudget(p).params },
    kaplanLegendParams: {
      label: "Kaplan's N (Fig. 14 legend)",
      unit: "non-embedding parameters",
      format: count2,
      compute: (p) => kaplanAtBudget(p).legendParams,
    },
    kaplanTokens: { label: "Kaplan's D(C_min)", unit: "tokens", format: count2, compute: (p) => kaplanAtBudget(p).tokens },
    kaplanTokensPerParam: {
      label: "Kaplan's tokens per parameter",
      format: { kind: "sig", digits: 2 },
      compute: (p) => kaplanAtBudget(p).tokens / kaplanAtBudget(p).params,
    },
    kaplanOverChinchilla: {
      label: "Kaplan's N ÷ Chinchilla's N",
      format: { kind: "multiple", digits: 2 },
      compute: (p) => kaplanAtBudget(p).params / chinchillaOptimal({ flops: p.flops }, hoffmann2022).params,
    },
    kaplanAllocationLoss: {
      label: "Chinchilla-predicted loss of Kaplan's allocation",
      unit: "nats per token",
      format: loss3,
      compute: (p) => {
        const k = kaplanAtBudget(p);
        return chinchillaLoss({ params: k.params, tokens: k.tokens }, hoffmann2022);
      },
    },
    kaplanWaste: {
      label: "compute Kaplan's allocation spends ÷ compute the optimum needs for its loss",
      format: { kind: "multiple", digits: 2 },
      compute: (p) => {
        const k = kaplanAtBudget(p);
        return p.flops / computeForLoss(chinchillaLoss({ params: k.params, tokens: k.tokens }, hoffmann2022), hoffmann2022);
      },
    },
    row67Mismatch: {
      label: "Table 3's 67B row: 6ND ÷ printed FLOPs − 1",
      format: { kind: "percent", digits: 2 },
      compute: () => (6 * gopherRow.params * gopherRow.tokens) / gopherRow.flops - 1,
    },
    row67SixND: { label: "6ND for Table 3's 67B row", unit: "FLOPs", format: sci3, compute: () => 6 * gopherRow.params * gopherRow.tokens },
    table3Params67: { label: "Table 3's model at the Gopher budget", unit: "parameters", format: count2, compute: () => gopherRow.params },
    closedOverTable3At67: {
      label: "closed-form N ÷ Table 3 N at the Gopher budget (printed)",
      format: { kind: "multiple", digits: 2 },
      compute: () => chinchillaOptimal({ flops: GOPHER_BUDGET }, hoffmann2022).params / gopherRow.params,
    },
    embeddingCoefficientValue: { label: "k in N_E = k·N^(1/3)", format: count2, compute: (p) => embeddingCoefficient(p.embeddingShare) },
    gpt2Share: { label: "GPT-2 small's embedding share", format: { kind: "percent", digits: 2 }, compute: () => GPT2_EMBEDDING_SHARE },
    referenceBody: { label: "GPT-2 small's non-embedding parameters", unit: "parameters", format: count2, compute: () => REFERENCE_BODY },
    apparentExponentStudy: {
      label: "apparent exponent at the study's compute (non-embedding counts)",
      format: exponent2,
      compute: (p) => apparentExponent(p.studyFlops, embeddingCoefficient(p.embeddingShare)),
    },
    apparentExponentKaplanRange: {
      label: "apparent exponent fitted over Kaplan's range",
      format: exponent2,
      compute: (p) => apparentExponentOverRange(embeddingCoefficient(p.embeddingShare)),
    },
    apparentExponentChinchillaRange: {
      label: "apparent exponent fitted over Chinchilla's range",
      format: exponent2,
      compute: (p) =>
        apparentExponentOverRange(embeddingCoefficient(p.embeddingShare), [
          flopsToPfDays(CHINCHILLA_ISOFLOP_RANGE[0]),
          flopsToPfDays(CHINCHILLA_ISOFLOP_RANGE[1]),
        ]),
    },
    studyOptimum: {
      label: "optimal non-embedding N at the study's compute",
      unit: "non-embedding parameters",
      format: count2,
      compute: (p) => nonEmbeddingOptimum(p.studyFlops, embeddingCoefficient(p.embeddingShare), hoffmann2022),
    },
    studyEmbeddingShare: {
      label: "embedding share of that model",
      format: { kind: "percent", digits: 2 },
      compute: (p) => {
        const k = embeddingCoefficient(p.embeddingShare);
        const n = nonEmbeddingOptimum(p.studyFlops, k, hoffmann2022);
        const e = k * Math.cbrt(n);
        return e / (n + e);
      },
    },
    kaplanEmbeddingShare: {
      label: "embedding share of Kaplan's model at this budget",
      format: { kind: "percent", digits: 2 },
      compute: (p) => {
        const n = kaplanAtBudget(p).params;
        const e = embeddingCoefficient(p.embeddingShare) * Math.cbrt(n);
        return e / (n + e);
      },
    },
    chinchillaRangeHigh: { label: "largest isoFLOP budget in Chinchilla", unit: "FLOPs", format: sci2, compute: () => CHINCHILLA_ISOFLOP_RANGE[1] },
    approach3MaxFlops: {
      label: "largest training compute among the runs of Fig. 4 (extracted by Besiroglu et al.)",
      unit: "FLOPs",
      format: { kind: "sci", digits: 2 },
      compute: () => figure4MaxFlops,
    },
    kaplanRunsMax: {
      label: "top of Kaplan's compute axis (Fig. 1)",
      unit: "PF-days",
      format: { kind: "sig", digits: 1 },
      compute: () => KAPLAN_RUNS_MAX_PF_DAYS,
    },
    table3OtherMaxMismatch: {
      label: "largest |6ND ÷ FLOPs − 1| among Table 3's other rows",
      format: { kind: "percent", digits: 1 },
      compute: () => Math.max(...hoffmann2022Table3.rows.filter((r) => r !== gopherRow).map((r) => Math.abs((6 * r.params * r.tokens) / r.flops - 1))),
    },
    table3SmallestParams: {
      label: "smallest model in Table 3",
      unit: "parameters",
      format: count2,
      compute: () => Math.min(...hoffmann2022Table3.rows.map((r) => r.params)),
    },
    table3LargestParams: {
      label: "largest model in Table 3",
      unit: "parameters",
      format: count2,
      compute: () => Math.max(...hoffmann2022Table3.rows.map((r) => r.params)),
    },
    kaplanRangeLow: {
      label: "bottom of Kaplan's allocation range",
      unit: "PF-days",
      format: { kind: "sci", digits: 1 },
      compute: () => KAPLAN_ALLOCATION_RANGE_PF_DAYS[0],
    },
    kaplanRangeHigh: {
      label: "top of Kaplan's allocation range",
      unit: "PF-days",
      format: { kind: "sig", digits: 1 },
      compute: () => KAPLAN_ALLOCATION_RANGE_PF_DAYS[1],
    },
  },
  figures: {
    "isoflop-curves": {
      title: "IsoFLOP curves and their minima",
      caption: (p) =>
        `Loss L̂(N, C/(6N)) along fixed-compute lines, printed constants (App. D.2). Dots mark each curve's minimum, the closed-form N_opt; the thick curve is the reader's budget, ${superscriptTen(p.flops)} FLOPs. Gopher and Chinchilla are placed at their own N and D.`,
      uses: ["flops"],
      formula: String.raw`\hat L(N, D) = E + \frac{A}{N^{\alpha}} + \frac{B}{D^{\beta}},\quad D = \frac{C}{6N}`,
      sources: ["hoffmann2022"],
      constants: () => [hoffmann2022],
      columns: [
        { key: "budget", label: "Budget C (FLOPs)", format: sci2 },
        { key: "params", label: "Parameters N", format: count3 },
        { key: "loss", label: "Loss (nats/token)", format: loss3 },
        { key: "kind", label: "Row" },
      ],
      compute: (p) => {
        const rows: Row[] = [];
        const budgets = [1e19, 1e20, 1e21, 1e22, 1e23, 1e24, 1e25, p.flops];
        budgets.forEach((budget, i) => {
          const opt = chinchillaOptimal({ flops: budget }, hoffmann2022).params;
          for (const n of logGrid(opt / 25, opt * 25, 23)) {
            rows.push({
              budget,
              kind: i === budgets.length - 1 ? "yours" : "curve",
              params: n,
              loss: chinchillaIsoFlopLoss({ flops: budget, params: n }, hoffmann2022),
            });
          }
          rows.push({ budget, kind: i === budgets.length - 1 ? "your minimum" : "minimum", params: opt, loss: optimalLoss(budget, hoffmann2022) });
        });
        rows.push({ budget: trainingFlops(GOPHER), kind: "Gopher", params: GOPHER.params, loss: chinchillaLoss(GOPHER, hoffmann2022) });
        rows.push({ budget: trainingFlops(CHINCHILLA), kind: "Chinchilla", params: CHINCHILLA.params, loss: chinchillaLoss(CHINCHILLA, hoffmann2022) });
        return rows;
      },
      plot: (rows) => {
        const curves = rows.filter((r) => r.kind === "curve");
        const yours = rows.filter((r) => r.kind === "yours");
        const minima = rows.filter((r) => r.kind === "minimum" || r.kind === "your minimum");
        const models = rows.filter((r) => r.kind === "Gopher" || r.kind === "Chinchilla");
        const labels = rows.filter((r) => r.kind === "minimum" && (r.budget as number) <= 1e22);
        const losses = rows.map((r) => r.loss as number);
        const ns = rows.map((r) => r.params as number);
        return {
          marginRight: 40,
          x: { type: "log", label: "Parameters N (all) →", ticks: decades(Math.min(...ns), Math.max(...ns)), tickFormat: (d: number) => logTicks(d) },
          y: { label: "↑ Loss (nats per token)", grid: true, domain: [Math.min(...losses) - 0.05, Math.min(Math.max(...losses), 4.2)], clamp: true },
          marks: [
            Plot.line(curves, { x: "params", y: "loss", z: "budget", stroke: MUTED, strokeWidth: 1.2 }),
            Plot.line(yours, { x: "params", y: "loss", stroke: SERIES[0], strokeWidth: 2.5 }),
            Plot.line(
              minima.toSorted((a, b) => (a.params as number) - (b.params as number)),
              { x: "params", y: "loss", stroke: SERIES[1], strokeDasharray: "4,3" },
            ),
            Plot.dot(minima, { x: "params", y: "loss", fill: SERIES[1], r: 3.5 }),
            Plot.text(labels, { x: "params", y: "loss", text: (d: Row) => superscriptTen(d.budget as number), dy: 12, fill: MUTED, fontSize: 10 }),
            Plot.dot(models, { x: "params", y: "loss", stroke: FG, fill: "var(--plot-bg)", r: 5, strokeWidth: 1.5, symbol: "diamond" }),
            Plot.text(models, { x: "params", y: "loss", text: "kind", dy: -12, fill: FG }),
          ],
        };
      },
      describe: (rows, p) => {
        const opt = chinchillaOptimal({ flops: p.flops }, hoffmann2022);
        return `U-shaped curves, one per compute budget from 10¹⁹ to 10²⁵ FLOPs plus the reader's ${superscriptTen(p.flops)}. Each minimum lies to the right of and below the last; the minima lie on a straight line in log N. At ${superscriptTen(p.flops)} FLOPs the minimum is N = ${formatNumber(opt.params, count3)} parameters on ${formatNumber(opt.tokens, count3)} tokens, loss ${optimalLoss(p.flops, hoffmann2022).toFixed(3)}. Gopher (${formatNumber(GOPHER.params, count3)}, ${formatNumber(GOPHER.tokens, count3)} tokens) sits at ${chinchillaLoss(GOPHER, hoffmann2022).toFixed(3)}; Chinchilla (${formatNumber(CHINCHILLA.params, count3)}, ${formatNumber(CHINCHILLA.tokens, count3)} tokens) at ${chinchillaLoss(CHINCHILLA, hoffmann2022).toFixed(3)}. ${rows.length} points in the table.`;
      },
    },
    "frontier-compare": {
      title: "Compute-optimal model size: Chinchilla against Kaplan",
      caption: (p) =>
        `Optimal parameters against training compute C. Chinchilla's closed form with printed and unrounded constants (all parameters), Table 3's Approach-1 projections, and Kaplan's recipe with C_min = C/(1 + ${p.batchOverCritical.toFixed(1)}) (non-embedding parameters). The dashed rule is the reader's budget.`,
      uses: ["flops", "batchOverCritical"],
      formula: String.raw`N_\text{opt} = G\left(\frac{C}{6}\right)^{\beta/(\alpha+\beta)}\ \text{vs}\ N \propto C_\text{min}^{0.73}`,
      sources: ["hoffmann2022", "kaplan2020", "epochAnalyzingChinchilla"],
      constants: () => [hoffmann2022, hoffmann2022Unrounded, hoffmann2022Table3, kaplan2020Allocation],
      columns: [
        { key: "series", label: "Series" },
        { key: "flops", label: "Training compute C (FLOPs)", format: sci2 },
        { key: "params", label: "Parameters", format: count3 },
      ],
      compute: (p) => {
        const rows: Row[] = [];
        for (const c of logGrid(1e18, 1e27, 28)) {
          rows.push({ series: "Chinchilla, printed", flops: c, params: chinchillaOptimal({ flops: c }, hoffmann2022).params });
          rows.push({ series: "Chinchilla, unrounded", flops: c, params: chinchillaOptimal({ flops: c }, hoffmann2022Unrounded).params });
          const k = kaplanAtBudget({ ...p, flops: c });
          rows.push({ series: "Kaplan, Fig. 14 legend", flops: c, params: k.legendParams });
          rows.push({ series: "Kaplan, text", flops: c, params: k.params });
        }
        for (const r of hoffmann2022Table3.rows) rows.push({ series: "Table 3", flops: r.flops, params: r.params });
        return rows;
      },
      plot: (rows, p, { width = FIGURE_WIDTH }) => {
        const names = ["Chinchilla, printed", "Chinchilla, unrounded", "Kaplan, Fig. 14 legend", "Kaplan, text"];
        const colors = [SERIES[0], SERIES[2], SERIES[1], SERIES[3]];
        const end = (name: string) => rows.filter((r) => r.series === name).at(-1)!;
        const ps = rows.map((r) => r.params as number);
        // Quarter-decades: the axis stays put over a range of batch sizes.
        const yDomain = snapLogDomain(Math.min(...ps), Math.max(...ps));
        // A label every second decade, every fourth on a phone's narrower figure.
        const labelEvery = width < FIGURE_WIDTH ? 4 : 2;
        return {
          marginRight: 150,
          x: {
            type: "log",
            label: "Training compute C (FLOPs) →",
            ticks: decades(1e18, 1e27),
            tickFormat: (d: number) => (Math.round(Math.log10(d)) % labelEvery === 0 ? powerTick(d) : ""),
          },
          y: { type: "log", label: "↑ Optimal parameters", grid: true, domain: yDomain, ticks: decades(...yDomain), tickFormat: (d: number) => logTicks(d) },
          color: { domain: names, range: colors },
          marks: [
            Plot.line(
              rows.filter((r) => r.series !== "Table 3"),
              { x: "flops", y: "params", stroke: "series", strokeWidth: 2 },
            ),
            Plot.dot(
              rows.filter((r) => r.series === "Table 3"),
              { x: "flops", y: "params", stroke: FG, fill: "var(--plot-bg)", r: 4 },
            ),
            Plot.text(
              dodgeLog(
                names.map((name) => ({ series: name, flops: end(name).flops, y: end(name).params as number })),
                yDomain,
              ),
              { x: "flops", y: "labelY", text: "series", fill: "series", textAnchor: "start", dx: 6 },
            ),
            Plot.text([rows.filter((r) => r.series === "Table 3")[2]!], {
              x: "flops",
              y: "params",
              text: () => "Table 3",
              dx: 8,
              dy: 8,
              textAnchor: "start",
              fill: FG,
            }),
            Plot.ruleX([p.flops], { stroke: MUTED, strokeDasharray: "3,3" }),
          ],
        };
      },
      describe: (rows, p) => {
        const k = kaplanAtBudget(p);
        const c = chinchillaOptimal({ flops: p.flops }, hoffmann2022).params;
        const u = chinchillaOptimal({ flops: p.flops }, hoffmann2022Unrounded).params;
        return `Straight lines on log-log axes. Kaplan's lines are steeper (slope ${kaplan2020Allocation.paramsExponent}) than Chinchilla's (${chinchillaAllocationExponents(hoffmann2022).a.toFixed(3)} printed, ${chinchillaAllocationExponents(hoffmann2022Unrounded).a.toFixed(3)} unrounded). At ${superscriptTen(p.flops)} FLOPs: Chinchilla ${formatNumber(c, count3)} (printed) or ${formatNumber(u, count3)} (unrounded); Kaplan ${formatNumber(k.params, count2)} (text) or ${formatNumber(k.legendParams, count2)} (legend), with C_min = ${superscriptTen(k.flopsMin)}. Table 3's projections (dots) lie above both Chinchilla lines. ${rows.length} points in the table.`;
      },
    },
    "table3-check": {
      title: "Table 3 against 6ND and against the closed form",
      caption:
        "For each row of Table 3 (Approach 1 projections): the row's own 6ND divided by its printed FLOPs, and the closed-form N_opt at the row's FLOPs divided by the row's N, with printed and unrounded constants. A value of 1 is agreement.",
      uses: [],
      formula: String.raw`\frac{6ND}{C_\text{Table 3}},\quad \frac{N_\text{opt}(C_\text{Table 3})}{N_\text{Table 3}}`,
      sources: ["hoffmann2022", "epochAnalyzingChinchilla"],
      constants: () => [hoffmann2022Table3, hoffmann2022, hoffmann2022Unrounded],
      columns: [
        { key: "series", label: "Ratio" },
        { key: "params", label: "Table 3 N", format: count2 },
        { key: "ratio", label: "Ratio", format: { kind: "fixed", digits: 3 } },
      ],
      compute: () =>
        hoffmann2022Table3.rows.flatMap((r) => [
          { series: "6ND ÷ printed FLOPs", params: r.params, ratio: (6 * r.params * r.tokens) / r.flops },
          { series: "closed form (printed) ÷ Table 3 N", params: r.params, ratio: chinchillaOptimal({ flops: r.flops }, hoffmann2022).params / r.params },
          {
            series: "closed form (unrounded) ÷ Table 3 N",
            params: r.params,
            ratio: chinchillaOptimal({ flops: r.flops }, hoffmann2022Unrounded).params / r.params,
          },
        ]),
      plot: (rows) => {
        const names = ["6ND ÷ printed FLOPs", "closed form (printed) ÷ Table 3 N", "closed form (unrounded) ÷ Table 3 N"];
        const ends = names.map((n) => rows.filter((r) => r.series === n).at(-1)!);
        return {
          marginRight: 16,
          x: { type: "log", label: "Table 3 model size N →", ticks: decades(1e9, 1e13), tickFormat: (d: number) => logTicks(d) },
          y: { label: "↑ Ratio", grid: true, domain: [0, 1.15] },
          color: { domain: names, range: [FG, SERIES[0], SERIES[2]] },
          marks: [
            Plot.ruleY([1], { stroke: MUTED }),
            Plot.line(rows, { x: "params", y: "ratio", stroke: "series", strokeWidth: 1.5 }),
            Plot.dot(rows, { x: "params", y: "ratio", fill: "series", r: 3.5 }),
            Plot.text(ends, { x: "params", y: "ratio", text: "series", fill: "series", textAnchor: "end", dy: -9 }),
          ],
        };
      },
      describe: (rows) => {
        const six = rows.filter((r) => r.series === "6ND ÷ printed FLOPs");
        const worst = six.reduce((a, b) => (Math.abs((b.ratio as number) - 1) > Math.abs((a.ratio as number) - 1) ? b : a));
        const printed = rows.filter((r) => String(r.series).includes("(printed)")).map((r) => r.ratio as number);
        const unrounded = rows.filter((r) => String(r.series).includes("(unrounded)")).map((r) => r.ratio as number);
        return `Table 3's own FLOPs agree with 6ND within ${formatNumber(Math.max(...six.map((r) => Math.abs((r.ratio as number) - 1))), { kind: "percent", digits: 2 })}, the largest gap at the ${formatNumber(worst.params as number, count2)} row (the Gopher budget). The closed form puts the optimum at ${formatNumber(Math.min(...printed), exponent2)}–${formatNumber(Math.max(...printed), exponent2)} of Table 3's N with printed constants and ${formatNumber(Math.min(...unrounded), exponent2)}–${formatNumber(Math.max(...unrounded), exponent2)} with unrounded ones: Table 3 comes from Approach 1, not from the parametric fit. ${rows.length} points in the table.`;
      },
    },
    "allocation-exponents": {
      title: "Allocation exponents: Table 2 and what the constants give",
      caption: (p) =>
        `The exponent a in N_opt ∝ C^a from Hoffmann et al.'s Table 2 (three approaches and Kaplan), from the parametric constants (β/(α+β)), and what an analyst counting non-embedding parameters would measure over Kaplan's compute range with an embedding share of ${formatNumber(p.embeddingShare, { kind: "percent", digits: 2 })}. Bars: Table 2's 80% intervals (10th to 90th percentile), where the paper gives them.`,
      uses: ["embeddingShare"],
      formula: String.raw`N_\text{opt} \propto C^{a},\quad a = \frac{\beta}{\alpha+\beta}`,
      sources: ["hoffmann2022", "epochAnalyzingChinchilla", "besiroglu2024", "pearce2024"],
      constants: () => [hoffmann2022Table2, hoffmann2022, hoffmann2022Unrounded, besiroglu2024],
      columns: [
        { key: "label", label: "Estimate" },
        { key: "a", label: "a", format: exponent3 },
        { key: "low", label: "10th percentile", format: exponent3 },
        { key: "high", label: "90th percentile", format: exponent3 },
      ],
      compute: (p) => [
        ...hoffmann2022Table2.rows.map((r) => {
          const interval = r.approach === "kaplan" ? null : hoffmann2022Table2Intervals80[r.approach as "1" | "2" | "3"].a;
          return {
            label: r.approach === "kaplan" ? "Kaplan et al. (Table 2)" : `Approach ${r.approach} (Table 2)`,
            group: "Table 2",
            a: r.a,
            low: interval?.[0] ?? null,
            high: interval?.[1] ?? null,
          };
        }),
        { label: "β/(α+β), printed", group: "computed", a: chinchillaAllocationExponents(hoffmann2022).a, low: null, high: null },
        { label: "β/(α+β), unrounded", group: "computed", a: chinchillaAllocationExponents(hoffmann2022Unrounded).a, low: null, high: null },
        { label: "β/(α+β), Besiroglu refit", group: "computed", a: chinchillaAllocationExponents(besiroglu2024).a, low: null, high: null },
        { label: "simulated, Kaplan's range", group: "simulated", a: apparentExponentOverRange(embeddingCoefficient(p.embeddingShare)), low: null, high: null },
      ],
      plot: (rows) => ({
        marginLeft: 210,
        marginRight: 44,
        // Up to 0.85: the simulated exponent over Kaplan's range reaches about 0.81 at the default share.
        x: { label: "Allocation exponent a →", domain: [0.4, 0.85], grid: true },
        y: { label: null, domain: rows.map((r) => r.label as string) },
        color: { domain: ["Table 2", "computed", "simulated"], range: [FG, SERIES[0], SERIES[1]] },
        marks: [
          Plot.ruleX([0.5], { stroke: MUTED, strokeDasharray: "3,3" }),
          Plot.ruleY(
            rows.filter((r) => r.low !== null && r.low !== undefined),
            { y: "label", x1: "low", x2: "high", stroke: FG, strokeWidth: 2 },
          ),
          Plot.dot(rows, { x: "a", y: "label", fill: "group", r: 5 }),
          Plot.text(rows, {
            x: (d: Row) => Math.max(d.a as number, (d.high as number | null | undefined) ?? 0),
            y: "label",
            text: (d: Row) => formatNumber(d.a as number, exponent3),
            dx: 10,
            textAnchor: "start",
            fill: "group",
          }),
        ],
        height: 300,
      }),
      describe: (rows) =>
        `A dot per estimate of a: ${rows.map((r) => `${r.label} ${formatNumber(r.a as number, exponent3)}`).join("; ")}. ${rows.length} rows in the table.`,
    },
    "embedding-exponent": {
      title: "Counting non-embedding parameters tilts the small-scale exponent",
      caption: (p) =>
        `The local exponent d ln N*/d ln C that an analyst would measure if the true loss were Chinchilla's (printed constants) in all parameters, but they counted non-embedding parameters and compute, with embeddings N_E = k·N^(1/3) (${formatNumber(p.embeddingShare, { kind: "percent", digits: 2 })} of a GPT-2-small-sized model). Shaded: Kaplan's and Chinchilla's compute ranges. Our simplification, not Pearce & Song's exact model.`,
      uses: ["embeddingShare", "studyFlops"],
      formula: String.raw`N^* = \arg\min_N \hat L\!\left(N + kN^{1/3},\ \frac{C_E}{6N}\right)`,
      sources: ["pearce2024", "hoffmann2022", "kaplan2020"],
      constants: () => [hoffmann2022, kaplan2020Allocation],
      columns: [
        { key: "series", label: "Counting" },
        { key: "flops", label: "Compute (FLOPs)", format: sci2 },
        { key: "exponent", label: "Local exponent", format: exponent3 },
      ],
      compute: (p) => {
        const k = embeddingCoefficient(p.embeddingShare);
        const a = chinchillaAllocationExponents(hoffmann2022).a;
        return logGrid(1e13, 1e25, 37).flatMap((c) => [
          { series: "non-embedding N and C", flops: c, exponent: apparentExponent(c, k) },
          { series: "all parameters", flops: c, exponent: a },
        ]);
      },
      plot: (rows, p) => {
        const k = embeddingCoefficient(p.embeddingShare);
        const kaplanLo = pfDaysToFlops(KAPLAN_ALLOCATION_RANGE_PF_DAYS[0]);
        const kaplanHi = pfDaysToFlops(KAPLAN_ALLOCATION_RANGE_PF_DAYS[1]);
        const kaplanA = kaplan2020Allocation.paramsExponent;
        return {
          marginRight: 16,
          x: {
            type: "log",
            label: "Compute counted by the analyst (FLOPs) →",
            ticks: decades(1e13, 1e25),
            tickFormat: (d: number) => (Math.round(Math.log10(d)) % 2 === 1 ? superscriptTen(d) : ""),
          },
          y: { label: "↑ Apparent allocation exponent a", grid: true, domain: [0.4, 1] },
          color: { domain: ["non-embedding N and C", "all parameters"], range: [SERIES[1], SERIES[0]] },
          marks: [
            Plot.rectX([{ x1: kaplanLo, x2: kaplanHi }], { x1: "x1", x2: "x2", fill: SHADE }),
            Plot.rectX([{ x1: CHINCHILLA_ISOFLOP_RANGE[0], x2: CHINCHILLA_ISOFLOP_RANGE[1] }], { x1: "x1", x2: "x2", fill: BAND }),
            Plot.text([{ x: Math.sqrt(kaplanLo * kaplanHi), label: "Kaplan's runs" }], { x: "x", frameAnchor: "top", text: "label", dy: 8, fill: MUTED }),
            Plot.text([{ x: Math.sqrt(CHINCHILLA_ISOFLOP_RANGE[0] * CHINCHILLA_ISOFLOP_RANGE[1]), label: "Chinchilla's" }], {
              x: "x",
              frameAnchor: "top",
              text: "label",
              dy: 8,
              fill: MUTED,
            }),
            Plot.ruleY([kaplanA], { stroke: SERIES[1], strokeDasharray: "2,3" }),
            Plot.text([{ y: kaplanA, label: `Kaplan's ${kaplanA}` }], {
              y: "y",
              frameAnchor: "right",
              text: "label",
              textAnchor: "end",
              dy: -7,
              fill: SERIES[1],
            }),
            Plot.line(rows, { x: "flops", y: "exponent", stroke: "series", strokeWidth: 2 }),
            Plot.text([rows.filter((r) => r.series === "all parameters").at(-1)!], {
              x: "flops",
              y: "exponent",
              text: "series",
              textAnchor: "end",
              dy: 14,
              fill: SERIES[0],
            }),
            Plot.text([rows.filter((r) => r.series !== "all parameters")[20]!], {
              x: "flops",
              y: "exponent",
              text: "series",
              textAnchor: "start",
              dx: 6,
              dy: -10,
              fill: SERIES[1],
            }),
            Plot.dot([{ x: p.studyFlops, y: apparentExponent(p.studyFlops, k) }], { x: "x", y: "y", fill: SERIES[1], r: 4.5 }),
          ],
        };
      },
      describe: (rows, p) => {
        const k = embeddingCoefficient(p.embeddingShare);
        const ne = rows.filter((r) => r.series !== "all parameters");
        const peak = ne.reduce((a, b) => ((b.exponent as number) > (a.exponent as number) ? b : a));
        return `The exponent an analyst counting non-embedding parameters would measure is ${formatNumber(ne[0]!.exponent as number, exponent2)} at 10¹³ FLOPs, peaks at ${formatNumber(peak.exponent as number, exponent2)} near ${superscriptTen(peak.flops as number)} FLOPs, and falls to ${formatNumber(ne.at(-1)!.exponent as number, exponent2)} at 10²⁵, approaching the all-parameter value ${chinchillaAllocationExponents(hoffmann2022).a.toFixed(3)}. At the study compute ${superscriptTen(p.studyFlops)} FLOPs it is ${formatNumber(apparentExponent(p.studyFlops, k), exponent2)}; a power law fitted over Kaplan's range gives ${formatNumber(apparentExponentOverRange(k), exponent2)}. ${rows.length} points in the table.`;
      },
    },
  },
});
