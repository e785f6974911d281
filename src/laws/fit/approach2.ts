/**
 * Hoffmann et al.'s Approach 2, "IsoFLOP profiles" (arXiv 2203.15556 §3.2, Figure 3, Table 2):
 * group runs by training budget, fit a parabola to loss against log model size within each
 * budget, take its minimum as the loss-optimal size N_opt(C) (and D_opt = C/(6·N_opt)), then fit
 * power laws N_opt ∝ C^a and D_opt ∝ C^b through the minima by least squares in log–log.
 */
import { finite, integer, invalid, positive, record } from "../validate.ts";

/** One run: FLOPs default to 6ND (arXiv 2203.15556 §3). */
export interface IsoFlopRun {
  params: number;
  tokens: number;
  loss: number;
  flops?: number;
}

/** Options of {@link fitChinchillaApproach2}. */
export interface Approach2Options {
  /** Fewest distinct model sizes a budget needs for its parabola (integer ≥ 3; default 3). */ minSizes?: number;
  /** Runs whose budgets differ by less than this many decades (log10) join one group; default 0.05 (×1.12). */ groupTolerance?: number;
  /** A group spread over more decades than this is not one budget (runs spread over a range of budgets); default 0.15 (×1.41). */ maxSpread?: number;
  /** Keep a budget whose parabola's minimum lies outside its sampled sizes (extrapolated); default false. */ allowExtrapolation?: boolean;
}

/** One isoFLOP group and its parabola L = c0 + c1·x + c2·x², x = ln N − center. */
export interface IsoFlopGroup {
  /** Geometric mean of the group's FLOPs. */ flops: number;
  /** Indices of the group's runs in the input. */ members: number[];
  /** Smallest and largest model size in the group. */ paramsRange: [number, number];
  /** The parabola's coefficients, or null when the group has too few sizes. */ parabola: { center: number; c0: number; c1: number; c2: number } | null;
  /** The parabola's minimum, or null when it has none (not convex) or too few sizes. */ optimum: { params: number; tokens: number; loss: number } | null;
  /** Whether the minimum enters the power-law fit. */ used: boolean;
  /** Why it does not, in words. */ reason?: string;
}

/** Result of {@link fitChinchillaApproach2}. */
export interface Approach2Fit {
  groups: IsoFlopGroup[];
  /** How many budgets' minima entered the power laws (≥ 2 for a fit). */ used: number;
  /** N_opt = paramsCoefficient · C^a; D_opt = tokensCoefficient · C^b (NaN when used < 2). */
  a: number;
  b: number;
  paramsCoefficient: number;
  tokensCoefficient: number;
  ok: boolean;
  reason?: string;
}

/** Least squares y = p0 + p1 x (+ p2 x²), by the normal equations (Cramer's rule); null if singular. */
function polyfit(x: readonly number[], y: readonly number[], degree: 1 | 2): number[] | null {
  const m = degree + 1;
  const s = new Array<number>(2 * degree + 1).fill(0),
    t = new Array<number>(m).fill(0);
  for (let i = 0; i < x.length; i++) {
    let p = 1;
    for (let k = 0; k <= 2 * degree; k++) {
      s[k]! += p;
      if (k < m) t[k]! += p * y[i]!;
      p *= x[i]!;
    }
  }
  const M = Array.from({ length: m }, (_, r) => Array.from({ length: m }, (_, c) => s[r + c]!));
  const det = (A: number[][]): number =>
    A.length === 2
      ? A[0]![0]! * A[1]![1]! - A[0]![1]! * A[1]![0]!
      : A[0]![0]! * (A[1]![1]! * A[2]![2]! - A[1]![2]! * A[2]![1]!) -
        A[0]![1]! * (A[1]![0]! * A[2]![2]! - A[1]![2]! * A[2]![0]!) +
        A[0]![2]! * (A[1]![0]! * A[2]![1]! - A[1]![1]! * A[2]![0]!);
  const d = det(M);
  if (!(Math.abs(d) > 1e-300) || !Number.isFinite(d)) return null;
  return Array.from({ length: m }, (_, j) => det(M.map((row, r) => row.map((v, c) => (c === j ? t[r]! : v)))) / d);
}

/**
 * Hoffmann et al.'s Approach 2: a parabola in log N per isoFLOP budget, then power laws through the
 * minima. The power laws are N_opt ∝ C^a and D_opt ∝ C^b (see the file header). Groups are formed
 * by single linkage on log10 C: sorted budgets closer than `groupTolerance` decades join one group
 * (so budgets read off a plot, a few percent apart, still group), and a group spread over more than
 * `maxSpread` decades is refused (runs at a continuum of budgets are not isoFLOP profiles). A
 * budget is used when it has `minSizes` distinct sizes, its parabola is convex and its minimum lies
 * within the sampled sizes. Deterministic; never throws for data that do not allow a fit (check
 * `ok` and each group's `reason`).
 * Source: arXiv 2203.15556 §3.2, Figure 3 and Table 2 (Approach 2: a = 0.49, b = 0.51).
 * @param runs runs with N, D, L > 0 (FLOPs optional, > 0).
 * @returns groups with their parabolas and minima, and the exponents a, b with coefficients.
 * @throws {RangeError|TypeError} for bad runs or options.
 */
export function fitChinchillaApproach2(runs: readonly IsoFlopRun[], options: Approach2Options = {}): Approach2Fit {
  const o = record("options", options, ["minSizes", "groupTolerance", "maxSpread", "allowExtrapolation"]);
  const minSizes = o.minSizes === undefined ? 3 : integer("minSizes", o.minSizes, 3);
  const tolerance = o.groupTolerance === undefined ? 0.05 : positive("groupTolerance", o.groupTolerance);
  const maxSpread = o.maxSpread === undefined ? 0.15 : positive("maxSpread", o.maxSpread);
  const allowExtrapolation = o.allowExtrapolation === true;
  if (!Array.isArray(runs)) throw invalid("runs", runs, "must be an array", true);
  const items = runs.map((r, i) => {
    const p = record(`runs[${i}]`, r, ["params", "tokens", "loss", "flops", "line", "label"]);
    const params = positive(`runs[${i}].params`, p.params),
      tokens = positive(`runs[${i}].tokens`, p.tokens);
    const loss = positive(`runs[${i}].loss`, p.loss);
    const flops = p.flops === undefined ? 6 * params * tokens : positive(`runs[${i}].flops`, p.flops);
    return { i, params, loss, logC: Math.log10(finite(`runs[${i}].flops`, flops)) };
  });
  const sorted = [...items].sort((x, y) => x.logC - y.logC || x.i - y.i);
  const clusters: (typeof items)[] = [];
  for (const it of sorted) {
    const last = clusters.at(-1);
    if (last && it.logC - last.at(-1)!.logC < tolerance) last.push(it);
    else clusters.push([it]);
  }
  const groups: IsoFlopGroup[] = clusters.map((c) => {
    const flops = 10 ** (c.reduce((s, it) => s + it.logC, 0) / c.length);
    const sizes = c.map((it) => it.params);
    const group: IsoFlopGroup = {
      flops,
      members: c.map((it) => it.i).sort((x, y) => x - y),
      paramsRange: [Math.min(...sizes), Math.max(...sizes)],
      parabola: null,
      optimum: null,
      used: false,
    };
    const spread = c.at(-1)!.logC - c[0]!.logC;
    if (spread > maxSpread) {
      group.reason = `budgets from ${(10 ** c[0]!.logC).toExponential(1)} to ${(10 ** c.at(-1)!.logC).toExponential(1)} FLOPs with no gap between them: not one isoFLOP budget`;
      return group;
    }
    const distinct = new Set(sizes).size;
    if (distinct < minSizes) {
      group.reason = `${distinct} model size${distinct === 1 ? "" : "s"} (a parabola needs ${minSizes})`;
      return group;
    }
    const logs = c.map((it) => Math.log(it.params));
    const center = logs.reduce((s, v) => s + v, 0) / logs.length;
    const coef = polyfit(
      logs.map((v) => v - center),
      c.map((it) => it.loss),
      2,
    );
    if (!coef?.every(Number.isFinite)) {
      group.reason = "the parabola could not be fitted";
      return group;
    }
    const [c0, c1, c2] = coef as [number, number, number];
    group.parabola = { center, c0, c1, c2 };
    if (!(c2 > 0)) {
      group.reason = "loss does not curve upwards (no minimum)";
      return group;
    }
    const x = -c1 / (2 * c2);
    const params = Math.exp(center + x);
    group.optimum = { params, tokens: flops / (6 * params), loss: c0 + c1 * x + c2 * x * x };
    const inside = params >= group.paramsRange[0] * (1 - 1e-9) && params <= group.paramsRange[1] * (1 + 1e-9);
    if (!inside && !allowExtrapolation) {
      group.reason = "its minimum lies outside the sampled sizes (extrapolated)";
      return group;
    }
    group.used = true;
    return group;
  });
  const used = groups.filter((g) => g.used);
  const result: Approach2Fit = { groups, used: used.length, a: NaN, b: NaN, paramsCoefficient: NaN, tokensCoefficient: NaN, ok: false };
  if (used.length < 2) {
    result.reason = `${used.length} budget${used.length === 1 ? "" : "s"} with a usable minimum (the power laws need at least 2)`;
    return result;
  }
  // Centred on the mean log budget, so the normal equations do not lose digits to ln C ≈ 50.
  const mean = used.reduce((s, g) => s + Math.log(g.flops), 0) / used.length;
  const lc = used.map((g) => Math.log(g.flops) - mean);
  const fn = polyfit(
    lc,
    used.map((g) => Math.log(g.optimum!.params)),
    1,
  );
  const fd = polyfit(
    lc,
    used.map((g) => Math.log(g.optimum!.tokens)),
    1,
  );
  if (!fn || !fd) {
    result.reason = "the budgets' minima do not determine a power law";
    return result;
  }
  const a = fn[1]!,
    b = fd[1]!;
  return { ...result, a, b, paramsCoefficient: Math.exp(fn[0]! - a * mean), tokensCoefficient: Math.exp(fd[0]! - b * mean), ok: true };
}
