/**
 * Machine data for every exported function of the law module: its formula in TeX, how it is
 * called, the symbol and worked example of each argument, the outputs the calculator shows, the
 * ids of the works it comes from and the presets it accepts. The laws reference (/laws/) and its
 * calculators are generated from this table, the presets themselves and each law's JSDoc, which
 * is the one place its prose is written (summary, "Source:" locator, "Domain:", @param,
 * @returns, @throws; see src/laws/README.md). A build test fails when an export has no entry.
 * Pure data: imports nothing, so it runs anywhere the law module does.
 */

/** How a number is shown: a kind of the site's one formatter (src/lib/format.ts). */
export type MetaFormat = "count" | "sci" | "sig" | "multiple" | "percent";

/**
 * The type of a prose key that must not be set here: its text is written once, in the law's
 * JSDoc (src/laws/README.md, "Documenting a law"). The type error names where it goes.
 */
export type InJsDoc<Where extends string> = { readonly [K in `write this in the law's JSDoc: ${Where}`]: never };

/** One argument of a law (a field of its options object, or its one positional argument). What it means, its unit and constraint are its `@param` line in the law's JSDoc. */
export interface LawArg {
  /** The argument's name in code (`params`, `tokens`). */
  readonly name: string;
  /** Its symbol in the paper, TeX (`N`, `D_F`). */
  readonly symbol: string;
  /** A value for the worked example and the calculator's starting value. */
  readonly example: number;
  /** Optional argument (has a default in code). */
  readonly optional?: boolean;
  readonly format?: MetaFormat;
  // Prose lives in the JSDoc (`@param`): these keys cannot come back, not even through a spread.
  readonly unit?: InJsDoc<"its @param line">;
  readonly meaning?: InJsDoc<"its @param line">;
}

/** One output the calculator shows: the number returned, or one field of the object returned. */
export interface LawOutput {
  /** Field of the returned object; omitted when the function returns a number. */
  readonly key?: string;
  readonly symbol: string;
  /** The unit printed after the calculator's number. */
  readonly unit: string;
  readonly format: MetaFormat;
}

/**
 * Machine data of one law. Its prose (summary, description, where in the source, domain,
 * arguments, return value, errors) is its JSDoc in src/laws/<file>.ts, which the reference
 * pages parse at build (src/render/law-docs.ts): written once, so no prose field is allowed here.
 */
export interface LawMeta {
  /** The exported function's name. */
  readonly name: string;
  /** Section of the reference page. */
  readonly group: LawGroup;
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
  /** Ids of the works it comes from (keys of `sources.ts`), for the bibliography links; where in each is the JSDoc's "Source:" line. */
  readonly sources: readonly string[];
  /** Names of the exported presets it accepts; the first is the default. */
  readonly presets: readonly string[];
  // Prose lives in the JSDoc: these keys cannot come back, not even through a spread.
  readonly summary?: InJsDoc<"the first sentence">;
  readonly domain?: InJsDoc<"a 'Domain:' line">;
  readonly source?: InJsDoc<"a 'Source:' line; the work ids go in sources">;
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

const N_ALL = { name: "params", symbol: "N", format: "count" } as const;
const N_NE = {
  name: "nonEmbeddingParams",
  symbol: "N",
  format: "count",
} as const;
const D = { name: "tokens", symbol: "D", format: "count" } as const;
const C = { name: "flops", symbol: "C", format: "sci" } as const;
const CMIN = { name: "flopsMin", symbol: "C_{\\min}", format: "sci" } as const;
const LOSS = { symbol: "L", unit: "nats per token", format: "sig" } as const;
const CHINCHILLA = ["hoffmann2022", "hoffmann2022Unrounded", "besiroglu2024", "besiroglu2024GridFit"] as const;
const TRANSFER = ["hernandez2021TextToPython", "hernandez2021MixToPython"] as const;
const SHAPE_LAYERS = { name: "nLayer", symbol: "n_\\text{layer}", example: 12, format: "count" } as const;
const SHAPE_WIDTH = { name: "dModel", symbol: "d_\\text{model}", example: 768, format: "sig" } as const;
const SHAPE_CTX = { name: "contextLength", symbol: "n_\\text{ctx}", example: 1024, format: "sig" } as const;

const table: readonly LawMeta[] = [
  // Units and compute
  {
    name: "pfDaysToFlops",
    group: "compute",
    tex: "C = C_\\text{PF-days} \\cdot 8.64\\times10^{19}",
    call: "positional",
    signature: "pfDaysToFlops(pfDays)",
    args: [{ name: "pfDays", symbol: "C_\\text{PF-days}", example: 3640, format: "sig" }],
    outputs: [{ symbol: "C", unit: "FLOPs", format: "sci" }],
    sources: ["kaplan2020"],
    presets: [],
  },
  {
    name: "flopsToPfDays",
    group: "compute",
    tex: "C_\\text{PF-days} = C / 8.64\\times10^{19}",
    call: "positional",
    signature: "flopsToPfDays(flops)",
    args: [{ ...C, example: 5.76e23 }],
    outputs: [{ symbol: "C_\\text{PF-days}", unit: "PF-days", format: "sig" }],
    sources: ["kaplan2020"],
    presets: [],
  },
  {
    name: "trainingFlops",
    group: "compute",
    tex: "C = 6\\,N D",
    call: "object",
    signature: "trainingFlops({ params, tokens })",
    args: [
      { ...N_ALL, example: 70e9 },
      { ...D, example: 1.4e12 },
    ],
    outputs: [{ symbol: "C", unit: "FLOPs", format: "sci" }],
    sources: ["kaplan2020", "hoffmann2022"],
    presets: [],
  },
  {
    name: "flopsPerToken",
    group: "compute",
    tex: "C_\\text{token} = 2N + \\begin{cases}2N & \\text{through frozen}\\\\ 2N_t & \\text{top only}\\end{cases} + 2N_t \\quad(\\text{inference: } 2N)",
    call: "object",
    signature: 'flopsPerToken({ params, trainableParams = params, mode = "train", backpropThroughFrozen = true })',
    args: [
      { ...N_ALL, example: 70e9 },
      {
        name: "trainableParams",
        symbol: "N_t",
        example: 7e9,
        optional: true,
        format: "count",
      },
    ],
    outputs: [{ symbol: "C_\\text{token}", unit: "FLOPs per token", format: "count" }],
    sources: ["kaplan2020"],
    presets: [],
  },
  {
    name: "kaplanTrainingFlopsFromCmin",
    group: "compute",
    tex: "C = C_{\\min}\\,(1 + B/B_\\text{crit})",
    call: "object",
    signature: "kaplanTrainingFlopsFromCmin({ flopsMin, batchOverCritical = 1 })",
    args: [
      { ...CMIN, example: 1e21 },
      {
        name: "batchOverCritical",
        symbol: "B/B_\\text{crit}",
        example: 1,
        optional: true,
        format: "sig",
      },
    ],
    outputs: [{ symbol: "C", unit: "FLOPs", format: "sci" }],
    sources: ["kaplan2020"],
    presets: [],
  },
  {
    name: "kaplanCminFromTrainingFlops",
    group: "compute",
    tex: "C_{\\min} = C / (1 + B/B_\\text{crit})",
    call: "object",
    signature: "kaplanCminFromTrainingFlops({ flops, batchOverCritical = 1 })",
    args: [
      { ...C, example: 2e21 },
      {
        name: "batchOverCritical",
        symbol: "B/B_\\text{crit}",
        example: 1,
        optional: true,
        format: "sig",
      },
    ],
    outputs: [{ symbol: "C_{\\min}", unit: "FLOPs", format: "sci" }],
    sources: ["kaplan2020"],
    presets: [],
  },
  {
    name: "kaplanParamsFromShape",
    group: "compute",
    tex: "N \\approx 2\\,d_\\text{model}\\,n_\\text{layer}\\,(2\\,d_\\text{attn} + d_\\text{ff}) = 12\\,n_\\text{layer}\\,d_\\text{model}^2",
    call: "object",
    signature: "kaplanParamsFromShape({ nLayer, dModel, dAttn = dModel, dFf = 4·dModel })",
    args: [SHAPE_LAYERS, SHAPE_WIDTH],
    outputs: [{ symbol: "N", unit: "parameters (non-embedding)", format: "count" }],
    sources: ["kaplan2020"],
    presets: [],
  },
  {
    name: "kaplanForwardFlopsPerToken",
    group: "compute",
    tex: "C_\\text{forward} \\approx 2N + 2\\,n_\\text{layer}\\,n_\\text{ctx}\\,d_\\text{attn}",
    call: "object",
    signature: "kaplanForwardFlopsPerToken({ nLayer, dModel, contextLength, dAttn = dModel, dFf = 4·dModel })",
    args: [SHAPE_LAYERS, SHAPE_WIDTH, SHAPE_CTX],
    outputs: [{ symbol: "C_\\text{forward}", unit: "FLOPs per token", format: "count" }],
    sources: ["kaplan2020"],
    presets: [],
  },
  {
    name: "kaplanContextOverhead",
    group: "compute",
    tex: "\\frac{C}{6N} = 1 + \\frac{n_\\text{ctx}\\,d_\\text{attn}}{2\\,d_\\text{model}(2\\,d_\\text{attn} + d_\\text{ff})} = 1 + \\frac{n_\\text{ctx}}{12\\,d_\\text{model}}",
    call: "object",
    signature: "kaplanContextOverhead({ nLayer, dModel, contextLength, dAttn = dModel, dFf = 4·dModel })",
    args: [SHAPE_LAYERS, SHAPE_WIDTH, SHAPE_CTX],
    outputs: [{ symbol: "C/6N", unit: "ratio", format: "multiple" }],
    sources: ["kaplan2020"],
    presets: [],
  },
  // Kaplan: loss
  {
    name: "kaplanLossParams",
    group: "kaplan",
    tex: "L(N) = (N_c / N)^{\\alpha_N}",
    call: "object",
    signature: "kaplanLossParams({ nonEmbeddingParams }, preset = kaplan2020)",
    args: [{ ...N_NE, example: 1.5e9 }],
    outputs: [LOSS],
    sources: ["kaplan2020"],
    presets: ["kaplan2020"],
  },
  {
    name: "kaplanLossTokens",
    group: "kaplan",
    tex: "L(D) = (D_c / D)^{\\alpha_D}",
    call: "object",
    signature: "kaplanLossTokens({ tokens }, preset = kaplan2020)",
    args: [{ ...D, example: 22e9 }],
    outputs: [LOSS],
    sources: ["kaplan2020"],
    presets: ["kaplan2020"],
  },
  {
    name: "kaplanLossCompute",
    group: "kaplan",
    tex: "L(C_{\\min}) = (C_c^{\\min} / C_{\\min})^{\\alpha_C^{\\min}}",
    call: "object",
    signature: "kaplanLossCompute({ flops }, preset = kaplan2020)",
    args: [{ ...CMIN, name: "flops", example: 1e21 }],
    outputs: [LOSS],
    sources: ["kaplan2020"],
    presets: ["kaplan2020"],
  },
  {
    name: "kaplanCriticalBatch",
    group: "kaplan",
    tex: "B_\\text{crit}(L) = B_* / L^{1/\\alpha_B}",
    call: "object",
    signature: "kaplanCriticalBatch({ loss }, preset = kaplan2020)",
    args: [{ name: "loss", symbol: "L", example: 3, format: "sig" }],
    outputs: [{ symbol: "B_\\text{crit}", unit: "tokens", format: "count" }],
    sources: ["kaplan2020"],
    presets: ["kaplan2020"],
  },
  {
    name: "kaplanLoss",
    group: "kaplan",
    tex: "L(N, D) = \\left[(N_c/N)^{\\alpha_N/\\alpha_D} + D_c/D\\right]^{\\alpha_D}",
    call: "object",
    signature: "kaplanLoss({ nonEmbeddingParams, tokens }, preset = kaplan2020Table2)",
    args: [
      { ...N_NE, example: 1.5e9 },
      { ...D, example: 22e9 },
    ],
    outputs: [LOSS],
    sources: ["kaplan2020"],
    presets: ["kaplan2020Table2"],
  },
  {
    name: "kaplanOverfitting",
    group: "kaplan",
    tex: "\\delta L = \\left(1 + (N/N_c)^{\\alpha_N/\\alpha_D}\\, D_c/D\\right)^{\\alpha_D} - 1",
    call: "object",
    signature: "kaplanOverfitting({ nonEmbeddingParams, tokens }, preset = kaplan2020Table2)",
    args: [
      { ...N_NE, example: 1.5e9 },
      { ...D, example: 22e9 },
    ],
    outputs: [{ symbol: "\\delta L", unit: "fraction", format: "percent" }],
    sources: ["kaplan2020"],
    presets: ["kaplan2020Table2"],
  },
  {
    name: "kaplanDataToAvoidOverfitting",
    group: "kaplan",
    tex: "D \\gtrsim 5\\times10^{3}\\, N^{0.74}",
    call: "object",
    signature: "kaplanDataToAvoidOverfitting({ nonEmbeddingParams })",
    args: [{ ...N_NE, example: 1.5e9 }],
    outputs: [{ symbol: "D", unit: "tokens", format: "count" }],
    sources: ["kaplan2020"],
    presets: [],
  },
  {
    name: "kaplanDataForOverfitting",
    group: "kaplan",
    tex: "D = \\frac{D_c\\,(N/N_c)^{\\alpha_N/\\alpha_D}}{(1 + \\delta L)^{1/\\alpha_D} - 1}",
    call: "object",
    signature: "kaplanDataForOverfitting({ nonEmbeddingParams, overfitting }, preset = kaplan2020Table2)",
    args: [
      { ...N_NE, example: 1.5e9 },
      { name: "overfitting", symbol: "\\delta L", example: 0.02, format: "sig" },
    ],
    outputs: [{ symbol: "D", unit: "tokens", format: "count" }],
    sources: ["kaplan2020"],
    presets: ["kaplan2020Table2"],
  },
  {
    name: "kaplanLossParamsSteps",
    group: "kaplan",
    tex: "L(N, S_{\\min}) = (N_c/N)^{\\alpha_N} + (S_c/S_{\\min})^{\\alpha_S}",
    call: "object",
    signature: "kaplanLossParamsSteps({ nonEmbeddingParams, steps }, preset = kaplan2020Table3)",
    args: [
      { ...N_NE, example: 1.5e9 },
      { name: "steps", symbol: "S_{\\min}", example: 1e5, format: "count" },
    ],
    outputs: [LOSS],
    sources: ["kaplan2020"],
    presets: ["kaplan2020Table3"],
  },
  // Kaplan: allocation
  {
    name: "kaplanOptimalParams",
    group: "kaplanAllocation",
    tex: "N(C_{\\min}) = 1.3\\times10^{9}\\; x^{0.73},\\quad x = C_{\\min}/\\text{PF-day}",
    call: "object",
    signature: "kaplanOptimalParams({ flopsMin }, preset = kaplan2020Allocation)",
    args: [{ ...CMIN, example: 8.64e19 * 1e3 }],
    outputs: [{ symbol: "N", unit: "parameters (non-embedding)", format: "count" }],
    sources: ["kaplan2020"],
    presets: ["kaplan2020Allocation"],
  },
  {
    name: "kaplanOptimalTokens",
    group: "kaplanAllocation",
    tex: "D(C_{\\min}) = 4\\times10^{10}\\; x^{0.26}",
    call: "object",
    signature: "kaplanOptimalTokens({ flopsMin }, preset = kaplan2020Allocation)",
    args: [{ ...CMIN, example: 8.64e19 * 1e3 }],
    outputs: [{ symbol: "D", unit: "tokens", format: "count" }],
    sources: ["kaplan2020"],
    presets: ["kaplan2020Allocation"],
  },
  {
    name: "kaplanOptimalParamsFromTokens",
    group: "kaplanAllocation",
    tex: "N = \\frac{2\\,C_{\\min}}{6\\,D(C_{\\min})} \\approx 7.2\\times10^{8}\\; x^{0.74}",
    call: "object",
    signature: "kaplanOptimalParamsFromTokens({ flopsMin }, preset = kaplan2020Allocation)",
    args: [{ ...CMIN, example: 8.64e19 * 1e3 }],
    outputs: [{ symbol: "N", unit: "parameters (non-embedding)", format: "count" }],
    sources: ["kaplan2020"],
    presets: ["kaplan2020Allocation"],
  },
  {
    name: "kaplanEfficientScaling",
    group: "kaplanAllocation",
    tex: "N \\propto C_{\\min}^{0.73},\\quad B \\propto C_{\\min}^{0.24},\\quad S \\propto C_{\\min}^{0.03},\\quad D = B\\,S \\propto C_{\\min}^{0.27}",
    call: "object",
    signature: "kaplanEfficientScaling({ computeRatio }, preset = kaplan2020EfficientExponents)",
    args: [{ name: "computeRatio", symbol: "C_{\\min}'/C_{\\min}", example: 10, format: "multiple" }],
    outputs: [
      { key: "params", symbol: "N'/N", unit: "multiplier", format: "multiple" },
      { key: "batch", symbol: "B'/B", unit: "multiplier", format: "multiple" },
      { key: "steps", symbol: "S'/S", unit: "multiplier", format: "multiple" },
      { key: "tokens", symbol: "D'/D", unit: "multiplier", format: "multiple" },
    ],
    sources: ["kaplan2020"],
    presets: ["kaplan2020EfficientExponents"],
  },
  {
    name: "kaplanMinComputeExponents",
    group: "kaplanAllocation",
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
    sources: ["kaplan2020"],
    presets: [],
  },
  {
    name: "kaplanEfficientStoppingFactor",
    group: "kaplanAllocation",
    tex: "\\frac{L(N, S_\\text{eff})}{L(N, \\infty)} = 1 + \\frac{\\alpha_N}{\\alpha_S}",
    call: "preset",
    signature: "kaplanEfficientStoppingFactor({ alphaN = 0.077, alphaS = 0.76 } = {})",
    args: [],
    outputs: [{ symbol: "1 + \\alpha_N/\\alpha_S", unit: "ratio", format: "sig" }],
    sources: ["kaplan2020"],
    presets: [],
  },
  {
    name: "kaplanConvergenceCost",
    group: "kaplanAllocation",
    tex: "\\frac{C_f}{C_{f_e}} = \\left(\\frac{1+f}{1+f_e}\\right)^{1/\\alpha_N}\\left(\\frac{f/(1+f)}{f_e/(1+f_e)}\\right)^{-1/\\alpha_S},\\quad f_e = \\frac{\\alpha_N}{\\alpha_S}",
    call: "object",
    signature: "kaplanConvergenceCost({ convergenceFactor }, { alphaN = 0.077, alphaS = 0.76 } = {})",
    args: [{ name: "convergenceFactor", symbol: "f", example: 0.02, format: "sig" }],
    outputs: [
      { key: "paramsRatio", symbol: "N_f/N_{f_e}", unit: "ratio", format: "sig" },
      { key: "stepsRatio", symbol: "S_f/S_{f_e}", unit: "ratio", format: "sig" },
      { key: "computeRatio", symbol: "C_f/C_{f_e}", unit: "ratio", format: "multiple" },
    ],
    sources: ["kaplan2020"],
    presets: [],
  },
  {
    name: "kaplanCrossover",
    group: "kaplanAllocation",
    tex: "(C_c/C_{\\min})^{\\alpha_C} = \\left(D_c / D(C_{\\min})\\right)^{\\alpha_D}",
    call: "object",
    signature: "kaplanCrossover({ alphaC, CcPfDays, alphaD, Dc, tokensCoefficient, tokensExponent, paramsCoefficient, paramsExponent } = {})",
    args: [
      { name: "alphaC", symbol: "\\alpha_C^{\\min}", example: 0.05, optional: true, format: "sig" },
      { name: "alphaD", symbol: "\\alpha_D", example: 0.095, optional: true, format: "sig" },
    ],
    outputs: [
      { key: "computePfDays", symbol: "C_{\\min}^*", unit: "PF-days", format: "sci" },
      { key: "nonEmbeddingParams", symbol: "N^*", unit: "parameters (non-embedding)", format: "count" },
      { key: "tokens", symbol: "D^*", unit: "tokens", format: "count" },
      { key: "loss", symbol: "L^*", unit: "nats per token", format: "sig" },
    ],
    sources: ["kaplan2020"],
    presets: [],
  },
  // Chinchilla
  {
    name: "chinchillaLoss",
    group: "chinchilla",
    tex: "\\hat L(N, D) = E + \\frac{A}{N^{\\alpha}} + \\frac{B}{D^{\\beta}}",
    call: "object",
    signature: "chinchillaLoss({ params, tokens }, preset = hoffmann2022)",
    args: [
      { ...N_ALL, example: 70e9 },
      { ...D, example: 1.4e12 },
    ],
    outputs: [LOSS],
    sources: ["hoffmann2022"],
    presets: [...CHINCHILLA],
  },
  {
    name: "chinchillaOptimal",
    group: "chinchilla",
    tex: "N_\\text{opt} = G\\,(C/6)^{a},\\quad D_\\text{opt} = G^{-1}(C/6)^{b},\\quad G = \\left(\\tfrac{\\alpha A}{\\beta B}\\right)^{\\frac{1}{\\alpha+\\beta}}",
    call: "object",
    signature: "chinchillaOptimal({ flops }, preset = hoffmann2022)",
    args: [{ ...C, example: 5.76e23 }],
    outputs: [
      { key: "params", symbol: "N_\\text{opt}", unit: "parameters (all)", format: "count" },
      { key: "tokens", symbol: "D_\\text{opt}", unit: "tokens", format: "count" },
    ],
    sources: ["hoffmann2022"],
    presets: [...CHINCHILLA],
  },
  {
    name: "chinchillaAllocationExponents",
    group: "chinchilla",
    tex: "N_\\text{opt} \\propto C^{a},\\ D_\\text{opt} \\propto C^{b},\\quad a = \\frac{\\beta}{\\alpha+\\beta},\\ b = \\frac{\\alpha}{\\alpha+\\beta}",
    call: "preset",
    signature: "chinchillaAllocationExponents(preset = hoffmann2022)",
    args: [],
    outputs: [
      { key: "a", symbol: "a", unit: "exponent", format: "sig" },
      { key: "b", symbol: "b", unit: "exponent", format: "sig" },
    ],
    sources: ["hoffmann2022"],
    presets: [...CHINCHILLA],
  },
  {
    name: "chinchillaDataExponent",
    group: "chinchilla",
    tex: "e = b/a = \\alpha/\\beta",
    call: "preset",
    signature: "chinchillaDataExponent(preset = hoffmann2022)",
    args: [],
    outputs: [{ symbol: "e", unit: "exponent", format: "sig" }],
    sources: ["hoffmann2022"],
    presets: [...CHINCHILLA],
  },
  {
    name: "chinchillaTokensPerParam",
    group: "chinchilla",
    tex: "D_\\text{opt}/N_\\text{opt} = G^{-2}\\,(C/6)^{b-a}",
    call: "object",
    signature: "chinchillaTokensPerParam({ flops }, preset = hoffmann2022)",
    args: [{ ...C, example: 5.76e23 }],
    outputs: [{ symbol: "D/N", unit: "tokens per parameter", format: "sig" }],
    sources: ["hoffmann2022"],
    presets: [...CHINCHILLA],
  },
  {
    name: "chinchillaIsoFlopLoss",
    group: "chinchilla",
    tex: "\\hat L\\!\\left(N, \\tfrac{C}{6N}\\right) = E + \\frac{A}{N^{\\alpha}} + B\\left(\\frac{6N}{C}\\right)^{\\beta}",
    call: "object",
    signature: "chinchillaIsoFlopLoss({ flops, params }, preset = hoffmann2022)",
    args: [
      { ...C, example: 5.76e23 },
      { ...N_ALL, example: 70e9 },
    ],
    outputs: [LOSS],
    sources: ["hoffmann2022"],
    presets: [...CHINCHILLA],
  },
  // Cost-optimal
  {
    name: "costOptimal",
    group: "cost",
    tex: "\\min_{N,D}\\ \\hat L(N, D)\\ \\text{ s.t. }\\ p_F\\cdot 6ND + p_T D + p_N N = \\text{budget}",
    call: "object",
    signature: "costOptimal({ budget, pricePerFlop, pricePerToken = 0, pricePerParam = 0 }, preset = hoffmann2022)",
    args: [
      { name: "budget", symbol: "\\text{budget}", example: 1e6, format: "count" },
      { name: "pricePerFlop", symbol: "p_F", example: 1e-18, format: "sci" },
      { name: "pricePerToken", symbol: "p_T", example: 1e-6, optional: true, format: "sci" },
    ],
    outputs: [
      { key: "params", symbol: "N", unit: "parameters (all)", format: "count" },
      { key: "tokens", symbol: "D", unit: "tokens", format: "count" },
      { key: "tokensPerParam", symbol: "D/N", unit: "tokens per parameter", format: "sig" },
      { key: "loss", symbol: "\\hat L", unit: "nats per token", format: "sig" },
    ],
    sources: ["hoffmann2022"],
    presets: [...CHINCHILLA],
  },
  {
    name: "inferenceOptimal",
    group: "cost",
    tex: "\\min_{N, D_\\text{tr}}\\ 6\\,N D_\\text{tr} + 2\\,N D_\\text{inf}\\ \\text{ s.t. }\\ \\hat L(N, D_\\text{tr}) = \\ell",
    call: "object",
    signature: "inferenceOptimal({ loss, inferenceTokens }, preset = hoffmann2022)",
    args: [
      { name: "loss", symbol: "\\ell", example: 2, format: "sig" },
      { name: "inferenceTokens", symbol: "D_\\text{inf}", example: 2e12, format: "count" },
    ],
    outputs: [
      { key: "params", symbol: "N", unit: "parameters (all)", format: "count" },
      { key: "tokens", symbol: "D_\\text{tr}", unit: "tokens", format: "count" },
      { key: "tokensPerParam", symbol: "D_\\text{tr}/N", unit: "tokens per parameter", format: "sig" },
      { key: "totalFlops", symbol: "C_\\text{total}", unit: "FLOPs", format: "sci" },
    ],
    sources: ["sardana2023", "hoffmann2022"],
    presets: [...CHINCHILLA],
  },
  {
    name: "impliedInferenceTokens",
    group: "cost",
    tex: "D_\\text{inf} = 3\\,D\\,(q - 1),\\quad q = \\frac{\\alpha A N^{-\\alpha}}{\\beta B D^{-\\beta}}",
    call: "object",
    signature: "impliedInferenceTokens({ params, tokens }, preset = hoffmann2022)",
    args: [
      { ...N_ALL, example: 8e9 },
      { ...D, example: 15e12 },
    ],
    outputs: [{ symbol: "D_\\text{inf}", unit: "tokens", format: "sci" }],
    sources: ["sardana2023", "hoffmann2022"],
    presets: [...CHINCHILLA],
  },
  {
    name: "chinchillaTokensForLoss",
    group: "cost",
    tex: "D = \\left(\\frac{B}{\\ell - E - A/N^{\\alpha}}\\right)^{1/\\beta}",
    call: "object",
    signature: "chinchillaTokensForLoss({ params, loss }, preset = hoffmann2022)",
    args: [
      { ...N_ALL, example: 7e9 },
      { name: "loss", symbol: "\\ell", example: 2.1, format: "sig" },
    ],
    outputs: [{ symbol: "D", unit: "tokens", format: "count" }],
    sources: ["hoffmann2022"],
    presets: [...CHINCHILLA],
  },
  // Transfer
  {
    name: "transferredData",
    group: "transfer",
    tex: "D_T = k\\, D_F^{\\alpha}\\, N^{\\beta}",
    call: "object",
    signature: "transferredData({ fineTuneData, nonEmbeddingParams }, preset = hernandez2021TextToPython)",
    args: [
      { name: "fineTuneData", symbol: "D_F", example: 3e5, format: "count" },
      { ...N_NE, example: 4e7 },
    ],
    outputs: [{ symbol: "D_T", unit: "characters", format: "count" }],
    sources: ["hernandez2021"],
    presets: [...TRANSFER],
  },
  {
    name: "transferMultiplier",
    group: "transfer",
    tex: "\\frac{D_F + D_T}{D_F} = 1 + k\\, D_F^{\\alpha-1} N^{\\beta}",
    call: "object",
    signature: "transferMultiplier({ fineTuneData, nonEmbeddingParams }, preset = hernandez2021TextToPython)",
    args: [
      { name: "fineTuneData", symbol: "D_F", example: 3e5, format: "count" },
      { ...N_NE, example: 4e7 },
    ],
    outputs: [{ symbol: "(D_F + D_T)/D_F", unit: "multiple", format: "multiple" }],
    sources: ["hernandez2021"],
    presets: [...TRANSFER],
  },
  {
    name: "transferDataForModelScale",
    group: "transfer",
    tex: "M^{\\beta/\\alpha}",
    call: "object",
    signature: "transferDataForModelScale({ modelScale }, preset = hernandez2021TextToPython)",
    args: [{ name: "modelScale", symbol: "M", example: 10, format: "multiple" }],
    outputs: [{ symbol: "M^{\\beta/\\alpha}", unit: "data factor", format: "multiple" }],
    sources: ["hernandez2021"],
    presets: [...TRANSFER],
  },
  {
    name: "transferFineTuneDataForEffective",
    group: "transfer",
    tex: "D_F + k\\, D_F^{\\alpha} N^{\\beta} = D_E",
    call: "object",
    signature: "transferFineTuneDataForEffective({ effectiveData, nonEmbeddingParams }, preset = hernandez2021TextToPython)",
    args: [
      { name: "effectiveData", symbol: "D_E", example: 3e8, format: "count" },
      { ...N_NE, example: 4e7 },
    ],
    outputs: [{ symbol: "D_F", unit: "characters", format: "count" }],
    sources: ["hernandez2021"],
    presets: [...TRANSFER],
  },
  // Data-constrained
  {
    name: "effectiveTokens",
    group: "dataConstrained",
    tex: "D' = U_D + U_D R_D^* \\left(1 - e^{-R_D/R_D^*}\\right),\\quad R_D = D/U_D - 1",
    call: "object",
    signature: "effectiveTokens({ tokens, uniqueTokens }, preset = muennighoff2023)",
    args: [
      { ...D, example: 242e9 },
      { name: "uniqueTokens", symbol: "U_D", example: 25e9, format: "count" },
    ],
    outputs: [{ symbol: "D'", unit: "tokens", format: "count" }],
    sources: ["muennighoff2023"],
    presets: ["muennighoff2023"],
  },
  {
    name: "effectiveParams",
    group: "dataConstrained",
    tex: "N' = U_N + U_N R_N^* \\left(1 - e^{-R_N/R_N^*}\\right),\\quad U_N = \\min(N, N_\\text{opt}(U_D))",
    call: "object",
    signature: "effectiveParams({ params, uniqueTokens }, preset = muennighoff2023)",
    args: [
      { ...N_ALL, example: 6.34e9 },
      { name: "uniqueTokens", symbol: "U_D", example: 25e9, format: "count" },
    ],
    outputs: [{ symbol: "N'", unit: "parameters", format: "count" }],
    sources: ["muennighoff2023"],
    presets: ["muennighoff2023"],
  },
  {
    name: "dataConstrainedLoss",
    group: "dataConstrained",
    tex: "L = E + \\frac{A}{N'^{\\alpha}} + \\frac{B}{D'^{\\beta}}",
    call: "object",
    signature: "dataConstrainedLoss({ params, tokens, uniqueTokens }, preset = muennighoff2023)",
    args: [
      { ...N_ALL, example: 6.34e9 },
      { ...D, example: 242e9 },
      { name: "uniqueTokens", symbol: "U_D", example: 25e9, format: "count" },
    ],
    outputs: [LOSS],
    sources: ["muennighoff2023"],
    presets: ["muennighoff2023"],
  },
  // Data exhaustion
  {
    name: "dataExhaustionYear",
    group: "dataExhaustion",
    tex: "D(t) = \\sqrt{\\frac{r\\,k\\,C_0\\,g^{\\,t-t_0}}{6}} = E\\,S \\;\\Rightarrow\\; t = t_0 + \\frac{\\ln\\!\\big(6 (E S)^2 / (r k C_0)\\big)}{\\ln g}",
    call: "object",
    signature: "dataExhaustionYear({ stockTokens, startYear, startFlops, computeGrowthPerYear, tokensPerParam, overtraining = 1, epochs = 1 })",
    args: [
      { name: "stockTokens", symbol: "S", example: 3e14, format: "count" },
      { name: "startYear", symbol: "t_0", example: 2024, format: "sig" },
      { name: "startFlops", symbol: "C_0", example: 4e25, format: "sci" },
      { name: "computeGrowthPerYear", symbol: "g", example: 4, format: "multiple" },
      { name: "tokensPerParam", symbol: "r", example: 20, format: "sig" },
      { name: "overtraining", symbol: "k", example: 1, optional: true, format: "multiple" },
      { name: "epochs", symbol: "E", example: 1, optional: true, format: "sig" },
    ],
    outputs: [
      { key: "year", symbol: "t", unit: "year", format: "sig" },
      { key: "flops", symbol: "C^*", unit: "FLOPs", format: "sci" },
      { key: "params", symbol: "N^*", unit: "parameters", format: "count" },
    ],
    sources: ["villalobos2024", "kaplan2020"],
    presets: [],
  },
  {
    name: "dataExhaustionYearFromTrend",
    group: "dataExhaustion",
    tex: "t = t_0 + \\frac{\\ln(E\\,S / D_0)}{\\ln h}",
    call: "object",
    signature: "dataExhaustionYearFromTrend({ stockTokens, startYear, startTokens, datasetGrowthPerYear, epochs = 1 })",
    args: [
      { name: "stockTokens", symbol: "S", example: 3e14, format: "count" },
      { name: "startYear", symbol: "t_0", example: 2024, format: "sig" },
      { name: "startTokens", symbol: "D_0", example: 15e12, format: "count" },
      {
        name: "datasetGrowthPerYear",
        symbol: "h",
        example: 2,
        format: "multiple",
      },
    ],
    outputs: [{ symbol: "t", unit: "year", format: "sig" }],
    sources: ["villalobos2024"],
    presets: [],
  },
  {
    name: "repeatedDataValue",
    group: "dataExhaustion",
    tex: "\\frac{D'}{U} = 1 + R_D^*\\left(1 - e^{-(E-1)/R_D^*}\\right),\\quad \\frac{D'}{D} = \\frac{D'/U}{E}",
    call: "object",
    signature: "repeatedDataValue({ epochs }, preset = muennighoff2023)",
    args: [{ name: "epochs", symbol: "E", example: 4, format: "sig" }],
    outputs: [
      { key: "effectiveEpochs", symbol: "D'/U", unit: "epochs of fresh data", format: "sig" },
      { key: "valuePerToken", symbol: "D'/D", unit: "value per token", format: "percent" },
    ],
    sources: ["muennighoff2023"],
    presets: ["muennighoff2023"],
  },
  // Frozen pretrained transformer
  {
    name: "frozenTransformerParams",
    group: "frozen",
    tex: "N_t = (d_\\text{in}+1)\\,d + (d+1)\\,d_\\text{out} + (2\\,n_\\text{layer}+1)\\,2d + n_\\text{pos}\\,d",
    call: "object",
    signature: "frozenTransformerParams({ inputDim, outputDim, positionsTrained = contextLength }, preset = lu2021Gpt2Small)",
    args: [
      {
        name: "inputDim",
        symbol: "d_\\text{in}",
        example: 48,
        format: "count",
      },
      { name: "outputDim", symbol: "d_\\text{out}", example: 10, format: "count" },
      {
        name: "positionsTrained",
        symbol: "n_\\text{pos}",
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
    sources: ["lu2021"],
    presets: ["lu2021Gpt2Small"],
  },
  // Bio Anchors
  {
    name: "bioAnchorsComputeMultiplier",
    group: "bioAnchors",
    tex: "\\frac{C_\\text{new}}{C_\\text{Bio Anchors}} = M^{\\,e - 0.8}",
    call: "object",
    signature: "bioAnchorsComputeMultiplier({ sizeRatio, dataExponent }, preset = cotra2020BioAnchors)",
    args: [
      { name: "sizeRatio", symbol: "M", example: 1e5, format: "multiple" },
      { name: "dataExponent", symbol: "e", example: 1, format: "sig" },
    ],
    outputs: [{ symbol: "M^{e-0.8}", unit: "multiplier", format: "multiple" }],
    sources: ["cotra2020", "chinchillaLinkpost2022", "hoffmann2022"],
    presets: ["cotra2020BioAnchors"],
  },
  // DeepSeek
  {
    name: "deepseekFlopsPerToken",
    group: "deepseek",
    tex: "M = 72\\,n_\\text{layer}\\,d_\\text{model}^2 + 12\\,n_\\text{layer}\\,d_\\text{model}\\,l_\\text{seq}",
    call: "object",
    signature: "deepseekFlopsPerToken({ nLayer, dModel, sequenceLength })",
    args: [
      { ...SHAPE_LAYERS, example: 30 },
      { ...SHAPE_WIDTH, example: 4096 },
      { ...SHAPE_CTX, name: "sequenceLength", symbol: "l_\\text{seq}", example: 4096 },
    ],
    outputs: [{ symbol: "M", unit: "FLOPs per token", format: "count" }],
    sources: ["deepseek2024"],
    presets: [],
  },
  {
    name: "deepseekModelScales",
    group: "deepseek",
    tex: "\\begin{gathered}6N_1 = 72\\,n_\\text{layer} d_\\text{model}^2\\\\ 6N_2 = 6N_1 + 6\\,n_\\text{vocab} d_\\text{model}\\\\ M = 6N_1 + 12\\,n_\\text{layer} d_\\text{model} l_\\text{seq}\\end{gathered}",
    call: "object",
    signature: "deepseekModelScales({ nLayer, dModel, sequenceLength, vocab })",
    args: [
      { ...SHAPE_LAYERS, example: 8 },
      { ...SHAPE_WIDTH, example: 512 },
      { ...SHAPE_CTX, name: "sequenceLength", symbol: "l_\\text{seq}", example: 4096 },
      { name: "vocab", symbol: "n_\\text{vocab}", example: 102400, format: "sig" },
    ],
    outputs: [
      { key: "sixN1", symbol: "6N_1", unit: "FLOPs per token", format: "count" },
      { key: "sixN2", symbol: "6N_2", unit: "FLOPs per token", format: "count" },
      { key: "flopsPerToken", symbol: "M", unit: "FLOPs per token", format: "count" },
    ],
    sources: ["deepseek2024"],
    presets: [],
  },
  {
    name: "deepseekOptimal",
    group: "deepseek",
    tex: "M_\\text{opt} = 0.1715\\,C^{0.5243},\\quad D_\\text{opt} = 5.8316\\,C^{0.4757}",
    call: "object",
    signature: "deepseekOptimal({ flops }, preset = deepseek2024)",
    args: [{ ...C, example: 1e24 }],
    outputs: [
      { key: "flopsPerToken", symbol: "M_\\text{opt}", unit: "FLOPs per token", format: "sci" },
      { key: "tokens", symbol: "D_\\text{opt}", unit: "tokens", format: "count" },
    ],
    sources: ["deepseek2024"],
    presets: ["deepseek2024"],
  },
  {
    name: "deepseekHyperparameters",
    group: "deepseek",
    tex: "B_\\text{opt} = 0.2920\\,C^{0.3271},\\quad \\eta_\\text{opt} = 0.3118\\,C^{-0.1250}",
    call: "object",
    signature: "deepseekHyperparameters({ flops }, preset = deepseek2024)",
    args: [{ ...C, example: 1e24 }],
    outputs: [
      { key: "batchTokens", symbol: "B_\\text{opt}", unit: "tokens per batch", format: "count" },
      { key: "learningRate", symbol: "\\eta_\\text{opt}", unit: "learning rate", format: "sci" },
    ],
    sources: ["deepseek2024"],
    presets: ["deepseek2024"],
  },
  // Fitting
  {
    name: "fitChinchilla",
    group: "fit",
    tex: "\\min \\sum_i \\text{Huber}_\\delta\\!\\left(\\text{LSE}(a - \\alpha\\log N_i,\\ b - \\beta \\log D_i,\\ e) - \\log L_i\\right)",
    call: "tool",
    signature: "fitChinchilla(points, { delta = 1e-3, grid = hoffmann2022Grid, start, maxIterations = 1000, onProgress } = {})",
    args: [],
    outputs: [],
    sources: ["hoffmann2022", "besiroglu2024"],
    presets: [],
  },
  {
    name: "bootstrapChinchilla",
    group: "fit",
    tex: "\\theta^{(r)} = \\text{fit}\\!\\left(\\{x_{i_j}\\}_{j=1}^{n}\\right),\\ i_j \\sim \\mathcal{U}\\{1..n\\};\\quad \\text{CI} = \\text{percentiles of } \\theta^{(r)}",
    call: "tool",
    signature: "bootstrapChinchilla(points, { resamples, random, start, confidence = 0.95, delta, maxIterations, onProgress })",
    args: [],
    outputs: [],
    sources: ["besiroglu2024"],
    presets: [],
  },
  {
    name: "fitChinchillaApproach2",
    group: "fit",
    tex: "L_C \\approx c_0 + c_1 \\ln N + c_2 \\ln^2 N;\\ N_{\\text{opt}} = e^{-c_1/2c_2} \\propto C^{a}",
    call: "tool",
    signature: "fitChinchillaApproach2(runs, { minSizes = 3, groupTolerance = 0.05, maxSpread = 0.15, allowExtrapolation = false } = {})",
    args: [],
    outputs: [],
    sources: ["hoffmann2022"],
    presets: [],
  },
  {
    name: "chinchillaObjective",
    group: "fit",
    tex: "f(a, b, e, \\alpha, \\beta) = \\sum_i \\text{Huber}_\\delta\\!\\left(\\text{LSE}(a - \\alpha\\log N_i,\\ b - \\beta\\log D_i,\\ e) - \\log L_i\\right)",
    call: "tool",
    signature: "chinchillaObjective(logPoints, delta) → (x, gradient) => f",
    args: [],
    outputs: [],
    sources: ["hoffmann2022"],
    presets: [],
  },
  {
    name: "lbfgs",
    group: "fit",
    tex: "x_{k+1} = x_k - t_k H_k \\nabla f(x_k)",
    call: "tool",
    signature: "lbfgs(fg, x0, { maxIterations = 1000, memory = 10, gradientTolerance = 1e-10, functionTolerance = 1e-14 } = {})",
    args: [],
    outputs: [],
    sources: [],
    presets: [],
  },
  {
    name: "parseChinchillaFigure4",
    group: "fit",
    tex: "D = C / (6N)",
    call: "tool",
    signature: "parseChinchillaFigure4(csvText)",
    args: [],
    outputs: [],
    sources: ["epochAnalyzingChinchilla", "besiroglu2024"],
    presets: [],
  },
  {
    name: "selectBesiroglu240",
    group: "fit",
    tex: "\\{\\,i : L_i < L_{(5)}\\,\\}",
    call: "tool",
    signature: "selectBesiroglu240(points, exclude = 5)",
    args: [],
    outputs: [],
    sources: ["epochAnalyzingChinchilla"],
    presets: [],
  },
  {
    name: "fitTransfer",
    group: "fit",
    tex: "\\log D_T = \\log k + \\alpha \\log D_F + \\beta \\log N",
    call: "tool",
    signature: "fitTransfer(points, { beta } = {})",
    args: [],
    outputs: [],
    sources: ["hernandez2021"],
    presets: [],
  },
  // Utilities
  {
    name: "createRandom",
    group: "utility",
    tex: "u_k \\in [0, 1)",
    call: "tool",
    signature: "createRandom(seed) → () => number",
    args: [],
    outputs: [],
    sources: [],
    presets: [],
  },
  {
    name: "randomNormal",
    group: "utility",
    tex: "z = \\sqrt{-2\\ln u_1}\\,\\cos(2\\pi u_2)",
    call: "tool",
    signature: "randomNormal(random)",
    args: [],
    outputs: [],
    sources: [],
    presets: [],
  },
  {
    name: "bisect",
    group: "utility",
    tex: "x_\\text{mid} = \\tfrac12(x_\\text{lo} + x_\\text{hi}),\\quad f(x_\\text{lo})\\,f(x_\\text{hi}) \\le 0",
    call: "tool",
    signature: "bisect(f, lo, hi, { tolerance = 1e-12, relative = false } = {})",
    args: [],
    outputs: [],
    sources: [],
    presets: [],
  },
  {
    name: "brent",
    group: "utility",
    tex: "x_{k+1} = x_k - f(x_k)\\,\\frac{x_k - x_{k-1}}{f(x_k) - f(x_{k-1})}",
    call: "tool",
    signature: "brent(f, lo, hi, xtol = 1e-15)",
    args: [],
    outputs: [],
    sources: [],
    presets: [],
  },
  {
    name: "significant12",
    group: "utility",
    tex: "\\operatorname{round}_{12}(x)",
    call: "tool",
    signature: "significant12(x)",
    args: [],
    outputs: [],
    sources: [],
    presets: [],
  },
  {
    name: "logGrid",
    group: "utility",
    tex: "x_i = \\operatorname{round}_{12}\\!\\left(lo \\cdot (hi/lo)^{i/(n-1)}\\right)",
    call: "tool",
    signature: "logGrid(lo, hi, n)",
    args: [],
    outputs: [],
    sources: [],
    presets: [],
  },
  {
    name: "linearGrid",
    group: "utility",
    tex: "x_i = \\operatorname{round}_{12}\\!\\left(lo + (hi - lo)\\, i/(n-1)\\right)",
    call: "tool",
    signature: "linearGrid(lo, hi, n)",
    args: [],
    outputs: [],
    sources: [],
    presets: [],
  },
  {
    name: "memoize",
    group: "utility",
    tex: "f(a) \\mapsto \\text{cached } f(a)",
    call: "tool",
    signature: "memoize(fn, size = 8)",
    args: [],
    outputs: [],
    sources: [],
    presets: [],
  },
  {
    name: "invalid",
    group: "utility",
    tex: "\\texttt{invalid name: value (constraint)}",
    call: "tool",
    signature: "invalid(name, value, constraint, type = false) → RangeError | TypeError",
    args: [],
    outputs: [],
    sources: [],
    presets: [],
  },
];

/** Every exported function's metadata, by name. */
export const lawMeta: Readonly<Record<string, LawMeta>> = Object.freeze(Object.fromEntries(table.map((m) => [m.name, Object.freeze(m)])));

/** Exports that are data rather than functions or presets, with the ids of the works they come from (their prose is their JSDoc). */
export const lawData: Readonly<
  Record<
    string,
    {
      readonly sources: readonly string[];
      readonly summary?: InJsDoc<"the first sentence">;
      readonly source?: InJsDoc<"a 'Source:' line; the work ids go in sources">;
    }
  >
> = Object.freeze({
  PF_DAY_FLOPS: { sources: ["kaplan2020"] },
  sources: { sources: [] },
  sourceIds: { sources: [] },
  hoffmann2022Grid: { sources: ["hoffmann2022"] },
  hoffmann2022Gopher: { sources: ["hoffmann2022"] },
  hoffmann2022Chinchilla: { sources: ["hoffmann2022"] },
  hoffmann2022GopherBudget: { sources: ["hoffmann2022"] },
});
