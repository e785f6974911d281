/**
 * The committed permalink corpus re-renders to its committed hashes: a figure's output changes
 * only by a deliberate update (npm run permalinks -- --update), never by accident, and a renamed
 * parameter or changed default needs a migration so old links keep their figure.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import pkg from "../../package.json" with { type: "json" };
import { models } from "../../src/models/index.ts";
import { publishedModelNames } from "../build/collection.ts";
import { corpusUrls, permalinkHash, type PermalinkEntry } from "../../src/render/permalinks.ts";

const corpus = (JSON.parse(readFileSync(new URL("../permalinks.json", import.meta.url), "utf8")) as { permalinks: PermalinkEntry[] }).permalinks;

// A draft essay's figures have no permalinks yet.
const published = await publishedModelNames();

describe("permalink corpus", () => {
  it("covers every figure of every published model", () => {
    expect(published.size, "read the essays' frontmatter").toBeGreaterThanOrEqual(7);
    for (const model of Object.values(models).filter((m) => published.has(m.name))) {
      for (const figure of Object.keys(model.figures)) {
        expect(
          corpus.some((e) => e.url.startsWith(`/figures/${model.name}/${figure}/?`)),
          `${model.name}/${figure}: run npm run permalinks -- --update`,
        ).toBe(true);
      }
    }
    expect(corpus.length).toBeGreaterThanOrEqual(corpusUrls(pkg.version).filter((u) => published.has(u.split("/")[2]!)).length);
  });

  it.each(corpus.map((e) => [e.url, e.hash] as const))("%s renders %s", (url, hash) => {
    expect(permalinkHash(url, pkg.version), "the figure changed: if deliberate, add a migration if needed and run npm run permalinks -- --update").toBe(hash);
  });

  it("rejects a URL that is not a figure permalink, and a corpus entry with a bad parameter", () => {
    expect(() => permalinkHash("/essays/transfer/", pkg.version)).toThrow(/invalid permalink/);
    expect(() => permalinkHash("/figures/transfer/effective-data/?modelScale=abc", pkg.version)).toThrow(/modelScale: not a number/);
  });
});

describe("the 0.2.0 change of Chinchilla fit (migration path)", () => {
  // A 0.1.0 permalink of a figure that moved renders the printed-constants figure (the committed
  // corpus holds its 0.1.0 hash); the same figure at today's defaults is a different figure.
  it.each([
    "/figures/fine-tuning/compute-split/",
    "/figures/fine-tuning/scratch-vs-pretrain/",
    "/figures/how-clever/ratio-vs-price/",
    "/figures/how-clever/worth-paying/",
  ])("%s: v=0.1.0 renders fit=1, the committed figure; v=0.2.0 renders the refit", (path) => {
    const committed = corpus.find((e) => e.url === `${path}?v=0.1.0`);
    expect(committed, `${path}?v=0.1.0 is in the corpus`).toBeDefined();
    const old = permalinkHash(`${path}?v=0.1.0`, pkg.version);
    expect(old).toBe(committed!.hash);
    // The migration's old defaults, given explicitly to a 0.2.0 link, draw the same figure.
    const model = models[path.split("/")[2]!]!;
    const before = new URLSearchParams(Object.entries(model.migrations!.find((m) => m.before === "0.2.0")!.defaults!).map(([k, v]) => [k, String(v)]));
    expect(permalinkHash(`${path}?${before.toString()}&v=0.2.0`, pkg.version)).toBe(old);
    expect(permalinkHash(`${path}?v=0.2.0`, pkg.version)).not.toBe(old);
  });
});
