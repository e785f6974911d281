import * as Plot from "@observablehq/plot";
import fc from "fast-check";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { type EndLabel, dodgeLog, endLabelText, endLabels } from "../../src/models/labels.ts";

const fcOptions = { seed: 20261126, numRuns: 250 } as const;

describe("dodgeLog (direct labels)", () => {
  it("keeps neighbours at least one line apart on a log axis", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 8, noNaN: true }), { minLength: 2, maxLength: 6 }), (logs) => {
        const domain: [number, number] = [1, 1e9];
        const placed = dodgeLog(
          logs.map((l) => ({ y: 10 ** l })),
          domain,
        );
        const ys = placed.map((p) => Math.log10(p.labelY)).sort((a, b) => a - b);
        const gap = (14 * 9) / (380 - 20 - 44); // 14 px in log10 units on a 9-decade axis
        for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(gap - 1e-9);
      }),
      fcOptions,
    );
  });
});

describe("endLabels (the end of each series' line, labelled)", () => {
  type R = { series: string; flops: number; loss: number; note: string };
  // Two series whose ends are far apart on [1, 1e9], and one that ends where "b" does.
  const rows: R[] = [
    { series: "a", flops: 1, loss: 10, note: "" },
    { series: "b", flops: 1, loss: 1e3, note: "" },
    { series: "a", flops: 100, loss: 1e8, note: "" },
    { series: "b", flops: 50, loss: 1e4, note: "" },
    { series: "c", flops: 70, loss: 1e4, note: "" },
  ];
  const domain: [number, number] = [1, 1e9];

  it("takes each series' last row, in the order the series first appear", () => {
    const ends = endLabels(rows, "series", "flops", "loss", domain);
    expect(ends.map(({ series, x, y }) => ({ series, x, y }))).toEqual([
      { series: "a", x: 100, y: 1e8 },
      { series: "b", x: 50, y: 1e4 },
      { series: "c", x: 70, y: 1e4 },
    ]);
    // Nothing near "a": its label stays at its line's end.
    expect(ends[0]!.labelY).toBe(1e8);
  });

  it("dodges labels of lines that end together, as dodgeLog does", () => {
    const ends = endLabels(rows, "series", "flops", "loss", domain);
    const gap = (14 * 9) / (380 - 20 - 44); // 14 px in log10 units on a 9-decade axis
    expect(Math.log10(ends[2]!.labelY) - Math.log10(ends[1]!.labelY)).toBeCloseTo(gap, 9);
    expect(ends).toEqual(
      dodgeLog(
        ends.map(({ series, x, y }) => ({ series, x, y })),
        domain,
      ),
    );
  });

  it("follows an explicit series order and fails on a series with no rows", () => {
    expect(endLabels(rows, "series", "flops", "loss", domain, ["c", "a"]).map((e) => e.series)).toEqual(["c", "a"]);
    expect(() => endLabels(rows, "series", "flops", "loss", domain, ["a", "d"])).toThrow(/no rows of series "d"/);
  });

  it("checks the keys against the row type (a type test: tsc fails if these compile)", () => {
    const typeOnly = () => {
      // @ts-expect-error the series key must name a string field
      endLabels(rows, "flops", "flops", "loss", domain);
      // @ts-expect-error the y key must name a number field
      endLabels(rows, "series", "flops", "note", domain);
      // @ts-expect-error the x key must be a field of the rows
      endLabels(rows, "series", "tokens", "loss", domain);
    };
    expect(typeof typeOnly).toBe("function");
  });
});

describe("endLabelText (the end labels' text mark)", () => {
  const { document } = parseHTML("<!doctype html><html><head></head><body></body></html>") as unknown as { document: Document };
  const draw = (mark: Plot.Markish) =>
    (
      Plot.plot({
        document,
        width: 400,
        height: 300,
        x: { type: "log", domain: [1, 1e3] },
        y: { type: "log", domain: [1, 1e6] },
        color: { domain: ["a", "b"], range: ["red", "blue"] },
        marks: [mark],
      }) as unknown as Element
    ).outerHTML;
  const ends: EndLabel[] = [
    { series: "a", x: 10, y: 100, labelY: 1e3 },
    { series: "b", x: 20, y: 100, labelY: 100 },
  ];

  it("draws each series' name at its dodged height, left-aligned 6 px right of the line's end, in the series colour", () => {
    const svg = draw(endLabelText(ends));
    const plain = draw(Plot.text(ends, { x: "x", y: "labelY", text: "series", fill: "series", textAnchor: "start", dx: 6 }));
    expect(svg).toBe(plain);
    expect(svg).toContain('text-anchor="start"');
    expect(svg).toMatch(/fill="red"[^>]*>a</);
    expect(svg).toMatch(/fill="blue"[^>]*>b</);
  });

  it("takes extra text options", () => {
    expect(draw(endLabelText(ends, { fontSize: 11 }))).toContain('font-size="11"');
    expect(draw(endLabelText(ends))).not.toContain('font-size="11"');
  });
});
