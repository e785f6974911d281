/**
 * Hoffmann et al. 2022, "Training Compute-Optimal Large Language Models" (arXiv 2203.15556):
 * the parametric loss L̂(N, D) = E + A/N^α + B/D^β (§3.3 eq 2) and its compute-optimal
 * frontier under C = 6ND (§3.3 eq 4). N is all parameters; loss in nats per token.
 */
import { checkChinchilla, hoffmann2022, type ChinchillaPreset } from "./chinchillaPresets.ts";
import { positive, record } from "./validate.ts";

/** Loss without validation, in logs so extreme counts cannot overflow. @internal */
export const lossUnchecked = (p: ChinchillaPreset, params: number, tokens: number): number =>
  p.E + p.A * Math.exp(-p.alpha * Math.log(params)) + p.B * Math.exp(-p.beta * Math.log(tokens));

/**
 * The parametric loss of Hoffmann et al. (Chinchilla) for a model of N parameters trained on D tokens.
 * `L̂(N, D) = E + A/N^α + B/D^β`: an irreducible loss E plus one term for the model's finite
 * size and one for its finite data.
 * Source: arXiv 2203.15556 §3.3 eq 2; constants App. D.2 eq 10 by default.
 * Domain: Fitted on over 400 models of 70M to over 16B parameters trained on 5B to 500B tokens (abstract).
 * @param options.params N, all parameters (count > 0).
 * @param options.tokens D, training tokens (count > 0).
 * @param preset {E, A, B, alpha, beta}; default {@link hoffmann2022} (printed).
 * @returns loss in nats per token (> E).
 * @throws {RangeError|TypeError} for non-finite or ≤ 0 counts, unknown fields or a bad preset.
 */
export function chinchillaLoss(options: { params: number; tokens: number }, preset: ChinchillaPreset = hoffmann2022): number {
  const o = record("options", options, ["params", "tokens"]);
  const p = checkChinchilla(preset);
  return lossUnchecked(p, positive("params", o.params), positive("tokens", o.tokens));
}

/**
 * Allocation exponents of the compute-optimal frontier: N_opt ∝ C^a, D_opt ∝ C^b.
 * `a = β/(α+β)`, `b = α/(α+β)` (a + b = 1), for any valid Chinchilla-form preset.
 * Source: arXiv 2203.15556 §3.3 eq 4 and App. D.2.
 * @param preset {E, A, B, alpha, beta}; default {@link hoffmann2022} (printed).
 * @returns {a, b}, dimensionless.
 * @throws {RangeError|TypeError} for a bad preset.
 */
export function chinchillaAllocationExponents(preset: ChinchillaPreset = hoffmann2022): { a: number; b: number } {
  const p = checkChinchilla(preset);
  return { a: p.beta / (p.alpha + p.beta), b: p.alpha / (p.alpha + p.beta) };
}

/**
 * Exponent e of D_opt ∝ N_opt^e along the compute-optimal frontier. `e = b/a = α/β`.
 * Source: arXiv 2203.15556 §3.3 eq 4 (ratio of the allocation exponents).
 * @param preset {E, A, B, alpha, beta}; default {@link hoffmann2022} (printed).
 * @returns e, dimensionless.
 * @throws {RangeError|TypeError} for a bad preset.
 */
export function chinchillaDataExponent(preset: ChinchillaPreset = hoffmann2022): number {
  const p = checkChinchilla(preset);
  return p.alpha / p.beta;
}

/** log G with G = (αA/(βB))^(1/(α+β)). */
const logG = (p: ChinchillaPreset): number => (Math.log(p.alpha * p.A) - Math.log(p.beta * p.B)) / (p.alpha + p.beta);

/**
 * Compute-optimal model size and data for a compute budget C = 6ND. `N_opt = G·(C/6)^a`,
 * `D_opt = G⁻¹·(C/6)^b` with `G = (αA/(βB))^(1/(α+β))`, a and b as in
 * {@link chinchillaAllocationExponents}. Spends the budget exactly: 6·N_opt·D_opt = C.
 * Source: arXiv 2203.15556 §3.3 eq 4.
 * @param options.flops C, training compute in FLOPs (> 0).
 * @param preset {E, A, B, alpha, beta}; default {@link hoffmann2022} (printed).
 * @returns {params, tokens}: N_opt (all parameters) and D_opt (tokens).
 * @throws {RangeError|TypeError} for a non-finite or ≤ 0 budget or a bad preset.
 */
export function chinchillaOptimal(options: { flops: number }, preset: ChinchillaPreset = hoffmann2022): { params: number; tokens: number } {
  const o = record("options", options, ["flops"]);
  const p = checkChinchilla(preset);
  const logHalf = Math.log(positive("flops", o.flops) / 6);
  const { a, b } = chinchillaAllocationExponents(p);
  const g = logG(p);
  return { params: Math.exp(g + a * logHalf), tokens: Math.exp(b * logHalf - g) };
}

/**
 * Tokens per parameter at the compute-optimal point. `D_opt/N_opt = G⁻²·(C/6)^(b−a)`, G as in
 * {@link chinchillaOptimal}. (The paper never prints "20 tokens per parameter"; it is 1.4T/70B and
 * Table 3's ratio.)
 * Source: arXiv 2203.15556 §3.3 eq 4.
 * @param options.flops C, training compute in FLOPs (> 0).
 * @param preset {E, A, B, alpha, beta}; default {@link hoffmann2022} (printed).
 * @returns tokens per parameter (dimensionless).
 * @throws {RangeError|TypeError} for a non-finite or ≤ 0 budget or a bad preset.
 */
export function chinchillaTokensPerParam(options: { flops: number }, preset: ChinchillaPreset = hoffmann2022): number {
  const o = record("options", options, ["flops"]);
  const p = checkChinchilla(preset);
  const { a, b } = chinchillaAllocationExponents(p);
  return Math.exp((b - a) * Math.log(positive("flops", o.flops) / 6) - 2 * logG(p));
}

/**
 * Loss along a fixed-compute (isoFLOP) line, as a function of the model size N.
 * `L̂(N, C/(6N))` at fixed C, minimised at N_opt from {@link chinchillaOptimal}.
 * Source: arXiv 2203.15556 §3.2 (IsoFLOP profiles), §3.3 eq 2.
 * @param options.flops C, training compute in FLOPs (> 0).
 * @param options.params N, all parameters (count > 0).
 * @param preset {E, A, B, alpha, beta}; default {@link hoffmann2022} (printed).
 * @returns loss in nats per token.
 * @throws {RangeError|TypeError} for non-finite or ≤ 0 values or a bad preset.
 */
export function chinchillaIsoFlopLoss(options: { flops: number; params: number }, preset: ChinchillaPreset = hoffmann2022): number {
  const o = record("options", options, ["flops", "params"]);
  const p = checkChinchilla(preset);
  const flops = positive("flops", o.flops);
  const params = positive("params", o.params);
  // D = C/(6N) in logs: the ratio of two huge or tiny numbers must not over- or underflow.
  const logTokens = Math.log(flops) - Math.log(6) - Math.log(params);
  return p.E + p.A * Math.exp(-p.alpha * Math.log(params)) + p.B * Math.exp(-p.beta * logTokens);
}
