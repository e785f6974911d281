/**
 * Kaplan et al. 2020 (arXiv 2001.08361): the joint laws L(N, D) (§4, Table 2) and
 * L(N, S_min) (§5, Table 3), and the overfitting relations built on L(N, D).
 * N is non-embedding parameters.
 */
import type { PresetSource } from "./sources.ts";
import { logAddExp } from "./numeric.ts";
import { positive, preset as checkPreset, record } from "./validate.ts";

const paper = (where: string): PresetSource => Object.freeze({ id: "kaplan2020", arxiv: "2001.08361", where, verification: "paper" });

/** Kaplan's joint L(N, D) fit (Table 2). */
export interface Kaplan2020Table2 {
  readonly alphaN: number;
  readonly alphaD: number;
  readonly Nc: number;
  readonly Dc: number;
  readonly source?: PresetSource;
}
/** Kaplan's joint L(N, S_min) fit (Table 3). */
export interface Kaplan2020Table3 {
  readonly alphaN: number;
  readonly alphaS: number;
  readonly Nc: number;
  readonly Sc: number;
  readonly source?: PresetSource;
}

/** Table 2 fit of L(N, D) (eq 1.5 / 4.1): α_N = 0.076, α_D = 0.103, N_c = 6.4e13, D_c = 1.8e13. */
export const kaplan2020Table2: Kaplan2020Table2 = Object.freeze({
  alphaN: 0.076,
  alphaD: 0.103,
  Nc: 6.4e13,
  Dc: 1.8e13,
  source: paper("Table 2, eq 1.5 / 4.1"),
});
/** Table 3 fit of L(N, S_min) (eq 1.6 / 5.6): α_N = 0.077, α_S = 0.76, N_c = 6.5e13, S_c = 2.1e3. */
export const kaplan2020Table3: Kaplan2020Table3 = Object.freeze({
  alphaN: 0.077,
  alphaS: 0.76,
  Nc: 6.5e13,
  Sc: 2.1e3,
  source: paper("Table 3, eq 1.6 / 5.6"),
});

const P = "positive" as const;
const checkTable2 = (p: unknown): Kaplan2020Table2 => checkPreset<Kaplan2020Table2>("preset", p, { alphaN: P, alphaD: P, Nc: P, Dc: P });
const checkTable3 = (p: unknown): Kaplan2020Table3 => checkPreset<Kaplan2020Table3>("preset", p, { alphaN: P, alphaS: P, Nc: P, Sc: P });

/**
 * Joint loss in model size and data. `L(N, D) = [(N_c/N)^(α_N/α_D) + D_c/D]^α_D`.
 * Source: arXiv 2001.08361 eq 1.5 (= eq 4.1), constants Table 2.
 * @param options.nonEmbeddingParams N, non-embedding parameters (count > 0).
 * @param options.tokens D, training tokens (count > 0).
 * @param preset default {@link kaplan2020Table2}.
 * @returns loss in nats per token.
 * @throws {RangeError|TypeError} for non-finite or ≤ 0 counts or a bad preset.
 */
export function kaplanLoss(options: { nonEmbeddingParams: number; tokens: number }, preset: Kaplan2020Table2 = kaplan2020Table2): number {
  const o = record("options", options, ["nonEmbeddingParams", "tokens"]);
  const p = checkTable2(preset);
  const n = positive("nonEmbeddingParams", o.nonEmbeddingParams);
  const d = positive("tokens", o.tokens);
  const ln = Math.log(n);
  const ld = Math.log(d);
  return Math.exp(p.alphaD * logAddExp((p.alphaN / p.alphaD) * (Math.log(p.Nc) - ln), Math.log(p.Dc) - ld));
}

/**
 * Overfitting penalty: how far L(N, D) sits above L(N, ∞).
 * `δL = L(N, D)/L(N, ∞) − 1 = (1 + (N/N_c)^(α_N/α_D) · D_c/D)^α_D − 1`.
 * Source: arXiv 2001.08361 eq 4.3, constants Table 2.
 * @param options.nonEmbeddingParams N, non-embedding parameters (count > 0).
 * @param options.tokens D, training tokens (count > 0).
 * @param preset default {@link kaplan2020Table2}.
 * @returns δL, a dimensionless fraction (> 0).
 * @throws {RangeError|TypeError} for non-finite or ≤ 0 counts or a bad preset.
 */
export function kaplanOverfitting(options: { nonEmbeddingParams: number; tokens: number }, preset: Kaplan2020Table2 = kaplan2020Table2): number {
  const o = record("options", options, ["nonEmbeddingParams", "tokens"]);
  const p = checkTable2(preset);
  const n = positive("nonEmbeddingParams", o.nonEmbeddingParams);
  const d = positive("tokens", o.tokens);
  // log of (N/N_c)^(α_N/α_D)·D_c/D, kept in logs so tiny D cannot overflow it.
  const lx = (p.alphaN / p.alphaD) * (Math.log(n) - Math.log(p.Nc)) + Math.log(p.Dc) - Math.log(d);
  return Math.expm1(p.alphaD * logAddExp(0, lx));
}

/**
 * Data needed to keep overfitting small, as the paper prints it (δL ≈ 0.02). `D ≳ 5e3 · N^0.74`
 * tokens, the printed rounding of eq 4.3 at δL ≈ 0.02. For an exact inverse of eq 4.3 at any δL,
 * see {@link kaplanDataForOverfitting}.
 * Source: arXiv 2001.08361 eq 4.4.
 * @param options.nonEmbeddingParams N, non-embedding parameters (count > 0).
 * @returns D in tokens.
 * @throws {RangeError|TypeError} for a non-finite or ≤ 0 count.
 */
export function kaplanDataToAvoidOverfitting(options: { nonEmbeddingParams: number }): number {
  const o = record("options", options, ["nonEmbeddingParams"]);
  return 5e3 * positive("nonEmbeddingParams", o.nonEmbeddingParams) ** 0.74;
}

/**
 * Exact inverse of eq 4.3: the tokens D at which the overfitting penalty equals δL.
 * `D = D_c · (N/N_c)^(α_N/α_D) / ((1 + δL)^(1/α_D) − 1)`.
 * Source: arXiv 2001.08361 eq 4.3, constants Table 2.
 * @param options.nonEmbeddingParams N, non-embedding parameters (count > 0).
 * @param options.overfitting δL, the tolerated overfitting penalty (fraction > 0), e.g. 0.02.
 * @param preset default {@link kaplan2020Table2}.
 * @returns D in tokens.
 * @throws {RangeError|TypeError} for non-finite or ≤ 0 values or a bad preset.
 */
export function kaplanDataForOverfitting(options: { nonEmbeddingParams: number; overfitting: number }, preset: Kaplan2020Table2 = kaplan2020Table2): number {
  const o = record("options", options, ["nonEmbeddingParams", "overfitting"]);
  const p = checkTable2(preset);
  const n = positive("nonEmbeddingParams", o.nonEmbeddingParams);
  const delta = positive("overfitting", o.overfitting);
  const logNumerator = Math.log(p.Dc) + (p.alphaN / p.alphaD) * (Math.log(n) - Math.log(p.Nc));
  return Math.exp(logNumerator - Math.log(Math.expm1(Math.log1p(delta) / p.alphaD)));
}

/**
 * Loss after S_min optimiser steps at large batch (B ≫ B_crit). `L(N, S) = (N_c/N)^α_N + (S_c/S_min)^α_S`.
 * Source: arXiv 2001.08361 eq 1.6 (= eq 5.6), constants Table 3.
 * @param options.nonEmbeddingParams N, non-embedding parameters (count > 0).
 * @param options.steps S_min, optimiser steps at B ≫ B_crit (> 0).
 * @param preset default {@link kaplan2020Table3}.
 * @returns loss in nats per token.
 * @throws {RangeError|TypeError} for non-finite or ≤ 0 values or a bad preset.
 */
export function kaplanLossParamsSteps(options: { nonEmbeddingParams: number; steps: number }, preset: Kaplan2020Table3 = kaplan2020Table3): number {
  const o = record("options", options, ["nonEmbeddingParams", "steps"]);
  const p = checkTable3(preset);
  const n = positive("nonEmbeddingParams", o.nonEmbeddingParams);
  const s = positive("steps", o.steps);
  return Math.exp(p.alphaN * (Math.log(p.Nc) - Math.log(n))) + Math.exp(p.alphaS * (Math.log(p.Sc) - Math.log(s)));
}
