/** Figure replication/interval-widths: How wide the published intervals are (one file per figure; the model is index.ts). */
import * as Plot from "@observablehq/plot";
import { besiroglu2024, hoffmann2022Table2 } from "../../laws/index.ts";
import { formatNumber } from "../../lib/format.ts";
import { hoffmann2022Table2Intervals80 } from "../replication-refit.ts";
import { defineFigure } from "../define.ts";
import { FG, MUTED, SERIES } from "../figure.ts";
import { table2 } from "./shared.ts";
import type { P } from "./shared.ts";

/** One published interval, with its bounds relative to its own midpoint. */
type R = {
  label: string;
  group: string;
  level: "80%" | "95%";
  low: number;
  high: number;
  estimate: number;
  lowRel: number;
  highRel: number;
  widthPercent: number;
};

/** Interval rows for the interval-width figure: bounds relative to the interval's midpoint. */
function intervalRows(): R[] {
  const rows: R[] = [];
  const push = (label: string, group: string, level: R["level"], lo: number, hi: number, estimate: number) => {
    const mid = (lo + hi) / 2;
    rows.push({ label, group, level, low: lo, high: hi, estimate, lowRel: lo / mid, highRel: hi / mid, widthPercent: (100 * (hi - lo)) / mid });
  };
  for (const approach of ["1", "2", "3"] as const) {
    const [lo, hi] = hoffmann2022Table2Intervals80[approach].a;
    push(`a, Approach ${approach}`, "Hoffmann et al., Table 2 (80%)", "80%", lo, hi, table2(approach).a);
  }
  const ci = besiroglu2024.intervals95;
  for (const [key, symbol] of [
    ["E", "E"],
    ["alpha", "α"],
    ["beta", "β"],
    ["A", "A"],
    ["B", "B"],
  ] as const) {
    push(`${symbol}, refit`, "Besiroglu et al., bootstrap (95%)", "95%", ci[key][0], ci[key][1], besiroglu2024[key]);
  }
  return rows;
}

export default defineFigure<P, R>({
  title: "How wide the published intervals are",
  caption:
    "Each published interval drawn relative to its own midpoint, so intervals on different quantities share one axis. Hoffmann et al.'s Table 2 gives 80% intervals on the allocation exponent a; Besiroglu et al. give 95% bootstrap intervals on the five constants of their refit.",
  uses: [],
  sources: ["hoffmann2022", "besiroglu2024"],
  constants: () => [hoffmann2022Table2, besiroglu2024],
  columns: [
    { key: "label", label: "Quantity" },
    { key: "group", label: "Source (level)" },
    { key: "low", label: "Low", format: { kind: "sig", digits: 4 } },
    { key: "high", label: "High", format: { kind: "sig", digits: 4 } },
    { key: "widthPercent", label: "Width (% of midpoint)", format: { kind: "sig", digits: 2 } },
  ],
  compute: () => intervalRows(),
  plot: (rows) => ({
    marginLeft: 112,
    marginRight: 70,
    height: 330,
    x: {
      type: "log",
      label: "Interval bounds ÷ interval midpoint →",
      domain: [0.25, 3],
      ticks: [0.3, 0.5, 0.7, 1, 1.5, 2, 3],
      tickFormat: (d: number) => formatNumber(d, { kind: "sig", digits: 2 }),
      grid: true,
    },
    y: { label: null, domain: rows.map((r) => r.label) },
    color: { domain: ["80%", "95%"], range: [SERIES[1], SERIES[0]] },
    marks: [
      Plot.ruleX([1], { stroke: MUTED }),
      Plot.link(rows, { x1: "lowRel", x2: "highRel", y1: "label", y2: "label", stroke: "level", strokeWidth: 3 }),
      Plot.tickX(rows, { x: "lowRel", y: "label", stroke: "level", strokeWidth: 2 }),
      Plot.tickX(rows, { x: "highRel", y: "label", stroke: "level", strokeWidth: 2 }),
      Plot.text(rows, {
        x: "highRel",
        y: "label",
        text: (d: R) => `${formatNumber(d.widthPercent, { kind: "sig", digits: 2 })}%`,
        dx: 8,
        textAnchor: "start",
        fill: FG,
      }),
      Plot.text([{ level: "80%", label: "80% intervals, Hoffmann et al. Table 2" }], {
        frameAnchor: "top-right",
        text: "label",
        fill: "level",
        dy: 4,
        fontWeight: 600,
      }),
      Plot.text([{ level: "95%", label: "95% intervals, Besiroglu et al. bootstrap" }], {
        frameAnchor: "top-right",
        text: "label",
        fill: "level",
        dy: 20,
        fontWeight: 600,
      }),
    ],
  }),
  describe: (rows) => {
    const part = rows.map(
      (r) =>
        `${r.label} (${r.level}): ${formatNumber(r.low, { kind: "sig", digits: 4 })} to ${formatNumber(r.high, { kind: "sig", digits: 4 })}, ${formatNumber(r.widthPercent, { kind: "sig", digits: 2 })}% of its midpoint`,
    );
    return `Horizontal interval bars on a log axis centred on 1. ${part.join("; ")}.`;
  },
});
