/**
 * Model for the essay "Counting compute: 6ND and what it leaves out"
 * (content/essays/counting-compute.mdx). Kaplan et al. 2020 (arXiv 2001.08361) §2.1 count C ≈ 6N
 * per training token and leave out attention over the context (Table 1's 2·n_layer·n_ctx·d_attn
 * forward); DeepSeek-AI 2024 (arXiv 2401.02954) count M = 72·n_layer·d_model² +
 * 12·n_layer·d_model·l_seq. The model compares the counts for the reader's shape and context, and
 * refits an allocation exponent on DeepSeek's frontier with compute recorded each way. Each figure
 * is its own file in this folder. Pure: every number from the law module.
 */
import {
  chinchillaAllocationExponents,
  deepseek2024,
  deepseek2024Table4,
  deepseekModelScales,
  deepseekFlopsPerToken,
  deepseekHyperparameters,
  defaultChinchillaFit,
  hoffmann2022Table2,
  kaplanContextOverhead,
  kaplan2020EfficientExponents,
  kaplanParamsFromShape,
} from "../../laws/index.ts";
import { defineModel, figuresIn, type Params } from "../define.ts";
import {
  DEEPSEEK_VOCAB,
  FIT_BUDGETS,
  GPT3_175B,
  HYPER_FIT,
  TABLE3_SHAPES,
  count,
  counts,
  evenContext,
  exponent,
  fitAt,
  mult,
  pct,
  ratio,
  sci,
} from "./shared.ts";
import type { P } from "./shared.ts";

const table2 = (approach: string) => hoffmann2022Table2.rows.find((r) => r.approach === approach)!.a;
const gpt3 = () => {
  const shape = { nLayer: GPT3_175B.nLayer, dModel: GPT3_175B.dModel };
  const sixN = 6 * kaplanParamsFromShape(shape);
  return {
    params: sixN / 6,
    deepseekRatio: deepseekFlopsPerToken({ ...shape, sequenceLength: GPT3_175B.contextLength }) / sixN,
    kaplanRatio: kaplanContextOverhead({ ...shape, contextLength: GPT3_175B.contextLength }),
  };
};
const table3 = (which: "small" | "large") => {
  const s = deepseekModelScales({ ...TABLE3_SHAPES[which], sequenceLength: TABLE3_SHAPES.sequenceLength, vocab: DEEPSEEK_VOCAB });
  return { n1: s.sixN1 / s.flopsPerToken, n2: s.sixN2 / s.flopsPerToken };
};
/** DeepSeek's own rows of Table 4, in order: early data, current data, OpenWebText2. */
const table4 = (i: number) => deepseek2024Table4.rows.filter((r) => r.data.startsWith("DeepSeek"))[i]!.a;
const hyper = (flops: number) => deepseekHyperparameters({ flops }, deepseek2024);
/** The budget as 6ND would record it for the reader's shape: C·6N/M. */
const budget6N = (p: Params<P>) => (p.budget * counts(p).sixN) / counts(p).deepseek;

export default defineModel<P>({
  name: "counting-compute",
  title: "Counting compute: 6ND and what it leaves out",
  params: {
    contextLength: {
      label: "context length",
      default: 4096,
      min: 200,
      max: 200000,
      step: 2,
      scale: "log",
      unit: "tokens",
      format: { kind: "fixed", digits: 0 },
      description: "Tokens of context each token attends over in training: Kaplan's n_ctx, DeepSeek's l_seq.",
    },
    dModel: {
      label: "model width d_model",
      default: 1024,
      min: 200,
      max: 20000,
      step: 2 ** 0.5,
      scale: "log",
      format: { kind: "fixed", digits: 0 },
      description: "Residual-stream width; attention width d_attn = d_model and feed-forward width d_ff = 4·d_model, as in Kaplan et al. §2.1.",
    },
    budget: {
      label: "training budget",
      default: 1e20,
      min: 1e17,
      max: 1e25,
      step: 10 ** 0.25,
      scale: "log",
      unit: "FLOPs",
      format: sci,
      description: "Training compute C = M·D for DeepSeek's batch-size and learning-rate laws (fitted from 1e17 to 2e19 FLOPs).",
    },
    nLayer: {
      label: "depth n_layer",
      default: 24,
      min: 2,
      max: 128,
      step: 1,
      scale: "linear",
      unit: "layers",
      format: { kind: "count", digits: 3 },
      description: "Number of transformer layers. The ratio of the counts does not depend on it; the model size and the aspect ratio d_model/n_layer do.",
    },
  },
  values: {
    params: { label: "non-embedding parameters N of the shape", unit: "parameters", format: count, compute: (p) => counts(p).params },
    sixN: { label: "6N per training token", unit: "FLOPs per token", format: sci, compute: (p) => counts(p).sixN },
    kaplanCount: { label: "Kaplan Table 1 count per training token (3 × forward)", unit: "FLOPs per token", format: sci, compute: (p) => counts(p).kaplan },
    deepseekCount: { label: "DeepSeek's M per training token", unit: "FLOPs per token", format: sci, compute: (p) => counts(p).deepseek },
    kaplanRatio: { label: "Kaplan's full count over 6N", format: mult, compute: (p) => counts(p).kaplanRatio },
    deepseekRatio: { label: "DeepSeek's M over 6N", format: mult, compute: (p) => counts(p).deepseek / counts(p).sixN },
    kaplanLeftOut: { label: "share of Kaplan's full count that 6N leaves out", format: pct, compute: (p) => 1 - counts(p).sixN / counts(p).kaplan },
    deepseekLeftOut: { label: "share of DeepSeek's M that 6N leaves out", format: pct, compute: (p) => 1 - counts(p).sixN / counts(p).deepseek },
    sixN1OverM: { label: "6N₁/M (DeepSeek Table 3's first column)", format: ratio, compute: (p) => counts(p).sixN / counts(p).deepseek },
    sixN2OverM: { label: "6N₂/M, vocabulary included", format: ratio, compute: (p) => counts(p).sixN2 / counts(p).deepseek },
    deepseekVocab: { label: "DeepSeek's vocabulary", unit: "tokens", format: { kind: "fixed", digits: 0 }, compute: () => DEEPSEEK_VOCAB },
    evenKaplan: {
      label: "context at which Kaplan's attention term equals 6N",
      unit: "tokens",
      format: { kind: "fixed", digits: 0 },
      compute: (p) => evenContext(p).kaplan,
    },
    evenDeepseek: {
      label: "context at which DeepSeek's attention term equals 6N",
      unit: "tokens",
      format: { kind: "fixed", digits: 0 },
      compute: (p) => evenContext(p).deepseek,
    },
    aspect: { label: "aspect ratio d_model/n_layer", format: ratio, compute: (p) => p.dModel / p.nLayer },
    gpt3Params: { label: "GPT-3 175B's non-embedding parameters from its shape", unit: "parameters", format: count, compute: () => gpt3().params },
    gpt3Context: { label: "GPT-3's context", unit: "tokens", format: { kind: "fixed", digits: 0 }, compute: () => GPT3_175B.contextLength },
    gpt3DeepseekRatio: { label: "GPT-3 175B: M over 6N", format: { kind: "multiple", digits: 4 }, compute: () => gpt3().deepseekRatio },
    gpt3KaplanRatio: { label: "GPT-3 175B: Kaplan's full count over 6N", format: { kind: "multiple", digits: 4 }, compute: () => gpt3().kaplanRatio },
    gpt3LeftOut: { label: "GPT-3 175B: share of M that 6N leaves out", format: pct, compute: () => 1 - 1 / gpt3().deepseekRatio },
    fitMExponent: {
      label: "fitted exponent of M_opt on C = MD (recovers DeepSeek's eq 4)",
      format: { kind: "fixed", digits: 4 },
      compute: (p) => fitAt(p).mExponent,
    },
    fitFullExponent: { label: "fitted exponent of N_opt on C = MD", format: exponent, compute: (p) => fitAt(p).full },
    fitKaplanExponent: { label: "fitted exponent of N_opt on Kaplan's full count", format: exponent, compute: (p) => fitAt(p).kaplan },
    fitSixNExponent: { label: "fitted exponent of N_opt on 6ND", format: exponent, compute: (p) => fitAt(p).sixN },
    fitShift: { label: "exponent on MD minus exponent on 6ND", format: exponent, compute: (p) => fitAt(p).full - fitAt(p).sixN },
    fitSmallParams: { label: "smallest model in the fit", unit: "parameters", format: count, compute: (p) => fitAt(p).runs[0]!.params },
    fitLargeParams: { label: "largest model in the fit", unit: "parameters", format: count, compute: (p) => fitAt(p).runs.at(-1)!.params },
    fitSmallShare: { label: "6ND over MD for the smallest model", format: pct, compute: (p) => fitAt(p).runs[0]!.flops6N / fitAt(p).runs[0]!.flops },
    fitLargeShare: { label: "6ND over MD for the largest model", format: pct, compute: (p) => fitAt(p).runs.at(-1)!.flops6N / fitAt(p).runs.at(-1)!.flops },
    fitMinFlops: { label: "smallest budget in the fit (DeepSeek's range)", unit: "FLOPs", format: sci, compute: () => FIT_BUDGETS.min },
    fitMaxFlops: { label: "largest budget in the fit (DeepSeek's range)", unit: "FLOPs", format: sci, compute: () => FIT_BUDGETS.max },
    fitBudgets: { label: "budgets in the fit", format: { kind: "count", digits: 2 }, compute: () => FIT_BUDGETS.count },
    deepseekModelExponent: { label: "DeepSeek's M_opt exponent a (eq 4)", format: { kind: "fixed", digits: 4 }, compute: () => deepseek2024.modelExponent },
    deepseekDataExponent: { label: "DeepSeek's D_opt exponent b (eq 4)", format: { kind: "fixed", digits: 4 }, compute: () => deepseek2024.dataExponent },
    deepseekModelCoefficient: { label: "DeepSeek's M_base (eq 4)", format: { kind: "fixed", digits: 4 }, compute: () => deepseek2024.modelCoefficient },
    deepseekDataCoefficient: { label: "DeepSeek's D_base (eq 4)", format: { kind: "fixed", digits: 4 }, compute: () => deepseek2024.dataCoefficient },
    kaplanExponent: { label: "Kaplan's N ∝ C_min exponent", format: { kind: "fixed", digits: 2 }, compute: () => kaplan2020EfficientExponents.paramsExponent },
    chinchillaA1: { label: "Chinchilla Approach 1 a", format: { kind: "fixed", digits: 2 }, compute: () => table2("1") },
    chinchillaA2: { label: "Chinchilla Approach 2 a", format: { kind: "fixed", digits: 2 }, compute: () => table2("2") },
    chinchillaA3: { label: "Chinchilla Approach 3 a", format: { kind: "fixed", digits: 2 }, compute: () => table2("3") },
    defaultFitExponent: {
      label: "a of the site's default Chinchilla fit",
      format: exponent,
      compute: () => chinchillaAllocationExponents(defaultChinchillaFit).a,
    },
    batchTokens: { label: "B_opt at the budget", unit: "tokens", format: count, compute: (p) => hyper(p.budget).batchTokens },
    learningRate: { label: "η_opt at the budget", format: { kind: "sig", digits: 3 }, compute: (p) => hyper(p.budget).learningRate },
    budget6N: { label: "the budget as 6ND records it", unit: "FLOPs", format: sci, compute: budget6N },
    batchIf6N: { label: "B_opt if the run's compute is recorded as 6ND", unit: "tokens", format: count, compute: (p) => hyper(budget6N(p)).batchTokens },
    learningRateIf6N: {
      label: "η_opt if the run's compute is recorded as 6ND",
      format: { kind: "sig", digits: 3 },
      compute: (p) => hyper(budget6N(p)).learningRate,
    },
    batchChange: { label: "B_opt on 6ND over B_opt on MD", format: pct, compute: (p) => hyper(budget6N(p)).batchTokens / hyper(p.budget).batchTokens - 1 },
    learningRateChange: {
      label: "η_opt on 6ND over η_opt on MD",
      format: pct,
      compute: (p) => hyper(budget6N(p)).learningRate / hyper(p.budget).learningRate - 1,
    },
    batchCoefficient: { label: "DeepSeek's B_opt coefficient (eq 1)", format: { kind: "fixed", digits: 4 }, compute: () => deepseek2024.batchCoefficient },
    learningRateCoefficient: {
      label: "DeepSeek's η_opt coefficient (eq 1)",
      format: { kind: "fixed", digits: 4 },
      compute: () => deepseek2024.learningRateCoefficient,
    },
    batchExponent: { label: "DeepSeek's B_opt exponent (eq 1)", format: { kind: "fixed", digits: 4 }, compute: () => deepseek2024.batchExponent },
    learningRateExponent: { label: "DeepSeek's η_opt exponent (eq 1)", format: { kind: "fixed", digits: 4 }, compute: () => deepseek2024.learningRateExponent },
    hyperFitMin: { label: "smallest budget of the hyper-parameter fit", unit: "FLOPs", format: sci, compute: () => HYPER_FIT.min },
    hyperFitMax: { label: "largest budget of the hyper-parameter fit", unit: "FLOPs", format: sci, compute: () => HYPER_FIT.max },
    table3SmallN1: { label: "6N₁/M for Table 3's smallest shape", format: { kind: "fixed", digits: 2 }, compute: () => table3("small").n1 },
    table3SmallN2: { label: "6N₂/M for Table 3's smallest shape", format: { kind: "fixed", digits: 2 }, compute: () => table3("small").n2 },
    table3LargeN1: { label: "6N₁/M for Table 3's largest shape", format: { kind: "fixed", digits: 2 }, compute: () => table3("large").n1 },
    table3LargeN2: { label: "6N₂/M for Table 3's largest shape", format: { kind: "fixed", digits: 2 }, compute: () => table3("large").n2 },
    table4Early: { label: "DeepSeek Table 4: a on early in-house data", format: { kind: "fixed", digits: 3 }, compute: () => table4(0) },
    table4Owt: { label: "DeepSeek Table 4: a on OpenWebText2", format: { kind: "fixed", digits: 3 }, compute: () => table4(2) },
  },
  figures: figuresIn<P>("counting-compute", import.meta.glob(["./*.ts", "!./index.ts"], { eager: true })),
});
