/**
 * What the running-out-of-text model and its figures share (no default export: not a figure).
 * The starting point, the two Chinchilla fits compared, and the exhaustion year with a
 * tokens-per-parameter ratio that each fit computes at the exhaustion compute.
 */
import {
  chinchillaTokensPerParam,
  dataExhaustionYear,
  dataExhaustionYearFromTrend,
  defaultChinchillaFit,
  hoffmann2022,
  muennighoff2023,
  repeatedDataValue,
  trainingFlops,
  villalobos2024Projection,
  villalobos2024Stock,
  type ChinchillaPreset,
  type DataExhaustion,
} from "../../laws/index.ts";
import type { FormatSpec } from "../../lib/format.ts";
import { constantsLabel } from "../constants.ts";
import { SERIES } from "../figure.ts";

export type P = "stockTokens" | "computeGrowth" | "datasetGrowth" | "overtraining" | "epochs";

export const sci: FormatSpec = { kind: "sci", digits: 2 };
export const count: FormatSpec = { kind: "count", digits: 2 };
export const count3: FormatSpec = { kind: "count", digits: 3 };
export const year: FormatSpec = { kind: "fixed", digits: 1 };
export const years: FormatSpec = { kind: "fixed", digits: 1 };
export const times: FormatSpec = { kind: "multiple", digits: 2 };
export const ratio: FormatSpec = { kind: "sig", digits: 2 };
export const pct: FormatSpec = { kind: "percent", digits: 3 };

/**
 * The starting run: Llama 3's largest model, 405B parameters on 15.6T tokens (the Llama 3 report,
 * arXiv 2407.21783, §1), a large 2024 run whose parameters and tokens are both published. Read in
 * summaries quoting the report, not in the report: secondary. Its compute is 6ND (computed; the
 * report states 3.8 × 10²⁵ FLOPs, same secondary reading).
 */
export const START = Object.freeze({ year: 2024, params: 405e9, tokens: 15.6e12, reportedFlops: 3.8e25 });
export const START_FLOPS = trainingFlops({ params: START.params, tokens: START.tokens });

/** Chinchilla: 70B parameters on 1.4T tokens (Hoffmann et al. 2022, arXiv 2203.15556, §1 and Table 1), the usual "20 tokens per parameter". */
export const CHINCHILLA = Object.freeze({ params: 70e9, tokens: 1.4e12 });
export const CHINCHILLA_RATIO = CHINCHILLA.tokens / CHINCHILLA.params;

/** Epoch AI's compute trend: 4–5× per year (2010 to May 2024), 4× for the frontier since 2018, ~5× for frontier language models. */
export const COMPUTE_GROWTH = Object.freeze({ low: 4, high: 5 });

/** The fits compared: the site's default and Hoffmann et al.'s printed constants. */
export const FITS: readonly { readonly label: string; readonly preset: ChinchillaPreset; readonly color: string }[] = Object.freeze([
  { label: constantsLabel(defaultChinchillaFit), preset: defaultChinchillaFit, color: SERIES[0] },
  { label: constantsLabel(hoffmann2022), preset: hoffmann2022, color: SERIES[1] },
]);

/** The starting run as a figure's declared constants (not a law-module preset). */
export const START_CONSTANTS = Object.freeze({ label: "Llama 3 405B as the 2024 starting run (arXiv 2407.21783 §1, secondary)" });

/** The tokens per parameter Villalobos et al.'s Fig. 1 implies: 4e14 tokens at ∼5e28 FLOP is 6·D²/C ≈ 19.2 (computed, rounded by the caption). */
export const FIG1_RATIO = (6 * villalobos2024Projection.stockTokens ** 2) / villalobos2024Projection.flops;

const base = (p: { computeGrowth: number; overtraining: number }) => ({
  startYear: START.year,
  startFlops: START_FLOPS,
  computeGrowthPerYear: p.computeGrowth,
  overtraining: p.overtraining,
});

/**
 * The exhaustion year when the compute-optimal ratio r is the fit's own at the exhaustion compute
 * (r = D_opt/N_opt grows or shrinks slowly with C unless α = β): a fixed point of
 * C ↦ 6(E·S)²/(k·r(C)), which contracts because |d ln r/d ln C| = |α − β|/(α + β) < 1.
 */
export function exhaustion(
  p: { stockTokens: number; computeGrowth: number; overtraining: number },
  fit: ChinchillaPreset,
  epochs = 1,
): DataExhaustion & { tokensPerParam: number } {
  let r = 20;
  let out = dataExhaustionYear({ ...base(p), stockTokens: p.stockTokens, tokensPerParam: r, epochs });
  for (let i = 0; i < 60; i++) {
    const next = chinchillaTokensPerParam({ flops: out.flops }, fit);
    if (Math.abs(next - r) <= 1e-12 * r) break;
    r = next;
    out = dataExhaustionYear({ ...base(p), stockTokens: p.stockTokens, tokensPerParam: r, epochs });
  }
  return { ...out, tokensPerParam: r };
}

/** The exhaustion year at a fixed ratio (Chinchilla's 1.4T/70B, close to Villalobos et al.'s Fig. 1 reading). */
export const exhaustionFixed = (p: { stockTokens: number; computeGrowth: number; overtraining: number }, tokensPerParam: number): DataExhaustion =>
  dataExhaustionYear({ ...base(p), stockTokens: p.stockTokens, tokensPerParam });

/** The year the dataset-size trend, from Llama 3's 15.6T tokens, reaches the stock. */
export const trendYear = (stockTokens: number, datasetGrowth: number): number =>
  dataExhaustionYearFromTrend({ stockTokens, startYear: START.year, startTokens: START.tokens, datasetGrowthPerYear: datasetGrowth });

/**
 * Years that E passes over a unique stock add to the exhaustion date, counting each pass at its
 * worth by Muennighoff et al.'s decay (D′/U fresh-data equivalents) or at face value (E). Both are
 * the law's epochs argument; the difference of two years, so start point, stock and fit cancel.
 */
const yearAtEpochs = (computeGrowth: number, epochs: number): number =>
  dataExhaustionYear({ ...base({ computeGrowth, overtraining: 1 }), stockTokens: villalobos2024Stock.stockTokens, tokensPerParam: CHINCHILLA_RATIO, epochs })
    .year;

/** The most years repetition can add: endless passes are worth 1 + R_D* fresh ones. */
export const repetitionLimitYears = (computeGrowth: number): number => yearAtEpochs(computeGrowth, 1 + muennighoff2023.rdStar) - yearAtEpochs(computeGrowth, 1);

export function repetitionYears(epochs: number, computeGrowth: number): { worth: number; counted: number; effectiveEpochs: number; valuePerToken: number } {
  const { effectiveEpochs, valuePerToken } = repeatedDataValue({ epochs });
  const at = (e: number) => yearAtEpochs(computeGrowth, e);
  const one = at(1);
  return { worth: at(effectiveEpochs) - one, counted: at(epochs) - one, effectiveEpochs, valuePerToken };
}
