/**
 * Direct line labels that never overlap: spread label positions on a log y axis so neighbours
 * are at least one text line apart, keeping each as close to its line's end as it can.
 * Pure; used by the transfer and fine-tuning models (no default export: not a model).
 */
import { formatNumber, superscript } from "../lib/format.ts";
import { FIGURE_HEIGHT } from "./figure.ts";

export interface LabelItem {
  /** The value the label belongs to (its line's end), > 0 on a log axis. */
  y: number;
}

/**
 * Return `items` each with `labelY`, spread on a log axis spanning `domain` so that labels sit
 * at least `px` pixels apart (plot height `height`, margins `marginTop`/`marginBottom`).
 * Order is kept; the group is shifted back inside the domain when spreading pushes it out.
 */
export function dodgeLog<T extends LabelItem>(items: readonly T[], domain: readonly [number, number], options: { px?: number; height?: number; marginTop?: number; marginBottom?: number } = {}): (T & { labelY: number })[] {
  const { px = 14, height = FIGURE_HEIGHT, marginTop = 20, marginBottom = 44 } = options;
  const lo = Math.log10(domain[0]);
  const hi = Math.log10(domain[1]);
  const inner = Math.max(1, height - marginTop - marginBottom);
  const gap = (px * (hi - lo)) / inner;
  const order = items.map((item, i) => ({ i, v: Math.log10(item.y) })).sort((a, b) => a.v - b.v);
  const placed = order.map((o) => o.v);
  for (let j = 1; j < placed.length; j++) placed[j] = Math.max(placed[j]!, placed[j - 1]! + gap);
  // If the top label left the axis, push the stack down (and not below the bottom).
  const overTop = placed.length ? placed.at(-1)! - hi : 0;
  if (overTop > 0) for (let j = 0; j < placed.length; j++) placed[j] = placed[j]! - overTop;
  for (let j = placed.length - 2; j >= 0; j--) placed[j] = Math.min(placed[j]!, placed[j + 1]! - gap);
  const out = items.map((item) => ({ ...item, labelY: item.y }));
  order.forEach((o, j) => (out[o.i]!.labelY = 10 ** placed[j]!));
  return out;
}

/** Ticks for a log domain, lighter than Plot's 1–9 grid: powers of ten (at most `max`, thinned evenly), or 1-2-5 on short axes. */
export function decadeTicks(domain: readonly [number, number], max = 8): number[] {
  const lo = Math.ceil(Math.log10(domain[0]) - 1e-9);
  const hi = Math.floor(Math.log10(domain[1]) + 1e-9);
  const every = Math.max(1, Math.ceil((hi - lo + 1) / max));
  const out: number[] = [];
  // A short axis (under three decades) also gets 2× and 5× ticks, so it has enough labels.
  const mantissas = Math.log10(domain[1] / domain[0]) < 3 ? [1, 2, 5] : [1];
  for (let e = lo - 1; e <= hi; e++) {
    if (mantissas.length === 1 && (e - lo) % every !== 0) continue;
    for (const m of mantissas) {
      const t = m * 10 ** e;
      if (t >= domain[0] && t <= domain[1]) out.push(t);
    }
  }
  return out;
}

/** A multiplicative factor as an axis label: "1×", "100×", "10⁶×". */
export function factorTick(d: number): string {
  const e = Math.round(Math.log10(d));
  return Math.abs(d - 10 ** e) / 10 ** e < 1e-6 && e >= 4 ? `10${superscript(e)}×` : formatNumber(d, { kind: "multiple", digits: 2 });
}

/** Log-spaced grid from lo to hi, `n` points. */
export function logGrid(lo: number, hi: number, n: number): number[] {
  const a = Math.log(lo);
  const b = Math.log(hi);
  return Array.from({ length: n }, (_, i) => Math.exp(a + ((b - a) * i) / (n - 1)));
}

/** A power of ten as an axis label: "10²³" (other values: the one formatter's scientific form). */
export function powerTick(d: number): string {
  const e = Math.round(Math.log10(d));
  return Math.abs(d - 10 ** e) / 10 ** e < 1e-6 ? `10${superscript(e)}` : formatNumber(d, { kind: "sci", digits: 2 });
}
