/** Figure paying-for-inference/optimum-vs-demand: The cheaper model to own gets smaller as inference grows (one file per figure; the model is index.ts). */
import * as Plot from "@observablehq/plot";
import { formatNumber } from "../../lib/format.ts";
import { defineFigure } from "../define.ts";
import { FG, logTicks, snapLogDomain } from "../figure.ts";
import { dodgeLog } from "../labels.ts";
import { logGrid } from "../numeric.ts";
import { sci, count, ratio, FITS, scenario } from "./shared.ts";
import type { P } from "./shared.ts";

/** The optimum under one fit at one lifetime demand. */
type R = { fit: string; inferenceTokens: number; params: number; tokensPerParam: number };

export default defineFigure<P, R>({
  title: "The cheaper model to own gets smaller as inference grows",
  caption:
    "Parameters of the model that reaches the quality target for the least training plus inference compute, against lifetime inference tokens, under three Chinchilla fits. At zero inference each is the Chinchilla-optimal model; the dots mark your demand.",
  uses: ["targetParams", "inferenceTokens"],
  sources: ["sardana2023", "hoffmann2022", "besiroglu2024"],
  formula: String.raw`\min_{N}\ 6\,N\,D_\text{tr}(N) + 2\,N\,D_\text{inf}\ \text{ s.t. }\ \hat L(N, D_\text{tr}) = \ell`,
  constants: () => FITS.map((f) => f.preset),
  columns: [
    { key: "fit", label: "Fit" },
    { key: "inferenceTokens", label: "Lifetime inference (tokens)", format: sci },
    { key: "params", label: "Optimal parameters", format: count },
    { key: "tokensPerParam", label: "Training tokens per parameter", format: ratio },
  ],
  compute: (p) =>
    FITS.flatMap((f) =>
      logGrid(1e9, 1e16, 29).map((d) => {
        const s = scenario(p.targetParams, d, f.preset);
        const row: R = { fit: f.label, inferenceTokens: d, params: s.opt.params, tokensPerParam: s.opt.tokensPerParam };
        return row;
      }),
    ),
  plot: (rows, p) => {
    const dots = FITS.map((f) => ({
      fit: f.label,
      inferenceTokens: p.inferenceTokens,
      params: scenario(p.targetParams, p.inferenceTokens, f.preset).opt.params,
    }));
    const ys = rows.map((r) => r.params);
    // Room below the lowest curve for its end label; the domain moves only in quarter decades.
    const domain = snapLogDomain(Math.min(...ys) / 1.2, Math.max(...ys) * 1.05);
    // The curves cross, so their ends can meet: spread the labels a line apart (labels.ts).
    const ends = dodgeLog(
      FITS.map((f) => ({ fit: f.label, short: f.short, x: 1e16, y: rows.filter((r) => r.fit === f.label).at(-1)!.params })),
      domain,
    );
    return {
      marginRight: 130,
      x: { type: "log", label: "Lifetime inference (tokens) →", domain: [1e9, 1e16], tickFormat: logTicks },
      y: { type: "log", label: "↑ Parameters of the cheapest model to own", domain, grid: true, tickFormat: logTicks },
      color: { domain: FITS.map((f) => f.label), range: FITS.map((f) => f.color) },
      marks: [
        Plot.line(rows, { x: "inferenceTokens", y: "params", stroke: "fit", strokeWidth: 2 }),
        Plot.dot(dots, { x: "inferenceTokens", y: "params", fill: "fit", r: 4, stroke: FG }),
        Plot.text(ends, { x: "x", y: "labelY", text: "short", fill: "fit", textAnchor: "start", dx: 6, fontSize: 11 }),
      ],
    };
  },
  describe: (_rows, p) => {
    const parts = FITS.map((f) => {
      const s = scenario(p.targetParams, p.inferenceTokens, f.preset);
      return `${f.label}: ${formatNumber(s.opt.params, count)} parameters on ${formatNumber(s.opt.tokensPerParam, ratio)} tokens each (Chinchilla-optimal: ${formatNumber(s.chin.params, count)})`;
    });
    return `Falling curves: more inference makes a smaller, longer-trained model cheaper to own. At ${formatNumber(p.inferenceTokens, count)} inference tokens: ${parts.join("; ")}.`;
  },
});
