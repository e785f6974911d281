/** What the paying-for-inference model (index.ts) and its figures (one file each) share. No default export: not a figure. */

import {
  chinchillaAllocationExponents,
  chinchillaLoss,
  chinchillaOptimal,
  chinchillaTokensPerParam,
  defaultChinchillaFit,
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
import { memoize } from "../numeric.ts";

export type P = "targetParams" | "inferenceTokens";

export const sci: FormatSpec = { kind: "sci", digits: 2 };

export const count: FormatSpec = { kind: "count", digits: 3 };

export const ratio: FormatSpec = { kind: "sig", digits: 3 };

export const pct: FormatSpec = { kind: "percent", digits: 2 };

export const mult: FormatSpec = { kind: "multiple", digits: 3 };

export const loss: FormatSpec = { kind: "fixed", digits: 3 };

/** The fits the essay compares, the site default first. */
export const FITS: readonly { key: string; label: string; preset: ChinchillaPreset; color: string }[] = [
  { key: "default", label: "Besiroglu et al. refit (site default)", preset: defaultChinchillaFit, color: SERIES[0] },
  { key: "unrounded", label: "Hoffmann et al., unrounded", preset: hoffmann2022Unrounded, color: SERIES[2] },
  { key: "printed", label: "Hoffmann et al., printed", preset: hoffmann2022, color: SERIES[1] },
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
    params: 70e9,
    tokens: 1.4e12,
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

export const releaseRatio = (r: Release) => r.tokens / r.params;

export const releaseOptimalRatio = (r: Release, preset: ChinchillaPreset) => chinchillaTokensPerParam({ flops: 6 * r.params * r.tokens }, preset);
