/** What the paying-for-inference model (index.ts) and its figures (one file each) share. No default export: not a figure. */

import {
  chinchillaAllocationExponents,
  chinchillaLoss,
  chinchillaOptimal,
  hoffmann2022Chinchilla,
  chinchillaTokensPerParam,
  defaultChinchillaFit,
  gadre2024RedPajama,
  hoffmann2022,
  hoffmann2022Unrounded,
  impliedInferenceTokens,
  inferenceOptimal,
  type ChinchillaPreset,
  type PresetSource,
} from "../../laws/index.ts";
import type { FormatSpec } from "../../lib/format.ts";
import type { Params } from "../define.ts";
import { SERIES } from "../figure.ts";
import { figure4Points } from "../figure4-data.ts";
import { memoize } from "../numeric.ts";

export type P = "targetParams" | "inferenceTokens";

export const sci: FormatSpec = { kind: "sci", digits: 2 };

export const count: FormatSpec = { kind: "count", digits: 3 };

export const ratio: FormatSpec = { kind: "sig", digits: 3 };

export const pct: FormatSpec = { kind: "percent", digits: 2 };

export const mult: FormatSpec = { kind: "multiple", digits: 3 };

export const loss: FormatSpec = { kind: "fixed", digits: 3 };

/** The fits the essay compares, the site default first. */
export const FITS: readonly { key: string; label: string; short: string; preset: ChinchillaPreset; color: string }[] = [
  { key: "default", label: "Besiroglu et al. refit (site default)", short: "Besiroglu (default)", preset: defaultChinchillaFit, color: SERIES[0] },
  { key: "unrounded", label: "Hoffmann et al., unrounded", short: "Hoffmann, unrounded", preset: hoffmann2022Unrounded, color: SERIES[2] },
  { key: "printed", label: "Hoffmann et al., printed", short: "Hoffmann, printed", preset: hoffmann2022, color: SERIES[1] },
];

export const fitOf = (key: string) => FITS.find((f) => f.key === key)!.preset;

/** A published model: parameters (as its card names them) and pretraining tokens, with where they were read. */
export interface Release {
  readonly key: string;
  readonly label: string;
  readonly params: number;
  readonly tokens: number;
  readonly source: PresetSource;
}

/**
 * Release facts. Chinchilla: 70B on 1.4T tokens (arXiv 2203.15556 Table 1). Llama 2 7B: 2.0T tokens
 * (model card, meta-llama/llama MODEL_CARD.md @689c7f2). Llama 3 8B: "15T+" tokens, "over 15
 * trillion" (meta-llama/llama3 MODEL_CARD.md @a0940f9): 15T is a lower bound. Parameter counts are
 * the cards' nominal sizes (all parameters).
 */
export const RELEASES: readonly Release[] = Object.freeze([
  {
    key: "chinchilla",
    label: "Chinchilla 70B",
    params: hoffmann2022Chinchilla.params,
    tokens: hoffmann2022Chinchilla.tokens,
    source: { id: "hoffmann2022", arxiv: "2203.15556", where: "Table 1 (Chinchilla: 70B parameters, 1.4T tokens)", verification: "paper" },
  },
  {
    key: "llama2",
    label: "Llama 2 7B",
    params: 7e9,
    tokens: 2e12,
    source: {
      id: "touvron2023",
      url: "https://github.com/meta-llama/llama",
      commit: "689c7f2",
      where: "MODEL_CARD.md (7B, 2.0T tokens)",
      verification: "code",
    },
  },
  {
    key: "llama3",
    label: "Llama 3 8B",
    params: 8e9,
    tokens: 15e12,
    source: {
      id: "meta2024llama3",
      url: "https://github.com/meta-llama/llama3",
      commit: "a0940f9",
      where: "MODEL_CARD.md (8B, 15T+ tokens)",
      verification: "code",
    },
  },
] as const);

export const release = (key: string) => RELEASES.find((r) => r.key === key)!;

/** The Chinchilla-optimal model of `params` parameters under a fit (N_opt ∝ C^a exactly, so scale a reference budget). */
export function chinchillaAt(params: number, preset: ChinchillaPreset): { params: number; tokens: number; flops: number } {
  const ref = chinchillaOptimal({ flops: 1e21 }, preset);
  const flops = 1e21 * Math.exp(Math.log(params / ref.params) / chinchillaAllocationExponents(preset).a);
  const o = chinchillaOptimal({ flops }, preset);
  return { ...o, flops };
}

export interface Scenario {
  loss: number;
  chin: { params: number; tokens: number; flops: number };
  chinTotal: number;
  opt: ReturnType<typeof inferenceOptimal>;
  saving: number;
}

/** The quality target, the Chinchilla-optimal model that meets it, and the inference-aware optimum. */
export const scenario = memoize((targetParams: number, inferenceTokens: number, preset: ChinchillaPreset): Scenario => {
  const chin = chinchillaAt(targetParams, preset);
  const target = chinchillaLoss({ params: chin.params, tokens: chin.tokens }, preset);
  const opt = inferenceOptimal({ loss: target, inferenceTokens }, preset);
  const chinTotal = chin.flops + 2 * chin.params * inferenceTokens;
  return { loss: target, chin, chinTotal, opt, saving: 1 - opt.totalFlops / chinTotal };
}, 16);

export const at = (p: Params<P>, key = "default") => scenario(p.targetParams, p.inferenceTokens, fitOf(key));

/** Sardana et al.'s Fig. 1 example: a 13B Chinchilla-optimal target and 2T tokens of inference. */
export const FIG1 = { targetParams: 13e9, inferenceTokens: 2e12 };

export const fig1 = (key: string) => scenario(FIG1.targetParams, FIG1.inferenceTokens, fitOf(key));

export const implied = (key: string, preset: ChinchillaPreset) => impliedInferenceTokens({ params: release(key).params, tokens: release(key).tokens }, preset);

export const releaseRatio = (r: { readonly params: number; readonly tokens: number }) => r.tokens / r.params;

export const releaseOptimalRatio = (r: Release, preset: ChinchillaPreset) => chinchillaTokensPerParam({ flops: 6 * r.params * r.tokens }, preset);

/** One run of Gadre et al.'s testbed (RedPajama-trained), as its released JSON records it. */
export interface TestbedRun {
  readonly label: string;
  /** `hyperparameters.params`: all parameters. */
  readonly params: number;
  /** `hyperparameters.tokens`: training tokens. */
  readonly tokens: number;
  /** Its C4 validation loss (`results`, val_data c4_val), nats per token. */
  readonly loss: number;
  /** The file under exp_data/models/ in mlfoundations/scaling. */
  readonly file: string;
}

/**
 * Gadre et al. 2024 (arXiv 2403.08540), read in the authors' repository mlfoundations/scaling at
 * commit a003c49 (the paper's body was not readable here). The loss law (scaling/laws.py,
 * `powlaw_ours`) is fitted by `fit_ds` (scaling/shared.py) to five runs: the four model shapes at
 * token multiplier 20 plus the smallest at 320; scaling_explorer.ipynb then predicts two larger runs
 * and prints the relative errors of the C4 eval loss (its committed output, RedPajama training).
 * Token multipliers are 20 × cc_mults, cc_mults = 0.25 … 32 in that notebook. `loss` is each run's
 * `c4_val` loss in its JSON file.
 */
export const GADRE = Object.freeze({
  source: {
    id: "gadre2024",
    url: "https://github.com/mlfoundations/scaling",
    commit: "a003c49",
    where: "scaling/laws.py powlaw_ours; scaling/shared.py fit_ds; exp_data/models/rpj-*.json; scaling_explorer.ipynb cells 0–2 (output)",
    verification: "code",
  } satisfies PresetSource,
  /** Their fitted law as a Chinchilla-form preset (the law module's gadre2024RedPajama). */
  fit: gadre2024RedPajama,
  fitRuns: [
    { label: "d=96, M=20", params: 10569312, tokens: 211386240, loss: 5.38702091510821, file: "rpj-d=96_l=8_h=4-1.0.json" },
    { label: "d=512, M=20", params: 78914048, tokens: 1578280960, loss: 3.899942990231468, file: "rpj-d=512_l=8_h=4-1.0.json" },
    { label: "d=576, M=20", params: 153677376, tokens: 3073547520, loss: 3.531147408490181, file: "rpj-d=576_l=24_h=8-1.0.json" },
    { label: "d=1024, M=20", params: 411616256, tokens: 8232325120, loss: 3.149769456671634, file: "rpj-d=1024_l=24_h=8-1.0.json" },
    { label: "d=96, M=320", params: 10569312, tokens: 3382179840, loss: 4.572292613487238, file: "rpj-d=96_l=8_h=4-16.0.json" },
  ] as readonly TestbedRun[],
  /** The over-trained prediction (notebook output: relative error 0.7103%). */
  overTrained: {
    label: "open_lm_1b, M=640",
    params: 1439795200,
    tokens: 921468928000,
    loss: 2.502053562117363,
    file: "rpj-open_lm_1b-32.0.json",
  } as TestbedRun,
  /** The larger compute-optimal prediction (notebook output: 0.7320%). */
  larger: { label: "open_lm_7b, M=20", params: 6889410560, tokens: 137788211200, loss: 2.424993099368689, file: "rpj-open_lm_7b-1.0.json" } as TestbedRun,
  /** Token multipliers of the testbed: 20 × 0.25 and 20 × 32 (scaling_explorer.ipynb cell 0). */
  minMultiplier: 20 * 0.25,
  maxMultiplier: 20 * 32,
  /** cc_mult 1: the testbed's name for compute-optimal (scaling/shared.py: tok_mult = cc_mult × 20). */
  computeOptimalMultiplier: 20,
});

/** The relative error of Gadre et al.'s fitted law on one run's C4 validation loss. */
export const gadreRelativeError = (r: TestbedRun) => Math.abs(chinchillaLoss({ params: r.params, tokens: r.tokens }, GADRE.fit) - r.loss) / r.loss;

export const runFlops = (r: { params: number; tokens: number }) => 6 * r.params * r.tokens;

/** Training compute of the five runs Gadre et al.'s loss law is fitted to. */
export const gadreFitFlops = () => GADRE.fitRuns.reduce((sum, r) => sum + runFlops(r), 0);

/**
 * The exponent of the reducible loss in compute along a fixed token multiplier M = D/N under a
 * Chinchilla-form fit: with C = 6ND, N = (C/6M)^(1/2) and D = (CM/6)^(1/2), so
 * L − E = A·(6M/C)^(α/2) + B·(6/(CM))^(β/2), and −d ln(L − E)/d ln C is a weighted mean of α/2 and
 * β/2 that depends on M unless α = β (the site's algebra; Gadre et al.'s released law has one exponent).
 */
export function reducibleSlopeAtMultiplier(multiplier: number, flops: number, preset: ChinchillaPreset): number {
  const params = Math.sqrt(flops / (6 * multiplier));
  const modelTerm = preset.A * params ** -preset.alpha,
    dataTerm = preset.B * (multiplier * params) ** -preset.beta;
  return ((preset.alpha / 2) * modelTerm + (preset.beta / 2) * dataTerm) / (modelTerm + dataTerm);
}

/** Tokens per parameter of the 245 runs Besiroglu et al. extracted from Chinchilla's Figure 4, sorted (the runs the fits were made on, as far as the figure shows them). */
export const figure4Ratios: readonly number[] = Object.freeze(figure4Points.map((r) => r.tokens / r.params).sort((a, b) => a - b));

/** The median of a sorted list. */
export const median = (sorted: readonly number[]) => {
  const mid = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/**
 * The smallest model that can reach the loss of the Chinchilla-optimal model of N parameters, as
 * a share of N: at the optimum βB/D^β = αA/N^α, so ℓ − E = (1 + α/β)·A/N^α and
 * N_min = (A/(ℓ − E))^(1/α) = N·(1 + α/β)^(−1/α). However large the inference demand, the
 * inference-aware optimum stays above it. Depends only on the fit's exponents.
 */
export const floorShare = (preset: ChinchillaPreset) => (1 + preset.alpha / preset.beta) ** (-1 / preset.alpha);
