/**
 * Model for the essay "A 10× larger model is worth 100× more data: scaling laws for transfer"
 * (Hernandez et al. 2021, arXiv 2102.01293, eq 1.1–1.2, Table 1; constants read in summaries
 * of the paper, "secondary").
 */

import { transferDataForModelScale, transferMultiplier, transferredData } from "../../laws/index.ts";
import { defineModel, figuresIn } from "../define.ts";
import { TRANSFER_EXAMPLE, describeTransferFit, exampleTransferPoints } from "../transfer-fit.ts";
import { text, mix, hernandez2021Figure1, preset, count, multiple, ratio, effectiveAt, SIZE_RANGE, hernandez2021Figure1Point } from "./shared.ts";
import type { P } from "./shared.ts";

/** GPT-3's size, for the paper's §6.2 extrapolation: 175B parameters (Brown et al. 2020; embeddings are < 1% of it). */
const GPT3_PARAMS = 1.75e11;

/** The "Estimate your own" worked example's fit (constant: it does not depend on the parameters), computed once. */
let exampleFitCache: ReturnType<typeof fitExample> | undefined;

function fitExample() {
  const result = describeTransferFit(exampleTransferPoints());
  if (!result.ok) throw new Error(`[model transfer] the worked example does not fit: ${result.message}`);
  return result.fit;
}

const exampleFit = () => (exampleFitCache ??= fitExample());

export default defineModel<P>({
  name: "transfer",
  title: "Scaling laws for transfer",
  params: {
    modelScale: {
      label: "model scale",
      default: 10,
      min: 1.5,
      max: 1000,
      step: 10 ** 0.1,
      scale: "log",
      unit: "larger model",
      format: { kind: "multiple", digits: 2 },
      description: "How many times more non-embedding parameters the larger model has.",
    },
    alpha: {
      label: "α (fine-tuning data exponent)",
      default: text.alpha,
      min: 0.05,
      max: 0.6,
      step: 0.01,
      scale: "linear",
      format: { kind: "fixed", digits: 2 },
      description: "Exponent of fine-tuning data in D_T = k·D_F^α·N^β (Table 1: 0.18 text→Python).",
    },
    beta: {
      label: "β (model size exponent)",
      default: text.beta,
      min: 0.05,
      max: 1,
      step: 0.01,
      scale: "linear",
      format: { kind: "fixed", digits: 2 },
      description: "Exponent of non-embedding parameters in D_T = k·D_F^α·N^β (Table 1: 0.38).",
    },
    nonEmbeddingParams: {
      label: "model size",
      default: hernandez2021Figure1.nonEmbeddingParams,
      min: 1e6,
      max: 1e12,
      step: 10 ** 0.1,
      scale: "log",
      unit: "non-embedding parameters",
      format: { kind: "count", digits: 2 },
      description: "Non-embedding parameters of the (smaller) model; the paper's worked example uses 40M.",
    },
    fineTuneData: {
      label: "fine-tuning data",
      default: hernandez2021Figure1.fineTuneData,
      min: 1e3,
      max: 1e9,
      step: 10 ** 0.1,
      scale: "log",
      unit: "characters",
      format: { kind: "count", digits: 2 },
      description: "Characters of Python fine-tuning data; the paper's worked example uses 3e5.",
    },
  },
  values: {
    // The trade-off between model size and data.
    dataFactor: {
      label: "fine-tuning data worth the larger model",
      format: multiple,
      compute: (p) => transferDataForModelScale({ modelScale: p.modelScale }, preset(p)),
    },
    exponentRatio: { label: "β/α", format: ratio, compute: (p) => p.beta / p.alpha },
    ruleOfThumbFactor: { label: "data factor under β = 2α", format: multiple, compute: (p) => p.modelScale ** 2 },
    fitOverRule: {
      label: "the fit's data factor over the rule of thumb's",
      format: { kind: "multiple", digits: 2 },
      compute: (p) => transferDataForModelScale({ modelScale: p.modelScale }, preset(p)) / p.modelScale ** 2,
    },
    textRatio: { label: "β/α, text → Python", format: ratio, compute: () => text.beta / text.alpha },
    mixRatio: { label: "β/α, text + code → Python", format: ratio, compute: () => mix.beta / mix.alpha },
    textDataFactor: {
      label: "data factor, text → Python fit",
      format: multiple,
      compute: (p) => transferDataForModelScale({ modelScale: p.modelScale }, text),
    },
    mixDataFactor: {
      label: "data factor, text + code → Python fit",
      format: multiple,
      compute: (p) => transferDataForModelScale({ modelScale: p.modelScale }, mix),
    },
    textFactorTen: {
      label: "data factor for a 10× larger model, text → Python fit",
      format: multiple,
      compute: () => transferDataForModelScale({ modelScale: 10 }, text),
    },
    modelScaleForHundredFit: {
      label: "model scale worth 100× more data (text → Python fit)",
      format: multiple,
      compute: () => 100 ** (text.alpha / text.beta),
    },
    dataFactorAlphaLow: {
      label: "data factor at the reader's model scale if α were 0.175 (0.18 before rounding, low end)",
      format: multiple,
      compute: (p) => p.modelScale ** (text.beta / (text.alpha - 0.005)),
    },
    dataFactorAlphaHigh: {
      label: "data factor at the reader's model scale if α were 0.185 (0.18 before rounding, high end)",
      format: multiple,
      compute: (p) => p.modelScale ** (text.beta / (text.alpha + 0.005)),
    },
    modelScaleForHundred: {
      label: "model scale worth 100× more data (reader's exponents)",
      format: multiple,
      compute: (p) => 100 ** (p.alpha / p.beta),
    },
    // At fixed fine-tuning data: from scratch against pre-trained (seed 001's contrast).
    fixedDataTenfold: {
      label: "effective data gained by a 10× larger pre-trained model at fixed D_F (text → Python)",
      format: multiple,
      compute: (p) => effectiveAt(p.fineTuneData, p.nonEmbeddingParams * 10, text) / effectiveAt(p.fineTuneData, p.nonEmbeddingParams, text),
    },
    fixedDataRangeGain: {
      label: "effective data of the largest over the smallest model drawn at fixed D_F (text → Python)",
      format: multiple,
      compute: (p) => effectiveAt(p.fineTuneData, SIZE_RANGE[1], text) / effectiveAt(p.fineTuneData, SIZE_RANGE[0], text),
    },
    sizeRangeLow: { label: "smallest model drawn", unit: "non-embedding parameters", format: { kind: "count", digits: 2 }, compute: () => SIZE_RANGE[0] },
    sizeRangeHigh: { label: "largest model drawn", unit: "non-embedding parameters", format: { kind: "count", digits: 2 }, compute: () => SIZE_RANGE[1] },
    // Table 1, shown from the presets so prose and code cannot disagree.
    textK: { label: "k, text → Python", format: { kind: "sci", digits: 2 }, compute: () => text.k },
    textAlpha: { label: "α, text → Python", format: { kind: "sig", digits: 2 }, compute: () => text.alpha },
    mixK: { label: "k, text + code → Python", format: { kind: "sci", digits: 2 }, compute: () => mix.k },
    mixAlpha: { label: "α, text + code → Python", format: { kind: "sig", digits: 2 }, compute: () => mix.alpha },
    sharedBeta: { label: "β, both rows", format: { kind: "sig", digits: 2 }, compute: () => text.beta },
    // What D_T means at the reader's model and data.
    transferred: {
      label: "effective data transferred",
      unit: "characters",
      format: count,
      compute: (p) => transferredData({ fineTuneData: p.fineTuneData, nonEmbeddingParams: p.nonEmbeddingParams }, preset(p)),
    },
    effectiveTotal: {
      label: "effective data D_F + D_T",
      unit: "characters",
      format: count,
      compute: (p) => p.fineTuneData + transferredData({ fineTuneData: p.fineTuneData, nonEmbeddingParams: p.nonEmbeddingParams }, preset(p)),
    },
    multiplier: {
      label: "effective-data multiplier",
      format: multiple,
      compute: (p) => transferMultiplier({ fineTuneData: p.fineTuneData, nonEmbeddingParams: p.nonEmbeddingParams }, preset(p)),
    },
    largerParams: {
      label: "larger model",
      unit: "non-embedding parameters",
      format: { kind: "count", digits: 2 },
      compute: (p) => p.nonEmbeddingParams * p.modelScale,
    },
    tenfoldData: { label: "D_T gain from 10× more fine-tuning data", format: multiple, compute: (p) => 10 ** p.alpha },
    tenfoldModel: { label: "D_T gain from a 10× larger model", format: multiple, compute: (p) => 10 ** p.beta },
    // Text vs text + code at the reader's model and data.
    multiplierText: {
      label: "multiplier, text → Python",
      format: multiple,
      compute: (p) => transferMultiplier({ fineTuneData: p.fineTuneData, nonEmbeddingParams: p.nonEmbeddingParams }, text),
    },
    multiplierMix: {
      label: "multiplier, text + code → Python",
      format: multiple,
      compute: (p) => transferMultiplier({ fineTuneData: p.fineTuneData, nonEmbeddingParams: p.nonEmbeddingParams }, mix),
    },
    mixOverText: {
      label: "D_T ratio, text + code over text",
      format: { kind: "multiple", digits: 2 },
      compute: (p) => (p.fineTuneData ** mix.alpha * mix.k) / (p.fineTuneData ** text.alpha * text.k),
    },
    crossoverData: {
      label: "fine-tuning data where the two rows transfer equally",
      unit: "characters",
      format: { kind: "sci", digits: 2 },
      // k_m·D^α_m = k_t·D^α_t ⇒ D = (k_m/k_t)^(1/(α_t − α_m)) (β is shared, so N cancels).
      compute: () => Math.exp(Math.log(mix.k / text.k) / (text.alpha - mix.alpha)),
    },
    // The paper's worked example against the fit.
    exampleReadOff: { label: "Figure 1 read-off multiple", format: { kind: "multiple", digits: 1 }, compute: () => hernandez2021Figure1.readOffMultiple },
    exampleParams: { label: "worked-example model", format: { kind: "count", digits: 2 }, compute: () => hernandez2021Figure1.nonEmbeddingParams },
    exampleData: { label: "worked-example data", format: { kind: "count", digits: 2 }, compute: () => hernandez2021Figure1.fineTuneData },
    exampleTransferredText: {
      label: "D_T at the worked example, text → Python fit",
      unit: "characters",
      format: count,
      compute: () => transferredData(hernandez2021Figure1Point(), text),
    },
    exampleMultiplierText: {
      label: "multiplier at the worked example, text → Python fit",
      format: multiple,
      compute: () => transferMultiplier(hernandez2021Figure1Point(), text),
    },
    exampleMultiplierMix: {
      label: "multiplier at the worked example, text + code fit",
      format: multiple,
      compute: () => transferMultiplier(hernandez2021Figure1Point(), mix),
    },
    readOffOverFit: {
      label: "read-off multiple over the text → Python fit",
      format: { kind: "multiple", digits: 2 },
      compute: () => hernandez2021Figure1.readOffMultiple / transferMultiplier(hernandez2021Figure1Point(), text),
    },
    // "Estimate your own": the worked example's fit.
    examplePoints: { label: "worked-example fine-tunes", format: { kind: "count", digits: 2 }, compute: () => exampleFit().n },
    exampleNoise: { label: "worked-example noise", format: { kind: "percent", digits: 2 }, compute: () => Math.expm1(TRANSFER_EXAMPLE.noise) },
    exampleFitAlpha: { label: "fitted α, worked example", format: { kind: "sig", digits: 2 }, compute: () => exampleFit().estimate.alpha },
    exampleFitAlphaSe: { label: "standard error of α, worked example", format: { kind: "sig", digits: 1 }, compute: () => exampleFit().standardErrors.alpha },
    exampleFitBeta: { label: "fitted β, worked example", format: { kind: "sig", digits: 2 }, compute: () => exampleFit().estimate.beta },
    exampleFitBetaSe: {
      label: "standard error of β, worked example",
      format: { kind: "sig", digits: 1 },
      compute: () => exampleFit().standardErrors.beta ?? Number.NaN,
    },
    exampleFitRatio: { label: "fitted β/α, worked example", format: ratio, compute: () => exampleFit().estimate.beta / exampleFit().estimate.alpha },
    exampleFitFactor: {
      label: "data factor for a 10× model from the worked example's fit",
      format: multiple,
      compute: () => 10 ** (exampleFit().estimate.beta / exampleFit().estimate.alpha),
    },
    exampleAlphaOff: {
      label: "standard errors between the example's α and the preset's",
      format: { kind: "sig", digits: 2 },
      compute: () => Math.abs(exampleFit().estimate.alpha - text.alpha) / exampleFit().standardErrors.alpha,
    },
    // §6.2: extrapolating to GPT-3's size.
    gpt3Params: { label: "GPT-3", format: { kind: "count", digits: 3 }, compute: () => GPT3_PARAMS },
    gpt3Transferred: {
      label: "D_T for a GPT-3-sized model",
      unit: "characters",
      format: count,
      compute: (p) => transferredData({ fineTuneData: p.fineTuneData, nonEmbeddingParams: GPT3_PARAMS }, preset(p)),
    },
    gpt3Multiplier: {
      label: "multiplier for a GPT-3-sized model",
      format: multiple,
      compute: (p) => transferMultiplier({ fineTuneData: p.fineTuneData, nonEmbeddingParams: GPT3_PARAMS }, preset(p)),
    },
    gpt3OverModel: {
      label: "GPT-3 size over the reader's model",
      format: { kind: "multiple", digits: 2 },
      compute: (p) => GPT3_PARAMS / p.nonEmbeddingParams,
    },
  },
  figures: figuresIn<P>("transfer", import.meta.glob(["./*.ts", "!./index.ts"], { eager: true })),
});
