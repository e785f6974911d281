/**
 * Model for the essay "A 10× larger model is worth 100× more data: scaling laws for transfer"
 * (Hernandez et al. 2021, arXiv 2102.01293, eq 1.1–1.2, Table 1; constants read in summaries
 * of the paper, "secondary").
 */
import * as Plot from "@observablehq/plot";
import {
  hernandez2021MixToPython,
  hernandez2021TextToPython,
  transferDataForModelScale,
  transferMultiplier,
  transferredData,
  type TransferPreset,
} from "../laws/index.ts";
import { formatNumber, type FormatSpec } from "../lib/format.ts";
import { defineModel, type Params, type Row } from "./define.ts";
import { FG, MUTED, SERIES, decadeTicks, factorTick, logTicks, snapLogDomain } from "./figure.ts";
import { dodgeLog } from "./labels.ts";
import { logGrid } from "./numeric.ts";
import { describeTransferFit, exampleTransferPoints, TRANSFER_EXAMPLE } from "./transfer-fit.ts";

const text = hernandez2021TextToPython;
const mix = hernandez2021MixToPython;

/**
 * The paper's Figure 1 example, as inputs: a 40M non-embedding-parameter model fine-tuned on
 * 3e5 characters of Python, where D_T is about 1000× D_F, probably read off the measured loss
 * curves rather than computed from the fit (the summary does not say). Source: arXiv 2102.01293
 * Fig. 1 (secondary: read in a summary of the paper, seed 001).
 */
export const hernandez2021Figure1 = Object.freeze({ nonEmbeddingParams: 4e7, fineTuneData: 3e5, readOffMultiple: 1000 });

/** GPT-3's size, for the paper's §6.2 extrapolation: 175B parameters (Brown et al. 2020; embeddings are < 1% of it). */
export const GPT3_PARAMS = 1.75e11;

/** The "Estimate your own" worked example's fit (constant: it does not depend on the parameters), computed once. */
let exampleFitCache: ReturnType<typeof fitExample> | undefined;
function fitExample() {
  const result = describeTransferFit(exampleTransferPoints());
  if (!result.ok) throw new Error(`[model transfer] the worked example does not fit: ${result.message}`);
  return result.fit;
}
const exampleFit = () => (exampleFitCache ??= fitExample());

type P = "modelScale" | "alpha" | "beta" | "nonEmbeddingParams" | "fineTuneData";

/** The text → Python fit with the reader's exponents. */
const preset = (p: Params<P>): TransferPreset => ({ k: text.k, alpha: p.alpha, beta: p.beta });

const count: FormatSpec = { kind: "count", digits: 3 };
const multiple: FormatSpec = { kind: "multiple", digits: 3 };
const ratio: FormatSpec = { kind: "fixed", digits: 2 };
const fmt = formatNumber;
const sameExponents = (p: Params<P>, q: TransferPreset) => Math.abs(p.alpha - q.alpha) < 1e-9 && Math.abs(p.beta - q.beta) < 1e-9;

/** Effective data D_F + D_T of a pre-trained model (eq 1.1), in characters. */
const effectiveAt = (fineTuneData: number, nonEmbeddingParams: number, q: TransferPreset) =>
  fineTuneData + transferredData({ fineTuneData, nonEmbeddingParams }, q);

/** Model sizes the fixed-data figure draws: the model-size parameter's range, so the axis stays put. */
const SIZE_RANGE = [1e6, 1e12] as const;
/** Its y axis: every D_F in the fine-tuning-data range and every size above (10³ to ~6·10¹⁰ characters). */
const EFFECTIVE_DOMAIN: [number, number] = [1e2, 1e12];

/** Log-axis tick labels (1, 2, 5 × 10ⁿ) with the one formatter. */
const ticks = (d: number) => logTicks(d);

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
      default: hernandez2021Figure1.nonEmbeddingParams,
      min: 1e6,
      max: 1e12,
      step: 10 ** 0.1,
      scale: "log",
      unit: "non-embedding parameters",
      format: { kind: "count", digits: 2 },
      description: "Non-embedding parameters of the (smaller) model; the paper's worked example uses 40M.",
    },
    fineTuneData: {
      label: "fine-tuning data",
      default: hernandez2021Figure1.fineTuneData,
      min: 1e3,
      max: 1e9,
      step: 10 ** 0.1,
      scale: "log",
      unit: "characters",
      format: { kind: "count", digits: 2 },
      description: "Characters of Python fine-tuning data; the paper's worked example uses 3e5.",
    },
  },
  values: {
    // The trade-off between model size and data.
    dataFactor: {
      label: "fine-tuning data worth the larger model",
      format: multiple,
      compute: (p) => transferDataForModelScale({ modelScale: p.modelScale }, preset(p)),
    },
    exponentRatio: { label: "β/α", format: ratio, compute: (p) => p.beta / p.alpha },
    ruleOfThumbFactor: { label: "data factor under β = 2α", format: multiple, compute: (p) => p.modelScale ** 2 },
    fitOverRule: {
      label: "the fit's data factor over the rule of thumb's",
      format: { kind: "multiple", digits: 2 },
      compute: (p) => transferDataForModelScale({ modelScale: p.modelScale }, preset(p)) / p.modelScale ** 2,
    },
    textRatio: { label: "β/α, text → Python", format: ratio, compute: () => text.beta / text.alpha },
    mixRatio: { label: "β/α, text + code → Python", format: ratio, compute: () => mix.beta / mix.alpha },
    textDataFactor: {
      label: "data factor, text → Python fit",
      format: multiple,
      compute: (p) => transferDataForModelScale({ modelScale: p.modelScale }, text),
    },
    mixDataFactor: {
      label: "data factor, text + code → Python fit",
      format: multiple,
      compute: (p) => transferDataForModelScale({ modelScale: p.modelScale }, mix),
    },
    textFactorTen: {
      label: "data factor for a 10× larger model, text → Python fit",
      format: multiple,
      compute: () => transferDataForModelScale({ modelScale: 10 }, text),
    },
    modelScaleForHundredFit: {
      label: "model scale worth 100× more data (text → Python fit)",
      format: multiple,
      compute: () => 100 ** (text.alpha / text.beta),
    },
    dataFactorAlphaLow: {
      label: "data factor at the reader's model scale if α were 0.175 (0.18 before rounding, low end)",
      format: multiple,
      compute: (p) => p.modelScale ** (text.beta / (text.alpha - 0.005)),
    },
    dataFactorAlphaHigh: {
      label: "data factor at the reader's model scale if α were 0.185 (0.18 before rounding, high end)",
      format: multiple,
      compute: (p) => p.modelScale ** (text.beta / (text.alpha + 0.005)),
    },
    modelScaleForHundred: {
      label: "model scale worth 100× more data (reader's exponents)",
      format: multiple,
      compute: (p) => 100 ** (p.alpha / p.beta),
    },
    // At fixed fine-tuning data: from scratch against pre-trained (seed 001's contrast).
    fixedDataTenfold: {
      label: "effective data gained by a 10× larger pre-trained model at fixed D_F (text → Python)",
      format: multiple,
      compute: (p) => effectiveAt(p.fineTuneData, p.nonEmbeddingParams * 10, text) / effectiveAt(p.fineTuneData, p.nonEmbeddingParams, text),
    },
    fixedDataRangeGain: {
      label: "effective data of the largest over the smallest model drawn at fixed D_F (text → Python)",
      format: multiple,
      compute: (p) => effectiveAt(p.fineTuneData, SIZE_RANGE[1], text) / effectiveAt(p.fineTuneData, SIZE_RANGE[0], text),
    },
    sizeRangeLow: { label: "smallest model drawn", unit: "non-embedding parameters", format: { kind: "count", digits: 2 }, compute: () => SIZE_RANGE[0] },
    sizeRangeHigh: { label: "largest model drawn", unit: "non-embedding parameters", format: { kind: "count", digits: 2 }, compute: () => SIZE_RANGE[1] },
    // Table 1, shown from the presets so prose and code cannot disagree.
    textK: { label: "k, text → Python", format: { kind: "sci", digits: 2 }, compute: () => text.k },
    textAlpha: { label: "α, text → Python", format: { kind: "sig", digits: 2 }, compute: () => text.alpha },
    mixK: { label: "k, text + code → Python", format: { kind: "sci", digits: 2 }, compute: () => mix.k },
    mixAlpha: { label: "α, text + code → Python", format: { kind: "sig", digits: 2 }, compute: () => mix.alpha },
    sharedBeta: { label: "β, both rows", format: { kind: "sig", digits: 2 }, compute: () => text.beta },
    // What D_T means at the reader's model and data.
    transferred: {
      label: "effective data transferred",
      unit: "characters",
      format: count,
      compute: (p) => transferredData({ fineTuneData: p.fineTuneData, nonEmbeddingParams: p.nonEmbeddingParams }, preset(p)),
    },
    effectiveTotal: {
      label: "effective data D_F + D_T",
      unit: "characters",
      format: count,
      compute: (p) => p.fineTuneData + transferredData({ fineTuneData: p.fineTuneData, nonEmbeddingParams: p.nonEmbeddingParams }, preset(p)),
    },
    multiplier: {
      label: "effective-data multiplier",
      format: multiple,
      compute: (p) => transferMultiplier({ fineTuneData: p.fineTuneData, nonEmbeddingParams: p.nonEmbeddingParams }, preset(p)),
    },
    largerParams: {
      label: "larger model",
      unit: "non-embedding parameters",
      format: { kind: "count", digits: 2 },
      compute: (p) => p.nonEmbeddingParams * p.modelScale,
    },
    tenfoldData: { label: "D_T gain from 10× more fine-tuning data", format: multiple, compute: (p) => 10 ** p.alpha },
    tenfoldModel: { label: "D_T gain from a 10× larger model", format: multiple, compute: (p) => 10 ** p.beta },
    // Text vs text + code at the reader's model and data.
    multiplierText: {
      label: "multiplier, text → Python",
      format: multiple,
      compute: (p) => transferMultiplier({ fineTuneData: p.fineTuneData, nonEmbeddingParams: p.nonEmbeddingParams }, text),
    },
    multiplierMix: {
      label: "multiplier, text + code → Python",
      format: multiple,
      compute: (p) => transferMultiplier({ fineTuneData: p.fineTuneData, nonEmbeddingParams: p.nonEmbeddingParams }, mix),
    },
    mixOverText: {
      label: "D_T ratio, text + code over text",
      format: { kind: "multiple", digits: 2 },
      compute: (p) => (p.fineTuneData ** mix.alpha * mix.k) / (p.fineTuneData ** text.alpha * text.k),
    },
    crossoverData: {
      label: "fine-tuning data where the two rows transfer equally",
      unit: "characters",
      format: { kind: "sci", digits: 2 },
      // k_m·D^α_m = k_t·D^α_t ⇒ D = (k_m/k_t)^(1/(α_t − α_m)) (β is shared, so N cancels).
      compute: () => Math.exp(Math.log(mix.k / text.k) / (text.alpha - mix.alpha)),
    },
    // The paper's worked example against the fit.
    exampleReadOff: { label: "Figure 1 read-off multiple", format: { kind: "multiple", digits: 1 }, compute: () => hernandez2021Figure1.readOffMultiple },
    exampleParams: { label: "worked-example model", format: { kind: "count", digits: 2 }, compute: () => hernandez2021Figure1.nonEmbeddingParams },
    exampleData: { label: "worked-example data", format: { kind: "count", digits: 2 }, compute: () => hernandez2021Figure1.fineTuneData },
    exampleTransferredText: {
      label: "D_T at the worked example, text → Python fit",
      unit: "characters",
      format: count,
      compute: () => transferredData(hernandez2021Figure1Point(), text),
    },
    exampleMultiplierText: {
      label: "multiplier at the worked example, text → Python fit",
      format: multiple,
      compute: () => transferMultiplier(hernandez2021Figure1Point(), text),
    },
    exampleMultiplierMix: {
      label: "multiplier at the worked example, text + code fit",
      format: multiple,
      compute: () => transferMultiplier(hernandez2021Figure1Point(), mix),
    },
    readOffOverFit: {
      label: "read-off multiple over the text → Python fit",
      format: { kind: "multiple", digits: 2 },
      compute: () => hernandez2021Figure1.readOffMultiple / transferMultiplier(hernandez2021Figure1Point(), text),
    },
    // "Estimate your own": the worked example's fit.
    examplePoints: { label: "worked-example fine-tunes", format: { kind: "count", digits: 2 }, compute: () => exampleFit().n },
    exampleNoise: { label: "worked-example noise", format: { kind: "percent", digits: 2 }, compute: () => Math.expm1(TRANSFER_EXAMPLE.noise) },
    exampleFitAlpha: { label: "fitted α, worked example", format: { kind: "sig", digits: 2 }, compute: () => exampleFit().estimate.alpha },
    exampleFitAlphaSe: { label: "standard error of α, worked example", format: { kind: "sig", digits: 1 }, compute: () => exampleFit().standardErrors.alpha },
    exampleFitBeta: { label: "fitted β, worked example", format: { kind: "sig", digits: 2 }, compute: () => exampleFit().estimate.beta },
    exampleFitBetaSe: {
      label: "standard error of β, worked example",
      format: { kind: "sig", digits: 1 },
      compute: () => exampleFit().standardErrors.beta ?? Number.NaN,
    },
    exampleFitRatio: { label: "fitted β/α, worked example", format: ratio, compute: () => exampleFit().estimate.beta / exampleFit().estimate.alpha },
    exampleFitFactor: {
      label: "data factor for a 10× model from the worked example's fit",
      format: multiple,
      compute: () => 10 ** (exampleFit().estimate.beta / exampleFit().estimate.alpha),
    },
    exampleAlphaOff: {
      label: "standard errors between the example's α and the preset's",
      format: { kind: "sig", digits: 2 },
      compute: () => Math.abs(exampleFit().estimate.alpha - text.alpha) / exampleFit().standardErrors.alpha,
    },
    // §6.2: extrapolating to GPT-3's size.
    gpt3Params: { label: "GPT-3", format: { kind: "count", digits: 3 }, compute: () => GPT3_PARAMS },
    gpt3Transferred: {
      label: "D_T for a GPT-3-sized model",
      unit: "characters",
      format: count,
      compute: (p) => transferredData({ fineTuneData: p.fineTuneData, nonEmbeddingParams: GPT3_PARAMS }, preset(p)),
    },
    gpt3Multiplier: {
      label: "multiplier for a GPT-3-sized model",
      format: multiple,
      compute: (p) => transferMultiplier({ fineTuneData: p.fineTuneData, nonEmbeddingParams: GPT3_PARAMS }, preset(p)),
    },
    gpt3OverModel: {
      label: "GPT-3 size over the reader's model",
      format: { kind: "multiple", digits: 2 },
      compute: (p) => GPT3_PARAMS / p.nonEmbeddingParams,
    },
  },
  figures: {
    "effective-data": {
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
        const rows: Row[] = [];
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
        const models = [...new Set(rows.map((r) => r.model as string))];
        const ys = rows.map((r) => r.transferredData as number);
        const domain = snapLogDomain(Math.min(...ys) / 1.5, Math.max(...ys) * 1.5);
        const ends = dodgeLog(
          models.map((m) => {
            const end = rows.filter((r) => r.model === m).at(-1)!;
            return { model: m, x: end.fineTuneData as number, y: end.transferredData as number };
          }),
          domain,
        );
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
            Plot.text(ends, { x: "x", y: "labelY", text: "model", fill: "model", textAnchor: "start", dx: 6 }),
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
    },
    "fixed-data": {
      title: "At fixed fine-tuning data, only the pre-trained model keeps gaining with size",
      caption: (p) =>
        `Effective data against model size at a fixed ${fmt(p.fineTuneData, count)} characters of Python. Trained from scratch, a model of any size has exactly D_F: once it is large enough to be data-limited, a larger one learns no more. Pre-trained, it has D_F + D_T, and D_T grows as N^β (eq 1.1, both rows of Table 1). The dots mark the reader's model size. The law gives effective data, not loss; it was fitted in the low-data regime.`,
      uses: ["fineTuneData", "nonEmbeddingParams"],
      formula: String.raw`D_\text{eff} = D_F\ \text{(from scratch)},\quad D_\text{eff} = D_F + k\,D_F^{\alpha}N^{\beta}\ \text{(pre-trained)}`,
      sources: ["hernandez2021"],
      constants: () => [text, mix],
      columns: [
        { key: "series", label: "Training" },
        { key: "nonEmbeddingParams", label: "Model size N (non-embedding parameters)", format: count },
        { key: "effectiveData", label: "Effective data (characters of Python)", format: count },
      ],
      compute: (p) => {
        const rows: Row[] = [];
        for (const n of logGrid(SIZE_RANGE[0], SIZE_RANGE[1], 25)) rows.push({ series: "from scratch", nonEmbeddingParams: n, effectiveData: p.fineTuneData });
        for (const [label, q] of [
          ["pre-trained on text", text],
          ["pre-trained on text + code", mix],
        ] as const) {
          for (const n of logGrid(SIZE_RANGE[0], SIZE_RANGE[1], 25))
            rows.push({ series: label, nonEmbeddingParams: n, effectiveData: effectiveAt(p.fineTuneData, n, q) });
        }
        return rows;
      },
      plot: (rows, p) => {
        const series = ["from scratch", "pre-trained on text", "pre-trained on text + code"];
        const ends = dodgeLog(
          series.map((s) => {
            const end = rows.filter((r) => r.series === s).at(-1)!;
            return { series: s, x: end.nonEmbeddingParams as number, y: end.effectiveData as number };
          }),
          EFFECTIVE_DOMAIN,
        );
        const here = [
          { x: p.nonEmbeddingParams, y: p.fineTuneData, series: "from scratch" },
          { x: p.nonEmbeddingParams, y: effectiveAt(p.fineTuneData, p.nonEmbeddingParams, text), series: "pre-trained on text" },
        ];
        return {
          marginRight: 172,
          x: {
            type: "log",
            label: "Model size N (non-embedding parameters) →",
            domain: [...SIZE_RANGE],
            tickFormat: (d: number) => (Math.round(Math.log10(d)) % 2 === 0 && Math.abs(Math.log10(d) % 1) < 1e-9 ? ticks(d) : ""),
          },
          y: {
            type: "log",
            label: "↑ Effective data (characters of Python)",
            domain: EFFECTIVE_DOMAIN,
            grid: true,
            ticks: decadeTicks(EFFECTIVE_DOMAIN),
            tickFormat: ticks,
          },
          color: { domain: series, range: [MUTED, SERIES[1], SERIES[2]] },
          marks: [
            Plot.ruleX([p.nonEmbeddingParams], { stroke: MUTED, strokeOpacity: 0.5 }),
            Plot.line(
              rows.filter((r) => r.series === "from scratch"),
              { x: "nonEmbeddingParams", y: "effectiveData", stroke: "series", strokeWidth: 2, strokeDasharray: "5,4" },
            ),
            Plot.line(
              rows.filter((r) => r.series !== "from scratch"),
              { x: "nonEmbeddingParams", y: "effectiveData", stroke: "series", strokeWidth: 2 },
            ),
            Plot.dot(here, { x: "x", y: "y", fill: "series", r: 4 }),
            Plot.text(ends, { x: "x", y: "labelY", text: "series", fill: "series", textAnchor: "start", dx: 6, fontSize: 11 }),
          ],
        };
      },
      describe: (rows, p) => {
        const at = (n: number, q: TransferPreset) => fmt(effectiveAt(p.fineTuneData, n, q), count);
        return `A flat dashed line for from-scratch training at ${fmt(p.fineTuneData, count)} characters, and two rising straight lines on log-log axes (slope ${fmt(text.beta, { kind: "sig", digits: 2 })} where D_T dominates) for pre-trained models. From ${fmt(SIZE_RANGE[0], count)} to ${fmt(SIZE_RANGE[1], count)} non-embedding parameters, text pre-training takes effective data from ${at(SIZE_RANGE[0], text)} to ${at(SIZE_RANGE[1], text)} characters and text + code from ${at(SIZE_RANGE[0], mix)} to ${at(SIZE_RANGE[1], mix)}; from scratch it stays at ${fmt(p.fineTuneData, count)}. At the reader's ${fmt(p.nonEmbeddingParams, count)} model, a 10× larger pre-trained model has ${fmt(effectiveAt(p.fineTuneData, p.nonEmbeddingParams * 10, text) / effectiveAt(p.fineTuneData, p.nonEmbeddingParams, text), multiple)} the effective data (text). ${rows.length} points in the table.`;
      },
    },
    "data-factor": {
      title: "How much data a larger model is worth",
      caption:
        "The fine-tuning data factor equal in effect to a model M× larger, M^(β/α): from the reader's exponents, from both rows of Table 1 and from the rule of thumb β = 2α. The dot marks the reader's model scale. Where the reader's exponents equal a row of Table 1, the two lines are one.",
      uses: ["modelScale", "alpha", "beta"],
      formula: String.raw`\frac{D_F'}{D_F} = M^{\beta/\alpha}`,
      sources: ["hernandez2021"],
      constants: () => [text, mix],
      columns: [
        { key: "series", label: "Exponents" },
        { key: "modelScale", label: "Model scale M", format: multiple },
        { key: "dataFactor", label: "Equivalent data factor", format: multiple },
      ],
      compute: (p) => {
        const rowsOf = (label: string, r: number) => logGrid(1, 1000, 31).map((m) => ({ series: label, ratio: r, modelScale: m, dataFactor: m ** r }));
        const textLabel = `text→Python (${fmt(text.beta / text.alpha, ratio)})`;
        const mixLabel = `text+code (${fmt(mix.beta / mix.alpha, ratio)})`;
        const yours = `your α, β (${fmt(p.beta / p.alpha, ratio)})`;
        const series: [string, number][] = [];
        if (sameExponents(p, text)) series.push([`${textLabel} = yours`, text.beta / text.alpha], [mixLabel, mix.beta / mix.alpha]);
        else if (sameExponents(p, mix)) series.push([textLabel, text.beta / text.alpha], [`${mixLabel} = yours`, mix.beta / mix.alpha]);
        else series.push([yours, p.beta / p.alpha], [textLabel, text.beta / text.alpha], [mixLabel, mix.beta / mix.alpha]);
        series.push(["rule β = 2α (2.00)", 2]);
        return series.flatMap(([label, r]) => rowsOf(label, r));
      },
      plot: (rows, p) => {
        const series = [...new Set(rows.map((r) => r.series as string))];
        const here = { modelScale: p.modelScale, dataFactor: p.modelScale ** (p.beta / p.alpha) };
        const top = Math.max(...rows.map((r) => r.dataFactor as number));
        const domain: [number, number] = [1, top * 1.2];
        const ends = dodgeLog(
          series.map((s) => {
            const end = rows.filter((r) => r.series === s).at(-1)!;
            return { series: s, x: end.modelScale as number, y: end.dataFactor as number };
          }),
          domain,
        );
        const isRule = (r: Row) => String(r.series).startsWith("rule");
        const isYours = (r: Row) => String(r.series).includes("your");
        const colours = series.map((s) => (s.startsWith("rule") ? MUTED : s.startsWith("your") ? SERIES[0] : s.startsWith("text→") ? SERIES[1] : SERIES[2]));
        return {
          marginRight: 150,
          x: { type: "log", label: "Model scale M (× non-embedding parameters) →", tickFormat: (d: number) => (logTicks(d) ? factorTick(d) : "") },
          y: { type: "log", label: "↑ Equivalent fine-tuning data factor", domain, grid: true, ticks: decadeTicks(domain), tickFormat: factorTick },
          color: { domain: series, range: colours },
          marks: [
            Plot.line(
              rows.filter((r) => !isRule(r) && !isYours(r)),
              { x: "modelScale", y: "dataFactor", stroke: "series", strokeWidth: 1.5 },
            ),
            Plot.line(rows.filter(isRule), { x: "modelScale", y: "dataFactor", stroke: "series", strokeWidth: 1.5, strokeDasharray: "4,3" }),
            Plot.line(rows.filter(isYours), { x: "modelScale", y: "dataFactor", stroke: "series", strokeWidth: 2.5 }),
            Plot.ruleX([p.modelScale], { stroke: MUTED, strokeOpacity: 0.5 }),
            Plot.dot([here], { x: "modelScale", y: "dataFactor", fill: FG, r: 4.5 }),
            Plot.text(ends, { x: "x", y: "labelY", text: "series", fill: "series", textAnchor: "start", dx: 6, fontSize: 11 }),
          ],
        };
      },
      describe: (rows, p) => {
        const at = (r: number) => fmt(p.modelScale ** r, multiple);
        return `Straight lines on log-log axes, slope β/α. For a ${fmt(p.modelScale, { kind: "multiple", digits: 2 })} larger model: your exponents (β/α = ${fmt(p.beta / p.alpha, ratio)}) give ${at(p.beta / p.alpha)} more data, the text→Python fit ${at(text.beta / text.alpha)}, the text+code fit ${at(mix.beta / mix.alpha)}, and the β = 2α rule ${at(2)}. ${rows.length} points in the table.`;
      },
    },
    "text-vs-code": {
      title: "What pre-training on code buys: the multiplier",
      caption: (p) =>
        `The effective-data multiplier (D_F + D_T)/D_F for a ${fmt(p.nonEmbeddingParams, count)} model from the two rows of Table 1, against fine-tuning data. The ring marks the paper's Figure 1 example (a 40M model, 3e5 characters, about 1000×), probably read off measured curves rather than computed from either fit; the filled dots are the fits at the reader's fine-tuning data.`,
      uses: ["nonEmbeddingParams", "fineTuneData"],
      formula: String.raw`\frac{D_F + D_T}{D_F} = 1 + k\,D_F^{\alpha-1}N^{\beta}`,
      sources: ["hernandez2021"],
      constants: () => [text, mix],
      columns: [
        { key: "series", label: "Pre-training" },
        { key: "fineTuneData", label: "Fine-tuning data D_F (characters)", format: count },
        { key: "multiplier", label: "Multiplier (D_F + D_T)/D_F", format: multiple },
      ],
      compute: (p) =>
        (
          [
            ["text → Python", text],
            ["text + code → Python", mix],
          ] as const
        ).flatMap(([label, q]) =>
          logGrid(1e3, 1e9, 25).map((d) => ({
            series: label,
            fineTuneData: d,
            multiplier: transferMultiplier({ fineTuneData: d, nonEmbeddingParams: p.nonEmbeddingParams }, q),
          })),
        ),
      plot: (rows, p) => {
        const series = ["text → Python", "text + code → Python"];
        const ys = rows.map((r) => r.multiplier as number);
        const domain: [number, number] = [1, snapLogDomain(1, Math.max(...ys, hernandez2021Figure1.readOffMultiple) * 1.5)[1]];
        const ends = dodgeLog(
          series.map((s) => {
            const end = rows.filter((r) => r.series === s).at(-1)!;
            return { series: s, x: end.fineTuneData as number, y: end.multiplier as number };
          }),
          domain,
        );
        const here = (
          [
            ["text → Python", text],
            ["text + code → Python", mix],
          ] as const
        ).map(([s, q]) => ({
          series: s,
          x: p.fineTuneData,
          y: transferMultiplier({ fineTuneData: p.fineTuneData, nonEmbeddingParams: p.nonEmbeddingParams }, q),
        }));
        const paper = { x: hernandez2021Figure1.fineTuneData, y: hernandez2021Figure1.readOffMultiple, label: "Fig. 1 read-off (40M)" };
        return {
          marginRight: 128,
          x: { type: "log", label: "Fine-tuning data D_F (characters) →", domain: [1e3, 1e9], tickFormat: ticks },
          y: { type: "log", label: "↑ Effective-data multiplier (D_F + D_T)/D_F", domain, grid: true, ticks: decadeTicks(domain), tickFormat: factorTick },
          color: { domain: series, range: [SERIES[1], SERIES[2]] },
          marks: [
            Plot.line(rows, { x: "fineTuneData", y: "multiplier", stroke: "series", strokeWidth: 2 }),
            Plot.text(ends, { x: "x", y: "labelY", text: "series", fill: "series", textAnchor: "start", dx: 6, fontSize: 11 }),
            Plot.dot(here, { x: "x", y: "y", fill: "series", r: 4 }),
            Plot.dot([paper], { x: "x", y: "y", stroke: FG, strokeWidth: 1.5, r: 6 }),
            Plot.text([paper], { x: "x", y: "y", text: "label", dx: 10, textAnchor: "start", fill: FG, fontSize: 11 }),
          ],
        };
      },
      describe: (rows, p) => {
        const at = (q: TransferPreset) => fmt(transferMultiplier({ fineTuneData: p.fineTuneData, nonEmbeddingParams: p.nonEmbeddingParams }, q), multiple);
        return `Two falling curves on log-log axes. For a ${fmt(p.nonEmbeddingParams, count)} model at ${fmt(p.fineTuneData, count)} characters of fine-tuning data the multiplier is ${at(text)} after pre-training on text and ${at(mix)} after text + code. The text + code curve starts higher and falls faster (α = ${fmt(mix.alpha, { kind: "sig", digits: 2 })} against ${fmt(text.alpha, { kind: "sig", digits: 2 })}). The paper's read-off example is ${fmt(hernandez2021Figure1.readOffMultiple, { kind: "multiple", digits: 1 })} at 40M and 300k characters; the text → Python fit gives ${fmt(transferMultiplier(hernandez2021Figure1Point(), text), multiple)} there. ${rows.length} points in the table.`;
      },
    },
  },
});

/** The worked example as fit inputs. */
function hernandez2021Figure1Point() {
  return { fineTuneData: hernandez2021Figure1.fineTuneData, nonEmbeddingParams: hernandez2021Figure1.nonEmbeddingParams };
}
