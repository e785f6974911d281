/**
 * Villalobos et al. 2024, "Will we run out of data? Limits of LLM scaling based on
 * human-generated data" (arXiv 2211.04325 v2): when would a training run use the whole stock of
 * public human text? A run with compute C(t) = C₀·g^(t − t₀) trained at r tokens per parameter
 * (C = 6ND, D = r·N) uses D(t) = √(r·C(t)/6) tokens; it exhausts a stock S seen E times when
 * D(t) = E·S. Or extrapolate dataset sizes directly: D(t) = D₀·h^(t − t₀). Every growth rate is
 * the reader's; the presets hold only the stock and the paper's headline projection.
 * Repetition's value comes from Muennighoff et al.'s law (effectiveTokens), not from a quoted rule.
 */
import type { PresetSource } from "./sources.ts";
import { effectiveTokens, muennighoff2023, type Muennighoff2023 } from "./dataConstrained.ts";
import { finite, invalid, positive, record } from "./validate.ts";

/** The stock of public human text: median and 90% interval, tokens. */
export interface Villalobos2024Stock {
  readonly stockTokens: number;
  readonly stockTokensLow90: number;
  readonly stockTokensHigh90: number;
  readonly source?: PresetSource;
}

/**
 * "On the order of 300 trillion tokens, with a 90% confidence interval of 100T to 1000T"
 * (effective stock: quality-filtered, multi-epoch training allowed). Read in Epoch AI's post
 * summarising the paper, not in the paper's text: secondary.
 */
export const villalobos2024Stock: Villalobos2024Stock = Object.freeze({
  stockTokens: 3e14,
  stockTokensLow90: 1e14,
  stockTokensHigh90: 1e15,
  source: Object.freeze({
    id: "epochData2024",
    url: "https://epochai.org/blog/will-we-run-out-of-data-limits-of-llm-scaling-based-on-human-generated-data",
    where: "Results (effective stock, 90% CI)",
    verification: "secondary",
  }),
});

/**
 * The paper's headline projection: datasets reach the effective stock, "around 4e14 tokens",
 * in a median year of 2028, at "∼5e28 FLOP for non-overtrained models" (Fig. 1 caption); the
 * interval "between 2026 and 2032" (abstract). Read in the arXiv HTML of v2 (through a mirror).
 */
export const villalobos2024Projection = Object.freeze({
  stockTokens: 4e14,
  flops: 5e28,
  medianYear: 2028,
  earliestYear: 2026,
  latestYear: 2032,
  source: Object.freeze({ id: "villalobos2024", arxiv: "2211.04325", where: "v2, Fig. 1 caption and abstract", verification: "paper" }) as PresetSource,
});

const growth = (name: string, value: unknown): number => {
  const g = positive(name, value);
  if (!(g > 1)) throw invalid(name, g, "must be > 1 (a factor per year; the stock is never reached otherwise)");
  return g;
};

/** When a compute-trend run uses the whole stock. */
export interface DataExhaustion {
  year: number;
  flops: number;
  tokens: number;
  params: number;
}

/**
 * The year a run on the compute trend needs the whole stock of human text (Villalobos et al.'s
 * model; every rate is yours). That is the year in which a run on the compute trend, trained at
 * `tokensPerParam × overtraining` tokens per parameter, needs `epochs × stockTokens` tokens: with
 * C_x = 6·(E·S)²/(r·k), `t = t₀ + ln(C_x/C₀)/ln g`. A year before t₀ means the stock was already
 * enough only for smaller runs. Fig. 1's 4e14 tokens at 20 tokens per parameter is C_x = 4.8e28
 * ("∼5e28").
 * Source: arXiv 2211.04325 v2 §2 (the model; constants are the reader's); C = 6ND (Kaplan et
 * al. 2020 §2.1; Hoffmann et al. 2022 §3).
 * @param options.stockTokens S, the stock of public human text in tokens (> 0).
 * @param options.startYear t₀, the year of the starting run (finite).
 * @param options.startFlops C₀, the largest run's compute in t₀, FLOPs (> 0).
 * @param options.computeGrowthPerYear g, growth of the largest run per year (> 1).
 * @param options.tokensPerParam r, compute-optimal tokens per parameter (> 0).
 * @param options.overtraining k, over-training factor (> 0, default 1).
 * @param options.epochs E, passes over the stock (> 0, default 1).
 * @returns {year, flops, tokens, params} at exhaustion.
 * @throws {RangeError|TypeError} for bad input.
 */
export function dataExhaustionYear(options: {
  stockTokens: number;
  startYear: number;
  startFlops: number;
  computeGrowthPerYear: number;
  tokensPerParam: number;
  overtraining?: number;
  epochs?: number;
}): DataExhaustion {
  const o = record("options", options, ["stockTokens", "startYear", "startFlops", "computeGrowthPerYear", "tokensPerParam", "overtraining", "epochs"]);
  const stock = positive("stockTokens", o.stockTokens),
    t0 = finite("startYear", o.startYear),
    c0 = positive("startFlops", o.startFlops);
  const g = growth("computeGrowthPerYear", o.computeGrowthPerYear);
  const ratio = positive("tokensPerParam", o.tokensPerParam) * (o.overtraining === undefined ? 1 : positive("overtraining", o.overtraining));
  const tokens = stock * (o.epochs === undefined ? 1 : positive("epochs", o.epochs));
  const flops = (6 * tokens * tokens) / ratio;
  return { year: t0 + (Math.log(flops) - Math.log(c0)) / Math.log(g), flops, tokens, params: tokens / ratio };
}

/**
 * The year the dataset-size trend reaches the stock of human text.
 * The trend D(t) = D₀·h^(t − t₀) reaches `epochs × stockTokens` at `t = t₀ + ln(E·S/D₀)/ln h`.
 * Source: arXiv 2211.04325 v2 §2 (dataset-size projection; growth rate is the reader's).
 * @param options.stockTokens S, the stock of public human text in tokens (> 0).
 * @param options.startYear t₀, the year of the starting dataset (finite).
 * @param options.startTokens D₀, the largest dataset in t₀, tokens (> 0).
 * @param options.datasetGrowthPerYear h, growth of the largest dataset per year (> 1).
 * @param options.epochs E, passes over the stock (> 0, default 1).
 * @returns the year (may precede t₀ when D₀ already exceeds the stock).
 * @throws {RangeError|TypeError} for bad input.
 */
export function dataExhaustionYearFromTrend(options: {
  stockTokens: number;
  startYear: number;
  startTokens: number;
  datasetGrowthPerYear: number;
  epochs?: number;
}): number {
  const o = record("options", options, ["stockTokens", "startYear", "startTokens", "datasetGrowthPerYear", "epochs"]);
  const stock = positive("stockTokens", o.stockTokens) * (o.epochs === undefined ? 1 : positive("epochs", o.epochs));
  const t0 = finite("startYear", o.startYear),
    d0 = positive("startTokens", o.startTokens);
  return t0 + (Math.log(stock) - Math.log(d0)) / Math.log(growth("datasetGrowthPerYear", o.datasetGrowthPerYear));
}

/**
 * What E passes over the same data are worth, by Muennighoff et al.'s decay.
 * With R_D = E − 1: `effectiveEpochs = D′/U = 1 + R_D*·(1 − e^(−(E−1)/R_D*))` and `valuePerToken = D′/D`, the
 * fraction of fresh data's value per repeated token (1 at one epoch; ≈ 0.93 at four with
 * R_D* = 15.39, the basis of the "~4 epochs is almost as good as unique data" reading).
 * Source: arXiv 2305.16264 §3; datablations README (commit 1370131), via effectiveTokens.
 * @param options.epochs E, passes over the unique data (≥ 1).
 * @param preset default {@link muennighoff2023}.
 * @returns {effectiveEpochs, valuePerToken}.
 * @throws {RangeError|TypeError} for E < 1 or a bad preset.
 */
export function repeatedDataValue(options: { epochs: number }, preset: Muennighoff2023 = muennighoff2023): { effectiveEpochs: number; valuePerToken: number } {
  const o = record("options", options, ["epochs"]);
  const epochs = positive("epochs", o.epochs);
  if (epochs < 1) throw invalid("epochs", epochs, "must be ≥ 1 (passes over the unique data)");
  const effective = effectiveTokens({ tokens: epochs, uniqueTokens: 1 }, preset);
  return { effectiveEpochs: effective, valuePerToken: effective / epochs };
}
