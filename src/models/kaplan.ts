/**
 * Model for the essay "Kaplan's scaling laws and the contradiction inside them"
 * (Kaplan et al. 2020, arXiv 2001.08361: eqs 1.1–1.5, 4.3, 6.6–6.8, Table 2, App. B.2, §6.3).
 *
 * Conventions: N is non-embedding parameters; compute is C_min (compute at the critical batch
 * size, Kaplan's eq 5.5) unless a name says "training", which is C = 2·C_min (§6.3).
 */
import * as Plot from "@observablehq/plot";
import {
  PF_DAY_FLOPS,
  kaplan2020,
  kaplan2020Allocation,
  kaplan2020StatedCrossover,
  kaplan2020Table2,
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
  type KaplanCrossoverConstants,
} from "../laws/index.ts";
import { formatNumber, type FormatSpec } from "../lib/format.ts";
import { defineModel, type Params, type Row } from "./define.ts";
import { BAND, FG, MUTED, SERIES, SHADE, decades, logTicks, snapLogDomain } from "./figure.ts";
import { linearGrid, logGrid } from "./numeric.ts";
import { KAPLAN_ALLOCATION_RANGE_PF_DAYS, KAPLAN_RUNS_MAX_PF_DAYS } from "./kaplan-ranges.ts";

/** Figure background, for hollow markers (figure.ts exports no constant for it; colors.ts resolves it). */
const PLOT_BG = "var(--plot-bg)";

type P = "alphaC" | "alphaD" | "tokensExponent" | "tokensCoefficient" | "budgetPfDays";

/** α_C as App. B.2 prints it (≈ 0.052), from 1/(1/α_S + 1/α_B + 1/α_N). Source: arXiv 2001.08361 App. B.2. */
export const ALPHA_C_APPENDIX_B = 0.052;
/** α_C as §6.2 prints it (eq 6.4, ≈ 0.054). Source: arXiv 2001.08361 §6.2, eq 6.4. */
export const ALPHA_C_SECTION_6_2 = 0.054;
/** D ∝ C^0.27 as §1.2 prints the data exponent (§6.3 uses 0.26). Source: arXiv 2001.08361 §1.2. */
export const TOKENS_EXPONENT_SECTION_1_2 = 0.27;
/**
 * Top of the compute axis of Kaplan's Fig. 1 (10¹ PF-days): the paper's own runs stop below it,
 * so anything beyond is extrapolation. Source: arXiv 2001.08361 Fig. 1 (left), axis range.
 */
export const FITTED_MAX_PF_DAYS = KAPLAN_RUNS_MAX_PF_DAYS;
/**
 * Largest model in Kaplan et al.'s sweep, in non-embedding parameters (their sizes run from 768
 * to 1.5 billion). Source: arXiv 2001.08361 §1, as the essay cites it.
 */
export const FITTED_MAX_PARAMS = 1.5e9;

/**
 * Pivots where a changed exponent keeps each law through Kaplan's measurements: a refit with a
 * different slope moves its constant too, so the line turns about the data rather than about
 * L = 1 (where C = C_c, far outside the data). Both are our choice, inside the paper's ranges
 * (Fig. 1: compute 1e-8 to 10 PF-days; data about 2e7 to 2e10 tokens).
 */
export const PIVOT_PF_DAYS = 1e-3;
export const PIVOT_TOKENS = 1e9;
const pivotLossCompute = kaplanLossCompute({ flops: pfDaysToFlops(PIVOT_PF_DAYS) });
const pivotLossTokens = kaplanLossTokens({ tokens: PIVOT_TOKENS });

/** C_c (PF-days) that keeps L(C_min) at its printed value at the pivot: x_p·L_p^(1/α_C). */
export const impliedComputeConstant = (alphaC: number): number => PIVOT_PF_DAYS * Math.exp(Math.log(pivotLossCompute) / alphaC);
/** D_c (tokens) that keeps L(D) at its printed value at the pivot: D_p·L_p^(1/α_D). */
export const impliedDataConstant = (alphaD: number): number => PIVOT_TOKENS * Math.exp(Math.log(pivotLossTokens) / alphaD);

/** The reader's constants in the shape the crossover law takes (the N(C_min) prefactor stays Kaplan's). */
export function crossoverConstants(
  p: Params<P>,
  overrides: Partial<Pick<KaplanCrossoverConstants, "alphaC" | "alphaD" | "tokensExponent">> = {},
): Partial<KaplanCrossoverConstants> {
  const alphaC = overrides.alphaC ?? p.alphaC;
  const alphaD = overrides.alphaD ?? p.alphaD;
  return {
    alphaC,
    CcPfDays: impliedComputeConstant(alphaC),
    alphaD,
    Dc: impliedDataConstant(alphaD),
    tokensExponent: overrides.tokensExponent ?? p.tokensExponent,
    tokensCoefficient: p.tokensCoefficient,
  };
}

/** The §1.2 preset with the reader's exponents (constants moved to keep the pivots). */
const single = (p: Params<P>) => ({
  ...kaplan2020,
  alphaC: p.alphaC,
  CcPfDays: impliedComputeConstant(p.alphaC),
  alphaD: p.alphaD,
  Dc: impliedDataConstant(p.alphaD),
});
/** The N → ∞ limit of the Table 2 joint law: L(D) with Table 2's α_D and D_c. */
const tableFloor = { ...kaplan2020, alphaD: kaplan2020Table2.alphaD, Dc: kaplan2020Table2.Dc };
/** The allocation preset with the reader's data exponent. */
const allocation = (p: Params<P>) => ({ ...kaplan2020Allocation, tokensExponent: p.tokensExponent, tokensCoefficient: p.tokensCoefficient });

const crossover = (p: Params<P>) => kaplanCrossover(crossoverConstants(p));
const budgetFlopsMin = (p: Params<P>) => pfDaysToFlops(p.budgetPfDays);
const budgetParams = (p: Params<P>) => kaplanOptimalParams({ flopsMin: budgetFlopsMin(p) }, allocation(p));
const budgetTokens = (p: Params<P>) => kaplanOptimalTokens({ flopsMin: budgetFlopsMin(p) }, allocation(p));

/** Loss ticks inside [lo, hi] (explicit ticks outside the domain would be drawn past the frame). */
function lossTicks(lo: number, hi: number): number[] {
  return [1, 1.25, 1.5, 2, 2.5, 3, 4, 5, 6, 8].filter((t) => t >= lo && t <= hi);
}
/** A log-y domain padded by 5% either side of the data. */
function paddedDomain(values: number[]): [number, number] {
  return [Math.min(...values) / 1.05, Math.max(...values) * 1.05];
}

/** Model sizes drawn in the learning-curves figure (non-embedding parameters). */
const CURVE_SIZES = [1e6, 1e8, 1e10, 1e12] as const;
/** Tokens the compute-efficient recipe gives a model of size n: invert N(C_min) = 1.3e9·x^0.73, then D(C_min). */
function efficientTokensForSize(p: Params<P>, n: number): number {
  const x = (n / kaplan2020Allocation.paramsCoefficient) ** (1 / kaplan2020Allocation.paramsExponent);
  return kaplanOptimalTokens({ flopsMin: pfDaysToFlops(x) }, allocation(p));
}

/**
 * A dot of Figure 1: the budget C_min at which the Fig. 14 legend's N(C_min) equals n, the text's
 * D(C_min) there, and the compute the pair spends as a multiple of C_min. eq 6.7's D = 2C_min/(6N)
 * would make that 2; the legend's N is not the text's, so it is not.
 */
function efficientDot(p: Params<P>, n: number): { pfDays: number; tokens: number; spend: number } {
  const pfDays = (n / kaplan2020Allocation.paramsCoefficient) ** (1 / kaplan2020Allocation.paramsExponent);
  const tokens = efficientTokensForSize(p, n);
  return { pfDays, tokens, spend: (6 * n * tokens) / pfDaysToFlops(pfDays) };
}

/** Prefactor of N(C_min) derived from the text's D(C_min): 2·PF-day/(6·4e10), in non-embedding params. */
const textPrefactor = (p: Params<P>) => (2 * PF_DAY_FLOPS) / (6 * allocation(p).tokensCoefficient);

const count2: FormatSpec = { kind: "count", digits: 2 };
const count3: FormatSpec = { kind: "count", digits: 3 };
const sci2: FormatSpec = { kind: "sci", digits: 2 };
const loss3: FormatSpec = { kind: "fixed", digits: 2 };
const pfDays: FormatSpec = { kind: "count", digits: 2 };

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
      compute: (p) => Math.log10(crossover(p).computePfDays / FITTED_MAX_PF_DAYS),
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
    fittedMaxPfDays: { label: "top of Kaplan's compute range", unit: "PF-days", format: pfDays, compute: () => FITTED_MAX_PF_DAYS },
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
  figures: {
    "frontier-meets-data": {
      title: "The compute frontier runs into the data law",
      caption: (p) =>
        `L(C_min) (eq 1.3) and the data-limited loss of the tokens compute-efficient training sees, L(D(C_min)) (eqs 1.2, 6.7), with α_C = ${p.alphaC.toFixed(3)} and α_D = ${p.alphaD.toFixed(3)}. The shaded region lies beyond Kaplan's runs; the bar shows the paper's stated crossover with its order-of-magnitude uncertainty.`,
      uses: ["alphaC", "alphaD", "tokensExponent", "tokensCoefficient", "budgetPfDays"],
      formula: String.raw`\left(\frac{C_c}{C_\text{min}}\right)^{\alpha_C} = \left(\frac{D_c}{D(C_\text{min})}\right)^{\alpha_D},\quad D(C_\text{min}) = 4\times10^{10}\,x^{0.26}`,
      sources: ["kaplan2020"],
      constants: () => [kaplan2020, kaplan2020Allocation, kaplan2020StatedCrossover],
      columns: [
        { key: "law", label: "Law" },
        { key: "computePfDays", label: "C_min (PF-days)", format: sci2 },
        { key: "loss", label: "Loss (nats/token)", format: { kind: "fixed", digits: 3 } },
      ],
      compute: (p) => {
        const c = crossover(p);
        const hi = Math.max(1e8, c.computePfDays * 30);
        const lo = 1e-8;
        const rows: Row[] = [];
        for (const x of logGrid(lo, hi, 40)) {
          const flops = pfDaysToFlops(x);
          rows.push({ law: "L(C_min)", computePfDays: x, loss: kaplanLossCompute({ flops }, single(p)) });
        }
        for (const x of logGrid(lo, hi, 40)) {
          const tokens = kaplanOptimalTokens({ flopsMin: pfDaysToFlops(x) }, allocation(p));
          rows.push({ law: "L(D(C_min))", computePfDays: x, loss: kaplanLossTokens({ tokens }, single(p)) });
        }
        return rows;
      },
      plot: (rows, p) => {
        const c = crossover(p);
        const s = kaplan2020StatedCrossover;
        const xs = rows.map((r) => r.computePfDays as number);
        const xMax = Math.max(...xs);
        const ends = ["L(C_min)", "L(D(C_min))"].map((law) => rows.filter((r) => r.law === law).at(-1)!);
        const budgetLoss = kaplanLossCompute({ flops: budgetFlopsMin(p) }, single(p));
        const yDomain = paddedDomain(rows.map((r) => r.loss as number));
        return {
          marginRight: 84,
          x: {
            type: "log",
            label: "Compute C_min (PF-days) →",
            domain: [1e-8, xMax],
            ticks: decades(1e-8, xMax).filter((d) => Math.round(Math.log10(d)) % 4 === 0),
            tickFormat: (d: number) => logTicks(d),
          },
          y: {
            type: "log",
            label: "↑ Loss (nats per token)",
            grid: true,
            domain: yDomain,
            tickFormat: (d: number) => formatNumber(d, { kind: "sig", digits: 3 }),
            ticks: lossTicks(...yDomain),
          },
          color: { domain: ["L(C_min)", "L(D(C_min))"], range: [SERIES[0], SERIES[1]] },
          marks: [
            Plot.rectX([{ x1: FITTED_MAX_PF_DAYS, x2: xMax }], { x1: "x1", x2: "x2", fill: SHADE }),
            Plot.text([{ x: FITTED_MAX_PF_DAYS, label: "extrapolation →" }], {
              x: "x",
              frameAnchor: "top",
              text: "label",
              textAnchor: "start",
              dx: 4,
              dy: 4,
              fill: MUTED,
            }),
            Plot.line(rows, { x: "computePfDays", y: "loss", stroke: "law", strokeWidth: 2 }),
            Plot.text(ends, { x: "computePfDays", y: "loss", text: "law", fill: "law", textAnchor: "start", dx: 6 }),
            Plot.link([{ x1: s.computePfDays / 10, x2: s.computePfDays * 10, y: s.loss }], {
              x1: "x1",
              x2: "x2",
              y1: "y",
              y2: "y",
              stroke: MUTED,
              strokeWidth: 2,
            }),
            Plot.dot([{ x: s.computePfDays, y: s.loss }], { x: "x", y: "y", stroke: MUTED, fill: PLOT_BG, r: 4.5, strokeWidth: 1.5 }),
            Plot.text([{ x: s.computePfDays, y: s.loss, label: "stated ±10×" }], { x: "x", y: "y", text: "label", dy: -12, fill: MUTED }),
            Plot.dot([{ x: c.computePfDays, y: c.loss }], { x: "x", y: "y", fill: FG, r: 4.5 }),
            Plot.text([{ x: c.computePfDays, y: c.loss, label: "computed" }], { x: "x", y: "y", text: "label", textAnchor: "end", dx: -8, dy: 12, fill: FG }),
            Plot.ruleX([p.budgetPfDays], { stroke: MUTED, strokeDasharray: "3,3" }),
            Plot.dot([{ x: p.budgetPfDays, y: budgetLoss }], { x: "x", y: "y", fill: SERIES[0], r: 3.5 }),
          ],
        };
      },
      describe: (rows, p) => {
        const c = crossover(p);
        const s = kaplan2020StatedCrossover;
        return `Two falling straight lines on log-log axes. L(C_min) falls with slope ${p.alphaC.toFixed(3)}; L(D(C_min)), the loss floor set by the data compute-efficient training sees, falls with slope ${(p.alphaD * p.tokensExponent).toFixed(3)}. They cross at C_min ≈ ${formatNumber(c.computePfDays, pfDays)} PF-days (${formatNumber(c.flopsMin, sci2)} FLOPs) and ${c.loss.toFixed(2)} nats per token; the paper states ~${formatNumber(s.computePfDays, pfDays)} PF-days and ~${s.loss} nats, uncertain by an order of magnitude. Kaplan's runs end near ${FITTED_MAX_PF_DAYS} PF-days; everything to the right is extrapolation. ${rows.length} points in the table.`;
      },
    },
    "learning-curves": {
      title: "Bigger models learn faster, until only the floor moves",
      caption: (p) =>
        `Loss against tokens for models of fixed size, from Kaplan's joint law L(N, D) (eq 1.5, Table 2 constants, early stopping), with its infinite-model limit L(D). Dots mark where the compute-efficient allocation would train each size: the Fig. 14 legend's N(C_min) paired with the text's D(C_min) (§6.3). The pair spends 6ND = ${formatNumber(efficientDot(p, CURVE_SIZES[0]).spend, { kind: "sig", digits: 2 })} × C_min at the smallest size and ${formatNumber(efficientDot(p, CURVE_SIZES.at(-1)!).spend, { kind: "sig", digits: 2 })} × C_min at the largest, not the 2 × C_min of eq 6.7.`,
      uses: ["tokensExponent", "tokensCoefficient"],
      formula: String.raw`L(N, D) = \left[\left(\frac{N_c}{N}\right)^{\alpha_N/\alpha_D} + \frac{D_c}{D}\right]^{\alpha_D}`,
      sources: ["kaplan2020"],
      constants: () => [kaplan2020Table2, kaplan2020Allocation],
      columns: [
        { key: "series", label: "Model" },
        { key: "tokens", label: "Tokens D", format: count2 },
        { key: "loss", label: "Loss (nats/token)", format: { kind: "fixed", digits: 3 } },
      ],
      compute: (p) => {
        const rows: Row[] = [];
        const sizes = CURVE_SIZES;
        for (const n of sizes) {
          for (const d of logGrid(1e7, 1e15, 33)) {
            rows.push({
              series: `${formatNumber(n, count2)} params`,
              kind: "curve",
              nonEmbeddingParams: n,
              tokens: d,
              loss: kaplanLoss({ nonEmbeddingParams: n, tokens: d }),
            });
          }
        }
        for (const d of logGrid(1e7, 1e15, 33)) {
          rows.push({ series: "L(D): N → ∞", kind: "floor", tokens: d, loss: kaplanLossTokens({ tokens: d }, tableFloor) });
        }
        for (const n of sizes) {
          const d = efficientTokensForSize(p, n);
          rows.push({
            series: `${formatNumber(n, count2)} params`,
            kind: "efficient",
            nonEmbeddingParams: n,
            tokens: d,
            loss: kaplanLoss({ nonEmbeddingParams: n, tokens: d }),
          });
        }
        return rows;
      },
      plot: (rows) => {
        const curves = rows.filter((r) => r.kind === "curve");
        const floor = rows.filter((r) => r.kind === "floor");
        const efficient = rows.filter((r) => r.kind === "efficient");
        const names = [...new Set(curves.map((r) => r.series as string))];
        const ends = names.map((s) => curves.filter((r) => r.series === s).at(-1)!);
        const yDomain = paddedDomain(rows.map((r) => r.loss as number));
        return {
          marginRight: 96,
          x: {
            type: "log",
            label: "Tokens D →",
            domain: [1e7, 1e15],
            ticks: decades(1e7, 1e14).filter((d) => Math.round(Math.log10(d)) % 2 === 1),
            tickFormat: (d: number) => logTicks(d),
          },
          y: {
            type: "log",
            label: "↑ Loss (nats per token)",
            grid: true,
            domain: yDomain,
            ticks: lossTicks(...yDomain),
            tickFormat: (d: number) => formatNumber(d, { kind: "sig", digits: 3 }),
          },
          color: { domain: names, range: SERIES.slice(0, names.length) as unknown as string[] },
          marks: [
            Plot.line(floor, { x: "tokens", y: "loss", stroke: FG, strokeDasharray: "5,4", strokeWidth: 1.5 }),
            Plot.text([floor[6]!], { x: "tokens", y: "loss", text: () => "L(D): infinite model", fill: FG, textAnchor: "start", dx: 8, dy: -8 }),
            Plot.line(curves, { x: "tokens", y: "loss", stroke: "series", strokeWidth: 2 }),
            Plot.text(ends, { x: "tokens", y: "loss", text: "series", fill: "series", textAnchor: "start", dx: 6 }),
            Plot.line(efficient, { x: "tokens", y: "loss", stroke: MUTED, strokeWidth: 1 }),
            Plot.dot(efficient, { x: "tokens", y: "loss", fill: "series", stroke: FG, r: 4.5 }),
          ],
        };
      },
      describe: (rows) => {
        const efficient = rows.filter((r) => r.kind === "efficient");
        const gaps = efficient.map((r) => {
          const d = r.tokens as number;
          const floor = kaplanLossTokens({ tokens: d }, tableFloor);
          return `${r.series}: ${formatNumber(d, count2)} tokens, ${formatNumber((r.loss as number) / floor - 1, { kind: "percent", digits: 2 })} above the data floor`;
        });
        return `Each fixed-size model's loss falls along the shared data-limited curve L(D) at small D, then flattens at its own floor (N_c/N)^α_N. Bigger models follow L(D) further before flattening: they learn faster from the same tokens, and their floor is lower. The compute-efficient points move towards the L(D) curve as models grow: ${gaps.join("; ")}. ${rows.length} points in the table.`;
      },
    },
    "crossover-sensitivity": {
      title: "How far the crossover moves with α_C",
      caption: (p) =>
        `Crossover compute C_min* against α_C, with the reader's other constants (α_D = ${p.alphaD.toFixed(3)}, D ∝ C_min^${p.tokensExponent.toFixed(2)}) and with the §1.2 data exponent 0.27. Dots mark the three values of α_C the paper prints; the band is the stated C* ~ 10⁴ PF-days, ±10×.`,
      uses: ["alphaC", "alphaD", "tokensExponent", "tokensCoefficient"],
      formula: String.raw`\log C^*_\text{min} = \frac{\alpha_C \log C_c - \alpha_D (\log D_c - \log D_0)}{\alpha_C - \alpha_D\, x_D}`,
      sources: ["kaplan2020"],
      constants: () => [kaplan2020, kaplan2020Allocation, kaplan2020StatedCrossover],
      columns: [
        { key: "series", label: "Data exponent" },
        { key: "alphaC", label: "α_C", format: { kind: "fixed", digits: 4 } },
        { key: "computePfDays", label: "C_min* (PF-days)", format: sci2 },
        { key: "loss", label: "L* (nats/token)", format: { kind: "fixed", digits: 3 } },
      ],
      compute: (p) => {
        const rows: Row[] = [];
        const variants: [string, number][] = [
          [`D ∝ C^${p.tokensExponent.toFixed(2)} (yours)`, p.tokensExponent],
          [`D ∝ C^${TOKENS_EXPONENT_SECTION_1_2.toFixed(2)} (§1.2)`, TOKENS_EXPONENT_SECTION_1_2],
        ];
        for (const [series, tokensExponent] of variants) {
          for (const alphaC of linearGrid(0.045, 0.07, 51)) {
            const c = kaplanCrossover(crossoverConstants(p, { alphaC, tokensExponent }));
            rows.push({ series, kind: "curve", alphaC, computePfDays: c.computePfDays, loss: c.loss });
          }
        }
        for (const alphaC of [kaplan2020.alphaC, ALPHA_C_APPENDIX_B, ALPHA_C_SECTION_6_2]) {
          const c = kaplanCrossover(crossoverConstants(p, { alphaC }));
          rows.push({ series: `printed α_C = ${alphaC.toFixed(3)}`, kind: "printed", alphaC, computePfDays: c.computePfDays, loss: c.loss });
        }
        const here = crossover(p);
        rows.push({ series: "your α_C", kind: "here", alphaC: p.alphaC, computePfDays: here.computePfDays, loss: here.loss });
        return rows;
      },
      plot: (rows) => {
        const curves = rows.filter((r) => r.kind === "curve");
        const names = [...new Set(curves.map((r) => r.series as string))];
        const mid = (name: string) => curves.filter((r) => r.series === name)[30]!;
        const s = kaplan2020StatedCrossover.computePfDays;
        const yDomain = paddedDomain([...curves.map((r) => r.computePfDays as number), s / 10, s * 10]);
        return {
          marginRight: 16,
          x: { label: "α_C, compute exponent of L(C_min) →", domain: [0.045, 0.07] },
          y: {
            type: "log",
            label: "↑ Crossover C_min* (PF-days)",
            grid: true,
            domain: yDomain,
            ticks: decades(...yDomain),
            tickFormat: (d: number) => logTicks(d),
          },
          color: { domain: names, range: [SERIES[0], SERIES[2]] },
          marks: [
            Plot.rectY([{ y1: s / 10, y2: s * 10 }], { y1: "y1", y2: "y2", fill: BAND }),
            Plot.ruleY([s], { stroke: MUTED, strokeDasharray: "3,3" }),
            Plot.text([{ y: s, label: "stated C* ~ 10⁴ PF-days" }], {
              y: "y",
              frameAnchor: "left",
              text: "label",
              textAnchor: "start",
              dx: 4,
              dy: -7,
              fill: MUTED,
            }),
            Plot.line(curves, { x: "alphaC", y: "computePfDays", stroke: "series", strokeWidth: 2 }),
            Plot.text([mid(names[0]!)], { x: "alphaC", y: "computePfDays", text: "series", fill: "series", textAnchor: "end", dx: -6, dy: 12 }),
            Plot.text([mid(names[1]!)], { x: "alphaC", y: "computePfDays", text: "series", fill: "series", textAnchor: "start", dx: 6, dy: -10 }),
            Plot.dot(
              rows.filter((r) => r.kind === "printed"),
              { x: "alphaC", y: "computePfDays", stroke: FG, fill: PLOT_BG, r: 4, strokeWidth: 1.5 },
            ),
            Plot.dot(
              rows.filter((r) => r.kind === "here"),
              { x: "alphaC", y: "computePfDays", fill: SERIES[0], r: 5 },
            ),
          ],
        };
      },
      describe: (rows, p) => {
        const printed = rows
          .filter((r) => r.kind === "printed")
          .map((r) => `α_C = ${(r.alphaC as number).toFixed(3)} gives ${formatNumber(r.computePfDays as number, pfDays)} PF-days`);
        const curve = rows.filter((r) => r.kind === "curve" && String(r.series).endsWith("(yours)"));
        const first = curve[0]!;
        const last = curve.at(-1)!;
        return `The crossover compute falls steeply as α_C rises: from ${formatNumber(first.computePfDays as number, sci2)} PF-days at α_C = ${(first.alphaC as number).toFixed(3)} to ${formatNumber(last.computePfDays as number, sci2)} at ${(last.alphaC as number).toFixed(3)} (data exponent ${p.tokensExponent.toFixed(2)}). With the paper's printed exponents: ${printed.join("; ")}. The stated C* is 10⁴ PF-days, ±10×. ${rows.length} points in the table.`;
      },
    },
    allocation: {
      title: "Kaplan's compute-efficient allocation, two ways",
      caption:
        "Compute-efficient model size N(C_min) as the Fig. 14 legend prints it and as it follows from the text's D(C_min) with D = 2C_min/(6N) (§6.3), and the tokens D(C_min). N is non-embedding parameters; x is C_min, not training compute (2·C_min).",
      uses: ["tokensExponent", "tokensCoefficient", "budgetPfDays"],
      formula: String.raw`N(C_\text{min}) = 1.3\times10^{9}\,x^{0.73}\ \text{(legend)},\quad N = \frac{2C_\text{min}}{6\,D(C_\text{min})}\ \text{(text)}`,
      sources: ["kaplan2020"],
      constants: () => [kaplan2020Allocation],
      columns: [
        { key: "series", label: "Quantity" },
        { key: "computePfDays", label: "C_min (PF-days)", format: sci2 },
        { key: "value", label: "Count", format: count3 },
      ],
      compute: (p) => {
        const rows: Row[] = [];
        for (const x of logGrid(1e-6, 1e8, 29)) {
          const flopsMin = pfDaysToFlops(x);
          rows.push({ series: "N, Fig. 14 legend", computePfDays: x, value: kaplanOptimalParams({ flopsMin }, allocation(p)) });
          rows.push({ series: "N, from the text", computePfDays: x, value: kaplanOptimalParamsFromTokens({ flopsMin }, allocation(p)) });
          rows.push({ series: "D, tokens", computePfDays: x, value: kaplanOptimalTokens({ flopsMin }, allocation(p)) });
        }
        return rows;
      },
      plot: (rows, p) => {
        const names = ["N, Fig. 14 legend", "N, from the text", "D, tokens"];
        // Whole decades: the axis stays put while the exponent is dragged.
        const values = rows.map((r) => r.value as number);
        const ends = names.map((s) => rows.filter((r) => r.series === s).at(-1)!);
        const here = [
          { series: names[0], computePfDays: p.budgetPfDays, value: budgetParams(p) },
          { series: names[2], computePfDays: p.budgetPfDays, value: budgetTokens(p) },
        ];
        return {
          marginRight: 116,
          x: {
            type: "log",
            label: "Compute C_min (PF-days) →",
            domain: [1e-6, 1e8],
            tickFormat: (d: number) => (Math.round(Math.log10(d)) % 2 === 0 ? logTicks(d) : ""),
          },
          y: {
            type: "log",
            label: "↑ Non-embedding parameters or tokens",
            grid: true,
            domain: snapLogDomain(Math.min(...values), Math.max(...values), 1),
            tickFormat: (d: number) => (Math.round(Math.log10(d)) % 2 === 0 ? logTicks(d) : ""),
          },
          color: { domain: names, range: [SERIES[0], SERIES[3], SERIES[1]] },
          marks: [
            Plot.rectX([{ x1: FITTED_MAX_PF_DAYS, x2: 1e8 }], { x1: "x1", x2: "x2", fill: SHADE }),
            Plot.text([{ x: FITTED_MAX_PF_DAYS, label: "extrapolation →" }], {
              x: "x",
              frameAnchor: "top",
              text: "label",
              textAnchor: "start",
              dx: 4,
              dy: 4,
              fill: MUTED,
            }),
            Plot.line(
              rows.filter((r) => r.series === names[1]),
              { x: "computePfDays", y: "value", stroke: "series", strokeWidth: 2, strokeDasharray: "5,4" },
            ),
            Plot.line(
              rows.filter((r) => r.series !== names[1]),
              { x: "computePfDays", y: "value", stroke: "series", strokeWidth: 2 },
            ),
            Plot.text(
              ends.filter((r) => r.series !== names[1]),
              { x: "computePfDays", y: "value", text: "series", fill: "series", textAnchor: "start", dx: 6, dy: -6 },
            ),
            Plot.text(
              ends.filter((r) => r.series === names[1]),
              { x: "computePfDays", y: "value", text: "series", fill: "series", textAnchor: "start", dx: 6, dy: 8 },
            ),
            Plot.ruleX([p.budgetPfDays], { stroke: MUTED, strokeDasharray: "3,3" }),
            Plot.dot(here, { x: "computePfDays", y: "value", fill: "series", r: 4 }),
          ],
        };
      },
      describe: (rows, p) => {
        const legend = budgetParams(p);
        const text = kaplanOptimalParamsFromTokens({ flopsMin: budgetFlopsMin(p) }, allocation(p));
        return `Straight lines on log-log axes. Model size grows as C_min^${kaplan2020Allocation.paramsExponent} (legend) or C_min^${(1 - p.tokensExponent).toFixed(2)} (text), data as C_min^${p.tokensExponent.toFixed(2)}. At C_min = ${formatNumber(p.budgetPfDays, pfDays)} PF-days the legend gives ${formatNumber(legend, count2)} non-embedding parameters, the text ${formatNumber(text, count2)} (a factor ${formatNumber(legend / text, { kind: "multiple", digits: 2 })}), and ${formatNumber(budgetTokens(p), count2)} tokens. Beyond ${FITTED_MAX_PF_DAYS} PF-days the lines are extrapolated. ${rows.length} points in the table.`;
      },
    },
  },
});
