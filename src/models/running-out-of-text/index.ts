/**
 * Model for the essay "Will we run out of text?" (content/essays/running-out-of-text.mdx):
 * Villalobos et al. 2024 (arXiv 2211.04325 v2) with every rate the reader's. A run on the compute
 * trend, trained at the compute-optimal ratio of a Chinchilla fit times an over-training factor,
 * uses the whole stock of public human text in the year `dataExhaustionYear` computes; the
 * dataset-size trend gives a second date; Muennighoff et al.'s decay (arXiv 2305.16264) prices
 * repeated passes. Each figure is its own file in this folder.
 */
import {
  chinchillaTokensPerParam,
  defaultChinchillaFit,
  hoffmann2022,
  muennighoff2023,
  trainingFlops,
  villalobos2024Projection,
  villalobos2024Stock,
} from "../../laws/index.ts";
import { CHINCHILLA_FIT_RANGE } from "../chinchilla-range.ts";
import { defineModel, figuresIn } from "../define.ts";
import {
  CHINCHILLA,
  CHINCHILLA_RATIO,
  COMPUTE_GROWTH,
  FIG1_RATIO,
  START,
  START_FLOPS,
  count,
  count3,
  exhaustion,
  exhaustionFixed,
  pct,
  ratio,
  repetitionLimitYears,
  repetitionYears,
  sci,
  times,
  trendYear,
  year,
  years,
} from "./shared.ts";
import type { P } from "./shared.ts";

const S = villalobos2024Stock;
const lowStock = <T extends { stockTokens: number }>(p: T): T => ({ ...p, stockTokens: S.stockTokensLow90 });
const highStock = <T extends { stockTokens: number }>(p: T): T => ({ ...p, stockTokens: S.stockTokensHigh90 });
const optimal = <T extends { overtraining: number }>(p: T): T => ({ ...p, overtraining: 1 });
const n = (digits: number) => ({ kind: "sig", digits }) as const;

export default defineModel<P>({
  name: "running-out-of-text",
  title: "Will we run out of text?",
  params: {
    stockTokens: {
      label: "stock of public human text",
      default: S.stockTokens,
      min: 3e13,
      max: 3e15,
      step: 10 ** 0.05,
      scale: "log",
      unit: "tokens",
      format: count,
      description:
        "The effective stock of public human text: quality-filtered, with repeated epochs allowed. Villalobos et al.'s median, 300T tokens (90% interval 100T to 1,000T), read in Epoch AI's summary of the paper (secondary).",
    },
    computeGrowth: {
      label: "compute growth",
      default: COMPUTE_GROWTH.low,
      min: 1.5,
      max: 10,
      step: 0.1,
      scale: "linear",
      unit: "× per year",
      format: times,
      description: "Growth of the largest training run's compute per year. Epoch AI's trend is 4–5× per year (4× for the frontier since 2018).",
    },
    datasetGrowth: {
      label: "dataset growth",
      default: 3,
      min: 1.2,
      max: 10,
      step: 0.1,
      scale: "linear",
      unit: "× per year",
      format: times,
      description: "Growth of the largest language training set per year, for the trend projection. Epoch AI's data insight puts it at about 3× per year.",
    },
    overtraining: {
      label: "over-training",
      default: 1,
      min: 1,
      max: 100,
      step: 10 ** 0.05,
      scale: "log",
      unit: "× the compute-optimal tokens per parameter",
      format: times,
      description:
        "Tokens per parameter as a multiple of the compute-optimal ratio at the same compute; a run over-trained k× uses √k× the tokens for its compute.",
    },
    epochs: {
      label: "epochs",
      default: 4,
      min: 1,
      max: 100,
      step: 10 ** 0.05,
      scale: "log",
      unit: "passes over the unique data",
      format: n(2),
      description: "Passes over the same unique text, valued by Muennighoff et al.'s decay of repeated data.",
    },
  },
  values: {
    // Inputs, shown so the prose never types them.
    stockLow: { label: "stock, 5th percentile", unit: "tokens", format: count, compute: () => S.stockTokensLow90 },
    stockHigh: { label: "stock, 95th percentile", unit: "tokens", format: count, compute: () => S.stockTokensHigh90 },
    stockMedian: { label: "stock, median (Epoch AI's summary)", unit: "tokens", format: count, compute: () => S.stockTokens },
    fig1Stock: { label: "stock at the crossing (paper, Fig. 1)", unit: "tokens", format: count, compute: () => villalobos2024Projection.stockTokens },
    fig1Flops: { label: "compute at the crossing (paper, Fig. 1)", unit: "FLOPs", format: n(1), compute: () => villalobos2024Projection.flops },
    fig1Ratio: { label: "tokens per parameter implied by Fig. 1", format: ratio, compute: () => FIG1_RATIO },
    fig1FlopsAt20: {
      label: "6·D²/20 at Fig. 1's stock",
      unit: "FLOPs",
      format: sci,
      compute: () => (6 * villalobos2024Projection.stockTokens ** 2) / 20,
    },
    paperMedian: { label: "paper's median year", format: n(4), compute: () => villalobos2024Projection.medianYear },
    paperEarliest: { label: "paper's interval, from", format: n(4), compute: () => villalobos2024Projection.earliestYear },
    paperLatest: { label: "paper's interval, to", format: n(4), compute: () => villalobos2024Projection.latestYear },
    startYear: { label: "start year", format: n(4), compute: () => START.year },
    startParams: { label: "starting run's parameters", format: count3, compute: () => START.params },
    startTokens: { label: "starting run's tokens", unit: "tokens", format: count3, compute: () => START.tokens },
    startFlops: { label: "starting run's compute, 6ND", unit: "FLOPs", format: sci, compute: () => START_FLOPS },
    startReportedFlops: { label: "starting run's compute as reported", unit: "FLOPs", format: n(2), compute: () => START.reportedFlops },
    startRatio: { label: "starting run's tokens per parameter", format: ratio, compute: () => START.tokens / START.params },
    computeGrowthHigh: { label: "compute growth, upper trend", format: times, compute: () => COMPUTE_GROWTH.high },
    stockOverStart: { label: "stock over the starting run's tokens", format: times, compute: (p) => p.stockTokens / START.tokens },

    // The compute projection under the site's default fit.
    year: { label: "exhaustion year (default fit)", format: year, compute: (p) => exhaustion(p, defaultChinchillaFit).year },
    yearLow: { label: "exhaustion year, 5th-percentile stock (default fit)", format: year, compute: (p) => exhaustion(lowStock(p), defaultChinchillaFit).year },
    yearHigh: {
      label: "exhaustion year, 95th-percentile stock (default fit)",
      format: year,
      compute: (p) => exhaustion(highStock(p), defaultChinchillaFit).year,
    },
    flops: {
      label: "compute of the run that uses the stock (default fit)",
      unit: "FLOPs",
      format: sci,
      compute: (p) => exhaustion(p, defaultChinchillaFit).flops,
    },
    params: { label: "parameters of that run (default fit)", format: count, compute: (p) => exhaustion(p, defaultChinchillaFit).params },
    optimalRatio: {
      label: "compute-optimal tokens per parameter there (default fit)",
      format: ratio,
      compute: (p) => exhaustion(p, defaultChinchillaFit).tokensPerParam,
    },
    usedRatio: {
      label: "tokens per parameter of that run (default fit)",
      format: ratio,
      compute: (p) => exhaustion(p, defaultChinchillaFit).tokensPerParam * p.overtraining,
    },
    yearOptimal: {
      label: "exhaustion year without over-training (default fit)",
      format: year,
      compute: (p) => exhaustion(optimal(p), defaultChinchillaFit).year,
    },
    overtrainingYears: {
      label: "years over-training brings the date forward (default fit)",
      format: years,
      compute: (p) => exhaustion(optimal(p), defaultChinchillaFit).year - exhaustion(p, defaultChinchillaFit).year,
    },
    startOvertraining: {
      label: "Llama 3 405B's over-training (default fit)",
      format: times,
      compute: () => START.tokens / START.params / chinchillaTokensPerParam({ flops: START_FLOPS }, defaultChinchillaFit),
    },
    startOptimalRatio: {
      label: "compute-optimal tokens per parameter at Llama 3 405B's compute (default fit)",
      format: ratio,
      compute: () => chinchillaTokensPerParam({ flops: START_FLOPS }, defaultChinchillaFit),
    },
    yearAtStartK: {
      label: "exhaustion year at Llama 3 405B's over-training (default fit)",
      format: year,
      compute: (p) =>
        exhaustion(
          { ...p, overtraining: START.tokens / START.params / chinchillaTokensPerParam({ flops: START_FLOPS }, defaultChinchillaFit) },
          defaultChinchillaFit,
        ).year,
    },
    year100: {
      label: "exhaustion year at 100× over-training (default fit)",
      format: year,
      compute: (p) => exhaustion({ ...p, overtraining: 100 }, defaultChinchillaFit).year,
    },
    yearFast: {
      label: "exhaustion year at the upper compute trend (default fit)",
      format: year,
      compute: (p) => exhaustion({ ...p, computeGrowth: COMPUTE_GROWTH.high }, defaultChinchillaFit).year,
    },
    yearSlow: {
      label: "exhaustion year at the lower compute trend (default fit)",
      format: year,
      compute: (p) => exhaustion({ ...p, computeGrowth: COMPUTE_GROWTH.low }, defaultChinchillaFit).year,
    },

    // The other fit and the fixed ratio, side by side.
    yearPrinted: { label: "exhaustion year (printed constants)", format: year, compute: (p) => exhaustion(p, hoffmann2022).year },
    optimalRatioPrinted: {
      label: "compute-optimal tokens per parameter there (printed constants)",
      format: ratio,
      compute: (p) => exhaustion(p, hoffmann2022).tokensPerParam,
    },
    chinchillaRatio: { label: "Chinchilla's tokens per parameter (1.4T/70B)", format: ratio, compute: () => CHINCHILLA_RATIO },
    year20: {
      label: "exhaustion year at Chinchilla's tokens per parameter",
      format: year,
      compute: (p) => exhaustionFixed(p, CHINCHILLA_RATIO * p.overtraining).year,
    },
    yearsPrintedEarlier: {
      label: "years the printed constants bring the date forward",
      format: years,
      compute: (p) => exhaustion(p, defaultChinchillaFit).year - exhaustion(p, hoffmann2022).year,
    },
    ordersAboveChinchilla: {
      label: "orders of magnitude from Chinchilla's compute to the exhaustion run's (printed constants)",
      format: { kind: "fixed", digits: 1 },
      compute: (p) => Math.log10(exhaustion(p, hoffmann2022).flops / trainingFlops(CHINCHILLA)),
    },
    stockDecadeYears: {
      label: "years a tenfold larger stock adds",
      format: years,
      compute: (p) => exhaustionFixed({ ...p, stockTokens: p.stockTokens * 10 }, CHINCHILLA_RATIO).year - exhaustionFixed(p, CHINCHILLA_RATIO).year,
    },

    fitMaxParams: { label: "largest model in Chinchilla's fitted range", format: count, compute: () => CHINCHILLA_FIT_RANGE.maxParams },
    fitMaxTokens: { label: "most tokens in Chinchilla's fitted range", format: count, compute: () => CHINCHILLA_FIT_RANGE.maxTokens },
    paramsOverFit: {
      label: "exhaustion run's parameters over the largest fitted model",
      format: times,
      compute: (p) => exhaustion(p, defaultChinchillaFit).params / CHINCHILLA_FIT_RANGE.maxParams,
    },

    // The dataset-size trend.
    trendYear: { label: "year the dataset trend reaches the stock", format: year, compute: (p) => trendYear(p.stockTokens, p.datasetGrowth) },
    trendYearLow: { label: "dataset trend, 5th-percentile stock", format: year, compute: (p) => trendYear(S.stockTokensLow90, p.datasetGrowth) },
    trendYearHigh: { label: "dataset trend, 95th-percentile stock", format: year, compute: (p) => trendYear(S.stockTokensHigh90, p.datasetGrowth) },
    impliedDatasetGrowth: {
      label: "dataset growth a compute-optimal run implies (√g)",
      format: times,
      compute: (p) => Math.sqrt(p.computeGrowth),
    },

    // Repetition (Muennighoff et al.'s decay).
    rdStar: { label: "R_D*", format: n(4), compute: () => muennighoff2023.rdStar },
    repeatLimit: { label: "limit of effective data over unique data", format: times, compute: () => 1 + muennighoff2023.rdStar },
    effectiveEpochs: {
      label: "fresh-data equivalents of the epochs",
      format: n(3),
      compute: (p) => repetitionYears(p.epochs, p.computeGrowth).effectiveEpochs,
    },
    valuePerToken: { label: "average worth of a token over all passes", format: pct, compute: (p) => repetitionYears(p.epochs, p.computeGrowth).valuePerToken },
    lastPassValue: {
      label: "worth of a token in the last pass",
      format: pct,
      compute: (p) => Math.exp(-(p.epochs - 1) / muennighoff2023.rdStar),
    },
    repeatYears: { label: "years the epochs add, at their worth", format: years, compute: (p) => repetitionYears(p.epochs, p.computeGrowth).worth },
    repeatYearsFour: { label: "years four epochs add, at their worth", format: years, compute: (p) => repetitionYears(4, p.computeGrowth).worth },
    valueLost: { label: "value lost per token over all passes", format: pct, compute: (p) => 1 - repetitionYears(p.epochs, p.computeGrowth).valuePerToken },
    repeatYearsCounted: {
      label: "years the epochs add, counted at face value",
      format: years,
      compute: (p) => repetitionYears(p.epochs, p.computeGrowth).counted,
    },
    repeatYearsLimit: {
      label: "most years repetition can add",
      format: years,
      compute: (p) => repetitionLimitYears(p.computeGrowth),
    },
  },
  figures: figuresIn<P>("running-out-of-text", import.meta.glob(["./*.ts", "!./index.ts"], { eager: true })),
});
