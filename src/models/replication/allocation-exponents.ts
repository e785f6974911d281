/** Figure replication/allocation-exponents: The allocation exponent a from every estimate (one file per figure; the model is index.ts). */
import * as Plot from "@observablehq/plot";
import { hoffmann2022Table2, kaplan2020Allocation } from "../../laws/index.ts";
import { formatNumber } from "../../lib/format.ts";
import { hoffmann2022Table2Intervals80 } from "../replication-refit.ts";
import { defineFigure } from "../define.ts";
import { BAND, FG } from "../figure.ts";
import { constantSets, setColor, fixed3, allocation, table2 } from "./shared.ts";
import type { P } from "./shared.ts";

/** One estimate of a: printed (Table 2, with its 80% interval), computed from a set of constants, or Kaplan's. */
type R = { label: string; a: number; low: number | null; high: number | null; kind: string; key: string };

export default defineFigure<P, R>({
  title: "The allocation exponent a from every estimate",
  caption:
    "N_opt ∝ Cᵃ. Hoffmann et al.'s three approaches as printed in their Table 2 (with the 80% intervals where given), a computed as β/(α+β) from each set of constants, and Kaplan et al.'s 0.73 for scale.",
  uses: [],
  sources: ["hoffmann2022", "besiroglu2024", "kaplan2020", "epochAnalyzingChinchilla"],
  constants: () => [hoffmann2022Table2, ...constantSets.map((s) => s.preset), kaplan2020Allocation],
  formula: String.raw`a = \frac{\beta}{\alpha+\beta}`,
  columns: [
    { key: "label", label: "Estimate" },
    { key: "a", label: "a", format: fixed3 },
    { key: "low", label: "80% low", format: fixed3 },
    { key: "high", label: "80% high", format: fixed3 },
    { key: "kind", label: "How" },
  ],
  compute: () => {
    const rows: R[] = [];
    for (const approach of ["1", "2", "3"] as const) {
      const [lo, hi] = hoffmann2022Table2Intervals80[approach].a;
      rows.push({
        label: `Approach ${approach} (Table 2)`,
        a: table2(approach).a,
        low: lo,
        high: hi,
        kind: "printed in Table 2",
        key: `approach${approach}`,
      });
    }
    for (const set of constantSets)
      rows.push({ label: set.label, a: allocation(set.preset), low: null, high: null, kind: "β/(α+β) from the constants", key: set.key });
    rows.push({ label: "Kaplan et al. (2020)", a: kaplan2020Allocation.paramsExponent, low: null, high: null, kind: "printed (§6.1)", key: "kaplan" });
    return rows;
  },
  plot: (rows) => {
    const withInterval = rows.filter((r) => r.low !== null);
    return {
      marginLeft: 176,
      marginRight: 40,
      height: 300,
      x: { label: "Allocation exponent a (N_opt ∝ Cᵃ) →", domain: [0.42, 0.76], grid: true },
      y: { label: null, domain: rows.map((r) => r.label) },
      color: { domain: constantSets.map((s) => s.key), range: constantSets.map((s) => setColor[s.key]!) },
      marks: [
        Plot.rectX([{ x1: hoffmann2022Table2Intervals80["2"].a[0], x2: hoffmann2022Table2Intervals80["2"].a[1] }], {
          x1: "x1",
          x2: "x2",
          fill: BAND,
          fillOpacity: 0.6,
        }),
        Plot.link(withInterval, { x1: "low", x2: "high", y1: "label", y2: "label", stroke: FG, strokeWidth: 2 }),
        Plot.tickX(withInterval, { x: "low", y: "label", stroke: FG }),
        Plot.tickX(withInterval, { x: "high", y: "label", stroke: FG }),
        Plot.dot(
          rows.filter((r) => !(r.key in setColor)),
          { x: "a", y: "label", fill: FG, r: 4.5 },
        ),
        Plot.dot(
          rows.filter((r) => r.key in setColor),
          { x: "a", y: "label", fill: "key", r: 4.5 },
        ),
        Plot.text(rows, {
          x: (d: R) => Math.max(d.a, d.high ?? 0),
          y: "label",
          text: (d: R) => formatNumber(d.a, d.key.startsWith("approach") || d.key === "kaplan" ? { kind: "fixed", digits: 2 } : fixed3),
          dx: 9,
          textAnchor: "start",
          fill: FG,
        }),
      ],
    };
  },
  describe: (rows) =>
    `Dot plot of a: ${rows.map((r) => `${r.label} ${formatNumber(r.a, fixed3)}${r.low !== null ? ` (80% interval ${formatNumber(r.low, fixed3)}–${formatNumber(r.high!, fixed3)})` : ""}`).join("; ")}. The shaded band is Approach 2's 80% interval.`,
});
