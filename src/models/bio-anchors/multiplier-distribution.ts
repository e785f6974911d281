/** Figure bio-anchors/multiplier-distribution: What the prior implies for the compute multiplier (one file per figure; the model is index.ts). */
import * as Plot from "@observablehq/plot";
import { defaultChinchillaFit, hoffmann2022, hoffmann2022Table2, hoffmann2022Unrounded } from "../../laws/index.ts";
import { formatNumber } from "../../lib/format.ts";
import { defineFigure } from "../define.ts";
import { BAND, FG, MUTED, logTicks } from "../figure.ts";
import { linearGrid } from "../numeric.ts";
import { exponents, colorOf, computeMultiplier, normalPdf, priorSummary, stagger, mult, pct, pow10 } from "./shared.ts";
import type { P } from "./shared.ts";

/** The multiplier's density per decade at one exponent of the prior. */
type R = { exponent: number; multiplier: number; density: number };

export default defineFigure<P, R>({
  title: "What the prior implies for the compute multiplier",
  caption: (p) =>
    `The distribution of the multiplier M^(e − 0.8) for a model ${formatNumber(p.sizeRatio, { kind: "multiple", digits: 2 })} larger, when e follows the prior above (density per decade, computed by change of variables, not sampling). Dashed lines: the multiplier each published exponent gives.`,
  uses: ["sizeRatio", "priorCentre", "priorWidth"],
  sources: ["cotra2020", "chinchillaLinkpost2022", "hoffmann2022", "besiroglu2024"],
  constants: () => [defaultChinchillaFit, hoffmann2022Table2, hoffmann2022Unrounded, hoffmann2022],
  formula: String.raw`p(\log_{10} m) = \frac{p(e)}{\log_{10} M},\quad e = 0.8 + \frac{\log_{10} m}{\log_{10} M}`,
  columns: [
    { key: "multiplier", label: "Compute multiplier", format: mult },
    { key: "density", label: "Density per decade", format: { kind: "sig", digits: 3 } },
  ],
  compute: (p) => {
    const log10M = Math.log10(p.sizeRatio);
    return linearGrid(p.priorCentre - 4 * p.priorWidth, p.priorCentre + 4 * p.priorWidth, 121).map((e) => {
      return { exponent: e, multiplier: computeMultiplier(p.sizeRatio, e), density: normalPdf(e, p.priorCentre, p.priorWidth) / log10M };
    });
  },
  plot: (rows, p) => {
    const top = Math.max(...rows.map((r) => r.density));
    const lo = rows[0]!.multiplier,
      hi = rows.at(-1)!.multiplier;
    const marks = stagger(
      exponents
        .filter((x) => x.key !== "bioAnchors")
        .map((x) => ({ ...x, m: computeMultiplier(p.sizeRatio, x.value), at: x.value }))
        .filter((x) => x.m >= lo && x.m <= hi),
      top,
    );
    const s = priorSummary(p);
    return {
      marginRight: 24,
      height: 340,
      x: {
        type: "log",
        label: "Compute multiplier over Bio Anchors →",
        domain: [lo, hi],
        tickFormat: (d: number) => (d < 1e-3 || d >= 1e6 ? pow10(d) : logTicks(d)),
      },
      y: { label: "↑ Density per decade", grid: true, domain: [0, top * (1.15 + 0.1 * exponents.length)] },
      color: { domain: exponents.map((x) => x.key), range: exponents.map((x) => colorOf[x.key]!) },
      marks: [
        Plot.areaY(rows, { x: "multiplier", y: "density", fill: BAND }),
        Plot.line(rows, { x: "multiplier", y: "density", stroke: FG, strokeWidth: 2 }),
        Plot.ruleX([1], { stroke: MUTED }),
        Plot.ruleX(marks, { x: "m", stroke: "key", strokeDasharray: "4,3", strokeWidth: 1.5 }),
        Plot.text(marks, { x: "m", y: "y", text: "label", fill: "key", fontWeight: 600, textAnchor: "start", dx: 4 }),
        Plot.ruleX([s.median], { stroke: FG, strokeWidth: 1.5 }),
        Plot.text([{ x: s.median, y: top * 0.06, t: `median ${formatNumber(s.median, mult)}` }], {
          x: "x",
          y: "y",
          text: "t",
          fill: FG,
          dx: -6,
          textAnchor: "end",
        }),
      ],
    };
  },
  describe: (_rows, p) => {
    const s = priorSummary(p);
    return `A bell curve on a log axis. Under the prior, the multiplier's median is ${formatNumber(s.median, mult)}, its 10th to 90th percentiles ${formatNumber(s.p10, mult)} to ${formatNumber(s.p90, mult)}, its mean ${formatNumber(s.mean, mult)}; the chance it exceeds 10× is ${formatNumber(s.probAboveTen, pct)}.`;
  },
});
