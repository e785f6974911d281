/**
 * Bootstrap intervals for the Chinchilla fit, as Besiroglu et al. 2024 (arXiv 2404.10102 §3,
 * notebook cells 15, 21, 26) computed them: resample the points with replacement, refit each
 * resample from one start (the full-data optimum), take percentiles of each parameter.
 */
import { integer, invalid, positive, record } from "../validate.ts";
import { fitChinchilla, fitLogPoints, startFrom, toLogPoints, type ChinchillaEstimate, type ChinchillaPoint } from "./chinchillaFit.ts";

/** Options of {@link bootstrapChinchilla}. */
export interface ChinchillaBootstrapOptions {
  /** Number of resamples (integer ≥ 2); the paper used 4000. */ resamples: number;
  /** Seeded uniform generator on [0, 1), e.g. from `createRandom(seed)`. */ random: () => number;
  /** Start of every refit; default the full-grid fit of all points (slow: a few seconds). */ start?: ChinchillaEstimate;
  /** Central interval mass in (0, 1); default 0.95 (2.5th and 97.5th percentiles). */ confidence?: number;
  /** Huber δ; default 1e-3. */ delta?: number;
  /** L-BFGS iterations per refit; default 1000. */ maxIterations?: number;
  /** Called with the fraction of resamples done, about every 1% and at the end. */ onProgress?: (fraction: number) => void;
}

type Key = keyof ChinchillaEstimate;
const KEYS: readonly Key[] = ["E", "A", "B", "alpha", "beta"];

/** Result of {@link bootstrapChinchilla}. */
export interface ChinchillaBootstrap {
  /** [low, high] percentile interval per parameter. */ intervals: Record<Key, [number, number]>;
  /** Median per parameter. */ median: ChinchillaEstimate;
  /** Every resample's estimate, in draw order. */ samples: ChinchillaEstimate[];
  /** How many refits met their convergence test. */ converged: number;
  resamples: number;
  confidence: number;
  /** The start every refit used. */ start: ChinchillaEstimate;
}

/** Percentile with linear interpolation between order statistics (numpy's default). */
function percentile(sorted: Float64Array, q: number): number {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/**
 * Percentile bootstrap of the Chinchilla fit (Besiroglu et al.'s intervals). It resamples the
 * points with replacement, refit each resample from the full-data optimum, take percentiles of each
 * parameter. Deterministic for a given generator state. Never throws for a refit that fails to
 * converge (counted in `converged`).
 * Source: arXiv 2404.10102 §3 (4000 resamples, 95% percentile intervals).
 * @param points measurements, at least 5.
 * @returns intervals, medians and all samples.
 * @throws {RangeError|TypeError} for bad points or options (random must be a function).
 */
export function bootstrapChinchilla(points: readonly ChinchillaPoint[], options: ChinchillaBootstrapOptions): ChinchillaBootstrap {
  const o = record("options", options, ["resamples", "random", "start", "confidence", "delta", "maxIterations", "onProgress"]);
  const data = toLogPoints(points);
  const resamples = integer("resamples", o.resamples, 2);
  if (typeof o.random !== "function") throw invalid("random", o.random, "must be a function returning numbers in [0, 1)", true);
  const random = o.random as () => number;
  const confidence = o.confidence === undefined ? 0.95 : positive("confidence", o.confidence);
  if (confidence >= 1) throw invalid("confidence", confidence, "must be in (0, 1)");
  const delta = o.delta === undefined ? 1e-3 : positive("delta", o.delta);
  const maxIterations = o.maxIterations === undefined ? 1000 : integer("maxIterations", o.maxIterations, 1);
  if (o.onProgress !== undefined && typeof o.onProgress !== "function") throw invalid("onProgress", o.onProgress, "must be a function", true);
  const onProgress = o.onProgress as ((fraction: number) => void) | undefined;
  const start = o.start === undefined ? fitChinchilla(points, { delta, maxIterations }).estimate : (o.start as ChinchillaEstimate);
  const x0 = startFrom("start", start);
  const n = data.logLoss.length;
  const sample = { logParams: new Float64Array(n), logTokens: new Float64Array(n), logLoss: new Float64Array(n) };
  const columns = KEYS.map(() => new Float64Array(resamples));
  const samples: ChinchillaEstimate[] = [];
  let converged = 0,
    reported = -1;
  for (let r = 0; r < resamples; r++) {
    for (let i = 0; i < n; i++) {
      const j = Math.min(n - 1, Math.floor(random() * n));
      sample.logParams[i] = data.logParams[j]!;
      sample.logTokens[i] = data.logTokens[j]!;
      sample.logLoss[i] = data.logLoss[j]!;
    }
    const fit = fitLogPoints(sample, [x0], delta, maxIterations);
    if (fit.converged) converged++;
    samples.push(fit.estimate);
    KEYS.forEach((key, k) => {
      columns[k]![r] = fit.estimate[key];
    });
    const percent = Math.floor((100 * (r + 1)) / resamples);
    if (onProgress && percent !== reported) {
      reported = percent;
      onProgress((r + 1) / resamples);
    }
  }
  const tail = (1 - confidence) / 2;
  const intervals = {} as Record<Key, [number, number]>;
  const median = {} as ChinchillaEstimate;
  KEYS.forEach((key, k) => {
    const sorted = columns[k]!.sort();
    intervals[key] = [percentile(sorted, tail), percentile(sorted, 1 - tail)];
    median[key] = percentile(sorted, 0.5);
  });
  return { intervals, median, samples, converged, resamples, confidence, start: { ...start } };
}
