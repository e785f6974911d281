/**
 * Warm-up draws (issue 16): the first Plot.plot on a page costs 60–80 ms at 4× CPU however
 * small its data, because V8 compiles Plot's code on first use. Drawn in steps of growing scope,
 * one per idle period, each compiles a part (the pipeline, axes, log scales and lines, dots, text
 * and tips) in a task of its own, so the page's first real figure draws warm. Nothing is kept.
 */
import * as Plot from "@observablehq/plot";
import type { PlotOptions } from "@observablehq/plot";
import { drawPlot } from "./figure.ts";

const rows = [
  { x: 1, y: 2, s: "a" },
  { x: 10, y: 20, s: "b" },
];

const STEPS: PlotOptions[] = [
  { x: { axis: null }, y: { axis: null }, marks: [Plot.ruleY([0])] },
  { marks: [Plot.ruleY([0]), Plot.ruleX([0])] },
  { x: { type: "log" }, y: { type: "log" }, grid: true, marks: [Plot.line(rows, { x: "x", y: "y", stroke: "s", z: "s" })] },
  { marks: [Plot.dot(rows, { x: "x", y: "y", fill: "s" }), Plot.text(rows, { x: "x", y: "y", text: "s", dy: -6 })] },
  { marks: [Plot.areaY(rows, { x: "x", y: "y" }), Plot.tip(rows, Plot.pointerX({ x: "x", y: "y" }))] },
];

/** The warm-up draws, one function per idle period. */
export const warmPlotSteps: (() => void)[] = STEPS.map((options) => () => void drawPlot(options, { width: 320, idPrefix: "warm" }));
