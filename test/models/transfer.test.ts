import { describe, expect, it } from "vitest";
import { hernandez2021MixToPython, hernandez2021TextToPython, transferredData } from "../../src/laws/index.ts";
import { formatNumber } from "../../src/lib/format.ts";
import fixedData from "../../src/models/transfer/fixed-data.ts";
import model from "../../src/models/transfer/index.ts";
import { hernandez2021Figure1 } from "../../src/models/transfer/shared.ts";
import { renderFigureHtml } from "../../src/render/plot.ts";

const value = (name: string, p = model.defaults) => model.values[name]!.compute(p);
const text = hernandez2021TextToPython;
const mix = hernandez2021MixToPython;

describe("transfer model: parameters", () => {
  it("takes its defaults from the law module and the paper's example (ranges: define.test.ts)", () => {
    expect(model.defaults.alpha).toBe(text.alpha);
    expect(model.defaults.beta).toBe(text.beta);
    expect(model.defaults.nonEmbeddingParams).toBe(hernandez2021Figure1.nonEmbeddingParams);
    expect(model.defaults.fineTuneData).toBe(hernandez2021Figure1.fineTuneData);
    expect(model.defaults.modelScale).toBe(10);
  });
});

describe("transfer model: reference values", () => {
  it("gives 10^(β/α) for a 10× model from Table 1's text → Python row (derived from eq 1.1)", () => {
    // 10^(0.38/0.18) = 129.15…; 1e-9 relative is float round-off.
    expect(value("dataFactor") / 10 ** (0.38 / 0.18)).toBeCloseTo(1, 9);
    expect(value("textFactorTen")).toBeCloseTo(value("dataFactor"), 9);
    expect(value("ruleOfThumbFactor")).toBe(100);
    expect(value("mixRatio")).toBeCloseTo(0.38 / 0.096, 12);
  });

  it("computes the Figure 1 example from the fit, not the read-off", () => {
    // eq 1.2 at N = 4e7, D_F = 3e5 with Table 1's text → Python constants.
    const expected = 1 + (1.9e4 * 3e5 ** 0.18 * 4e7 ** 0.38) / 3e5;
    expect(value("exampleMultiplierText") / expected).toBeCloseTo(1, 9);
    expect(value("exampleReadOff")).toBe(1000);
    expect(value("readOffOverFit")).toBeCloseTo(1000 / expected, 9);
  });

  it("puts the text and text + code rows' crossover where their D_T are equal", () => {
    const d = value("crossoverData");
    const n = 4e7; // β is shared, so any N gives the same crossover
    const ratio = transferredData({ fineTuneData: d, nonEmbeddingParams: n }, mix) / transferredData({ fineTuneData: d, nonEmbeddingParams: n }, text);
    expect(ratio).toBeCloseTo(1, 9);
  });

  it("shows the same data factor on the arrow label as in the prose value", () => {
    const { html } = renderFigureHtml(model, "effective-data", model.defaults);
    expect(html).toContain(`${formatNumber(value("dataFactor"), model.values.dataFactor!.format)} more data`);
  });

  it("draws one line, not two overlapping, when the reader's exponents equal a Table 1 row", () => {
    const series = (p: typeof model.defaults) => new Set(model.figures["data-factor"]!.compute(p).map((r) => r.series));
    expect(series(model.defaults).size).toBe(3);
    expect(series({ ...model.defaults, alpha: 0.2 }).size).toBe(4);
  });
});

describe("transfer model: the fixed-data figure (seed 001's contrast)", () => {
  it("keeps the from-scratch line at D_F and lets the pre-trained lines grow with size", () => {
    const p = model.defaults;
    const rows = fixedData.compute(p);
    for (const r of rows.filter((x) => x.series === "from scratch")) expect(r.effectiveData).toBe(p.fineTuneData);
    const pre = rows.filter((x) => x.series === "pre-trained on text");
    for (let i = 1; i < pre.length; i++) expect(pre[i]!.effectiveData).toBeGreaterThan(pre[i - 1]!.effectiveData);
    // eq 1.1: D_F + k·D_F^α·N^β with Table 1's text → Python row.
    const last = pre.at(-1)!;
    expect(last.effectiveData).toBeCloseTo(
      p.fineTuneData + transferredData({ fineTuneData: p.fineTuneData, nonEmbeddingParams: last.nonEmbeddingParams }, text),
      3,
    );
  });

  it("keeps its axes put over the parameters' ranges", () => {
    for (const fineTuneData of [1e3, 1e9]) {
      for (const nonEmbeddingParams of [1e6, 1e12]) {
        const rows = fixedData.compute({ ...model.defaults, fineTuneData, nonEmbeddingParams });
        for (const r of rows) {
          expect(r.effectiveData).toBeGreaterThanOrEqual(1e2);
          expect(r.effectiveData).toBeLessThanOrEqual(1e12);
        }
      }
    }
  });

  it("states the fitted trade-off and its rounding range", () => {
    // 100^(α/β) = 100^(0.18/0.38) = 8.86; α in [0.175, 0.185] brackets the fitted data factor.
    expect(value("modelScaleForHundredFit")).toBeCloseTo(100 ** (0.18 / 0.38), 12);
    expect(value("dataFactorAlphaHigh")).toBeLessThan(value("textDataFactor"));
    expect(value("dataFactorAlphaLow")).toBeGreaterThan(value("textDataFactor"));
  });
});
