import { describe, expect, it } from "vitest";
import * as laws from "../../src/laws/index.ts";
import { readdirSync, readFileSync } from "node:fs";

// The contract in ../shared/DESIGN.md, "The law module's public API": these names must stay exported.
const CONTRACT = {
  number: ["PF_DAY_FLOPS"],
  function: [
    "pfDaysToFlops",
    "flopsToPfDays",
    "trainingFlops",
    "flopsPerToken",
    "kaplanLossParams",
    "kaplanLossTokens",
    "kaplanLossCompute",
    "kaplanLoss",
    "kaplanCriticalBatch",
    "chinchillaLoss",
    "chinchillaOptimal",
    "transferredData",
    "transferMultiplier",
    "transferDataForModelScale",
    "effectiveTokens",
    "effectiveParams",
    "dataConstrainedLoss",
    "fitChinchilla",
  ],
  preset: [
    "kaplan2020",
    "kaplan2020Table2",
    "kaplan2020Table3",
    "hoffmann2022",
    "hoffmann2022Unrounded",
    "besiroglu2024",
    "hernandez2021TextToPython",
    "hernandez2021MixToPython",
    "muennighoff2023",
  ],
};
// Preset fields pinned by DESIGN.md.
const FIELDS: Record<string, string[]> = {
  kaplan2020: ["alphaN", "Nc", "alphaD", "Dc", "alphaC", "CcPfDays", "alphaB", "Bstar", "source"],
  kaplan2020Table2: ["alphaN", "alphaD", "Nc", "Dc", "source"],
  kaplan2020Table3: ["alphaN", "alphaS", "Nc", "Sc", "source"],
  hoffmann2022: ["E", "A", "B", "alpha", "beta", "source"],
  hoffmann2022Unrounded: ["E", "A", "B", "alpha", "beta", "source"],
  besiroglu2024: ["E", "A", "B", "alpha", "beta", "source"],
  hernandez2021TextToPython: ["k", "alpha", "beta", "source"],
  hernandez2021MixToPython: ["k", "alpha", "beta", "source"],
  muennighoff2023: ["E", "A", "B", "alpha", "beta", "rdStar", "rnStar", "source"],
};

describe("src/laws/index.ts honours DESIGN.md's contract", () => {
  const exports = laws as Record<string, unknown>;
  it("exports every contract name with the right kind", () => {
    for (const name of CONTRACT.number) expect(typeof exports[name], name).toBe("number");
    for (const name of CONTRACT.function) expect(typeof exports[name], name).toBe("function");
    for (const name of CONTRACT.preset) expect(Object.isFrozen(exports[name]), name).toBe(true);
  });
  it("gives every preset the pinned fields", () => {
    for (const [name, fields] of Object.entries(FIELDS)) {
      for (const field of fields) expect(exports[name], `${name}.${field}`).toHaveProperty(field);
    }
  });
  it("uses named re-exports only, and every src/laws module stays pure (no DOM, I/O, Date, Math.random, console)", () => {
    const index = readFileSync(new URL("../../src/laws/index.ts", import.meta.url), "utf8");
    expect(index).not.toMatch(/export \*/);
    const dir = new URL("../../src/laws/", import.meta.url);
    const files = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith(".ts")).map((f) => f.replace(/\.ts$/, ""));
    expect(files.length).toBeGreaterThanOrEqual(20);
    for (const f of files) {
      const text = readFileSync(new URL(`../../src/laws/${f}.ts`, import.meta.url), "utf8");
      const code = text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "");
      expect(code, f).not.toMatch(/\b(document|window|console|Date|Math\.random|fetch|require|process)\b/);
      expect(code, f).not.toMatch(/from "(node:|\.\.\/\.\.)/);
      for (const m of code.matchAll(/from "([^"]+)"/g)) expect(m[1], `${f} imports ${m[1]}`).toMatch(/^\.{1,2}\/.*\.ts$/);
    }
  });
});
