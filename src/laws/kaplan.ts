/**
 * Kaplan et al. 2020, "Scaling Laws for Neural Language Models" (arXiv 2001.08361).
 * N is the number of non-embedding parameters (§1.3, eq 2.1: N ≈ 12·n_layer·d_model²);
 * losses are in nats per token on WebText2.
 */
import type { PresetSource } from "./sources.ts";
import { PF_DAY_FLOPS } from "./units.ts";
import { positive, preset as checkPreset, record } from "./validate.ts";

const paper = (where: string): PresetSource => Object.freeze({ id: "kaplan2020", arxiv: "2001.08361", where, verification: "paper" });

/** Kaplan's single-variable fits (§1.2). */
export interface Kaplan2020 {
  readonly alphaN: number;
  readonly Nc: number;
  readonly alphaD: number;
  readonly Dc: number;
  readonly alphaC: number;
  readonly CcPfDays: number;
  readonly alphaB: number;
  readonly Bstar: number;
  readonly source?: PresetSource;
}
/**
 * §1.2 single-variable fits: α_N = 0.076, N_c = 8.8e13 non-embedding params (eq 1.1);
 * α_D = 0.095, D_c = 5.4e13 tokens (eq 1.2); α_C^min = 0.050, C_c^min = 3.1e8 PF-days (eq 1.3);
 * α_B = 0.21, B_* = 2e8 tokens (eq 1.4).
 */
export const kaplan2020: Kaplan2020 = Object.freeze({
  alphaN: 0.076,
  Nc: 8.8e13,
  alphaD: 0.095,
  Dc: 5.4e13,
  alphaC: 0.05,
  CcPfDays: 3.1e8,
  alphaB: 0.21,
  Bstar: 2e8,
  source: paper("§1.2, eqs 1.1–1.4"),
});
const P = "positive" as const;
/** @internal Validate a (possibly reader-edited) §1.2 preset. */
export const checkKaplan2020 = (p: unknown): Kaplan2020 =>
  checkPreset<Kaplan2020>("preset", p, { alphaN: P, Nc: P, alphaD: P, Dc: P, alphaC: P, CcPfDays: P, alphaB: P, Bstar: P });

/**
 * Loss of a model trained to convergence on enough data. `L(N) = (N_c / N)^α_N`.
 * Source: arXiv 2001.08361 eq 1.1.
 * Domain: Fitted on WebText2 with models of 768 to 1.5B non-embedding parameters (abstract, §1).
 * @param options.nonEmbeddingParams N, non-embedding parameters (count > 0).
 * @param preset constants α_N, N_c; default {@link kaplan2020}.
 * @returns loss in nats per token.
 * @throws {RangeError|TypeError} for a non-finite or ≤ 0 count or a bad preset.
 */
export function kaplanLossParams(options: { nonEmbeddingParams: number }, preset: Kaplan2020 = kaplan2020): number {
  const o = record("options", options, ["nonEmbeddingParams"]);
  const p = checkKaplan2020(preset);
  return Math.exp(p.alphaN * (Math.log(p.Nc) - Math.log(positive("nonEmbeddingParams", o.nonEmbeddingParams))));
}

/**
 * Loss of a large model trained with early stopping on D tokens. `L(D) = (D_c / D)^α_D`.
 * Source: arXiv 2001.08361 eq 1.2.
 * Domain: Fitted on datasets of 22M to 23B tokens (§1).
 * @param options.tokens D, training tokens (count > 0).
 * @param preset constants α_D, D_c; default {@link kaplan2020}.
 * @returns loss in nats per token.
 * @throws {RangeError|TypeError} for a non-finite or ≤ 0 count or a bad preset.
 */
export function kaplanLossTokens(options: { tokens: number }, preset: Kaplan2020 = kaplan2020): number {
  const o = record("options", options, ["tokens"]);
  const p = checkKaplan2020(preset);
  return Math.exp(p.alphaD * (Math.log(p.Dc) - Math.log(positive("tokens", o.tokens))));
}

/**
 * Loss of compute-efficient training with minimum compute C_min. `L(C_min) = (C_c / C_min)^α_C`.
 * C_c = 3.1e8 PF-days. `flops` is C_min (compute at B ≪ B_crit), not Chinchilla's 6ND:
 * convert with {@link kaplanCminFromTrainingFlops} first.
 * Source: arXiv 2001.08361 eq 1.3.
 * Domain: Must break down near the crossover with L(D) ({@link kaplanCrossover}, §6.3).
 * @param options.flops C_min in FLOPs (> 0).
 * @param preset constants α_C, C_c (PF-days); default {@link kaplan2020}.
 * @returns loss in nats per token.
 * @throws {RangeError|TypeError} for a non-finite or ≤ 0 value or a bad preset.
 */
export function kaplanLossCompute(options: { flops: number }, preset: Kaplan2020 = kaplan2020): number {
  const o = record("options", options, ["flops"]);
  const p = checkKaplan2020(preset);
  return Math.exp(p.alphaC * (Math.log(p.CcPfDays * PF_DAY_FLOPS) - Math.log(positive("flops", o.flops))));
}

/**
 * Critical batch size at a given loss. `B_crit(L) = B_* / L^(1/α_B)`.
 * Source: arXiv 2001.08361 eq 1.4.
 * @param options.loss L, the loss reached, in nats per token (> 0).
 * @param preset constants B_*, α_B; default {@link kaplan2020}.
 * @returns B_crit in tokens.
 * @throws {RangeError|TypeError} for a non-finite or ≤ 0 loss or a bad preset.
 */
export function kaplanCriticalBatch(options: { loss: number }, preset: Kaplan2020 = kaplan2020): number {
  const o = record("options", options, ["loss"]);
  const p = checkKaplan2020(preset);
  return Math.exp(Math.log(p.Bstar) - Math.log(positive("loss", o.loss)) / p.alphaB);
}
