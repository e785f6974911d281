/** Figure paying-for-inference/lifetime-compute: Training plus inference along the models that reach the target (one file per figure; the model is index.ts). */
import * as Plot from "@observablehq/plot";
import { chinchillaTokensForLoss, defaultChinchillaFit } from "../../laws/index.ts";
import { formatNumber } from "../../lib/format.ts";
import { defineFigure } from "../define.ts";
import { FG, SERIES, logTicks } from "../figure.ts";
import { logGrid } from "../numeric.ts";
import { sci, count, pct, at } from "./shared.ts";
import type { P } from "./shared.ts";

/** One point of one curve: the lifetime compute of a model that reaches the target, split by part. */
type R = { part: "total" | "training" | "inference"; params: number; flops: number };

const PARTS: readonly R["part"][] = ["total", "training", "inference"];

export default defineFigure<P, R>({
  title: "Training plus inference along the models that reach the target",
  caption:
    "Lifetime compute of every model size that reaches the quality target (each trained on exactly the tokens it needs), split into training (6ND) and inference (2N per token). The open ring is the Chinchilla-optimal model, the filled dot the cheapest to own.",
  uses: ["targetParams", "inferenceTokens"],
  sources: ["sardana2023", "hoffmann2022", "besiroglu2024"],
  formula: String.raw`C_\text{life}(N) = 6\,N\,D_\text{tr}(N) + 2\,N\,D_\text{inf},\quad D_\text{tr}(N) = \left(\frac{B}{\ell - E - A N^{-\alpha}}\right)^{1/\beta}`,
  constants: () => [defaultChinchillaFit],
  columns: [
    { key: "part", label: "Part" },
    { key: "params", label: "Parameters", format: count },
    { key: "flops", label: "Compute (FLOPs)", format: sci },
  ],
  compute: (p) => {
    const s = at(p);
    const preset = defaultChinchillaFit;
    const floor = Math.exp((Math.log(preset.A) - Math.log(s.loss - preset.E)) / preset.alpha); // smallest model that can reach the loss
    // Start a fifth of the way down from the smaller of the two marked models, not so close to the
    // floor that training needs absurd token counts, but always left of the optimum (at huge demand
    // it sits just above the floor) so its dot lies on the curve.
    const lo = Math.max(floor * 1.01, Math.min(Math.max(floor * 1.25, Math.min(s.opt.params, s.chin.params) / 5), s.opt.params / 1.1));
    const hi = Math.max(s.opt.params, s.chin.params) * 4;
    return logGrid(lo, hi, 61).flatMap((params) => {
      const tokens = chinchillaTokensForLoss({ params, loss: s.loss }, preset);
      const training = 6 * params * tokens,
        inference = 2 * params * p.inferenceTokens;
      const rows: R[] = [
        { part: "total", params, flops: training + inference },
        { part: "training", params, flops: training },
        { part: "inference", params, flops: inference },
      ];
      return rows;
    });
  },
  plot: (rows, p) => {
    const s = at(p);
    const ends = PARTS.map((part) => rows.filter((r) => r.part === part).at(-1)!);
    return {
      marginRight: 80,
      marginLeft: 70,
      x: { type: "log", label: "Parameters N →", tickFormat: logTicks },
      y: { type: "log", label: "↑ Compute (FLOPs)", grid: true, tickFormat: logTicks },
      color: { domain: [...PARTS], range: [FG, SERIES[0], SERIES[1]] },
      marks: [
        ...ends.map((end) =>
          Plot.text([end], {
            x: "params",
            y: "flops",
            text: "part",
            fill: "part",
            textAnchor: "start",
            dx: 6,
            dy: end.part === "total" ? -8 : end.part === "inference" ? 8 : 0,
          }),
        ),
        Plot.line(rows, { x: "params", y: "flops", stroke: "part", strokeWidth: (d: R) => (d.part === "total" ? 2.5 : 1.5) }),
        Plot.dot([{ params: s.chin.params, flops: s.chinTotal }], { x: "params", y: "flops", stroke: FG, r: 5, strokeWidth: 1.5 }),
        Plot.dot([{ params: s.opt.params, flops: s.opt.totalFlops }], { x: "params", y: "flops", fill: FG, r: 4 }),
      ],
    };
  },
  describe: (_rows, p) => {
    const s = at(p);
    return `A U-shaped total: small models need ever more training tokens, large ones cost more per inference token. At ${formatNumber(p.inferenceTokens, count)} inference tokens the cheapest model has ${formatNumber(s.opt.params, count)} parameters and costs ${formatNumber(s.opt.totalFlops, sci)} FLOPs over its life; the Chinchilla-optimal ${formatNumber(s.chin.params, count)} costs ${formatNumber(s.chinTotal, sci)}: the smaller model saves ${formatNumber(s.saving, pct)}.`;
  },
});
