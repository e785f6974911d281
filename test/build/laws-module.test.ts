/**
 * The law module published with the site (/laws/<semver>.mjs, /laws/latest.mjs) is the same
 * code as src/laws: imported in Node from the built files, it returns the same numbers, and
 * /laws/presets.json carries every preset with its source.
 */
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import * as src from "../../src/laws/index.ts";
import pkg from "../../package.json" with { type: "json" };
import { dist, readText } from "./html.ts";
import { lawMeta } from "../../src/laws/meta.ts";

const load = async (file: string) => (await import(/* @vite-ignore */ pathToFileURL(join(dist(), "laws", file)).href)) as typeof src;

describe("the published law module", () => {
  it("is one self-contained ES module with a header naming version, commit and licence", () => {
    const text = readText("laws/latest.mjs");
    expect(text.startsWith("/*!")).toBe(true);
    const header = text.slice(0, text.indexOf("*/"));
    expect(header).toContain(`version ${pkg.version}+`);
    expect(header).toMatch(/commit [0-9a-z]+/);
    expect(header).toContain("MIT");
    expect(text).not.toMatch(/^\s*import\s/m); // bundled: nothing to fetch
    expect(readText(`laws/${pkg.version}.mjs`)).toBe(text);
  });

  it("carries each law's JSDoc before its declaration, as src/laws has it (editors show it on hover)", () => {
    const text = readText("laws/latest.mjs");
    for (const name of Object.keys(lawMeta)) {
      const at = text.search(new RegExp(`^function ${name}\\(`, "m"));
      expect(at, name).toBeGreaterThan(0);
      const before = text.slice(0, at);
      const doc = before.slice(before.lastIndexOf("/**"));
      expect(doc, `${name}: its JSDoc ends right before it`).toMatch(/\*\/\n$/);
      expect(doc, `${name}: its JSDoc has its Source line`).toContain("Source:");
    }
  });

  it("exports everything src/laws/index.ts exports", async () => {
    const built = await load("latest.mjs");
    expect(Object.keys(built).sort()).toEqual(Object.keys(src).sort());
  });

  it("returns the same numbers as src/laws", async () => {
    const built = await load(`${pkg.version}.mjs`);
    // Same code, same engine: results must be identical, not merely close.
    expect(built.chinchillaOptimal({ flops: 5.76e23 })).toEqual(src.chinchillaOptimal({ flops: 5.76e23 }));
    expect(built.chinchillaLoss({ params: 70e9, tokens: 1.4e12 }, built.hoffmann2022Unrounded)).toBe(
      src.chinchillaLoss({ params: 70e9, tokens: 1.4e12 }, src.hoffmann2022Unrounded),
    );
    expect(built.kaplanLoss({ nonEmbeddingParams: 1.5e9, tokens: 22e9 })).toBe(src.kaplanLoss({ nonEmbeddingParams: 1.5e9, tokens: 22e9 }));
    expect(built.transferredData({ fineTuneData: 3e5, nonEmbeddingParams: 4e7 })).toBe(src.transferredData({ fineTuneData: 3e5, nonEmbeddingParams: 4e7 }));
    // Reference value from the datablations README (commit 1370131), as in test/laws.
    expect(built.dataConstrainedLoss({ params: 6.34e9, tokens: 242e9, uniqueTokens: 25e9 })).toBeCloseTo(2.2256440889984477, 12);
    expect(built.costOptimal({ budget: 1e6, pricePerFlop: 1e-18, pricePerToken: 1e-6 })).toEqual(
      src.costOptimal({ budget: 1e6, pricePerFlop: 1e-18, pricePerToken: 1e-6 }),
    );
    expect(built.kaplanCrossover()).toEqual(src.kaplanCrossover());
    expect(() => built.chinchillaLoss({ params: -1, tokens: 1 })).toThrow("invalid params: -1 (must be a finite number > 0)");
  });

  it("publishes every preset with its source and the cited work as JSON", () => {
    const json = JSON.parse(readText("laws/presets.json")) as {
      version: string;
      presets: Record<string, Record<string, unknown> & { source: { id: string; work: { title: string } } }>;
    };
    expect(json.version.startsWith(`${pkg.version}+`)).toBe(true);
    const all = src as unknown as Record<string, unknown>;
    const presetNames = Object.keys(all).filter((n) => typeof all[n] === "object" && all[n] !== null && "source" in (all[n] as object));
    expect(Object.keys(json.presets).sort()).toEqual(presetNames.sort());
    expect(json.presets.hoffmann2022!.E).toBe(src.hoffmann2022.E);
    expect(json.presets.muennighoff2023!.rdStar).toBe(src.muennighoff2023.rdStar);
    for (const [name, preset] of Object.entries(json.presets)) {
      expect(preset.source.work?.title, name).toBe((src.sources as Record<string, { title: string }>)[preset.source.id]!.title);
    }
  });
});
