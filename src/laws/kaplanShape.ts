/**
 * Kaplan et al. 2020, "Scaling Laws for Neural Language Models" (arXiv 2001.08361) §2.1:
 * parameter count and forward FLOPs per token from a transformer's shape (eq 2.1, Table 1).
 * N counts non-embedding parameters; biases and layer norms are neglected, as in the paper.
 */
import { positive, record } from "./validate.ts";

/** A decoder-only transformer's shape, in the paper's symbols. */
export interface TransformerShape {
  /** n_layer, number of layers. */
  readonly nLayer: number;
  /** d_model, residual stream width. */
  readonly dModel: number;
  /** d_attn, attention output width; default d_model. */
  readonly dAttn?: number;
  /** d_ff, feed-forward hidden width; default 4·d_model. */
  readonly dFf?: number;
}

interface Shape {
  nLayer: number;
  dModel: number;
  dAttn: number;
  dFf: number;
}

/** @internal */
export function readShape(o: Record<string, unknown>): Shape {
  const nLayer = positive("nLayer", o.nLayer);
  const dModel = positive("dModel", o.dModel);
  const dAttn = o.dAttn === undefined ? dModel : positive("dAttn", o.dAttn);
  const dFf = o.dFf === undefined ? 4 * dModel : positive("dFf", o.dFf);
  return { nLayer, dModel, dAttn, dFf };
}

const SHAPE = ["nLayer", "dModel", "dAttn", "dFf"] as const;

/**
 * Non-embedding parameters from a transformer's shape (biases and layer norms neglected).
 * `N ≈ 2·d_model·n_layer·(2·d_attn + d_ff)`, which is `12·n_layer·d_model²` with the standard
 * d_attn = d_ff/4 = d_model.
 * Source: arXiv 2001.08361 §2.1 eq 2.1 and Table 1 (attention QKV and projection
 * 4·n_layer·d_model·d_attn, feed-forward 2·n_layer·d_model·d_ff); formula as listed in
 * SOURCES.md, not re-read in the PDF here.
 * @param options.nLayer n_layer, number of layers (> 0).
 * @param options.dModel d_model, residual stream width (> 0).
 * @param options.dAttn d_attn (> 0), default d_model.
 * @param options.dFf d_ff (> 0), default 4·d_model.
 * @returns N, non-embedding parameters.
 * @throws {RangeError|TypeError} for a non-finite or ≤ 0 dimension or an unknown option.
 */
export function kaplanParamsFromShape(options: TransformerShape): number {
  const s = readShape(record("options", options, SHAPE));
  return 2 * s.dModel * s.nLayer * (2 * s.dAttn + s.dFf);
}

/**
 * Forward FLOPs per token with attention over the context (Table 1).
 * `C_forward ≈ 2N + 2·n_layer·n_ctx·d_attn`, N from {@link kaplanParamsFromShape}. The second term
 * is attention over the context (the "mask" row of Table 1); the paper's 6N per training token
 * drops it, which is fair when d_model ≫ n_ctx/12 (§2.1). Training (forward + backward) is 3× this.
 * De-embedding (2·d_model·n_vocab) is not counted, as in the paper's C.
 * Source: arXiv 2001.08361 §2.1, Table 1.
 * @param options.nLayer n_layer, number of layers (> 0).
 * @param options.dModel d_model, residual stream width (> 0).
 * @param options.contextLength n_ctx, context length in tokens (> 0).
 * @param options.dAttn d_attn (> 0), default d_model.
 * @param options.dFf d_ff (> 0), default 4·d_model.
 * @returns FLOPs per token (forward pass).
 * @throws {RangeError|TypeError} for a non-finite or ≤ 0 value or an unknown option.
 */
export function kaplanForwardFlopsPerToken(options: TransformerShape & { contextLength: number }): number {
  const o = record("options", options, [...SHAPE, "contextLength"]);
  const s = readShape(o);
  const nCtx = positive("contextLength", o.contextLength);
  return 2 * (2 * s.dModel * s.nLayer * (2 * s.dAttn + s.dFf)) + 2 * s.nLayer * nCtx * s.dAttn;
}

/**
 * How much the 6N-per-token rule understates training compute once attention over the
 * context is counted. `(6N + 6·n_layer·n_ctx·d_attn) / 6N = 1 + n_ctx·d_attn / (2·d_model·(2·d_attn + d_ff))`,
 * i.e. `1 + n_ctx/(12·d_model)` for the standard shape.
 * Source: arXiv 2001.08361 §2.1, Table 1 (ratio of the two rows; training = 3 × forward).
 * @param options.nLayer n_layer, number of layers (> 0).
 * @param options.dModel d_model, residual stream width (> 0).
 * @param options.contextLength n_ctx, context length in tokens (> 0).
 * @param options.dAttn d_attn (> 0), default d_model.
 * @param options.dFf d_ff (> 0), default 4·d_model.
 * @returns the ratio (≥ 1), dimensionless.
 * @throws {RangeError|TypeError} as {@link kaplanForwardFlopsPerToken}.
 */
export function kaplanContextOverhead(options: TransformerShape & { contextLength: number }): number {
  const o = record("options", options, [...SHAPE, "contextLength"]);
  const s = readShape(o);
  const nCtx = positive("contextLength", o.contextLength);
  return 1 + (nCtx * s.dAttn) / (2 * s.dModel * (2 * s.dAttn + s.dFf));
}
