/**
 * Training and inference compute. Per token a dense transformer costs about 2N FLOPs forward
 * and 4N backward (2N for gradients with respect to activations, 2N with respect to weights):
 * Kaplan et al. 2020 (arXiv 2001.08361) §2.1, Table 1.
 */
import { nonNegative, oneOf, positive, record, invalid } from "./validate.ts";

/**
 * Training compute of a dense transformer. `C = 6·N·D`.
 * Domain: Ignores attention-over-context FLOPs (small when d_model ≫ n_ctx/12; see
 * {@link kaplanContextOverhead}).
 * @param options.params N, all parameters, embeddings included (count, > 0).
 * @param options.tokens D, training tokens (count, > 0).
 * @returns C in FLOPs.
 * Source: Kaplan et al. 2020 (arXiv 2001.08361) §2.1 (C ≈ 6N per token); Hoffmann et al. 2022
 * (arXiv 2203.15556) §3 (FLOPs(N, D) ≈ 6ND).
 * @throws {RangeError|TypeError} `invalid params: …` / `invalid tokens: …` for non-finite or ≤ 0 values.
 */
export function trainingFlops(options: { params: number; tokens: number }): number {
  const o = record("options", options, ["params", "tokens"]);
  return 6 * positive("params", o.params) * positive("tokens", o.tokens);
}

/** Options of {@link flopsPerToken}. */
export interface FlopsPerTokenOptions {
  /** N, all parameters the forward pass multiplies through (count, > 0). */
  params: number;
  /** Parameters that receive weight gradients (count, 0 < trainableParams ≤ params); default params. */
  trainableParams?: number;
  /** `"train"` (forward + backward) or `"inference"` (forward only); default `"train"`. */
  mode?: "train" | "inference";
  /**
   * Whether activation gradients flow through the frozen body (true: a trainable layer sits
   * below frozen ones, e.g. tuned embeddings, biases or layer norms throughout the network) or
   * only through the trainable top layers (false). Default true.
   */
  backpropThroughFrozen?: boolean;
}

/**
 * FLOPs per token of training (full or partial) or of inference.
 *
 * - inference: `2N`
 * - train: `2N` (forward) + activation gradients + `2·N_t` (weight gradients of the trainable
 *   weights N_t), where activation gradients cost `2N` when they flow through the whole body
 *   (`backpropThroughFrozen: true`) and `2·N_t` when only the trainable top layers are
 *   back-propagated (`false`).
 *
 * Full training gives 6N; tuning a fraction f of the weights spread through the body costs
 * (4 + 2f)·N, not 6fN; tuning only the top f of the layers costs (2 + 4f)·N.
 * Source: Kaplan et al. 2020 (arXiv 2001.08361) §2.1 and Table 1 (attention-over-context
 * FLOPs, 2·n_layer·n_ctx·d_attn, are not included).
 * @returns FLOPs per token.
 * @throws {RangeError|TypeError} for non-positive counts, trainableParams > params, an unknown
 * mode or an unknown option.
 */
export function flopsPerToken(options: FlopsPerTokenOptions): number {
  const o = record("options", options, ["params", "trainableParams", "mode", "backpropThroughFrozen"]);
  const params = positive("params", o.params);
  const trainable = o.trainableParams === undefined ? params : positive("trainableParams", o.trainableParams);
  if (trainable > params) throw invalid("trainableParams", trainable, `must be ≤ params (${params})`);
  const mode = o.mode === undefined ? "train" : oneOf("mode", o.mode, ["train", "inference"] as const);
  const through = o.backpropThroughFrozen === undefined ? true : o.backpropThroughFrozen;
  if (typeof through !== "boolean") throw invalid("backpropThroughFrozen", through, "must be a boolean", true);
  if (mode === "inference") return 2 * params;
  return 2 * params + (through ? 2 * params : 2 * trainable) + 2 * trainable;
}

/**
 * Kaplan's training compute C from the minimum compute C_min. `C = C_min · (1 + B/B_crit)`, which
 * is `2·C_min` when training at the critical batch size (the default). C_min is the compute of
 * training at B ≪ B_crit; Kaplan's L(C_min) and allocation laws are in C_min, Chinchilla's C = 6ND
 * is C.
 * Source: Kaplan et al. 2020 (arXiv 2001.08361) eqs 5.4–5.5 (S = S_min(1 + B_crit/B),
 * E = E_min(1 + B/B_crit)) and §6.3.
 * @param options.flopsMin C_min, compute at B ≪ B_crit, in FLOPs (> 0).
 * @param options.batchOverCritical B/B_crit, batch size over the critical batch (≥ 0), default 1.
 * @returns C in FLOPs.
 * @throws {RangeError|TypeError} for non-finite or out-of-range values.
 */
export function kaplanTrainingFlopsFromCmin(options: { flopsMin: number; batchOverCritical?: number }): number {
  const o = record("options", options, ["flopsMin", "batchOverCritical"]);
  const ratio = o.batchOverCritical === undefined ? 1 : nonNegative("batchOverCritical", o.batchOverCritical);
  return positive("flopsMin", o.flopsMin) * (1 + ratio);
}

/**
 * Inverse of {@link kaplanTrainingFlopsFromCmin}: C_min from C.
 * `C_min = C / (1 + B/B_crit)`, C/2 at B_crit.
 * Source: Kaplan et al. 2020 (arXiv 2001.08361) eqs 5.4–5.5.
 * @param options.flops C, training compute in FLOPs (> 0).
 * @param options.batchOverCritical B/B_crit, batch size over the critical batch (≥ 0), default 1.
 * @returns C_min in FLOPs.
 * @throws {RangeError|TypeError} for non-finite or out-of-range values.
 */
export function kaplanCminFromTrainingFlops(options: { flops: number; batchOverCritical?: number }): number {
  const o = record("options", options, ["flops", "batchOverCritical"]);
  const ratio = o.batchOverCritical === undefined ? 1 : nonNegative("batchOverCritical", o.batchOverCritical);
  return positive("flops", o.flops) / (1 + ratio);
}
