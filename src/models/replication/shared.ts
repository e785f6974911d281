/**
 * What the replication model (index.ts) and its figures share: the constant sets compared, the
 * extracted Figure 4 points and which are kept, log residuals and Hoffmann's Huber objective
 * (arXiv 2203.15556 §3.3 eq 3), number formats. No default export: not a figure. Chinchilla and the
 * Gopher budget are in src/laws (hoffmann2022Chinchilla, hoffmann2022GopherBudget).
 */

import {
  besiroglu2024,
  besiroglu2024GridFit,
  chinchillaAllocationExponents,
  chinchillaLoss,
  chinchillaTokensPerParam,
  hoffmann2022,
  hoffmann2022Table2,
  hoffmann2022Unrounded,
  selectBesiroglu240,
  type ChinchillaPreset,
  type Figure4Point,
} from "../../laws/index.ts";
import type { FormatSpec } from "../../lib/format.ts";
import { figure4Points } from "../figure4-data.ts";
import { SERIES } from "../figure.ts";
import { memoize } from "../numeric.ts";

export type P = "budget" | "excludeHighest";

/** All 245 extracted points, in file order (one module shared with the Chinchilla model). */
export { figure4Points };

/** The constant sets the essay compares, each with a short label for figures. */
export const constantSets: readonly { key: string; label: string; preset: ChinchillaPreset }[] = Object.freeze([
  { key: "printed", label: "Hoffmann, printed", preset: hoffmann2022 },
  { key: "unrounded", label: "Hoffmann, unrounded", preset: hoffmann2022Unrounded },
  { key: "besiroglu", label: "Besiroglu et al.", preset: besiroglu2024 },
  { key: "gridFit", label: "refit, Hoffmann's procedure", preset: besiroglu2024GridFit },
]);

export const setColor: Record<string, string> = { printed: SERIES[1], unrounded: SERIES[2], besiroglu: SERIES[0], gridFit: SERIES[3] };

/** Points kept after dropping the `k` highest losses (all 245 when k = 0). */
export const keptPoints = memoize((k: number): readonly Figure4Point[] => {
  const n = Math.round(k);
  return n < 1 ? [...figure4Points] : selectBesiroglu240(figure4Points, n);
});

/** Residual of one point in the fit's own currency: log L − log L̂. */
export function logResidual(p: Figure4Point, preset: ChinchillaPreset): number {
  return Math.log(p.loss) - Math.log(chinchillaLoss({ params: p.params, tokens: p.tokens }, preset));
}

/** {@link logResidual} as a percentage. */
export function logResidualPercent(p: Figure4Point, preset: ChinchillaPreset): number {
  return 100 * logResidual(p, preset);
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const h = (s.length - 1) / 2;
  return (s[Math.floor(h)]! + s[Math.ceil(h)]!) / 2;
}

/** Hoffmann et al.'s δ = 10⁻³ (arXiv 2203.15556 §3.3). */
export const HUBER_DELTA = 1e-3;

/** Summed Huber_δ of log residuals (the objective of arXiv 2203.15556 eq 3) for fixed constants. */
export function huberObjective(points: readonly Figure4Point[], preset: ChinchillaPreset, delta = HUBER_DELTA): number {
  let f = 0;
  for (const p of points) f += huber(logResidual(p, preset), delta);
  return f;
}

/** Huber_δ of one residual: quadratic within δ, linear beyond. */
export function huber(residual: number, delta: number): number {
  const r = Math.abs(residual);
  return r <= delta ? 0.5 * r * r : delta * (r - 0.5 * delta);
}

/**
 * Every extracted point's log residual, log L − log L̂, under one set of constants. It does not
 * depend on how many points are dropped, so it is computed once per set; a new `excludeHighest`
 * then only selects and sorts (the first press at a new value stays within a frame).
 */
export const logResiduals = memoize(
  (preset: ChinchillaPreset): ReadonlyMap<Figure4Point, number> => new Map(figure4Points.map((p) => [p, logResidual(p, preset)])),
);

// Memoised by (points dropped, constant set): several values and two figures read the same
// statistics, and an update must stay within a frame. Pure inputs, so the cache cannot go stale.
export const residualStats = memoize((k: number, preset: ChinchillaPreset) => {
  const all = logResiduals(preset);
  // 100·r, exactly as logResidualPercent computes it.
  const r = keptPoints(k).map((p) => 100 * all.get(p)!);
  return { median: median(r), above: r.filter((x) => x > 0).length / r.length, absMedian: median(r.map(Math.abs)) };
}, 16);

/** Summed Huber loss of a fit over the points kept when the `k` highest-loss are excluded (huberObjective's sum, from the stored residuals). */
export const huberAt = memoize((k: number, preset: ChinchillaPreset) => {
  const all = logResiduals(preset);
  let f = 0;
  for (const p of keptPoints(k)) f += huber(all.get(p)!, HUBER_DELTA);
  return f;
}, 16);

export const dataMinFlops = Math.min(...figure4Points.map((p) => p.flops));

export const dataMaxFlops = Math.max(...figure4Points.map((p) => p.flops));

export const sci: FormatSpec = { kind: "sci", digits: 3 };

export const fixed3: FormatSpec = { kind: "fixed", digits: 3 };

export const tpp: FormatSpec = { kind: "sig", digits: 3 };

export const pct: FormatSpec = { kind: "percent", digits: 2 };

export const count: FormatSpec = { kind: "count", digits: 3 };

export const allocation = (p: ChinchillaPreset) => chinchillaAllocationExponents(p).a;

export const tokensPerParam = (p: ChinchillaPreset, flops: number) => chinchillaTokensPerParam({ flops }, p);

export const table2 = (approach: "1" | "2" | "3" | "kaplan") => hoffmann2022Table2.rows.find((r) => r.approach === approach)!;
