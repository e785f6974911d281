/**
 * Every essay with a model, in Chromium: keyboard changes a parameter and every dependent
 * number equals what src/laws computes through the same model; URL state round-trips; a hostile
 * URL runs no script and shows a note; the browser's SVG at defaults equals the build's.
 */
import { expect, it, onTestFailed } from "vitest";
import { models } from "../../src/models/index.ts";
import { formatNumber } from "../../src/lib/format.ts";
import { formatParam, stepParam, type Params } from "../../src/models/define.ts";
import { svgDifference } from "../../src/render/normalize.ts";
import { getCollection } from "../build/collection.ts";
import { describeBrowser, useBrowser } from "./harness.ts";
import type { Page } from "playwright-core";

const essays = (await getCollection()).filter((e) => e.model);

async function ready(page: Page) {
  await page.waitForSelector("law-param[data-ready]");
  // The runtime (model + Plot) loads in idle time; wait for it so updates are synchronous.
  await page.evaluate(() => (document.querySelector("law-scope") as unknown as { load(): Promise<unknown> }).load());
}

function expectedValues(modelName: string, params: Params): Record<string, string> {
  const model = models[modelName]!;
  return Object.fromEntries([
    ...Object.entries(model.values).map(([name, v]) => [name, formatNumber(v.compute(params), v.format)]),
    ...model.paramNames.map((name) => [name, formatParam(model.params[name]!, params[name]!)]),
  ]);
}

async function shownValues(page: Page): Promise<[string, string][]> {
  return page.$$eval("law-value", (els) => els.map((el) => [el.getAttribute("name") ?? "", el.textContent ?? ""] as [string, string]));
}

describeBrowser.each(essays)("essay $id in Chromium", (essay) => {
  const s = useBrowser();
  const model = models[essay.model!]!;
  const path = `/essays/${essay.id}/`;

  it("changes a parameter from the keyboard and updates every dependent number to the law module's value", async () => {
    const { page, errors, context } = await s.open(path);
    onTestFailed(async () => void (await s.screenshot(page, `fail-keyboard-${essay.id}`)));
    await ready(page);
    const control = page.locator("law-param").first();
    const name = (await control.getAttribute("name"))!;
    const spec = model.params[name]!;
    await control.focus();
    await page.keyboard.press("ArrowRight");
    const next = stepParam(spec, spec.default, 1);
    expect(Number(await control.getAttribute("aria-valuenow"))).toBeCloseTo(next, 10);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const params = { ...model.defaults, [name]: next } as Params;
    const expected = expectedValues(essay.model!, params);
    const shown = await shownValues(page);
    expect(shown.length).toBeGreaterThan(0);
    for (const [valueName, text] of shown) expect(text, valueName).toBe(expected[valueName]);
    // Computed values inside equations (MathML <mtext data-law-value>) follow too.
    const inMath = await page.$$eval("math [data-law-value]", (els) =>
      els.map((el) => [el.getAttribute("data-law-value") ?? "", el.textContent ?? ""] as [string, string]),
    );
    for (const [valueName, text] of inMath) if (model.values[valueName]) expect(text, `${valueName} in an equation`).toBe(expected[valueName]);
    expect(await control.textContent()).toBe(formatParam(spec, next));
    // End and Home reach the range's ends.
    await page.keyboard.press("End");
    expect(Number(await control.getAttribute("aria-valuenow"))).toBe(spec.max);
    await page.keyboard.press("Home");
    expect(Number(await control.getAttribute("aria-valuenow"))).toBe(spec.min);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("round-trips its state through the URL", async () => {
    const { page, errors, context } = await s.open(path);
    onTestFailed(async () => void (await s.screenshot(page, `fail-url-${essay.id}`)));
    await ready(page);
    const control = page.locator("law-param").first();
    const name = (await control.getAttribute("name"))!;
    await control.focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await page.waitForFunction((n) => new URLSearchParams(location.search).has(n), name);
    const url = page.url();
    const query = new URL(url).searchParams;
    expect(query.get("v")).toMatch(/^\d+\.\d+\.\d+\+/);
    const valueBefore = await shownValues(page);
    const other = await context.newPage();
    await other.goto(url);
    await ready(other);
    await other.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(await other.locator(`law-param[name="${name}"]`).first().getAttribute("aria-valuenow")).toBe(await control.getAttribute("aria-valuenow"));
    expect(await shownValues(other)).toEqual(valueBefore);
    // Reset returns to the defaults and clears the query.
    await other.locator(".law-reset").click();
    await other.waitForFunction(() => location.search === "");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("ignores a hostile URL with a visible note and runs no script", async () => {
    const first = model.paramNames[0]!;
    const hostile = `?${first}=${encodeURIComponent("<img src=x onerror=alert(1)>")}&${encodeURIComponent("<script>alert(2)</script>")}=1&${model.paramNames[1] ?? first}=NaN&zz=1e999999&v=${encodeURIComponent('"><svg onload=alert(3)>')}`;
    const { page, errors, context } = await s.open(path + hostile);
    onTestFailed(async () => void (await s.screenshot(page, `fail-hostile-${essay.id}`)));
    await page.waitForSelector("law-param[data-ready]");
    const note = page.locator(".law-scope-status");
    await expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toMatch(/ignored/);
    expect(await page.locator("img[src=x], svg[onload]").count()).toBe(0);
    const expected = expectedValues(essay.model!, model.defaults);
    for (const [name, text] of await shownValues(page)) expect(text, name).toBe(expected[name]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("draws the same SVG in the browser as at build, at devicePixelRatio 2", async () => {
    const { page, errors, context } = await s.open(path, { dpr: 2 });
    await ready(page);
    const pairs = await page.evaluate(async () => {
      const scope = document.querySelector("law-scope") as unknown as {
        load(): Promise<{ model: { defaults: object }; render(n: string, p: object, interactive: boolean, width?: number): { svg: Element } }>;
      };
      const rt = await scope.load();
      return [...document.querySelectorAll("law-figure")].map((el) => {
        const name = el.getAttribute("name")!;
        // Twice each: the second draw reuses the first one's axes (src/draw/axes.ts).
        const wide = () => rt.render(name, rt.model.defaults, false).svg.outerHTML;
        const narrow = () => rt.render(name, rt.model.defaults, false, 420).svg.outerHTML;
        return [
          { name, build: el.querySelector(".figure-plot-wide")!.innerHTML, browser: wide() },
          { name: `${name} (narrow)`, build: el.querySelector(".figure-plot-narrow")!.innerHTML, browser: narrow() },
          { name: `${name} (axes reused)`, build: el.querySelector(".figure-plot-wide")!.innerHTML, browser: wide() },
          { name: `${name} (narrow, axes reused)`, build: el.querySelector(".figure-plot-narrow")!.innerHTML, browser: narrow() },
        ];
      });
    });
    expect(pairs.length).toBeGreaterThan(0);
    // Numbers may differ by ≤ 0.002 user units (0.0003% of the 640-unit width): engines differ in
    // the last bit of Math.pow, which can flip a coordinate across a 3-decimal rounding boundary.
    for (const { name, build, browser } of pairs.flat()) expect(svgDifference(browser, build), name).toBe("");
    expect(errors).toEqual([]);
    await context.close();
  });
});
