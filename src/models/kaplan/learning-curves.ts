/** Figure kaplan/learning-curves: Bigger models learn faster, until only the floor moves (one file per figure; the model is index.ts). */
import * as Plot from "@observablehq/plot";
import { kaplan2020Allocation, kaplan2020Table2, kaplanLoss, kaplanLossTokens } from "../../laws/index.ts";
import { formatNumber } from "../../lib/format.ts";
import { defineFigure } from "../define.ts";
import { FG, MUTED, SERIES, decades, logTicks } from "../figure.ts";
import { logGrid } from "../numeric.ts";
import { tableFloor, lossTicks, paddedDomain, CURVE_SIZES, efficientTokensForSize, efficientDot, count2 } from "./shared.ts";
import type { P } from "./shared.ts";

/**
 * One point of a fixed-size learning curve, of the infinite-model floor L(D) (no size), or a
 * size's compute-efficient point.
 */
type R = { series: string; kind: "curve" | "floor" | "efficient"; nonEmbeddingParams?: number; tokens: number; loss: number };

export default defineFigure<P, R>({
  title: "Bigger models learn faster, until only the floor moves",
  caption: (p) =>
    `Loss against tokens for models of fixed size, from Kaplan's joint law L(N, D) (eq 1.5, Table 2 constants, early stopping), with its infinite-model limit L(D). Dots mark where the compute-efficient allocation would train each size: the Fig. 14 legend's N(C_min) paired with the text's D(C_min) (§6.3). The pair spends 6ND = ${formatNumber(efficientDot(p, CURVE_SIZES[0]).spend, { kind: "sig", digits: 2 })} × C_min at the smallest size and ${formatNumber(efficientDot(p, CURVE_SIZES.at(-1)!).spend, { kind: "sig", digits: 2 })} × C_min at the largest, not the 2 × C_min of eq 6.7.`,
  uses: ["tokensExponent", "tokensCoefficient"],
  formula: String.raw`L(N, D) = \left[\left(\frac{N_c}{N}\right)^{\alpha_N/\alpha_D} + \frac{D_c}{D}\right]^{\alpha_D}`,
  sources: ["kaplan2020"],
  constants: () => [kaplan2020Table2, kaplan2020Allocation],
  columns: [
    { key: "series", label: "Model" },
    { key: "tokens", label: "Tokens D", format: count2 },
    { key: "loss", label: "Loss (nats/token)", format: { kind: "fixed", digits: 3 } },
  ],
  compute: (p) => {
    const rows: R[] = [];
    const sizes = CURVE_SIZES;
    for (const n of sizes) {
      for (const d of logGrid(1e7, 1e15, 33)) {
        rows.push({
          series: `${formatNumber(n, count2)} params`,
          kind: "curve",
          nonEmbeddingParams: n,
          tokens: d,
          loss: kaplanLoss({ nonEmbeddingParams: n, tokens: d }),
        });
      }
    }
    for (const d of logGrid(1e7, 1e15, 33)) {
      rows.push({ series: "L(D): N → ∞", kind: "floor", tokens: d, loss: kaplanLossTokens({ tokens: d }, tableFloor) });
    }
    for (const n of sizes) {
      const d = efficientTokensForSize(p, n);
      rows.push({
        series: `${formatNumber(n, count2)} params`,
        kind: "efficient",
        nonEmbeddingParams: n,
        tokens: d,
        loss: kaplanLoss({ nonEmbeddingParams: n, tokens: d }),
      });
    }
    return rows;
  },
  plot: (rows) => {
    const curves = rows.filter((r) => r.kind === "curve");
    const floor = rows.filter((r) => r.kind === "floor");
    const efficient = rows.filter((r) => r.kind === "efficient");
    const names = [...new Set(curves.map((r) => r.series))];
    const ends = names.map((s) => curves.filter((r) => r.series === s).at(-1)!);
    const yDomain = paddedDomain(rows.map((r) => r.loss));
    return {
      marginRight: 96,
      x: {
        type: "log",
        label: "Tokens D →",
        domain: [1e7, 1e15],
        ticks: decades(1e7, 1e14).filter((d) => Math.round(Math.log10(d)) % 2 === 1),
        tickFormat: (d: number) => logTicks(d),
      },
      y: {
        type: "log",
        label: "↑ Loss (nats per token)",
        grid: true,
        domain: yDomain,
        ticks: lossTicks(...yDomain),
        tickFormat: (d: number) => formatNumber(d, { kind: "sig", digits: 3 }),
      },
      color: { domain: names, range: SERIES.slice(0, names.length) },
      marks: [
        Plot.line(floor, { x: "tokens", y: "loss", stroke: FG, strokeDasharray: "5,4", strokeWidth: 1.5 }),
        Plot.text([floor[6]!], { x: "tokens", y: "loss", text: () => "L(D): infinite model", fill: FG, textAnchor: "start", dx: 8, dy: -8 }),
        Plot.line(curves, { x: "tokens", y: "loss", stroke: "series", strokeWidth: 2 }),
        Plot.text(ends, { x: "tokens", y: "loss", text: "series", fill: "series", textAnchor: "start", dx: 6 }),
        Plot.line(efficient, { x: "tokens", y: "loss", stroke: MUTED, strokeWidth: 1 }),
        Plot.dot(efficient, { x: "tokens", y: "loss", fill: "series", stroke: FG, r: 4.5 }),
      ],
    };
  },
  describe: (rows) => {
    const efficient = rows.filter((r) => r.kind === "efficient");
    const gaps = efficient.map((r) => {
      const d = r.tokens;
      const floor = kaplanLossTokens({ tokens: d }, tableFloor);
      return `${r.series}: ${formatNumber(d, count2)} tokens, ${formatNumber(r.loss / floor - 1, { kind: "percent", digits: 2 })} above the data floor`;
    });
    return `Each fixed-size model's loss falls along the shared data-limited curve L(D) at small D, then flattens at its own floor (N_c/N)^α_N. Bigger models follow L(D) further before flattening: they learn faster from the same tokens, and their floor is lower. The compute-efficient points move towards the L(D) curve as models grow: ${gaps.join("; ")}. ${rows.length} points in the table.`;
  },
});
