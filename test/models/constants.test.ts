import { describe, expect, it } from "vitest";
import { besiroglu2024, defaultChinchillaFit, hernandez2021MixToPython, hoffmann2022 } from "../../src/laws/index.ts";
import { constantsCaption, constantsDescription, constantsLabel } from "../../src/models/constants.ts";
import { defineModel } from "../../src/models/define.ts";

describe("figure constants in words", () => {
  it("names the site default as such, and only it", () => {
    expect(constantsLabel(defaultChinchillaFit)).toMatch(/\(site default\)$/);
    expect(constantsLabel(hoffmann2022)).not.toMatch(/site default/);
  });
  it("cites arXiv id and locator from the preset's own source, and marks secondary constants", () => {
    expect(constantsDescription([hoffmann2022])).toContain(`arXiv ${hoffmann2022.source!.arxiv}, ${hoffmann2022.source!.where}`);
    expect(hernandez2021MixToPython.source!.verification).toBe("secondary");
    expect(constantsDescription([hernandez2021MixToPython])).toMatch(/; secondary\)\.$/);
  });
  it("lists each preset once", () => {
    expect(constantsCaption([besiroglu2024, besiroglu2024, hoffmann2022]).match(/Besiroglu/g)).toHaveLength(1);
    expect(constantsCaption([])).toBe("");
  });
  it("defineModel appends what the figure's constants() returns for these parameters to caption and description", () => {
    const model = defineModel({
      name: "t",
      title: "t",
      params: { x: { label: "x", default: 1, min: 0, max: 2, step: 0.5, scale: "linear", format: { kind: "fixed", digits: 1 } } },
      values: {},
      figures: {
        f: {
          title: "f",
          caption: "A caption.",
          compute: () => [],
          plot: () => ({ marks: [] }),
          describe: () => "A description.",
          columns: [],
          sources: ["hoffmann2022"],
          constants: (p: { x: number }) => (p.x > 1 ? [hoffmann2022] : [defaultChinchillaFit]),
        },
      },
    } as never);
    const f = model.figures.f!;
    const caption = f.caption as (p: object) => string;
    expect(caption({ x: 1 })).toBe(`A caption. Constants: ${constantsLabel(defaultChinchillaFit)}.`);
    expect(caption({ x: 2 })).toBe("A caption. Constants: Hoffmann et al. 2022, printed.");
    expect(f.describe([], { x: 2 })).toBe(`A description. ${constantsDescription([hoffmann2022])}`);
  });
});

describe("every figure names its constants", () => {
  it("in its caption and its description, at the defaults", async () => {
    const { models } = await import("../../src/models/index.ts");
    const missing: string[] = [];
    for (const m of Object.values(models)) {
      for (const [name, f] of Object.entries(m.figures)) {
        const caption = typeof f.caption === "function" ? f.caption(m.defaults) : f.caption;
        const description = f.describe(f.compute(m.defaults), m.defaults);
        if (!/Constants: \S/.test(caption) || !/Constants: \S/.test(description)) missing.push(`${m.name}/${name}`);
      }
    }
    expect(missing, "give these figures constants: () => [presets…] in their spec").toEqual([]);
  });
});
