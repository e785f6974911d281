/** What the fine-tuning model (index.ts) and its figures (one file each) share. No default export: not a figure. */

import {
  besiroglu2024,
  chinchillaAllocationExponents,
  defaultChinchillaFit,
  chinchillaDataExponent,
  chinchillaLoss,
  chinchillaOptimal,
  flopsPerToken,
  hoffmann2022,
  kaplan2020Allocation,
  kaplanCrossover,
  kaplanDataToAvoidOverfitting,
  trainingFlops,
  transferFineTuneDataForEffective,
  transferredData,
  type ChinchillaPreset,
} from "../../laws/index.ts";
import { formatNumber, type FormatSpec } from "../../lib/format.ts";
import { CHINCHILLA_FIT_RANGE } from "../chinchilla-range.ts";
import type { Params } from "../define.ts";

/**
 * GPT-2 small's shape: 12 layers, d_model 768, a 50,257-token vocabulary and 1,024 positions
 * (Radford et al. 2019, the released `hparams.json`: n_layer, n_embd, n_vocab, n_ctx).
 */
export const GPT2_SMALL = Object.freeze({ nLayer: 12, dModel: 768, vocab: 50257, context: 1024 });

/**
 * Parameter counts of a GPT-2-style transformer from its shape. Per block: attention QKV
 * d×3d + 3d, output d×d + d, MLP d×4d + 4d and 4d×d + d, two layer norms 2·2d, so 12d² + 13d;
 * a final layer norm 2d. Embeddings: vocab·d (tied with the output layer) + context·d.
 * The body (non-embedding, Kaplan et al.'s N, arXiv 2001.08361 §2.1) is everything else.
 */
export function gpt2ParamCounts(shape: { nLayer: number; dModel: number; vocab: number; context: number }) {
  const d = shape.dModel;
  const body = shape.nLayer * (12 * d * d + 13 * d) + 2 * d;
  const embedding = shape.vocab * d + shape.context * d;
  return { total: body + embedding, body, embedding };
}

export const gpt2 = gpt2ParamCounts(GPT2_SMALL);

/**
 * Lu et al. 2021 (arXiv 2103.05247 §2.2, secondary): the Frozen Pretrained Transformer trains
 * the input and output layers, layer-norm parameters and positional embeddings, about 0.086% of
 * GPT-2 small's weights, counted over all 124M parameters including embeddings.
 */
export const LU2021_FPT_SHARE_OF_ALL = 0.00086;

/**
 * Kaplan et al. 2020 (arXiv 2001.08361 §1.2, §6.1): along the compute-efficient frontier the
 * number of optimiser steps grows as S_min ∝ C_min^0.03 and the batch as B ∝ C_min^0.24, while
 * N ∝ C_min^0.73 (kaplan2020Allocation.paramsExponent). Not (yet) in the law module.
 */
export const KAPLAN_STEPS_EXPONENT = 0.03;

export const KAPLAN_BATCH_EXPONENT = 0.24;

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
  { preset: defaultChinchillaFit, name: "Besiroglu et al.'s refit, the site's default fit" },
  { preset: hoffmann2022, name: "Hoffmann et al.'s printed constants" },
] as const;

export const fitIndex = (p: Params<P>): 0 | 1 => (p.fit >= 0.5 ? 1 : 0);

export const fitOf = (p: Params<P>): ChinchillaPreset => FITS[fitIndex(p)].preset;

/** The fit's name for captions. */
export const fitName = (p: Params<P>): string => FITS[fitIndex(p)].name;

/** The same parameters under the other fit (for "under Hoffmann's printed constants it would be …"). */
export const printed = (p: Params<P>): Params<P> => ({ ...p, fit: 1 });

/** A 10B model: it and Rohin Shah's "X" (100× smaller) both sit inside Chinchilla's fitted 70M–16B range. */
export const DEFAULT_PARAMS = 1e10;

export const DEFAULT_FRACTION = 0.001; // "only modifying 0.1% of the parameters" (Kokotajlo 2021, the question)

/**
 * The default fine-tuning data: the compute-optimal data of a model as small as the tuned part
 * (1000× smaller), unrounded, so that at the defaults the fine-tune of "Steps are cheaper" and
 * the one of "Pre-training still costs" are one quantity. Before 0.2.0 it was this under the
 * printed constants, rounded to two digits (1.6e8).
 */
export const DEFAULT_FINE_TUNE_TOKENS = chinchillaTokensForParams(DEFAULT_PARAMS * DEFAULT_FRACTION, defaultChinchillaFit);

export const FINE_TUNE_TOKENS_BEFORE_0_2 = Number(chinchillaTokensForParams(DEFAULT_PARAMS * DEFAULT_FRACTION, hoffmann2022).toPrecision(2));

/**
 * GPT-2 small's layer-norm weights: two layer norms (scale and bias, 2·d each) per block and a
 * final one. Of the Frozen Pretrained Transformer's trained weights these are the only ones in
 * the non-embedding body; the input and output layers and positional embeddings lie outside it.
 */
export const gpt2LayerNorm = GPT2_SMALL.nLayer * 2 * 2 * GPT2_SMALL.dModel + 2 * GPT2_SMALL.dModel;

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

export const smallTokens = (p: Params<P>) => chinchillaTokensForParams(p.params * p.tunedFraction, fitOf(p));

export const scratchParams = (p: Params<P>) => p.params / p.pretrainScale;

export const scratchTokens = (p: Params<P>) => chinchillaTokensForParams(scratchParams(p), fitOf(p));

export const scratchFlops = (p: Params<P>) => trainingFlops({ params: scratchParams(p), tokens: scratchTokens(p) });

/** The smaller model trained to convergence: m× its compute-optimal tokens (m× the compute). */
export const convergedLoss = (p: Params<P>) => chinchillaLoss({ params: scratchParams(p), tokens: scratchTokens(p) * p.convergenceMultiple }, fitOf(p));

export const optimalLossAtSameCompute = (p: Params<P>) =>
  chinchillaLoss(chinchillaOptimal({ flops: scratchFlops(p) * p.convergenceMultiple }, fitOf(p)), fitOf(p));

export const routeOverScratch = (p: Params<P>) => (pretrainFlops(p) + fineTuneFlops(p)) / scratchFlops(p);

/**
 * The shape of Rohin Shah's calculation (the one Kokotajlo links): pre-train compute-optimally,
 * then fine-tune on D_F, which Hernandez et al.'s transfer law (arXiv 2102.01293 eq 1.1, text →
 * Python, characters and non-embedding parameters) says is worth D_F + D_T of task data to the
 * same model trained from scratch. Fine-tuning here trains every weight, as Hernandez et al. did.
 */
export function shah(p: Params<P>) {
  const chars = p.fineTuneTokens * p.charsPerToken;
  const transferred = transferredData({ fineTuneData: chars, nonEmbeddingParams: p.params });
  const effectiveChars = chars + transferred;
  const effectiveTokens = effectiveChars / p.charsPerToken;
  const tuneFlops = trainingFlops({ params: p.params, tokens: p.fineTuneTokens });
  const scratch = trainingFlops({ params: p.params, tokens: effectiveTokens });
  // The check: invert the law (bisection) and recover D_F from D_F + D_T.
  const recovered = transferFineTuneDataForEffective({ effectiveData: effectiveChars, nonEmbeddingParams: p.params });
  return { chars, transferred, effectiveChars, effectiveTokens, tuneFlops, scratch, total: pretrainFlops(p) + tuneFlops, recovered };
}

export const crossover = kaplanCrossover();

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
