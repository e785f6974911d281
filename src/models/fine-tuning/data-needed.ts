/**
 * Figure fine-tuning/data-needed: how much less data (or steps) a model M× smaller needs, M^e, under
 * each reading of the scaling laws in DATA_LAWS.
 */
import * as Plot from "@observablehq/plot";
import { defaultChinchillaFit, hoffmann2022, kaplan2020Allocation } from "../../laws/index.ts";
import { defineFigure } from "../define.ts";
import { MUTED, SERIES, decadeTicks, factorTick } from "../figure.ts";
import { endLabelText, endLabels } from "../labels.ts";
import { logGrid } from "../numeric.ts";
import { multiple, fmt, shrink, DATA_LAWS } from "./shared.ts";
import type { P } from "./shared.ts";

/** One point of one line: the data (or steps) reduction for a model M× smaller under one reading. */
type R = { law: string; exponent: number; shrink: number; reduction: number };

export default defineFigure<P, R>({
  title: "How much less data a smaller model needs",
  caption: (p) =>
    `Data reduction factor for a model M× smaller, D(N)/D(N/M) = M^e, under each reading of the scaling laws, with Kaplan's optimiser steps for comparison. The vertical rule marks M = 1/f = ${fmt(shrink(p), { kind: "multiple", digits: 2 })}. Exponents: α/β of each Chinchilla fit, Kaplan eq 4.4 and §6.1/§6.3.`,
  uses: ["tunedFraction"],
  formula: String.raw`\frac{D(N)}{D(N/M)} = M^{e}`,
  sources: ["hoffmann2022", "besiroglu2024", "kaplan2020"],
  constants: () => [defaultChinchillaFit, hoffmann2022, kaplan2020Allocation],
  columns: [
    { key: "law", label: "Reading" },
    { key: "exponent", label: "Exponent e", format: { kind: "fixed", digits: 3 } },
    { key: "shrink", label: "Model M× smaller", format: multiple },
    { key: "reduction", label: "Data (or steps) reduction", format: multiple },
  ],
  compute: () =>
    DATA_LAWS.flatMap((law) => logGrid(1, 1e6, 25).map((m) => ({ law: law.label, exponent: law.exponent, shrink: m, reduction: m ** law.exponent }))),
  plot: (rows, p) => {
    const laws = DATA_LAWS.map((l) => l.label);
    const domain: [number, number] = [1, 1e8];
    const ends = endLabels(rows, "law", "shrink", "reduction", domain, laws);
    const marks = DATA_LAWS.map((law) =>
      Plot.line(
        rows.filter((r) => r.law === law.label),
        { x: "shrink", y: "reduction", stroke: "law", strokeWidth: 2, strokeDasharray: law.dashed ? "4,3" : "none" },
      ),
    );
    const at = DATA_LAWS.map((l) => ({ law: l.label, x: shrink(p), y: shrink(p) ** l.exponent }));
    return {
      marginRight: 170,
      x: { type: "log", label: "Model M× smaller →", domain: [1, 1e6], ticks: decadeTicks([1, 1e6]), tickFormat: factorTick },
      y: { type: "log", label: "↑ Data (or steps) reduction factor", domain, grid: true, ticks: decadeTicks(domain), tickFormat: factorTick },
      color: { domain: laws, range: [SERIES[0], SERIES[2], SERIES[1], SERIES[3], MUTED] },
      marks: [
        Plot.ruleX([shrink(p)], { stroke: MUTED, strokeOpacity: 0.6 }),
        ...marks,
        Plot.dot(at, { x: "x", y: "y", fill: "law", r: 3.5 }),
        endLabelText(ends, { fontSize: 11 }),
      ],
    };
  },
  describe: (rows, p) => {
    const m = shrink(p);
    const parts = DATA_LAWS.map((l) => `${l.label} (e = ${fmt(l.exponent, { kind: "fixed", digits: 2 })}) ${fmt(m ** l.exponent, multiple)}`);
    return `Straight lines on log-log axes. For a model ${fmt(m, { kind: "multiple", digits: 2 })} smaller: ${parts.join("; ")}. ${rows.length} points in the table.`;
  },
});
