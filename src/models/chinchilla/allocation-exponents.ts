/** Figure chinchilla/allocation-exponents: Allocation exponents: Table 2 and what the constants give (one file per figure; the model is index.ts). */
import * as Plot from "@observablehq/plot";
import { besiroglu2024, chinchillaAllocationExponents, hoffmann2022, hoffmann2022Table2, hoffmann2022Unrounded } from "../../laws/index.ts";
import { formatNumber } from "../../lib/format.ts";
import { defineFigure } from "../define.ts";
import { FG, MUTED, SERIES } from "../figure.ts";
import { hoffmann2022Table2Intervals80 } from "../replication-refit.ts";
import { embeddingCoefficient, apparentExponentOverRange, exponent3 } from "./shared.ts";
import type { P } from "./shared.ts";

/** One estimate of the allocation exponent a, with Table 2's 80% interval where the paper gives one. */
type R = { label: string; group: string; a: number; low: number | null; high: number | null };

export default defineFigure<P, R>({
  title: "Allocation exponents: Table 2 and what the constants give",
  caption: (p) =>
    `The exponent a in N_opt ∝ C^a from Hoffmann et al.'s Table 2 (three approaches and Kaplan), from the parametric constants (β/(α+β)), and what an analyst counting non-embedding parameters would measure over Kaplan's compute range with an embedding share of ${formatNumber(p.embeddingShare, { kind: "percent", digits: 2 })}. Bars: Table 2's 80% intervals (10th to 90th percentile), where the paper gives them.`,
  uses: ["embeddingShare"],
  formula: String.raw`N_\text{opt} \propto C^{a},\quad a = \frac{\beta}{\alpha+\beta}`,
  sources: ["hoffmann2022", "epochAnalyzingChinchilla", "besiroglu2024", "pearce2024"],
  constants: () => [hoffmann2022Table2, hoffmann2022, hoffmann2022Unrounded, besiroglu2024],
  columns: [
    { key: "label", label: "Estimate" },
    { key: "a", label: "a", format: exponent3 },
    { key: "low", label: "10th percentile", format: exponent3 },
    { key: "high", label: "90th percentile", format: exponent3 },
  ],
  compute: (p) => [
    ...hoffmann2022Table2.rows.map((r) => {
      const interval = r.approach === "kaplan" ? null : hoffmann2022Table2Intervals80[r.approach].a;
      return {
        label: r.approach === "kaplan" ? "Kaplan et al. (Table 2)" : `Approach ${r.approach} (Table 2)`,
        group: "Table 2",
        a: r.a,
        low: interval?.[0] ?? null,
        high: interval?.[1] ?? null,
      };
    }),
    { label: "β/(α+β), printed", group: "computed", a: chinchillaAllocationExponents(hoffmann2022).a, low: null, high: null },
    { label: "β/(α+β), unrounded", group: "computed", a: chinchillaAllocationExponents(hoffmann2022Unrounded).a, low: null, high: null },
    { label: "β/(α+β), Besiroglu refit", group: "computed", a: chinchillaAllocationExponents(besiroglu2024).a, low: null, high: null },
    { label: "simulated, Kaplan's range", group: "simulated", a: apparentExponentOverRange(embeddingCoefficient(p.embeddingShare)), low: null, high: null },
  ],
  plot: (rows) => ({
    marginLeft: 210,
    marginRight: 44,
    // Up to 0.85: the simulated exponent over Kaplan's range reaches about 0.81 at the default share.
    x: { label: "Allocation exponent a →", domain: [0.4, 0.85], grid: true },
    y: { label: null, domain: rows.map((r) => r.label) },
    color: { domain: ["Table 2", "computed", "simulated"], range: [FG, SERIES[0], SERIES[1]] },
    marks: [
      Plot.ruleX([0.5], { stroke: MUTED, strokeDasharray: "3,3" }),
      Plot.ruleY(
        rows.filter((r) => r.low !== null && r.low !== undefined),
        { y: "label", x1: "low", x2: "high", stroke: FG, strokeWidth: 2 },
      ),
      Plot.dot(rows, { x: "a", y: "label", fill: "group", r: 5 }),
      Plot.text(rows, {
        x: (d: R) => Math.max(d.a, d.high ?? 0),
        y: "label",
        text: (d: R) => formatNumber(d.a, exponent3),
        dx: 10,
        textAnchor: "start",
        fill: "group",
      }),
    ],
    height: 300,
  }),
  describe: (rows) => `A dot per estimate of a: ${rows.map((r) => `${r.label} ${formatNumber(r.a, exponent3)}`).join("; ")}. ${rows.length} rows in the table.`,
});
