/**
 * What the counting-compute model (index.ts) and its figures (one file each) share. No default
 * export: not a figure.
 */
import {
  deepseek2024,
  deepseekFlopsPerToken,
  deepseekModelScales,
  deepseekOptimal,
  kaplanContextOverhead,
  kaplanForwardFlopsPerToken,
  kaplanParamsFromShape,
  type PresetSource,
} from "../../laws/index.ts";
import type { FormatSpec } from "../../lib/format.ts";
import type { UsesConstants } from "../constants.ts";
import type { Params } from "../define.ts";
import { bisect, logGrid, memoize } from "../numeric.ts";

export type P = "contextLength" | "dModel" | "nLayer" | "budget";

export const sci: FormatSpec = { kind: "sci", digits: 2 };
export const count: FormatSpec = { kind: "count", digits: 3 };
export const ratio: FormatSpec = { kind: "sig", digits: 3 };
export const pct: FormatSpec = { kind: "percent", digits: 2 };
export const mult: FormatSpec = { kind: "multiple", digits: 3 };
export const exponent: FormatSpec = { kind: "fixed", digits: 3 };

/** A published transformer shape, with where it was read. */
export interface PublishedShape {
  readonly label: string;
  readonly nLayer: number;
  readonly dModel: number;
  readonly contextLength: number;
  readonly source: PresetSource;
}

/**
 * GPT-3 175B: n_layers 96, d_model 12288 (d_attn = 96 heads × 128 = d_model), n_ctx 2048.
 * Brown et al. 2020 (arXiv 2005.14165) Table 2.1 and §2.1; read here in a transcription of Table 2.1
 * (dmccreary/gpt-3-demos docs/background.md), not in the PDF: secondary.
 */
export const GPT3_175B: PublishedShape = Object.freeze({
  label: "GPT-3 175B",
  nLayer: 96,
  dModel: 12288,
  contextLength: 2048,
  source: Object.freeze({
    id: "brown2020",
    arxiv: "2005.14165",
    where: "Table 2.1 (n_layers 96, d_model 12288, 96 heads of 128), §2.1 (n_ctx 2048)",
    verification: "secondary",
  }),
});

/**
 * DeepSeek LLM's vocabulary, n_vocab = 102400, the value in Table 3's 6N₂ column (arXiv 2401.02954
 * §2.1 and Table 3); read in transcriptions, not the PDF: secondary.
 */
export const DEEPSEEK_VOCAB = 102400;

/**
 * The budgets of DeepSeek's IsoFLOP study: 8 budgets from 1e17 to 3e20 FLOPs (arXiv 2401.02954
 * §3.2, secondary). The allocation fit below uses the same span, spaced evenly in log C.
 */
export const FIT_BUDGETS = Object.freeze({ min: 1e17, max: 3e20, count: 8 });

/**
 * The budgets DeepSeek fitted the hyper-parameter laws on: 1e17 to 2e19 FLOPs (arXiv 2401.02954
 * §3.1, secondary); beyond them B_opt and η_opt are extrapolations.
 */
export const HYPER_FIT = Object.freeze({ min: 1e17, max: 2e19 });

/**
 * The smallest and largest shapes of DeepSeek's Table 3 (n_layer 8, d_model 512 and n_layer 80,
 * d_model 8192), read in a transcription of the table (secondary). A sequence length of 4096 is our
 * inference: it is the one that reproduces the transcribed ratios.
 */
export const TABLE3_SHAPES = Object.freeze({
  small: Object.freeze({ nLayer: 8, dModel: 512 }),
  large: Object.freeze({ nLayer: 80, dModel: 8192 }),
  sequenceLength: 4096,
});

/**
 * The counting rules the figures use, named for their captions (src/models/constants.ts): the
 * coefficients are structural (72, 12, 6, 2), not fitted, but they have a source and a locator.
 */
export const KAPLAN_TABLE1_COUNT: UsesConstants = Object.freeze({
  label: "Kaplan et al. 2020 Table 1 count",
  source: Object.freeze({
    id: "kaplan2020",
    arxiv: "2001.08361",
    where: "§2.1, eq 2.1 and Table 1 (attention 2·n_layer·n_ctx·d_attn per token forward)",
    verification: "secondary",
  }),
});
export const DEEPSEEK_EQ2_COUNT: UsesConstants = Object.freeze({
  label: "DeepSeek-AI 2024 M (eq 2)",
  source: Object.freeze({
    id: "deepseek2024",
    arxiv: "2401.02954",
    where: "§3.2 eq 2 and Table 3 (M = 72·n_layer·d_model² + 12·n_layer·d_model·l_seq; n_vocab 102400)",
    verification: "secondary",
  }),
});

/** Standard shape: d_attn = d_model, d_ff = 4·d_model (Kaplan §2.1; DeepSeek's M assumes the same 12·n_layer·d_model² body). */
export const shapeOf = (p: Params<P>) => ({ nLayer: p.nLayer, dModel: p.dModel });

/** Per-token training FLOPs of the reader's shape, three ways. */
export function counts(p: Params<P>) {
  const shape = shapeOf(p);
  const params = kaplanParamsFromShape(shape);
  const sixN = 6 * params;
  const kaplan = 3 * kaplanForwardFlopsPerToken({ ...shape, contextLength: p.contextLength });
  const deepseek = deepseekFlopsPerToken({ ...shape, sequenceLength: p.contextLength });
  const scales = deepseekModelScales({ ...shape, sequenceLength: p.contextLength, vocab: DEEPSEEK_VOCAB });
  return { params, sixN, kaplan, deepseek, kaplanRatio: kaplanContextOverhead({ ...shape, contextLength: p.contextLength }), sixN2: scales.sixN2 };
}

/**
 * The context length at which the attention term equals the 6N term, for each count. Both counts
 * are linear in the context, so the slope is read from the law functions at one context length.
 */
export function evenContext(p: Params<P>): { kaplan: number; deepseek: number } {
  const shape = shapeOf(p);
  const sixN = 6 * kaplanParamsFromShape(shape);
  const probe = 1024;
  const kaplanSlope = (3 * kaplanForwardFlopsPerToken({ ...shape, contextLength: probe }) - sixN) / probe;
  const deepseekSlope = (deepseekFlopsPerToken({ ...shape, sequenceLength: probe }) - sixN) / probe;
  return { kaplan: sixN / kaplanSlope, deepseek: sixN / deepseekSlope };
}

/**
 * The shape with DeepSeek model scale M at the reader's aspect ratio r = d_model/n_layer and
 * context: solves M = 72·r²·L³ + 12·r·l_seq·L² for a (continuous) layer count L by bisection in
 * log L. M grows monotonically with L, so the root is unique.
 */
export function shapeForScale(flopsPerToken: number, aspect: number, contextLength: number): { nLayer: number; dModel: number } {
  const m = (logL: number) => {
    const nLayer = Math.exp(logL);
    return Math.log(deepseekFlopsPerToken({ nLayer, dModel: aspect * nLayer, sequenceLength: contextLength })) - Math.log(flopsPerToken);
  };
  const logL = bisect(m, Math.log(1e-6), Math.log(1e6));
  const nLayer = Math.exp(logL);
  return { nLayer, dModel: aspect * nLayer };
}

/** One run on DeepSeek's compute-optimal frontier, recorded three ways. */
export interface FrontierRun {
  /** C = M·D, DeepSeek's count (FLOPs). */
  readonly flops: number;
  /** M_opt (FLOPs per token). */
  readonly flopsPerToken: number;
  /** D = C/M (tokens). */
  readonly tokens: number;
  /** N, non-embedding parameters of the shape with that M. */
  readonly params: number;
  /** 6·N·D (FLOPs). */
  readonly flops6N: number;
  /** Kaplan Table 1's training count, 3 × (2N + 2·n_layer·n_ctx·d_attn) per token, times D. */
  readonly flopsKaplan: number;
}

/**
 * A run on DeepSeek's fitted frontier (eq 4: M_opt = 0.1715·C^0.5243) at budget C, turned into a
 * shape with the reader's aspect ratio and context, and its compute recorded as 6ND and with
 * Kaplan's attention term.
 */
export function frontierRun(flops: number, aspect: number, contextLength: number): FrontierRun {
  const { flopsPerToken } = deepseekOptimal({ flops }, deepseek2024);
  const tokens = flops / flopsPerToken;
  const shape = shapeForScale(flopsPerToken, aspect, contextLength);
  const params = kaplanParamsFromShape(shape);
  const flopsKaplan = 3 * kaplanForwardFlopsPerToken({ ...shape, contextLength }) * tokens;
  return { flops, flopsPerToken, tokens, params, flops6N: 6 * params * tokens, flopsKaplan };
}

/** Least-squares slope of log y on log x. */
export function logSlope(xs: readonly number[], ys: readonly number[]): number {
  const lx = xs.map(Math.log),
    ly = ys.map(Math.log);
  const mx = lx.reduce((a, b) => a + b, 0) / lx.length,
    my = ly.reduce((a, b) => a + b, 0) / ly.length;
  let sxy = 0,
    sxx = 0;
  lx.forEach((x, i) => {
    sxy += (x - mx) * (ly[i]! - my);
    sxx += (x - mx) ** 2;
  });
  return sxy / sxx;
}

/**
 * The allocation fit: DeepSeek's frontier at FIT_BUDGETS, with N_opt ∝ C^a fitted by least
 * squares in log–log space, C counted as M·D (DeepSeek), as Kaplan's Table 1 count and as 6ND.
 * `mExponent` is the slope of M_opt itself (DeepSeek's eq 4 exponent, recovered).
 */
export const allocationFit = memoize((aspect: number, contextLength: number) => {
  const runs = logGrid(FIT_BUDGETS.min, FIT_BUDGETS.max, FIT_BUDGETS.count).map((c) => frontierRun(c, aspect, contextLength));
  const n = runs.map((r) => r.params);
  return {
    runs,
    mExponent: logSlope(
      runs.map((r) => r.flops),
      runs.map((r) => r.flopsPerToken),
    ),
    full: logSlope(
      runs.map((r) => r.flops),
      n,
    ),
    kaplan: logSlope(
      runs.map((r) => r.flopsKaplan),
      n,
    ),
    sixN: logSlope(
      runs.map((r) => r.flops6N),
      n,
    ),
  };
});

export const fitAt = (p: Params<P>) => allocationFit(p.dModel / p.nLayer, p.contextLength);
