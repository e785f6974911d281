/**
 * Figure transfer/data-factor: the fine-tuning data factor M^(β/α) that a model M× larger is worth,
 * from the reader's exponents, both rows of Table 1 and the β = 2α rule (Hernandez et al. 2021).
 */
import * as Plot from "@observablehq/plot";
import type { TransferPreset } from "../../laws/index.ts";
import { type Params, defineFigure } from "../define.ts";
import { FG, MUTED, SERIES, decadeTicks, factorTick, logTicks } from "../figure.ts";
import { endLabelText, endLabels } from "../labels.ts";
import { logGrid } from "../numeric.ts";
import { text, mix, multiple, ratio, fmt } from "./shared.ts";
import type { P } from "./shared.ts";

const sameExponents = (p: Params<P>, q: TransferPreset) => Math.abs(p.alpha - q.alpha) < 1e-9 && Math.abs(p.beta - q.beta) < 1e-9;

/** One point of one line: the data factor M^(β/α) at model scale M for one pair of exponents. */
type R = { series: string; ratio: number; modelScale: number; dataFactor: number };

export default defineFigure<P, R>({
  title: "How much data a larger model is worth",
  caption:
    "The fine-tuning data factor equal in effect to a model M× larger, M^(β/α): from the reader's exponents, from both rows of Table 1 and from the rule of thumb β = 2α. The dot marks the reader's model scale. Where the reader's exponents equal a row of Table 1, the two lines are one.",
  uses: ["modelScale", "alpha", "beta"],
  formula: String.raw`\frac{D_F'}{D_F} = M^{\beta/\alpha}`,
  sources: ["hernandez2021"],
  constants: () => [text, mix],
  columns: [
    { key: "series", label: "Exponents" },
    { key: "modelScale", label: "Model scale M", format: multiple },
    { key: "dataFactor", label: "Equivalent data factor", format: multiple },
  ],
  compute: (p) => {
    const rowsOf = (label: string, r: number): R[] => logGrid(1, 1000, 31).map((m) => ({ series: label, ratio: r, modelScale: m, dataFactor: m ** r }));
    const textLabel = `text→Python (${fmt(text.beta / text.alpha, ratio)})`;
    const mixLabel = `text+code (${fmt(mix.beta / mix.alpha, ratio)})`;
    const yours = `your α, β (${fmt(p.beta / p.alpha, ratio)})`;
    const series: [string, number][] = [];
    if (sameExponents(p, text)) series.push([`${textLabel} = yours`, text.beta / text.alpha], [mixLabel, mix.beta / mix.alpha]);
    else if (sameExponents(p, mix)) series.push([textLabel, text.beta / text.alpha], [`${mixLabel} = yours`, mix.beta / mix.alpha]);
    else series.push([yours, p.beta / p.alpha], [textLabel, text.beta / text.alpha], [mixLabel, mix.beta / mix.alpha]);
    series.push(["rule β = 2α (2.00)", 2]);
    return series.flatMap(([label, r]) => rowsOf(label, r));
  },
  plot: (rows, p) => {
    const series = [...new Set(rows.map((r) => r.series))];
    const here = { modelScale: p.modelScale, dataFactor: p.modelScale ** (p.beta / p.alpha) };
    const top = Math.max(...rows.map((r) => r.dataFactor));
    const domain: [number, number] = [1, top * 1.2];
    const ends = endLabels(rows, "series", "modelScale", "dataFactor", domain, series);
    const isRule = (r: R) => r.series.startsWith("rule");
    const isYours = (r: R) => r.series.includes("your");
    const colours = series.map((s) => (s.startsWith("rule") ? MUTED : s.startsWith("your") ? SERIES[0] : s.startsWith("text→") ? SERIES[1] : SERIES[2]));
    return {
      marginRight: 150,
      x: { type: "log", label: "Model scale M (× non-embedding parameters) →", tickFormat: (d: number) => (logTicks(d) ? factorTick(d) : "") },
      y: { type: "log", label: "↑ Equivalent fine-tuning data factor", domain, grid: true, ticks: decadeTicks(domain), tickFormat: factorTick },
      color: { domain: series, range: colours },
      marks: [
        Plot.line(
          rows.filter((r) => !isRule(r) && !isYours(r)),
          { x: "modelScale", y: "dataFactor", stroke: "series", strokeWidth: 1.5 },
        ),
        Plot.line(rows.filter(isRule), { x: "modelScale", y: "dataFactor", stroke: "series", strokeWidth: 1.5, strokeDasharray: "4,3" }),
        Plot.line(rows.filter(isYours), { x: "modelScale", y: "dataFactor", stroke: "series", strokeWidth: 2.5 }),
        Plot.ruleX([p.modelScale], { stroke: MUTED, strokeOpacity: 0.5 }),
        Plot.dot([here], { x: "modelScale", y: "dataFactor", fill: FG, r: 4.5 }),
        endLabelText(ends, { fontSize: 11 }),
      ],
    };
  },
  describe: (rows, p) => {
    const at = (r: number) => fmt(p.modelScale ** r, multiple);
    return `Straight lines on log-log axes, slope β/α. For a ${fmt(p.modelScale, { kind: "multiple", digits: 2 })} larger model: your exponents (β/α = ${fmt(p.beta / p.alpha, ratio)}) give ${at(p.beta / p.alpha)} more data, the text→Python fit ${at(text.beta / text.alpha)}, the text+code fit ${at(mix.beta / mix.alpha)}, and the β = 2α rule ${at(2)}. ${rows.length} points in the table.`;
  },
});
