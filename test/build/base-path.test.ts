/**
 * Deploying below the root: build the site with BASE_PATH=/sub/ into its own directory and check
 * that every link, asset, permalink, feed entry and search result stays under /sub/ and points at
 * a file that exists; then drive Chromium (when there is one) over the build served at /sub/ to
 * check the URLs the islands make at run time (URL state, cite panel, version banner, search).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { DOMParser, parseHTML } from "linkedom";
import { chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM_ARGS, findChromium } from "../setup/browser.ts";
import { serveDir } from "../setup/server.ts";

const BASE = "/sub/";
const SITE = "https://base-path.example.org";
const ROOT = `${SITE}${BASE}`;

let dir = "";

function build(outDir: string) {
  // Vitest puts Vite's import.meta.env (BASE_URL=/, MODE, …) into process.env; a child build
  // would read BASE_URL=/ over its own base, so those are left out.
  const { BASE_URL: _b, MODE: _m, DEV: _d, PROD: _p, SSR: _s, ...env } = process.env;
  return spawnSync(process.execPath, ["node_modules/astro/bin/astro.mjs", "build", "--outDir", outDir], {
    encoding: "utf8",
    env: { ...env, BASE_PATH: BASE, SITE_URL: SITE, ASTRO_TELEMETRY_DISABLED: "1", FORCE_COLOR: "0", NO_COLOR: "1" },
    maxBuffer: 64 * 1024 * 1024,
  });
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "slc-base-path-"));
  let result = build(dir);
  // Concurrent builds in one checkout share .astro/ and can race on its generated modules.
  if (result.status !== 0 && /ERR_MODULE_NOT_FOUND/.test(`${result.stdout}${result.stderr}`)) result = build(dir);
  if (result.status !== 0) throw new Error(`the site did not build with BASE_PATH=${BASE}:\n${`${result.stdout}\n${result.stderr}`.slice(-4000)}`);
}, 240_000);

afterAll(() => {
  if (dir && !process.env.KEEP_TEST_DIST) rmSync(dir, { recursive: true, force: true });
});

const files = (d = dir): string[] =>
  readdirSync(d).flatMap((name) => (statSync(join(d, name)).isDirectory() ? files(join(d, name)) : [relative(dir, join(d, name))]));
const read = (file: string) => readFileSync(join(dir, file), "utf8");
const html = (file: string) => parseHTML(read(file)).document as unknown as Document;
/** The page's own URL on the canonical origin: dist/essays/x/index.html → https://…/sub/essays/x/. */
const pageUrl = (file: string) => new URL(file.replace(/(^|\/)index\.html$/, "$1"), ROOT);
/** Whether a URL path under the base names a file of the build (directories by their index.html). */
function exists(pathname: string): boolean {
  const local = join(dir, decodeURIComponent(pathname.slice(BASE.length)));
  return existsSync(local) && (!statSync(local).isDirectory() || existsSync(join(local, "index.html")));
}

const LINK_ATTRIBUTES = ["href", "src", "srcset", "action", "data-bundle", "poster"];

describe(`a build with BASE_PATH=${BASE}`, () => {
  it("keeps every internal href, src, srcset and form action under the base, on files that exist", () => {
    const pages = files().filter((f) => f.endsWith(".html"));
    expect(pages.length).toBeGreaterThan(20);
    const problems: string[] = [];
    let checked = 0;
    for (const file of pages) {
      const doc = html(file);
      for (const el of doc.querySelectorAll(LINK_ATTRIBUTES.map((a) => `[${a}]`).join(","))) {
        for (const attr of LINK_ATTRIBUTES) {
          const value = el.getAttribute(attr);
          if (value === null) continue;
          const urls = attr === "srcset" ? value.split(",").map((s) => s.trim().split(/\s+/)[0]!) : [value];
          for (const raw of urls) {
            if (raw.startsWith("#") || /^(mailto|data|blob|javascript):/i.test(raw)) continue;
            const url = new URL(raw, pageUrl(file));
            if (url.origin !== SITE) continue; // another site (arXiv, licences)
            // The 404 page's canonical names the route (/sub/404/), which hosts serve as 404.html.
            if (file === "404.html" && el.matches('link[rel="canonical"]')) continue;
            checked++;
            // The 404 page is served at any missing URL, so relative links would resolve anywhere.
            if (file === "404.html" && !raw.startsWith("/") && url.href !== raw) problems.push(`404.html: relative ${attr}="${raw}"`);
            // Site-absolute links must be written with the base (a relative one resolves to it by itself).
            if (raw.startsWith("/") && !raw.startsWith(BASE)) problems.push(`${file}: <${el.tagName.toLowerCase()} ${attr}="${raw}"> misses the base`);
            else if (!url.pathname.startsWith(BASE)) problems.push(`${file}: ${attr}="${raw}" leaves the base (${url.pathname})`);
            else if (!exists(url.pathname)) problems.push(`${file}: ${attr}="${raw}" names no file of the build`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
  });

  it("writes the headers file's rules under the base", () => {
    const paths = read("_headers")
      .split("\n")
      .filter((line) => line.startsWith("/"));
    expect(paths.length).toBeGreaterThan(10);
    for (const path of paths) expect(path.startsWith(BASE), path).toBe(true);
    expect(paths).toContain(`${BASE}_astro/*`);
    expect(paths).toContain(`${BASE}figures/:model/:figure/embed/`);
  });

  it("declares canonical, OpenGraph and Twitter URLs on the canonical origin with the base", () => {
    for (const file of files().filter((f) => f.endsWith(".html") && !f.includes("/embed/") && f !== "404.html")) {
      const doc = html(file);
      expect(doc.querySelector('link[rel="canonical"]')?.getAttribute("href"), file).toBe(pageUrl(file).href);
      for (const key of ["og:url", "og:image", "twitter:image"]) {
        const value = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute("content") ?? "";
        expect(value.startsWith(ROOT), `${file} ${key}=${value}`).toBe(true);
        expect(exists(new URL(value).pathname), `${file} ${key}=${value}`).toBe(true);
      }
    }
  });

  it("builds permalinks and citations (figure pages and essays) on the base", () => {
    const pages = files().filter((f) => /^(figures|essays)\/.+index\.html$/.test(f) && !f.includes("/embed/"));
    let panels = 0;
    for (const file of pages) {
      const doc = html(file);
      for (const a of doc.querySelectorAll("a.cite-url")) {
        panels++;
        const url = new URL(a.getAttribute("href")!);
        expect(url.href.startsWith(`${ROOT}figures/`), `${file}: ${url.href}`).toBe(true);
        expect(exists(url.pathname), url.href).toBe(true);
        expect(a.closest(".figure-cite")!.querySelector(".cite-text")!.textContent).toContain(`${ROOT}figures/`);
        expect(a.closest(".figure-cite")!.querySelector(".cite-bibtex")!.textContent).toContain(`url = {${ROOT}figures/`);
      }
      // The spec the islands read: citations and the version banner are built on its `site`.
      const spec = doc.querySelector("script.law-spec");
      if (spec) expect(JSON.parse(spec.textContent!).site, file).toBe(ROOT);
    }
    expect(panels).toBeGreaterThan(20);
    expect(read("version.json")).toContain(`"site": "${ROOT}"`);
    expect(read("laws/presets.json")).toContain(`"site": "${ROOT}"`);
  });

  it("loads scripts, styles, fonts, code chunks and the Pagefind bundle from under the base", () => {
    const essay = html("essays/transfer/index.html");
    const scripts = [...essay.querySelectorAll("script[src]")].map((s) => s.getAttribute("src")!);
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of scripts) expect(src.startsWith(`${BASE}_astro/`), src).toBe(true);
    // Vite's preload helper prefixes lazily imported chunks (Plot, the models) with the base.
    const chunks = files().filter((f) => f.startsWith("_astro/") && f.endsWith(".js"));
    const helper = chunks.map(read).find((text) => text.includes("modulepreload"));
    expect(helper, "Vite's preload helper").toBeDefined();
    expect(helper).toContain(`\`${BASE}\`+`);
    for (const file of chunks) expect(read(file), file).not.toMatch(/["'`]\/_astro\//);
    // KaTeX's fonts and any other url() in the stylesheets.
    for (const file of files().filter((f) => f.startsWith("_astro/") && f.endsWith(".css"))) {
      for (const [, url] of read(file).matchAll(/url\(["']?([^)"']+)["']?\)/g)) {
        if (url!.startsWith("data:")) continue;
        expect(url!.startsWith(`${BASE}_astro/`), `${file}: url(${url})`).toBe(true);
        expect(exists(url!), url).toBe(true);
      }
    }
    const bundle = html("search/index.html").querySelector("law-search")!.getAttribute("data-bundle")!;
    expect(bundle).toBe(`${BASE}pagefind/pagefind.js`);
    expect(exists(bundle)).toBe(true);
  });

  it("lists feed entries and sitemap URLs under the base", () => {
    const xml = (file: string) => new DOMParser().parseFromString(read(file), "text/xml") as unknown as Document;
    const rss = [...xml("rss.xml").querySelectorAll("item > link, channel > link")].map((l) => l.textContent!);
    const atom = [...xml("atom.xml").querySelectorAll("link")].map((l) => l.getAttribute("href")!);
    const sitemap = [...xml("sitemap.xml").querySelectorAll("loc")].map((l) => l.textContent!.trim());
    for (const [name, urls] of Object.entries({ rss, atom, sitemap })) {
      expect(urls.length, name).toBeGreaterThan(3);
      for (const url of urls) {
        expect(url.startsWith(ROOT), `${name}: ${url}`).toBe(true);
        expect(exists(new URL(url).pathname), `${name}: ${url}`).toBe(true);
      }
    }
  });

  const executablePath = findChromium();
  it.skipIf(!executablePath)(
    "keeps the URLs the islands make at run time under the base (Chromium)",
    async () => {
      const { origin, close } = await serveDir(dir, 0, BASE);
      const browser = await chromium.launch({ executablePath: executablePath!, args: CHROMIUM_ARGS });
      try {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        const page = await context.newPage();
        const errors: string[] = [];
        page.on("console", (m) => void (m.type() === "error" && errors.push(m.text())));
        page.on("pageerror", (e) => errors.push(e.message));
        page.on("response", (r) => void (r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`)));

        // An older permalink: the version banner links to the changelog under the base.
        await page.goto(`${origin}${BASE}essays/transfer/?modelScale=20&v=0.0.1%2Babc1234`);
        await page.waitForSelector("law-param[data-ready]");
        const banner = await page.locator(".law-version-banner a").getAttribute("href");
        expect(banner).toBe(`${BASE}changelog/#since-0.0.1`);
        // A parameter change rewrites the query of this page (under the base) and the cite permalinks.
        const control = page.locator('law-param[name="modelScale"]').first();
        await control.focus();
        await page.keyboard.press("PageUp");
        await page.waitForFunction(() => new URLSearchParams(location.search).get("modelScale") === "200");
        expect(new URL(page.url()).pathname).toBe(`${BASE}essays/transfer/`);
        await page.waitForFunction(() => [...document.querySelectorAll(".cite-url")].some((a) => a.getAttribute("href")!.includes("modelScale=200")));
        const cites = await page.$$eval(".cite-url", (as) => as.map((a) => a.getAttribute("href")!));
        for (const url of cites) expect(url.startsWith(`${ROOT}figures/transfer/`), url).toBe(true);
        // Opening a permalink (mapped onto this server) restores it.
        const permalink = new URL(cites.find((u) => u.includes("modelScale=200"))!);
        await page.goto(`${origin}${permalink.pathname}${permalink.search}`);
        await page.waitForSelector("law-param[data-ready]");
        expect(await page.locator('law-param[name="modelScale"]').first().getAttribute("aria-valuenow")).toBe("200");

        // Search: Pagefind loads from under the base and its results link there.
        await page.goto(`${origin}${BASE}search/?q=transfer`);
        await page.waitForSelector(".search-results li a");
        const results = await page.$$eval(".search-results li a", (as) => as.map((a) => a.getAttribute("href")!));
        for (const url of results) {
          expect(url.startsWith(BASE), url).toBe(true);
          expect(exists(new URL(url, origin).pathname), url).toBe(true);
        }
        expect(errors).toEqual([]);
        await context.close();
      } finally {
        await browser.close();
        await close();
      }
    },
    120_000,
  );
});
