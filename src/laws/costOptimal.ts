/**
 * Cost-optimal allocation: the Chinchilla-form loss (Hoffmann et al. 2022, arXiv 2203.15556,
 * §3.3 eq 2) minimised under a money budget instead of a FLOP budget, where data itself costs
 * money: budget = pricePerFlop·6ND + pricePerToken·D + pricePerParam·N.
 */
import { checkChinchilla, hoffmann2022, type ChinchillaPreset } from "./chinchillaPresets.ts";
import { lossUnchecked } from "./chinchilla.ts";
import { brent } from "./numeric.ts";
import { invalid, nonNegative, positive, record } from "./validate.ts";

/** Options of {@link costOptimal}. Money is in any one currency unit, used consistently. */
export interface CostOptimalOptions {
  /** Total money to spend (> 0). */
  budget: number;
  /** Price of one training FLOP (> 0). */
  pricePerFlop: number;
  /** Price of one training token, e.g. licensing or collection (≥ 0); default 0. */
  pricePerToken?: number;
  /** Price per parameter, independent of data (≥ 0); default 0. */
  pricePerParam?: number;
}

/** The cost-optimal model. */
export interface CostOptimal {
  /** N, all parameters. */ params: number;
  /** D, training tokens. */ tokens: number;
  /** Training compute 6ND in FLOPs. */ flops: number;
  /** Predicted loss, nats per token. */ loss: number;
  /** D/N. */ tokensPerParam: number;
}

/**
 * The Chinchilla loss minimised under a money budget in which data has a price.
 * Minimises `L̂(N, D) = E + A/N^α + B/D^β` subject to
 * `budget = pricePerFlop·6ND + pricePerToken·D + pricePerParam·N`, over N ≥ 1 and D ≥ 1.
 *
 * On the budget line N is a function of D, `N(D) = (budget − p_T·D)/(6·p_F·D + p_N)`, and the
 * derivative of the loss with respect to log D,
 * `αA·N^−α·(p_T·D/(budget − p_T·D) + 6p_F·D/(6p_F·D + p_N)) − βB·D^−β`, is strictly increasing,
 * so the optimum is its unique root, found by Brent's method in log D (bracketed, so as robust
 * as bisection for any prices a reader dials in, in a fifth of the evaluations; golden-section
 * search on the loss would only reach √ε precision). With
 * pricePerToken = pricePerParam = 0 this is {@link chinchillaOptimal} at C = budget/pricePerFlop.
 * Source: loss form arXiv 2203.15556 §3.3 eq 2; the budget constraint is this site's extension.
 * Domain: The budget must buy one parameter trained on one token. With free data this is
 * {@link chinchillaOptimal} at C = budget/pricePerFlop.
 * @returns {params, tokens, flops, loss, tokensPerParam}.
 * @throws {RangeError|TypeError} for bad prices or budget, a bad preset, or a budget too small
 * to buy one parameter trained on one token.
 */
export function costOptimal(options: CostOptimalOptions, preset: ChinchillaPreset = hoffmann2022): CostOptimal {
  const o = record("options", options, ["budget", "pricePerFlop", "pricePerToken", "pricePerParam"]);
  const p = checkChinchilla(preset);
  const budget = positive("budget", o.budget);
  const pF = positive("pricePerFlop", o.pricePerFlop);
  const pT = o.pricePerToken === undefined ? 0 : nonNegative("pricePerToken", o.pricePerToken);
  const pN = o.pricePerParam === undefined ? 0 : nonNegative("pricePerParam", o.pricePerParam);
  // N(D) ≥ 1 ⇔ D ≤ (budget − p_N)/(6p_F + p_T); D ≥ 1 below.
  const maxTokens = (budget - pN) / (6 * pF + pT);
  if (!(maxTokens >= 1)) throw invalid("budget", budget, "must buy at least one parameter trained on one token");
  const paramsAt = (logD: number): number => {
    const d = Math.exp(logD);
    return (budget - pT * d) / (6 * pF * d + pN);
  };
  const slope = (logD: number): number => {
    const d = Math.exp(logD);
    const n = paramsAt(logD);
    const spent = pT * d;
    const shrink = spent / (budget - spent) + (6 * pF * d) / (6 * pF * d + pN);
    return p.alpha * p.A * Math.exp(-p.alpha * Math.log(n)) * shrink - p.beta * p.B * Math.exp(-p.beta * logD);
  };
  const hi = Math.log(maxTokens);
  let logD: number;
  if (slope(0) >= 0) logD = 0;
  else if (slope(hi) <= 0) logD = hi;
  else logD = brent(slope, 0, hi);
  const tokens = Math.exp(logD);
  // N from the exact budget line (not from exp(log N)) so the budget is spent to rounding.
  const params = Math.max(1, paramsAt(logD));
  return { params, tokens, flops: 6 * params * tokens, loss: lossUnchecked(p, params, tokens), tokensPerParam: tokens / params };
}
