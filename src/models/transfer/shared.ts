/**
 * What the transfer model's files share (each item is used by two or more of index.ts and the figure
 * files): Table 1's two presets, the paper's Figure 1 example, the reader's preset, effective data,
 * the model-size range and the number formats. No default export: not a figure.
 */

import { hernandez2021MixToPython, hernandez2021TextToPython, transferredData, type TransferPreset } from "../../laws/index.ts";
import { formatNumber, type FormatSpec } from "../../lib/format.ts";
import type { Params } from "../define.ts";
import { logTicks } from "../figure.ts";

export const text = hernandez2021TextToPython;

export const mix = hernandez2021MixToPython;

/**
 * The paper's Figure 1 example, as inputs: a 40M non-embedding-parameter model fine-tuned on
 * 3e5 characters of Python, where D_T is about 1000× D_F, probably read off the measured loss
 * curves rather than computed from the fit (the summary does not say). Source: arXiv 2102.01293
 * Fig. 1 (secondary: read in a summary of the paper, seed 001).
 */
export const hernandez2021Figure1 = Object.freeze({ nonEmbeddingParams: 4e7, fineTuneData: 3e5, readOffMultiple: 1000 });

export type P = "modelScale" | "alpha" | "beta" | "nonEmbeddingParams" | "fineTuneData";

/** The text → Python fit with the reader's exponents. */
export const preset = (p: Params<P>): TransferPreset => ({ k: text.k, alpha: p.alpha, beta: p.beta });

export const count: FormatSpec = { kind: "count", digits: 3 };

export const multiple: FormatSpec = { kind: "multiple", digits: 3 };

export const ratio: FormatSpec = { kind: "fixed", digits: 2 };

export const fmt = formatNumber;

/** Effective data D_F + D_T of a pre-trained model (eq 1.1), in characters. */
export const effectiveAt = (fineTuneData: number, nonEmbeddingParams: number, q: TransferPreset) =>
  fineTuneData + transferredData({ fineTuneData, nonEmbeddingParams }, q);

/** Model sizes the fixed-data figure draws: the model-size parameter's range, so the axis stays put. */
export const SIZE_RANGE = [1e6, 1e12] as const;

/** Log-axis tick labels (1, 2, 5 × 10ⁿ) with the one formatter. */
export const ticks = (d: number) => logTicks(d);

/** The worked example as fit inputs. */
export function hernandez2021Figure1Point() {
  return { fineTuneData: hernandez2021Figure1.fineTuneData, nonEmbeddingParams: hernandez2021Figure1.nonEmbeddingParams };
}
