/**
 * What the kaplan model (index.ts) and its figures share: the paper's alternative printed
 * exponents, the pivots that keep a re-sloped law through Kaplan's data, the reader's presets for
 * the crossover and the allocation, the compute-efficient dots, axis helpers and number formats.
 * No default export: not a figure. Kaplan's compute ranges are in ../kaplan-ranges.ts.
 */
import * as Plot from "@observablehq/plot";
import { KAPLAN_RUNS_MAX_PF_DAYS } from "../kaplan-ranges.ts";
import { MUTED, SHADE } from "../figure.ts";

import {
  PF_DAY_FLOPS,
  kaplan2020,
  kaplan2020Allocation,
  kaplan2020Table2,
  kaplanCrossover,
  kaplanLossCompute,
  kaplanLossTokens,
  kaplanOptimalParams,
  kaplanOptimalTokens,
  pfDaysToFlops,
  type KaplanCrossoverConstants,
} from "../../laws/index.ts";
import type { FormatSpec } from "../../lib/format.ts";
import type { Params } from "../define.ts";

/** Figure background, for hollow markers (figure.ts exports no constant for it; colors.ts resolves it). */
export const PLOT_BG = "var(--plot-bg)";

export type P = "alphaC" | "alphaD" | "tokensExponent" | "tokensCoefficient" | "budgetPfDays";

/** α_C as App. B.2 prints it (≈ 0.052), from 1/(1/α_S + 1/α_B + 1/α_N). Source: arXiv 2001.08361 App. B.2. */
export const ALPHA_C_APPENDIX_B = 0.052;

/** α_C as §6.2 prints it (eq 6.4, ≈ 0.054). Source: arXiv 2001.08361 §6.2, eq 6.4. */
export const ALPHA_C_SECTION_6_2 = 0.054;

/** D ∝ C^0.27 as §1.2 prints the data exponent (§6.3 uses 0.26). Source: arXiv 2001.08361 §1.2. */
export const TOKENS_EXPONENT_SECTION_1_2 = 0.27;

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
export const single = (p: Params<P>) => ({
  ...kaplan2020,
  alphaC: p.alphaC,
  CcPfDays: impliedComputeConstant(p.alphaC),
  alphaD: p.alphaD,
  Dc: impliedDataConstant(p.alphaD),
});

/** The N → ∞ limit of the Table 2 joint law: L(D) with Table 2's α_D and D_c. */
export const tableFloor = { ...kaplan2020, alphaD: kaplan2020Table2.alphaD, Dc: kaplan2020Table2.Dc };

/** The allocation preset with the reader's data exponent. */
export const allocation = (p: Params<P>) => ({ ...kaplan2020Allocation, tokensExponent: p.tokensExponent, tokensCoefficient: p.tokensCoefficient });

export const crossover = (p: Params<P>) => kaplanCrossover(crossoverConstants(p));

export const budgetFlopsMin = (p: Params<P>) => pfDaysToFlops(p.budgetPfDays);

export const budgetParams = (p: Params<P>) => kaplanOptimalParams({ flopsMin: budgetFlopsMin(p) }, allocation(p));

export const budgetTokens = (p: Params<P>) => kaplanOptimalTokens({ flopsMin: budgetFlopsMin(p) }, allocation(p));

/** Loss ticks inside [lo, hi] (explicit ticks outside the domain would be drawn past the frame). */
export function lossTicks(lo: number, hi: number): number[] {
  return [1, 1.25, 1.5, 2, 2.5, 3, 4, 5, 6, 8].filter((t) => t >= lo && t <= hi);
}

/** A log-y domain padded by 5% either side of the data. */
export function paddedDomain(values: number[]): [number, number] {
  return [Math.min(...values) / 1.05, Math.max(...values) * 1.05];
}

/** Model sizes drawn in the learning-curves figure (non-embedding parameters). */
export const CURVE_SIZES = [1e6, 1e8, 1e10, 1e12] as const;

/** Tokens the compute-efficient recipe gives a model of size n: invert N(C_min) = 1.3e9·x^0.73, then D(C_min). */
export function efficientTokensForSize(p: Params<P>, n: number): number {
  const x = (n / kaplan2020Allocation.paramsCoefficient) ** (1 / kaplan2020Allocation.paramsExponent);
  return kaplanOptimalTokens({ flopsMin: pfDaysToFlops(x) }, allocation(p));
}

/**
 * A dot of Figure 1: the budget C_min at which the Fig. 14 legend's N(C_min) equals n, the text's
 * D(C_min) there, and the compute the pair spends as a multiple of C_min. eq 6.7's D = 2C_min/(6N)
 * would make that 2; the legend's N is not the text's, so it is not.
 */
export function efficientDot(p: Params<P>, n: number): { pfDays: number; tokens: number; spend: number } {
  const pfDays = (n / kaplan2020Allocation.paramsCoefficient) ** (1 / kaplan2020Allocation.paramsExponent);
  const tokens = efficientTokensForSize(p, n);
  return { pfDays, tokens, spend: (6 * n * tokens) / pfDaysToFlops(pfDays) };
}

/** Prefactor of N(C_min) derived from the text's D(C_min): 2·PF-day/(6·4e10), in non-embedding params. */
export const textPrefactor = (p: Params<P>) => (2 * PF_DAY_FLOPS) / (6 * allocation(p).tokensCoefficient);

export const count2: FormatSpec = { kind: "count", digits: 2 };

export const sci2: FormatSpec = { kind: "sci", digits: 2 };

export const pfDays: FormatSpec = { kind: "count", digits: 2 };

/** Compute beyond Kaplan et al.'s runs (Fig. 1's axis tops out at 10 PF-days), shaded and labelled: marks two figures share. */
export const beyondKaplanRuns = (xMax: number) => [
  Plot.rectX([{ x1: KAPLAN_RUNS_MAX_PF_DAYS, x2: xMax }], { x1: "x1", x2: "x2", fill: SHADE }),
  Plot.text([{ x: KAPLAN_RUNS_MAX_PF_DAYS, label: "extrapolation →" }], {
    x: "x",
    frameAnchor: "top",
    text: "label",
    textAnchor: "start",
    dx: 4,
    dy: 4,
    fill: MUTED,
  }),
];
