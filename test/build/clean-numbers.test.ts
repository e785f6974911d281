/**
 * Clean files: no floating point noise (999.9999999999998 for 1e3, 0.6000000000000001) in any CSV
 * or JSON the site publishes. Grid points are rounded where they are made (src/models/numeric.ts)
 * and data files carry 12 significant digits (src/lib/figure-files.ts), so a run of eight 9s or
 * 0s can only be a true value near a round one (a share of 0.999999999933), never rounding error.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { dist, distFiles } from "./html.ts";

const published = () => distFiles().filter((f) => /\.(csv|json)$/.test(f));

/** Significant digits of a number as written ("1000" → 1, "0.000027698679441" → 14 − 3 zeros = 11). */
function significantDigits(text: string): number {
  const mantissa = text
    .replace(/^-/, "")
    .replace(/e[+-]?\d+$/i, "")
    .replace(".", "")
    .replace(/^0+/, "");
  return mantissa.replace(/0+$/, "").length;
}

/**
 * Every data number in a figure file as written: the JSON's rows, the CSV's cells that are
 * numbers. (Parameters and law constants, e.g. laws/presets.json's exp(6.0073404) for A, are
 * published at full precision on purpose: they are inputs, not computed grid output.)
 */
function numbers(file: string, text: string): string[] {
  if (file.endsWith(".json")) {
    const out: string[] = [];
    const walk = (v: unknown) => {
      if (typeof v === "number") out.push(String(v));
      else if (v && typeof v === "object") for (const x of Object.values(v)) walk(x);
    };
    walk((JSON.parse(text) as { rows: unknown }).rows);
    return out;
  }
  return text
    .split("\n")
    .filter((line) => line && !line.startsWith("#"))
    .flatMap((line) => line.split(","))
    .filter((cell) => /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(cell));
}

describe("published CSV and JSON files", () => {
  it("carry no data value with more than 12 significant digits", () => {
    const files = published().filter((f) => /^figures\/.*\/figure\.(csv|json)$/.test(f));
    expect(files.filter((f) => f.endsWith("figure.csv")).length).toBeGreaterThan(20);
    const long: string[] = [];
    let count = 0;
    for (const file of files) {
      for (const n of numbers(file, readFileSync(join(dist(), file), "utf8"))) {
        count++;
        if (significantDigits(n) > 12) long.push(`${file}: ${n}`);
      }
    }
    expect(count).toBeGreaterThan(10_000);
    expect(long.slice(0, 20)).toEqual([]);
  });

  it("show no 99999999 or 00000001 noise: every such run is a true value of at most 12 digits", () => {
    const hits: string[] = [];
    for (const file of published()) {
      const text = readFileSync(join(dist(), file), "utf8");
      for (const m of text.matchAll(/-?[\d.]*(?:99999999|00000001)[\d]*(?:e[+-]?\d+)?/g)) {
        if (significantDigits(m[0]) > 12) hits.push(`${file}: ${m[0]}`);
      }
    }
    expect(hits.slice(0, 20)).toEqual([]);
  });
});
