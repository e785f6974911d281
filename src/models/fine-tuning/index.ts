/**
 * Model for the essay "Is fine-tuning 0.1% of a model like training a model 1000× smaller?"
 * (Daniel Kokotajlo's question, with Rohin Shah's and Charlie Steiner's answers; Lu et al. 2021,
 * arXiv 2103.05247). Per-token FLOPs from Kaplan et al. 2020 §2.1 (src/laws/compute.ts); data
 * scaling from Kaplan et al. 2020 and Hoffmann et al. 2022.
 */

import {
  besiroglu2024,
  chinchillaDataExponent,
  chinchillaLoss,
  chinchillaOptimal,
  flopsPerToken,
  hoffmann2022,
  hoffmann2022Table3,
  hoffmann2022Unrounded,
  kaplan2020Allocation,
  kaplanDataToAvoidOverfitting,
  kaplanCrossover,
  trainingFlops,
  transferFineTuneDataForEffective,
  transferredData,
  defaultChinchillaFit,
} from "../../laws/index.ts";
import { type Params, defineModel, figuresIn } from "../define.ts";
import { fitChoiceParam } from "../fit-choice.ts";
import {
  chinchillaTokensForParams,
  KAPLAN_STEPS_EXPONENT,
  CHINCHILLA_FITTED_PARAMS,
  fitOf,
  count,
  sci,
  multiple,
  percent,
  tuneFlops,
  chosen,
  full,
  shrink,
  pretrainTokens,
  pretrainFlops,
  fineTuneFlops,
  scratchParams,
  scratchTokens,
  scratchFlops,
  kaplanEfficientExponent,
  DATA_LAWS,
} from "./shared.ts";
import type { P } from "./shared.ts";

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
const LU2021_FPT_SHARE_OF_ALL = 0.00086;

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

const smallTokens = (p: Params<P>) => chinchillaTokensForParams(p.params * p.tunedFraction, fitOf(p));

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
    fit: fitChoiceParam(
      "Which Chinchilla fit the compute-optimal data come from: 0 = Besiroglu et al.'s 2024 refit (arXiv 2404.10102, the site's default); 1 = Hoffmann et al.'s printed constants (arXiv 2203.15556 App. D.2), this essay's default before version 0.2.0.",
    ),
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
  figures: figuresIn<P>("fine-tuning", import.meta.glob(["./*.ts", "!./index.ts"], { eager: true })),
});
