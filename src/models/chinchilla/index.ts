/**
 * Model for the essay "Chinchilla: compute-optimal training, and why Kaplan got a different
 * answer" (Hoffmann et al. 2022, arXiv 2203.15556: §3.3 eqs 2 and 4, Tables 2–3, App. D.2;
 * Kaplan et al. 2020, arXiv 2001.08361 §6; Pearce & Song 2024, arXiv 2406.12907).
 *
 * Conventions: Chinchilla's N counts all parameters and C = 6ND is training compute. Kaplan's N
 * counts non-embedding parameters and his allocation laws are in C_min = C/(1 + B/B_crit).
 */

import {
  chinchillaAllocationExponents,
  chinchillaLoss,
  chinchillaOptimal,
  chinchillaTokensPerParam,
  defaultChinchillaFit,
  flopsToPfDays,
  hoffmann2022,
  hoffmann2022Chinchilla,
  hoffmann2022Gopher,
  hoffmann2022GopherBudget,
  hoffmann2022Table2,
  hoffmann2022Table3,
  hoffmann2022Unrounded,
  kaplan2020Allocation,
  pfDaysToFlops,
  trainingFlops,
} from "../../laws/index.ts";
import { defineModel, figuresIn } from "../define.ts";
import { figure4MaxFlops } from "../figure4-data.ts";
import { KAPLAN_ALLOCATION_RANGE_PF_DAYS, KAPLAN_RUNS_MAX_PF_DAYS } from "../kaplan-ranges.ts";
import { bisect } from "../numeric.ts";
import {
  CHINCHILLA_ISOFLOP_RANGE,
  REFERENCE_BODY,
  GPT2_EMBEDDING_SHARE,
  embeddingCoefficient,
  nonEmbeddingOptimum,
  apparentExponent,
  apparentExponentOverRange,
  kaplanAtBudget,
  optimalLoss,
  count2,
  count3,
  sci2,
  loss3,
  exponent2,
  exponent3,
} from "./shared.ts";
import type { FormatSpec } from "../../lib/format.ts";
import type { ChinchillaPreset } from "../../laws/index.ts";
import type { P } from "./shared.ts";

/** "40B": the optimal size at the Gopher budget printed in Fig. 4 (left) of arXiv 2203.15556. */
const FIG4_OPTIMAL_PARAMS = 40e9;

const sci3: FormatSpec = { kind: "sci", digits: 3 };

/** Compute at which Chinchilla's optimum reaches `loss` (bisection on ln C; loss must exceed E). */
function computeForLoss(loss: number, preset: ChinchillaPreset): number {
  return Math.exp(bisect((u) => optimalLoss(Math.exp(u), preset) - loss, Math.log(1e10), Math.log(1e40), { relative: true }));
}

export default defineModel<P>({
  name: "chinchilla",
  title: "Chinchilla: compute-optimal training, and why Kaplan got a different answer",
  params: {
    flops: {
      label: "training compute C",
      default: hoffmann2022GopherBudget.flops,
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
    gopherBudget: { label: "Gopher budget", unit: "FLOPs", format: sci3, compute: () => hoffmann2022GopherBudget.flops },
    optParamsGopher: {
      label: "optimal N at the Gopher budget (printed)",
      unit: "parameters",
      format: count3,
      compute: () => chinchillaOptimal({ flops: hoffmann2022GopherBudget.flops }, hoffmann2022).params,
    },
    optParamsGopherUnrounded: {
      label: "optimal N at the Gopher budget (unrounded)",
      unit: "parameters",
      format: count3,
      compute: () => chinchillaOptimal({ flops: hoffmann2022GopherBudget.flops }, hoffmann2022Unrounded).params,
    },
    fig4Params: { label: "optimal N printed in Fig. 4", unit: "parameters", format: count2, compute: () => FIG4_OPTIMAL_PARAMS },
    tokensPerParamGopherUnrounded: {
      label: "tokens per parameter at the Gopher budget (unrounded)",
      format: { kind: "sig", digits: 3 },
      compute: () => chinchillaTokensPerParam({ flops: hoffmann2022GopherBudget.flops }, hoffmann2022Unrounded),
    },
    chinchillaRatio: {
      label: "Chinchilla's tokens per parameter",
      format: { kind: "sig", digits: 3 },
      compute: () => hoffmann2022Chinchilla.tokens / hoffmann2022Chinchilla.params,
    },
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
    gopherParams: { label: "Gopher parameters", unit: "parameters", format: count3, compute: () => hoffmann2022Gopher.params },
    gopherTokens: { label: "Gopher tokens", unit: "tokens", format: count3, compute: () => hoffmann2022Gopher.tokens },
    chinchillaParams: { label: "Chinchilla parameters", unit: "parameters", format: count3, compute: () => hoffmann2022Chinchilla.params },
    chinchillaTokens: { label: "Chinchilla tokens", unit: "tokens", format: count3, compute: () => hoffmann2022Chinchilla.tokens },
    gopherCompute: { label: "Gopher 6ND", unit: "FLOPs", format: sci3, compute: () => trainingFlops(hoffmann2022Gopher) },
    chinchillaCompute: { label: "Chinchilla 6ND", unit: "FLOPs", format: sci3, compute: () => trainingFlops(hoffmann2022Chinchilla) },
    gopherLoss: {
      label: "Gopher's loss (printed constants)",
      unit: "nats per token",
      format: loss3,
      compute: () => chinchillaLoss(hoffmann2022Gopher, hoffmann2022),
    },
    chinchillaLossValue: {
      label: "Chinchilla's loss (printed constants)",
      unit: "nats per token",
      format: loss3,
      compute: () => chinchillaLoss(hoffmann2022Chinchilla, hoffmann2022),
    },
    gopherLossUnrounded: {
      label: "Gopher's loss (unrounded)",
      unit: "nats per token",
      format: loss3,
      compute: () => chinchillaLoss(hoffmann2022Gopher, hoffmann2022Unrounded),
    },
    chinchillaLossUnrounded: {
      label: "Chinchilla's loss (unrounded)",
      unit: "nats per token",
      format: loss3,
      compute: () => chinchillaLoss(hoffmann2022Chinchilla, hoffmann2022Unrounded),
    },
    gopherTokensPerParam: {
      label: "Gopher's tokens per parameter",
      format: { kind: "sig", digits: 2 },
      compute: () => hoffmann2022Gopher.tokens / hoffmann2022Gopher.params,
    },
    gopherComputeEquivalent: {
      label: "compute at which the printed optimum matches Gopher's loss",
      unit: "FLOPs",
      format: sci2,
      compute: () => computeForLoss(chinchillaLoss(hoffmann2022Gopher, hoffmann2022), hoffmann2022),
    },
    gopherWaste: {
      label: "Gopher's compute ÷ compute the optimum needs for the same loss",
      format: { kind: "multiple", digits: 2 },
      compute: () => trainingFlops(hoffmann2022Gopher) / computeForLoss(chinchillaLoss(hoffmann2022Gopher, hoffmann2022), hoffmann2022),
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
      compute: () => (6 * hoffmann2022GopherBudget.params * hoffmann2022GopherBudget.tokens) / hoffmann2022GopherBudget.flops - 1,
    },
    row67SixND: {
      label: "6ND for Table 3's 67B row",
      unit: "FLOPs",
      format: sci3,
      compute: () => 6 * hoffmann2022GopherBudget.params * hoffmann2022GopherBudget.tokens,
    },
    table3Params67: { label: "Table 3's model at the Gopher budget", unit: "parameters", format: count2, compute: () => hoffmann2022GopherBudget.params },
    closedOverTable3At67: {
      label: "closed-form N ÷ Table 3 N at the Gopher budget (printed)",
      format: { kind: "multiple", digits: 2 },
      compute: () => chinchillaOptimal({ flops: hoffmann2022GopherBudget.flops }, hoffmann2022).params / hoffmann2022GopherBudget.params,
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
      compute: () =>
        Math.max(...hoffmann2022Table3.rows.filter((r) => r !== hoffmann2022GopherBudget).map((r) => Math.abs((6 * r.params * r.tokens) / r.flops - 1))),
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
  figures: figuresIn<P>("chinchilla", import.meta.glob(["./*.ts", "!./index.ts"], { eager: true })),
});
