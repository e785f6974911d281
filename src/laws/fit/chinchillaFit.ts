/**
 * Fit the Chinchilla loss form to (N, D, L) measurements the way Hoffmann et al. did
 * (arXiv 2203.15556 §3.3 eq 3, App. D.2): summed Huber (δ = 1e-3) on log loss with the
 * log-sum-exp parametrisation, minimised by L-BFGS from every point of a grid; the best
 * objective wins (the first start wins ties, as in the replication notebook's loop).
 */
import { finite, integer, invalid, positive, record } from "../validate.ts";
import { chinchillaObjective, hoffmann2022Grid, type ChinchillaGrid, type LogPoints } from "./chinchillaObjective.ts";
import { lbfgs } from "./lbfgs.ts";

/** One measurement: a model of `params` parameters trained on `tokens` tokens reached `loss`. */
export interface ChinchillaPoint {
  /** N, all parameters (> 0). */ params: number;
  /** D, training tokens (> 0). */ tokens: number;
  /** Final loss, nats per token (> 0). */ loss: number;
  /** Training FLOPs (ignored by the fit; allowed so parsed points pass straight in). */ flops?: number;
}

/** Estimates in the paper's symbols. */
export interface ChinchillaEstimate {
  E: number;
  A: number;
  B: number;
  alpha: number;
  beta: number;
}

/** Options of {@link fitChinchilla}. */
export interface ChinchillaFitOptions {
  /** Huber δ (> 0); default 1e-3 (App. D.2). */ delta?: number;
  /** Start grid in (a, b, e, α, β); default {@link hoffmann2022Grid}. */ grid?: ChinchillaGrid;
  /** A single start in the paper's symbols, instead of the grid. */ start?: ChinchillaEstimate;
  /** L-BFGS iterations per start (default 1000). */ maxIterations?: number;
  /** Called with the fraction of starts done, in [0, 1], about every 1% and at the end. */ onProgress?: (fraction: number) => void;
}

/** Result of {@link fitChinchilla}. */
export interface ChinchillaFit {
  estimate: ChinchillaEstimate;
  /** Best point in the fitted parametrisation (a = log A, b = log B, e = log E). */ logEstimate: {
    a: number;
    b: number;
    e: number;
    alpha: number;
    beta: number;
  };
  /** Summed Huber objective at the estimate. */ objective: number;
  /** L-BFGS iterations of the winning start. */ iterations: number;
  /** Objective evaluations over all starts. */ evaluations: number;
  /** Whether the winning start met its convergence test. */ converged: boolean;
  /** Number of starts run. */ starts: number;
  /** The winning start (a, b, e, α, β). */ bestStart: { a: number; b: number; e: number; alpha: number; beta: number };
  /** Number of points fitted. */ n: number;
}

/** @internal Validate points and take logs. */
export function toLogPoints(points: unknown): LogPoints {
  if (!Array.isArray(points)) throw invalid("points", points, "must be an array", true);
  if (points.length < 5) throw invalid("points", `${points.length} points`, "need at least 5 to fit 5 parameters");
  const n = points.length;
  const logParams = new Float64Array(n),
    logTokens = new Float64Array(n),
    logLoss = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const p = record(`points[${i}]`, points[i], ["params", "tokens", "loss", "flops"]);
    logParams[i] = Math.log(positive(`points[${i}].params`, p.params));
    logTokens[i] = Math.log(positive(`points[${i}].tokens`, p.tokens));
    logLoss[i] = Math.log(positive(`points[${i}].loss`, p.loss));
  }
  return { logParams, logTokens, logLoss };
}

const GRID_KEYS = ["a", "b", "e", "alpha", "beta"] as const;

/** @internal Fit already-validated log points (used by the bootstrap). */
export function fitLogPoints(
  data: LogPoints,
  starts: Float64Array[],
  delta: number,
  maxIterations: number,
  onProgress?: (fraction: number) => void,
): ChinchillaFit {
  const fg = chinchillaObjective(data, delta);
  let best: ReturnType<typeof lbfgs> | undefined,
    bestIndex = 0,
    evaluations = 0,
    reported = -1;
  for (let s = 0; s < starts.length; s++) {
    const r = lbfgs(fg, starts[s]!, { maxIterations });
    evaluations += r.evaluations;
    if (Number.isFinite(r.f) && (best === undefined || r.f < best.f)) {
      best = r;
      bestIndex = s;
    }
    const percent = Math.floor((100 * (s + 1)) / starts.length);
    if (onProgress && percent !== reported) {
      reported = percent;
      onProgress((s + 1) / starts.length);
    }
  }
  const x = best?.x ?? starts[0]!;
  const s0 = starts[bestIndex]!;
  return {
    estimate: { E: Math.exp(x[2]!), A: Math.exp(x[0]!), B: Math.exp(x[1]!), alpha: x[3]!, beta: x[4]! },
    logEstimate: { a: x[0]!, b: x[1]!, e: x[2]!, alpha: x[3]!, beta: x[4]! },
    objective: best?.f ?? NaN,
    iterations: best?.iterations ?? 0,
    evaluations,
    converged: best?.converged ?? false,
    starts: starts.length,
    bestStart: { a: s0[0]!, b: s0[1]!, e: s0[2]!, alpha: s0[3]!, beta: s0[4]! },
    n: data.logLoss.length,
  };
}

/** @internal Validate a start given in the paper's symbols and convert it to (a, b, e, α, β). */
export function startFrom(name: string, start: unknown): Float64Array {
  const s = record(name, start, ["E", "A", "B", "alpha", "beta", "source", "intervals95"]);
  return Float64Array.of(
    Math.log(positive(`${name}.A`, s.A)),
    Math.log(positive(`${name}.B`, s.B)),
    Math.log(positive(`${name}.E`, s.E)),
    finite(`${name}.alpha`, s.alpha),
    finite(`${name}.beta`, s.beta),
  );
}

/**
 * Fits E, A, B, α, β to (N, D, L) measurements the way Hoffmann et al. did. It fits
 * `L̂(N, D) = E + A/N^α + B/D^β` by minimising `Σ Huber_δ(LSE(a − α log N_i, b − β log D_i, e) − log L_i)`
 * with L-BFGS from each start of the grid (default Hoffmann's 4500-point grid) or from one
 * `start`. Deterministic. Never throws for non-convergence: check `converged`.
 * Source: arXiv 2203.15556 §3.3 eq 3 and App. D.2; as replicated by Besiroglu et al. 2024
 * (arXiv 2404.10102) §3; convergence judged relative to the objective (~1e-3), see fit/lbfgs.ts.
 * @param points measurements {params, tokens, loss}, at least 5, all > 0.
 * @returns {estimate, logEstimate, objective, iterations, evaluations, converged, starts, bestStart, n}.
 * @throws {RangeError|TypeError} for bad points or options.
 */
export function fitChinchilla(points: readonly ChinchillaPoint[], options: ChinchillaFitOptions = {}): ChinchillaFit {
  const o = record("options", options, ["delta", "grid", "start", "maxIterations", "onProgress"]);
  const data = toLogPoints(points);
  const delta = o.delta === undefined ? 1e-3 : positive("delta", o.delta);
  const maxIterations = o.maxIterations === undefined ? 1000 : integer("maxIterations", o.maxIterations, 1);
  if (o.onProgress !== undefined && typeof o.onProgress !== "function") throw invalid("onProgress", o.onProgress, "must be a function", true);
  if (o.start !== undefined && o.grid !== undefined) throw invalid("options", "start and grid", "give one of start or grid", true);
  let starts: Float64Array[];
  if (o.start !== undefined) starts = [startFrom("start", o.start)];
  else {
    const grid = record("grid", o.grid ?? hoffmann2022Grid, GRID_KEYS) as unknown as ChinchillaGrid;
    for (const key of GRID_KEYS) {
      const values = grid[key];
      if (!Array.isArray(values) || values.length === 0) throw invalid(`grid.${key}`, values, "must be a non-empty array of numbers", true);
      values.forEach((v, i) => {
        finite(`grid.${key}[${i}]`, v);
      });
    }
    starts = [];
    // Loop order of the replication notebook (itertools.product(alpha, beta, e, a, b)).
    for (const alpha of grid.alpha)
      for (const beta of grid.beta) for (const e of grid.e) for (const a of grid.a) for (const b of grid.b) starts.push(Float64Array.of(a, b, e, alpha, beta));
  }
  return fitLogPoints(data, starts, delta, maxIterations, o.onProgress as ((f: number) => void) | undefined);
}
