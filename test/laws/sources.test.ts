import { describe, expect, it } from "vitest";
import * as laws from "../../src/laws/index.ts";
import { sourceIds, sources } from "../../src/laws/index.ts";

// Every id the essays cite (the brief for issue 4 lists them).
const REQUIRED = [
  "kaplan2020",
  "hoffmann2022",
  "besiroglu2024",
  "hernandez2021",
  "muennighoff2023",
  "lu2021",
  "pearce2024",
  "porian2024",
  "cotra2020",
  "kokotajlo2021",
  "chinchillaLinkpost2022",
  "mackinlay",
  "sutton2019",
  "epochAnalyzingChinchilla",
  "datablations",
  "sardana2023",
  "gadre2024",
  "deepseek2024",
  "villalobos2024",
  "epochData2024",
  "touvron2023",
  "meta2024llama3",
  "epochCompute2024",
  "epochDatasets",
  "dubey2024",
];
// arXiv ids from SOURCES.md.
const ARXIV: Record<string, string> = {
  kaplan2020: "2001.08361",
  hoffmann2022: "2203.15556",
  besiroglu2024: "2404.10102",
  hernandez2021: "2102.01293",
  muennighoff2023: "2305.16264",
  lu2021: "2103.05247",
  pearce2024: "2406.12907",
  porian2024: "2406.19146",
  sardana2023: "2401.00448",
  gadre2024: "2403.08540",
  deepseek2024: "2401.02954",
  villalobos2024: "2211.04325",
  dubey2024: "2407.21783",
};

describe("sources registry", () => {
  it("has every cited work, each keyed by its own id, frozen", () => {
    expect([...sourceIds].sort()).toEqual([...REQUIRED].sort());
    for (const id of sourceIds) {
      const s = sources[id];
      expect(s.id).toBe(id);
      expect(s.title.length).toBeGreaterThan(3);
      expect(s.authors.length).toBeGreaterThan(0);
      expect(Number.isInteger(s.year) && s.year >= 2019 && s.year <= 2024).toBe(true);
      expect(("arxiv" in s && s.arxiv) || ("url" in s && s.url)).toBeTruthy();
      expect(Object.isFrozen(s)).toBe(true);
    }
    expect(Object.isFrozen(sources)).toBe(true);
  });
  it("carries the arXiv ids of SOURCES.md", () => {
    for (const [id, arxiv] of Object.entries(ARXIV)) expect((sources as Record<string, { arxiv?: string }>)[id]!.arxiv).toBe(arxiv);
  });
  it("names the seeds' thread and linkpost by their post ids", () => {
    expect(sources.kokotajlo2021.url).toContain("2j7mtf58Zr9XehjxP");
    expect(sources.chinchillaLinkpost2022.url).toContain("4dbK5dPiqHCgNdKnq");
    expect(sources.epochAnalyzingChinchilla.note).toContain("9225883");
    expect(sources.datablations.note).toContain("1370131");
  });
  it("every exported preset is frozen and its source keys the registry, with url and commit when code-derived", () => {
    const presets = Object.entries(laws).filter(([, v]) => typeof v === "object" && v !== null && "source" in v);
    expect(presets.length).toBeGreaterThanOrEqual(14);
    for (const [name, preset] of presets) {
      const source = (preset as { source: laws.PresetSource }).source;
      expect(Object.isFrozen(preset), name).toBe(true);
      expect(sourceIds, name).toContain(source.id);
      expect(["paper", "code", "secondary"], name).toContain(source.verification);
      expect(source.where.length, name).toBeGreaterThan(2);
      if (source.verification === "code") {
        expect(source.url, name).toMatch(/^https:\/\/github\.com\//);
        expect(source.commit, name).toMatch(/^[0-9a-f]{7,40}$/);
      }
    }
  });
});
