/**
 * The committed permalink corpus re-renders to its committed hashes: a figure's output changes
 * only by a deliberate update (npm run permalinks -- --update), never by accident, and a renamed
 * parameter or changed default needs a migration so old links keep their figure.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import pkg from "../../package.json" with { type: "json" };
import { models } from "../../src/models/index.ts";
import { corpusUrls, permalinkHash, type PermalinkEntry } from "../../src/render/permalinks.ts";

const corpus = (JSON.parse(readFileSync(new URL("../permalinks.json", import.meta.url), "utf8")) as { permalinks: PermalinkEntry[] }).permalinks;

describe("permalink corpus", () => {
  it("covers every figure of every model", () => {
    for (const model of Object.values(models)) {
      for (const figure of Object.keys(model.figures)) {
        expect(corpus.some((e) => e.url.startsWith(`/figures/${model.name}/${figure}/?`)), `${model.name}/${figure}: run npm run permalinks -- --update`).toBe(true);
      }
    }
    expect(corpus.length).toBeGreaterThanOrEqual(corpusUrls(pkg.version).length);
  });

  it.each(corpus.map((e) => [e.url, e.hash] as const))("%s renders %s", (url, hash) => {
    expect(permalinkHash(url, pkg.version), "the figure changed: if deliberate, add a migration if needed and run npm run permalinks -- --update").toBe(hash);
  });

  it("rejects a URL that is not a figure permalink, and a corpus entry with a bad parameter", () => {
    expect(() => permalinkHash("/essays/transfer/", pkg.version)).toThrow(/invalid permalink/);
    expect(() => permalinkHash("/figures/transfer/effective-data/?modelScale=abc", pkg.version)).toThrow(/modelScale: not a number/);
  });
});
