/** Figure bio-anchors/multiplier-vs-size: How much more compute than Bio Anchors estimated (one file per figure; the model is index.ts). */
import * as Plot from "@observablehq/plot";
import { defaultChinchillaFit, hoffmann2022, hoffmann2022Table2, hoffmann2022Unrounded } from "../../laws/index.ts";
import { formatNumber } from "../../lib/format.ts";
import { defineFigure } from "../define.ts";
import { FG, MUTED, logTicks } from "../figure.ts";
import { logGrid } from "../numeric.ts";
import { exponents, colorOf, computeMultiplier, mult, exp3, exp2, pow10 } from "./shared.ts";
import type { P } from "./shared.ts";

/** The compute multiplier for one exponent at one size ratio. */
type R = { series: string; key: string; exponent: number; sizeRatio: number; multiplier: number };

export default defineFigure<P, R>({
  title: "How much more compute than Bio Anchors estimated",
  caption: (p) =>
    `The compute multiplier M^(e − 0.8) over Bio Anchors' estimate, against how many times larger the model is, for each data exponent e. The dot is your exponent (e = ${formatNumber(p.exponent, exp2)}) at your size ratio; the dashed line is Hilton's example.`,
  uses: ["sizeRatio", "exponent"],
  sources: ["chinchillaLinkpost2022", "cotra2020", "hoffmann2022", "besiroglu2024"],
  constants: () => [defaultChinchillaFit, hoffmann2022Table2, hoffmann2022Unrounded, hoffmann2022],
  formula: String.raw`\frac{C_{\text{new}}}{C_{\text{Bio Anchors}}} = M^{\,e - 0.8}`,
  columns: [
    { key: "series", label: "Exponent" },
    { key: "exponent", label: "e", format: exp3 },
    { key: "sizeRatio", label: "Size ratio M", format: mult },
    { key: "multiplier", label: "Compute multiplier", format: mult },
  ],
  compute: (p) => {
    const rows: R[] = [];
    const series = [...exponents.filter((x) => x.key !== "bioAnchors"), { key: "yours", label: "your e", value: p.exponent, how: "" }];
    for (const s of series)
      for (const M of logGrid(10, 1e8, 29))
        rows.push({
          series: `${s.label} (e = ${formatNumber(s.value, exp2)})`,
          key: s.key,
          exponent: s.value,
          sizeRatio: M,
          multiplier: computeMultiplier(M, s.value),
        });
    return rows;
  },
  plot: (rows, p) => {
    const keys = [...new Set(rows.map((r) => r.key))];
    const ends = keys.map((k) => rows.filter((r) => r.key === k).at(-1)!).sort((a, b) => b.multiplier - a.multiplier);
    // Spread labels that would collide at the right edge (at least 13 px apart on a ~300 px axis).
    const y = (m: number) => Math.log10(m);
    const placed: { row: R; ly: number }[] = [];
    for (const row of ends) {
      let ly = y(row.multiplier);
      const prev = placed.at(-1);
      if (prev && prev.ly - ly < 0.22) ly = prev.ly - 0.22;
      placed.push({ row, ly });
    }
    const labels = placed.map(({ row, ly }) => ({ ...row, labelY: 10 ** ly }));
    const here = { sizeRatio: p.sizeRatio, multiplier: computeMultiplier(p.sizeRatio, p.exponent) };
    return {
      marginRight: 190,
      x: { type: "log", label: "Model size over today's, M →", domain: [10, 1e8], tickFormat: (d: number) => pow10(d) },
      y: { type: "log", label: "↑ Compute multiplier over Bio Anchors", grid: true, tickFormat: (d: number) => logTicks(d) },
      color: { domain: keys, range: keys.map((k) => colorOf[k]!) },
      marks: [
        Plot.ruleY([1], { stroke: MUTED }),
        Plot.ruleX([1e5], { stroke: MUTED, strokeDasharray: "3,3" }),
        Plot.line(rows, { x: "sizeRatio", y: "multiplier", z: "key", stroke: "key", strokeWidth: 1.8 }),
        Plot.text(labels, { x: "sizeRatio", y: "labelY", text: "series", fill: "key", textAnchor: "start", dx: 6 }),
        Plot.dot([here], { x: "sizeRatio", y: "multiplier", fill: FG, r: 4.5 }),
        Plot.text([here], { x: "sizeRatio", y: "multiplier", text: (d: { multiplier: number }) => formatNumber(d.multiplier, mult), dy: -10, fill: FG }),
      ],
    };
  },
  describe: (_rows, p) => {
    const parts = exponents
      .filter((x) => x.key !== "bioAnchors")
      .map((x) => `${x.label} (e = ${formatNumber(x.value, exp3)}) ${formatNumber(computeMultiplier(p.sizeRatio, x.value), mult)}`);
    return `Straight lines on log-log axes with slope e − 0.8; e = 0.8 would be flat at 1×. For a model ${formatNumber(p.sizeRatio, { kind: "multiple", digits: 2 })} larger: ${parts.join("; ")}; your exponent ${formatNumber(p.exponent, exp2)} gives ${formatNumber(computeMultiplier(p.sizeRatio, p.exponent), mult)}.`;
  },
});
