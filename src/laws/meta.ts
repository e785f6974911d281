/**
 * Reference metadata for every exported function of the law module: its formula in TeX, the
 * symbol → argument mapping with units, the valid domain, the source (an id of `sources.ts`
 * plus the equation or table) and the presets it accepts. The laws reference page (/laws/) and
 * its calculators are generated from this table and from the presets themselves, and a build
 * test fails when an export has no entry here, so the page cannot drift from the code.
 * Pure data: imports nothing, so it runs anywhere the law module does.
 */

/** How a number is shown: a kind of the site's one formatter (src/lib/format.ts). */
export type MetaFormat = "count" | "sci" | "sig" | "multiple" | "percent";

/** One argument of a law (a field of its options object, or its one positional argument). */
export interface LawArg {
  /** The argument's name in code (`params`, `tokens`). */
  readonly name: string;
  /** Its symbol in the paper, TeX (`N`, `D_F`). */
  readonly symbol: string;
  /** Unit in words (`parameters (all)`, `FLOPs`). */
  readonly unit: string;
  /** What it is, in a few words. */
  readonly meaning: string;
  /** A value for the worked example and the calculator's starting value. */
  readonly example: number;
  /** Optional argument (has a default in code). */
  readonly optional?: boolean;
  readonly format?: MetaFormat;
}

/** One output: the number returned, or one field of the object returned. */
export interface LawOutput {
  /** Field of the returned object; omitted when the function returns a number. */
  readonly key?: string;
  readonly symbol: string;
  readonly unit: string;
  readonly format: MetaFormat;
}

/** Where a law comes from: an id of the sources registry and the place in the work. */
export interface LawSourceRef {
  readonly id: string;
  readonly where: string;
}

export interface LawMeta {
  /** The exported function's name. */
  readonly name: string;
  /** Section of the reference page. */
  readonly group: LawGroup;
  /** One sentence: what it computes. */
  readonly summary: string;
  /** The formula, TeX (rendered with KaTeX at build). */
  readonly tex: string;
  /**
   * How it is called: `object` → `fn({ …args }, preset?)`; `positional` → `fn(arg)`;
   * `preset` → `fn(preset?)`; `tool` → see `signature` (no calculator).
   */
  readonly call: "object" | "positional" | "preset" | "tool";
  /** The call's signature as a reader writes it. */
  readonly signature: string;
  readonly args: readonly LawArg[];
  readonly outputs: readonly LawOutput[];
  /** The domain where the code accepts input and where the law was fitted. */
  readonly domain: string;
  readonly source: readonly LawSourceRef[];
  /** Names of the exported presets it accepts; the first is the default. */
  readonly presets: readonly string[];
}

/** Sections of the reference page, in order. */
export const lawGroups = Object.freeze({
  compute: "Units and compute",
  kaplan: "Kaplan et al. 2020: loss as a power law",
  kaplanAllocation: "Kaplan et al. 2020: compute-efficient allocation",
  chinchilla: "Hoffmann et al. 2022 (Chinchilla) and its replication",
  cost: "Cost-optimal allocation",
  transfer: "Hernandez et al. 2021: transfer",
  dataConstrained: "Muennighoff et al. 2023: repeated data",
  dataExhaustion: "Villalobos et al. 2024: running out of human text",
  frozen: "Lu et al. 2021: the frozen pretrained transformer",
  bioAnchors: "Bio Anchors after Chinchilla",
  deepseek: "DeepSeek LLM 2024: FLOPs per token, allocation and hyper-parameters",
  fit: "Fitting and resampling",
  utility: "Utilities",
});
export type LawGroup = keyof typeof lawGroups;

const N_ALL = { name: "params", symbol: "N", unit: "parameters (all)", meaning: "model size, embeddings included", format: "count" } as const;
const N_NE = {
  name: "nonEmbeddingParams",
  symbol: "N",
  unit: "parameters (non-embedding)",
  meaning: "model size without embeddings",
  format: "count",
} as const;
const D = { name: "tokens", symbol: "D", unit: "tokens", meaning: "training tokens", format: "count" } as const;
const C = { name: "flops", symbol: "C", unit: "FLOPs", meaning: "training compute", format: "sci" } as const;
const CMIN = { name: "flopsMin", symbol: "C_{\\min}", unit: "FLOPs", meaning: "compute at B ≪ B_crit", format: "sci" } as const;
const LOSS = { symbol: "L", unit: "nats per token", format: "sig" } as const;
const CHINCHILLA = ["hoffmann2022", "hoffmann2022Unrounded", "besiroglu2024", "besiroglu2024GridFit"] as const;
const TRANSFER = ["hernandez2021TextToPython", "hernandez2021MixToPython"] as const;
const K = (where: string): LawSourceRef => ({ id: "kaplan2020", where });
const H = (where: string): LawSourceRef => ({ id: "hoffmann2022", where });
const HE = (where: string): LawSourceRef => ({ id: "hernandez2021", where });
const MU = (where: string): LawSourceRef => ({ id: "muennighoff2023", where });
const DS = (where: string): LawSourceRef => ({ id: "deepseek2024", where });
const POS = "finite and > 0; other values throw RangeError/TypeError";
const SHAPE_LAYERS = { name: "nLayer", symbol: "n_\\text{layer}", unit: "layers", meaning: "number of layers", example: 12, format: "count" } as const;
const SHAPE_WIDTH = { name: "dModel", symbol: "d_\\text{model}", unit: "dimensions", meaning: "residual stream width", example: 768, format: "sig" } as const;
const SHAPE_CTX = { name: "contextLength", symbol: "n_\\text{ctx}", unit: "tokens", meaning: "context length", example: 1024, format: "sig" } as const;

const table: readonly LawMeta[] = [
  // Units and compute
  {
    name: "pfDaysToFlops",
    group: "compute",
    summary: "Converts petaflop/s-days to FLOPs.",
    tex: "C = C_\\text{PF-days} \\cdot 8.64\\times10^{19}",
    call: "positional",
    signature: "pfDaysToFlops(pfDays)",
    args: [{ name: "pfDays", symbol: "C_\\text{PF-days}", unit: "PF-days", meaning: "compute in petaflop/s-days", example: 3640, format: "sig" }],
    outputs: [{ symbol: "C", unit: "FLOPs", format: "sci" }],
    domain: `pfDays ${POS}.`,
    source: [K("§1.3 (PF-days)")],
    presets: [],
  },
  {
    name: "flopsToPfDays",
    group: "compute",
    summary: "Converts FLOPs to petaflop/s-days.",
    tex: "C_\\text{PF-days} = C / 8.64\\times10^{19}",
    call: "positional",
    signature: "flopsToPfDays(flops)",
    args: [{ ...C, meaning: "compute in FLOPs", example: 5.76e23 }],
    outputs: [{ symbol: "C_\\text{PF-days}", unit: "PF-days", format: "sig" }],
    domain: `flops ${POS}.`,
    source: [K("§1.3 (PF-days)")],
    presets: [],
  },
  {
    name: "trainingFlops",
    group: "compute",
    summary: "Training compute of a dense transformer.",
    tex: "C = 6\\,N D",
    call: "object",
    signature: "trainingFlops({ params, tokens })",
    args: [
      { ...N_ALL, example: 70e9 },
      { ...D, example: 1.4e12 },
    ],
    outputs: [{ symbol: "C", unit: "FLOPs", format: "sci" }],
    domain: `params and tokens ${POS}. Ignores attention-over-context FLOPs (small when d_model ≫ n_ctx/12).`,
    source: [K("§2.1"), H("§3")],
    presets: [],
  },
  {
    name: "flopsPerToken",
    group: "compute",
    summary: "FLOPs per token of training (full or partial) or of inference.",
    tex: "C_\\text{token} = 2N + \\begin{cases}2N & \\text{through frozen}\\\\ 2N_t & \\text{top only}\\end{cases} + 2N_t \\quad(\\text{inference: } 2N)",
    call: "object",
    signature: 'flopsPerToken({ params, trainableParams = params, mode = "train", backpropThroughFrozen = true })',
    args: [
      { ...N_ALL, meaning: "all parameters the forward pass multiplies through", example: 70e9 },
      {
        name: "trainableParams",
        symbol: "N_t",
        unit: "parameters",
        meaning: "parameters that receive weight gradients",
        example: 7e9,
        optional: true,
        format: "count",
      },
    ],
    outputs: [{ symbol: "C_\\text{token}", unit: "FLOPs per token", format: "count" }],
    domain: '0 < trainableParams ≤ params; mode "train" or "inference"; backpropThroughFrozen a boolean.',
    source: [K("§2.1, Table 1")],
    presets: [],
  },
  {
    name: "kaplanTrainingFlopsFromCmin",
    group: "compute",
    summary: "Kaplan's training compute C from the minimum compute C_min.",
    tex: "C = C_{\\min}\\,(1 + B/B_\\text{crit})",
    call: "object",
    signature: "kaplanTrainingFlopsFromCmin({ flopsMin, batchOverCritical = 1 })",
    args: [
      { ...CMIN, example: 1e21 },
      {
        name: "batchOverCritical",
        symbol: "B/B_\\text{crit}",
        unit: "ratio",
        meaning: "batch size over the critical batch",
        example: 1,
        optional: true,
        format: "sig",
      },
    ],
    outputs: [{ symbol: "C", unit: "FLOPs", format: "sci" }],
    domain: `flopsMin ${POS}; batchOverCritical ≥ 0.`,
    source: [K("eqs 5.4–5.5, §6.3")],
    presets: [],
  },
  {
    name: "kaplanCminFromTrainingFlops",
    group: "compute",
    summary: "Inverse of kaplanTrainingFlopsFromCmin: C_min from C.",
    tex: "C_{\\min} = C / (1 + B/B_\\text{crit})",
    call: "object",
    signature: "kaplanCminFromTrainingFlops({ flops, batchOverCritical = 1 })",
    args: [
      { ...C, example: 2e21 },
      {
        name: "batchOverCritical",
        symbol: "B/B_\\text{crit}",
        unit: "ratio",
        meaning: "batch size over the critical batch",
        example: 1,
        optional: true,
        format: "sig",
      },
    ],
    outputs: [{ symbol: "C_{\\min}", unit: "FLOPs", format: "sci" }],
    domain: `flops ${POS}; batchOverCritical ≥ 0.`,
    source: [K("eqs 5.4–5.5")],
    presets: [],
  },
  {
    name: "kaplanParamsFromShape",
    group: "compute",
    summary: "Non-embedding parameters from a transformer's shape (biases and layer norms neglected).",
    tex: "N \\approx 2\\,d_\\text{model}\\,n_\\text{layer}\\,(2\\,d_\\text{attn} + d_\\text{ff}) = 12\\,n_\\text{layer}\\,d_\\text{model}^2",
    call: "object",
    signature: "kaplanParamsFromShape({ nLayer, dModel, dAttn = dModel, dFf = 4·dModel })",
    args: [SHAPE_LAYERS, SHAPE_WIDTH],
    outputs: [{ symbol: "N", unit: "parameters (non-embedding)", format: "count" }],
    domain: `nLayer, dModel, dAttn, dFf ${POS}.`,
    source: [K("§2.1 eq 2.1, Table 1")],
    presets: [],
  },
  {
    name: "kaplanForwardFlopsPerToken",
    group: "compute",
    summary: "Forward FLOPs per token with attention over the context.",
    tex: "C_\\text{forward} \\approx 2N + 2\\,n_\\text{layer}\\,n_\\text{ctx}\\,d_\\text{attn}",
    call: "object",
    signature: "kaplanForwardFlopsPerToken({ nLayer, dModel, contextLength, dAttn = dModel, dFf = 4·dModel })",
    args: [SHAPE_LAYERS, SHAPE_WIDTH, SHAPE_CTX],
    outputs: [{ symbol: "C_\\text{forward}", unit: "FLOPs per token", format: "count" }],
    domain: `nLayer, dModel, contextLength, dAttn, dFf ${POS}. Training is 3× this; de-embedding is not counted.`,
    source: [K("§2.1, Table 1")],
    presets: [],
  },
  {
    name: "kaplanContextOverhead",
    group: "compute",
    summary: "How much 6N per token understates training compute once attention over the context is counted.",
    tex: "\\frac{C}{6N} = 1 + \\frac{n_\\text{ctx}\\,d_\\text{attn}}{2\\,d_\\text{model}(2\\,d_\\text{attn} + d_\\text{ff})} = 1 + \\frac{n_\\text{ctx}}{12\\,d_\\text{model}}",
    call: "object",
    signature: "kaplanContextOverhead({ nLayer, dModel, contextLength, dAttn = dModel, dFf = 4·dModel })",
    args: [SHAPE_LAYERS, SHAPE_WIDTH, SHAPE_CTX],
    outputs: [{ symbol: "C/6N", unit: "ratio", format: "multiple" }],
    domain: `nLayer, dModel, contextLength, dAttn, dFf ${POS}.`,
    source: [K("§2.1, Table 1")],
    presets: [],
  },
  // Kaplan: loss
  {
    name: "kaplanLossParams",
    group: "kaplan",
    summary: "Loss of a model trained to convergence on enough data.",
    tex: "L(N) = (N_c / N)^{\\alpha_N}",
    call: "object",
    signature: "kaplanLossParams({ nonEmbeddingParams }, preset = kaplan2020)",
    args: [{ ...N_NE, example: 1.5e9 }],
    outputs: [LOSS],
    domain: `nonEmbeddingParams ${POS}. Fitted on WebText2 with models of 768 to 1.5B non-embedding parameters (abstract, §1).`,
    source: [K("eq 1.1")],
    presets: ["kaplan2020"],
  },
  {
    name: "kaplanLossTokens",
    group: "kaplan",
    summary: "Loss of a large model trained with early stopping on D tokens.",
    tex: "L(D) = (D_c / D)^{\\alpha_D}",
    call: "object",
    signature: "kaplanLossTokens({ tokens }, preset = kaplan2020)",
    args: [{ ...D, example: 22e9 }],
    outputs: [LOSS],
    domain: `tokens ${POS}. Fitted on datasets of 22M to 23B tokens (§1).`,
    source: [K("eq 1.2")],
    presets: ["kaplan2020"],
  },
  {
    name: "kaplanLossCompute",
    group: "kaplan",
    summary: "Loss of compute-efficient training with minimum compute C_min.",
    tex: "L(C_{\\min}) = (C_c^{\\min} / C_{\\min})^{\\alpha_C^{\\min}}",
    call: "object",
    signature: "kaplanLossCompute({ flops }, preset = kaplan2020)",
    args: [{ ...CMIN, name: "flops", example: 1e21 }],
    outputs: [LOSS],
    domain: `flops (C_min, not 6ND) ${POS}. Must break down near the crossover with L(D) (kaplanCrossover, §6.3).`,
    source: [K("eq 1.3")],
    presets: ["kaplan2020"],
  },
  {
    name: "kaplanCriticalBatch",
    group: "kaplan",
    summary: "Critical batch size at a given loss.",
    tex: "B_\\text{crit}(L) = B_* / L^{1/\\alpha_B}",
    call: "object",
    signature: "kaplanCriticalBatch({ loss }, preset = kaplan2020)",
    args: [{ name: "loss", symbol: "L", unit: "nats per token", meaning: "the loss reached", example: 3, format: "sig" }],
    outputs: [{ symbol: "B_\\text{crit}", unit: "tokens", format: "count" }],
    domain: `loss ${POS}.`,
    source: [K("eq 1.4")],
    presets: ["kaplan2020"],
  },
  {
    name: "kaplanLoss",
    group: "kaplan",
    summary: "Joint loss in model size and data.",
    tex: "L(N, D) = \\left[(N_c/N)^{\\alpha_N/\\alpha_D} + D_c/D\\right]^{\\alpha_D}",
    call: "object",
    signature: "kaplanLoss({ nonEmbeddingParams, tokens }, preset = kaplan2020Table2)",
    args: [
      { ...N_NE, example: 1.5e9 },
      { ...D, example: 22e9 },
    ],
    outputs: [LOSS],
    domain: `nonEmbeddingParams and tokens ${POS}.`,
    source: [K("eq 1.5 / 4.1, Table 2")],
    presets: ["kaplan2020Table2"],
  },
  {
    name: "kaplanOverfitting",
    group: "kaplan",
    summary: "Overfitting penalty: how far L(N, D) sits above L(N, ∞).",
    tex: "\\delta L = \\left(1 + (N/N_c)^{\\alpha_N/\\alpha_D}\\, D_c/D\\right)^{\\alpha_D} - 1",
    call: "object",
    signature: "kaplanOverfitting({ nonEmbeddingParams, tokens }, preset = kaplan2020Table2)",
    args: [
      { ...N_NE, example: 1.5e9 },
      { ...D, example: 22e9 },
    ],
    outputs: [{ symbol: "\\delta L", unit: "fraction", format: "percent" }],
    domain: `nonEmbeddingParams and tokens ${POS}.`,
    source: [K("eq 4.3, Table 2")],
    presets: ["kaplan2020Table2"],
  },
  {
    name: "kaplanDataToAvoidOverfitting",
    group: "kaplan",
    summary: "Data needed to keep overfitting small, as the paper prints it (δL ≈ 0.02).",
    tex: "D \\gtrsim 5\\times10^{3}\\, N^{0.74}",
    call: "object",
    signature: "kaplanDataToAvoidOverfitting({ nonEmbeddingParams })",
    args: [{ ...N_NE, example: 1.5e9 }],
    outputs: [{ symbol: "D", unit: "tokens", format: "count" }],
    domain: `nonEmbeddingParams ${POS}. The printed rounding of eq 4.3 at δL ≈ 0.02; see kaplanDataForOverfitting for the exact inverse.`,
    source: [K("eq 4.4")],
    presets: [],
  },
  {
    name: "kaplanDataForOverfitting",
    group: "kaplan",
    summary: "Exact inverse of eq 4.3: the tokens at which the overfitting penalty equals δL.",
    tex: "D = \\frac{D_c\\,(N/N_c)^{\\alpha_N/\\alpha_D}}{(1 + \\delta L)^{1/\\alpha_D} - 1}",
    call: "object",
    signature: "kaplanDataForOverfitting({ nonEmbeddingParams, overfitting }, preset = kaplan2020Table2)",
    args: [
      { ...N_NE, example: 1.5e9 },
      { name: "overfitting", symbol: "\\delta L", unit: "fraction", meaning: "tolerated overfitting penalty", example: 0.02, format: "sig" },
    ],
    outputs: [{ symbol: "D", unit: "tokens", format: "count" }],
    domain: `nonEmbeddingParams and overfitting ${POS}.`,
    source: [K("eq 4.3, Table 2")],
    presets: ["kaplan2020Table2"],
  },
  {
    name: "kaplanLossParamsSteps",
    group: "kaplan",
    summary: "Loss after S_min optimiser steps at large batch.",
    tex: "L(N, S_{\\min}) = (N_c/N)^{\\alpha_N} + (S_c/S_{\\min})^{\\alpha_S}",
    call: "object",
    signature: "kaplanLossParamsSteps({ nonEmbeddingParams, steps }, preset = kaplan2020Table3)",
    args: [
      { ...N_NE, example: 1.5e9 },
      { name: "steps", symbol: "S_{\\min}", unit: "steps", meaning: "optimiser steps at B ≫ B_crit", example: 1e5, format: "count" },
    ],
    outputs: [LOSS],
    domain: `nonEmbeddingParams and steps ${POS}.`,
    source: [K("eq 1.6 / 5.6, Table 3")],
    presets: ["kaplan2020Table3"],
  },
  // Kaplan: allocation
  {
    name: "kaplanOptimalParams",
    group: "kaplanAllocation",
    summary: "Compute-efficient model size, as the Fig. 14 legend gives it.",
    tex: "N(C_{\\min}) = 1.3\\times10^{9}\\; x^{0.73},\\quad x = C_{\\min}/\\text{PF-day}",
    call: "object",
    signature: "kaplanOptimalParams({ flopsMin }, preset = kaplan2020Allocation)",
    args: [{ ...CMIN, example: 8.64e19 * 1e3 }],
    outputs: [{ symbol: "N", unit: "parameters (non-embedding)", format: "count" }],
    domain: `flopsMin ${POS}. Prefactor from a figure legend (verification "secondary").`,
    source: [K("§6.1, Fig. 14 legend")],
    presets: ["kaplan2020Allocation"],
  },
  {
    name: "kaplanOptimalTokens",
    group: "kaplanAllocation",
    summary: "Compute-efficient training tokens.",
    tex: "D(C_{\\min}) = 4\\times10^{10}\\; x^{0.26}",
    call: "object",
    signature: "kaplanOptimalTokens({ flopsMin }, preset = kaplan2020Allocation)",
    args: [{ ...CMIN, example: 8.64e19 * 1e3 }],
    outputs: [{ symbol: "D", unit: "tokens", format: "count" }],
    domain: `flopsMin ${POS}.`,
    source: [K("§6.3")],
    presets: ["kaplan2020Allocation"],
  },
  {
    name: "kaplanOptimalParamsFromTokens",
    group: "kaplanAllocation",
    summary: "Compute-efficient model size derived from the text's D(C_min).",
    tex: "N = \\frac{2\\,C_{\\min}}{6\\,D(C_{\\min})} \\approx 7.2\\times10^{8}\\; x^{0.74}",
    call: "object",
    signature: "kaplanOptimalParamsFromTokens({ flopsMin }, preset = kaplan2020Allocation)",
    args: [{ ...CMIN, example: 8.64e19 * 1e3 }],
    outputs: [{ symbol: "N", unit: "parameters (non-embedding)", format: "count" }],
    domain: `flopsMin ${POS}.`,
    source: [K("§6.3")],
    presets: ["kaplan2020Allocation"],
  },
  {
    name: "kaplanEfficientScaling",
    group: "kaplanAllocation",
    summary: "How N, the batch B, the steps S and the data D = B·S grow with C_min on the efficient frontier.",
    tex: "N \\propto C_{\\min}^{0.73},\\quad B \\propto C_{\\min}^{0.24},\\quad S \\propto C_{\\min}^{0.03},\\quad D = B\\,S \\propto C_{\\min}^{0.27}",
    call: "object",
    signature: "kaplanEfficientScaling({ computeRatio }, preset = kaplan2020EfficientExponents)",
    args: [{ name: "computeRatio", symbol: "C_{\\min}'/C_{\\min}", unit: "ratio", meaning: "how many times more compute", example: 10, format: "multiple" }],
    outputs: [
      { key: "params", symbol: "N'/N", unit: "multiplier", format: "multiple" },
      { key: "batch", symbol: "B'/B", unit: "multiplier", format: "multiple" },
      { key: "steps", symbol: "S'/S", unit: "multiplier", format: "multiple" },
      { key: "tokens", symbol: "D'/D", unit: "multiplier", format: "multiple" },
    ],
    domain: `computeRatio ${POS}. Exponents secondary; D ∝ C^0.27 here against the §6.3 text's 0.26 (kaplanOptimalTokens).`,
    source: [K("§1.2, §6.1")],
    presets: ["kaplan2020EfficientExponents"],
  },
  {
    name: "kaplanMinComputeExponents",
    group: "kaplanAllocation",
    summary: "App. B.2's prediction of α_C^min and the N, B, S exponents from α_N, α_S and α_B.",
    tex: "\\begin{gathered}\\alpha_C^{\\min} = \\frac{1}{1/\\alpha_S + 1/\\alpha_B + 1/\\alpha_N}\\\\ N \\propto C_{\\min}^{\\alpha_C^{\\min}/\\alpha_N},\\ B \\propto C_{\\min}^{\\alpha_C^{\\min}/\\alpha_B},\\ S \\propto C_{\\min}^{\\alpha_C^{\\min}/\\alpha_S}\\end{gathered}",
    call: "preset",
    signature: "kaplanMinComputeExponents({ alphaN = 0.077, alphaS = 0.76, alphaB = 0.21 } = {})",
    args: [],
    outputs: [
      { key: "alphaCMin", symbol: "\\alpha_C^{\\min}", unit: "exponent", format: "sig" },
      { key: "paramsExponent", symbol: "\\alpha_C^{\\min}/\\alpha_N", unit: "exponent", format: "sig" },
      { key: "batchExponent", symbol: "\\alpha_C^{\\min}/\\alpha_B", unit: "exponent", format: "sig" },
      { key: "stepsExponent", symbol: "\\alpha_C^{\\min}/\\alpha_S", unit: "exponent", format: "sig" },
    ],
    domain: "Each exponent finite and > 0 (defaults: Table 3's α_N, α_S; eq 1.4's α_B). The three allocation exponents sum to 1.",
    source: [K("App. B.2")],
    presets: [],
  },
  {
    name: "kaplanEfficientStoppingFactor",
    group: "kaplanAllocation",
    summary: "How far above its converged loss a compute-efficient run stops.",
    tex: "\\frac{L(N, S_\\text{eff})}{L(N, \\infty)} = 1 + \\frac{\\alpha_N}{\\alpha_S}",
    call: "preset",
    signature: "kaplanEfficientStoppingFactor({ alphaN = 0.077, alphaS = 0.76 } = {})",
    args: [],
    outputs: [{ symbol: "1 + \\alpha_N/\\alpha_S", unit: "ratio", format: "sig" }],
    domain: "alphaN, alphaS finite and > 0 (defaults Table 3). Derived from eq 5.6 at fixed N·S.",
    source: [K("App. B.2, §6.1, eq 5.6")],
    presets: [],
  },
  {
    name: "kaplanConvergenceCost",
    group: "kaplanAllocation",
    summary: "Parameters, steps and compute needed to reach the same loss when stopping a fraction f above convergence, relative to efficient stopping.",
    tex: "\\frac{C_f}{C_{f_e}} = \\left(\\frac{1+f}{1+f_e}\\right)^{1/\\alpha_N}\\left(\\frac{f/(1+f)}{f_e/(1+f_e)}\\right)^{-1/\\alpha_S},\\quad f_e = \\frac{\\alpha_N}{\\alpha_S}",
    call: "object",
    signature: "kaplanConvergenceCost({ convergenceFactor }, { alphaN = 0.077, alphaS = 0.76 } = {})",
    args: [{ name: "convergenceFactor", symbol: "f", unit: "fraction", meaning: "how far above converged loss training stops", example: 0.02, format: "sig" }],
    outputs: [
      { key: "paramsRatio", symbol: "N_f/N_{f_e}", unit: "ratio", format: "sig" },
      { key: "stepsRatio", symbol: "S_f/S_{f_e}", unit: "ratio", format: "sig" },
      { key: "computeRatio", symbol: "C_f/C_{f_e}", unit: "ratio", format: "multiple" },
    ],
    domain: `convergenceFactor ${POS} (throws when so small the step count overflows). Ratios derived here from eq 5.6; ≥ 1 in compute, 1 at f = f_e.`,
    source: [K("App. B.3, eq 5.6, Table 3")],
    presets: [],
  },
  {
    name: "kaplanCrossover",
    group: "kaplanAllocation",
    summary: "Where L(C_min) meets the data-limited L(D(C_min)), solved numerically.",
    tex: "(C_c/C_{\\min})^{\\alpha_C} = \\left(D_c / D(C_{\\min})\\right)^{\\alpha_D}",
    call: "object",
    signature: "kaplanCrossover({ alphaC, CcPfDays, alphaD, Dc, tokensCoefficient, tokensExponent, paramsCoefficient, paramsExponent } = {})",
    args: [
      { name: "alphaC", symbol: "\\alpha_C^{\\min}", unit: "exponent", meaning: "exponent of eq 1.3", example: 0.05, optional: true, format: "sig" },
      { name: "alphaD", symbol: "\\alpha_D", unit: "exponent", meaning: "exponent of eq 1.2", example: 0.095, optional: true, format: "sig" },
    ],
    outputs: [
      { key: "computePfDays", symbol: "C_{\\min}^*", unit: "PF-days", format: "sci" },
      { key: "nonEmbeddingParams", symbol: "N^*", unit: "parameters (non-embedding)", format: "count" },
      { key: "tokens", symbol: "D^*", unit: "tokens", format: "count" },
      { key: "loss", symbol: "L^*", unit: "nats per token", format: "sig" },
    ],
    domain:
      "Every constant finite and > 0 (defaults: Kaplan's). Throws RangeError when the laws do not cross between 10⁻³⁰ and 10⁶⁰ PF-days. Compare kaplan2020StatedCrossover.",
    source: [K("§6.3, eqs 1.2, 1.3")],
    presets: [],
  },
  // Chinchilla
  {
    name: "chinchillaLoss",
    group: "chinchilla",
    summary: "The parametric loss of Hoffmann et al.",
    tex: "\\hat L(N, D) = E + \\frac{A}{N^{\\alpha}} + \\frac{B}{D^{\\beta}}",
    call: "object",
    signature: "chinchillaLoss({ params, tokens }, preset = hoffmann2022)",
    args: [
      { ...N_ALL, example: 70e9 },
      { ...D, example: 1.4e12 },
    ],
    outputs: [LOSS],
    domain: `params and tokens ${POS}. Fitted on over 400 models of 70M to over 16B parameters trained on 5B to 500B tokens (abstract).`,
    source: [H("§3.3 eq 2, App. D.2")],
    presets: [...CHINCHILLA],
  },
  {
    name: "chinchillaOptimal",
    group: "chinchilla",
    summary: "Compute-optimal model size and data under C = 6ND.",
    tex: "N_\\text{opt} = G\\,(C/6)^{a},\\quad D_\\text{opt} = G^{-1}(C/6)^{b},\\quad G = \\left(\\tfrac{\\alpha A}{\\beta B}\\right)^{\\frac{1}{\\alpha+\\beta}}",
    call: "object",
    signature: "chinchillaOptimal({ flops }, preset = hoffmann2022)",
    args: [{ ...C, example: 5.76e23 }],
    outputs: [
      { key: "params", symbol: "N_\\text{opt}", unit: "parameters (all)", format: "count" },
      { key: "tokens", symbol: "D_\\text{opt}", unit: "tokens", format: "count" },
    ],
    domain: `flops ${POS}. Spends the budget exactly: 6·N_opt·D_opt = C.`,
    source: [H("§3.3 eq 4")],
    presets: [...CHINCHILLA],
  },
  {
    name: "chinchillaAllocationExponents",
    group: "chinchilla",
    summary: "Allocation exponents of the compute-optimal frontier.",
    tex: "N_\\text{opt} \\propto C^{a},\\ D_\\text{opt} \\propto C^{b},\\quad a = \\frac{\\beta}{\\alpha+\\beta},\\ b = \\frac{\\alpha}{\\alpha+\\beta}",
    call: "preset",
    signature: "chinchillaAllocationExponents(preset = hoffmann2022)",
    args: [],
    outputs: [
      { key: "a", symbol: "a", unit: "exponent", format: "sig" },
      { key: "b", symbol: "b", unit: "exponent", format: "sig" },
    ],
    domain: "Any valid Chinchilla-form preset.",
    source: [H("§3.3 eq 4, App. D.2")],
    presets: [...CHINCHILLA],
  },
  {
    name: "chinchillaDataExponent",
    group: "chinchilla",
    summary: "Exponent of D_opt ∝ N_opt^e along the frontier.",
    tex: "e = b/a = \\alpha/\\beta",
    call: "preset",
    signature: "chinchillaDataExponent(preset = hoffmann2022)",
    args: [],
    outputs: [{ symbol: "e", unit: "exponent", format: "sig" }],
    domain: "Any valid Chinchilla-form preset.",
    source: [H("§3.3 eq 4")],
    presets: [...CHINCHILLA],
  },
  {
    name: "chinchillaTokensPerParam",
    group: "chinchilla",
    summary: "Tokens per parameter at the compute-optimal point.",
    tex: "D_\\text{opt}/N_\\text{opt} = G^{-2}\\,(C/6)^{b-a}",
    call: "object",
    signature: "chinchillaTokensPerParam({ flops }, preset = hoffmann2022)",
    args: [{ ...C, example: 5.76e23 }],
    outputs: [{ symbol: "D/N", unit: "tokens per parameter", format: "sig" }],
    domain: `flops ${POS}.`,
    source: [H("§3.3 eq 4")],
    presets: [...CHINCHILLA],
  },
  {
    name: "chinchillaIsoFlopLoss",
    group: "chinchilla",
    summary: "Loss along a fixed-compute (isoFLOP) line, as a function of N.",
    tex: "\\hat L\\!\\left(N, \\tfrac{C}{6N}\\right) = E + \\frac{A}{N^{\\alpha}} + B\\left(\\frac{6N}{C}\\right)^{\\beta}",
    call: "object",
    signature: "chinchillaIsoFlopLoss({ flops, params }, preset = hoffmann2022)",
    args: [
      { ...C, example: 5.76e23 },
      { ...N_ALL, example: 70e9 },
    ],
    outputs: [LOSS],
    domain: `flops and params ${POS}.`,
    source: [H("§3.2, §3.3 eq 2")],
    presets: [...CHINCHILLA],
  },
  // Cost-optimal
  {
    name: "costOptimal",
    group: "cost",
    summary: "The Chinchilla loss minimised under a money budget in which data has a price.",
    tex: "\\min_{N,D}\\ \\hat L(N, D)\\ \\text{ s.t. }\\ p_F\\cdot 6ND + p_T D + p_N N = \\text{budget}",
    call: "object",
    signature: "costOptimal({ budget, pricePerFlop, pricePerToken = 0, pricePerParam = 0 }, preset = hoffmann2022)",
    args: [
      { name: "budget", symbol: "\\text{budget}", unit: "money", meaning: "total money to spend", example: 1e6, format: "count" },
      { name: "pricePerFlop", symbol: "p_F", unit: "money per FLOP", meaning: "price of one training FLOP", example: 1e-18, format: "sci" },
      { name: "pricePerToken", symbol: "p_T", unit: "money per token", meaning: "price of one training token", example: 1e-6, optional: true, format: "sci" },
    ],
    outputs: [
      { key: "params", symbol: "N", unit: "parameters (all)", format: "count" },
      { key: "tokens", symbol: "D", unit: "tokens", format: "count" },
      { key: "tokensPerParam", symbol: "D/N", unit: "tokens per parameter", format: "sig" },
      { key: "loss", symbol: "\\hat L", unit: "nats per token", format: "sig" },
    ],
    domain:
      "budget and pricePerFlop > 0; pricePerToken, pricePerParam ≥ 0; the budget must buy one parameter trained on one token. With free data this is chinchillaOptimal at C = budget/pricePerFlop.",
    source: [H("§3.3 eq 2 (loss form); the budget constraint is this site's extension")],
    presets: [...CHINCHILLA],
  },
  {
    name: "inferenceOptimal",
    group: "cost",
    summary: "The model that reaches a target loss for the least training plus inference compute (Sardana et al.).",
    tex: "\\min_{N, D_\\text{tr}}\\ 6\\,N D_\\text{tr} + 2\\,N D_\\text{inf}\\ \\text{ s.t. }\\ \\hat L(N, D_\\text{tr}) = \\ell",
    call: "object",
    signature: "inferenceOptimal({ loss, inferenceTokens }, preset = hoffmann2022)",
    args: [
      { name: "loss", symbol: "\\ell", unit: "nats per token", meaning: "target loss", example: 2, format: "sig" },
      { name: "inferenceTokens", symbol: "D_\\text{inf}", unit: "tokens", meaning: "lifetime inference tokens", example: 2e12, format: "count" },
    ],
    outputs: [
      { key: "params", symbol: "N", unit: "parameters (all)", format: "count" },
      { key: "tokens", symbol: "D_\\text{tr}", unit: "tokens", format: "count" },
      { key: "tokensPerParam", symbol: "D_\\text{tr}/N", unit: "tokens per parameter", format: "sig" },
      { key: "totalFlops", symbol: "C_\\text{total}", unit: "FLOPs", format: "sci" },
    ],
    domain:
      "loss finite and > E of the fit; inferenceTokens ≥ 0 (0 gives Chinchilla's compute-optimal model for that loss). Any Chinchilla-form preset; say which.",
    source: [{ id: "sardana2023", where: "§2 (objective)" }, H("§3.3 eq 2 (loss form)")],
    presets: [...CHINCHILLA],
  },
  {
    name: "impliedInferenceTokens",
    group: "cost",
    summary: "The lifetime inference demand for which a given model and training run is the inference-aware optimum.",
    tex: "D_\\text{inf} = 3\\,D\\,(q - 1),\\quad q = \\frac{\\alpha A N^{-\\alpha}}{\\beta B D^{-\\beta}}",
    call: "object",
    signature: "impliedInferenceTokens({ params, tokens }, preset = hoffmann2022)",
    args: [
      { ...N_ALL, example: 8e9 },
      { ...D, example: 15e12 },
    ],
    outputs: [{ symbol: "D_\\text{inf}", unit: "tokens", format: "sci" }],
    domain: `params and tokens ${POS}. Negative when the run is under-trained for its loss (no demand makes it optimal); 0 on Chinchilla's frontier.`,
    source: [{ id: "sardana2023", where: "§2 (objective, inverted here)" }, H("§3.3 eq 2")],
    presets: [...CHINCHILLA],
  },
  {
    name: "chinchillaTokensForLoss",
    group: "cost",
    summary: "Training tokens a model of N parameters needs to reach a loss under a Chinchilla-form fit.",
    tex: "D = \\left(\\frac{B}{\\ell - E - A/N^{\\alpha}}\\right)^{1/\\beta}",
    call: "object",
    signature: "chinchillaTokensForLoss({ params, loss }, preset = hoffmann2022)",
    args: [
      { ...N_ALL, example: 7e9 },
      { name: "loss", symbol: "\\ell", unit: "nats per token", meaning: "target loss", example: 2.1, format: "sig" },
    ],
    outputs: [{ symbol: "D", unit: "tokens", format: "count" }],
    domain: "params > 0; loss > L̂(N, ∞) = E + A/N^α (otherwise no amount of data reaches it: RangeError).",
    source: [H("§3.3 eq 2, solved for D")],
    presets: [...CHINCHILLA],
  },
  // Transfer
  {
    name: "transferredData",
    group: "transfer",
    summary: "Effective data transferred from pre-training.",
    tex: "D_T = k\\, D_F^{\\alpha}\\, N^{\\beta}",
    call: "object",
    signature: "transferredData({ fineTuneData, nonEmbeddingParams }, preset = hernandez2021TextToPython)",
    args: [
      { name: "fineTuneData", symbol: "D_F", unit: "characters", meaning: "fine-tuning data", example: 3e5, format: "count" },
      { ...N_NE, example: 4e7 },
    ],
    outputs: [{ symbol: "D_T", unit: "characters", format: "count" }],
    domain: `fineTuneData and nonEmbeddingParams ${POS}. Valid in the low-data regime (D_F small against what the model needs).`,
    source: [HE("eq 1.1, Table 1")],
    presets: [...TRANSFER],
  },
  {
    name: "transferMultiplier",
    group: "transfer",
    summary: "Effective-data multiplier of pre-training.",
    tex: "\\frac{D_F + D_T}{D_F} = 1 + k\\, D_F^{\\alpha-1} N^{\\beta}",
    call: "object",
    signature: "transferMultiplier({ fineTuneData, nonEmbeddingParams }, preset = hernandez2021TextToPython)",
    args: [
      { name: "fineTuneData", symbol: "D_F", unit: "characters", meaning: "fine-tuning data", example: 3e5, format: "count" },
      { ...N_NE, example: 4e7 },
    ],
    outputs: [{ symbol: "(D_F + D_T)/D_F", unit: "multiple", format: "multiple" }],
    domain: `fineTuneData and nonEmbeddingParams ${POS}; low-data regime.`,
    source: [HE("eq 1.2")],
    presets: [...TRANSFER],
  },
  {
    name: "transferDataForModelScale",
    group: "transfer",
    summary: "Data factor worth as much transfer as a modelScale× larger model.",
    tex: "M^{\\beta/\\alpha}",
    call: "object",
    signature: "transferDataForModelScale({ modelScale }, preset = hernandez2021TextToPython)",
    args: [{ name: "modelScale", symbol: "M", unit: "ratio of model sizes", meaning: "how many times larger the model is", example: 10, format: "multiple" }],
    outputs: [{ symbol: "M^{\\beta/\\alpha}", unit: "data factor", format: "multiple" }],
    domain: `modelScale ${POS}.`,
    source: [HE("eq 1.1 (derived)")],
    presets: [...TRANSFER],
  },
  {
    name: "transferFineTuneDataForEffective",
    group: "transfer",
    summary: "Fine-tuning data needed to reach a target effective data, solved numerically.",
    tex: "D_F + k\\, D_F^{\\alpha} N^{\\beta} = D_E",
    call: "object",
    signature: "transferFineTuneDataForEffective({ effectiveData, nonEmbeddingParams }, preset = hernandez2021TextToPython)",
    args: [
      { name: "effectiveData", symbol: "D_E", unit: "characters", meaning: "target effective data", example: 3e8, format: "count" },
      { ...N_NE, example: 4e7 },
    ],
    outputs: [{ symbol: "D_F", unit: "characters", format: "count" }],
    domain: `effectiveData and nonEmbeddingParams ${POS}; returns 0 < D_F < D_E (0 on underflow).`,
    source: [HE("eqs 1.1–1.2 (inverted)")],
    presets: [...TRANSFER],
  },
  // Data-constrained
  {
    name: "effectiveTokens",
    group: "dataConstrained",
    summary: "Effective data when U_D unique tokens are repeated to D tokens.",
    tex: "D' = U_D + U_D R_D^* \\left(1 - e^{-R_D/R_D^*}\\right),\\quad R_D = D/U_D - 1",
    call: "object",
    signature: "effectiveTokens({ tokens, uniqueTokens }, preset = muennighoff2023)",
    args: [
      { ...D, meaning: "total training tokens", example: 242e9 },
      { name: "uniqueTokens", symbol: "U_D", unit: "tokens", meaning: "unique tokens", example: 25e9, format: "count" },
    ],
    outputs: [{ symbol: "D'", unit: "tokens", format: "count" }],
    domain: "0 < uniqueTokens ≤ tokens. Fitted on runs up to 9B parameters and 900B tokens (abstract).",
    source: [MU("§3")],
    presets: ["muennighoff2023"],
  },
  {
    name: "effectiveParams",
    group: "dataConstrained",
    summary: "Effective parameters: excess parameters for the unique data decay in value.",
    tex: "N' = U_N + U_N R_N^* \\left(1 - e^{-R_N/R_N^*}\\right),\\quad U_N = \\min(N, N_\\text{opt}(U_D))",
    call: "object",
    signature: "effectiveParams({ params, uniqueTokens }, preset = muennighoff2023)",
    args: [
      { ...N_ALL, example: 6.34e9 },
      { name: "uniqueTokens", symbol: "U_D", unit: "tokens", meaning: "unique tokens", example: 25e9, format: "count" },
    ],
    outputs: [{ symbol: "N'", unit: "parameters", format: "count" }],
    domain: `params and uniqueTokens ${POS}.`,
    source: [MU("§3")],
    presets: ["muennighoff2023"],
  },
  {
    name: "dataConstrainedLoss",
    group: "dataConstrained",
    summary: "Chinchilla-form loss with effective data and parameters.",
    tex: "L = E + \\frac{A}{N'^{\\alpha}} + \\frac{B}{D'^{\\beta}}",
    call: "object",
    signature: "dataConstrainedLoss({ params, tokens, uniqueTokens }, preset = muennighoff2023)",
    args: [
      { ...N_ALL, example: 6.34e9 },
      { ...D, example: 242e9 },
      { name: "uniqueTokens", symbol: "U_D", unit: "tokens", meaning: "unique tokens", example: 25e9, format: "count" },
    ],
    outputs: [LOSS],
    domain: "params > 0; 0 < uniqueTokens ≤ tokens. Use Muennighoff's own constants: never R_D*, R_N* with Hoffmann's.",
    source: [MU("§3; datablations README, Parametric Fit")],
    presets: ["muennighoff2023"],
  },
  // Data exhaustion
  {
    name: "dataExhaustionYear",
    group: "dataExhaustion",
    summary: "The year a run on the compute trend needs the whole stock of human text (Villalobos et al.'s model; every rate is yours).",
    tex: "D(t) = \\sqrt{\\frac{r\\,k\\,C_0\\,g^{\\,t-t_0}}{6}} = E\\,S \\;\\Rightarrow\\; t = t_0 + \\frac{\\ln\\!\\big(6 (E S)^2 / (r k C_0)\\big)}{\\ln g}",
    call: "object",
    signature: "dataExhaustionYear({ stockTokens, startYear, startFlops, computeGrowthPerYear, tokensPerParam, overtraining = 1, epochs = 1 })",
    args: [
      { name: "stockTokens", symbol: "S", unit: "tokens", meaning: "stock of public human text", example: 3e14, format: "count" },
      { name: "startYear", symbol: "t_0", unit: "year", meaning: "year of the starting run (example)", example: 2024, format: "sig" },
      { name: "startFlops", symbol: "C_0", unit: "FLOPs", meaning: "largest run's compute in t₀ (example)", example: 4e25, format: "sci" },
      { name: "computeGrowthPerYear", symbol: "g", unit: "factor per year", meaning: "growth of the largest run (example)", example: 4, format: "multiple" },
      { name: "tokensPerParam", symbol: "r", unit: "tokens per parameter", meaning: "compute-optimal ratio", example: 20, format: "sig" },
      { name: "overtraining", symbol: "k", unit: "factor", meaning: "over-training factor", example: 1, optional: true, format: "multiple" },
      { name: "epochs", symbol: "E", unit: "passes", meaning: "passes over the stock", example: 1, optional: true, format: "sig" },
    ],
    outputs: [
      { key: "year", symbol: "t", unit: "year", format: "sig" },
      { key: "flops", symbol: "C^*", unit: "FLOPs", format: "sci" },
      { key: "params", symbol: "N^*", unit: "parameters", format: "count" },
    ],
    domain: "stockTokens, startFlops, tokensPerParam, overtraining, epochs finite and > 0; computeGrowthPerYear > 1; startYear finite. C = 6ND, D = r·k·N.",
    source: [{ id: "villalobos2024", where: "v2 §2, Fig. 1" }, K("§2.1 (C = 6ND)")],
    presets: [],
  },
  {
    name: "dataExhaustionYearFromTrend",
    group: "dataExhaustion",
    summary: "The year the dataset-size trend reaches the stock.",
    tex: "t = t_0 + \\frac{\\ln(E\\,S / D_0)}{\\ln h}",
    call: "object",
    signature: "dataExhaustionYearFromTrend({ stockTokens, startYear, startTokens, datasetGrowthPerYear, epochs = 1 })",
    args: [
      { name: "stockTokens", symbol: "S", unit: "tokens", meaning: "stock of public human text", example: 3e14, format: "count" },
      { name: "startYear", symbol: "t_0", unit: "year", meaning: "year of the starting dataset (example)", example: 2024, format: "sig" },
      { name: "startTokens", symbol: "D_0", unit: "tokens", meaning: "largest dataset in t₀ (example)", example: 15e12, format: "count" },
      {
        name: "datasetGrowthPerYear",
        symbol: "h",
        unit: "factor per year",
        meaning: "growth of the largest dataset (example)",
        example: 2,
        format: "multiple",
      },
    ],
    outputs: [{ symbol: "t", unit: "year", format: "sig" }],
    domain: "stockTokens, startTokens, epochs finite and > 0; datasetGrowthPerYear > 1; startYear finite.",
    source: [{ id: "villalobos2024", where: "v2 §2" }],
    presets: [],
  },
  {
    name: "repeatedDataValue",
    group: "dataExhaustion",
    summary: "What E passes over the same data are worth, by Muennighoff et al.'s decay.",
    tex: "\\frac{D'}{U} = 1 + R_D^*\\left(1 - e^{-(E-1)/R_D^*}\\right),\\quad \\frac{D'}{D} = \\frac{D'/U}{E}",
    call: "object",
    signature: "repeatedDataValue({ epochs }, preset = muennighoff2023)",
    args: [{ name: "epochs", symbol: "E", unit: "passes", meaning: "passes over the unique data", example: 4, format: "sig" }],
    outputs: [
      { key: "effectiveEpochs", symbol: "D'/U", unit: "epochs of fresh data", format: "sig" },
      { key: "valuePerToken", symbol: "D'/D", unit: "value per token", format: "percent" },
    ],
    domain: "epochs finite and ≥ 1.",
    source: [MU("§3; datablations README, Parametric Fit")],
    presets: ["muennighoff2023"],
  },
  // Frozen pretrained transformer
  {
    name: "frozenTransformerParams",
    group: "frozen",
    summary: "Trainable weights of Lu et al.'s Frozen Pretrained Transformer (input and output layers, layer norms, position embeddings) on GPT-2.",
    tex: "N_t = (d_\\text{in}+1)\\,d + (d+1)\\,d_\\text{out} + (2\\,n_\\text{layer}+1)\\,2d + n_\\text{pos}\\,d",
    call: "object",
    signature: "frozenTransformerParams({ inputDim, outputDim, positionsTrained = contextLength }, preset = lu2021Gpt2Small)",
    args: [
      {
        name: "inputDim",
        symbol: "d_\\text{in}",
        unit: "features",
        meaning: "input features per token (CIFAR-10, 4×4 patches: 48)",
        example: 48,
        format: "count",
      },
      { name: "outputDim", symbol: "d_\\text{out}", unit: "outputs", meaning: "output classes", example: 10, format: "count" },
      {
        name: "positionsTrained",
        symbol: "n_\\text{pos}",
        unit: "positions",
        meaning: "position-table rows counted (code: all 1,024)",
        example: 64,
        optional: true,
        format: "count",
      },
    ],
    outputs: [
      { key: "trainable", symbol: "N_t", unit: "parameters", format: "count" },
      { key: "shareOfAll", symbol: "N_t/N_\\text{all}", unit: "share of all 124M", format: "percent" },
      { key: "shareOfBody", symbol: "N_t/N_\\text{body}", unit: "share of the non-embedding body", format: "percent" },
    ],
    domain:
      "inputDim, outputDim integers ≥ 1; positionsTrained an integer in [0, contextLength]. The paper's ~0.086% (secondary) is not reproduced by either count; say which share a number uses.",
    source: [{ id: "lu2021", where: "§2.2; kzl/universal-computation fpt.py" }],
    presets: ["lu2021Gpt2Small"],
  },
  // Bio Anchors
  {
    name: "bioAnchorsComputeMultiplier",
    group: "bioAnchors",
    summary: "Compute over the Bio Anchors estimate for a model M times larger when data grows as N^e instead of N^0.8.",
    tex: "\\frac{C_\\text{new}}{C_\\text{Bio Anchors}} = M^{\\,e - 0.8}",
    call: "object",
    signature: "bioAnchorsComputeMultiplier({ sizeRatio, dataExponent }, preset = cotra2020BioAnchors)",
    args: [
      { name: "sizeRatio", symbol: "M", unit: "ratio of model sizes", meaning: "how many times larger the model is", example: 1e5, format: "multiple" },
      { name: "dataExponent", symbol: "e", unit: "exponent", meaning: "data exponent, D ∝ N^e", example: 1, format: "sig" },
    ],
    outputs: [{ symbol: "M^{e-0.8}", unit: "multiplier", format: "multiple" }],
    domain: "sizeRatio finite and > 0; dataExponent finite. The report's 0.8 is read in Hilton's comment (secondary).",
    source: [{ id: "cotra2020", where: "data ∝ N^0.8 (secondary)" }, { id: "chinchillaLinkpost2022", where: "Jacob Hilton's comment" }, H("Table 2")],
    presets: ["cotra2020BioAnchors"],
  },
  // DeepSeek
  {
    name: "deepseekFlopsPerToken",
    group: "deepseek",
    summary: "DeepSeek's model scale M: non-embedding training FLOPs per token, attention included.",
    tex: "M = 72\\,n_\\text{layer}\\,d_\\text{model}^2 + 12\\,n_\\text{layer}\\,d_\\text{model}\\,l_\\text{seq}",
    call: "object",
    signature: "deepseekFlopsPerToken({ nLayer, dModel, sequenceLength })",
    args: [
      { ...SHAPE_LAYERS, example: 30 },
      { ...SHAPE_WIDTH, example: 4096 },
      { ...SHAPE_CTX, name: "sequenceLength", symbol: "l_\\text{seq}", meaning: "sequence length", example: 4096 },
    ],
    outputs: [{ symbol: "M", unit: "FLOPs per token", format: "count" }],
    domain: `nLayer, dModel, sequenceLength ${POS}. C = M·D. Read in transcriptions of eq 2 (secondary).`,
    source: [DS("§3.2 eq 2")],
    presets: [],
  },
  {
    name: "deepseekModelScales",
    group: "deepseek",
    summary: "The three model-scale representations DeepSeek compares: 6N₁, 6N₂ and M.",
    tex: "\\begin{gathered}6N_1 = 72\\,n_\\text{layer} d_\\text{model}^2\\\\ 6N_2 = 6N_1 + 6\\,n_\\text{vocab} d_\\text{model}\\\\ M = 6N_1 + 12\\,n_\\text{layer} d_\\text{model} l_\\text{seq}\\end{gathered}",
    call: "object",
    signature: "deepseekModelScales({ nLayer, dModel, sequenceLength, vocab })",
    args: [
      { ...SHAPE_LAYERS, example: 8 },
      { ...SHAPE_WIDTH, example: 512 },
      { ...SHAPE_CTX, name: "sequenceLength", symbol: "l_\\text{seq}", meaning: "sequence length", example: 4096 },
      { name: "vocab", symbol: "n_\\text{vocab}", unit: "tokens", meaning: "vocabulary size", example: 102400, format: "sig" },
    ],
    outputs: [
      { key: "sixN1", symbol: "6N_1", unit: "FLOPs per token", format: "count" },
      { key: "sixN2", symbol: "6N_2", unit: "FLOPs per token", format: "count" },
      { key: "flopsPerToken", symbol: "M", unit: "FLOPs per token", format: "count" },
    ],
    domain: `nLayer, dModel, sequenceLength, vocab ${POS}.`,
    source: [DS("§3.2 eq 2, Table 3")],
    presets: [],
  },
  {
    name: "deepseekOptimal",
    group: "deepseek",
    summary: "DeepSeek's fitted compute-optimal model scale M and data D.",
    tex: "M_\\text{opt} = 0.1715\\,C^{0.5243},\\quad D_\\text{opt} = 5.8316\\,C^{0.4757}",
    call: "object",
    signature: "deepseekOptimal({ flops }, preset = deepseek2024)",
    args: [{ ...C, example: 1e24 }],
    outputs: [
      { key: "flopsPerToken", symbol: "M_\\text{opt}", unit: "FLOPs per token", format: "sci" },
      { key: "tokens", symbol: "D_\\text{opt}", unit: "tokens", format: "count" },
    ],
    domain: `flops ${POS}. Fitted on 8 budgets from 1e17 to 3e20 FLOPs; secondary. M_opt·D_opt = 1.0001·C.`,
    source: [DS("§3.2 eq 4")],
    presets: ["deepseek2024"],
  },
  {
    name: "deepseekHyperparameters",
    group: "deepseek",
    summary: "DeepSeek's near-optimal batch size and peak learning rate as power laws of compute.",
    tex: "B_\\text{opt} = 0.2920\\,C^{0.3271},\\quad \\eta_\\text{opt} = 0.3118\\,C^{-0.1250}",
    call: "object",
    signature: "deepseekHyperparameters({ flops }, preset = deepseek2024)",
    args: [{ ...C, example: 1e24 }],
    outputs: [
      { key: "batchTokens", symbol: "B_\\text{opt}", unit: "tokens per batch", format: "count" },
      { key: "learningRate", symbol: "\\eta_\\text{opt}", unit: "learning rate", format: "sci" },
    ],
    domain: `flops ${POS}. Fitted from 1e17 to 2e19 FLOPs, validated at 1e20; ignores the model/data split. Secondary.`,
    source: [DS("§3.1 eq 1")],
    presets: ["deepseek2024"],
  },
  // Fitting
  {
    name: "fitChinchilla",
    group: "fit",
    summary: "Fits E, A, B, α, β to (N, D, L) measurements the way Hoffmann et al. did.",
    tex: "\\min \\sum_i \\text{Huber}_\\delta\\!\\left(\\text{LSE}(a - \\alpha\\log N_i,\\ b - \\beta \\log D_i,\\ e) - \\log L_i\\right)",
    call: "tool",
    signature: "fitChinchilla(points, { delta = 1e-3, grid = hoffmann2022Grid, start, maxIterations = 1000, onProgress } = {})",
    args: [],
    outputs: [],
    domain: "At least 5 points {params, tokens, loss}, all > 0. Never throws for non-convergence: check converged.",
    source: [H("§3.3 eq 3, App. D.2"), { id: "besiroglu2024", where: "§3" }],
    presets: [],
  },
  {
    name: "bootstrapChinchilla",
    group: "fit",
    summary: "Percentile bootstrap of the Chinchilla fit (Besiroglu et al.'s intervals).",
    tex: "\\theta^{(r)} = \\text{fit}\\!\\left(\\{x_{i_j}\\}_{j=1}^{n}\\right),\\ i_j \\sim \\mathcal{U}\\{1..n\\};\\quad \\text{CI} = \\text{percentiles of } \\theta^{(r)}",
    call: "tool",
    signature: "bootstrapChinchilla(points, { resamples, random, start, confidence = 0.95, delta, maxIterations, onProgress })",
    args: [],
    outputs: [],
    domain: "At least 5 points; resamples an integer ≥ 2; random a seeded generator (createRandom).",
    source: [{ id: "besiroglu2024", where: "§3 (4000 resamples)" }],
    presets: [],
  },
  {
    name: "fitChinchillaApproach2",
    group: "fit",
    summary: "Hoffmann et al.'s Approach 2: a parabola in log N per isoFLOP budget, then power laws through the minima.",
    tex: "L_C \\approx c_0 + c_1 \\ln N + c_2 \\ln^2 N;\\ N_{\\text{opt}} = e^{-c_1/2c_2} \\propto C^{a}",
    call: "tool",
    signature: "fitChinchillaApproach2(runs, { minSizes = 3, groupTolerance = 0.05, maxSpread = 0.15, allowExtrapolation = false } = {})",
    args: [],
    outputs: [],
    domain:
      "Runs {params, tokens, loss, flops?} > 0; a budget needs ≥ 3 sizes, a convex parabola and its minimum inside its sizes; ≥ 2 budgets for the power laws. Never throws for data that do not allow a fit: check ok.",
    source: [H("§3.2, Figure 3, Table 2")],
    presets: [],
  },
  {
    name: "chinchillaObjective",
    group: "fit",
    summary: "Hoffmann et al.'s summed Huber objective with its analytic gradient.",
    tex: "f(a, b, e, \\alpha, \\beta) = \\sum_i \\text{Huber}_\\delta\\!\\left(\\text{LSE}(a - \\alpha\\log N_i,\\ b - \\beta\\log D_i,\\ e) - \\log L_i\\right)",
    call: "tool",
    signature: "chinchillaObjective(logPoints, delta) → (x, gradient) => f",
    args: [],
    outputs: [],
    domain: "delta > 0; points as natural logs of N, D, L.",
    source: [H("§3.3 eq 3, App. D.2")],
    presets: [],
  },
  {
    name: "lbfgs",
    group: "fit",
    summary: "Limited-memory BFGS with a strong-Wolfe line search.",
    tex: "x_{k+1} = x_k - t_k H_k \\nabla f(x_k)",
    call: "tool",
    signature: "lbfgs(fg, x0, { maxIterations = 1000, memory = 10, gradientTolerance = 1e-10, functionTolerance = 1e-14 } = {})",
    args: [],
    outputs: [],
    domain: "Smooth objectives; never throws for non-convergence (reports reason).",
    source: [],
    presets: [],
  },
  {
    name: "parseChinchillaFigure4",
    group: "fit",
    summary: "Parses the 245 points extracted from Hoffmann et al.'s Figure 4.",
    tex: "D = C / (6N)",
    call: "tool",
    signature: "parseChinchillaFigure4(csvText)",
    args: [],
    outputs: [],
    domain: "The CSV of epoch-research/analyzing-chinchilla (columns Model Size, Training FLOP, loss).",
    source: [
      { id: "epochAnalyzingChinchilla", where: "data/svg_extracted_data.csv" },
      { id: "besiroglu2024", where: "§2" },
    ],
    presets: [],
  },
  {
    name: "selectBesiroglu240",
    group: "fit",
    summary: "Besiroglu et al.'s selection: drops the 5 highest-loss points, leaving 240.",
    tex: "\\{\\,i : L_i < L_{(5)}\\,\\}",
    call: "tool",
    signature: "selectBesiroglu240(points, exclude = 5)",
    args: [],
    outputs: [],
    domain: "exclude an integer ≥ 1 and < points.length.",
    source: [{ id: "epochAnalyzingChinchilla", where: "data_analysis.ipynb cell 15" }],
    presets: [],
  },
  {
    name: "fitTransfer",
    group: "fit",
    summary: "Fits Hernandez et al.'s transfer law to your own fine-tuning measurements (OLS in logs).",
    tex: "\\log D_T = \\log k + \\alpha \\log D_F + \\beta \\log N",
    call: "tool",
    signature: "fitTransfer(points, { beta } = {})",
    args: [],
    outputs: [],
    domain: "≥ 4 points (≥ 3 with beta fixed) in which log D_F and log N vary independently.",
    source: [HE("eq 1.1")],
    presets: [],
  },
  // Utilities
  {
    name: "createRandom",
    group: "utility",
    summary: "A seeded mulberry32 generator of uniform numbers in [0, 1).",
    tex: "u_k \\in [0, 1)",
    call: "tool",
    signature: "createRandom(seed) → () => number",
    args: [],
    outputs: [],
    domain: "seed an integer in [0, 2³² − 1].",
    source: [],
    presets: [],
  },
  {
    name: "randomNormal",
    group: "utility",
    summary: "A standard normal draw from a uniform generator (Box–Muller).",
    tex: "z = \\sqrt{-2\\ln u_1}\\,\\cos(2\\pi u_2)",
    call: "tool",
    signature: "randomNormal(random)",
    args: [],
    outputs: [],
    domain: "random a generator from createRandom.",
    source: [],
    presets: [],
  },
  {
    name: "invalid",
    group: "utility",
    summary: "Builds the error every law throws: invalid <name>: <value> (<constraint>).",
    tex: "\\texttt{invalid name: value (constraint)}",
    call: "tool",
    signature: "invalid(name, value, constraint, type = false) → RangeError | TypeError",
    args: [],
    outputs: [],
    domain: "Any values; never throws while formatting.",
    source: [],
    presets: [],
  },
];

/** Every exported function's metadata, by name. */
export const lawMeta: Readonly<Record<string, LawMeta>> = Object.freeze(Object.fromEntries(table.map((m) => [m.name, Object.freeze(m)])));

/** Exports that are data rather than functions or presets, with what they are. */
export const lawData: Readonly<Record<string, { readonly summary: string; readonly source?: LawSourceRef }>> = Object.freeze({
  PF_DAY_FLOPS: { summary: "FLOPs in one petaflop/s-day: 10¹⁵ FLOP/s × 86,400 s.", source: K("§1.3") },
  sources: { summary: "The registry of every cited work, keyed by id (see the bibliography)." },
  sourceIds: { summary: "Every id of the sources registry, in registry order." },
  hoffmann2022Grid: {
    summary: "Hoffmann et al.'s 4,500-point start grid for the fit: α, β ∈ {0, 0.5, …, 2}, e ∈ {−1, −0.5, …, 1}, a, b ∈ {0, 5, …, 25}.",
    source: H("App. D.2"),
  },
  hoffmann2022Gopher: { summary: "Gopher as trained: 280B parameters on 300B tokens.", source: H("§1, Table 1") },
  hoffmann2022Chinchilla: { summary: "Chinchilla as trained: 70B parameters on 1.4T tokens.", source: H("§1, Table 1") },
  hoffmann2022GopherBudget: {
    summary: "The Gopher compute budget Chinchilla was trained with: Table 3's 67B row, 5.76e23 FLOPs and 1.5T tokens (the row is ~4.7% off 6ND).",
    source: H("Table 3"),
  },
});
