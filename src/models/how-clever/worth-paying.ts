/**
 * Figure how-clever/worth-paying: the most each way of being clever (a generic method, repetition,
 * transfer) is worth, as a share of the budget, against the price of a data point.
 */
import * as Plot from "@observablehq/plot";
import { hernandez2021TextToPython, muennighoff2023 } from "../../laws/index.ts";
import { formatNumber } from "../../lib/format.ts";
import { defineFigure } from "../define.ts";
import { MUTED, SERIES, SHADE } from "../figure.ts";
import { FIT_RANGE, priceForTokens, fitOf, fitName, count2, money, price, pct, X_RANGE, priceAxis, priceGrid, presetPrices, worthAt } from "./shared.ts";
import type { P } from "./shared.ts";

/** One point of one line: what one method is worth at one price per data point. */
type R = { method: MethodName; pricePerToken: number; worth: number; share: number };

/** The three ways of being clever the figure compares. */
type MethodName = "generic" | "repetition" | "transfer";

export default defineFigure<P, R>({
  title: "How clever to bother being",
  caption: (p) =>
    `The most each way of being clever is worth, as a share of a budget of AUD ${formatNumber(p.budget, count2)}, against the price of a data point: the money it saves at equal loss. Generic method worth ${formatNumber(p.dataMultiplier, { kind: "multiple", digits: 2 })} data; ${formatNumber(p.epochs, { kind: "sig", digits: 2 })} epochs of repetition (Muennighoff's fit); transfer from a free pre-trained model (Hernandez's text→Python fit evaluated at the plan's data, mostly far outside its low-data regime). The curves are not computed under one law: the generic method and transfer use the plans of the ${fitName(p)}; repetition uses Muennighoff et al.'s own fit throughout, because its R_D* was fitted jointly with it. Shaded as in the first figure.`,
  uses: ["budget", "pricePerToken", "pricePerFlop", "dataMultiplier", "epochs", "charsPerToken", "nonEmbeddingShare", "fit"],
  formula: String.raw`\text{worth} = \text{budget} - \min_{N,D}\left\{\tfrac{p_T}{m}D + 6\tfrac{c\,p_F}{m}ND \;:\; \hat L(N,D) = \hat L^*\right\}`,
  sources: ["hoffmann2022", "besiroglu2024", "muennighoff2023", "hernandez2021", "mackinlay"],
  constants: (p) => [fitOf(p), muennighoff2023, hernandez2021TextToPython],
  columns: [
    { key: "method", label: "Method" },
    { key: "pricePerToken", label: "Price per token (AUD)", format: price },
    { key: "share", label: "Worth, share of budget", format: pct },
    { key: "worth", label: "Worth (AUD)", format: money },
  ],
  compute: (p) => {
    const rows: R[] = [];
    for (const pT of priceGrid(p)) {
      const w = worthAt(p, pT);
      rows.push({ method: "generic", pricePerToken: pT, worth: w.generic, share: w.generic / p.budget });
      rows.push({ method: "repetition", pricePerToken: pT, worth: w.repeat, share: w.repeat / p.budget });
      rows.push({ method: "transfer", pricePerToken: pT, worth: w.transfer, share: w.transfer / p.budget });
    }
    return rows;
  },
  plot: (rows, p, { width }) => {
    const methods: MethodName[] = ["generic", "repetition", "transfer"];
    const leave = Math.min(Math.max(priceForTokens(p.budget, p.pricePerFlop, FIT_RANGE.minTokens, fitOf(p)), X_RANGE[0]), X_RANGE[1]);
    const labels: Record<MethodName, string> = {
      generic: `method worth ${formatNumber(p.dataMultiplier, { kind: "multiple", digits: 2 })} data`,
      repetition: `${formatNumber(p.epochs, { kind: "sig", digits: 2 })} epochs of repetition`,
      transfer: "transfer (the fit's value)",
    };
    const of = (m: MethodName) => rows.filter((r) => r.method === m);
    // Generic and repetition: above their plateaus at the right; transfer: right of its rise.
    const rise = of("transfer").find((r) => r.share >= 0.5) ?? of("transfer").at(-1)!;
    const plateaus = [of("generic").at(-1)!, of("repetition").at(-1)!].map((r) => ({ ...r, label: labels[r.method] }));
    const [lower, upper] = plateaus.sort((u, v) => u.share - v.share);
    const cases = presetPrices(p);
    // Whole tenths: the axis stays put while the parameters move.
    const low = Math.floor((Math.min(0, ...rows.map((r) => r.share)) - 0.1) * 10 + 1e-9) / 10;
    return {
      marginRight: 24,
      marginLeft: 56,
      x: priceAxis(width),
      y: {
        label: "↑ Most it is worth paying (share of budget)",
        domain: [low, 1.02],
        grid: true,
        tickFormat: (d: number) => formatNumber(d, { kind: "percent", digits: 2 }),
      },
      color: { domain: methods, range: [SERIES[0], SERIES[2], SERIES[1]] },
      marks: [
        Plot.rectX([{ x1: leave, x2: X_RANGE[1] }], { x1: "x1", x2: "x2", fill: SHADE }),
        Plot.ruleY([0], { stroke: MUTED }),
        Plot.ruleY([1 - 1 / p.dataMultiplier], { stroke: SERIES[0], strokeDasharray: "4,3", strokeOpacity: 0.7 }),
        Plot.ruleX(cases, { x: "price", stroke: MUTED, strokeOpacity: 0.6, strokeDasharray: "2,3" }),
        Plot.text(cases.slice(0, 2), { x: "price", text: "label", frameAnchor: "bottom", dy: -6, dx: 4, fill: MUTED, fontSize: 11, textAnchor: "start" }),
        Plot.text(cases.slice(2), { x: "price", text: "label", frameAnchor: "bottom", dy: -6, dx: -4, fill: MUTED, fontSize: 11, textAnchor: "end" }),
        Plot.line(rows, { x: "pricePerToken", y: "share", stroke: "method", strokeWidth: 2 }),
        // The higher plateau is labelled above its line, the lower one below, so close plateaus do not collide.
        Plot.text([upper], { x: "pricePerToken", y: "share", text: "label", fill: "method", dy: -9, textAnchor: "end", fontSize: 11, fontWeight: "bold" }),
        Plot.text([lower], { x: "pricePerToken", y: "share", text: "label", fill: "method", dy: 13, textAnchor: "end", fontSize: 11, fontWeight: "bold" }),
        Plot.text([{ ...rise, label: labels.transfer }], {
          x: "pricePerToken",
          y: "share",
          text: "label",
          fill: "method",
          dx: 8,
          textAnchor: "start",
          fontSize: 11,
          fontWeight: "bold",
        }),
      ],
    };
  },
  describe: (rows, p) => {
    const [web, reader, well] = presetPrices(p).map((c) => worthAt(p, c.price));
    const s = (x: number) => formatNumber(x / p.budget, pct);
    return `Three S-shaped curves rising from left to right on a log price axis: cleverness about data is worth almost nothing when data is cheap and up to most of the budget when data is dear. A method worth ${formatNumber(p.dataMultiplier, { kind: "multiple", digits: 2 })} data is worth ${s(web!.generic)} of the budget for web text, ${s(reader!.generic)} at your price and ${s(well!.generic)} for the well (ceiling ${formatNumber(1 - 1 / p.dataMultiplier, pct)}, dashed). Repeating ${formatNumber(p.epochs, { kind: "sig", digits: 2 })} epochs: ${s(web!.repeat)}, ${s(reader!.repeat)}, ${s(well!.repeat)} (negative where the extra compute costs more than the data saved). Transfer: ${s(web!.transfer)}, ${s(reader!.transfer)}, ${s(well!.transfer)}. ${rows.length} rows in the table.`;
  },
});
