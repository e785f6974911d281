/**
 * Model for the essay "Is fine-tuning 0.1% of a model like training a model 1000× smaller?"
 * (Daniel Kokotajlo's question, with Rohin Shah's and Charlie Steiner's answers; Lu et al. 2021,
 * arXiv 2103.05247). Per-token FLOPs from Kaplan et al. 2020 §2.1 (src/laws/compute.ts); data
 * scaling from Kaplan et al. 2020 and Hoffmann et al. 2022.
 */
import * as Plot from "@observablehq/plot";
import {
  besiroglu2024,
  chinchillaAllocationExponents,
  defaultChinchillaFit,
  chinchillaDataExponent,
  chinchillaLoss,
  chinchillaOptimal,
  flopsPerToken,
  hoffmann2022,
  hoffmann2022Table3,
  hoffmann2022Unrounded,
  kaplan2020Allocation,
  kaplanCrossover,
  kaplanDataToAvoidOverfitting,
  trainingFlops,
  transferFineTuneDataForEffective,
  transferredData,
  type ChinchillaPreset,
} from "../laws/index.ts";
import { formatNumber, type FormatSpec } from "../lib/format.ts";
import { CHINCHILLA_FIT_RANGE } from "./chinchilla-range.ts";
import { defineModel, type Params } from "./define.ts";
import { FG, FIGURE_WIDTH, MUTED, SERIES, SHADE, decadeTicks, factorTick, powerTick, snapLogDomain } from "./figure.ts";
import { dodgeLog } from "./labels.ts";
import { logGrid } from "./numeric.ts";

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

const gpt2 = gpt2ParamCounts(GPT2_SMALL);

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

/** The per-token FLOP accounting the figure draws: a counting rule, not a fit (Kaplan et al. 2020 §2.1, Table 1). */
const KAPLAN_FLOP_ACCOUNTING = Object.freeze({
  label: "Kaplan et al. 2020 FLOP accounting (no fitted constants)",
  source: Object.freeze({ id: "kaplan2020", arxiv: "2001.08361", where: "§2.1, Table 1", verification: "paper" }),
} as const);

type P = "params" | "tunedFraction" | "gradientDepth" | "fineTuneTokens" | "pretrainScale" | "convergenceMultiple" | "fit" | "charsPerToken";

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
const fitIndex = (p: Params<P>): 0 | 1 => (p.fit >= 0.5 ? 1 : 0);
const fitOf = (p: Params<P>): ChinchillaPreset => FITS[fitIndex(p)].preset;
/** The fit's name for captions. */
export const fitName = (p: Params<P>): string => FITS[fitIndex(p)].name;
/** The same parameters under the other fit (for "under Hoffmann's printed constants it would be …"). */
const printed = (p: Params<P>): Params<P> => ({ ...p, fit: 1 });

/** A 10B model: it and Rohin Shah's "X" (100× smaller) both sit inside Chinchilla's fitted 70M–16B range. */
const DEFAULT_PARAMS = 1e10;
const DEFAULT_FRACTION = 0.001; // "only modifying 0.1% of the parameters" (Kokotajlo 2021, the question)
/**
 * The default fine-tuning data: the compute-optimal data of a model as small as the tuned part
 * (1000× smaller), unrounded, so that at the defaults the fine-tune of "Steps are cheaper" and
 * the one of "Pre-training still costs" are one quantity. Before 0.2.0 it was this under the
 * printed constants, rounded to two digits (1.6e8).
 */
const DEFAULT_FINE_TUNE_TOKENS = chinchillaTokensForParams(DEFAULT_PARAMS * DEFAULT_FRACTION, defaultChinchillaFit);
const FINE_TUNE_TOKENS_BEFORE_0_2 = Number(chinchillaTokensForParams(DEFAULT_PARAMS * DEFAULT_FRACTION, hoffmann2022).toPrecision(2));
/**
 * GPT-2 small's layer-norm weights: two layer norms (scale and bias, 2·d each) per block and a
 * final one. Of the Frozen Pretrained Transformer's trained weights these are the only ones in
 * the non-embedding body; the input and output layers and positional embeddings lie outside it.
 */
const gpt2LayerNorm = GPT2_SMALL.nLayer * 2 * 2 * GPT2_SMALL.dModel + 2 * GPT2_SMALL.dModel;

const count: FormatSpec = { kind: "count", digits: 3 };
const sci: FormatSpec = { kind: "sci", digits: 2 };
const multiple: FormatSpec = { kind: "multiple", digits: 3 };
const percent: FormatSpec = { kind: "percent", digits: 2 };
const fmt = formatNumber;

/** Per-token training FLOPs when a fraction f of the body trains and activation gradients reach a share b of it (b ≥ f). */
function tuneFlops(n: number, f: number, depth: number): number {
  const trainable = n * f;
  // flopsPerToken gives the two ends: gradients through the whole body (b = 1) and through the
  // trainable top only (b = f); in between, activation gradients cost 2N per unit of depth.
  const top = flopsPerToken({ params: n, trainableParams: trainable, backpropThroughFrozen: false });
  return top + 2 * n * (Math.max(depth, f) - f);
}

const chosen = (p: Params<P>) => tuneFlops(p.params, p.tunedFraction, p.gradientDepth);
const full = (p: Params<P>) => flopsPerToken({ params: p.params });
const shrink = (p: Params<P>) => 1 / p.tunedFraction;
const pretrainTokens = (p: Params<P>) => chinchillaTokensForParams(p.params, fitOf(p));
const pretrainFlops = (p: Params<P>) => trainingFlops({ params: p.params, tokens: pretrainTokens(p) });
const fineTuneFlops = (p: Params<P>) => chosen(p) * p.fineTuneTokens;
const smallTokens = (p: Params<P>) => chinchillaTokensForParams(p.params * p.tunedFraction, fitOf(p));
const scratchParams = (p: Params<P>) => p.params / p.pretrainScale;
const scratchTokens = (p: Params<P>) => chinchillaTokensForParams(scratchParams(p), fitOf(p));
const scratchFlops = (p: Params<P>) => trainingFlops({ params: scratchParams(p), tokens: scratchTokens(p) });
/** The smaller model trained to convergence: m× its compute-optimal tokens (m× the compute). */
const convergedLoss = (p: Params<P>) => chinchillaLoss({ params: scratchParams(p), tokens: scratchTokens(p) * p.convergenceMultiple }, fitOf(p));
const optimalLossAtSameCompute = (p: Params<P>) => chinchillaLoss(chinchillaOptimal({ flops: scratchFlops(p) * p.convergenceMultiple }, fitOf(p)), fitOf(p));
const routeOverScratch = (p: Params<P>) => (pretrainFlops(p) + fineTuneFlops(p)) / scratchFlops(p);

/**
 * The shape of Rohin Shah's calculation (the one Kokotajlo links): pre-train compute-optimally,
 * then fine-tune on D_F, which Hernandez et al.'s transfer law (arXiv 2102.01293 eq 1.1, text →
 * Python, characters and non-embedding parameters) says is worth D_F + D_T of task data to the
 * same model trained from scratch. Fine-tuning here trains every weight, as Hernandez et al. did.
 */
function shah(p: Params<P>) {
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
const crossover = kaplanCrossover();
const kaplanEfficientExponent = kaplan2020Allocation.tokensExponent / kaplan2020Allocation.paramsExponent;

/** The data-scaling readings compared in the "data" figure: exponent e in D ∝ N^e. */
const DATA_LAWS: ReadonlyArray<{ label: string; exponent: number; dashed?: boolean }> = [
  { label: "Chinchilla fit (printed)", exponent: chinchillaDataExponent(hoffmann2022) },
  { label: "Besiroglu et al. refit", exponent: chinchillaDataExponent(besiroglu2024) },
  {
    label: "Kaplan: avoid overfitting",
    exponent: Math.log(kaplanDataToAvoidOverfitting({ nonEmbeddingParams: 10 }) / kaplanDataToAvoidOverfitting({ nonEmbeddingParams: 1 })) / Math.log(10),
  },
  { label: "Kaplan: compute-efficient", exponent: kaplanEfficientExponent },
  { label: "Kaplan: optimiser steps", exponent: KAPLAN_STEPS_EXPONENT / kaplan2020Allocation.paramsExponent, dashed: true },
];

const outsideChinchilla = (n: number) => n < CHINCHILLA_FITTED_PARAMS[0] || n > CHINCHILLA_FITTED_PARAMS[1];

export default defineModel<P>({
  name: "fine-tuning",
  title: "What fine-tuning costs",
  params: {
    params: {
      label: "model size",
      default: DEFAULT_PARAMS,
      min: 1e6,
      max: 1e15,
      step: 10 ** 0.1,
      scale: "log",
      unit: "parameters",
      format: { kind: "count", digits: 3 },
      description: "Parameters of the pre-trained model that the forward pass multiplies through (non-embedding).",
    },
    tunedFraction: {
      label: "fraction of weights tuned",
      default: DEFAULT_FRACTION,
      min: 1e-6,
      max: 1,
      step: 10 ** 0.1,
      scale: "log",
      format: percent,
      description: "Share f of the body's weights that receive weight gradients.",
    },
    gradientDepth: {
      label: "depth gradients must reach",
      default: 1,
      min: 0,
      max: 1,
      step: 0.01,
      scale: "linear",
      format: { kind: "percent", digits: 3 },
      description:
        "Share of the body that activation gradients flow back through: 100% when a trainable weight sits at the bottom (input layer, layer norms, biases), f when only the top layers train.",
    },
    fineTuneTokens: {
      label: "fine-tuning data",
      default: DEFAULT_FINE_TUNE_TOKENS,
      min: 1e3,
      max: 1e14,
      step: 10 ** 0.1,
      scale: "log",
      unit: "tokens",
      format: { kind: "count", digits: 2 },
      description:
        "Tokens seen while fine-tuning. The default is the compute-optimal data of a model 1000× smaller than the default model (under the site's default Chinchilla fit, Besiroglu et al.'s refit).",
    },
    pretrainScale: {
      label: "how much larger the pre-trained model is",
      default: 100,
      min: 1,
      max: 1e4,
      step: 10 ** 0.1,
      scale: "log",
      unit: "× the from-scratch model",
      format: { kind: "multiple", digits: 2 },
      description: 'Rohin Shah\'s X vs 100X: the pre-trained model is this many times the from-scratch model (his numbers were "completely made up").',
    },
    convergenceMultiple: {
      label: "training to convergence",
      default: 10,
      min: 1,
      max: 1000,
      step: 10 ** 0.1,
      scale: "log",
      unit: "× the compute-optimal tokens",
      format: { kind: "multiple", digits: 2 },
      description: "How many times its compute-optimal data a model trained 'to convergence' sees.",
    },
    fit: {
      label: "Chinchilla fit",
      default: 0,
      min: 0,
      max: 1,
      step: 1,
      scale: "linear",
      format: { kind: "choice", labels: ["Besiroglu et al. refit", "Hoffmann et al. printed"] },
      description:
        "Which Chinchilla fit the compute-optimal data come from: 0 = Besiroglu et al.'s 2024 refit (arXiv 2404.10102, the site's default); 1 = Hoffmann et al.'s printed constants (arXiv 2203.15556 App. D.2), this essay's default before version 0.2.0.",
    },
    charsPerToken: {
      label: "characters per token",
      default: 4,
      min: 1,
      max: 8,
      step: 0.1,
      scale: "linear",
      unit: "characters per token",
      format: { kind: "fixed", digits: 1 },
      description:
        "Converts tokens to the characters of Hernandez et al.'s transfer law, for Rohin Shah's calculation: an assumption, not a measured figure for any task.",
    },
  },
  migrations: [
    {
      before: "0.2.0",
      defaults: { fit: 1, fineTuneTokens: FINE_TUNE_TOKENS_BEFORE_0_2 },
      note: "Before 0.2.0 this essay's compute-optimal data came from Hoffmann et al.'s printed constants; the site's default is now Besiroglu et al.'s refit.",
    },
  ],
  values: {
    chinchillaMinParams: { label: "smallest model in Chinchilla's fit", format: { kind: "count", digits: 2 }, compute: () => CHINCHILLA_FITTED_PARAMS[0] },
    chinchillaMaxParams: { label: "largest model in Chinchilla's fit", format: { kind: "count", digits: 2 }, compute: () => CHINCHILLA_FITTED_PARAMS[1] },
    // Which parameter count a fraction refers to.
    gpt2Total: { label: "GPT-2 small, all parameters", format: count, compute: () => gpt2.total },
    gpt2Body: { label: "GPT-2 small, non-embedding body", format: count, compute: () => gpt2.body },
    gpt2Embedding: { label: "GPT-2 small, embeddings", format: count, compute: () => gpt2.embedding },
    gpt2EmbeddingShare: { label: "embedding share of GPT-2 small", format: percent, compute: () => gpt2.embedding / gpt2.total },
    fptShareAll: { label: "FPT trained share of all weights", format: { kind: "percent", digits: 2 }, compute: () => LU2021_FPT_SHARE_OF_ALL },
    fptTrainable: { label: "FPT trained weights", format: count, compute: () => LU2021_FPT_SHARE_OF_ALL * gpt2.total },
    fptShareBody: {
      label: "FPT trained weights, counted against the body's size",
      format: percent,
      compute: () => (LU2021_FPT_SHARE_OF_ALL * gpt2.total) / gpt2.body,
    },
    gpt2LayerNorm: { label: "GPT-2 small, layer-norm weights", format: count, compute: () => gpt2LayerNorm },
    fptBodyTrainedShare: {
      label: "share of the body's own weights the FPT trains (layer norms)",
      format: { kind: "percent", digits: 2 },
      compute: () => gpt2LayerNorm / gpt2.body,
    },
    fptOutsideBody: { label: "FPT trained weights outside the body", format: count, compute: () => LU2021_FPT_SHARE_OF_ALL * gpt2.total - gpt2LayerNorm },
    // Per-token FLOPs.
    trainableParams: { label: "trainable weights", format: count, compute: (p) => p.params * p.tunedFraction },
    modelShrink: { label: "how much smaller the tuned part is", format: { kind: "multiple", digits: 2 }, compute: shrink },
    flopsFull: { label: "FLOPs per token, full training", format: sci, compute: full },
    flopsChosen: { label: "FLOPs per token, this fine-tune", format: sci, compute: chosen },
    flopsChosenPerN: { label: "FLOPs per token over N, this fine-tune", format: { kind: "sig", digits: 4 }, compute: (p) => chosen(p) / p.params },
    flopsSpreadPerN: {
      label: "FLOPs per token over N, gradients through the body",
      format: { kind: "sig", digits: 4 },
      compute: (p) => tuneFlops(p.params, p.tunedFraction, 1) / p.params,
    },
    flopsTopPerN: {
      label: "FLOPs per token over N, top layers only",
      format: { kind: "sig", digits: 4 },
      compute: (p) => tuneFlops(p.params, p.tunedFraction, 0) / p.params,
    },
    flopsInference: { label: "FLOPs per token, inference", format: sci, compute: (p) => flopsPerToken({ params: p.params, mode: "inference" }) },
    naiveSpeedup: { label: "per-token saving if cost were proportional to f", format: multiple, compute: shrink },
    speedupChosen: { label: "per-token saving of this fine-tune", format: { kind: "multiple", digits: 3 }, compute: (p) => full(p) / chosen(p) },
    speedupSpread: {
      label: "per-token saving, gradients through the body",
      format: { kind: "multiple", digits: 3 },
      compute: (p) => full(p) / tuneFlops(p.params, p.tunedFraction, 1),
    },
    speedupTop: {
      label: "per-token saving, top layers only",
      format: { kind: "multiple", digits: 3 },
      compute: (p) => full(p) / tuneFlops(p.params, p.tunedFraction, 0),
    },
    speedupLimit: {
      label: "largest per-token saving with gradients through the body",
      format: { kind: "multiple", digits: 2 },
      // f → 0: 6N / (4 + 2f)N → 6/4.
      compute: (p) => full(p) / flopsPerToken({ params: p.params, trainableParams: p.params * 1e-12 }),
    },
    speedupTopLimit: {
      label: "largest per-token saving, top layers only",
      format: { kind: "multiple", digits: 2 },
      compute: (p) => full(p) / flopsPerToken({ params: p.params, trainableParams: p.params * 1e-12, backpropThroughFrozen: false }),
    },
    // Data: what "3 OOM fewer data points" means.
    smallParams: { label: "a model as small as the tuned part", format: count, compute: (p) => p.params * p.tunedFraction },
    dataChinchilla: { label: "data reduction, Chinchilla (printed)", format: multiple, compute: (p) => shrink(p) ** chinchillaDataExponent(hoffmann2022) },
    dataChinchillaUnrounded: {
      label: "data reduction, Chinchilla (unrounded)",
      format: multiple,
      compute: (p) => shrink(p) ** chinchillaDataExponent(hoffmann2022Unrounded),
    },
    dataBesiroglu: { label: "data reduction, Besiroglu et al.", format: multiple, compute: (p) => shrink(p) ** chinchillaDataExponent(besiroglu2024) },
    dataKaplanOverfit: {
      label: "data reduction, Kaplan eq 4.4",
      format: multiple,
      compute: (p) =>
        kaplanDataToAvoidOverfitting({ nonEmbeddingParams: p.params }) / kaplanDataToAvoidOverfitting({ nonEmbeddingParams: p.params * p.tunedFraction }),
    },
    dataKaplanEfficient: { label: "data reduction, Kaplan compute-efficient", format: multiple, compute: (p) => shrink(p) ** kaplanEfficientExponent },
    stepsKaplan: {
      label: "step reduction, Kaplan compute-efficient",
      format: multiple,
      compute: (p) => shrink(p) ** (KAPLAN_STEPS_EXPONENT / kaplan2020Allocation.paramsExponent),
    },
    computeKaplan: {
      label: "compute reduction, Kaplan compute-efficient",
      format: multiple,
      compute: (p) => shrink(p) ** (1 / kaplan2020Allocation.paramsExponent),
    },
    expChinchilla: { label: "Chinchilla data exponent (printed)", format: { kind: "fixed", digits: 2 }, compute: () => chinchillaDataExponent(hoffmann2022) },
    expChinchillaUnrounded: {
      label: "Chinchilla data exponent (unrounded)",
      format: { kind: "fixed", digits: 2 },
      compute: () => chinchillaDataExponent(hoffmann2022Unrounded),
    },
    expBesiroglu: { label: "Besiroglu data exponent", format: { kind: "fixed", digits: 2 }, compute: () => chinchillaDataExponent(besiroglu2024) },
    expKaplanOverfit: { label: "Kaplan eq 4.4 data exponent", format: { kind: "fixed", digits: 2 }, compute: () => DATA_LAWS[2]!.exponent },
    expKaplanEfficient: { label: "Kaplan compute-efficient data exponent", format: { kind: "fixed", digits: 2 }, compute: () => kaplanEfficientExponent },
    expKaplanSteps: {
      label: "Kaplan steps exponent in N",
      format: { kind: "fixed", digits: 3 },
      compute: () => KAPLAN_STEPS_EXPONENT / kaplan2020Allocation.paramsExponent,
    },
    // Kokotajlo's arithmetic: tune on the data of a model 1/f smaller.
    smallTokens: { label: "compute-optimal data of the small model", unit: "tokens", format: { kind: "count", digits: 2 }, compute: smallTokens },
    smallScratchFlops: {
      label: "training the small model from scratch",
      format: sci,
      compute: (p) => trainingFlops({ params: p.params * p.tunedFraction, tokens: smallTokens(p) }),
    },
    smallTuneFlops: { label: "fine-tuning on the small model's data", format: sci, compute: (p) => chosen(p) * smallTokens(p) },
    tuneOverSmallScratch: {
      label: "fine-tuning cost over training the small model",
      format: multiple,
      compute: (p) => (chosen(p) * smallTokens(p)) / trainingFlops({ params: p.params * p.tunedFraction, tokens: smallTokens(p) }),
    },
    tuneOverPretrain: {
      label: "that fine-tune over pre-training",
      format: { kind: "percent", digits: 2 },
      compute: (p) => (chosen(p) * smallTokens(p)) / pretrainFlops(p),
    },
    // Total cost.
    pretrainTokens: { label: "compute-optimal pre-training data", unit: "tokens", format: { kind: "count", digits: 3 }, compute: pretrainTokens },
    pretrainTokensPerParam: { label: "pre-training tokens per parameter", format: { kind: "sig", digits: 3 }, compute: (p) => pretrainTokens(p) / p.params },
    pretrainTokensPrinted: {
      label: "compute-optimal pre-training data, Hoffmann's printed constants",
      unit: "tokens",
      format: { kind: "count", digits: 3 },
      compute: (p) => pretrainTokens(printed(p)),
    },
    pretrainTokensPerParamPrinted: {
      label: "pre-training tokens per parameter, Hoffmann's printed constants",
      format: { kind: "sig", digits: 3 },
      compute: (p) => pretrainTokens(printed(p)) / p.params,
    },
    pretrainTokensRefit: {
      label: "compute-optimal pre-training data, Besiroglu et al. refit",
      unit: "tokens",
      format: { kind: "count", digits: 3 },
      compute: (p) => pretrainTokens({ ...p, fit: 0 }),
    },
    pretrainTokensPerParamRefit: {
      label: "pre-training tokens per parameter, Besiroglu et al. refit",
      format: { kind: "sig", digits: 3 },
      compute: (p) => pretrainTokens({ ...p, fit: 0 }) / p.params,
    },
    // Kaplan's own crossover (§6.3): where Kokotajlo's "slower scaling law" would take over.
    kaplanCrossoverPfDays: {
      label: "Kaplan's L(C_min)/L(D) crossover, computed",
      unit: "PF-days",
      format: { kind: "sig", digits: 2 },
      compute: () => crossover.computePfDays,
    },
    // Rohin Shah's calculation: pre-training plus a transfer-law fine-tune.
    shahFineTuneChars: { label: "fine-tuning data in characters (Shah's calculation)", format: count, compute: (p) => shah(p).chars },
    shahTransferred: { label: "data transferred by pre-training, D_T (Hernandez text → Python)", format: count, compute: (p) => shah(p).transferred },
    shahMultiplier: {
      label: "transfer multiplier (D_F + D_T)/D_F (Hernandez text → Python)",
      format: multiple,
      compute: (p) => shah(p).effectiveChars / shah(p).chars,
    },
    shahEffectiveTokens: {
      label: "task data the fine-tune is worth, from scratch (Hernandez text → Python)",
      unit: "tokens",
      format: count,
      compute: (p) => shah(p).effectiveTokens,
    },
    shahTuneFlops: { label: "full fine-tuning compute (6·N·D_F)", format: sci, compute: (p) => shah(p).tuneFlops },
    shahTotalFlops: { label: "pre-training plus full fine-tuning", format: sci, compute: (p) => shah(p).total },
    shahScratchFlops: {
      label: "the same model from scratch on the task data the fine-tune is worth (Hernandez text → Python)",
      format: sci,
      compute: (p) => shah(p).scratch,
    },
    shahTotalOverScratch: {
      label: "pre-train and fine-tune over from scratch on the task (Hernandez text → Python)",
      format: multiple,
      compute: (p) => shah(p).total / shah(p).scratch,
    },
    shahPretrainShare: {
      label: "pre-training's share of Shah's total",
      format: { kind: "percent", digits: 4 },
      compute: (p) => pretrainFlops(p) / shah(p).total,
    },
    shahRecovered: {
      label: "D_F recovered by inverting the transfer law, over D_F (Hernandez text → Python)",
      format: { kind: "sig", digits: 6 },
      compute: (p) => shah(p).recovered / shah(p).chars,
    },
    table3TokensPerParam: {
      label: "tokens per parameter, Table 3 row for 10B",
      format: { kind: "sig", digits: 2 },
      compute: () => {
        const row = hoffmann2022Table3.rows.find((r) => r.params === 10e9)!;
        return row.tokens / row.params;
      },
    },
    pretrainFlops: { label: "pre-training compute", format: sci, compute: pretrainFlops },
    fineTuneFlops: { label: "fine-tuning compute", format: sci, compute: fineTuneFlops },
    fineTuneShare: {
      label: "fine-tuning's share of the total",
      format: { kind: "percent", digits: 2 },
      compute: (p) => fineTuneFlops(p) / (pretrainFlops(p) + fineTuneFlops(p)),
    },
    pretrainShare: {
      label: "pre-training's share of the total",
      format: { kind: "percent", digits: 3 },
      compute: (p) => pretrainFlops(p) / (pretrainFlops(p) + fineTuneFlops(p)),
    },
    breakEvenTokens: {
      label: "fine-tuning data at which fine-tuning costs as much as pre-training",
      unit: "tokens",
      format: { kind: "count", digits: 3 },
      compute: (p) => pretrainFlops(p) / chosen(p),
    },
    breakEvenOverPretrainTokens: {
      label: "break-even data over pre-training data",
      format: { kind: "multiple", digits: 3 },
      compute: (p) => pretrainFlops(p) / chosen(p) / pretrainTokens(p),
    },
    // Rohin Shah's X vs 100X.
    scratchParams: { label: "the from-scratch model X", format: count, compute: scratchParams },
    scratchTokens: { label: "X's compute-optimal data", unit: "tokens", format: { kind: "count", digits: 3 }, compute: scratchTokens },
    scratchFlops: { label: "training X from scratch", format: sci, compute: scratchFlops },
    routeFlops: { label: "pre-train 100X and fine-tune", format: sci, compute: (p) => pretrainFlops(p) + fineTuneFlops(p) },
    routeOverScratch: { label: "pre-train-and-tune over from scratch", format: multiple, compute: routeOverScratch },
    routeOverScratchPrinted: {
      label: "pre-train-and-tune over from scratch, Hoffmann's printed constants",
      format: multiple,
      compute: (p) => routeOverScratch(printed(p)),
    },
    routeOverScratchRefit: {
      label: "pre-train-and-tune over from scratch, Besiroglu et al. refit",
      format: multiple,
      compute: (p) => routeOverScratch({ ...p, fit: 0 }),
    },
    tunedVsScratch: { label: "tuned weights over X", format: { kind: "percent", digits: 3 }, compute: (p) => (p.params * p.tunedFraction) / scratchParams(p) },
    // Rohin Shah's third point: convergence vs compute-optimal.
    scratchOptimalLoss: {
      label: "X's loss, compute-optimal",
      unit: "nats per token",
      format: { kind: "fixed", digits: 3 },
      compute: (p) => chinchillaLoss({ params: scratchParams(p), tokens: scratchTokens(p) }, fitOf(p)),
    },
    convergedLoss: { label: "X's loss trained to convergence", unit: "nats per token", format: { kind: "fixed", digits: 3 }, compute: convergedLoss },
    optimalLossSameCompute: {
      label: "compute-optimal loss at the same compute",
      unit: "nats per token",
      format: { kind: "fixed", digits: 3 },
      compute: optimalLossAtSameCompute,
    },
    optimalParamsSameCompute: {
      label: "compute-optimal model at the same compute",
      format: count,
      compute: (p) => chinchillaOptimal({ flops: scratchFlops(p) * p.convergenceMultiple }, fitOf(p)).params,
    },
  },
  figures: {
    "flops-per-token": {
      title: "Training FLOPs per token when only a fraction of the weights train",
      caption: (p) =>
        `FLOPs per token in units of N, against the fraction f of the body's weights that train. Forward 2N; activation gradients 2N through the whole body (or only through the trainable top); weight gradients 2fN. The dotted line, hugging zero, is what cost proportional to f would be. The dot is your fine-tune (f = ${fmt(p.tunedFraction, percent)}, gradients reaching ${fmt(p.gradientDepth, { kind: "percent", digits: 3 })} of the body).`,
      uses: ["params", "tunedFraction", "gradientDepth"],
      formula: String.raw`C_\text{token} = 2N + 2bN + 2fN,\quad b \in [f, 1]`,
      sources: ["kaplan2020", "lu2021"],
      // Kaplan et al. §2.1 FLOP accounting (flopsPerToken): no fitted constants.
      constants: () => [KAPLAN_FLOP_ACCOUNTING],
      columns: [
        { key: "regime", label: "Regime" },
        { key: "fraction", label: "Fraction tuned f", format: percent },
        { key: "perN", label: "FLOPs per token ÷ N", format: { kind: "sig", digits: 4 } },
      ],
      compute: (p) => {
        const n = p.params;
        const regimes: [string, (f: number) => number][] = [
          ["train all weights", () => 6],
          ["tune f, gradients through the body", (f) => tuneFlops(n, f, 1) / n],
          ["tune the top f only", (f) => tuneFlops(n, f, 0) / n],
          ["inference", () => flopsPerToken({ params: n, mode: "inference" }) / n],
          ["cost proportional to f", (f) => (6 * f * n) / n],
        ];
        return regimes.flatMap(([regime, g]) => logGrid(1e-6, 1, 25).map((f) => ({ regime, fraction: f, perN: g(f) })));
      },
      plot: (rows, p) => {
        const regimes = [...new Set(rows.map((r) => r.regime as string))];
        const colours = [MUTED, SERIES[0], SERIES[1], SERIES[2], SERIES[3]];
        const above = [
          { regime: regimes[0], x: 1.5e-6, y: 6 },
          { regime: regimes[1], x: 1.5e-6, y: 4 },
          { regime: regimes[2], x: 1.5e-6, y: 2 },
          { regime: regimes[4], x: 1.5e-6, y: 0 },
        ];
        const below = [{ regime: regimes[3], x: 1.5e-6, y: 2 }];
        const here = { x: p.tunedFraction, y: chosen(p) / p.params };
        const naive = rows.filter((r) => r.regime === regimes[4]);
        return {
          marginRight: 24,
          x: {
            type: "log",
            label: "Fraction of the body's weights tuned, f →",
            domain: [1e-6, 1],
            ticks: decadeTicks([1e-6, 1]),
            tickFormat: (d: number) => fmt(d, { kind: "percent", digits: 1 }),
          },
          y: {
            label: "↑ FLOPs per token (× N)",
            domain: [0, 6.6],
            grid: true,
            ticks: [0, 1, 2, 3, 4, 5, 6],
            tickFormat: (d: number) => fmt(d, { kind: "sig", digits: 1 }),
          },
          color: { domain: regimes, range: colours },
          marks: [
            Plot.ruleX([p.tunedFraction], { stroke: MUTED, strokeOpacity: 0.5 }),
            Plot.line(
              rows.filter((r) => r.regime !== regimes[4]),
              { x: "fraction", y: "perN", stroke: "regime", strokeWidth: 2 },
            ),
            Plot.line(naive, { x: "fraction", y: "perN", stroke: "regime", strokeWidth: 2, strokeDasharray: "2,3" }),
            Plot.text(above, { x: "x", y: "y", dy: -8, text: "regime", fill: "regime", textAnchor: "start", fontSize: 11 }),
            Plot.text(below, { x: "x", y: "y", dy: 12, text: "regime", fill: "regime", textAnchor: "start", fontSize: 11 }),
            Plot.dot([here], { x: "x", y: "y", fill: FG, r: 4.5 }),
            Plot.dot([{ x: p.tunedFraction, y: 6 * p.tunedFraction }], { x: "x", y: "y", stroke: SERIES[3], r: 4 }),
          ],
        };
      },
      describe: (rows, p) =>
        `Log x axis, linear y axis. Training every weight costs 6N FLOPs per token. Tuning f = ${fmt(p.tunedFraction, percent)} of the weights costs ${fmt(tuneFlops(p.params, p.tunedFraction, 1) / p.params, { kind: "sig", digits: 4 })}N when gradients flow through the whole body and ${fmt(tuneFlops(p.params, p.tunedFraction, 0) / p.params, { kind: "sig", digits: 4 })}N when only the top layers train; inference costs 2N. Cost proportional to f would be ${fmt(6 * p.tunedFraction, { kind: "sig", digits: 3 })}N. Your setting costs ${fmt(chosen(p) / p.params, { kind: "sig", digits: 4 })}N, ${fmt(full(p) / chosen(p), multiple)} cheaper than full training. ${rows.length} points in the table.`,
    },
    "data-needed": {
      title: "How much less data a smaller model needs",
      caption: (p) =>
        `Data reduction factor for a model M× smaller, D(N)/D(N/M) = M^e, under each reading of the scaling laws, with Kaplan's optimiser steps for comparison. The vertical rule marks M = 1/f = ${fmt(shrink(p), { kind: "multiple", digits: 2 })}. Exponents: α/β of each Chinchilla fit, Kaplan eq 4.4 and §6.1/§6.3.`,
      uses: ["tunedFraction"],
      formula: String.raw`\frac{D(N)}{D(N/M)} = M^{e}`,
      sources: ["hoffmann2022", "besiroglu2024", "kaplan2020"],
      constants: () => [defaultChinchillaFit, hoffmann2022, kaplan2020Allocation],
      columns: [
        { key: "law", label: "Reading" },
        { key: "exponent", label: "Exponent e", format: { kind: "fixed", digits: 3 } },
        { key: "shrink", label: "Model M× smaller", format: multiple },
        { key: "reduction", label: "Data (or steps) reduction", format: multiple },
      ],
      compute: () =>
        DATA_LAWS.flatMap((law) => logGrid(1, 1e6, 25).map((m) => ({ law: law.label, exponent: law.exponent, shrink: m, reduction: m ** law.exponent }))),
      plot: (rows, p) => {
        const laws = DATA_LAWS.map((l) => l.label);
        const domain: [number, number] = [1, 1e8];
        const ends = dodgeLog(
          DATA_LAWS.map((l) => ({ law: l.label, x: 1e6, y: 1e6 ** l.exponent })),
          domain,
        );
        const marks = DATA_LAWS.map((law) =>
          Plot.line(
            rows.filter((r) => r.law === law.label),
            { x: "shrink", y: "reduction", stroke: "law", strokeWidth: 2, strokeDasharray: law.dashed ? "4,3" : "none" },
          ),
        );
        const at = DATA_LAWS.map((l) => ({ law: l.label, x: shrink(p), y: shrink(p) ** l.exponent }));
        return {
          marginRight: 170,
          x: { type: "log", label: "Model M× smaller →", domain: [1, 1e6], ticks: decadeTicks([1, 1e6]), tickFormat: factorTick },
          y: { type: "log", label: "↑ Data (or steps) reduction factor", domain, grid: true, ticks: decadeTicks(domain), tickFormat: factorTick },
          color: { domain: laws, range: [SERIES[0], SERIES[2], SERIES[1], SERIES[3], MUTED] },
          marks: [
            Plot.ruleX([shrink(p)], { stroke: MUTED, strokeOpacity: 0.6 }),
            ...marks,
            Plot.dot(at, { x: "x", y: "y", fill: "law", r: 3.5 }),
            Plot.text(ends, { x: "x", y: "labelY", text: "law", fill: "law", textAnchor: "start", dx: 6, fontSize: 11 }),
          ],
        };
      },
      describe: (rows, p) => {
        const m = shrink(p);
        const parts = DATA_LAWS.map((l) => `${l.label} (e = ${fmt(l.exponent, { kind: "fixed", digits: 2 })}) ${fmt(m ** l.exponent, multiple)}`);
        return `Straight lines on log-log axes. For a model ${fmt(m, { kind: "multiple", digits: 2 })} smaller: ${parts.join("; ")}. ${rows.length} points in the table.`;
      },
    },
    "compute-split": {
      title: "Pre-training against fine-tuning compute",
      caption: (p) =>
        `Compute against fine-tuning data for a ${fmt(p.params, count)}-parameter model pre-trained on its Chinchilla-optimal ${fmt(pretrainTokens(p), { kind: "count", digits: 3 })} tokens and then fine-tuned (f = ${fmt(p.tunedFraction, percent)}). For comparison: training a model as small as the tuned part from scratch on the same data.${outsideChinchilla(p.params) ? " This model size is outside the 70M–16B range Chinchilla was fitted on (shaded note: extrapolation)." : ""}`,
      uses: ["params", "tunedFraction", "gradientDepth", "fineTuneTokens", "fit"],
      formula: String.raw`C = 6ND_\text{pre} + (2 + 2b + 2f)N\,D_\text{ft}`,
      sources: ["hoffmann2022", "besiroglu2024", "kaplan2020"],
      constants: (p) => [fitOf(p)],
      columns: [
        { key: "series", label: "Series" },
        { key: "tokens", label: "Fine-tuning data (tokens)", format: { kind: "count", digits: 2 } },
        { key: "flops", label: "Compute (FLOPs)", format: sci },
      ],
      compute: (p) => {
        const pre = pretrainFlops(p);
        const grid = logGrid(1e3, 1e14, 23);
        return [
          ...grid.map((d) => ({ series: "pre-training", tokens: d, flops: pre })),
          ...grid.map((d) => ({ series: "fine-tuning", tokens: d, flops: chosen(p) * d })),
          ...grid.map((d) => ({ series: "total", tokens: d, flops: pre + chosen(p) * d })),
          ...grid.map((d) => ({ series: "small model from scratch", tokens: d, flops: 6 * p.params * p.tunedFraction * d })),
        ];
      },
      plot: (rows, p) => {
        const series = ["pre-training", "fine-tuning", "total", "small model from scratch"];
        const flops = rows.map((r) => r.flops as number);
        const domain = snapLogDomain(Math.max(Math.min(...flops), 1), Math.max(...flops) * 2);
        const ends = dodgeLog(
          series.map((s) => ({ series: s, x: 1e14, y: rows.filter((r) => r.series === s).at(-1)!.flops as number })),
          domain,
        );
        const here = [
          { x: p.fineTuneTokens, y: pretrainFlops(p) + fineTuneFlops(p) },
          { x: p.fineTuneTokens, y: fineTuneFlops(p) },
        ];
        const breakEven = pretrainFlops(p) / chosen(p);
        return {
          marginRight: 150,
          x: {
            type: "log",
            label: "Fine-tuning data (tokens) →",
            domain: [1e3, 1e14],
            ticks: decadeTicks([1e3, 1e14], 6),
            tickFormat: (d: number) => fmt(d, { kind: "count", digits: 1 }),
          },
          y: { type: "log", label: "↑ Training compute (FLOPs)", domain, grid: true, ticks: decadeTicks(domain, 7), tickFormat: powerTick },
          color: { domain: series, range: [SERIES[0], SERIES[1], FG, MUTED] },
          marks: [
            ...(outsideChinchilla(p.params) ? [Plot.rectX([{ x1: 1e3, x2: 1e14 }], { x1: "x1", x2: "x2", fill: SHADE })] : []),
            Plot.ruleX([p.fineTuneTokens], { stroke: MUTED, strokeOpacity: 0.6 }),
            Plot.ruleX([breakEven], { stroke: MUTED, strokeDasharray: "2,3" }),
            Plot.line(
              rows.filter((r) => r.series === "pre-training"),
              { x: "tokens", y: "flops", stroke: "series", strokeWidth: 5 },
            ),
            Plot.line(
              rows.filter((r) => r.series === "fine-tuning"),
              { x: "tokens", y: "flops", stroke: "series", strokeWidth: 2 },
            ),
            Plot.line(
              rows.filter((r) => r.series === "total"),
              { x: "tokens", y: "flops", stroke: "series", strokeWidth: 1.5 },
            ),
            Plot.line(
              rows.filter((r) => r.series === "small model from scratch"),
              { x: "tokens", y: "flops", stroke: "series", strokeWidth: 1.5, strokeDasharray: "4,3" },
            ),
            Plot.dot(here, { x: "x", y: "y", fill: FG, r: 4 }),
            Plot.text(ends, { x: "x", y: "labelY", text: "series", fill: "series", textAnchor: "start", dx: 6, fontSize: 11 }),
            Plot.text([{ x: breakEven, y: domain[0], label: "break-even" }], {
              x: "x",
              y: "y",
              text: "label",
              textAnchor: "start",
              dx: 4,
              dy: -6,
              fill: MUTED,
              fontSize: 10,
            }),
          ],
        };
      },
      describe: (rows, p) =>
        `Log-log axes. Pre-training costs ${fmt(pretrainFlops(p), sci)} FLOPs regardless of fine-tuning. Fine-tuning on ${fmt(p.fineTuneTokens, { kind: "count", digits: 2 })} tokens adds ${fmt(fineTuneFlops(p), sci)} FLOPs, so fine-tuning is ${fmt(fineTuneFlops(p) / (pretrainFlops(p) + fineTuneFlops(p)), { kind: "percent", digits: 2 })} of the total. Fine-tuning would cost as much as pre-training at ${fmt(pretrainFlops(p) / chosen(p), count)} tokens. ${rows.length} points in the table.`,
    },
    "scratch-vs-pretrain": {
      title: "Model X from scratch, or pre-train a larger model and tune a fraction",
      caption: (p) =>
        `Training compute of two routes (Rohin Shah's comparison, with your numbers): train X = ${fmt(scratchParams(p), count)} parameters from scratch on its Chinchilla-optimal data; or pre-train a model ${fmt(p.pretrainScale, { kind: "multiple", digits: 2 })} larger (${fmt(p.params, count)}) on its Chinchilla-optimal data and fine-tune ${fmt(p.tunedFraction, percent)} of it on ${fmt(p.fineTuneTokens, { kind: "count", digits: 2 })} tokens.${outsideChinchilla(scratchParams(p)) || outsideChinchilla(p.params) ? " At least one model is outside the 70M–16B range the law was fitted on." : ""}`,
      uses: ["params", "tunedFraction", "gradientDepth", "fineTuneTokens", "pretrainScale", "fit"],
      formula: String.raw`6X D_\text{opt}(X)\ \text{vs}\ 6N D_\text{opt}(N) + (2 + 2b + 2f)N D_\text{ft}`,
      sources: ["hoffmann2022", "besiroglu2024", "kokotajlo2021"],
      constants: (p) => [fitOf(p)],
      columns: [
        { key: "step", label: "Step" },
        { key: "flops", label: "Compute (FLOPs)", format: sci },
      ],
      compute: (p) => [
        { step: "Train X from scratch", flops: scratchFlops(p) },
        { step: "Pre-train the larger model", flops: pretrainFlops(p) },
        { step: "Fine-tune a fraction of it", flops: fineTuneFlops(p) },
        { step: "Pre-train + fine-tune", flops: pretrainFlops(p) + fineTuneFlops(p) },
      ],
      plot: (rows, _p, { width = FIGURE_WIDTH }) => {
        const flops = rows.map((r) => r.flops as number);
        const lo = 10 ** Math.floor(Math.log10(Math.min(...flops)) - 0.5);
        const hi = 10 ** Math.ceil(Math.log10(Math.max(...flops)) + 0.3);
        const steps = rows.map((r) => r.step as string);
        const data = rows.map((r) => ({ ...r, lo, label: fmt(r.flops as number, sci) }));
        return {
          height: 240,
          marginLeft: 190,
          marginRight: 90,
          x: {
            type: "log",
            label: "Training compute (FLOPs) →",
            domain: [lo, hi],
            ticks: decadeTicks([lo, hi], width < FIGURE_WIDTH ? 4 : 7),
            tickFormat: powerTick,
            grid: true,
          },
          y: { domain: steps, label: null, tickSize: 0 },
          color: { domain: steps, range: [SERIES[2], SERIES[0], SERIES[1], FG] },
          marks: [
            Plot.ruleY(data, { y: "step", x1: "lo", x2: "flops", stroke: "step", strokeWidth: 6 }),
            Plot.dot(data, { y: "step", x: "flops", fill: "step", r: 5 }),
            Plot.text(data, { y: "step", x: "flops", text: "label", dx: 10, textAnchor: "start", fill: FG, fontSize: 11 }),
          ],
        };
      },
      describe: (rows, p) =>
        `Horizontal bars on a log axis. Training X = ${fmt(scratchParams(p), count)} from scratch costs ${fmt(scratchFlops(p), sci)} FLOPs. Pre-training the ${fmt(p.params, count)} model costs ${fmt(pretrainFlops(p), sci)} and fine-tuning it ${fmt(fineTuneFlops(p), sci)}, together ${fmt((pretrainFlops(p) + fineTuneFlops(p)) / scratchFlops(p), multiple)} the from-scratch route. ${rows.length} rows in the table.`,
    },
  },
});
