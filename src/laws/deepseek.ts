/**
 * DeepSeek-AI 2024, "DeepSeek LLM: Scaling Open-Source Language Models with Longtermism"
 * (arXiv 2401.02954) §3: model scale as non-embedding FLOPs per token M (attention included,
 * vocabulary excluded) with C = M·D, the IsoFLOP-fitted allocation M_opt, D_opt ∝ C^a, C^b, and
 * the hyper-parameter laws B_opt, η_opt as power laws of C (C in FLOPs, B in tokens).
 * The paper's text could not be read from this machine: constants and formulas were read in
 * transcriptions and summaries (see each preset's `where`), hence "secondary".
 */
import type { PresetSource } from "./sources.ts";
import { positive, preset as checkPreset, record } from "./validate.ts";

const SECONDARY = (where: string): PresetSource => Object.freeze({ id: "deepseek2024", arxiv: "2401.02954", where, verification: "secondary" });

/** Power laws y = coefficient·C^exponent for the optimal model scale, data, batch size and learning rate. */
export interface DeepSeek2024 {
  readonly modelCoefficient: number;
  readonly modelExponent: number;
  readonly dataCoefficient: number;
  readonly dataExponent: number;
  readonly batchCoefficient: number;
  readonly batchExponent: number;
  readonly learningRateCoefficient: number;
  readonly learningRateExponent: number;
  readonly source?: PresetSource;
}

/**
 * M_opt = 0.1715·C^0.5243, D_opt = 5.8316·C^0.4757 (eq 4, IsoFLOP fits on 8 budgets from 1e17
 * to 3e20 FLOPs, their "current" data); η_opt = 0.3118·C^−0.1250, B_opt = 0.2920·C^0.3271
 * (eq 1, grid searches from 1e17 to 2e19 FLOPs). Read in several independent transcriptions
 * (e.g. GitHub paper notes quoting eqs 1 and 4), not in the PDF.
 */
export const deepseek2024: DeepSeek2024 = Object.freeze({
  modelCoefficient: 0.1715,
  modelExponent: 0.5243,
  dataCoefficient: 5.8316,
  dataExponent: 0.4757,
  batchCoefficient: 0.292,
  batchExponent: 0.3271,
  learningRateCoefficient: 0.3118,
  learningRateExponent: -0.125,
  source: SECONDARY("§3.1 eq 1 (B_opt, η_opt), §3.2 eq 4 (M_opt, D_opt)"),
});

/** One row of Table 4: allocation exponents M_opt ∝ C^a, D_opt ∝ C^b fitted on different data. */
export interface DeepSeek2024Table4Row {
  readonly data: string;
  readonly a: number;
  readonly b: number;
}

/**
 * Table 4: the allocation exponents move with the data: OpenAI (OpenWebText2) 0.73/0.27,
 * Chinchilla (MassiveText) 0.49/0.51, DeepSeek early in-house data 0.450/0.550, current
 * in-house data 0.524/0.476, OpenWebText2 0.578/0.422 ("the higher the data quality, the more
 * the increased compute budget should be allocated to model scaling"). Read in one detailed
 * summary of the paper; the current-data row agrees with eq 4.
 */
export const deepseek2024Table4: { readonly rows: readonly DeepSeek2024Table4Row[]; readonly source: PresetSource } = Object.freeze({
  rows: Object.freeze(
    (
      [
        ["OpenAI (OpenWebText2), Kaplan et al.", 0.73, 0.27],
        ["Chinchilla (MassiveText)", 0.49, 0.51],
        ["DeepSeek, early in-house data", 0.45, 0.55],
        ["DeepSeek, current in-house data", 0.524, 0.476],
        ["DeepSeek, OpenWebText2", 0.578, 0.422],
      ] as const
    ).map(([data, a, b]) => Object.freeze({ data, a, b })),
  ),
  source: SECONDARY("Table 4"),
});

const P = "positive" as const;
const check = (p: unknown): DeepSeek2024 =>
  checkPreset<DeepSeek2024>("preset", p, {
    modelCoefficient: P,
    modelExponent: "finite",
    dataCoefficient: P,
    dataExponent: "finite",
    batchCoefficient: P,
    batchExponent: "finite",
    learningRateCoefficient: P,
    learningRateExponent: "finite",
  });
const law = (c: number, e: number, logC: number): number => c * Math.exp(e * logC);

/**
 * DeepSeek's model scale M: non-embedding training FLOPs per token, attention included.
 * `M = 72·n_layer·d_model² + 12·n_layer·d_model·l_seq` (the first term is 6N for N =
 * 12·n_layer·d_model²; the second counts attention over the sequence; the vocabulary is left out).
 * The brief wrote 6·n_layer·d_model·l_seq for the second term; every transcription of eq 2
 * found here prints 12.
 * Source: arXiv 2401.02954 §3.2 eq 2 (secondary).
 * Domain: C = M·D. Read in transcriptions of eq 2 (secondary).
 * @param options.nLayer n_layer, number of layers (> 0).
 * @param options.dModel d_model, residual stream width (> 0).
 * @param options.sequenceLength l_seq, sequence length in tokens (> 0).
 * @returns M in FLOPs per token (training: forward and backward).
 * @throws {RangeError|TypeError} for a non-finite or ≤ 0 value or an unknown option.
 */
export function deepseekFlopsPerToken(options: { nLayer: number; dModel: number; sequenceLength: number }): number {
  const o = record("options", options, ["nLayer", "dModel", "sequenceLength"]);
  const nLayer = positive("nLayer", o.nLayer),
    d = positive("dModel", o.dModel),
    seq = positive("sequenceLength", o.sequenceLength);
  return 72 * nLayer * d * d + 12 * nLayer * d * seq;
}

/**
 * The three model-scale representations DeepSeek compares: 6N₁, 6N₂ and M (Table 3).
 * `6N₁ = 72·n_layer·d_model²`
 * (non-embedding parameters), `6N₂ = 6N₁ + 6·n_vocab·d_model` (with the vocabulary) and M.
 * Source: arXiv 2401.02954 §3.2 eq 2, Table 3 (secondary).
 * @param options.nLayer n_layer, number of layers (> 0).
 * @param options.dModel d_model, residual stream width (> 0).
 * @param options.sequenceLength l_seq, sequence length in tokens (> 0).
 * @param options.vocab n_vocab, vocabulary size (> 0).
 * @returns {sixN1, sixN2, flopsPerToken} in FLOPs per token.
 * @throws {RangeError|TypeError} for a non-finite or ≤ 0 value or an unknown option.
 */
export function deepseekModelScales(options: { nLayer: number; dModel: number; sequenceLength: number; vocab: number }): {
  sixN1: number;
  sixN2: number;
  flopsPerToken: number;
} {
  const o = record("options", options, ["nLayer", "dModel", "sequenceLength", "vocab"]);
  const vocab = positive("vocab", o.vocab);
  const flopsPerToken = deepseekFlopsPerToken({ nLayer: o.nLayer as number, dModel: o.dModel as number, sequenceLength: o.sequenceLength as number });
  const sixN1 = 72 * (o.nLayer as number) * (o.dModel as number) ** 2;
  return { sixN1, sixN2: sixN1 + 6 * vocab * (o.dModel as number), flopsPerToken };
}

/**
 * DeepSeek's fitted compute-optimal model scale M and data D for a compute budget.
 * `M_opt = 0.1715·C^0.5243`, `D_opt = 5.8316·C^0.4757` (C = M·D in FLOPs; M_opt·D_opt = 1.0001·C).
 * Source: arXiv 2401.02954 §3.2 eq 4 (secondary).
 * Domain: Fitted on 8 budgets from 1e17 to 3e20 FLOPs.
 * @param options.flops C, training compute in FLOPs (> 0).
 * @param preset default {@link deepseek2024}.
 * @returns {flopsPerToken, tokens}: M_opt (FLOPs per token) and D_opt (tokens).
 * @throws {RangeError|TypeError} for a non-finite or ≤ 0 budget or a bad preset.
 */
export function deepseekOptimal(options: { flops: number }, preset: DeepSeek2024 = deepseek2024): { flopsPerToken: number; tokens: number } {
  const o = record("options", options, ["flops"]);
  const p = check(preset);
  const logC = Math.log(positive("flops", o.flops));
  return { flopsPerToken: law(p.modelCoefficient, p.modelExponent, logC), tokens: law(p.dataCoefficient, p.dataExponent, logC) };
}

/**
 * DeepSeek's near-optimal batch size and peak learning rate as power laws of compute.
 * `B_opt = 0.2920·C^0.3271` tokens per batch and peak learning rate `η_opt = 0.3118·C^−0.1250`.
 * Source: arXiv 2401.02954 §3.1 eq 1 (secondary).
 * Domain: Fitted from 1e17 to 2e19 FLOPs, validated at 1e20; the paper notes the optimum also
 * shifts with the model/data split, which this ignores.
 * @param options.flops C, training compute in FLOPs (> 0).
 * @param preset default {@link deepseek2024}.
 * @returns {batchTokens, learningRate}.
 * @throws {RangeError|TypeError} for a non-finite or ≤ 0 budget or a bad preset.
 */
export function deepseekHyperparameters(options: { flops: number }, preset: DeepSeek2024 = deepseek2024): { batchTokens: number; learningRate: number } {
  const o = record("options", options, ["flops"]);
  const p = check(preset);
  const logC = Math.log(positive("flops", o.flops));
  return { batchTokens: law(p.batchCoefficient, p.batchExponent, logC), learningRate: law(p.learningRateCoefficient, p.learningRateExponent, logC) };
}
