/**
 * Kaplan et al. 2020 (arXiv 2001.08361): how compute-efficient training splits a growing C_min
 * between model size N, batch size B and optimiser steps S (§1.2, §6.1: C_min ∝ N·B·S, so the
 * data D = B·S), and the predictions App. B.2–B.3 derive from L(N, S_min) (eq 5.6) and
 * B_crit(L) (eq 1.4). All multipliers are ratios: the paper's prefactors for B(C) and S(C)
 * are not used here.
 */
import type { PresetSource } from "./sources.ts";
import { kaplan2020 } from "./kaplan.ts";
import { kaplan2020Table3 } from "./kaplanJoint.ts";
import { invalid, positive, preset as checkPreset, record } from "./validate.ts";

/** Fitted exponents of the efficient frontier: N ∝ C_min^paramsExponent, B ∝ C_min^batchExponent, S ∝ C_min^stepsExponent. */
export interface Kaplan2020EfficientExponents {
  readonly paramsExponent: number;
  readonly batchExponent: number;
  readonly stepsExponent: number;
  readonly source?: PresetSource;
}

/**
 * N ∝ C_min^0.73, B ∝ C_min^0.24, S ∝ C_min^0.03 (the paper's empirical fits; D = B·S ∝ C^0.27,
 * against the §6.3 text's D ∝ C^0.26). Read in SOURCES.md and the fine-tuning model, not
 * re-read in the PDF here, hence "secondary".
 */
export const kaplan2020EfficientExponents: Kaplan2020EfficientExponents = Object.freeze({
  paramsExponent: 0.73,
  batchExponent: 0.24,
  stepsExponent: 0.03,
  source: Object.freeze({ id: "kaplan2020", arxiv: "2001.08361", where: "§1.2, §6.1 (N ∝ C^0.73, B ∝ C^0.24, S ∝ C^0.03)", verification: "secondary" }),
});

const P = "positive" as const;
const checkExponents = (p: unknown): Kaplan2020EfficientExponents =>
  checkPreset<Kaplan2020EfficientExponents>("preset", p, { paramsExponent: P, batchExponent: P, stepsExponent: P });

const pow = (x: number, e: number): number => Math.exp(e * Math.log(x));

/**
 * How N, the batch B, the steps S and the data D = B·S grow with C_min on the efficient frontier.
 * The multipliers when C_min grows by `computeRatio`: `N ∝ r^0.73`, `B ∝ r^0.24`, `S ∝ r^0.03`,
 * `D = B·S ∝ r^0.27`.
 * Source: arXiv 2001.08361 §1.2, §6.1 (exponents, secondary); D = B·S by definition of a step.
 * Domain: The exponents are secondary; D ∝ C^0.27 here against the §6.3 text's 0.26
 * ({@link kaplanOptimalTokens}).
 * @param options.computeRatio r = C_min,new / C_min,old, how many times more compute (> 0).
 * @param preset default {@link kaplan2020EfficientExponents}.
 * @returns {params, batch, steps, tokens}: the multipliers (dimensionless).
 * @throws {RangeError|TypeError} for a non-finite or ≤ 0 ratio or a bad preset.
 */
export function kaplanEfficientScaling(
  options: { computeRatio: number },
  preset: Kaplan2020EfficientExponents = kaplan2020EfficientExponents,
): { params: number; batch: number; steps: number; tokens: number } {
  const o = record("options", options, ["computeRatio"]);
  const p = checkExponents(preset);
  const r = positive("computeRatio", o.computeRatio);
  const batch = pow(r, p.batchExponent),
    steps = pow(r, p.stepsExponent);
  return { params: pow(r, p.paramsExponent), batch, steps, tokens: batch * steps };
}

/** The three exponents App. B.2 combines: α_N, α_S of L(N, S_min) (eq 5.6) and α_B of B_crit(L) (eq 1.4). */
export interface KaplanExponentInputs {
  alphaN?: number;
  alphaS?: number;
  alphaB?: number;
}

function readAlphas(options: unknown): { alphaN: number; alphaS: number; alphaB: number } {
  const o = record("exponents", options, ["alphaN", "alphaS", "alphaB"]);
  return {
    alphaN: o.alphaN === undefined ? kaplan2020Table3.alphaN : positive("alphaN", o.alphaN),
    alphaS: o.alphaS === undefined ? kaplan2020Table3.alphaS : positive("alphaS", o.alphaS),
    alphaB: o.alphaB === undefined ? kaplan2020.alphaB : positive("alphaB", o.alphaB),
  };
}

/**
 * App. B.2's prediction of α_C^min and the N, B, S exponents from α_N, α_S and α_B.
 * `α_C^min = 1/(1/α_S + 1/α_B + 1/α_N)`, with N ∝ C_min^(α_C/α_N), B ∝ C_min^(α_C/α_B),
 * S ∝ C_min^(α_C/α_S) (the three exponents sum to 1 because C_min ∝ N·B·S). Defaults:
 * α_N = 0.077, α_S = 0.76 (Table 3), α_B = 0.21 (eq 1.4), which give α_C^min ≈ 0.052; the
 * directly fitted eq 1.3 has 0.050, §6.2 prints 0.054.
 * Source: arXiv 2001.08361 App. B.2 (formula as listed in SOURCES.md).
 * @param exponents {alphaN, alphaS, alphaB}, each > 0 and optional.
 * @returns {alphaCMin, paramsExponent, batchExponent, stepsExponent}, dimensionless.
 * @throws {RangeError|TypeError} for a non-finite or ≤ 0 exponent or an unknown field.
 */
export function kaplanMinComputeExponents(exponents: KaplanExponentInputs = {}): {
  alphaCMin: number;
  paramsExponent: number;
  batchExponent: number;
  stepsExponent: number;
} {
  const a = readAlphas(exponents);
  const alphaCMin = 1 / (1 / a.alphaS + 1 / a.alphaB + 1 / a.alphaN);
  return { alphaCMin, paramsExponent: alphaCMin / a.alphaN, batchExponent: alphaCMin / a.alphaB, stepsExponent: alphaCMin / a.alphaS };
}

/**
 * How far above its converged loss a compute-efficient run stops: a factor `1 + α_N/α_S`. At the
 * compute-efficient point the loss sits that factor above the converged loss of the same model,
 * L(N, S) = (1 + α_N/α_S)·L(N, ∞) (≈ 1.10 with Table 3's exponents). Follows from minimising N·S
 * (C_min at fixed L, B_crit(L) fixed) subject to eq 5.6: the step term is α_N/α_S times the model
 * term.
 * Source: arXiv 2001.08361 App. B.2, §6.1 (derived here from eq 5.6).
 * @param exponents {alphaN, alphaS} (> 0), defaults Table 3.
 * @returns 1 + α_N/α_S (dimensionless, > 1).
 * @throws {RangeError|TypeError} for a bad exponent.
 */
export function kaplanEfficientStoppingFactor(exponents: Omit<KaplanExponentInputs, "alphaB"> = {}): number {
  const a = readAlphas(exponents);
  return 1 + a.alphaN / a.alphaS;
}

/**
 * Parameters, steps and compute needed to reach the same loss when stopping a fraction f above
 * convergence, relative to efficient stopping (App. B.3). To reach the same loss while stopping a
 * fraction f above the converged loss (L = (1 + f)·L(N, ∞)) instead of at the efficient f_e =
 * α_N/α_S, eq 5.6 needs `N_f/N_e = ((1+f)/(1+f_e))^(1/α_N)` parameters and
 * `S_f/S_e = ((f/(1+f))/(f_e/(1+f_e)))^(−1/α_S)` steps; compute (∝ N·S at the same loss, hence the
 * same B_crit) is their product, ≥ 1 with equality at f = f_e.
 * Source: arXiv 2001.08361 App. B.3 (ratios derived here from eq 5.6; Table 3 exponents).
 * Domain: Throws when f is so small that the step count overflows.
 * @param options.convergenceFactor f, the fraction above converged loss (> 0).
 * @param exponents {alphaN, alphaS} (> 0), defaults Table 3.
 * @returns {paramsRatio, stepsRatio, computeRatio} relative to efficient stopping.
 * @throws {RangeError|TypeError} for a non-finite or ≤ 0 f or a bad exponent.
 */
export function kaplanConvergenceCost(
  options: { convergenceFactor: number },
  exponents: Omit<KaplanExponentInputs, "alphaB"> = {},
): { paramsRatio: number; stepsRatio: number; computeRatio: number } {
  const o = record("options", options, ["convergenceFactor"]);
  const f = positive("convergenceFactor", o.convergenceFactor);
  const a = readAlphas(exponents);
  const star = a.alphaN / a.alphaS;
  const logParams = (Math.log1p(f) - Math.log1p(star)) / a.alphaN;
  const logSteps = -(Math.log(f) - Math.log1p(f) - (Math.log(star) - Math.log1p(star))) / a.alphaS;
  const computeRatio = Math.exp(logParams + logSteps);
  if (!Number.isFinite(computeRatio)) throw invalid("convergenceFactor", f, "too close to 0: the step count overflows");
  return { paramsRatio: Math.exp(logParams), stepsRatio: Math.exp(logSteps), computeRatio };
}
