/**
 * Constants of the Chinchilla loss form L̂(N, D) = E + A/N^α + B/D^β (Hoffmann et al. 2022,
 * arXiv 2203.15556, §3.3 eq 2) and the paper's tables, for essays that show where estimates
 * disagree. N counts all parameters (App. F).
 */
import type { PresetSource } from "./sources.ts";
import { preset as checkPreset } from "./validate.ts";

/** A Chinchilla-form fit: loss = E + A/N^alpha + B/D^beta (nats per token). */
export interface ChinchillaPreset {
  readonly E: number;
  readonly A: number;
  readonly B: number;
  readonly alpha: number;
  readonly beta: number;
  readonly source?: PresetSource;
}

/** 95% interval [low, high] per parameter. */
export interface ChinchillaIntervals {
  readonly E: readonly [number, number];
  readonly A: readonly [number, number];
  readonly B: readonly [number, number];
  readonly alpha: readonly [number, number];
  readonly beta: readonly [number, number];
}

const EPOCH_URL = "https://github.com/epoch-research/analyzing-chinchilla";
const EPOCH_COMMIT = "9225883";

/** Hoffmann et al.'s printed (rounded) fit: E 1.69, A 406.4, B 410.7, α 0.34, β 0.28. Source: arXiv 2203.15556 App. D.2 eq 10. */
export const hoffmann2022: ChinchillaPreset = Object.freeze({
  E: 1.69,
  A: 406.4,
  B: 410.7,
  alpha: 0.34,
  beta: 0.28,
  source: Object.freeze({ id: "hoffmann2022", arxiv: "2203.15556", where: "App. D.2, eq 10 (printed, rounded)", verification: "paper" }),
});

/**
 * The same fit unrounded: E = exp(0.5267228), A = exp(6.0073404), B = exp(6.0179186),
 * α = 0.33917084, β = 0.2849083. Source: epoch-research/analyzing-chinchilla
 * data_analysis.ipynb `true_params` (commit 9225883).
 */
export const hoffmann2022Unrounded: ChinchillaPreset = Object.freeze({
  E: Math.exp(0.5267228),
  A: Math.exp(6.0073404),
  B: Math.exp(6.0179186),
  alpha: 0.33917084,
  beta: 0.2849083,
  source: Object.freeze({
    id: "epochAnalyzingChinchilla",
    url: EPOCH_URL,
    commit: EPOCH_COMMIT,
    where: "data_analysis.ipynb, true_params (Hoffmann et al.'s unrounded estimates)",
    verification: "code",
  }),
});

/**
 * Besiroglu et al.'s headline refit on 240 points of Chinchilla's Fig. 4 (Huber likelihood,
 * BFGS): A 482.01, B 2085.43, E 1.8172, α 0.3478, β 0.3658, with 95% bootstrap intervals
 * (4000 resamples). Source: arXiv 2404.10102 §3 (notebook cells 25–26).
 */
export const besiroglu2024: ChinchillaPreset & { readonly intervals95: ChinchillaIntervals } = Object.freeze({
  E: 1.8172,
  A: 482.01,
  B: 2085.43,
  alpha: 0.3478,
  beta: 0.3658,
  intervals95: Object.freeze({
    A: Object.freeze([285.2, 743.6] as const),
    B: Object.freeze([1042.4, 5810.3] as const),
    E: Object.freeze([1.769, 1.871] as const),
    alpha: Object.freeze([0.317, 0.373] as const),
    beta: Object.freeze([0.331, 0.415] as const),
  }),
  source: Object.freeze({ id: "besiroglu2024", arxiv: "2404.10102", where: "§3 estimates and 95% bootstrap CIs", verification: "paper" }),
});

/**
 * Hoffmann's own procedure (summed Huber δ = 1e-3, L-BFGS from the full grid) on the same
 * 240 points: A 477.84, B 2143.86, E 1.81724, α 0.34731, β 0.36718. Source:
 * epoch-research/analyzing-chinchilla data_analysis.ipynb cell 18 (commit 9225883).
 */
export const besiroglu2024GridFit: ChinchillaPreset = Object.freeze({
  E: 1.81724,
  A: 477.84,
  B: 2143.86,
  alpha: 0.34731,
  beta: 0.36718,
  source: Object.freeze({
    id: "epochAnalyzingChinchilla",
    url: EPOCH_URL,
    commit: EPOCH_COMMIT,
    where: "data_analysis.ipynb cell 18 (summed Huber, L-BFGS-B, full grid)",
    verification: "code",
  }),
});

/**
 * Gadre et al. 2024 (arXiv 2403.08540): their over-training loss law for models trained on
 * RedPajama, on C4 validation loss, as the authors' code fits it. `powlaw_ours`
 * (scaling/laws.py) is L = a·N^b + c·6^(b/2)·(M·N)^b + E with M = D/N, fitted by `fit_ds`
 * (scaling/shared.py) to five runs (four shapes at M = 20, the smallest at M = 320); re-running
 * scaling_explorer.ipynb cell 1 with the released code and data (numpy 2.4.6, scipy 1.17.1)
 * gives (a, c, b, E) = (166.210992120337, 366.6871979615622, −0.2728507061786173,
 * 1.836648408738623) and reproduces the notebook's printed relative errors on the two held-out
 * runs (0.7103%, 0.7320%). As a Chinchilla-form preset: A = a, B = c·6^(b/2), α = β = −b (one
 * exponent). Fitted on models of 11M to 412M parameters: not comparable with Hoffmann's constants
 * (other data, other tokenizer, other loss). The paper's text was not read here.
 */
export const gadre2024RedPajama: ChinchillaPreset = Object.freeze({
  E: 1.836648408738623,
  A: 166.210992120337,
  B: 366.6871979615622 * 6 ** (-0.2728507061786173 / 2),
  alpha: 0.2728507061786173,
  beta: 0.2728507061786173,
  source: Object.freeze({
    id: "gadre2024",
    url: "https://github.com/mlfoundations/scaling",
    commit: "a003c49",
    where: "scaling_explorer.ipynb cell 1 (train=rpj, loss=c4_val): fit_ds and curve_fit_powlaw_ours re-run on exp_data/models",
    verification: "code",
  }),
});

/**
 * The Chinchilla fit this site's essays use when they say "Chinchilla's fit" without naming one:
 * Besiroglu et al.'s refit ({@link besiroglu2024}). Why: Hoffmann et al.'s printed Approach-3
 * constants fit the paper's own Figure 4 data poorly and their optimiser likely stopped early
 * (arXiv 2404.10102 §3–4; the replication essay recomputes this), while the refit agrees with
 * Approaches 1 and 2 (a ≈ 0.5) and with Chinchilla's own ~20 tokens per parameter. The printed
 * ({@link hoffmann2022}) and unrounded ({@link hoffmann2022Unrounded}) constants stay available and
 * are shown beside it wherever readers will meet them elsewhere. The laws' own default argument
 * stays the paper's printed fit (a law defaults to its paper); models never rely on that default
 * (a test reads src/models and fails on a call that omits the preset).
 */
export const defaultChinchillaFit = besiroglu2024;

const P = "positive" as const;
/** @internal Validate a (possibly reader-edited) Chinchilla-form preset. */
export const checkChinchilla = (p: unknown, name = "preset"): ChinchillaPreset =>
  checkPreset<ChinchillaPreset>(name, p, { E: "nonNegative", A: P, B: P, alpha: P, beta: P }, ["intervals95"]);

/** One row of Hoffmann et al.'s Table 3 (Approach 1 projections). */
export interface Hoffmann2022Table3Row {
  readonly params: number;
  readonly flops: number;
  readonly tokens: number;
}

/**
 * Table 3 of arXiv 2203.15556: compute-optimal FLOPs and tokens projected by Approach 1 for
 * each model size. Printed values; the 67B row is ~4% off 6ND (it is the Gopher budget).
 */
export const hoffmann2022Table3: { readonly rows: readonly Hoffmann2022Table3Row[]; readonly source: PresetSource } = Object.freeze({
  rows: Object.freeze(
    (
      [
        [400e6, 1.92e19, 8.0e9],
        [1e9, 1.21e20, 20.2e9],
        [10e9, 1.23e22, 205.1e9],
        [67e9, 5.76e23, 1.5e12],
        [175e9, 3.85e24, 3.7e12],
        [280e9, 9.9e24, 5.9e12],
        [520e9, 3.43e25, 11.0e12],
        [1e12, 1.27e26, 21.2e12],
        [10e12, 1.3e28, 216.2e12],
      ] as const
    ).map(([params, flops, tokens]) => Object.freeze({ params, flops, tokens })),
  ),
  source: Object.freeze({ id: "hoffmann2022", arxiv: "2203.15556", where: "Table 3 (Approach 1)", verification: "paper" }),
});

/** One row of Hoffmann et al.'s Table 2: N_opt ∝ C^a, D_opt ∝ C^b. */
export interface Hoffmann2022Table2Row {
  readonly approach: "1" | "2" | "3" | "kaplan";
  readonly label: string;
  readonly a: number;
  readonly b: number;
}

/**
 * Table 2 of arXiv 2203.15556: allocation exponents by approach (central estimates):
 * Approach 1 0.50/0.50, Approach 2 0.49/0.51, Approach 3 0.46/0.54, Kaplan 0.73/0.27.
 */
export const hoffmann2022Table2: { readonly rows: readonly Hoffmann2022Table2Row[]; readonly source: PresetSource } = Object.freeze({
  rows: Object.freeze([
    Object.freeze({ approach: "1", label: "Approach 1: minimum over training curves", a: 0.5, b: 0.5 }),
    Object.freeze({ approach: "2", label: "Approach 2: IsoFLOP profiles", a: 0.49, b: 0.51 }),
    Object.freeze({ approach: "3", label: "Approach 3: parametric loss fit", a: 0.46, b: 0.54 }),
    Object.freeze({ approach: "kaplan", label: "Kaplan et al. (2020)", a: 0.73, b: 0.27 }),
  ] as const),
  source: Object.freeze({ id: "hoffmann2022", arxiv: "2203.15556", where: "Table 2", verification: "paper" }),
});

/** A trained model as Hoffmann et al. report it: N (all parameters, App. F) and D (training tokens). */
export interface TrainedModel {
  readonly params: number;
  readonly tokens: number;
}

/** Gopher: 280B parameters trained on 300B tokens. Source: arXiv 2203.15556 §1 and Table 1. */
export const hoffmann2022Gopher: TrainedModel = Object.freeze({ params: 280e9, tokens: 300e9 });

/** Chinchilla: 70B parameters trained on 1.4T tokens. Source: arXiv 2203.15556 §1 and Table 1. */
export const hoffmann2022Chinchilla: TrainedModel = Object.freeze({ params: 70e9, tokens: 1.4e12 });

/**
 * The Gopher compute budget as the paper uses it (the budget Chinchilla was trained with): Table 3's
 * 67B row, 5.76e23 FLOPs, 1.5T tokens (the row is ~4.7% off 6ND; App. F recounts Gopher at 6.3e23).
 * The row object itself, so `hoffmann2022Table3.rows` contains it. Source: arXiv 2203.15556 Table 3.
 */
export const hoffmann2022GopherBudget: Hoffmann2022Table3Row = hoffmann2022Table3.rows.find((r) => r.params === 67e9)!;
