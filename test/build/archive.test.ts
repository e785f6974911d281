/**
 * Cited versions stay readable: `npm run build:archive` builds each release tag into
 * /v/<version>/. Here two temporary tags (v0.0.1, v0.0.2, made in a throwaway repository from
 * this commit with those package versions) are built next to the live build; then the live
 * site's older-version banner must link a v=0.0.1 permalink to the same page and state in
 * /v/0.0.1/, and that link must open there (Chromium).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseHeaders } from "../../scripts/serve.mjs";
import { CHROMIUM_ARGS, findChromium } from "../setup/browser.ts";
import { serveDir } from "../setup/server.ts";
import { dist } from "./html.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
let work = "";
let out = "";
let log = "";

function git(cwd: string, ...args: string[]) {
  return execFileSync("git", ["-c", "user.name=test", "-c", "user.email=test@example.invalid", "-c", "commit.gpgsign=false", ...args], {
    cwd,
    encoding: "utf8",
  });
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "slc-archive-test-"));
  const repo = join(work, "repo");
  mkdirSync(repo);
  // This commit's tree in a throwaway repository, tagged twice with two package versions.
  const tar = spawnSync("git", ["-C", root, "archive", "--format=tar", "HEAD"], { maxBuffer: 1024 * 1024 * 1024 });
  spawnSync("tar", ["-x", "-C", repo], { input: tar.stdout });
  git(repo, "init", "-q");
  for (const version of ["0.0.1", "0.0.2"]) {
    const pkg = JSON.parse(readFileSync(join(repo, "package.json"), "utf8"));
    writeFileSync(join(repo, "package.json"), `${JSON.stringify({ ...pkg, version }, null, 2)}\n`);
    git(repo, "add", "-A");
    git(repo, "commit", "-q", "-m", `release ${version}`);
    git(repo, "tag", `v${version}`);
  }
  // The live build beside it: linked, except the two files the archive script rewrites.
  out = join(work, "site");
  mkdirSync(out);
  for (const name of readdirSync(dist())) {
    if (name === "_headers" || name === "versions.json") copyFileSync(join(dist(), name), join(out, name));
    else symlinkSync(join(dist(), name), join(out, name));
  }
  const { BASE_URL: _b, MODE: _m, DEV: _d, PROD: _p, SSR: _s, ...env } = process.env;
  const result = spawnSync(process.execPath, ["scripts/build-archive.mjs", "--repo", repo, "--out", out], {
    cwd: root,
    encoding: "utf8",
    env,
    maxBuffer: 64 * 1024 * 1024,
  });
  log = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`build:archive failed:\n${log.slice(-4000)}`);
}, 600_000);

afterAll(() => {
  if (work && !process.env.KEEP_TEST_DIST) rmSync(work, { recursive: true, force: true });
});

describe("npm run build:archive", () => {
  it("builds each release tag under /v/<version>/ with its own version and base", () => {
    for (const version of ["0.0.1", "0.0.2"]) {
      const v = JSON.parse(readFileSync(join(out, "v", version, "version.json"), "utf8"));
      expect(v.semver).toBe(version);
      expect(v.site).toMatch(new RegExp(`/v/${version.replace(/\./g, "\\.")}/$`));
      const page = readFileSync(join(out, "v", version, "essays", "transfer", "index.html"), "utf8");
      const assets = [...page.matchAll(/(?:src|href)="(\/[^"]*_astro\/[^"]+)"/g)].map((m) => m[1]!);
      expect(assets.length).toBeGreaterThan(0);
      for (const asset of assets) {
        expect(asset.startsWith(`/v/${version}/_astro/`), asset).toBe(true);
        expect(existsSync(join(out, asset)), asset).toBe(true);
      }
    }
    expect(JSON.parse(readFileSync(join(out, "versions.json"), "utf8")).archived).toEqual(["0.0.1", "0.0.2"]);
  });

  it("adds each archive's header rules to the one headers file, without a second site-wide rule", () => {
    expect(existsSync(join(out, "v", "0.0.1", "_headers"))).toBe(false);
    const rules = parseHeaders(readFileSync(join(out, "_headers"), "utf8"));
    const paths = rules.map((r) => r.path);
    expect(paths).toContain("/v/0.0.1/_astro/*");
    expect(paths).toContain("/v/0.0.2/figures/:model/:figure/embed/");
    expect(paths).not.toContain("/v/0.0.1/*");
    expect(paths.filter((p) => p === "/*")).toHaveLength(1);
    const names = rules.filter((r) => r.pattern.test("/v/0.0.1/_astro/x.js")).flatMap((r) => r.headers.map(([n]) => n.toLowerCase()));
    expect(names.sort()).toEqual(["cache-control", "referrer-policy", "x-content-type-options"]);
  });

  const executablePath = findChromium();
  it.skipIf(!executablePath)("links an older permalink to the same page and state in its archive, and the link opens (Chromium)", async () => {
    const { origin, close } = await serveDir(out);
    const browser = await chromium.launch({ executablePath: executablePath!, args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const query = "?modelScale=20&v=0.0.1%2Babc1234";
      await page.goto(`${origin}/essays/transfer/${query}`);
      const link = page.locator(".law-version-banner a.law-version-archive");
      await link.waitFor();
      expect(await link.getAttribute("href")).toBe(`/v/0.0.1/essays/transfer/${query}`);
      expect(await link.textContent()).toBe("Read it as it was in 0.0.1");
      await Promise.all([page.waitForURL(`${origin}/v/0.0.1/essays/transfer/${query}`), link.click()]);
      await page.waitForSelector("law-param[data-ready]");
      await page.waitForFunction(() => document.querySelector('law-param[name="modelScale"]')?.getAttribute("aria-valuenow") === "20");
      expect(await page.locator(".site-footer .version code").textContent()).toMatch(/^0\.0\.1\+/);
      expect(await page.locator(".law-version-banner").count()).toBe(0);

      // A version with no archive gets no such link (the changelog link stays).
      await page.goto(`${origin}/essays/transfer/?v=0.0.0`, { waitUntil: "networkidle" });
      await page.locator(".law-version-banner").waitFor();
      expect(await page.locator(".law-version-archive").count()).toBe(0);
    } finally {
      await browser.close();
      await close();
    }
  });
});
