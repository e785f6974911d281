/**
 * Which models are published (src/render/essay-files.ts): the one rule the figure pages (through
 * astro:content), `npm run permalinks` and the tests (through content/essays on disk) share.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { models } from "../../src/models/index.ts";
import { publishedModels, readEssays } from "../../src/render/essay-files.ts";

describe("publishedModels", () => {
  it("names each model a non-draft essay uses, once, in essay order; drafts and essays without a model add nothing", () => {
    const essays = [
      { model: "kaplan" },
      { model: "data-wall", draft: true },
      { draft: false },
      { model: "transfer", draft: false },
      { model: "kaplan" },
      { model: "" },
    ];
    expect([...publishedModels(essays)]).toEqual(["kaplan", "transfer"]);
  });
  it("publishes a model that a draft and a published essay share", () => {
    expect([...publishedModels([{ model: "kaplan", draft: true }, { model: "kaplan" }])]).toEqual(["kaplan"]);
  });
});

describe("readEssays", () => {
  const dir = mkdtempSync(join(tmpdir(), "essay-files-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reads frontmatter from disk, drafts marked, so the rule sees them", () => {
    writeFileSync(join(dir, "b-draft.mdx"), '---\ntitle: "A draft"\nmodel: data-wall\ndraft: true\nsources: ["kaplan2020"]\n---\nBody.\n');
    writeFileSync(join(dir, "a-live.mdx"), "---\ntitle: 'Live'\nmodel: transfer\n---\n<Figure name=\"x\"/>\n");
    writeFileSync(join(dir, "notes.md"), "not an essay");
    const essays = readEssays(pathToFileURL(`${dir}/`));
    expect(essays.map((e) => [e.id, e.title, e.model, e.draft])).toEqual([
      ["a-live", "Live", "transfer", false],
      ["b-draft", "A draft", "data-wall", true],
    ]);
    expect(essays[1]!.sources).toEqual(["kaplan2020"]);
    expect([...publishedModels(essays)]).toEqual(["transfer"]);
  });

  it("reads the real essays: every published model is in the models registry", () => {
    const published = publishedModels(readEssays());
    expect(published.size).toBeGreaterThanOrEqual(5);
    for (const name of published) expect(models, name).toHaveProperty(name);
  });
});
