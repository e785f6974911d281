/**
 * Direct line labels that never overlap: spread label positions on a log y axis so neighbours
 * are at least one text line apart, keeping each as close to its line's end as it can.
 * Pure; shared by the models (no default export: not a model).
 */
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
export function dodgeLog<T extends LabelItem>(
  items: readonly T[],
  domain: readonly [number, number],
  options: { px?: number; height?: number; marginTop?: number; marginBottom?: number } = {},
): (T & { labelY: number })[] {
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
  order.forEach((o, j) => {
    out[o.i]!.labelY = 10 ** placed[j]!;
  });
  return out;
}
