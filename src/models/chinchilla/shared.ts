/**
 * What the chinchilla model (index.ts) and its figures share: the parameter names, Kaplan's recipe
 * at a budget, the embedding-counting simulation (after Pearce & Song 2024, arXiv 2406.12907) and
 * number formats. No default export: not a figure. The paper's models and budgets are in src/laws.
 */

import {
  chinchillaLoss,
  chinchillaOptimal,
  hoffmann2022,
  kaplanCminFromTrainingFlops,
  kaplanOptimalParams,
  kaplanOptimalTokens,
  pfDaysToFlops,
  type ChinchillaPreset,
} from "../../laws/index.ts";
import { formatNumber, type FormatSpec } from "../../lib/format.ts";
import type { Params } from "../define.ts";
import { bisect, logGrid } from "../numeric.ts";
import { KAPLAN_ALLOCATION_RANGE_PF_DAYS } from "../kaplan-ranges.ts";

export type P = "flops" | "batchOverCritical" | "embeddingShare" | "studyFlops";

/** Chinchilla's isoFLOP budgets span 6e18 to 3e21 FLOPs. Source: arXiv 2203.15556 §3.2, Fig. 3. */
export const CHINCHILLA_ISOFLOP_RANGE = Object.freeze([6e18, 3e21] as const);

/**
 * GPT-2 small (Radford et al. 2019; Kaplan's tokeniser): 12 layers, d_model 768, 50,257-token
 * vocabulary, 1,024 positions. Its body, 12·n_layer·d² (Kaplan eq 2.1), is the reference size at
 * which the reader sets the embedding share.
 */
const GPT2 = Object.freeze({ layers: 12, dModel: 768, vocab: 50257, context: 1024 });

export const REFERENCE_BODY = 12 * GPT2.layers * GPT2.dModel ** 2;

export const GPT2_EMBEDDING_SHARE = ((GPT2.vocab + GPT2.context) * GPT2.dModel) / ((GPT2.vocab + GPT2.context) * GPT2.dModel + REFERENCE_BODY);

/**
 * Embedding parameters as a function of non-embedding parameters N at fixed vocabulary and
 * aspect ratio: d_model ∝ N^(1/3), so N_E = k·N^(1/3), with k set by the share at REFERENCE_BODY.
 * A simplification in the spirit of Pearce & Song 2024 (arXiv 2406.12907), not their exact model.
 */
export function embeddingCoefficient(share: number): number {
  return ((share / (1 - share)) * REFERENCE_BODY) / Math.cbrt(REFERENCE_BODY);
}

/**
 * What an analyst counting non-embedding parameters and compute C_E = 6·N·D would find as the
 * best N, when the true loss is Chinchilla's in total parameters N + k·N^(1/3): the root of
 * dL/d(ln N) at fixed C_E, by bisection on ln N.
 */
export function nonEmbeddingOptimum(computeNonEmbedding: number, k: number, p: ChinchillaPreset): number {
  const slope = (u: number): number => {
    const n = Math.exp(u);
    const cube = Math.cbrt(n);
    const total = n + k * cube;
    const tokens = computeNonEmbedding / (6 * n);
    return -p.alpha * p.A * total ** (-p.alpha - 1) * (n + (k / 3) * cube) + p.beta * p.B * tokens ** -p.beta;
  };
  // Keep at least ten tokens per run so the bracket is a real model on real data.
  return Math.exp(bisect(slope, Math.log(1), Math.log(computeNonEmbedding / 60), { relative: true }));
}

/** Local exponent d ln N* ÷ d ln C_E at C_E, by central difference (h = 0.05 in ln C). */
export function apparentExponent(computeNonEmbedding: number, k: number): number {
  const h = 0.05;
  const up = nonEmbeddingOptimum(computeNonEmbedding * Math.exp(h), k, hoffmann2022);
  const down = nonEmbeddingOptimum(computeNonEmbedding * Math.exp(-h), k, hoffmann2022);
  return (Math.log(up) - Math.log(down)) / (2 * h);
}

/** Least-squares slope of ln N* on ln C_E over Kaplan's allocation range (13 log-spaced budgets). */
export function apparentExponentOverRange(k: number, range: readonly [number, number] = KAPLAN_ALLOCATION_RANGE_PF_DAYS): number {
  const xs = logGrid(pfDaysToFlops(range[0]), pfDaysToFlops(range[1]), 13).map(Math.log);
  const ys = xs.map((x) => Math.log(nonEmbeddingOptimum(Math.exp(x), k, hoffmann2022)));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < xs.length; i++) {
    sxy += (xs[i]! - mx) * (ys[i]! - my);
    sxx += (xs[i]! - mx) ** 2;
  }
  return sxy / sxx;
}

/** Kaplan's recipe at training compute C: C_min = C/(1 + B/B_crit), D = D(C_min), N = C/(6D) spends C exactly. */
export function kaplanAtBudget(p: Params<P>) {
  const flopsMin = kaplanCminFromTrainingFlops({ flops: p.flops, batchOverCritical: p.batchOverCritical });
  const tokens = kaplanOptimalTokens({ flopsMin });
  return { flopsMin, tokens, params: p.flops / (6 * tokens), legendParams: kaplanOptimalParams({ flopsMin }) };
}

export const optimalLoss = (flops: number, preset: ChinchillaPreset): number => chinchillaLoss(chinchillaOptimal({ flops }, preset), preset);

export const count2: FormatSpec = { kind: "count", digits: 2 };

export const count3: FormatSpec = { kind: "count", digits: 3 };

export const sci2: FormatSpec = { kind: "sci", digits: 2 };

export const loss3: FormatSpec = { kind: "fixed", digits: 3 };

export const exponent2: FormatSpec = { kind: "fixed", digits: 2 };

export const exponent3: FormatSpec = { kind: "fixed", digits: 3 };

export const superscriptTen = (x: number) => formatNumber(x, { kind: "sci", digits: 2 });
