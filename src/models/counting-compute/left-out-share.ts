/**
 * Figure counting-compute/left-out-share: the share of training compute that 6N leaves out, against
 * context length, by Kaplan's Table 1 count and by DeepSeek's M (one file per figure; the model is
 * index.ts).
 */
import * as Plot from "@observablehq/plot";
import { deepseekFlopsPerToken, kaplanContextOverhead, kaplanParamsFromShape } from "../../laws/index.ts";
import { formatNumber } from "../../lib/format.ts";
import { defineFigure } from "../define.ts";
import { FG, SERIES } from "../figure.ts";
import { logGrid } from "../numeric.ts";
import { DEEPSEEK_EQ2_COUNT, KAPLAN_TABLE1_COUNT, pct } from "./shared.ts";
import type { P } from "./shared.ts";

/** One row: the share of a count that 6N leaves out at one context length. */
type R = { contextLength: number; share: number; count: string };

const DOMAIN: [number, number] = [128, 262144];
const KAPLAN = "Kaplan Table 1";
const DEEPSEEK = "DeepSeek M";
const tokens = { kind: "fixed", digits: 0 } as const;
/** Context ticks in powers of four, labelled in binary thousands as context lengths usually are (4k = 4,096); the axis is base 2 so d3 keeps every label. */
const contextTick = (d: number) => (d >= 1024 ? `${d / 1024}k` : String(d));

const shares = (p: { dModel: number }, contextLength: number) => {
  // The depth cancels from both ratios, so one layer is used: the figure then depends on the width
  // and context alone (and not on n_layer through float round-off).
  const shape = { nLayer: 1, dModel: p.dModel };
  const sixN = 6 * kaplanParamsFromShape(shape);
  return {
    kaplan: 1 - 1 / kaplanContextOverhead({ ...shape, contextLength }),
    deepseek: 1 - sixN / deepseekFlopsPerToken({ ...shape, sequenceLength: contextLength }),
  };
};

export default defineFigure<P, R>({
  title: "What 6N leaves out, by context length",
  caption: (p) =>
    `Share of per-token training compute that 6N omits, for a model ${formatNumber(p.dModel, tokens)} wide (d_attn = d_model, d_ff = 4·d_model), counting attention over the context as Kaplan et al.'s Table 1 does (×3 for training) and as DeepSeek's M does. The depth cancels. Dots: your context length.`,
  uses: ["contextLength", "dModel"],
  sources: ["kaplan2020", "deepseek2024"],
  formula: String.raw`1 - \frac{6N}{6N + 6\,n_\text{layer} n_\text{ctx} d_\text{attn}}\ \text{(Kaplan)},\qquad 1 - \frac{72\,n_\text{layer} d_\text{model}^2}{M}\ \text{(DeepSeek)}`,
  constants: () => [KAPLAN_TABLE1_COUNT, DEEPSEEK_EQ2_COUNT],
  columns: [
    { key: "count", label: "Count" },
    { key: "contextLength", label: "Context (tokens)", format: tokens },
    { key: "share", label: "Share 6N leaves out", format: pct },
  ],
  compute: (p) =>
    logGrid(DOMAIN[0], DOMAIN[1], 37).flatMap((contextLength) => {
      const s = shares(p, contextLength);
      return [
        { contextLength, share: s.kaplan, count: KAPLAN },
        { contextLength, share: s.deepseek, count: DEEPSEEK },
      ];
    }),
  plot: (rows, p) => {
    const s = shares(p, p.contextLength);
    const right = p.contextLength > 8192;
    // Each label beside its own dot; near the floor both go above the upper dot, near the ceiling
    // both below the lower one, so they never reach the axis or the title and never overlap.
    const [anchorD, anchorK, dyD, dyK] =
      s.kaplan < 0.1 ? [s.deepseek, s.deepseek, -26, -12] : s.deepseek > 0.9 ? [s.kaplan, s.kaplan, 14, 28] : [s.deepseek, s.kaplan, -12, 14];
    const dots = [
      { contextLength: p.contextLength, share: s.deepseek, count: DEEPSEEK },
      { contextLength: p.contextLength, share: s.kaplan, count: KAPLAN },
    ];
    const labels = [
      { contextLength: p.contextLength, share: anchorD, text: `${DEEPSEEK}: ${formatNumber(s.deepseek, pct)}`, dy: dyD },
      { contextLength: p.contextLength, share: anchorK, text: `${KAPLAN}: ${formatNumber(s.kaplan, pct)}`, dy: dyK },
    ];
    return {
      marginLeft: 50,
      marginRight: 20,
      marginTop: 24,
      x: { type: "log", base: 2, domain: DOMAIN, ticks: [256, 1024, 4096, 16384, 65536], tickFormat: contextTick, label: "Context length (tokens) →" },
      y: {
        domain: [0, 1],
        grid: true,
        ticks: [0, 0.2, 0.4, 0.6, 0.8, 1],
        tickFormat: (d: number) => `${Math.round(d * 100)}%`,
        label: "↑ Share 6N leaves out",
      },
      color: { domain: [KAPLAN, DEEPSEEK], range: [SERIES[0], SERIES[1]] },
      marks: [
        Plot.line(rows, { x: "contextLength", y: "share", stroke: "count", strokeWidth: 2 }),
        Plot.dot(dots, { x: "contextLength", y: "share", fill: "count", r: 4 }),
        ...labels.map((d) =>
          Plot.text([d], {
            x: "contextLength",
            y: "share",
            text: "text",
            fill: FG,
            dy: d.dy,
            textAnchor: right ? "end" : "start",
            dx: right ? -6 : 6,
            stroke: "var(--plot-bg)",
            strokeWidth: 4,
            paintOrder: "stroke",
          }),
        ),
      ],
    };
  },
  describe: (_rows, p) => {
    const s = shares(p, p.contextLength);
    const wide = shares(p, DOMAIN[1]);
    return `At a context of ${formatNumber(p.contextLength, tokens)} tokens and width ${formatNumber(p.dModel, tokens)}, 6N leaves out ${formatNumber(s.kaplan, pct)} of Kaplan's full count and ${formatNumber(s.deepseek, pct)} of DeepSeek's M. Both shares rise with context; at ${formatNumber(DOMAIN[1], tokens)} tokens they reach ${formatNumber(wide.kaplan, pct)} and ${formatNumber(wide.deepseek, pct)}.`;
  },
});
