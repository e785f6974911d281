/**
 * The Kaplan et al. 2020 (arXiv 2001.08361) §6.3 contradiction: compute-efficient training
 * along D(C_min) eventually reaches data-limited loss L(D), so L(C_min) (eq 1.3) must break
 * down where it meets L(D(C_min)) (eq 1.2). Chinchilla's debate turns on where that is.
 */
import { kaplan2020 } from "./kaplan.ts";
import { kaplan2020Allocation } from "./kaplanAllocation.ts";
import { bisect } from "./numeric.ts";
import type { PresetSource } from "./sources.ts";
import { PF_DAY_FLOPS } from "./units.ts";
import { invalid, positive, record } from "./validate.ts";

/** The constants the crossover depends on; each defaults to Kaplan's published value. */
export interface KaplanCrossoverConstants {
  /** α_C of eq 1.3 (default 0.050). */ alphaC: number;
  /** C_c of eq 1.3 in PF-days (default 3.1e8). */ CcPfDays: number;
  /** α_D of eq 1.2 (default 0.095). */ alphaD: number;
  /** D_c of eq 1.2 in tokens (default 5.4e13). */ Dc: number;
  /** D(C_min) prefactor, tokens (default 4e10). */ tokensCoefficient: number;
  /** D(C_min) exponent (default 0.26). */ tokensExponent: number;
  /** N(C_min) prefactor, non-embedding params (default 1.3e9). */ paramsCoefficient: number;
  /** N(C_min) exponent (default 0.73). */ paramsExponent: number;
}

/** Where L(C_min) meets L(D(C_min)). */
export interface KaplanCrossover {
  /** C_min* in FLOPs. */ flopsMin: number;
  /** C_min* in PF-days. */ computePfDays: number;
  /** N(C_min*) from the allocation law N = paramsCoefficient·x^paramsExponent. */ nonEmbeddingParams: number;
  /** N from the text's accounting, 2·C_min* ÷ (6·D*). */ nonEmbeddingParamsFromTokens: number;
  /** D* = D(C_min*) in tokens. */ tokens: number;
  /** L* in nats per token (L(C_min*) = L(D*)). */ loss: number;
}

const KEYS = ["alphaC", "CcPfDays", "alphaD", "Dc", "tokensCoefficient", "tokensExponent", "paramsCoefficient", "paramsExponent"] as const;
const DEFAULTS: KaplanCrossoverConstants = Object.freeze({
  alphaC: kaplan2020.alphaC,
  CcPfDays: kaplan2020.CcPfDays,
  alphaD: kaplan2020.alphaD,
  Dc: kaplan2020.Dc,
  tokensCoefficient: kaplan2020Allocation.tokensCoefficient,
  tokensExponent: kaplan2020Allocation.tokensExponent,
  paramsCoefficient: kaplan2020Allocation.paramsCoefficient,
  paramsExponent: kaplan2020Allocation.paramsExponent,
});
/** Search range for x = C_min / PF-day: far wider than any budget anyone will discuss. */
const LOG_X_MIN = Math.log(1e-30);
const LOG_X_MAX = Math.log(1e60);

/**
 * Where Kaplan's L(C_min) meets the data-limited L(D(C_min)), solved numerically.
 * Solves `(C_c/C_min)^α_C = (D_c / D(C_min))^α_D` with `D(C_min) = 4e10·x^0.26` by bisection on
 * log C_min. With Kaplan's constants this lands near 1e5 PF-days, an order of
 * magnitude above the paper's stated ~1e4 ({@link kaplan2020StatedCrossover}), which the
 * paper says is uncertain by an order of magnitude.
 * Source: arXiv 2001.08361 §6.3, eqs 1.2, 1.3.
 * @param constants any subset of {@link KaplanCrossoverConstants} to override (e.g. exponents a
 * reader is dragging); all must be finite and > 0.
 * @returns the crossover point.
 * @throws {TypeError} for an unknown constant; {RangeError} for a bad value or when the two
 * laws do not cross between 1e-30 and 1e60 PF-days (e.g. α_C ≤ α_D·tokensExponent).
 */
export function kaplanCrossover(constants: Partial<KaplanCrossoverConstants> = {}): KaplanCrossover {
  const o = record("constants", constants, KEYS);
  const c = { ...DEFAULTS };
  for (const key of KEYS) if (o[key] !== undefined) c[key] = positive(key, o[key]);
  // log L(C_min) − log L(D(C_min)) as a function of u = log x; decreasing when the laws cross.
  const gap = (u: number): number => c.alphaC * (Math.log(c.CcPfDays) - u) - c.alphaD * (Math.log(c.Dc) - Math.log(c.tokensCoefficient) - c.tokensExponent * u);
  const lo = gap(LOG_X_MIN);
  const hi = gap(LOG_X_MAX);
  if (!(lo * hi <= 0)) {
    throw invalid(
      "constants",
      `alphaC=${c.alphaC}, alphaD·tokensExponent=${c.alphaD * c.tokensExponent}`,
      "L(C_min) and L(D(C_min)) do not cross between 1e-30 and 1e60 PF-days",
    );
  }
  const u = bisect(gap, LOG_X_MIN, LOG_X_MAX, { tolerance: 0 });
  const computePfDays = Math.exp(u);
  const flopsMin = computePfDays * PF_DAY_FLOPS;
  const tokens = c.tokensCoefficient * Math.exp(c.tokensExponent * u);
  return {
    flopsMin,
    computePfDays,
    nonEmbeddingParams: c.paramsCoefficient * Math.exp(c.paramsExponent * u),
    nonEmbeddingParamsFromTokens: (2 * flopsMin) / (6 * tokens),
    tokens,
    loss: Math.exp(c.alphaC * (Math.log(c.CcPfDays) - u)),
  };
}

/** The crossover as Kaplan et al. state it, for comparison with {@link kaplanCrossover}. */
export interface KaplanStatedCrossover {
  readonly computePfDays: number;
  readonly nonEmbeddingParams: number;
  readonly tokens: number;
  readonly loss: number;
  readonly uncertainty: string;
  readonly source: PresetSource;
}

/**
 * The paper's stated intersection: C* ~ 1e4 PF-days, N* ~ 1e12 non-embedding parameters,
 * D* ~ 1e12 tokens, L* ~ 1.7 nats/token, "uncertain by an order of magnitude". It does not
 * follow exactly from the fits: show it beside {@link kaplanCrossover}, never instead of it.
 * Source: arXiv 2001.08361 §6.3.
 */
export const kaplan2020StatedCrossover: KaplanStatedCrossover = Object.freeze({
  computePfDays: 1e4,
  nonEmbeddingParams: 1e12,
  tokens: 1e12,
  loss: 1.7,
  uncertainty: "order of magnitude",
  source: Object.freeze({ id: "kaplan2020", arxiv: "2001.08361", where: "§6.3", verification: "paper" }),
});
