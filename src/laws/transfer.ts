/**
 * Hernandez et al. 2021, "Scaling Laws for Transfer" (arXiv 2102.01293): effective data
 * transferred from pre-training, D_T = k·D_F^α·N^β (eq 1.1). Data are in characters of
 * Python (not tokens); N is non-embedding parameters. Valid in the low-data regime, where the
 * fine-tuning set D_F is small against what the model needs. Constants read in summaries of
 * the paper (verification "secondary").
 */
import { bisect } from "./numeric.ts";
import type { PresetSource } from "./sources.ts";
import { positive, preset as checkPreset, record } from "./validate.ts";

/** A transfer fit D_T = k·D_F^alpha·N^beta. */
export interface TransferPreset {
  readonly k: number;
  readonly alpha: number;
  readonly beta: number;
  readonly source?: PresetSource;
}

const secondary = (where: string): PresetSource => Object.freeze({ id: "hernandez2021", arxiv: "2102.01293", where, verification: "secondary" });

/** Text → Python: k = 1.9e4, α = 0.18, β = 0.38. Source: arXiv 2102.01293 eq 1.1, Table 1 (secondary). */
export const hernandez2021TextToPython: TransferPreset = Object.freeze({
  k: 1.9e4,
  alpha: 0.18,
  beta: 0.38,
  source: secondary("eq 1.1, Table 1 (text → python)"),
});
/** 50% text + 50% non-Python code → Python: k = 2.1e5, α = 0.096, β = 0.38. Source: arXiv 2102.01293 Table 1 (secondary). */
export const hernandez2021MixToPython: TransferPreset = Object.freeze({
  k: 2.1e5,
  alpha: 0.096,
  beta: 0.38,
  source: secondary("eq 1.1, Table 1 (50% text, 50% non-python code → python)"),
});

const P = "positive" as const;
const check = (p: unknown): TransferPreset => checkPreset<TransferPreset>("preset", p, { k: P, alpha: P, beta: P });
const logTransferred = (p: TransferPreset, logData: number, logParams: number): number => Math.log(p.k) + p.alpha * logData + p.beta * logParams;

/**
 * Effective data transferred from pre-training. `D_T = k · D_F^α · N^β`.
 * Source: arXiv 2102.01293 eq 1.1, constants Table 1.
 * Domain: The low-data regime (D_F small against what the model needs), where the law was fitted.
 * @param options.fineTuneData D_F, fine-tuning data in characters (> 0).
 * @param options.nonEmbeddingParams N, non-embedding parameters (count > 0).
 * @param preset default {@link hernandez2021TextToPython}.
 * @returns D_T in characters.
 * @throws {RangeError|TypeError} for non-finite or ≤ 0 values or a bad preset.
 */
export function transferredData(options: { fineTuneData: number; nonEmbeddingParams: number }, preset: TransferPreset = hernandez2021TextToPython): number {
  const o = record("options", options, ["fineTuneData", "nonEmbeddingParams"]);
  const p = check(preset);
  return Math.exp(logTransferred(p, Math.log(positive("fineTuneData", o.fineTuneData)), Math.log(positive("nonEmbeddingParams", o.nonEmbeddingParams))));
}

/**
 * Effective-data multiplier of pre-training. `(D_F + D_T)/D_F = 1 + k·D_F^(α−1)·N^β`.
 * Source: arXiv 2102.01293 eq 1.2.
 * Domain: The low-data regime, as {@link transferredData}.
 * @param options.fineTuneData D_F, fine-tuning data in characters (> 0).
 * @param options.nonEmbeddingParams N, non-embedding parameters (count > 0).
 * @param preset default {@link hernandez2021TextToPython}.
 * @returns the multiplier (dimensionless, > 1).
 * @throws {RangeError|TypeError} for non-finite or ≤ 0 values or a bad preset.
 */
export function transferMultiplier(options: { fineTuneData: number; nonEmbeddingParams: number }, preset: TransferPreset = hernandez2021TextToPython): number {
  const o = record("options", options, ["fineTuneData", "nonEmbeddingParams"]);
  const p = check(preset);
  const logData = Math.log(positive("fineTuneData", o.fineTuneData));
  return 1 + Math.exp(logTransferred(p, logData, Math.log(positive("nonEmbeddingParams", o.nonEmbeddingParams))) - logData);
}

/**
 * Data factor worth as much transfer as a modelScale× larger model. The fine-tuning data must grow
 * by `modelScale^(β/α)` (D_T is unchanged when D_F^α·N^β is). "A 10× larger model is worth ~100×
 * more data" assumes β ≈ 2α; the text → Python fit gives 10^(0.38/0.18) ≈ 129.
 * Source: arXiv 2102.01293 eq 1.1 (derived).
 * @param options.modelScale M, how many times larger the model is (ratio of model sizes, > 0).
 * @param preset default {@link hernandez2021TextToPython}.
 * @returns the data factor (dimensionless).
 * @throws {RangeError|TypeError} for a non-finite or ≤ 0 value or a bad preset.
 */
export function transferDataForModelScale(options: { modelScale: number }, preset: TransferPreset = hernandez2021TextToPython): number {
  const o = record("options", options, ["modelScale"]);
  const p = check(preset);
  return Math.exp((p.beta / p.alpha) * Math.log(positive("modelScale", o.modelScale)));
}

/**
 * Fine-tuning data needed to reach a target effective data, solved numerically. The inverse of the
 * transfer law: D_F such that `D_F + D_T(D_F, N)` equals the target, found by bisection in log D_F
 * (the left side is strictly increasing in D_F). When transfer alone nearly reaches the target the
 * answer can be tiny (and outside the fit's low-data validity).
 * Source: arXiv 2102.01293 eqs 1.1–1.2 (inverted).
 * @param options.effectiveData D_E, target effective data in characters (> 0).
 * @param options.nonEmbeddingParams N, non-embedding parameters (count > 0).
 * @returns D_F in characters (0 < D_F < D_E; 0 if D_F underflows double precision).
 * @throws {RangeError|TypeError} for non-finite or ≤ 0 values or a bad preset.
 */
export function transferFineTuneDataForEffective(
  options: { effectiveData: number; nonEmbeddingParams: number },
  preset: TransferPreset = hernandez2021TextToPython,
): number {
  const o = record("options", options, ["effectiveData", "nonEmbeddingParams"]);
  const p = check(preset);
  const logTarget = Math.log(positive("effectiveData", o.effectiveData));
  const logParams = Math.log(positive("nonEmbeddingParams", o.nonEmbeddingParams));
  // log(D_F + D_T) − log(D_E), increasing in u = log D_F.
  const gap = (u: number): number => {
    const t = logTransferred(p, u, logParams);
    const m = Math.max(u, t);
    return m + Math.log(Math.exp(u - m) + Math.exp(t - m)) - logTarget;
  };
  // D_T < D_E at D_F = D_E is not needed: gap(logTarget) > 0 always. Step down to bracket.
  let lo = logTarget - 1;
  while (gap(lo) > 0 && lo > -1e4) lo = logTarget - 2 * (logTarget - lo);
  if (gap(lo) > 0) return 0;
  return Math.exp(bisect(gap, lo, logTarget, { tolerance: 0 }));
}
