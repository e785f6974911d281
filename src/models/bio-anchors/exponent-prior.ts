/** Figure bio-anchors/exponent-prior: A prior over the data exponent, and the estimates (one file per figure; the model is index.ts). */
import * as Plot from "@observablehq/plot";
import { defaultChinchillaFit, hoffmann2022, hoffmann2022Table2, hoffmann2022Unrounded } from "../../laws/index.ts";
import { formatNumber } from "../../lib/format.ts";
import { defineFigure } from "../define.ts";
import { BAND, FG } from "../figure.ts";
import { linearGrid } from "../numeric.ts";
import { exponents, colorOf, normalPdf, priorSummary, stagger, exp3, exp2, pct } from "./shared.ts";
import type { P } from "./shared.ts";

/** The prior density at one exponent. */
type R = { exponent: number; density: number };

export default defineFigure<P, R>({
  title: "A prior over the data exponent, and the estimates",
  caption: (p) =>
    `A normal prior over e centred at ${formatNumber(p.priorCentre, exp2)} with standard deviation ${formatNumber(p.priorWidth, exp2)} (set in the text; illustrative, not the report's own prior), with each published estimate marked. Shaded: e ≥ 1.`,
  uses: ["priorCentre", "priorWidth"],
  sources: ["cotra2020", "chinchillaLinkpost2022", "hoffmann2022", "besiroglu2024"],
  constants: () => [defaultChinchillaFit, hoffmann2022Table2, hoffmann2022Unrounded, hoffmann2022],
  formula: String.raw`p(e) = \frac{1}{\sigma\sqrt{2\pi}}\,e^{-(e-\mu)^2/2\sigma^2}`,
  columns: [
    { key: "exponent", label: "Exponent e", format: exp3 },
    { key: "density", label: "Prior density", format: { kind: "sig", digits: 3 } },
  ],
  compute: (p) => linearGrid(0.3, 1.5, 121).map((e) => ({ exponent: e, density: normalPdf(e, p.priorCentre, p.priorWidth) })),
  plot: (rows) => {
    const top = Math.max(...rows.map((r) => r.density));
    const marks = stagger(
      exponents.map((x) => ({ ...x, at: x.value })),
      top,
    );
    return {
      marginRight: 24,
      height: 340,
      x: { label: "Data exponent e (D ∝ Nᵉ) →", domain: [0.3, 1.5] },
      y: { label: "↑ Prior density", grid: true, domain: [0, top * (1.15 + 0.1 * exponents.length)] },
      color: { domain: exponents.map((x) => x.key), range: exponents.map((x) => colorOf[x.key]!) },
      marks: [
        Plot.areaY(
          rows.filter((r) => r.exponent >= 1 - 1e-9),
          { x: "exponent", y: "density", fill: BAND },
        ),
        Plot.line(rows, { x: "exponent", y: "density", stroke: FG, strokeWidth: 2 }),
        Plot.ruleX(marks, { x: "value", stroke: "key", strokeWidth: 1.5, strokeDasharray: "4,3" }),
        Plot.text(marks, { x: "value", y: "y", text: "label", fill: "key", fontWeight: 600, textAnchor: "start", dx: 4 }),
      ],
    };
  },
  describe: (_rows, p) => {
    const s = priorSummary(p);
    return `A bell curve over e centred at ${formatNumber(p.priorCentre, exp2)} with standard deviation ${formatNumber(p.priorWidth, exp2)}; it puts ${formatNumber(s.probExponentAboveOne, pct)} of its mass at e ≥ 1. Marked: ${exponents.map((x) => `${x.label} ${formatNumber(x.value, exp3)}`).join(", ")}.`;
  },
});
