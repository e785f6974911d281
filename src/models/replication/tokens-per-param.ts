/** Figure replication/tokens-per-param: Tokens per parameter at the compute-optimal point (one file per figure; the model is index.ts). */
import * as Plot from "@observablehq/plot";
import { hoffmann2022Chinchilla, hoffmann2022Table3 } from "../../laws/index.ts";
import { formatNumber, superscript } from "../../lib/format.ts";
import { defineFigure } from "../define.ts";
import { FG, MUTED, SHADE } from "../figure.ts";
import { logGrid } from "../numeric.ts";
import { constantSets, setColor, dataMaxFlops, sci, tpp, tokensPerParam } from "./shared.ts";
import type { P } from "./shared.ts";

/** Chinchilla's size and data as the figure names them ("70B, 1.4T"), from the law module. */
const CHINCHILLA_SHORT = `${formatNumber(hoffmann2022Chinchilla.params, { kind: "count", digits: 2 })}, ${formatNumber(hoffmann2022Chinchilla.tokens, { kind: "count", digits: 2 })}`;

/** One point of tokens per parameter against compute: a constant set's curve, a Table 3 row, or Chinchilla itself. */
type R = { series: string; key: string; flops: number; tokensPerParam: number };

export default defineFigure<P, R>({
  title: "Tokens per parameter at the compute-optimal point",
  caption: (p) =>
    `D_opt/N_opt against training compute for each set of constants, with Approach 1's projections from Table 3 as dots and Chinchilla itself (${CHINCHILLA_SHORT} tokens) as a ring. The vertical rule marks the reader's budget, ${formatNumber(p.budget, sci)} FLOPs; the shaded region lies beyond the largest budget in the extracted data.`,
  uses: ["budget"],
  sources: ["hoffmann2022", "besiroglu2024", "epochAnalyzingChinchilla"],
  constants: () => [...constantSets.map((s) => s.preset), hoffmann2022Table3],
  formula: String.raw`\frac{D_{\text{opt}}}{N_{\text{opt}}} = G^{-2}\left(\frac{C}{6}\right)^{b-a}`,
  columns: [
    { key: "series", label: "Constants" },
    { key: "flops", label: "Compute C (FLOPs)", format: sci },
    { key: "tokensPerParam", label: "Tokens per parameter", format: tpp },
  ],
  compute: () => {
    const rows: R[] = [];
    for (const set of constantSets) {
      for (const flops of logGrid(1e18, 1e28, 41)) rows.push({ series: set.label, key: set.key, flops, tokensPerParam: tokensPerParam(set.preset, flops) });
    }
    for (const r of hoffmann2022Table3.rows) rows.push({ series: "Approach 1 (Table 3)", key: "table3", flops: r.flops, tokensPerParam: r.tokens / r.params });
    rows.push({
      series: `Chinchilla (${CHINCHILLA_SHORT})`,
      key: "chinchilla",
      flops: 6 * hoffmann2022Chinchilla.params * hoffmann2022Chinchilla.tokens,
      tokensPerParam: hoffmann2022Chinchilla.tokens / hoffmann2022Chinchilla.params,
    });
    return rows;
  },
  plot: (rows, p) => {
    const curves = rows.filter((r) => constantSets.some((s) => s.key === r.key));
    const ends = constantSets.map((s) => curves.filter((r) => r.key === s.key).at(-1)!);
    const table3 = rows.filter((r) => r.key === "table3");
    const chin = rows.filter((r) => r.key === "chinchilla");
    return {
      marginRight: 170,
      x: {
        type: "log",
        label: "Training compute C (FLOPs) →",
        domain: [1e18, 1e28],
        ticks: logGrid(1e18, 1e28, 11),
        tickFormat: (d: number) => {
          const e = Math.round(Math.log10(d));
          return e % 2 === 0 ? `10${superscript(e)}` : "";
        },
      },
      y: {
        type: "log",
        label: "↑ Tokens per parameter",
        domain: [5, 300],
        grid: true,
        ticks: [5, 10, 20, 50, 100, 200],
        tickFormat: (d: number) => formatNumber(d, { kind: "sig", digits: 2 }),
      },
      color: { domain: constantSets.map((s) => s.key), range: constantSets.map((s) => setColor[s.key]!) },
      marks: [
        Plot.rectX([{ x1: dataMaxFlops, x2: 1e28 }], { x1: "x1", x2: "x2", fill: SHADE }),
        Plot.text([{ x: dataMaxFlops }], {
          x: "x",
          frameAnchor: "bottom",
          text: () => "beyond the data →",
          textAnchor: "start",
          dx: 4,
          dy: -6,
          fill: MUTED,
        }),
        Plot.ruleX([p.budget], { stroke: MUTED, strokeDasharray: "3,3" }),
        Plot.line(curves, { x: "flops", y: "tokensPerParam", z: "key", stroke: "key", strokeWidth: 2 }),
        // The two refits nearly coincide: nudge their labels apart.
        Plot.text(
          ends.filter((r) => r.key === "printed" || r.key === "unrounded"),
          { x: "flops", y: "tokensPerParam", text: "series", fill: "key", textAnchor: "start", dx: 6 },
        ),
        Plot.text(
          ends.filter((r) => r.key === "besiroglu"),
          { x: "flops", y: "tokensPerParam", text: "series", fill: "key", textAnchor: "start", dx: 6, dy: -7 },
        ),
        Plot.text(
          ends.filter((r) => r.key === "gridFit"),
          { x: "flops", y: "tokensPerParam", text: "series", fill: "key", textAnchor: "start", dx: 6, dy: 7 },
        ),
        Plot.dot(table3, { x: "flops", y: "tokensPerParam", fill: FG, r: 3.5 }),
        Plot.dot(chin, { x: "flops", y: "tokensPerParam", stroke: FG, r: 6, strokeWidth: 1.5 }),
        Plot.text(chin, { x: "flops", y: "tokensPerParam", text: () => "Chinchilla", dy: 16, fill: FG }),
        Plot.text(table3.slice(-2, -1), { x: "flops", y: "tokensPerParam", text: () => "Table 3 (Approach 1)", dy: -12, fill: FG }),
      ],
    };
  },
  describe: (_rows, p) => {
    const at = constantSets.map((s) => `${s.label} ${formatNumber(tokensPerParam(s.preset, p.budget), tpp)}`);
    return `Log-log lines of tokens per parameter against compute. At ${formatNumber(p.budget, sci)} FLOPs: ${at.join(", ")}. Chinchilla was trained at ${formatNumber(hoffmann2022Chinchilla.tokens / hoffmann2022Chinchilla.params, tpp)} tokens per parameter; Table 3's projections stay between ${formatNumber(Math.min(...hoffmann2022Table3.rows.map((r) => r.tokens / r.params)), tpp)} and ${formatNumber(Math.max(...hoffmann2022Table3.rows.map((r) => r.tokens / r.params)), tpp)}. The extracted data end at ${formatNumber(dataMaxFlops, sci)} FLOPs.`;
  },
});
