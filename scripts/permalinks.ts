/**
 * Check or deliberately update the permalink corpus (test/permalinks.json):
 *   npm run permalinks            → re-render every committed URL, report changed hashes (exit 1)
 *   npm run permalinks -- --update → re-render and rewrite the corpus (new figures added, hashes updated)
 * Update only after a change you meant: a changed default or renamed parameter needs a migration
 * in the model first, so old links keep rendering the figure they named.
 */
import { readFileSync, writeFileSync } from "node:fs";
import pkg from "../package.json" with { type: "json" };
import { corpusUrls, permalinkHash, type PermalinkEntry } from "../src/render/permalinks.ts";
import { publishedModels, readEssays } from "../src/render/essay-files.ts";

const FILE = new URL("../test/permalinks.json", import.meta.url);

export async function main(argv: string[]) {
  const update = argv.includes("--update");
  let corpus: PermalinkEntry[] = [];
  try {
    corpus = JSON.parse(readFileSync(FILE, "utf8")).permalinks;
  } catch {
    corpus = [];
  }
  const changed: string[] = [];
  const next: PermalinkEntry[] = corpus.map(({ url, hash }) => {
    const now = permalinkHash(url, pkg.version);
    if (now !== hash) changed.push(`${url}\n  committed ${hash}\n  now       ${now}`);
    return { url, hash: now };
  });
  if (update) {
    const known = new Set(next.map((e) => e.url.replace(/[?&]v=[^&]*/, "")));
    // A draft essay's figures are unpublished: they join the corpus when the essay is published.
    const published = publishedModels(readEssays());
    for (const url of corpusUrls(pkg.version).filter((u) => published.has(u.split("/")[2]!)))
      if (!known.has(url.replace(/[?&]v=[^&]*/, ""))) {
        // A figure that reads no parameter yields the same URL three times: add it once.
        known.add(url.replace(/[?&]v=[^&]*/, ""));
        next.push({ url, hash: permalinkHash(url, pkg.version) });
      }
    writeFileSync(
      FILE,
      `${JSON.stringify({ note: "Figure permalinks and the sha256 (first 16 hex) of each normalised SVG. Regenerate only deliberately: npm run permalinks -- --update", permalinks: next }, null, 2)}\n`,
    );
    console.log(`wrote ${next.length} permalinks (${changed.length} hashes changed)`);
    return;
  }
  if (changed.length) {
    console.error(`${changed.length} permalink(s) now render differently:\n${changed.join("\n")}`);
    process.exitCode = 1;
  } else console.log(`${corpus.length} permalinks render their committed hashes`);
}
