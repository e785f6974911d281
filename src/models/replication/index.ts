/**
 * Model for the essay "Replicating Chinchilla in your browser": Besiroglu et al. 2024
 * (arXiv 2404.10102) refit Hoffmann et al.'s parametric loss (arXiv 2203.15556 §3.3 eq 2) on
 * 245 points extracted from Chinchilla's Figure 4. The full refit (4,500 L-BFGS starts) is far
 * too slow for one frame, so it never runs here: the figures take fitted constants as inputs
 * (the law module's presets; the essay's <Refit> component fits at build, the browser refits
 * in a worker). Everything here is cheap: 245 points, closed-form frontiers.
 */

import {
  besiroglu2024,
  besiroglu2024GridFit,
  chinchillaOptimal,
  hoffmann2022,
  hoffmann2022Chinchilla,
  hoffmann2022GopherBudget,
  hoffmann2022Unrounded,
  kaplan2020Allocation,
} from "../../laws/index.ts";
import { formatNumber } from "../../lib/format.ts";
import { hoffmann2022Table2Intervals80 } from "../replication-refit.ts";
import { defineModel, figuresIn } from "../define.ts";
import {
  keptPoints,
  residualStats,
  huberAt,
  dataMinFlops,
  dataMaxFlops,
  sci,
  fixed3,
  tpp,
  pct,
  count,
  allocation,
  tokensPerParam,
  table2,
  figure4Points,
} from "./shared.ts";
import type { P } from "./shared.ts";

export default defineModel<P>({
  name: "replication",
  title: "Replicating Chinchilla in your browser",
  params: {
    budget: {
      label: "compute budget",
      default: hoffmann2022GopherBudget.flops,
      min: 1e18,
      max: 1e28,
      step: 10 ** 0.1,
      scale: "log",
      unit: "FLOPs",
      format: sci,
      description:
        "Training compute C = 6ND at which the compute-optimal allocation is read (default: the Gopher budget, 5.76e23 FLOPs, that Chinchilla was trained with).",
    },
    excludeHighest: {
      label: "highest-loss points dropped",
      default: 5,
      min: 0,
      max: 40,
      step: 1,
      scale: "linear",
      unit: "points",
      format: { kind: "fixed", digits: 0 },
      description: "How many of the highest-loss extracted points to leave out before comparing fits (Besiroglu et al. drop 5, keeping 240).",
    },
  },
  values: {
    pointsAll: { label: "extracted points", format: count, compute: () => figure4Points.length },
    pointsKept: { label: "points kept", format: count, compute: (p) => keptPoints(p.excludeHighest).length },
    dataMinFlops: { label: "smallest budget in the data", unit: "FLOPs", format: sci, compute: () => dataMinFlops },
    dataMaxFlops: { label: "largest budget in the data", unit: "FLOPs", format: sci, compute: () => dataMaxFlops },
    gopherBudget: { label: "Gopher budget", unit: "FLOPs", format: sci, compute: () => hoffmann2022GopherBudget.flops },

    aPrinted: { label: "a, Hoffmann printed constants", format: fixed3, compute: () => allocation(hoffmann2022) },
    aUnrounded: { label: "a, Hoffmann unrounded constants", format: fixed3, compute: () => allocation(hoffmann2022Unrounded) },
    aBesiroglu: { label: "a, Besiroglu et al.", format: fixed3, compute: () => allocation(besiroglu2024) },
    aGridFit: { label: "a, refit with Hoffmann's procedure", format: fixed3, compute: () => allocation(besiroglu2024GridFit) },
    aApproach1: { label: "a, Approach 1 (Table 2)", format: { kind: "fixed", digits: 2 }, compute: () => table2("1").a },
    aApproach2: { label: "a, Approach 2 (Table 2)", format: { kind: "fixed", digits: 2 }, compute: () => table2("2").a },
    aApproach3: { label: "a, Approach 3 (Table 2)", format: { kind: "fixed", digits: 2 }, compute: () => table2("3").a },
    aKaplan: { label: "a, Kaplan et al.", format: { kind: "fixed", digits: 2 }, compute: () => kaplan2020Allocation.paramsExponent },
    approach3Low: { label: "Approach 3, 10th percentile of a", format: fixed3, compute: () => hoffmann2022Table2Intervals80["3"].a[0] },
    approach3High: { label: "Approach 3, 90th percentile of a", format: fixed3, compute: () => hoffmann2022Table2Intervals80["3"].a[1] },

    tppPrinted: { label: "tokens per parameter, printed constants", format: tpp, compute: (p) => tokensPerParam(hoffmann2022, p.budget) },
    tppUnrounded: { label: "tokens per parameter, unrounded constants", format: tpp, compute: (p) => tokensPerParam(hoffmann2022Unrounded, p.budget) },
    tppBesiroglu: { label: "tokens per parameter, Besiroglu et al.", format: tpp, compute: (p) => tokensPerParam(besiroglu2024, p.budget) },
    tppGridFit: { label: "tokens per parameter, refit", format: tpp, compute: (p) => tokensPerParam(besiroglu2024GridFit, p.budget) },
    chinchillaParams: { label: "Chinchilla's size", unit: "parameters", format: count, compute: () => hoffmann2022Chinchilla.params },
    chinchillaTokens: { label: "Chinchilla's training tokens", unit: "tokens", format: count, compute: () => hoffmann2022Chinchilla.tokens },
    tppChinchilla: {
      label: `Chinchilla's tokens per parameter (${formatNumber(hoffmann2022Chinchilla.tokens, { kind: "count", digits: 2 })} / ${formatNumber(hoffmann2022Chinchilla.params, { kind: "count", digits: 2 })})`,
      format: tpp,
      compute: () => hoffmann2022Chinchilla.tokens / hoffmann2022Chinchilla.params,
    },
    paramsPrinted: {
      label: "optimal size, printed constants",
      unit: "parameters",
      format: count,
      compute: (p) => chinchillaOptimal({ flops: p.budget }, hoffmann2022).params,
    },
    paramsUnrounded: {
      label: "optimal size, unrounded constants",
      unit: "parameters",
      format: count,
      compute: (p) => chinchillaOptimal({ flops: p.budget }, hoffmann2022Unrounded).params,
    },
    paramsGridFit: {
      label: "optimal size, refit",
      unit: "parameters",
      format: count,
      compute: (p) => chinchillaOptimal({ flops: p.budget }, besiroglu2024GridFit).params,
    },

    medianResidualPrinted: {
      label: "median log residual, printed constants",
      format: pct,
      compute: (p) => residualStats(p.excludeHighest, hoffmann2022).median / 100,
    },
    medianResidualUnrounded: {
      label: "median log residual, unrounded constants",
      format: pct,
      compute: (p) => residualStats(p.excludeHighest, hoffmann2022Unrounded).median / 100,
    },
    medianResidualRefit: {
      label: "median log residual, refit",
      format: pct,
      compute: (p) => residualStats(p.excludeHighest, besiroglu2024GridFit).median / 100,
    },
    aboveUnrounded: {
      label: "share of points above the unrounded fit",
      format: { kind: "percent", digits: 2 },
      compute: (p) => residualStats(p.excludeHighest, hoffmann2022Unrounded).above,
    },
    abovePrinted: {
      label: "share of points above the printed fit",
      format: { kind: "percent", digits: 2 },
      compute: (p) => residualStats(p.excludeHighest, hoffmann2022).above,
    },
    aboveRefit: {
      label: "share of points above the refit",
      format: { kind: "percent", digits: 2 },
      compute: (p) => residualStats(p.excludeHighest, besiroglu2024GridFit).above,
    },
    huberRatioUnrounded: {
      label: "summed Huber loss of the unrounded constants over the refit's",
      format: { kind: "multiple", digits: 3 },
      compute: (p) => huberAt(p.excludeHighest, hoffmann2022Unrounded) / huberAt(p.excludeHighest, besiroglu2024GridFit),
    },
    huberRatioPrinted: {
      label: "summed Huber loss of the printed constants over the refit's",
      format: { kind: "multiple", digits: 3 },
      compute: (p) => huberAt(p.excludeHighest, hoffmann2022) / huberAt(p.excludeHighest, besiroglu2024GridFit),
    },
    tppTable3Gopher: {
      label: "Table 3's tokens per parameter at the Gopher budget (1.5T / 67B)",
      format: tpp,
      compute: () => {
        const r = hoffmann2022GopherBudget;
        return r.tokens / r.params;
      },
    },
    tppTable3GopherFromFlops: {
      label: "Table 3's tokens per parameter at the Gopher budget, from its FLOPs: C/(6N²)",
      format: tpp,
      compute: () => {
        const r = hoffmann2022GopherBudget;
        return r.flops / (6 * r.params * r.params);
      },
    },
    table3GopherMismatch: {
      label: "Table 3's 67B row: 6ND ÷ printed FLOPs − 1",
      format: { kind: "percent", digits: 2 },
      compute: () => {
        const r = hoffmann2022GopherBudget;
        return (6 * r.params * r.tokens) / r.flops - 1;
      },
    },
    widthRatioApproach2: {
      label: "Approach 2's interval on a over Approach 3's",
      format: { kind: "multiple", digits: 2 },
      compute: () => {
        const w = (k: "2" | "3") => hoffmann2022Table2Intervals80[k].a[1] - hoffmann2022Table2Intervals80[k].a[0];
        return w("2") / w("3");
      },
    },
    widthApproach3Percent: {
      label: "width of Approach 3's 80% interval on a, relative to a",
      format: { kind: "percent", digits: 2 },
      compute: () => {
        const [lo, hi] = hoffmann2022Table2Intervals80["3"].a;
        return (hi - lo) / ((hi + lo) / 2);
      },
    },
    widthBetaPercent: {
      label: "width of the refit's 95% interval on β, relative to β",
      format: { kind: "percent", digits: 2 },
      compute: () => {
        const [lo, hi] = besiroglu2024.intervals95.beta;
        return (hi - lo) / ((hi + lo) / 2);
      },
    },
  },
  figures: figuresIn<P>("replication", import.meta.glob(["./*.ts", "!./index.ts"], { eager: true })),
});
