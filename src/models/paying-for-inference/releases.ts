/** Figure paying-for-inference/releases: Published models against the compute-optimal ratio at their own budgets (one file per figure; the model is index.ts). */
import * as Plot from "@observablehq/plot";
import { defaultChinchillaFit } from "../../laws/index.ts";
import { formatNumber } from "../../lib/format.ts";
import { defineFigure } from "../define.ts";
import { MUTED, SERIES, logTicks } from "../figure.ts";
import type { FormatSpec } from "../../lib/format.ts";
import { ratio, RELEASES, releaseRatio, releaseOptimalRatio } from "./shared.ts";
import type { P } from "./shared.ts";

/** One model's tokens per parameter, as trained or compute-optimal at the same training compute. */
type R = { model: string; kind: "as trained" | "compute-optimal at the same compute"; tokensPerParam: number };

/** Four digits, so Llama 3 8B's 1,875 reads as in the essay (three would round it to 1,880). */
const ratio4: FormatSpec = { kind: "sig", digits: 4 };

export default defineFigure<P, R>({
  title: "Published models against the compute-optimal ratio at their own budgets",
  caption:
    "Training tokens per parameter of three published models (filled) against the compute-optimal ratio for the same training compute under the site's default fit (open). Llama 3 8B's 15T tokens is a lower bound (\"15T+\").",
  sources: ["hoffmann2022", "touvron2023", "meta2024llama3", "besiroglu2024"],
  uses: [],
  formula: String.raw`\frac{D}{N}\ \text{vs}\ \frac{D_\text{opt}}{N_\text{opt}}\Big|_{C = 6ND}`,
  constants: () => [defaultChinchillaFit, ...RELEASES],
  columns: [
    { key: "model", label: "Model" },
    { key: "kind", label: "Ratio" },
    { key: "tokensPerParam", label: "Tokens per parameter", format: ratio4 },
  ],
  compute: () =>
    RELEASES.flatMap((r): R[] => [
      { model: r.label, kind: "as trained", tokensPerParam: releaseRatio(r) },
      { model: r.label, kind: "compute-optimal at the same compute", tokensPerParam: releaseOptimalRatio(r, defaultChinchillaFit) },
    ]),
  plot: (rows) => ({
    marginLeft: 110,
    x: { type: "log", label: "Training tokens per parameter →", domain: [8, 4000], grid: true, tickFormat: logTicks },
    y: { label: null, domain: RELEASES.map((r) => r.label) },
    color: { domain: ["as trained", "compute-optimal at the same compute"], range: [SERIES[0], MUTED] },
    marks: [
      Plot.link(
        RELEASES.map((r) => ({ model: r.label, x1: releaseOptimalRatio(r, defaultChinchillaFit), x2: releaseRatio(r) })),
        { x1: "x1", x2: "x2", y1: "model", y2: "model", stroke: MUTED },
      ),
      Plot.dot(
        rows.filter((d) => d.kind === "as trained"),
        { x: "tokensPerParam", y: "model", fill: "kind", r: 5 },
      ),
      Plot.dot(
        rows.filter((d) => d.kind !== "as trained"),
        { x: "tokensPerParam", y: "model", stroke: "kind", r: 5, strokeWidth: 1.5 },
      ),
      Plot.text(
        rows.filter((d) => d.kind === "as trained"),
        { x: "tokensPerParam", y: "model", text: () => "as trained", dy: -12, fill: "kind" },
      ),
      Plot.text(
        rows.filter((d) => d.kind !== "as trained"),
        { x: "tokensPerParam", y: "model", text: () => "compute-optimal", dy: 14, dx: -6, textAnchor: "start", fill: "kind" },
      ),
    ],
  }),
  describe: () =>
    `${RELEASES.map((r) => `${r.label}: ${formatNumber(releaseRatio(r), ratio4)} tokens per parameter as trained, ${formatNumber(releaseOptimalRatio(r, defaultChinchillaFit), ratio)} compute-optimal at the same compute`).join("; ")}.`,
});
