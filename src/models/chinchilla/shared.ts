/** What the chinchilla model (index.ts) and its figures (one file each) share. No default export: not a figure. */

import {
  chinchillaLoss,
  chinchillaOptimal,
  hoffmann2022,
  hoffmann2022Table3,
  kaplanCminFromTrainingFlops,
  kaplanOptimalParams,
  kaplanOptimalTokens,
  pfDaysToFlops,
  type ChinchillaPreset,
} from "../../laws/index.ts";
import { formatNumber, type FormatSpec } from "../../lib/format.ts";
import type { Params } from "../define.ts";
import { bisect, logGrid } from "../numeric.ts";
import { KAPLAN_ALLOCATION_RANGE_PF_DAYS, KAPLAN_RUNS_MAX_PF_DAYS } from "../kaplan-ranges.ts";

export type P = "flops" | "batchOverCritical" | "embeddingShare" | "studyFlops";

/** Gopher: 280B parameters, 300B tokens. Source: arXiv 2203.15556 §1 and Table 1. */
export const GOPHER = Object.freeze({ params: 280e9, tokens: 300e9 });

/** Chinchilla: 70B parameters, 1.4T tokens. Source: arXiv 2203.15556 §1 and Table 1. */
export const CHINCHILLA = Object.freeze({ params: 70e9, tokens: 1.4e12 });

/** The Gopher budget as the paper uses it: Table 3's 67B row (5.76e23 FLOPs). */
export const gopherRow = hoffmann2022Table3.rows.find((r) => r.params === 67e9)!;

export const GOPHER_BUDGET = gopherRow.flops;

/** "40B": the optimal size at the Gopher budget printed in Fig. 4 (left) of arXiv 2203.15556. */
export const FIG4_OPTIMAL_PARAMS = 40e9;

/** Chinchilla's isoFLOP budgets span 6e18 to 3e21 FLOPs. Source: arXiv 2203.15556 §3.2, Fig. 3. */
export const CHINCHILLA_ISOFLOP_RANGE = Object.freeze([6e18, 3e21] as const);

/** Kaplan's compute ranges (allocation fit, Fig. 14; all runs, Fig. 1): one module for both essays. */
export { KAPLAN_ALLOCATION_RANGE_PF_DAYS, KAPLAN_RUNS_MAX_PF_DAYS };

/**
 * GPT-2 small (Radford et al. 2019; Kaplan's tokeniser): 12 layers, d_model 768, 50,257-token
 * vocabulary, 1,024 positions. Its body, 12·n_layer·d² (Kaplan eq 2.1), is the reference size at
 * which the reader sets the embedding share.
 */
export const GPT2 = Object.freeze({ layers: 12, dModel: 768, vocab: 50257, context: 1024 });

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

/** Compute at which Chinchilla's optimum reaches `loss` (bisection on ln C; loss must exceed E). */
export function computeForLoss(loss: number, preset: ChinchillaPreset): number {
  return Math.exp(bisect((u) => optimalLoss(Math.exp(u), preset) - loss, Math.log(1e10), Math.log(1e40), { relative: true }));
}

export const count2: FormatSpec = { kind: "count", digits: 2 };

export const count3: FormatSpec = { kind: "count", digits: 3 };

export const sci3: FormatSpec = { kind: "sci", digits: 3 };

export const sci2: FormatSpec = { kind: "sci", digits: 2 };

export const loss3: FormatSpec = { kind: "fixed", digits: 3 };

export const exponent2: FormatSpec = { kind: "fixed", digits: 2 };

export const exponent3: FormatSpec = { kind: "fixed", digits: 3 };

export const superscriptTen = (x: number) => formatNumber(x, { kind: "sci", digits: 2 });
