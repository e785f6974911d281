/**
 * Kaplan et al. 2020 (arXiv 2001.08361) compute-efficient allocation (§6.1, §6.3): how C_min
 * is split between model size and data. x below is C_min in PF-days.
 */
import type { PresetSource } from "./sources.ts";
import { PF_DAY_FLOPS } from "./units.ts";
import { positive, preset as checkPreset, record } from "./validate.ts";

/** Power laws N(C_min) = paramsCoefficient·x^paramsExponent, D(C_min) = tokensCoefficient·x^tokensExponent. */
export interface Kaplan2020Allocation {
  readonly paramsCoefficient: number;
  readonly paramsExponent: number;
  readonly tokensCoefficient: number;
  readonly tokensExponent: number;
  readonly source?: PresetSource;
}

/**
 * Kaplan's allocation power laws: N ≈ 1.3e9 · x^0.73 non-embedding parameters (prefactor from
 * the Fig. 14 legend, not checked against the PDF, hence "secondary"; exponent §1.2/§6.1) and
 * D ≈ 4e10 · x^0.26 tokens (§6.3 text), x = C_min / (1 PF-day).
 */
export const kaplan2020Allocation: Kaplan2020Allocation = Object.freeze({
  paramsCoefficient: 1.3e9,
  paramsExponent: 0.73,
  tokensCoefficient: 4e10,
  tokensExponent: 0.26,
  source: Object.freeze({
    id: "kaplan2020",
    arxiv: "2001.08361",
    verification: "secondary",
    where: "§6.3 D(C_min) ≈ 4e10·x^0.26 (text); N(C_min) ≈ 1.3e9·x^0.73 (Fig. 14 legend, unverified)",
  }),
});

const P = "positive" as const;
/** @internal */
export const checkAllocation = (p: unknown): Kaplan2020Allocation =>
  checkPreset<Kaplan2020Allocation>("preset", p, { paramsCoefficient: P, paramsExponent: P, tokensCoefficient: P, tokensExponent: P });

const pfDays = (o: Record<string, unknown>): number => positive("flopsMin", o.flopsMin) / PF_DAY_FLOPS;

/**
 * Compute-efficient model size, as the Fig. 14 legend gives it. `N(C_min) = 1.3e9 · x^0.73`,
 * x = C_min in PF-days.
 * Source: arXiv 2001.08361 §6.1 (N ∝ C_min^0.73), Fig. 14 legend (prefactor, secondary).
 * Domain: The prefactor is read from a figure legend (verification "secondary"). Compare
 * {@link kaplanOptimalParamsFromTokens}, which derives N from the text's D(C_min).
 * @param options.flopsMin C_min, compute at B ≪ B_crit, in FLOPs (> 0).
 * @param preset default {@link kaplan2020Allocation}.
 * @returns N, non-embedding parameters.
 * @throws {RangeError|TypeError} for a non-finite or ≤ 0 value or a bad preset.
 */
export function kaplanOptimalParams(options: { flopsMin: number }, preset: Kaplan2020Allocation = kaplan2020Allocation): number {
  const o = record("options", options, ["flopsMin"]);
  const p = checkAllocation(preset);
  return p.paramsCoefficient * Math.exp(p.paramsExponent * Math.log(pfDays(o)));
}

/**
 * Compute-efficient training tokens. `D(C_min) = 4e10 · x^0.26` tokens, x = C_min in PF-days.
 * Source: arXiv 2001.08361 §6.3.
 * @param options.flopsMin C_min, compute at B ≪ B_crit, in FLOPs (> 0).
 * @param preset default {@link kaplan2020Allocation}.
 * @returns D in tokens.
 * @throws {RangeError|TypeError} for a non-finite or ≤ 0 value or a bad preset.
 */
export function kaplanOptimalTokens(options: { flopsMin: number }, preset: Kaplan2020Allocation = kaplan2020Allocation): number {
  const o = record("options", options, ["flopsMin"]);
  const p = checkAllocation(preset);
  return p.tokensCoefficient * Math.exp(p.tokensExponent * Math.log(pfDays(o)));
}

/**
 * Compute-efficient model size derived from the text's D(C_min).
 * With the paper's own accounting D = 2·C_min/(6N): `N = 2·C_min / (6·D(C_min)) ≈ 7.2e8 · x^0.74`.
 * Source: arXiv 2001.08361 §6.3 (D = 2C_min/(6N) and D(C_min)).
 * @param options.flopsMin C_min, compute at B ≪ B_crit, in FLOPs (> 0).
 * @param preset default {@link kaplan2020Allocation}.
 * @returns N, non-embedding parameters.
 * @throws {RangeError|TypeError} for a non-finite or ≤ 0 value or a bad preset.
 */
export function kaplanOptimalParamsFromTokens(options: { flopsMin: number }, preset: Kaplan2020Allocation = kaplan2020Allocation): number {
  const tokens = kaplanOptimalTokens(options, preset);
  return (2 * options.flopsMin) / (6 * tokens);
}
