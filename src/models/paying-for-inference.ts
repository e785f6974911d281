/**
 * Model for the essay "Paying for inference: why models are now trained far past
 * compute-optimal" (content/essays/paying-for-inference.mdx). Sardana et al. 2023 (arXiv
 * 2401.00448) minimise lifetime compute 6·N·D_train + 2·N·D_inference at a fixed loss under a
 * Chinchilla-form fit; the law module's inferenceOptimal does it for any fit. The quality target
 * is "as good as the Chinchilla-optimal model of N parameters" under the same fit, so every fit
 * starts from the same model size at zero inference. Pure; every number from the law module.
 */
import * as Plot from "@observablehq/plot";
import {
  chinchillaAllocationExponents,
  chinchillaLoss,
  chinchillaOptimal,
  chinchillaTokensForLoss,
  chinchillaTokensPerParam,
  defaultChinchillaFit,
  hoffmann2022,
  hoffmann2022Unrounded,
  impliedInferenceTokens,
  inferenceOptimal,
  type ChinchillaPreset,
  type PresetSource,
} from "../laws/index.ts";
import { formatNumber, type FormatSpec } from "../lib/format.ts";
import { CHINCHILLA_FIT_RANGE } from "./chinchilla-range.ts";
import { defineModel, type Params, type Row } from "./define.ts";
import { FG, MUTED, SERIES, logTicks } from "./figure.ts";
import { logGrid, memoize } from "./numeric.ts";

type P = "targetParams" | "inferenceTokens";

const sci: FormatSpec = { kind: "sci", digits: 2 };
const count: FormatSpec = { kind: "count", digits: 3 };
const ratio: FormatSpec = { kind: "sig", digits: 3 };
const pct: FormatSpec = { kind: "percent", digits: 2 };
const mult: FormatSpec = { kind: "multiple", digits: 3 };
const loss: FormatSpec = { kind: "fixed", digits: 3 };

/** The fits the essay compares, the site default first. */
const FITS: readonly { key: string; label: string; preset: ChinchillaPreset; color: string }[] = [
  { key: "default", label: "Besiroglu et al. refit (site default)", preset: defaultChinchillaFit, color: SERIES[0] },
  { key: "unrounded", label: "Hoffmann et al., unrounded", preset: hoffmann2022Unrounded, color: SERIES[2] },
  { key: "printed", label: "Hoffmann et al., printed", preset: hoffmann2022, color: SERIES[1] },
];
/** Vertical nudges of the end labels: the Hoffmann curves end within a few pixels of each other. */
const LABEL_DY: Record<string, number> = { [FITS[1]!.label]: 12, [FITS[2]!.label]: -6 };
const fitOf = (key: string) => FITS.find((f) => f.key === key)!.preset;

/** A published model: parameters (as its card names them) and pretraining tokens, with where they were read. */
interface Release {
  readonly key: string;
  readonly label: string;
  readonly params: number;
  readonly tokens: number;
  readonly source: PresetSource;
}

/**
 * Release facts. Chinchilla: 70B on 1.4T tokens (arXiv 2203.15556 Table 1). Llama 2 7B: 2.0T tokens
 * (model card, meta-llama/llama MODEL_CARD.md @689c7f2). Llama 3 8B: "15T+" tokens, "over 15
 * trillion" (meta-llama/llama3 MODEL_CARD.md @a0940f9): 15T is a lower bound. Parameter counts are
 * the cards' nominal sizes (all parameters).
 */
export const RELEASES: readonly Release[] = Object.freeze([
  {
    key: "chinchilla",
    label: "Chinchilla 70B",
    params: 70e9,
    tokens: 1.4e12,
    source: { id: "hoffmann2022", arxiv: "2203.15556", where: "Table 1 (Chinchilla: 70B parameters, 1.4T tokens)", verification: "paper" },
  },
  {
    key: "llama2",
    label: "Llama 2 7B",
    params: 7e9,
    tokens: 2e12,
    source: {
      id: "touvron2023",
      url: "https://github.com/meta-llama/llama",
      commit: "689c7f2",
      where: "MODEL_CARD.md (7B, 2.0T tokens)",
      verification: "code",
    },
  },
  {
    key: "llama3",
    label: "Llama 3 8B",
    params: 8e9,
    tokens: 15e12,
    source: {
      id: "meta2024llama3",
      url: "https://github.com/meta-llama/llama3",
      commit: "a0940f9",
      where: "MODEL_CARD.md (8B, 15T+ tokens)",
      verification: "code",
    },
  },
] as const);
const release = (key: string) => RELEASES.find((r) => r.key === key)!;

/** The Chinchilla-optimal model of `params` parameters under a fit (N_opt ∝ C^a exactly, so scale a reference budget). */
function chinchillaAt(params: number, preset: ChinchillaPreset): { params: number; tokens: number; flops: number } {
  const ref = chinchillaOptimal({ flops: 1e21 }, preset);
  const flops = 1e21 * Math.exp(Math.log(params / ref.params) / chinchillaAllocationExponents(preset).a);
  const o = chinchillaOptimal({ flops }, preset);
  return { ...o, flops };
}

interface Scenario {
  loss: number;
  chin: { params: number; tokens: number; flops: number };
  chinTotal: number;
  opt: ReturnType<typeof inferenceOptimal>;
  saving: number;
}

/** The quality target, the Chinchilla-optimal model that meets it, and the inference-aware optimum. */
const scenario = memoize((targetParams: number, inferenceTokens: number, preset: ChinchillaPreset): Scenario => {
  const chin = chinchillaAt(targetParams, preset);
  const target = chinchillaLoss({ params: chin.params, tokens: chin.tokens }, preset);
  const opt = inferenceOptimal({ loss: target, inferenceTokens }, preset);
  const chinTotal = chin.flops + 2 * chin.params * inferenceTokens;
  return { loss: target, chin, chinTotal, opt, saving: 1 - opt.totalFlops / chinTotal };
}, 16);
const at = (p: Params<P>, key = "default") => scenario(p.targetParams, p.inferenceTokens, fitOf(key));

/** Sardana et al.'s Fig. 1 example: a 13B Chinchilla-optimal target and 2T tokens of inference. */
const FIG1 = { targetParams: 13e9, inferenceTokens: 2e12 };
const fig1 = (key: string) => scenario(FIG1.targetParams, FIG1.inferenceTokens, fitOf(key));

const implied = (key: string, preset: ChinchillaPreset) => impliedInferenceTokens({ params: release(key).params, tokens: release(key).tokens }, preset);
const releaseRatio = (r: Release) => r.tokens / r.params;
const releaseOptimalRatio = (r: Release, preset: ChinchillaPreset) => chinchillaTokensPerParam({ flops: 6 * r.params * r.tokens }, preset);

export default defineModel<P>({
  name: "paying-for-inference",
  title: "Paying for inference: why models are now trained far past compute-optimal",
  params: {
    targetParams: {
      label: "quality target: as good as the Chinchilla-optimal model of",
      default: FIG1.targetParams,
      min: 1e8,
      max: 1e12,
      step: 10 ** 0.1,
      scale: "log",
      unit: "parameters",
      format: { kind: "count", digits: 2 },
      description: "The loss to reach, named by the size of the compute-optimal model that reaches it under each fit (default: Sardana et al.'s 13B example).",
    },
    inferenceTokens: {
      label: "lifetime inference",
      default: FIG1.inferenceTokens,
      min: 1e9,
      max: 1e16,
      step: 10 ** 0.25,
      scale: "log",
      unit: "tokens",
      format: { kind: "count", digits: 2 },
      description: "Tokens processed in inference over the model's life, prompts and outputs (default: Sardana et al.'s 2T example).",
    },
  },
  values: {
    targetLoss: { label: "target loss (site default fit)", unit: "nats per token", format: loss, compute: (p) => at(p).loss },
    chinParams: { label: "Chinchilla-optimal model at the target", unit: "parameters", format: count, compute: (p) => at(p).chin.params },
    chinTokens: { label: "its training tokens", unit: "tokens", format: count, compute: (p) => at(p).chin.tokens },
    chinTokensPerParam: { label: "its tokens per parameter", format: ratio, compute: (p) => at(p).chin.tokens / at(p).chin.params },
    optParams: { label: "inference-aware optimum (site default fit)", unit: "parameters", format: count, compute: (p) => at(p).opt.params },
    optTokens: { label: "its training tokens", unit: "tokens", format: count, compute: (p) => at(p).opt.tokens },
    optTokensPerParam: { label: "its tokens per parameter", format: ratio, compute: (p) => at(p).opt.tokensPerParam },
    optSaving: { label: "lifetime compute saved (site default fit)", format: pct, compute: (p) => at(p).saving },
    optSavingFlops: { label: "FLOPs saved (site default fit)", unit: "FLOPs", format: sci, compute: (p) => at(p).chinTotal - at(p).opt.totalFlops },
    optTrainingExtra: { label: "extra training compute of the optimum", format: mult, compute: (p) => at(p).opt.trainingFlops / at(p).chin.flops },
    optInferenceShare: {
      label: "inference share of the optimum's lifetime compute",
      format: pct,
      compute: (p) => at(p).opt.inferenceFlops / at(p).opt.totalFlops,
    },
    optParamsUnrounded: {
      label: "inference-aware optimum (unrounded Hoffmann fit)",
      unit: "parameters",
      format: count,
      compute: (p) => at(p, "unrounded").opt.params,
    },
    optParamsPrinted: {
      label: "inference-aware optimum (printed Hoffmann fit)",
      unit: "parameters",
      format: count,
      compute: (p) => at(p, "printed").opt.params,
    },
    optTokensPerParamUnrounded: { label: "tokens per parameter (unrounded fit)", format: ratio, compute: (p) => at(p, "unrounded").opt.tokensPerParam },
    optTokensPerParamPrinted: { label: "tokens per parameter (printed fit)", format: ratio, compute: (p) => at(p, "printed").opt.tokensPerParam },
    optSavingUnrounded: { label: "compute saved (unrounded fit)", format: pct, compute: (p) => at(p, "unrounded").saving },
    optSavingPrinted: { label: "compute saved (printed fit)", format: pct, compute: (p) => at(p, "printed").saving },
    fig1ParamsUnrounded: { label: "Fig. 1 example, optimum (unrounded fit)", unit: "parameters", format: count, compute: () => fig1("unrounded").opt.params },
    fig1SavingUnrounded: {
      label: "Fig. 1 example, FLOPs saved (unrounded fit)",
      unit: "FLOPs",
      format: sci,
      compute: () => fig1("unrounded").chinTotal - fig1("unrounded").opt.totalFlops,
    },
    fig1ShareUnrounded: { label: "Fig. 1 example, share saved (unrounded fit)", format: pct, compute: () => fig1("unrounded").saving },
    fig1ParamsPrinted: { label: "Fig. 1 example, optimum (printed fit)", unit: "parameters", format: count, compute: () => fig1("printed").opt.params },
    fig1SharePrinted: { label: "Fig. 1 example, share saved (printed fit)", format: pct, compute: () => fig1("printed").saving },
    fig1ParamsDefault: { label: "Fig. 1 example, optimum (site default fit)", unit: "parameters", format: count, compute: () => fig1("default").opt.params },
    fig1ShareDefault: { label: "Fig. 1 example, share saved (site default fit)", format: pct, compute: () => fig1("default").saving },
    llama2Tokens: {
      label: "Llama 2 7B's training tokens (model card)",
      unit: "tokens",
      format: { kind: "count", digits: 2 },
      compute: () => release("llama2").tokens,
    },
    llama3Params: {
      label: "Llama 3 8B's parameters (model card)",
      unit: "parameters",
      format: { kind: "count", digits: 2 },
      compute: () => release("llama3").params,
    },
    llama3Tokens: {
      label: "Llama 3 8B's training tokens, at least (model card)",
      unit: "tokens",
      format: { kind: "count", digits: 2 },
      compute: () => release("llama3").tokens,
    },
    fitMinParams: {
      label: "smallest model in Chinchilla's fit",
      unit: "parameters",
      format: { kind: "count", digits: 2 },
      compute: () => CHINCHILLA_FIT_RANGE.minParams,
    },
    fitMaxParams: {
      label: "largest model in Chinchilla's fit",
      unit: "parameters",
      format: { kind: "count", digits: 2 },
      compute: () => CHINCHILLA_FIT_RANGE.maxParams,
    },
    chinchillaRatio: { label: "Chinchilla's tokens per parameter", format: ratio, compute: () => releaseRatio(release("chinchilla")) },
    llama2Ratio: { label: "Llama 2 7B tokens per parameter", format: ratio, compute: () => releaseRatio(release("llama2")) },
    llama3Ratio: { label: "Llama 3 8B tokens per parameter (at least)", format: { kind: "sig", digits: 4 }, compute: () => releaseRatio(release("llama3")) },
    llama2Optimal: {
      label: "compute-optimal tokens per parameter at Llama 2 7B's budget",
      format: ratio,
      compute: () => releaseOptimalRatio(release("llama2"), defaultChinchillaFit),
    },
    llama3Optimal: {
      label: "compute-optimal tokens per parameter at Llama 3 8B's budget",
      format: ratio,
      compute: () => releaseOptimalRatio(release("llama3"), defaultChinchillaFit),
    },
    llama3Overtrain: {
      label: "Llama 3 8B's tokens per parameter over the compute-optimal ratio",
      format: mult,
      compute: () => releaseRatio(release("llama3")) / releaseOptimalRatio(release("llama3"), defaultChinchillaFit),
    },
    llama2Implied: {
      label: "inference demand that makes Llama 2 7B optimal (site default fit)",
      unit: "tokens",
      format: sci,
      compute: () => implied("llama2", defaultChinchillaFit),
    },
    llama3Implied: {
      label: "inference demand that makes Llama 3 8B optimal (site default fit)",
      unit: "tokens",
      format: sci,
      compute: () => implied("llama3", defaultChinchillaFit),
    },
    llama3ImpliedPrinted: { label: "the same under the printed fit", unit: "tokens", format: sci, compute: () => implied("llama3", hoffmann2022) },
    llama3ImpliedUnrounded: { label: "the same under the unrounded fit", unit: "tokens", format: sci, compute: () => implied("llama3", hoffmann2022Unrounded) },
  },
  figures: {
    "optimum-vs-demand": {
      title: "The cheaper model to own gets smaller as inference grows",
      caption:
        "Parameters of the model that reaches the quality target for the least training plus inference compute, against lifetime inference tokens, under three Chinchilla fits. At zero inference each is the Chinchilla-optimal model; the dots mark your demand.",
      uses: ["targetParams", "inferenceTokens"],
      sources: ["sardana2023", "hoffmann2022", "besiroglu2024"],
      formula: String.raw`\min_{N}\ 6\,N\,D_\text{tr}(N) + 2\,N\,D_\text{inf}\ \text{ s.t. }\ \hat L(N, D_\text{tr}) = \ell`,
      constants: () => FITS.map((f) => f.preset),
      columns: [
        { key: "fit", label: "Fit" },
        { key: "inferenceTokens", label: "Lifetime inference (tokens)", format: sci },
        { key: "params", label: "Optimal parameters", format: count },
        { key: "tokensPerParam", label: "Training tokens per parameter", format: ratio },
      ],
      compute: (p) =>
        FITS.flatMap((f) =>
          logGrid(1e9, 1e16, 29).map((d) => {
            const s = scenario(p.targetParams, d, f.preset);
            return { fit: f.label, inferenceTokens: d, params: s.opt.params, tokensPerParam: s.opt.tokensPerParam };
          }),
        ),
      plot: (rows, p) => {
        const dots = FITS.map((f) => ({
          fit: f.label,
          inferenceTokens: p.inferenceTokens,
          params: scenario(p.targetParams, p.inferenceTokens, f.preset).opt.params,
        }));
        const ends = FITS.map((f) => rows.filter((r) => r.fit === f.label).at(-1)!);
        return {
          marginRight: 190,
          x: { type: "log", label: "Lifetime inference (tokens) →", tickFormat: logTicks },
          y: { type: "log", label: "↑ Parameters of the cheapest model to own", grid: true, tickFormat: logTicks },
          color: { domain: FITS.map((f) => f.label), range: FITS.map((f) => f.color) },
          marks: [
            Plot.line(rows, { x: "inferenceTokens", y: "params", stroke: "fit", strokeWidth: 2 }),
            Plot.dot(dots, { x: "inferenceTokens", y: "params", fill: "fit", r: 4, stroke: FG }),
            ...ends.map((end) =>
              Plot.text([end], {
                x: "inferenceTokens",
                y: "params",
                text: (d: Row) => String(d.fit).replace(" (site default)", "\n(site default)"),
                fill: "fit",
                textAnchor: "start",
                dx: 6,
                dy: LABEL_DY[String(end.fit)] ?? 0,
              }),
            ),
          ],
        };
      },
      describe: (_rows, p) => {
        const parts = FITS.map((f) => {
          const s = scenario(p.targetParams, p.inferenceTokens, f.preset);
          return `${f.label}: ${formatNumber(s.opt.params, count)} parameters on ${formatNumber(s.opt.tokensPerParam, ratio)} tokens each (Chinchilla-optimal: ${formatNumber(s.chin.params, count)})`;
        });
        return `Falling curves: more inference makes a smaller, longer-trained model cheaper to own. At ${formatNumber(p.inferenceTokens, count)} inference tokens: ${parts.join("; ")}.`;
      },
    },
    "lifetime-compute": {
      title: "Training plus inference along the models that reach the target",
      caption:
        "Lifetime compute of every model size that reaches the quality target (each trained on exactly the tokens it needs), split into training (6ND) and inference (2N per token). The open ring is the Chinchilla-optimal model, the filled dot the cheapest to own.",
      uses: ["targetParams", "inferenceTokens"],
      sources: ["sardana2023", "hoffmann2022", "besiroglu2024"],
      formula: String.raw`C_\text{life}(N) = 6\,N\,D_\text{tr}(N) + 2\,N\,D_\text{inf},\quad D_\text{tr}(N) = \left(\frac{B}{\ell - E - A N^{-\alpha}}\right)^{1/\beta}`,
      constants: () => [defaultChinchillaFit],
      columns: [
        { key: "part", label: "Part" },
        { key: "params", label: "Parameters", format: count },
        { key: "flops", label: "Compute (FLOPs)", format: sci },
      ],
      compute: (p) => {
        const s = at(p);
        const preset = defaultChinchillaFit;
        const floor = Math.exp((Math.log(preset.A) - Math.log(s.loss - preset.E)) / preset.alpha); // smallest model that can reach the loss
        const lo = Math.max(floor * 1.25, Math.min(s.opt.params, s.chin.params) / 5);
        const hi = Math.max(s.opt.params, s.chin.params) * 4;
        return logGrid(lo, hi, 61).flatMap((params) => {
          const tokens = chinchillaTokensForLoss({ params, loss: s.loss }, preset);
          const training = 6 * params * tokens,
            inference = 2 * params * p.inferenceTokens;
          return [
            { part: "total", params, flops: training + inference },
            { part: "training", params, flops: training },
            { part: "inference", params, flops: inference },
          ];
        });
      },
      plot: (rows, p) => {
        const s = at(p);
        const ends = ["total", "training", "inference"].map((part) => rows.filter((r) => r.part === part).at(-1)!);
        return {
          marginRight: 80,
          marginLeft: 70,
          x: { type: "log", label: "Parameters N →", tickFormat: logTicks },
          y: { type: "log", label: "↑ Compute (FLOPs)", grid: true, tickFormat: logTicks },
          color: { domain: ["total", "training", "inference"], range: [FG, SERIES[0], SERIES[1]] },
          marks: [
            ...ends.map((end) =>
              Plot.text([end], {
                x: "params",
                y: "flops",
                text: "part",
                fill: "part",
                textAnchor: "start",
                dx: 6,
                dy: end.part === "total" ? -8 : end.part === "inference" ? 8 : 0,
              }),
            ),
            Plot.line(rows, { x: "params", y: "flops", stroke: "part", strokeWidth: (d: Row) => (d.part === "total" ? 2.5 : 1.5) }),
            Plot.dot([{ params: s.chin.params, flops: s.chinTotal }], { x: "params", y: "flops", stroke: FG, r: 5, strokeWidth: 1.5 }),
            Plot.dot([{ params: s.opt.params, flops: s.opt.totalFlops }], { x: "params", y: "flops", fill: FG, r: 4 }),
          ],
        };
      },
      describe: (_rows, p) => {
        const s = at(p);
        return `A U-shaped total: small models need ever more training tokens, large ones cost more per inference token. At ${formatNumber(p.inferenceTokens, count)} inference tokens the cheapest model has ${formatNumber(s.opt.params, count)} parameters and costs ${formatNumber(s.opt.totalFlops, sci)} FLOPs over its life; the Chinchilla-optimal ${formatNumber(s.chin.params, count)} costs ${formatNumber(s.chinTotal, sci)}: the smaller model saves ${formatNumber(s.saving, pct)}.`;
      },
    },
    releases: {
      title: "Published models against the compute-optimal ratio at their own budgets",
      caption:
        "Training tokens per parameter of three published models (filled) against the compute-optimal ratio for the same training compute under the site's default fit (open). Llama 3 8B's 15T tokens is a lower bound (\"15T+\").",
      sources: ["hoffmann2022", "touvron2023", "meta2024llama3", "besiroglu2024"],
      uses: [],
      formula: String.raw`\frac{D}{N}\ \text{vs}\ \frac{D_\text{opt}}{N_\text{opt}}\Big|_{C = 6ND}`,
      constants: () => [defaultChinchillaFit, ...RELEASES],
      columns: [
        { key: "model", label: "Model" },
        { key: "kind", label: "Ratio" },
        { key: "tokensPerParam", label: "Tokens per parameter", format: ratio },
      ],
      compute: () =>
        RELEASES.flatMap((r) => [
          { model: r.label, kind: "as trained", tokensPerParam: releaseRatio(r) },
          { model: r.label, kind: "compute-optimal at the same compute", tokensPerParam: releaseOptimalRatio(r, defaultChinchillaFit) },
        ]),
      plot: (rows) => ({
        marginLeft: 110,
        x: { type: "log", label: "Training tokens per parameter →", grid: true, tickFormat: logTicks },
        y: { label: null, domain: RELEASES.map((r) => r.label) },
        color: { domain: ["as trained", "compute-optimal at the same compute"], range: [SERIES[0], MUTED] },
        marks: [
          Plot.link(
            RELEASES.map((r) => ({ model: r.label, x1: releaseOptimalRatio(r, defaultChinchillaFit), x2: releaseRatio(r) })),
            { x1: "x1", x2: "x2", y1: "model", y2: "model", stroke: MUTED },
          ),
          Plot.dot(
            rows.filter((d) => d.kind === "as trained"),
            { x: "tokensPerParam", y: "model", fill: "kind", r: 5 },
          ),
          Plot.dot(
            rows.filter((d) => d.kind !== "as trained"),
            { x: "tokensPerParam", y: "model", stroke: "kind", r: 5, strokeWidth: 1.5 },
          ),
          Plot.text(
            rows.filter((d) => d.kind === "as trained"),
            { x: "tokensPerParam", y: "model", text: () => "as trained", dy: -12, fill: "kind" },
          ),
          Plot.text(
            rows.filter((d) => d.kind !== "as trained"),
            { x: "tokensPerParam", y: "model", text: () => "compute-optimal", dy: 14, fill: "kind" },
          ),
        ],
      }),
      describe: () =>
        `${RELEASES.map((r) => `${r.label}: ${formatNumber(releaseRatio(r), ratio)} tokens per parameter as trained, ${formatNumber(releaseOptimalRatio(r, defaultChinchillaFit), ratio)} compute-optimal at the same compute`).join("; ")}.`,
    },
  },
});
