/**
 * Figure transfer/effective-data: effective data transferred D_T against fine-tuning data D_F for the
 * reader's model and one M× larger (eq 1.1), with the arrow joining points of equal D_T.
 */
import * as Plot from "@observablehq/plot";
import { transferDataForModelScale, transferredData } from "../../laws/index.ts";
import { defineFigure } from "../define.ts";
import { FG, MUTED, SERIES, decadeTicks, snapLogDomain } from "../figure.ts";
import { endLabelText, endLabels } from "../labels.ts";
import { logGrid } from "../numeric.ts";
import { text, preset, count, multiple, ratio, fmt, ticks } from "./shared.ts";
import type { P } from "./shared.ts";

/** One point of one line: effective data transferred at one fine-tuning data size, for one model. */
type R = { model: string; nonEmbeddingParams: number; fineTuneData: number; transferredData: number };

export default defineFigure<P, R>({
  title: "Effective data transferred by pre-training",
  caption: (p) =>
    `Effective data transferred D_T against fine-tuning data D_F for a ${fmt(p.nonEmbeddingParams, count)} model and one ${fmt(p.modelScale, { kind: "multiple", digits: 2 })} larger (α = ${fmt(p.alpha, ratio)}, β = ${fmt(p.beta, ratio)}, k of the text → Python row). The dashed arrow joins points of equal D_T. The fit was made in the low-data regime; far to the right it is an extrapolation.`,
  uses: ["modelScale", "alpha", "beta", "nonEmbeddingParams", "fineTuneData"],
  formula: String.raw`D_T = k\,D_F^{\alpha}\,N^{\beta}`,
  sources: ["hernandez2021"],
  constants: () => [text],
  columns: [
    { key: "model", label: "Model" },
    { key: "fineTuneData", label: "Fine-tuning data D_F (characters)", format: count },
    { key: "transferredData", label: "Effective data transferred D_T (characters)", format: count },
  ],
  compute: (p) => {
    const small = p.nonEmbeddingParams;
    const large = small * p.modelScale;
    const rows: R[] = [];
    for (const [label, n] of [
      [`${fmt(small, count)} params`, small],
      [`${fmt(large, count)} params`, large],
    ] as const) {
      for (const d of logGrid(1e3, 1e9, 25)) {
        rows.push({
          model: label,
          nonEmbeddingParams: n,
          fineTuneData: d,
          transferredData: transferredData({ fineTuneData: d, nonEmbeddingParams: n }, preset(p)),
        });
      }
    }
    return rows;
  },
  plot: (rows, p) => {
    const large = p.nonEmbeddingParams * p.modelScale;
    const factor = transferDataForModelScale({ modelScale: p.modelScale }, preset(p));
    const dt = transferredData({ fineTuneData: p.fineTuneData, nonEmbeddingParams: large }, preset(p));
    const models = [...new Set(rows.map((r) => r.model))];
    const ys = rows.map((r) => r.transferredData);
    const domain = snapLogDomain(Math.min(...ys) / 1.5, Math.max(...ys) * 1.5);
    const ends = endLabels(rows, "model", "fineTuneData", "transferredData", domain, models);
    // Keep the arrow inside the axis: beyond 1e9 it is drawn to the edge and its label says so.
    const x2 = Math.min(p.fineTuneData * factor, 1e9);
    return {
      marginRight: 104,
      x: { type: "log", label: "Fine-tuning data D_F (characters) →", domain: [1e3, 1e9], tickFormat: ticks },
      y: { type: "log", label: "↑ Effective data transferred D_T (characters)", domain, grid: true, ticks: decadeTicks(domain), tickFormat: ticks },
      color: { domain: models, range: [SERIES[0], SERIES[1]] },
      marks: [
        Plot.ruleX([p.fineTuneData], { stroke: MUTED, strokeOpacity: 0.5 }),
        Plot.line(rows, { x: "fineTuneData", y: "transferredData", stroke: "model", strokeWidth: 2 }),
        endLabelText(ends),
        Plot.link([{ x1: p.fineTuneData, x2, y: dt }], { x1: "x1", x2: "x2", y1: "y", y2: "y", stroke: FG, markerEnd: "arrow", strokeDasharray: "3,3" }),
        Plot.dot([{ x: p.fineTuneData, y: dt }], { x: "x", y: "y", fill: SERIES[1], r: 4 }),
        Plot.text([{ x: Math.sqrt(p.fineTuneData * x2), y: dt, label: `${fmt(factor, multiple)} more data` }], {
          x: "x",
          y: "y",
          text: "label",
          dy: -9,
          fill: FG,
        }),
      ],
    };
  },
  describe: (rows, p) => {
    const factor = transferDataForModelScale({ modelScale: p.modelScale }, preset(p));
    const small = p.nonEmbeddingParams;
    const dtSmall = transferredData({ fineTuneData: p.fineTuneData, nonEmbeddingParams: small }, preset(p));
    const dtLarge = transferredData({ fineTuneData: p.fineTuneData, nonEmbeddingParams: small * p.modelScale }, preset(p));
    return `Log-log lines: effective data transferred rises as a power ${fmt(p.alpha, ratio)} of fine-tuning data for both models. At ${fmt(p.fineTuneData, count)} characters of fine-tuning data the ${fmt(small, count)} model gains ${fmt(dtSmall, count)} characters of effective data and the ${fmt(small * p.modelScale, count)} model ${fmt(dtLarge, count)}. The smaller model needs ${fmt(factor, multiple)} as much fine-tuning data to match the larger one. ${rows.length} points in the table.`;
  },
});
