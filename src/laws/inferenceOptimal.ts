/**
 * Sardana et al. 2023, "Beyond Chinchilla-Optimal: Accounting for Inference in Language Model
 * Scaling Laws" (arXiv 2401.00448): for a target loss ℓ under a Chinchilla-form fit
 * L̂(N, D) = E + A/N^α + B/D^β (Hoffmann et al. 2022 §3.3 eq 2), choose N and D_train to
 * minimise lifetime compute 6·N·D_train + 2·N·D_inference. Works with any Chinchilla preset.
 */
import { checkChinchilla, hoffmann2022, type ChinchillaPreset } from "./chinchillaPresets.ts";
import { brent } from "./numeric.ts";
import { finite, invalid, nonNegative, positive, record } from "./validate.ts";

function reducible(p: ChinchillaPreset, o: Record<string, unknown>): number {
  const loss = finite("loss", o.loss);
  if (!(loss > p.E)) throw invalid("loss", loss, `must be > E = ${p.E} (the fit's irreducible loss)`);
  return loss - p.E;
}

/**
 * Training tokens a model of N parameters needs to reach a loss ℓ under a Chinchilla-form fit.
 * `D = (B / (ℓ − E − A/N^α))^(1/β)`: no amount of data reaches ℓ ≤ L̂(N, ∞) = E + A/N^α.
 * Source: Hoffmann et al. 2022 (arXiv 2203.15556) §3.3 eq 2, solved for D.
 * @param options.params N, all parameters (> 0).
 * @param options.loss ℓ in nats per token (> E + A/N^α).
 * @param preset a Chinchilla-form fit, default hoffmann2022 (printed).
 * @returns D in tokens.
 * @throws {RangeError} when ℓ ≤ L̂(N, ∞) = E + A/N^α (unreachable at this size),
 *   {RangeError|TypeError} for bad input.
 */
export function chinchillaTokensForLoss(options: { params: number; loss: number }, preset: ChinchillaPreset = hoffmann2022): number {
  const o = record("options", options, ["params", "loss"]);
  const p = checkChinchilla(preset);
  const gap = reducible(p, o);
  const params = positive("params", o.params);
  const floor = p.A * Math.exp(-p.alpha * Math.log(params));
  if (!(gap > floor)) throw invalid("loss", o.loss, `must be > L(N, ∞) = ${p.E + floor} for params = ${params}: no amount of data reaches it`);
  return Math.exp((Math.log(p.B) - Math.log(gap - floor)) / p.beta);
}

/** The inference-aware optimum. */
export interface InferenceOptimum {
  /** N, all parameters. */ params: number;
  /** D_train, training tokens. */ tokens: number;
  tokensPerParam: number;
  /** 6·N·D_train. */ trainingFlops: number;
  /** 2·N·D_inference. */ inferenceFlops: number;
  totalFlops: number;
}

/**
 * The model that reaches a target loss for the least training plus inference compute (Sardana et
 * al.). It minimises the lifetime compute `6·N·D_train + 2·N·D_inference` at loss ℓ (Sardana et al.
 * §2). With u = α·ln(N/N_min), N_min = (A/(ℓ − E))^(1/α) the smallest model that can reach ℓ, the
 * optimum solves `6·(1 − (α/β)/(e^u − 1)) + 2·D_inference/D_train(u) = 0` (monotone in u; Brent's
 * method). With no inference it is Chinchilla's compute-optimal model for that loss (e^u = 1 +
 * α/β); more inference moves it to smaller models trained on more tokens. The paper solves the same
 * problem numerically (Newton's method). Which constants they used could not be read here (the
 * paper's text is unreachable from this machine); pass the fit you mean, and say which.
 * Source: arXiv 2401.00448 §2 (objective); arXiv 2203.15556 §3.3 eq 2 (loss form).
 * Domain: ℓ above the fit's E; inferenceTokens ≥ 0 (0 gives Chinchilla's compute-optimal model
 * for that loss). Any Chinchilla-form preset; say which.
 * @param options.loss ℓ, target loss in nats per token (> E).
 * @param options.inferenceTokens D_inference, lifetime tokens of inference, input and output (≥ 0).
 * @param preset a Chinchilla-form fit, default hoffmann2022 (printed).
 * @returns the optimum ({@link InferenceOptimum}).
 * @throws {RangeError|TypeError} for ℓ ≤ E, a negative or non-finite demand, or a bad preset.
 */
export function inferenceOptimal(options: { loss: number; inferenceTokens: number }, preset: ChinchillaPreset = hoffmann2022): InferenceOptimum {
  const o = record("options", options, ["loss", "inferenceTokens"]);
  const p = checkChinchilla(preset);
  const gap = reducible(p, o);
  const demand = nonNegative("inferenceTokens", o.inferenceTokens);
  const ratio = p.alpha / p.beta;
  const logMin = (Math.log(p.A) - Math.log(gap)) / p.alpha;
  // ln D_train as a function of u: r = (ℓ − E)(1 − e^(−u)).
  const logTokens = (u: number) => (Math.log(p.B) - Math.log(gap) - Math.log(-Math.expm1(-u))) / p.beta;
  const slope = (u: number) => 6 * (1 - ratio / Math.expm1(u)) + 2 * demand * Math.exp(-logTokens(u));
  const u = demand === 0 ? Math.log1p(ratio) : brent(slope, 1e-12, 200, 1e-14);
  const params = Math.exp(logMin + u / p.alpha);
  const tokens = Math.exp(logTokens(u));
  const trainingFlops = 6 * params * tokens;
  const inferenceFlops = 2 * params * demand;
  return { params, tokens, tokensPerParam: tokens / params, trainingFlops, inferenceFlops, totalFlops: trainingFlops + inferenceFlops };
}

/**
 * The lifetime inference demand for which a given model and training run is the
 * inference-aware optimum at its own loss. Setting the optimum's condition to zero gives
 * `D_inference = 3·D·(q − 1)`, `q = α·A·N^(−α) / (β·B·D^(−β))` (q = 1 on Chinchilla's frontier).
 * Negative when the run used fewer tokens than compute-optimal for its loss (q < 1): then no
 * inference demand makes it optimal.
 * Source: arXiv 2401.00448 §2 (objective; this inversion is the site's); arXiv 2203.15556 §3.3 eq 2.
 * Domain: Negative when the run is under-trained for its loss; 0 on Chinchilla's frontier.
 * @param options.params N, all parameters (> 0). @param options.tokens D_train (> 0).
 * @param preset a Chinchilla-form fit, default hoffmann2022 (printed).
 * @returns D_inference in tokens (may be negative, see above).
 * @throws {RangeError|TypeError} for non-finite or ≤ 0 counts or a bad preset.
 */
export function impliedInferenceTokens(options: { params: number; tokens: number }, preset: ChinchillaPreset = hoffmann2022): number {
  const o = record("options", options, ["params", "tokens"]);
  const p = checkChinchilla(preset);
  const params = positive("params", o.params),
    tokens = positive("tokens", o.tokens);
  const logQ = Math.log(p.alpha * p.A) - p.alpha * Math.log(params) - Math.log(p.beta * p.B) + p.beta * Math.log(tokens);
  return 3 * tokens * Math.expm1(logQ);
}
