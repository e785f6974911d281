/**
 * Figure counting-compute/model-scales: DeepSeek's Table 3 comparison, 6N₁/M and 6N₂/M, along a
 * family of shapes (one file per figure; the model is index.ts).
 */
import * as Plot from "@observablehq/plot";
import { deepseekModelScales, kaplanParamsFromShape } from "../../laws/index.ts";
import { formatNumber } from "../../lib/format.ts";
import { defineFigure } from "../define.ts";
import { FG, MUTED, SERIES, decadeTicks, logTicks } from "../figure.ts";
import { logGrid } from "../numeric.ts";
import { DEEPSEEK_EQ2_COUNT, DEEPSEEK_VOCAB, count, ratio } from "./shared.ts";
import type { P } from "./shared.ts";

/** One row: a shape of the family, its size and one of the two ratios to M. */
type R = { params: number; nLayer: number; dModel: number; ratio: number; scale: string };

const DOMAIN: [number, number] = [1e6, 1e12];
const Y: [number, number] = [0, 2];
const N1 = "6N₁/M, no vocabulary";
const N2 = "6N₂/M, with vocabulary";
const fixed0 = { kind: "fixed", digits: 0 } as const;

/** The shape of non-embedding size N at aspect ratio r = d_model/n_layer: N = 12·n_layer·d_model² = 12·r²·n_layer³. */
const shapeOfSize = (params: number, aspect: number) => {
  const nLayer = Math.cbrt(params / (12 * aspect * aspect));
  return { nLayer, dModel: aspect * nLayer };
};

const ratios = (shape: { nLayer: number; dModel: number }, contextLength: number) => {
  const s = deepseekModelScales({ ...shape, sequenceLength: contextLength, vocab: DEEPSEEK_VOCAB });
  return { n1: s.sixN1 / s.flopsPerToken, n2: s.sixN2 / s.flopsPerToken };
};

export default defineFigure<P, R>({
  title: "Three measures of model scale, as DeepSeek compared them",
  caption: (p) =>
    `6N₁ (non-embedding parameters) and 6N₂ (with the ${formatNumber(DEEPSEEK_VOCAB, fixed0)}-token vocabulary) as fractions of DeepSeek's M, for shapes with your aspect ratio d_model/n_layer = ${formatNumber(p.dModel / p.nLayer, ratio)} and context ${formatNumber(p.contextLength, fixed0)}. The dots are your model; on the dashed line a measure equals M. Values above 2 are cut off.`,
  uses: ["contextLength", "dModel", "nLayer"],
  sources: ["deepseek2024", "kaplan2020"],
  formula: String.raw`\frac{6N_1}{M} = \frac{72\,n_\text{layer} d_\text{model}^2}{M},\quad \frac{6N_2}{M} = \frac{6N_1 + 6\,n_\text{vocab} d_\text{model}}{M},\quad M = 72\,n_\text{layer} d_\text{model}^2 + 12\,n_\text{layer} d_\text{model}\,l_\text{seq}`,
  constants: () => [DEEPSEEK_EQ2_COUNT],
  columns: [
    { key: "scale", label: "Measure" },
    { key: "params", label: "Non-embedding parameters N", format: count },
    { key: "nLayer", label: "n_layer (continuous)", format: ratio },
    { key: "dModel", label: "d_model", format: ratio },
    { key: "ratio", label: "Ratio to M", format: ratio },
  ],
  compute: (p) =>
    logGrid(DOMAIN[0], DOMAIN[1], 49).flatMap((params) => {
      const shape = shapeOfSize(params, p.dModel / p.nLayer);
      const r = ratios(shape, p.contextLength);
      return [
        { params, ...shape, ratio: r.n1, scale: N1 },
        { params, ...shape, ratio: r.n2, scale: N2 },
      ];
    }),
  plot: (rows, p) => {
    const here = ratios({ nLayer: p.nLayer, dModel: p.dModel }, p.contextLength);
    const params = kaplanParamsFromShape({ nLayer: p.nLayer, dModel: p.dModel });
    const clip = (v: number) => Math.min(Y[1], v);
    return {
      marginLeft: 44,
      marginRight: 16,
      // Decade ticks only: the default log ticks draw nine per decade (a hundred elements on this axis).
      x: { type: "log", domain: DOMAIN, ticks: decadeTicks(DOMAIN), tickFormat: logTicks, label: "Non-embedding parameters N →" },
      // Every 0.5 (with the 1 that matters): the page stays under its 2,000-element budget.
      y: { domain: Y, grid: true, ticks: [0, 0.5, 1, 1.5, 2], label: "↑ Measure ÷ M" },
      color: { domain: [N1, N2], range: [SERIES[0], SERIES[1]] },
      marks: [
        Plot.ruleY([1], { stroke: MUTED, strokeDasharray: "4 3" }),
        Plot.line(rows, { x: "params", y: "ratio", stroke: "scale", strokeWidth: 2, clip: true }),
        Plot.dot(
          [
            { params, ratio: clip(here.n1), scale: N1 },
            { params, ratio: clip(here.n2), scale: N2 },
          ],
          { x: "params", y: "ratio", fill: "scale", stroke: FG, r: 4.5 },
        ),
        // A key in the top-right corner, which no line reaches: at large N both ratios approach 1 from below.
        ...[N2, N1].map((name, i) =>
          Plot.text([name], {
            frameAnchor: "top-right",
            dx: -8,
            dy: 6 + 18 * i,
            text: (d: string) => d,
            fill: name === N2 ? SERIES[1] : SERIES[0],
            fontWeight: 600,
          }),
        ),
      ],
    };
  },
  describe: (rows, p) => {
    const here = ratios({ nLayer: p.nLayer, dModel: p.dModel }, p.contextLength);
    const params = kaplanParamsFromShape({ nLayer: p.nLayer, dModel: p.dModel });
    const first = rows.filter((r) => r.scale === N1);
    const second = rows.filter((r) => r.scale === N2);
    return `For your ${formatNumber(params, count)}-parameter model at a context of ${formatNumber(p.contextLength, fixed0)}, 6N₁ is ${formatNumber(here.n1, ratio)} of M and 6N₂ is ${formatNumber(here.n2, ratio)} of M. Along shapes with the same aspect ratio, from ${formatNumber(first[0]!.params, count)} to ${formatNumber(first.at(-1)!.params, count)} parameters, 6N₁/M goes from ${formatNumber(first[0]!.ratio, ratio)} to ${formatNumber(first.at(-1)!.ratio, ratio)} and 6N₂/M from ${formatNumber(second[0]!.ratio, ratio)} to ${formatNumber(second.at(-1)!.ratio, ratio)}.`;
  },
});
