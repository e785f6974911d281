/**
 * Model for the essay "A 10× larger model is worth 100× more data: scaling laws for transfer"
 * (Hernandez et al. 2021, arXiv 2102.01293, eq 1.1–1.2, Table 1).
 */
import * as Plot from "@observablehq/plot";
import {
  hernandez2021MixToPython,
  hernandez2021TextToPython,
  transferDataForModelScale,
  transferMultiplier,
  transferredData,
} from "../laws/index.ts";
import { formatNumber } from "../lib/format.ts";
import { defineModel, type Params, type Row } from "./define.ts";
import { FG, MUTED, SERIES, logTicks } from "./figure.ts";

const text = hernandez2021TextToPython;
const mix = hernandez2021MixToPython;

type P = "modelScale" | "alpha" | "beta" | "nonEmbeddingParams" | "fineTuneData";

const preset = (p: Params<P>) => ({ ...text, alpha: p.alpha, beta: p.beta });

/** Log-spaced grid from lo to hi, `n` points. */
export function logGrid(lo: number, hi: number, n: number): number[] {
  const a = Math.log(lo);
  const b = Math.log(hi);
  return Array.from({ length: n }, (_, i) => Math.exp(a + ((b - a) * i) / (n - 1)));
}

const count = { kind: "count", digits: 3 } as const;

export default defineModel<P>({
  name: "transfer",
  title: "Scaling laws for transfer",
  params: {
    modelScale: {
      label: "model scale",
      default: 10,
      min: 1.5,
      max: 1000,
      step: 10 ** 0.1,
      scale: "log",
      unit: "larger model",
      format: { kind: "multiple", digits: 2 },
      description: "How many times more non-embedding parameters the larger model has.",
    },
    alpha: {
      label: "α (fine-tuning data exponent)",
      default: text.alpha,
      min: 0.05,
      max: 0.6,
      step: 0.01,
      scale: "linear",
      format: { kind: "fixed", digits: 2 },
      description: "Exponent of fine-tuning data in D_T = k·D_F^α·N^β (Table 1: 0.18 text→Python).",
    },
    beta: {
      label: "β (model size exponent)",
      default: text.beta,
      min: 0.05,
      max: 1,
      step: 0.01,
      scale: "linear",
      format: { kind: "fixed", digits: 2 },
      description: "Exponent of non-embedding parameters in D_T = k·D_F^α·N^β (Table 1: 0.38).",
    },
    nonEmbeddingParams: {
      label: "model size",
      default: 4e7,
      min: 1e6,
      max: 1e10,
      step: 10 ** 0.1,
      scale: "log",
      unit: "non-embedding parameters",
      format: { kind: "count", digits: 2 },
      description: "Non-embedding parameters of the smaller model (the paper's worked example uses 40M).",
    },
    fineTuneData: {
      label: "fine-tuning data",
      default: 3e5,
      min: 1e3,
      max: 1e9,
      step: 10 ** 0.1,
      scale: "log",
      unit: "characters",
      format: { kind: "count", digits: 2 },
      description: "Characters of Python fine-tuning data (the paper's worked example uses 3e5).",
    },
  },
  values: {
    dataFactor: {
      label: "fine-tuning data worth the larger model",
      format: { kind: "multiple", digits: 3 },
      compute: (p) => transferDataForModelScale({ modelScale: p.modelScale }, preset(p)),
    },
    exponentRatio: {
      label: "β/α",
      format: { kind: "fixed", digits: 2 },
      compute: (p) => p.beta / p.alpha,
    },
    ruleOfThumbFactor: {
      label: "data factor under β = 2α",
      format: { kind: "multiple", digits: 3 },
      compute: (p) => p.modelScale ** 2,
    },
    transferred: {
      label: "effective data transferred",
      unit: "characters",
      format: count,
      compute: (p) => transferredData({ fineTuneData: p.fineTuneData, nonEmbeddingParams: p.nonEmbeddingParams }, preset(p)),
    },
    multiplier: {
      label: "effective-data multiplier",
      format: { kind: "multiple", digits: 3 },
      compute: (p) => transferMultiplier({ fineTuneData: p.fineTuneData, nonEmbeddingParams: p.nonEmbeddingParams }, preset(p)),
    },
    largerParams: {
      label: "larger model",
      unit: "non-embedding parameters",
      format: { kind: "count", digits: 2 },
      compute: (p) => p.nonEmbeddingParams * p.modelScale,
    },
  },
  figures: {
    "effective-data": {
      title: "Effective data transferred by pre-training",
      caption: (p) =>
        `Effective data transferred D_T against fine-tuning data D_F for a ${formatNumber(p.nonEmbeddingParams, count)} model and one ${formatNumber(p.modelScale, { kind: "multiple", digits: 2 })} larger (α = ${p.alpha.toFixed(2)}, β = ${p.beta.toFixed(2)}). The arrow joins points of equal D_T.`,
      uses: ["modelScale", "alpha", "beta", "nonEmbeddingParams", "fineTuneData"],
      formula: String.raw`D_T = k\,D_F^{\alpha}\,N^{\beta}`,
      sources: ["hernandez2021"],
      columns: [
        { key: "model", label: "Model" },
        { key: "fineTuneData", label: "Fine-tuning data D_F (characters)", format: count },
        { key: "transferredData", label: "Effective data transferred D_T (characters)", format: count },
      ],
      compute: (p) => {
        const small = p.nonEmbeddingParams;
        const large = small * p.modelScale;
        const rows: Row[] = [];
        for (const [label, n] of [
          [`${formatNumber(small, count)} params`, small],
          [`${formatNumber(large, count)} params`, large],
        ] as const) {
          for (const d of logGrid(1e3, 1e9, 25)) {
            rows.push({ model: label, nonEmbeddingParams: n, fineTuneData: d, transferredData: transferredData({ fineTuneData: d, nonEmbeddingParams: n }, preset(p)) });
          }
        }
        return rows;
      },
      plot: (rows, p) => {
        const small = p.nonEmbeddingParams;
        const large = small * p.modelScale;
        const factor = transferDataForModelScale({ modelScale: p.modelScale }, preset(p));
        const dt = transferredData({ fineTuneData: p.fineTuneData, nonEmbeddingParams: large }, preset(p));
        const models = [...new Set(rows.map((r) => r.model as string))];
        const ends = models.map((m) => rows.filter((r) => r.model === m).at(-1)!);
        return {
          x: { type: "log", label: "Fine-tuning data D_F (characters) →", domain: [1e3, 1e9], tickFormat: (d: number) => logTicks(d) },
          y: { type: "log", label: "↑ Effective data transferred D_T (characters)", grid: true, tickFormat: (d: number) => logTicks(d) },
          color: { domain: models, range: [SERIES[0], SERIES[1]] },
          marks: [
            Plot.line(rows, { x: "fineTuneData", y: "transferredData", stroke: "model", strokeWidth: 2 }),
            Plot.text(ends, { x: "fineTuneData", y: "transferredData", text: "model", fill: "model", textAnchor: "start", dx: 6 }),
            Plot.link([{ x1: p.fineTuneData, x2: p.fineTuneData * factor, y: dt }], { x1: "x1", x2: "x2", y1: "y", y2: "y", stroke: FG, markerEnd: "arrow", strokeDasharray: "3,3" }),
            Plot.dot([{ x: p.fineTuneData, y: dt }], { x: "x", y: "y", fill: SERIES[1], r: 4 }),
            Plot.text([{ x: Math.sqrt(p.fineTuneData * p.fineTuneData * factor), y: dt, label: `${formatNumber(factor, { kind: "multiple", digits: 2 })} more data` }], { x: "x", y: "y", text: "label", dy: -9, fill: FG }),
            Plot.ruleX([p.fineTuneData], { stroke: MUTED, strokeOpacity: 0.5 }),
          ],
        };
      },
      describe: (rows, p) => {
        const factor = transferDataForModelScale({ modelScale: p.modelScale }, preset(p));
        const small = p.nonEmbeddingParams;
        const dtSmall = transferredData({ fineTuneData: p.fineTuneData, nonEmbeddingParams: small }, preset(p));
        const dtLarge = transferredData({ fineTuneData: p.fineTuneData, nonEmbeddingParams: small * p.modelScale }, preset(p));
        return `Log-log lines: effective data transferred rises as a power ${p.alpha.toFixed(2)} of fine-tuning data for both models. At ${formatNumber(p.fineTuneData, count)} characters of fine-tuning data the ${formatNumber(small, count)} model gains ${formatNumber(dtSmall, count)} characters of effective data and the ${formatNumber(small * p.modelScale, count)} model ${formatNumber(dtLarge, count)}. The smaller model needs ${formatNumber(factor, { kind: "multiple", digits: 3 })} as much fine-tuning data to match the larger one. ${rows.length} points in the table.`;
      },
    },
    "data-factor": {
      title: "How much data a larger model is worth",
      caption: "The fine-tuning data factor equal in effect to a model k× larger, from the fitted exponents of both rows of Table 1 and from the rule of thumb β = 2α. The dot marks the reader's model scale.",
      uses: ["modelScale", "alpha", "beta"],
      formula: String.raw`\frac{D_F'}{D_F} = M^{\beta/\alpha}`,
      sources: ["hernandez2021"],
      columns: [
        { key: "series", label: "Exponents" },
        { key: "modelScale", label: "Model scale M", format: { kind: "multiple", digits: 3 } },
        { key: "dataFactor", label: "Equivalent data factor", format: { kind: "multiple", digits: 3 } },
      ],
      compute: (p) => {
        const series: [string, number][] = [
          [`your α, β (β/α = ${(p.beta / p.alpha).toFixed(2)})`, p.beta / p.alpha],
          [`text→Python fit (β/α = ${(text.beta / text.alpha).toFixed(2)})`, text.beta / text.alpha],
          [`text+code→Python fit (β/α = ${(mix.beta / mix.alpha).toFixed(2)})`, mix.beta / mix.alpha],
          ["rule of thumb β = 2α", 2],
        ];
        return series.flatMap(([label, ratio]) => logGrid(1, 1000, 31).map((m) => ({ series: label, modelScale: m, dataFactor: m ** ratio })));
      },
      plot: (rows, p) => {
        const series = [...new Set(rows.map((r) => r.series as string))];
        const ends = series.map((s) => rows.filter((r) => r.series === s).at(-1)!);
        const here = { modelScale: p.modelScale, dataFactor: p.modelScale ** (p.beta / p.alpha) };
        return {
          marginRight: 16,
          x: { type: "log", label: "Model scale M (× non-embedding parameters) →", tickFormat: (d: number) => logTicks(d) },
          y: { type: "log", label: "↑ Equivalent fine-tuning data factor", grid: true, tickFormat: (d: number) => logTicks(d) },
          color: { domain: series, range: SERIES.slice(0, series.length) as unknown as string[] },
          marks: [
            Plot.line(rows.filter((d) => !String(d.series).startsWith("rule")), { x: "modelScale", y: "dataFactor", stroke: "series", strokeWidth: (d: Row) => (String(d.series).startsWith("your") ? 2.5 : 1.5) }),
            Plot.line(rows.filter((d) => String(d.series).startsWith("rule")), { x: "modelScale", y: "dataFactor", stroke: "series", strokeWidth: 1.5, strokeDasharray: "4,3" }),
            Plot.dot([here], { x: "modelScale", y: "dataFactor", fill: SERIES[0], r: 4.5 }),
            Plot.text(ends, { x: "modelScale", y: "dataFactor", text: "series", fill: "series", textAnchor: "end", dy: -8, fontSize: 11 }),
          ],
        };
      },
      describe: (rows, p) => {
        const at = (ratio: number) => formatNumber(p.modelScale ** ratio, { kind: "multiple", digits: 3 });
        return `Straight lines on log-log axes, slope β/α. For a ${formatNumber(p.modelScale, { kind: "multiple", digits: 2 })} larger model: your exponents give ${at(p.beta / p.alpha)} more data, the text→Python fit ${at(text.beta / text.alpha)}, the text+code fit ${at(mix.beta / mix.alpha)}, and the β = 2α rule ${at(2)}. ${rows.length} points in the table.`;
      },
    },
  },
});
