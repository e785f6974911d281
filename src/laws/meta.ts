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
  fit: "Fitting and resampling",
  utility: "Utilities",
});
export type LawGroup = keyof typeof lawGroups;

const N_ALL = { name: "params", symbol: "N", unit: "parameters (all)", meaning: "model size, embeddings included", format: "count" } as const;
const N_NE = { name: "nonEmbeddingParams", symbol: "N", unit: "parameters (non-embedding)", meaning: "model size without embeddings", format: "count" } as const;
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
const POS = "finite and > 0; other values throw RangeError/TypeError";

const table: readonly LawMeta[] = [
  // Units and compute
  {
    name: "pfDaysToFlops", group: "compute", summary: "Converts petaflop/s-days to FLOPs.",
    tex: "C = C_\\text{PF-days} \\cdot 8.64\\times10^{19}", call: "positional", signature: "pfDaysToFlops(pfDays)",
    args: [{ name: "pfDays", symbol: "C_\\text{PF-days}", unit: "PF-days", meaning: "compute in petaflop/s-days", example: 3640, format: "sig" }],
    outputs: [{ symbol: "C", unit: "FLOPs", format: "sci" }],
    domain: `pfDays ${POS}.`, source: [K("§1.3 (PF-days)")], presets: [],
  },
  {
    name: "flopsToPfDays", group: "compute", summary: "Converts FLOPs to petaflop/s-days.",
    tex: "C_\\text{PF-days} = C / 8.64\\times10^{19}", call: "positional", signature: "flopsToPfDays(flops)",
    args: [{ ...C, meaning: "compute in FLOPs", example: 5.76e23 }],
    outputs: [{ symbol: "C_\\text{PF-days}", unit: "PF-days", format: "sig" }],
    domain: `flops ${POS}.`, source: [K("§1.3 (PF-days)")], presets: [],
  },
  {
    name: "trainingFlops", group: "compute", summary: "Training compute of a dense transformer.",
    tex: "C = 6\\,N D", call: "object", signature: "trainingFlops({ params, tokens })",
    args: [{ ...N_ALL, example: 70e9 }, { ...D, example: 1.4e12 }],
    outputs: [{ symbol: "C", unit: "FLOPs", format: "sci" }],
    domain: `params and tokens ${POS}. Ignores attention-over-context FLOPs (small when d_model ≫ n_ctx/12).`,
    source: [K("§2.1"), H("§3")], presets: [],
  },
  {
    name: "flopsPerToken", group: "compute", summary: "FLOPs per token of training (full or partial) or of inference.",
    tex: "C_\\text{token} = 2N + \\begin{cases}2N & \\text{through frozen}\\\\ 2N_t & \\text{top only}\\end{cases} + 2N_t \\quad(\\text{inference: } 2N)",
    call: "object", signature: 'flopsPerToken({ params, trainableParams = params, mode = "train", backpropThroughFrozen = true })',
    args: [
      { ...N_ALL, meaning: "all parameters the forward pass multiplies through", example: 70e9 },
      { name: "trainableParams", symbol: "N_t", unit: "parameters", meaning: "parameters that receive weight gradients", example: 7e9, optional: true, format: "count" },
    ],
    outputs: [{ symbol: "C_\\text{token}", unit: "FLOPs per token", format: "count" }],
    domain: "0 < trainableParams ≤ params; mode \"train\" or \"inference\"; backpropThroughFrozen a boolean.",
    source: [K("§2.1, Table 1")], presets: [],
  },
  {
    name: "kaplanTrainingFlopsFromCmin", group: "compute", summary: "Kaplan's training compute C from the minimum compute C_min.",
    tex: "C = C_{\\min}\\,(1 + B/B_\\text{crit})", call: "object", signature: "kaplanTrainingFlopsFromCmin({ flopsMin, batchOverCritical = 1 })",
    args: [{ ...CMIN, example: 1e21 }, { name: "batchOverCritical", symbol: "B/B_\\text{crit}", unit: "ratio", meaning: "batch size over the critical batch", example: 1, optional: true, format: "sig" }],
    outputs: [{ symbol: "C", unit: "FLOPs", format: "sci" }],
    domain: `flopsMin ${POS}; batchOverCritical ≥ 0.`, source: [K("eqs 5.4–5.5, §6.3")], presets: [],
  },
  {
    name: "kaplanCminFromTrainingFlops", group: "compute", summary: "Inverse of kaplanTrainingFlopsFromCmin: C_min from C.",
    tex: "C_{\\min} = C / (1 + B/B_\\text{crit})", call: "object", signature: "kaplanCminFromTrainingFlops({ flops, batchOverCritical = 1 })",
    args: [{ ...C, example: 2e21 }, { name: "batchOverCritical", symbol: "B/B_\\text{crit}", unit: "ratio", meaning: "batch size over the critical batch", example: 1, optional: true, format: "sig" }],
    outputs: [{ symbol: "C_{\\min}", unit: "FLOPs", format: "sci" }],
    domain: `flops ${POS}; batchOverCritical ≥ 0.`, source: [K("eqs 5.4–5.5")], presets: [],
  },
  // Kaplan: loss
  {
    name: "kaplanLossParams", group: "kaplan", summary: "Loss of a model trained to convergence on enough data.",
    tex: "L(N) = (N_c / N)^{\\alpha_N}", call: "object", signature: "kaplanLossParams({ nonEmbeddingParams }, preset = kaplan2020)",
    args: [{ ...N_NE, example: 1.5e9 }], outputs: [LOSS],
    domain: `nonEmbeddingParams ${POS}. Fitted on WebText2 with models of 768 to 1.5B non-embedding parameters (abstract, §1).`,
    source: [K("eq 1.1")], presets: ["kaplan2020"],
  },
  {
    name: "kaplanLossTokens", group: "kaplan", summary: "Loss of a large model trained with early stopping on D tokens.",
    tex: "L(D) = (D_c / D)^{\\alpha_D}", call: "object", signature: "kaplanLossTokens({ tokens }, preset = kaplan2020)",
    args: [{ ...D, example: 22e9 }], outputs: [LOSS],
    domain: `tokens ${POS}. Fitted on datasets of 22M to 23B tokens (§1).`, source: [K("eq 1.2")], presets: ["kaplan2020"],
  },
  {
    name: "kaplanLossCompute", group: "kaplan", summary: "Loss of compute-efficient training with minimum compute C_min.",
    tex: "L(C_{\\min}) = (C_c^{\\min} / C_{\\min})^{\\alpha_C^{\\min}}", call: "object", signature: "kaplanLossCompute({ flops }, preset = kaplan2020)",
    args: [{ ...CMIN, name: "flops", example: 1e21 }], outputs: [LOSS],
    domain: `flops (C_min, not 6ND) ${POS}. Must break down near the crossover with L(D) (kaplanCrossover, §6.3).`,
    source: [K("eq 1.3")], presets: ["kaplan2020"],
  },
  {
    name: "kaplanCriticalBatch", group: "kaplan", summary: "Critical batch size at a given loss.",
    tex: "B_\\text{crit}(L) = B_* / L^{1/\\alpha_B}", call: "object", signature: "kaplanCriticalBatch({ loss }, preset = kaplan2020)",
    args: [{ name: "loss", symbol: "L", unit: "nats per token", meaning: "the loss reached", example: 3, format: "sig" }],
    outputs: [{ symbol: "B_\\text{crit}", unit: "tokens", format: "count" }],
    domain: `loss ${POS}.`, source: [K("eq 1.4")], presets: ["kaplan2020"],
  },
  {
    name: "kaplanLoss", group: "kaplan", summary: "Joint loss in model size and data.",
    tex: "L(N, D) = \\left[(N_c/N)^{\\alpha_N/\\alpha_D} + D_c/D\\right]^{\\alpha_D}", call: "object",
    signature: "kaplanLoss({ nonEmbeddingParams, tokens }, preset = kaplan2020Table2)",
    args: [{ ...N_NE, example: 1.5e9 }, { ...D, example: 22e9 }], outputs: [LOSS],
    domain: `nonEmbeddingParams and tokens ${POS}.`, source: [K("eq 1.5 / 4.1, Table 2")], presets: ["kaplan2020Table2"],
  },
  {
    name: "kaplanOverfitting", group: "kaplan", summary: "Overfitting penalty: how far L(N, D) sits above L(N, ∞).",
    tex: "\\delta L = \\left(1 + (N/N_c)^{\\alpha_N/\\alpha_D}\\, D_c/D\\right)^{\\alpha_D} - 1", call: "object",
    signature: "kaplanOverfitting({ nonEmbeddingParams, tokens }, preset = kaplan2020Table2)",
    args: [{ ...N_NE, example: 1.5e9 }, { ...D, example: 22e9 }],
    outputs: [{ symbol: "\\delta L", unit: "fraction", format: "percent" }],
    domain: `nonEmbeddingParams and tokens ${POS}.`, source: [K("eq 4.3, Table 2")], presets: ["kaplan2020Table2"],
  },
  {
    name: "kaplanDataToAvoidOverfitting", group: "kaplan", summary: "Data needed to keep overfitting small, as the paper prints it (δL ≈ 0.02).",
    tex: "D \\gtrsim 5\\times10^{3}\\, N^{0.74}", call: "object", signature: "kaplanDataToAvoidOverfitting({ nonEmbeddingParams })",
    args: [{ ...N_NE, example: 1.5e9 }], outputs: [{ symbol: "D", unit: "tokens", format: "count" }],
    domain: `nonEmbeddingParams ${POS}. The printed rounding of eq 4.3 at δL ≈ 0.02; see kaplanDataForOverfitting for the exact inverse.`,
    source: [K("eq 4.4")], presets: [],
  },
  {
    name: "kaplanDataForOverfitting", group: "kaplan", summary: "Exact inverse of eq 4.3: the tokens at which the overfitting penalty equals δL.",
    tex: "D = \\frac{D_c\\,(N/N_c)^{\\alpha_N/\\alpha_D}}{(1 + \\delta L)^{1/\\alpha_D} - 1}", call: "object",
    signature: "kaplanDataForOverfitting({ nonEmbeddingParams, overfitting }, preset = kaplan2020Table2)",
    args: [{ ...N_NE, example: 1.5e9 }, { name: "overfitting", symbol: "\\delta L", unit: "fraction", meaning: "tolerated overfitting penalty", example: 0.02, format: "sig" }],
    outputs: [{ symbol: "D", unit: "tokens", format: "count" }],
    domain: `nonEmbeddingParams and overfitting ${POS}.`, source: [K("eq 4.3, Table 2")], presets: ["kaplan2020Table2"],
  },
  {
    name: "kaplanLossParamsSteps", group: "kaplan", summary: "Loss after S_min optimiser steps at large batch.",
    tex: "L(N, S_{\\min}) = (N_c/N)^{\\alpha_N} + (S_c/S_{\\min})^{\\alpha_S}", call: "object",
    signature: "kaplanLossParamsSteps({ nonEmbeddingParams, steps }, preset = kaplan2020Table3)",
    args: [{ ...N_NE, example: 1.5e9 }, { name: "steps", symbol: "S_{\\min}", unit: "steps", meaning: "optimiser steps at B ≫ B_crit", example: 1e5, format: "count" }],
    outputs: [LOSS], domain: `nonEmbeddingParams and steps ${POS}.`, source: [K("eq 1.6 / 5.6, Table 3")], presets: ["kaplan2020Table3"],
  },
  // Kaplan: allocation
  {
    name: "kaplanOptimalParams", group: "kaplanAllocation", summary: "Compute-efficient model size, as the Fig. 14 legend gives it.",
    tex: "N(C_{\\min}) = 1.3\\times10^{9}\\; x^{0.73},\\quad x = C_{\\min}/\\text{PF-day}", call: "object",
    signature: "kaplanOptimalParams({ flopsMin }, preset = kaplan2020Allocation)",
    args: [{ ...CMIN, example: 8.64e19 * 1e3 }], outputs: [{ symbol: "N", unit: "parameters (non-embedding)", format: "count" }],
    domain: `flopsMin ${POS}. Prefactor from a figure legend (verification "secondary").`,
    source: [K("§6.1, Fig. 14 legend")], presets: ["kaplan2020Allocation"],
  },
  {
    name: "kaplanOptimalTokens", group: "kaplanAllocation", summary: "Compute-efficient training tokens.",
    tex: "D(C_{\\min}) = 4\\times10^{10}\\; x^{0.26}", call: "object", signature: "kaplanOptimalTokens({ flopsMin }, preset = kaplan2020Allocation)",
    args: [{ ...CMIN, example: 8.64e19 * 1e3 }], outputs: [{ symbol: "D", unit: "tokens", format: "count" }],
    domain: `flopsMin ${POS}.`, source: [K("§6.3")], presets: ["kaplan2020Allocation"],
  },
  {
    name: "kaplanOptimalParamsFromTokens", group: "kaplanAllocation", summary: "Compute-efficient model size derived from the text's D(C_min).",
    tex: "N = \\frac{2\\,C_{\\min}}{6\\,D(C_{\\min})} \\approx 7.2\\times10^{8}\\; x^{0.74}", call: "object",
    signature: "kaplanOptimalParamsFromTokens({ flopsMin }, preset = kaplan2020Allocation)",
    args: [{ ...CMIN, example: 8.64e19 * 1e3 }], outputs: [{ symbol: "N", unit: "parameters (non-embedding)", format: "count" }],
    domain: `flopsMin ${POS}.`, source: [K("§6.3")], presets: ["kaplan2020Allocation"],
  },
  {
    name: "kaplanCrossover", group: "kaplanAllocation", summary: "Where L(C_min) meets the data-limited L(D(C_min)), solved numerically.",
    tex: "(C_c/C_{\\min})^{\\alpha_C} = \\left(D_c / D(C_{\\min})\\right)^{\\alpha_D}", call: "object",
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
    domain: "Every constant finite and > 0 (defaults: Kaplan's). Throws RangeError when the laws do not cross between 10⁻³⁰ and 10⁶⁰ PF-days. Compare kaplan2020StatedCrossover.",
    source: [K("§6.3, eqs 1.2, 1.3")], presets: [],
  },
  // Chinchilla
  {
    name: "chinchillaLoss", group: "chinchilla", summary: "The parametric loss of Hoffmann et al.",
    tex: "\\hat L(N, D) = E + \\frac{A}{N^{\\alpha}} + \\frac{B}{D^{\\beta}}", call: "object",
    signature: "chinchillaLoss({ params, tokens }, preset = hoffmann2022)",
    args: [{ ...N_ALL, example: 70e9 }, { ...D, example: 1.4e12 }], outputs: [LOSS],
    domain: `params and tokens ${POS}. Fitted on over 400 models of 70M to over 16B parameters trained on 5B to 500B tokens (abstract).`,
    source: [H("§3.3 eq 2, App. D.2")], presets: [...CHINCHILLA],
  },
  {
    name: "chinchillaOptimal", group: "chinchilla", summary: "Compute-optimal model size and data under C = 6ND.",
    tex: "N_\\text{opt} = G\\,(C/6)^{a},\\quad D_\\text{opt} = G^{-1}(C/6)^{b},\\quad G = \\left(\\tfrac{\\alpha A}{\\beta B}\\right)^{\\frac{1}{\\alpha+\\beta}}",
    call: "object", signature: "chinchillaOptimal({ flops }, preset = hoffmann2022)",
    args: [{ ...C, example: 5.76e23 }],
    outputs: [{ key: "params", symbol: "N_\\text{opt}", unit: "parameters (all)", format: "count" }, { key: "tokens", symbol: "D_\\text{opt}", unit: "tokens", format: "count" }],
    domain: `flops ${POS}. Spends the budget exactly: 6·N_opt·D_opt = C.`, source: [H("§3.3 eq 4")], presets: [...CHINCHILLA],
  },
  {
    name: "chinchillaAllocationExponents", group: "chinchilla", summary: "Allocation exponents of the compute-optimal frontier.",
    tex: "N_\\text{opt} \\propto C^{a},\\ D_\\text{opt} \\propto C^{b},\\quad a = \\frac{\\beta}{\\alpha+\\beta},\\ b = \\frac{\\alpha}{\\alpha+\\beta}",
    call: "preset", signature: "chinchillaAllocationExponents(preset = hoffmann2022)", args: [],
    outputs: [{ key: "a", symbol: "a", unit: "exponent", format: "sig" }, { key: "b", symbol: "b", unit: "exponent", format: "sig" }],
    domain: "Any valid Chinchilla-form preset.", source: [H("§3.3 eq 4, App. D.2")], presets: [...CHINCHILLA],
  },
  {
    name: "chinchillaDataExponent", group: "chinchilla", summary: "Exponent of D_opt ∝ N_opt^e along the frontier.",
    tex: "e = b/a = \\alpha/\\beta", call: "preset", signature: "chinchillaDataExponent(preset = hoffmann2022)", args: [],
    outputs: [{ symbol: "e", unit: "exponent", format: "sig" }],
    domain: "Any valid Chinchilla-form preset.", source: [H("§3.3 eq 4")], presets: [...CHINCHILLA],
  },
  {
    name: "chinchillaTokensPerParam", group: "chinchilla", summary: "Tokens per parameter at the compute-optimal point.",
    tex: "D_\\text{opt}/N_\\text{opt} = G^{-2}\\,(C/6)^{b-a}", call: "object", signature: "chinchillaTokensPerParam({ flops }, preset = hoffmann2022)",
    args: [{ ...C, example: 5.76e23 }], outputs: [{ symbol: "D/N", unit: "tokens per parameter", format: "sig" }],
    domain: `flops ${POS}.`, source: [H("§3.3 eq 4")], presets: [...CHINCHILLA],
  },
  {
    name: "chinchillaIsoFlopLoss", group: "chinchilla", summary: "Loss along a fixed-compute (isoFLOP) line, as a function of N.",
    tex: "\\hat L\\!\\left(N, \\tfrac{C}{6N}\\right) = E + \\frac{A}{N^{\\alpha}} + B\\left(\\frac{6N}{C}\\right)^{\\beta}", call: "object",
    signature: "chinchillaIsoFlopLoss({ flops, params }, preset = hoffmann2022)",
    args: [{ ...C, example: 5.76e23 }, { ...N_ALL, example: 70e9 }], outputs: [LOSS],
    domain: `flops and params ${POS}.`, source: [H("§3.2, §3.3 eq 2")], presets: [...CHINCHILLA],
  },
  // Cost-optimal
  {
    name: "costOptimal", group: "cost", summary: "The Chinchilla loss minimised under a money budget in which data has a price.",
    tex: "\\min_{N,D}\\ \\hat L(N, D)\\ \\text{ s.t. }\\ p_F\\cdot 6ND + p_T D + p_N N = \\text{budget}", call: "object",
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
    domain: "budget and pricePerFlop > 0; pricePerToken, pricePerParam ≥ 0; the budget must buy one parameter trained on one token. With free data this is chinchillaOptimal at C = budget/pricePerFlop.",
    source: [H("§3.3 eq 2 (loss form); the budget constraint is this site's extension")], presets: [...CHINCHILLA],
  },
  // Transfer
  {
    name: "transferredData", group: "transfer", summary: "Effective data transferred from pre-training.",
    tex: "D_T = k\\, D_F^{\\alpha}\\, N^{\\beta}", call: "object", signature: "transferredData({ fineTuneData, nonEmbeddingParams }, preset = hernandez2021TextToPython)",
    args: [
      { name: "fineTuneData", symbol: "D_F", unit: "characters", meaning: "fine-tuning data", example: 3e5, format: "count" },
      { ...N_NE, example: 4e7 },
    ],
    outputs: [{ symbol: "D_T", unit: "characters", format: "count" }],
    domain: `fineTuneData and nonEmbeddingParams ${POS}. Valid in the low-data regime (D_F small against what the model needs).`,
    source: [HE("eq 1.1, Table 1")], presets: [...TRANSFER],
  },
  {
    name: "transferMultiplier", group: "transfer", summary: "Effective-data multiplier of pre-training.",
    tex: "\\frac{D_F + D_T}{D_F} = 1 + k\\, D_F^{\\alpha-1} N^{\\beta}", call: "object",
    signature: "transferMultiplier({ fineTuneData, nonEmbeddingParams }, preset = hernandez2021TextToPython)",
    args: [
      { name: "fineTuneData", symbol: "D_F", unit: "characters", meaning: "fine-tuning data", example: 3e5, format: "count" },
      { ...N_NE, example: 4e7 },
    ],
    outputs: [{ symbol: "(D_F + D_T)/D_F", unit: "multiple", format: "multiple" }],
    domain: `fineTuneData and nonEmbeddingParams ${POS}; low-data regime.`, source: [HE("eq 1.2")], presets: [...TRANSFER],
  },
  {
    name: "transferDataForModelScale", group: "transfer", summary: "Data factor worth as much transfer as a modelScale× larger model.",
    tex: "M^{\\beta/\\alpha}", call: "object", signature: "transferDataForModelScale({ modelScale }, preset = hernandez2021TextToPython)",
    args: [{ name: "modelScale", symbol: "M", unit: "ratio of model sizes", meaning: "how many times larger the model is", example: 10, format: "multiple" }],
    outputs: [{ symbol: "M^{\\beta/\\alpha}", unit: "data factor", format: "multiple" }],
    domain: `modelScale ${POS}.`, source: [HE("eq 1.1 (derived)")], presets: [...TRANSFER],
  },
  {
    name: "transferFineTuneDataForEffective", group: "transfer", summary: "Fine-tuning data needed to reach a target effective data, solved numerically.",
    tex: "D_F + k\\, D_F^{\\alpha} N^{\\beta} = D_E", call: "object",
    signature: "transferFineTuneDataForEffective({ effectiveData, nonEmbeddingParams }, preset = hernandez2021TextToPython)",
    args: [
      { name: "effectiveData", symbol: "D_E", unit: "characters", meaning: "target effective data", example: 3e8, format: "count" },
      { ...N_NE, example: 4e7 },
    ],
    outputs: [{ symbol: "D_F", unit: "characters", format: "count" }],
    domain: `effectiveData and nonEmbeddingParams ${POS}; returns 0 < D_F < D_E (0 on underflow).`,
    source: [HE("eqs 1.1–1.2 (inverted)")], presets: [...TRANSFER],
  },
  // Data-constrained
  {
    name: "effectiveTokens", group: "dataConstrained", summary: "Effective data when U_D unique tokens are repeated to D tokens.",
    tex: "D' = U_D + U_D R_D^* \\left(1 - e^{-R_D/R_D^*}\\right),\\quad R_D = D/U_D - 1", call: "object",
    signature: "effectiveTokens({ tokens, uniqueTokens }, preset = muennighoff2023)",
    args: [{ ...D, meaning: "total training tokens", example: 242e9 }, { name: "uniqueTokens", symbol: "U_D", unit: "tokens", meaning: "unique tokens", example: 25e9, format: "count" }],
    outputs: [{ symbol: "D'", unit: "tokens", format: "count" }],
    domain: "0 < uniqueTokens ≤ tokens. Fitted on runs up to 9B parameters and 900B tokens (abstract).", source: [MU("§3")], presets: ["muennighoff2023"],
  },
  {
    name: "effectiveParams", group: "dataConstrained", summary: "Effective parameters: excess parameters for the unique data decay in value.",
    tex: "N' = U_N + U_N R_N^* \\left(1 - e^{-R_N/R_N^*}\\right),\\quad U_N = \\min(N, N_\\text{opt}(U_D))", call: "object",
    signature: "effectiveParams({ params, uniqueTokens }, preset = muennighoff2023)",
    args: [{ ...N_ALL, example: 6.34e9 }, { name: "uniqueTokens", symbol: "U_D", unit: "tokens", meaning: "unique tokens", example: 25e9, format: "count" }],
    outputs: [{ symbol: "N'", unit: "parameters", format: "count" }],
    domain: `params and uniqueTokens ${POS}.`, source: [MU("§3")], presets: ["muennighoff2023"],
  },
  {
    name: "dataConstrainedLoss", group: "dataConstrained", summary: "Chinchilla-form loss with effective data and parameters.",
    tex: "L = E + \\frac{A}{N'^{\\alpha}} + \\frac{B}{D'^{\\beta}}", call: "object",
    signature: "dataConstrainedLoss({ params, tokens, uniqueTokens }, preset = muennighoff2023)",
    args: [{ ...N_ALL, example: 6.34e9 }, { ...D, example: 242e9 }, { name: "uniqueTokens", symbol: "U_D", unit: "tokens", meaning: "unique tokens", example: 25e9, format: "count" }],
    outputs: [LOSS],
    domain: "params > 0; 0 < uniqueTokens ≤ tokens. Use Muennighoff's own constants: never R_D*, R_N* with Hoffmann's.",
    source: [MU("§3; datablations README, Parametric Fit")], presets: ["muennighoff2023"],
  },
  // Fitting
  {
    name: "fitChinchilla", group: "fit", summary: "Fits E, A, B, α, β to (N, D, L) measurements the way Hoffmann et al. did.",
    tex: "\\min \\sum_i \\text{Huber}_\\delta\\!\\left(\\text{LSE}(a - \\alpha\\log N_i,\\ b - \\beta \\log D_i,\\ e) - \\log L_i\\right)",
    call: "tool", signature: "fitChinchilla(points, { delta = 1e-3, grid = hoffmann2022Grid, start, maxIterations = 1000, onProgress } = {})",
    args: [], outputs: [],
    domain: "At least 5 points {params, tokens, loss}, all > 0. Never throws for non-convergence: check converged.",
    source: [H("§3.3 eq 3, App. D.2"), { id: "besiroglu2024", where: "§3" }], presets: [],
  },
  {
    name: "bootstrapChinchilla", group: "fit", summary: "Percentile bootstrap of the Chinchilla fit (Besiroglu et al.'s intervals).",
    tex: "\\theta^{(r)} = \\text{fit}\\!\\left(\\{x_{i_j}\\}_{j=1}^{n}\\right),\\ i_j \\sim \\mathcal{U}\\{1..n\\};\\quad \\text{CI} = \\text{percentiles of } \\theta^{(r)}",
    call: "tool", signature: "bootstrapChinchilla(points, { resamples, random, start, confidence = 0.95, delta, maxIterations, onProgress })",
    args: [], outputs: [], domain: "At least 5 points; resamples an integer ≥ 2; random a seeded generator (createRandom).",
    source: [{ id: "besiroglu2024", where: "§3 (4000 resamples)" }], presets: [],
  },
  {
    name: "fitChinchillaApproach2", group: "fit", summary: "Hoffmann et al.'s Approach 2: a parabola in log N per isoFLOP budget, then power laws through the minima.",
    tex: "L_C \\approx c_0 + c_1 \\ln N + c_2 \\ln^2 N;\\ N_{\\text{opt}} = e^{-c_1/2c_2} \\propto C^{a}",
    call: "tool", signature: "fitChinchillaApproach2(runs, { minSizes = 3, groupTolerance = 0.05, maxSpread = 0.15, allowExtrapolation = false } = {})",
    args: [], outputs: [],
    domain: "Runs {params, tokens, loss, flops?} > 0; a budget needs ≥ 3 sizes, a convex parabola and its minimum inside its sizes; ≥ 2 budgets for the power laws. Never throws for data that do not allow a fit: check ok.",
    source: [H("§3.2, Figure 3, Table 2")], presets: [],
  },
  {
    name: "chinchillaObjective", group: "fit", summary: "Hoffmann et al.'s summed Huber objective with its analytic gradient.",
    tex: "f(a, b, e, \\alpha, \\beta) = \\sum_i \\text{Huber}_\\delta\\!\\left(\\text{LSE}(a - \\alpha\\log N_i,\\ b - \\beta\\log D_i,\\ e) - \\log L_i\\right)",
    call: "tool", signature: "chinchillaObjective(logPoints, delta) → (x, gradient) => f",
    args: [], outputs: [], domain: "delta > 0; points as natural logs of N, D, L.", source: [H("§3.3 eq 3, App. D.2")], presets: [],
  },
  {
    name: "lbfgs", group: "fit", summary: "Limited-memory BFGS with a strong-Wolfe line search.",
    tex: "x_{k+1} = x_k - t_k H_k \\nabla f(x_k)", call: "tool",
    signature: "lbfgs(fg, x0, { maxIterations = 1000, memory = 10, gradientTolerance = 1e-10, functionTolerance = 1e-14 } = {})",
    args: [], outputs: [], domain: "Smooth objectives; never throws for non-convergence (reports reason).",
    source: [], presets: [],
  },
  {
    name: "parseChinchillaFigure4", group: "fit", summary: "Parses the 245 points extracted from Hoffmann et al.'s Figure 4.",
    tex: "D = C / (6N)", call: "tool", signature: "parseChinchillaFigure4(csvText)",
    args: [], outputs: [], domain: "The CSV of epoch-research/analyzing-chinchilla (columns Model Size, Training FLOP, loss).",
    source: [{ id: "epochAnalyzingChinchilla", where: "data/svg_extracted_data.csv" }, { id: "besiroglu2024", where: "§2" }], presets: [],
  },
  {
    name: "selectBesiroglu240", group: "fit", summary: "Besiroglu et al.'s selection: drops the 5 highest-loss points, leaving 240.",
    tex: "\\{\\,i : L_i < L_{(5)}\\,\\}", call: "tool", signature: "selectBesiroglu240(points, exclude = 5)",
    args: [], outputs: [], domain: "exclude an integer ≥ 1 and < points.length.",
    source: [{ id: "epochAnalyzingChinchilla", where: "data_analysis.ipynb cell 15" }], presets: [],
  },
  {
    name: "fitTransfer", group: "fit", summary: "Fits Hernandez et al.'s transfer law to your own fine-tuning measurements (OLS in logs).",
    tex: "\\log D_T = \\log k + \\alpha \\log D_F + \\beta \\log N", call: "tool",
    signature: "fitTransfer(points, { beta } = {})",
    args: [], outputs: [], domain: "≥ 4 points (≥ 3 with beta fixed) in which log D_F and log N vary independently.",
    source: [HE("eq 1.1")], presets: [],
  },
  // Utilities
  {
    name: "createRandom", group: "utility", summary: "A seeded mulberry32 generator of uniform numbers in [0, 1).",
    tex: "u_k \\in [0, 1)", call: "tool", signature: "createRandom(seed) → () => number",
    args: [], outputs: [], domain: "seed an integer in [0, 2³² − 1].", source: [], presets: [],
  },
  {
    name: "randomNormal", group: "utility", summary: "A standard normal draw from a uniform generator (Box–Muller).",
    tex: "z = \\sqrt{-2\\ln u_1}\\,\\cos(2\\pi u_2)", call: "tool", signature: "randomNormal(random)",
    args: [], outputs: [], domain: "random a generator from createRandom.", source: [], presets: [],
  },
  {
    name: "invalid", group: "utility", summary: "Builds the error every law throws: invalid <name>: <value> (<constraint>).",
    tex: "\\texttt{invalid name: value (constraint)}", call: "tool", signature: "invalid(name, value, constraint, type = false) → RangeError | TypeError",
    args: [], outputs: [], domain: "Any values; never throws while formatting.", source: [], presets: [],
  },
];

/** Every exported function's metadata, by name. */
export const lawMeta: Readonly<Record<string, LawMeta>> = Object.freeze(Object.fromEntries(table.map((m) => [m.name, Object.freeze(m)])));

/** Exports that are data rather than functions or presets, with what they are. */
export const lawData: Readonly<Record<string, { readonly summary: string; readonly source?: LawSourceRef }>> = Object.freeze({
  PF_DAY_FLOPS: { summary: "FLOPs in one petaflop/s-day: 10¹⁵ FLOP/s × 86,400 s.", source: K("§1.3") },
  sources: { summary: "The registry of every cited work, keyed by id (see the bibliography)." },
  sourceIds: { summary: "Every id of the sources registry, in registry order." },
  hoffmann2022Grid: { summary: "Hoffmann et al.'s 4,500-point start grid for the fit: α, β ∈ {0, 0.5, …, 2}, e ∈ {−1, −0.5, …, 1}, a, b ∈ {0, 5, …, 25}.", source: H("App. D.2") },
});
