/**
 * Model for the essay "Kaplan's scaling laws and the contradiction inside them"
 * (Kaplan et al. 2020, arXiv 2001.08361: eqs 1.1–1.5, 4.3, 6.6–6.8, Table 2, App. B.2, §6.3).
 *
 * Conventions: N is non-embedding parameters; compute is C_min (compute at the critical batch
 * size, Kaplan's eq 5.5) unless a name says "training", which is C = 2·C_min (§6.3).
 */

import {
  kaplan2020,
  kaplan2020Allocation,
  kaplan2020StatedCrossover,
  kaplan2020Table3,
  kaplanCrossover,
  kaplanDataToAvoidOverfitting,
  kaplanLoss,
  kaplanLossCompute,
  kaplanLossTokens,
  kaplanOptimalParams,
  kaplanOptimalParamsFromTokens,
  kaplanOptimalTokens,
  kaplanOverfitting,
  kaplanTrainingFlopsFromCmin,
  pfDaysToFlops,
} from "../../laws/index.ts";
import { defineModel, figuresIn } from "../define.ts";
import type { FormatSpec } from "../../lib/format.ts";
import { KAPLAN_ALLOCATION_RANGE_PF_DAYS, KAPLAN_RUNS_MAX_PF_DAYS } from "../kaplan-ranges.ts";
import {
  ALPHA_C_APPENDIX_B,
  ALPHA_C_SECTION_6_2,
  TOKENS_EXPONENT_SECTION_1_2,
  PIVOT_PF_DAYS,
  PIVOT_TOKENS,
  impliedComputeConstant,
  impliedDataConstant,
  crossoverConstants,
  single,
  tableFloor,
  allocation,
  crossover,
  budgetFlopsMin,
  budgetParams,
  budgetTokens,
  CURVE_SIZES,
  efficientTokensForSize,
  efficientDot,
  textPrefactor,
  count2,
  sci2,
  pfDays,
} from "./shared.ts";
import type { P } from "./shared.ts";

/**
 * Largest model in Kaplan et al.'s sweep, in non-embedding parameters (their sizes run from 768
 * to 1.5 billion). Source: arXiv 2001.08361 §1, as the essay cites it.
 */
const FITTED_MAX_PARAMS = 1.5e9;

const loss3: FormatSpec = { kind: "fixed", digits: 2 };

export default defineModel<P>({
  name: "kaplan",
  title: "Kaplan's scaling laws and the contradiction inside them",
  params: {
    alphaC: {
      label: "α_C (compute exponent of L(C_min))",
      default: kaplan2020.alphaC,
      min: 0.045,
      max: 0.07,
      step: 0.001,
      scale: "linear",
      format: { kind: "fixed", digits: 3 },
      description:
        "Exponent of L(C_min) = (C_c/C_min)^α_C (eq 1.3 prints 0.050; App. B.2 0.052; §6.2 0.054). C_c moves with it so the law keeps its value inside Kaplan's data.",
    },
    alphaD: {
      label: "α_D (data exponent of L(D))",
      default: kaplan2020.alphaD,
      min: 0.07,
      max: 0.12,
      step: 0.001,
      scale: "linear",
      format: { kind: "fixed", digits: 3 },
      description: "Exponent of L(D) = (D_c/D)^α_D (eq 1.2: 0.095). D_c moves with it so the law keeps its value inside Kaplan's data.",
    },
    tokensExponent: {
      label: "exponent of D(C_min)",
      default: kaplan2020Allocation.tokensExponent,
      min: 0.2,
      max: 0.3,
      step: 0.01,
      scale: "linear",
      format: { kind: "fixed", digits: 2 },
      description: "Exponent of compute-efficient data, D ∝ C_min^x (§6.3 eq 6.7: 0.26; §1.2: 0.27).",
    },
    tokensCoefficient: {
      label: "prefactor of D(C_min)",
      default: kaplan2020Allocation.tokensCoefficient,
      min: 1e10,
      max: 1.6e11,
      step: 10 ** 0.05,
      scale: "log",
      unit: "tokens",
      format: { kind: "count", digits: 2 },
      description: "Tokens at C_min = 1 PF-day in D(C_min) = D_0·x^0.26 (§6.3 eq 6.7: 4e10).",
    },
    budgetPfDays: {
      label: "compute budget C_min",
      default: 1e3,
      min: 1e-6,
      max: 1e8,
      step: 10 ** 0.1,
      scale: "log",
      unit: "PF-days",
      format: pfDays,
      description: "A compute budget C_min (compute at the critical batch size) in PF-days; training at B_crit costs twice this.",
    },
  },
  values: {
    crossoverPfDays: { label: "crossover compute C_min*", unit: "PF-days", format: pfDays, compute: (p) => crossover(p).computePfDays },
    crossoverFlopsMin: { label: "crossover compute C_min*", unit: "FLOPs", format: sci2, compute: (p) => crossover(p).flopsMin },
    crossoverTrainingFlops: {
      label: "training compute at the crossover, 2·C_min*",
      unit: "FLOPs",
      format: sci2,
      compute: (p) => kaplanTrainingFlopsFromCmin({ flopsMin: crossover(p).flopsMin }),
    },
    crossoverParams: {
      label: "N(C_min*) from the Fig. 14 legend",
      unit: "non-embedding parameters",
      format: count2,
      compute: (p) => crossover(p).nonEmbeddingParams,
    },
    crossoverParamsFromTokens: {
      label: "N(C_min*) from the text's D(C_min)",
      unit: "non-embedding parameters",
      format: count2,
      compute: (p) => crossover(p).nonEmbeddingParamsFromTokens,
    },
    crossoverTokens: { label: "D(C_min*)", unit: "tokens", format: count2, compute: (p) => crossover(p).tokens },
    crossoverLoss: { label: "L*", unit: "nats per token", format: loss3, compute: (p) => crossover(p).loss },
    crossoverVsStated: {
      label: "computed C_min* ÷ stated C*",
      format: { kind: "multiple", digits: 2 },
      compute: (p) => crossover(p).computePfDays / kaplan2020StatedCrossover.computePfDays,
    },
    crossoverOverfitting: {
      label: "overfitting penalty δL at (N*, D*), Table 2 fit",
      format: { kind: "percent", digits: 2 },
      compute: (p) => {
        const c = crossover(p);
        return kaplanOverfitting({ nonEmbeddingParams: c.nonEmbeddingParams, tokens: c.tokens });
      },
    },
    crossoverEq13: {
      label: "C_min* with α_C = 0.050",
      unit: "PF-days",
      format: pfDays,
      compute: (p) => kaplanCrossover(crossoverConstants(p, { alphaC: kaplan2020.alphaC })).computePfDays,
    },
    alphaCEq13: { label: "α_C in eq 1.3", format: { kind: "fixed", digits: 3 }, compute: () => kaplan2020.alphaC },
    crossoverAppendixB: {
      label: "C_min* with α_C = 0.052",
      unit: "PF-days",
      format: pfDays,
      compute: (p) => kaplanCrossover(crossoverConstants(p, { alphaC: ALPHA_C_APPENDIX_B })).computePfDays,
    },
    crossoverSection62: {
      label: "C_min* with α_C = 0.054",
      unit: "PF-days",
      format: pfDays,
      compute: (p) => kaplanCrossover(crossoverConstants(p, { alphaC: ALPHA_C_SECTION_6_2 })).computePfDays,
    },
    crossoverPrinted: {
      label: "C_min* with every constant as printed",
      unit: "PF-days",
      format: pfDays,
      compute: () => kaplanCrossover().computePfDays,
    },
    crossoverTokens027: {
      label: "C_min* with D ∝ C^0.27",
      unit: "PF-days",
      format: pfDays,
      compute: (p) => kaplanCrossover(crossoverConstants(p, { tokensExponent: TOKENS_EXPONENT_SECTION_1_2 })).computePfDays,
    },
    impliedComputeConstant: { label: "C_c implied by your α_C", unit: "PF-days", format: sci2, compute: (p) => impliedComputeConstant(p.alphaC) },
    impliedDataConstant: { label: "D_c implied by your α_D", unit: "tokens", format: sci2, compute: (p) => impliedDataConstant(p.alphaD) },
    pivotPfDays: { label: "compute pivot", unit: "PF-days", format: { kind: "sig", digits: 1 }, compute: () => PIVOT_PF_DAYS },
    pivotTokens: { label: "data pivot", unit: "tokens", format: count2, compute: () => PIVOT_TOKENS },
    crossoverSection62FixedConstant: {
      label: "C_min* with α_C = 0.054 and C_c held at 3.1e8",
      unit: "PF-days",
      format: pfDays,
      compute: (p) => kaplanCrossover({ ...crossoverConstants(p, { alphaC: ALPHA_C_SECTION_6_2 }), CcPfDays: kaplan2020.CcPfDays }).computePfDays,
    },
    slopeRatio: {
      label: "α_C ÷ compute exponent of the data floor",
      format: { kind: "sig", digits: 2 },
      compute: (p) => p.alphaC / (p.alphaD * p.tokensExponent),
    },
    section62Shift: {
      label: "C_min* at α_C = 0.050 (eq 1.3) ÷ C_min* at α_C = 0.054 (§6.2), constants moved to keep the pivot",
      format: { kind: "multiple", digits: 3 },
      compute: (p) =>
        kaplanCrossover(crossoverConstants(p, { alphaC: kaplan2020.alphaC })).computePfDays /
        kaplanCrossover(crossoverConstants(p, { alphaC: ALPHA_C_SECTION_6_2 })).computePfDays,
    },
    crossoverDecadesBeyond: {
      label: "orders of magnitude from the top of Kaplan's compute range to C_min*",
      format: { kind: "fixed", digits: 1 },
      compute: (p) => Math.log10(crossover(p).computePfDays / KAPLAN_RUNS_MAX_PF_DAYS),
    },
    allocationRangeLow: {
      label: "bottom of Kaplan's allocation range (Fig. 14)",
      unit: "PF-days",
      format: { kind: "sci", digits: 1 },
      compute: () => KAPLAN_ALLOCATION_RANGE_PF_DAYS[0],
    },
    allocationRangeHigh: {
      label: "top of Kaplan's allocation range (Fig. 14)",
      unit: "PF-days",
      format: { kind: "sig", digits: 1 },
      compute: () => KAPLAN_ALLOCATION_RANGE_PF_DAYS[1],
    },
    dotSpendLargest: {
      label: "6ND ÷ C_min at the largest model's dot in Figure 1 (legend N with the text's D)",
      format: { kind: "sig", digits: 2 },
      compute: (p) => efficientDot(p, CURVE_SIZES.at(-1)!).spend,
    },
    dotSpendSmallest: {
      label: "6ND ÷ C_min at the smallest model's dot in Figure 1",
      format: { kind: "sig", digits: 2 },
      compute: (p) => efficientDot(p, CURVE_SIZES[0]).spend,
    },
    dotComputeLargest: {
      label: "C_min at the largest model's dot in Figure 1",
      unit: "PF-days",
      format: pfDays,
      compute: (p) => efficientDot(p, CURVE_SIZES.at(-1)!).pfDays,
    },
    spendAtThousand: {
      label: "6ND ÷ C_min at 1,000 PF-days for the legend's N with the text's D",
      format: { kind: "sig", digits: 2 },
      compute: (p) => {
        const flopsMin = pfDaysToFlops(1e3);
        return (6 * kaplanOptimalParams({ flopsMin }, allocation(p)) * kaplanOptimalTokens({ flopsMin }, allocation(p))) / flopsMin;
      },
    },
    largestCurveParams: { label: "largest model in Figure 1", unit: "non-embedding parameters", format: count2, compute: () => CURVE_SIZES.at(-1)! },
    largestCurveGap: {
      label: "compute-efficient loss of the largest model above the data floor",
      format: { kind: "percent", digits: 2 },
      compute: (p) => {
        const n = CURVE_SIZES.at(-1)!;
        const d = efficientTokensForSize(p, n);
        return kaplanLoss({ nonEmbeddingParams: n, tokens: d }) / kaplanLossTokens({ tokens: d }, tableFloor) - 1;
      },
    },
    statedPfDays: { label: "stated C*", unit: "PF-days", format: pfDays, compute: () => kaplan2020StatedCrossover.computePfDays },
    statedParams: { label: "stated N*", unit: "non-embedding parameters", format: count2, compute: () => kaplan2020StatedCrossover.nonEmbeddingParams },
    statedTokens: { label: "stated D*", unit: "tokens", format: count2, compute: () => kaplan2020StatedCrossover.tokens },
    statedLoss: { label: "stated L*", unit: "nats per token", format: { kind: "sig", digits: 2 }, compute: () => kaplan2020StatedCrossover.loss },
    alphaCAppendixB: { label: "α_C in App. B.2", format: { kind: "fixed", digits: 3 }, compute: () => ALPHA_C_APPENDIX_B },
    alphaCSection62: { label: "α_C in §6.2", format: { kind: "fixed", digits: 3 }, compute: () => ALPHA_C_SECTION_6_2 },
    alphaCPredicted: {
      label: "α_C predicted from Table 3 and α_B",
      format: { kind: "fixed", digits: 4 },
      compute: () => 1 / (1 / kaplan2020Table3.alphaS + 1 / kaplan2020.alphaB + 1 / kaplan2020Table3.alphaN),
    },
    dataFloorSlope: {
      label: "compute exponent of L(D(C_min))",
      format: { kind: "fixed", digits: 3 },
      compute: (p) => p.alphaD * p.tokensExponent,
    },
    paramsExponent: { label: "exponent of N(C_min)", format: { kind: "fixed", digits: 2 }, compute: () => kaplan2020Allocation.paramsExponent },
    textParamsExponent: { label: "exponent of N(C_min) from the text", format: { kind: "fixed", digits: 2 }, compute: (p) => 1 - p.tokensExponent },
    legendPrefactor: {
      label: "N(C_min) prefactor, Fig. 14 legend",
      unit: "non-embedding parameters",
      format: count2,
      compute: () => kaplan2020Allocation.paramsCoefficient,
    },
    textPrefactor: { label: "N(C_min) prefactor from the text", unit: "non-embedding parameters", format: count2, compute: textPrefactor },
    tokensPrefactor: { label: "D(C_min) prefactor", unit: "tokens", format: count2, compute: () => kaplan2020Allocation.tokensCoefficient },
    paramsPerDecade: {
      label: "model growth per 10× compute",
      format: { kind: "multiple", digits: 2 },
      compute: () => 10 ** kaplan2020Allocation.paramsExponent,
    },
    tokensPerDecade: { label: "data growth per 10× compute", format: { kind: "multiple", digits: 2 }, compute: (p) => 10 ** p.tokensExponent },
    overfitDataExponent: {
      label: "exponent of data needed to avoid overfitting, in C_min",
      format: { kind: "fixed", digits: 2 },
      // eq 4.4 (D ∝ N^0.74) composed with eq 6.1 (N ∝ C_min^0.73): eq 6.6.
      compute: () => 0.74 * kaplan2020Allocation.paramsExponent,
    },
    fittedMaxPfDays: { label: "top of Kaplan's compute range", unit: "PF-days", format: pfDays, compute: () => KAPLAN_RUNS_MAX_PF_DAYS },
    fittedMaxParams: { label: "largest model Kaplan trained", unit: "non-embedding parameters", format: count2, compute: () => FITTED_MAX_PARAMS },
    budgetFlopsMin: { label: "C_min", unit: "FLOPs", format: sci2, compute: budgetFlopsMin },
    budgetTrainingFlops: {
      label: "training compute 2·C_min",
      unit: "FLOPs",
      format: sci2,
      compute: (p) => kaplanTrainingFlopsFromCmin({ flopsMin: budgetFlopsMin(p) }),
    },
    budgetParams: { label: "compute-efficient N (legend)", unit: "non-embedding parameters", format: count2, compute: budgetParams },
    budgetParamsText: {
      label: "compute-efficient N (text)",
      unit: "non-embedding parameters",
      format: count2,
      compute: (p) => kaplanOptimalParamsFromTokens({ flopsMin: budgetFlopsMin(p) }, allocation(p)),
    },
    budgetParamsRatio: {
      label: "legend N ÷ text N",
      format: { kind: "multiple", digits: 2 },
      compute: (p) => budgetParams(p) / kaplanOptimalParamsFromTokens({ flopsMin: budgetFlopsMin(p) }, allocation(p)),
    },
    budgetTokens: { label: "compute-efficient D", unit: "tokens", format: count2, compute: budgetTokens },
    budgetTokensPerParam: { label: "tokens per parameter", format: { kind: "sig", digits: 2 }, compute: (p) => budgetTokens(p) / budgetParams(p) },
    budgetLoss: {
      label: "L(C_min)",
      unit: "nats per token",
      format: { kind: "fixed", digits: 3 },
      compute: (p) => kaplanLossCompute({ flops: budgetFlopsMin(p) }, single(p)),
    },
    budgetDataFloor: {
      label: "L(D(C_min))",
      unit: "nats per token",
      format: { kind: "fixed", digits: 3 },
      compute: (p) => kaplanLossTokens({ tokens: budgetTokens(p) }, single(p)),
    },
    budgetOverfitting: {
      label: "overfitting penalty δL at the compute-efficient point",
      format: { kind: "percent", digits: 2 },
      compute: (p) => kaplanOverfitting({ nonEmbeddingParams: budgetParams(p), tokens: budgetTokens(p) }),
    },
    budgetDataToAvoid: {
      label: "data to avoid overfitting, eq 4.4",
      unit: "tokens",
      format: count2,
      compute: (p) => kaplanDataToAvoidOverfitting({ nonEmbeddingParams: budgetParams(p) }),
    },
    budgetDataShortfall: {
      label: "eq 4.4 data ÷ compute-efficient data",
      format: { kind: "multiple", digits: 2 },
      compute: (p) => kaplanDataToAvoidOverfitting({ nonEmbeddingParams: budgetParams(p) }) / budgetTokens(p),
    },
  },
  figures: figuresIn<P>("kaplan", import.meta.glob(["./*.ts", "!./index.ts"], { eager: true })),
});
