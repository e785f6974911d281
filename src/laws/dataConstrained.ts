/**
 * Muennighoff et al. 2023, "Scaling Data-Constrained Language Models" (arXiv 2305.16264):
 * repeated data and excess parameters decay in value, entering the Chinchilla form as
 * effective data D′ and effective parameters N′. N counts all parameters (Chinchilla-style).
 * Constants and formulas from huggingface/datablations README, "Parametric Fit" (commit 1370131).
 */
import type { PresetSource } from "./sources.ts";
import { invalid, positive, preset as checkPreset, record } from "./validate.ts";

/** Muennighoff's fit: Chinchilla-form constants plus the decay constants R_D*, R_N*. */
export interface Muennighoff2023 {
  readonly E: number;
  readonly A: number;
  readonly B: number;
  readonly alpha: number;
  readonly beta: number;
  /** R_D*: repetitions of the data at which their value has decayed by 1/e. */ readonly rdStar: number;
  /** R_N*: the same for excess parameters. */ readonly rnStar: number;
  readonly source?: PresetSource;
}

/**
 * a = 6.255414, b = 7.3049974, e = 0.6254804 (A, B, E = exp of them), α = β = 0.3526596,
 * R_D* = 15.387756, R_N* = 5.309743, fitted jointly: never mix R_D*, R_N* with Hoffmann's
 * constants. Source: arXiv 2305.16264 §5; datablations README "Parametric Fit" (commit 1370131).
 */
export const muennighoff2023: Muennighoff2023 = Object.freeze({
  E: Math.exp(0.6254804),
  A: Math.exp(6.255414),
  B: Math.exp(7.3049974),
  alpha: 0.3526596,
  beta: 0.3526596,
  rdStar: 15.387756,
  rnStar: 5.309743,
  source: Object.freeze({
    id: "datablations",
    arxiv: "2305.16264",
    url: "https://github.com/huggingface/datablations",
    commit: "1370131",
    where: "README.md, Parametric Fit",
    verification: "code",
  }),
});

const P = "positive" as const;
const check = (p: unknown): Muennighoff2023 =>
  checkPreset<Muennighoff2023>("preset", p, { E: "nonNegative", A: P, B: P, alpha: P, beta: P, rdStar: P, rnStar: P });

/** `U + U·R*·(1 − exp(−R/R*))`. */
const decayed = (unique: number, repeats: number, star: number): number => unique + unique * star * -Math.expm1(-repeats / star);

function uniqueAndTotal(o: Record<string, unknown>): { tokens: number; unique: number } {
  const tokens = positive("tokens", o.tokens);
  const unique = positive("uniqueTokens", o.uniqueTokens);
  if (unique > tokens) throw invalid("uniqueTokens", unique, `must be ≤ tokens (${tokens})`);
  return { tokens, unique };
}

/**
 * Effective data when U_D unique tokens are repeated to D tokens: repeated tokens are worth less.
 * `D′ = U_D + U_D·R_D*·(1 − exp(−R_D/R_D*))`, `R_D = D/U_D − 1` (epochs beyond the first). Equals D
 * for one epoch; approaches U_D·(1 + R_D*) with endless repetition.
 * Source: arXiv 2305.16264 §3; datablations README (commit 1370131).
 * Domain: Fitted on runs up to 9B parameters and 900B tokens (abstract).
 * @param options.tokens D, total training tokens (> 0).
 * @param options.uniqueTokens U_D, unique tokens (0 < U_D ≤ D).
 * @param preset default {@link muennighoff2023}.
 * @returns D′ in tokens.
 * @throws {RangeError|TypeError} for bad counts, U_D > D, or a bad preset.
 */
export function effectiveTokens(options: { tokens: number; uniqueTokens: number }, preset: Muennighoff2023 = muennighoff2023): number {
  const o = record("options", options, ["tokens", "uniqueTokens"]);
  const p = check(preset);
  const { tokens, unique } = uniqueAndTotal(o);
  return decayed(unique, tokens / unique - 1, p.rdStar);
}

/** N_opt(U) = (U·G)^(β/α)·G: the Chinchilla-optimal size for U tokens under Muennighoff's fit. */
const paramsForTokens = (p: Muennighoff2023, unique: number): number => {
  const logG = (Math.log(p.alpha * p.A) - Math.log(p.beta * p.B)) / (p.alpha + p.beta);
  return Math.exp((p.beta / p.alpha) * (Math.log(unique) + logG) + logG);
};

/**
 * Effective parameters: parameters beyond the compute-optimal size for the unique data decay in value.
 * `N′ = U_N + U_N·R_N*·(1 − exp(−R_N/R_N*))` with
 * `U_N = min(N, N_opt(U_D))`, `R_N = N/U_N − 1`, `N_opt(U) = (U·G)^(β/α)·G`,
 * `G = (αA/(βB))^(1/(α+β))`.
 * Source: arXiv 2305.16264 §3; datablations README (commit 1370131).
 * @param options.params N, all parameters (> 0).
 * @param options.uniqueTokens U_D, unique tokens (> 0).
 * @param preset default {@link muennighoff2023}.
 * @returns N′ (parameters).
 * @throws {RangeError|TypeError} for bad counts or a bad preset.
 */
export function effectiveParams(options: { params: number; uniqueTokens: number }, preset: Muennighoff2023 = muennighoff2023): number {
  const o = record("options", options, ["params", "uniqueTokens"]);
  const p = check(preset);
  const params = positive("params", o.params);
  const unique = positive("uniqueTokens", o.uniqueTokens);
  const uN = Math.min(params, paramsForTokens(p, unique));
  return decayed(uN, params / uN - 1, p.rnStar);
}

/**
 * Chinchilla-form loss with effective data and parameters (Muennighoff et al.'s data-constrained law).
 * `L = E + A/N′^α + B/D′^β`, with D′ from {@link effectiveTokens} and N′
 * from {@link effectiveParams}. Reference values (datablations README): N = 6.34e9,
 * D = 242e9, U = 25e9 → 2.2256440889984477.
 * Source: arXiv 2305.16264 §3; datablations README (commit 1370131).
 * Domain: Use Muennighoff's own constants: never R_D*, R_N* with Hoffmann's.
 * @param options.params N, all parameters (> 0). @param options.tokens D, training tokens (> 0).
 * @param options.uniqueTokens U_D, unique tokens (0 < U_D ≤ D).
 * @param preset default {@link muennighoff2023}.
 * @returns loss in nats per token.
 * @throws {RangeError|TypeError} for bad counts, U_D > D, or a bad preset.
 */
export function dataConstrainedLoss(options: { params: number; tokens: number; uniqueTokens: number }, preset: Muennighoff2023 = muennighoff2023): number {
  const o = record("options", options, ["params", "tokens", "uniqueTokens"]);
  const p = check(preset);
  uniqueAndTotal(o);
  const n = effectiveParams({ params: o.params as number, uniqueTokens: o.uniqueTokens as number }, p);
  const d = effectiveTokens({ tokens: o.tokens as number, uniqueTokens: o.uniqueTokens as number }, p);
  return p.E + p.A * Math.exp(-p.alpha * Math.log(n)) + p.B * Math.exp(-p.beta * Math.log(d));
}
