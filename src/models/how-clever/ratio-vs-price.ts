/**
 * Figure how-clever/ratio-vs-price: cost-optimal tokens per parameter against the price of a data
 * point under both Chinchilla fits, with the three price cases and the range Chinchilla was fitted on.
 */
import * as Plot from "@observablehq/plot";
import { besiroglu2024, chinchillaTokensPerParam, defaultChinchillaFit, hoffmann2022 } from "../../laws/index.ts";
import { formatNumber } from "../../lib/format.ts";
import { defineFigure } from "../define.ts";
import { FG, FIGURE_WIDTH, MUTED, SERIES, SHADE, logTicks, snapLogDomain } from "../figure.ts";
import {
  WELL_PRICE,
  WEB_TEXT_PRICE,
  FIT_RANGE,
  dataShare,
  priceForTokens,
  fitOf,
  fitName,
  count,
  count2,
  money,
  price,
  ratio,
  pct,
  X_RANGE,
  priceAxis,
  priceGrid,
  plan,
  presetPrices,
} from "./shared.ts";
import type { P } from "./shared.ts";

/** One point of one line: the cost-optimal plan at one price per data point, under one Chinchilla fit. */
type R = { fit: string; pricePerToken: number; tokensPerParam: number; params: number; tokens: number; dataShare: number };

export default defineFigure<P, R>({
  title: "Tokens per parameter as data gets expensive",
  caption: (p) =>
    `Cost-optimal tokens per parameter against the price of a data point, for a budget of AUD ${formatNumber(p.budget, count2)} at AUD ${formatNumber(p.pricePerFlop, price)} per FLOP. Dashed: the compute-optimal ratio when data is free. Dots: the three price cases under the ${fitName(p)}. Shaded: that fit's optimal data set is smaller than any Chinchilla was fitted on.`,
  uses: ["budget", "pricePerToken", "pricePerFlop", "fit"],
  formula: String.raw`\min_{N,D}\; E + \frac{A}{N^\alpha} + \frac{B}{D^\beta}\quad\text{s.t.}\quad p_F\,6ND + p_T\,D = \text{budget}`,
  sources: ["hoffmann2022", "besiroglu2024", "mackinlay"],
  constants: (p) => [fitOf(p), fitOf(p) === hoffmann2022 ? defaultChinchillaFit : hoffmann2022],
  columns: [
    { key: "fit", label: "Fit" },
    { key: "pricePerToken", label: "Price per token (AUD)", format: price },
    { key: "tokensPerParam", label: "Tokens per parameter", format: ratio },
    { key: "params", label: "Parameters", format: count },
    { key: "tokens", label: "Tokens", format: count },
    { key: "dataShare", label: "Data share of budget", format: pct },
  ],
  compute: (p) => {
    const rows: R[] = [];
    for (const [fit, preset] of [
      ["Hoffmann (printed)", hoffmann2022],
      ["Besiroglu", besiroglu2024],
    ] as const) {
      for (const pT of priceGrid(p)) {
        const o = plan(p, pT, preset);
        rows.push({ fit, pricePerToken: pT, tokensPerParam: o.tokensPerParam, params: o.params, tokens: o.tokens, dataShare: dataShare(p.budget, pT, o) });
      }
    }
    return rows;
  },
  plot: (rows, p, { width = FIGURE_WIDTH }) => {
    const fits = ["Hoffmann (printed)", "Besiroglu"];
    const leave = priceForTokens(p.budget, p.pricePerFlop, FIT_RANGE.minTokens, fitOf(p));
    const flops = p.budget / p.pricePerFlop;
    const refs = [
      { fit: fits[0], y: chinchillaTokensPerParam({ flops }, hoffmann2022) },
      { fit: fits[1], y: chinchillaTokensPerParam({ flops }, besiroglu2024) },
    ];
    const marks = presetPrices(p).map((c) => ({ ...c, y: plan(p, c.price).tokensPerParam }));
    const shadeFrom = Math.min(Math.max(leave, X_RANGE[0]), X_RANGE[1]);
    const yMin = Math.min(...rows.map((r) => r.tokensPerParam));
    // A key in the empty lower-left corner: the two lines nearly coincide, so labels on them would collide.
    const key = [
      { fit: fits[0], text: "Hoffmann et al., printed constants" },
      { fit: fits[1], text: "Besiroglu et al. refit" },
    ];
    const keyY = (i: number) => yMin * 10 ** (-Math.log10(yMin) * (0.3 - 0.08 * i));
    return {
      marginRight: 24,
      marginLeft: 84,
      x: priceAxis(width),
      y: {
        type: "log",
        label: "↑ Tokens per parameter, D/N",
        domain: [snapLogDomain(yMin / 3, 1e5)[0], 1e5],
        grid: true,
        ticks: 8,
        tickFormat: (d: number) => logTicks(d),
      },
      color: { domain: fits, range: [SERIES[0], SERIES[1]] },
      marks: [
        Plot.rectX([{ x1: shadeFrom, x2: X_RANGE[1] }], { x1: "x1", x2: "x2", fill: SHADE }),
        // On a phone the note would run off the right edge: two lines, ending at the edge.
        width < FIGURE_WIDTH
          ? Plot.text([{ x: X_RANGE[1] }], {
              x: "x",
              frameAnchor: "top",
              dy: 10,
              dx: -4,
              textAnchor: "end",
              text: () => "data below Chinchilla's\nfitted range",
              fill: MUTED,
              fontSize: 11,
            })
          : Plot.text([{ x: Math.sqrt(shadeFrom * X_RANGE[1]) }], {
              x: "x",
              frameAnchor: "top",
              dy: 10,
              text: () => "data below Chinchilla's fitted range",
              fill: MUTED,
              fontSize: 11,
            }),
        Plot.ruleY(refs, { y: "y", stroke: "fit", strokeDasharray: "4,3", strokeOpacity: 0.8 }),
        Plot.line(rows, { x: "pricePerToken", y: "tokensPerParam", stroke: "fit", strokeWidth: 2 }),
        Plot.link(
          key.map((k, i) => ({ ...k, x1: 2e-10, x2: 2e-9, y: keyY(i) })),
          { x1: "x1", x2: "x2", y1: "y", y2: "y", stroke: "fit", strokeWidth: 2 },
        ),
        Plot.text(
          key.map((k, i) => ({ ...k, x: 3e-9, y: keyY(i) })),
          { x: "x", y: "y", text: "text", fill: "fit", textAnchor: "start", fontSize: 11 },
        ),
        Plot.text([{ x: 2e-10, y: keyY(2) }], {
          x: "x",
          y: "y",
          text: () => "dashed: compute-optimal ratio, free data",
          fill: MUTED,
          textAnchor: "start",
          fontSize: 11,
        }),
        Plot.dot(marks, { x: "price", y: "y", fill: FG, r: 4 }),
        // One mark per case: Plot's dx/dy are constants, and each label needs its own side of the line.
        Plot.text([marks[0]], { x: "price", y: "y", text: "label", fill: FG, dy: -12, textAnchor: "middle", fontSize: 11, fontWeight: "bold" }),
        // The reader's label goes right of the dot, or left of it (below the falling line) near the right edge.
        p.pricePerToken < 100
          ? Plot.text([marks[1]], { x: "price", y: "y", text: "label", fill: FG, dx: 10, textAnchor: "start", fontSize: 11, fontWeight: "bold" })
          : Plot.text([marks[1]], { x: "price", y: "y", text: "label", fill: FG, dx: -10, textAnchor: "end", fontSize: 11, fontWeight: "bold" }),
        Plot.text([marks[2]], { x: "price", y: "y", text: "label", fill: FG, dx: -8, dy: 14, textAnchor: "end", fontSize: 11, fontWeight: "bold" }),
      ],
    };
  },
  describe: (rows, p) => {
    const flops = p.budget / p.pricePerFlop;
    const [web, reader, well] = presetPrices(p).map((c) => plan(p, c.price));
    return `Log-log lines falling from left to right: as a data point gets dearer, the cost-optimal plan buys fewer tokens and a larger model. With free data the ratio is the compute-optimal ${formatNumber(chinchillaTokensPerParam({ flops }, hoffmann2022), ratio)} tokens per parameter (printed Hoffmann constants; ${formatNumber(chinchillaTokensPerParam({ flops }, besiroglu2024), ratio)} with Besiroglu's). The dots are the three price cases under the ${fitName(p)}. Web text at AUD ${formatNumber(WEB_TEXT_PRICE, price)} per token: ${formatNumber(web!.tokensPerParam, ratio)}. Your price AUD ${formatNumber(p.pricePerToken, price)}: ${formatNumber(reader!.tokensPerParam, ratio)}. The well at AUD ${formatNumber(WELL_PRICE, money)}: ${formatNumber(well!.tokensPerParam, ratio)}. Above AUD ${formatNumber(priceForTokens(p.budget, p.pricePerFlop, FIT_RANGE.minTokens, fitOf(p)), price)} per token the optimal data set has fewer than ${formatNumber(FIT_RANGE.minTokens, count2)} tokens, outside the fit (shaded). ${rows.length} rows in the table.`;
  },
});
