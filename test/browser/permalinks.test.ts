/**
 * Permalinks from the committed corpus, opened in Chromium, draw the figure the corpus hash was
 * made from. The browser's SVG is compared with the Node render of the same URL (whose hash the
 * corpus pins) within 0.002 user units: engines differ in the last bit of Math.pow.
 */
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import pkg from "../../package.json" with { type: "json" };
import { models } from "../../src/models/index.ts";
import { permalinkHash, permalinkState, type PermalinkEntry } from "../../src/render/permalinks.ts";
import { renderFigureHtml } from "../../src/render/plot.ts";
import { svgDifference } from "../../src/render/normalize.ts";
import { describeBrowser, useBrowser } from "./harness.ts";

const corpus = (JSON.parse(readFileSync(new URL("../permalinks.json", import.meta.url), "utf8")) as { permalinks: PermalinkEntry[] }).permalinks;
// Non-default states only (defaults are covered by the essays' parity test), one per model.
const sample = Object.keys(models)
  .map(
    (m) => corpus.find((e) => e.url.startsWith(`/figures/${m}/`) && /\?(?!v=)[a-zA-Z]+=/.test(e.url) && !e.url.startsWith("/figures/replication/extracted"))!,
  )
  .filter(Boolean);

describeBrowser("permalinks in Chromium", () => {
  const s = useBrowser();

  it.each(sample.map((e) => [e.url, e] as const))("%s draws its committed figure", async (_, entry) => {
    expect(permalinkHash(entry.url, pkg.version)).toBe(entry.hash);
    const { page, errors, context } = await s.open(entry.url, { dpr: 2 });
    await page.waitForSelector("law-param[data-ready]");
    const url = new URL(entry.url, "https://x.invalid");
    // The state as the browser reads it, migrations by the link's version included.
    const { model, figure, params } = permalinkState(entry.url, pkg.version);
    // Every parameter the link names is applied…
    for (const [k, v] of url.searchParams)
      if (k !== "v") expect(Number(await page.locator(`law-param[name="${k}"]`).first().getAttribute("aria-valuenow")), k).toBe(Number(v));
    // …and so is every old default a migration restores (e.g. a 0.1.0 link's Chinchilla fit).
    const controls = model.figures[figure]!.uses ?? model.paramNames;
    for (const [k, v] of Object.entries(params))
      if (v !== model.defaults[k] && controls.includes(k))
        expect(Number(await page.locator(`law-param[name="${k}"]`).first().getAttribute("aria-valuenow")), k).toBe(v);
    // …and the figure on screen is the one the corpus hash pins. Figures out of view stay stale by
    // design, and an older link's banner (with its migration note) can push the figure below the fold.
    await page.locator("law-figure").first().scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector("law-figure")?.getAttribute("data-drawn") === "wide");
    const shown = await page.locator("law-figure .figure-plot-wide").first().innerHTML();
    const expected = renderFigureHtml(model, figure, params).html;
    expect(svgDifference(shown, expected)).toBe("");
    expect(errors).toEqual([]);
    await context.close();
  });
});
