/**
 * A draft essay is unpublished everywhere, figures included: its model's figure pages, embeds,
 * files, the figures index, the sitemap, the feeds, the bibliography, the laws' "used by" lines and
 * the search index say nothing of it. Builds the fixture essays in test/fixtures/drafts (one
 * published essay on the transfer model, one draft on the kaplan model) into a temporary folder.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gunzipSync } from "node:zlib";

const root = resolve(import.meta.dirname, "../..");
let out = "";

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), "slc-drafts-"));
  const result = spawnSync(process.execPath, ["node_modules/astro/bin/astro.mjs", "build", "--outDir", out], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, ESSAYS_DIR: "test/fixtures/drafts", ASTRO_TELEMETRY_DISABLED: "1", NO_COLOR: "1", FORCE_COLOR: "0" },
    maxBuffer: 64 * 1024 * 1024,
    timeout: 110_000,
  });
  if (result.status !== 0) throw new Error(`fixture build failed:\n${(result.stdout + result.stderr).slice(-3000)}`);
}, 120_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

const read = (path: string) => readFileSync(join(out, path), "utf8");
function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? allFiles(join(dir, d.name)) : [join(dir, d.name)]));
}

describe("a draft essay's figures are unpublished", () => {
  it("the published essay's figures are published (the fixture is not vacuous)", () => {
    expect(existsSync(join(out, "figures/transfer/effective-data/index.html"))).toBe(true);
    expect(read("figures/index.html")).toContain("/figures/transfer/");
    expect(read("sitemap.xml")).toContain("/figures/transfer/effective-data/");
  });
  it("no essay page, figure page, embed or file for the draft", () => {
    expect(existsSync(join(out, "essays/unfinished"))).toBe(false);
    expect(existsSync(join(out, "figures/kaplan"))).toBe(false);
  });
  it("no index, sitemap, feed, bibliography, laws or search entry names the draft or its figures", () => {
    const offenders = allFiles(out)
      .filter((f) => /\.(html|xml|json|txt|md)$/.test(f))
      .filter((f) => /\/figures\/kaplan\/|unfinished fixture essay|\/essays\/unfinished\//i.test(readFileSync(f, "utf8")));
    expect(offenders.map((f) => f.slice(out.length))).toEqual([]);
  });
  it("the search index has no record of the draft's figures", () => {
    const fragments = allFiles(join(out, "pagefind")).filter((f) => f.includes("/fragment/"));
    expect(fragments.length).toBeGreaterThan(0);
    // Pagefind fragments are gzip'd JSON; the page list in them is what search can return.
    const urls = fragments.map(
      (f) =>
        JSON.parse(
          gunzipSync(readFileSync(f))
            .toString("utf8")
            .replace(/^pagefind_dcd/, ""),
        ).url as string,
    );
    expect(urls.some((u) => u.includes("/figures/transfer/"))).toBe(true);
    expect(urls.filter((u) => u.includes("/figures/kaplan/") || u.includes("/essays/unfinished/"))).toEqual([]);
  });
});
