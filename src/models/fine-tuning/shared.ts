/**
 * What the fine-tuning model's files share (each item is used by two or more of index.ts and the
 * figure files): the Chinchilla fit the `fit` parameter chooses and the sizes it was fitted on,
 * per-token FLOPs of tuning a fraction, pre-training and from-scratch compute, the data-scaling readings
 * and the number formats. No default export: not a figure.
 */

import {
  besiroglu2024,
  chinchillaAllocationExponents,
  defaultChinchillaFit,
  chinchillaDataExponent,
  chinchillaOptimal,
  flopsPerToken,
  hoffmann2022,
  kaplan2020Allocation,
  kaplanDataToAvoidOverfitting,
  trainingFlops,
  type ChinchillaPreset,
} from "../../laws/index.ts";
import { formatNumber, type FormatSpec } from "../../lib/format.ts";
import { CHINCHILLA_FIT_RANGE } from "../chinchilla-range.ts";
import type { Params } from "../define.ts";
import { FIT_CHOICE_PRESETS, fitChoice } from "../fit-choice.ts";

/**
 * Kaplan et al. 2020 (arXiv 2001.08361 §1.2, §6.1): along the compute-efficient frontier the
 * number of optimiser steps grows as S_min ∝ C_min^0.03 and the batch as B ∝ C_min^0.24, while
 * N ∝ C_min^0.73 (kaplan2020Allocation.paramsExponent). Not (yet) in the law module.
 */
export const KAPLAN_STEPS_EXPONENT = 0.03;

/** Hoffmann et al. 2022 fitted their law on models from 70M to 16B parameters (§3, "over 400 language models ranging from 70 million to over 16 billion parameters"). */
export const CHINCHILLA_FITTED_PARAMS: readonly [number, number] = [CHINCHILLA_FIT_RANGE.minParams, CHINCHILLA_FIT_RANGE.maxParams];

/**
 * Chinchilla-optimal tokens for a model of `params` parameters: the D on the 6ND frontier whose
 * N_opt equals `params` (arXiv 2203.15556 §3.3 eq 4), found by scaling a reference budget by
 * (N/N_ref)^(1/a) since N_opt ∝ C^a exactly.
 */
export function chinchillaTokensForParams(params: number, preset: ChinchillaPreset): number {
  const ref = chinchillaOptimal({ flops: 1e21 }, preset);
  const { a } = chinchillaAllocationExponents(preset);
  return chinchillaOptimal({ flops: 1e21 * Math.exp(Math.log(params / ref.params) / a) }, preset).tokens;
}

export type P = "params" | "tunedFraction" | "gradientDepth" | "fineTuneTokens" | "pretrainScale" | "convergenceMultiple" | "fit" | "charsPerToken";

/**
 * The Chinchilla fit the compute figures use, chosen by the `fit` parameter: 0 is the site's
 * default ({@link defaultChinchillaFit}, Besiroglu et al.'s refit), 1 is Hoffmann et al.'s printed
 * constants (App. D.2), which this essay used by default before 0.2.0 (old permalinks keep them
 * through the migration below).
 */
export const FITS = [
  { preset: FIT_CHOICE_PRESETS[0], name: "Besiroglu et al.'s refit, the site's default fit" },
  { preset: FIT_CHOICE_PRESETS[1], name: "Hoffmann et al.'s printed constants" },
] as const;

export const fitIndex = (p: Params<P>): 0 | 1 => fitChoice(p.fit);

export const fitOf = (p: Params<P>): ChinchillaPreset => FITS[fitIndex(p)].preset;

export const count: FormatSpec = { kind: "count", digits: 3 };

export const sci: FormatSpec = { kind: "sci", digits: 2 };

export const multiple: FormatSpec = { kind: "multiple", digits: 3 };

export const percent: FormatSpec = { kind: "percent", digits: 2 };

export const fmt = formatNumber;

/** Per-token training FLOPs when a fraction f of the body trains and activation gradients reach a share b of it (b ≥ f). */
export function tuneFlops(n: number, f: number, depth: number): number {
  const trainable = n * f;
  // flopsPerToken gives the two ends: gradients through the whole body (b = 1) and through the
  // trainable top only (b = f); in between, activation gradients cost 2N per unit of depth.
  const top = flopsPerToken({ params: n, trainableParams: trainable, backpropThroughFrozen: false });
  return top + 2 * n * (Math.max(depth, f) - f);
}

export const chosen = (p: Params<P>) => tuneFlops(p.params, p.tunedFraction, p.gradientDepth);

export const full = (p: Params<P>) => flopsPerToken({ params: p.params });

export const shrink = (p: Params<P>) => 1 / p.tunedFraction;

export const pretrainTokens = (p: Params<P>) => chinchillaTokensForParams(p.params, fitOf(p));

export const pretrainFlops = (p: Params<P>) => trainingFlops({ params: p.params, tokens: pretrainTokens(p) });

export const fineTuneFlops = (p: Params<P>) => chosen(p) * p.fineTuneTokens;

export const scratchParams = (p: Params<P>) => p.params / p.pretrainScale;

export const scratchTokens = (p: Params<P>) => chinchillaTokensForParams(scratchParams(p), fitOf(p));

export const scratchFlops = (p: Params<P>) => trainingFlops({ params: scratchParams(p), tokens: scratchTokens(p) });

export const kaplanEfficientExponent = kaplan2020Allocation.tokensExponent / kaplan2020Allocation.paramsExponent;

/** The data-scaling readings compared in the "data" figure: exponent e in D ∝ N^e. */
export const DATA_LAWS: ReadonlyArray<{ label: string; exponent: number; dashed?: boolean }> = [
  { label: "Chinchilla fit (printed)", exponent: chinchillaDataExponent(hoffmann2022) },
  { label: "Besiroglu et al. refit", exponent: chinchillaDataExponent(besiroglu2024) },
  {
    label: "Kaplan: avoid overfitting",
    exponent: Math.log(kaplanDataToAvoidOverfitting({ nonEmbeddingParams: 10 }) / kaplanDataToAvoidOverfitting({ nonEmbeddingParams: 1 })) / Math.log(10),
  },
  { label: "Kaplan: compute-efficient", exponent: kaplanEfficientExponent },
  { label: "Kaplan: optimiser steps", exponent: KAPLAN_STEPS_EXPONENT / kaplan2020Allocation.paramsExponent, dashed: true },
];

export const outsideChinchilla = (n: number) => n < CHINCHILLA_FITTED_PARAMS[0] || n > CHINCHILLA_FITTED_PARAMS[1];
