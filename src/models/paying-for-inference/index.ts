/**
 * Model for the essay "Paying for inference: why models are now trained far past
 * compute-optimal" (content/essays/paying-for-inference.mdx). Sardana et al. 2023 (arXiv
 * 2401.00448) minimise lifetime compute 6·N·D_train + 2·N·D_inference at a fixed loss under a
 * Chinchilla-form fit; the law module's inferenceOptimal does it for any fit. The quality target
 * is "as good as the Chinchilla-optimal model of N parameters" under the same fit, so every fit
 * starts from the same model size at zero inference. Pure; every number from the law module.
 */

import { defaultChinchillaFit, hoffmann2022, hoffmann2022Unrounded } from "../../laws/index.ts";
import { CHINCHILLA_FIT_RANGE } from "../chinchilla-range.ts";
import { defineModel, figuresIn } from "../define.ts";
import { sci, count, ratio, pct, mult, loss, release, at, FIG1, fig1, implied, releaseRatio, releaseOptimalRatio } from "./shared.ts";
import type { P } from "./shared.ts";

export default defineModel<P>({
  name: "paying-for-inference",
  title: "Paying for inference: why models are now trained far past compute-optimal",
  params: {
    targetParams: {
      label: "quality target: as good as the Chinchilla-optimal model of",
      default: FIG1.targetParams,
      min: 1e8,
      max: 1e12,
      step: 10 ** 0.1,
      scale: "log",
      unit: "parameters",
      format: { kind: "count", digits: 2 },
      description: "The loss to reach, named by the size of the compute-optimal model that reaches it under each fit (default: Sardana et al.'s 13B example).",
    },
    inferenceTokens: {
      label: "lifetime inference",
      default: FIG1.inferenceTokens,
      min: 1e9,
      max: 1e16,
      step: 10 ** 0.25,
      scale: "log",
      unit: "tokens",
      format: { kind: "count", digits: 2 },
      description: "Tokens processed in inference over the model's life, prompts and outputs (default: Sardana et al.'s 2T example).",
    },
  },
  values: {
    targetLoss: { label: "target loss (site default fit)", unit: "nats per token", format: loss, compute: (p) => at(p).loss },
    chinParams: { label: "Chinchilla-optimal model at the target", unit: "parameters", format: count, compute: (p) => at(p).chin.params },
    chinTokens: { label: "its training tokens", unit: "tokens", format: count, compute: (p) => at(p).chin.tokens },
    chinTokensPerParam: { label: "its tokens per parameter", format: ratio, compute: (p) => at(p).chin.tokens / at(p).chin.params },
    optParams: { label: "inference-aware optimum (site default fit)", unit: "parameters", format: count, compute: (p) => at(p).opt.params },
    optTokens: { label: "its training tokens", unit: "tokens", format: count, compute: (p) => at(p).opt.tokens },
    optTokensPerParam: { label: "its tokens per parameter", format: ratio, compute: (p) => at(p).opt.tokensPerParam },
    optSaving: { label: "lifetime compute saved (site default fit)", format: pct, compute: (p) => at(p).saving },
    optSavingFlops: { label: "FLOPs saved (site default fit)", unit: "FLOPs", format: sci, compute: (p) => at(p).chinTotal - at(p).opt.totalFlops },
    optTrainingExtra: { label: "extra training compute of the optimum", format: mult, compute: (p) => at(p).opt.trainingFlops / at(p).chin.flops },
    optInferenceShare: {
      label: "inference share of the optimum's lifetime compute",
      format: pct,
      compute: (p) => at(p).opt.inferenceFlops / at(p).opt.totalFlops,
    },
    optParamsUnrounded: {
      label: "inference-aware optimum (unrounded Hoffmann fit)",
      unit: "parameters",
      format: count,
      compute: (p) => at(p, "unrounded").opt.params,
    },
    optParamsPrinted: {
      label: "inference-aware optimum (printed Hoffmann fit)",
      unit: "parameters",
      format: count,
      compute: (p) => at(p, "printed").opt.params,
    },
    optTokensPerParamUnrounded: { label: "tokens per parameter (unrounded fit)", format: ratio, compute: (p) => at(p, "unrounded").opt.tokensPerParam },
    optTokensPerParamPrinted: { label: "tokens per parameter (printed fit)", format: ratio, compute: (p) => at(p, "printed").opt.tokensPerParam },
    optSavingUnrounded: { label: "compute saved (unrounded fit)", format: pct, compute: (p) => at(p, "unrounded").saving },
    optSavingPrinted: { label: "compute saved (printed fit)", format: pct, compute: (p) => at(p, "printed").saving },
    fig1ParamsUnrounded: { label: "Fig. 1 example, optimum (unrounded fit)", unit: "parameters", format: count, compute: () => fig1("unrounded").opt.params },
    fig1SavingUnrounded: {
      label: "Fig. 1 example, FLOPs saved (unrounded fit)",
      unit: "FLOPs",
      format: sci,
      compute: () => fig1("unrounded").chinTotal - fig1("unrounded").opt.totalFlops,
    },
    fig1ShareUnrounded: { label: "Fig. 1 example, share saved (unrounded fit)", format: pct, compute: () => fig1("unrounded").saving },
    fig1ParamsPrinted: { label: "Fig. 1 example, optimum (printed fit)", unit: "parameters", format: count, compute: () => fig1("printed").opt.params },
    fig1SharePrinted: { label: "Fig. 1 example, share saved (printed fit)", format: pct, compute: () => fig1("printed").saving },
    fig1ParamsDefault: { label: "Fig. 1 example, optimum (site default fit)", unit: "parameters", format: count, compute: () => fig1("default").opt.params },
    fig1ShareDefault: { label: "Fig. 1 example, share saved (site default fit)", format: pct, compute: () => fig1("default").saving },
    llama2Tokens: {
      label: "Llama 2 7B's training tokens (model card)",
      unit: "tokens",
      format: { kind: "count", digits: 2 },
      compute: () => release("llama2").tokens,
    },
    llama3Params: {
      label: "Llama 3 8B's parameters (model card)",
      unit: "parameters",
      format: { kind: "count", digits: 2 },
      compute: () => release("llama3").params,
    },
    llama3Tokens: {
      label: "Llama 3 8B's training tokens, at least (model card)",
      unit: "tokens",
      format: { kind: "count", digits: 2 },
      compute: () => release("llama3").tokens,
    },
    fitMinParams: {
      label: "smallest model in Chinchilla's fit",
      unit: "parameters",
      format: { kind: "count", digits: 2 },
      compute: () => CHINCHILLA_FIT_RANGE.minParams,
    },
    fitMaxParams: {
      label: "largest model in Chinchilla's fit",
      unit: "parameters",
      format: { kind: "count", digits: 2 },
      compute: () => CHINCHILLA_FIT_RANGE.maxParams,
    },
    chinchillaRatio: { label: "Chinchilla's tokens per parameter", format: ratio, compute: () => releaseRatio(release("chinchilla")) },
    llama2Ratio: { label: "Llama 2 7B tokens per parameter", format: ratio, compute: () => releaseRatio(release("llama2")) },
    llama3Ratio: { label: "Llama 3 8B tokens per parameter (at least)", format: { kind: "sig", digits: 4 }, compute: () => releaseRatio(release("llama3")) },
    llama2Optimal: {
      label: "compute-optimal tokens per parameter at Llama 2 7B's budget",
      format: ratio,
      compute: () => releaseOptimalRatio(release("llama2"), defaultChinchillaFit),
    },
    llama3Optimal: {
      label: "compute-optimal tokens per parameter at Llama 3 8B's budget",
      format: ratio,
      compute: () => releaseOptimalRatio(release("llama3"), defaultChinchillaFit),
    },
    llama3Overtrain: {
      label: "Llama 3 8B's tokens per parameter over the compute-optimal ratio",
      format: mult,
      compute: () => releaseRatio(release("llama3")) / releaseOptimalRatio(release("llama3"), defaultChinchillaFit),
    },
    llama2Implied: {
      label: "inference demand that makes Llama 2 7B optimal (site default fit)",
      unit: "tokens",
      format: sci,
      compute: () => implied("llama2", defaultChinchillaFit),
    },
    llama3Implied: {
      label: "inference demand that makes Llama 3 8B optimal (site default fit)",
      unit: "tokens",
      format: sci,
      compute: () => implied("llama3", defaultChinchillaFit),
    },
    llama3ImpliedPrinted: { label: "the same under the printed fit", unit: "tokens", format: sci, compute: () => implied("llama3", hoffmann2022) },
    llama3ImpliedUnrounded: { label: "the same under the unrounded fit", unit: "tokens", format: sci, compute: () => implied("llama3", hoffmann2022Unrounded) },
  },
  figures: figuresIn<P>("paying-for-inference", import.meta.glob(["./*.ts", "!./index.ts"], { eager: true })),
});
