/**
 * A permalink opens on its figure: on every /figures/<model>/<figure>/ page the figure's top is
 * in the first screen on a phone (375 × 812) and a laptop (1280 × 900), the state it is drawn at
 * is summarised in one line under it (following the URL's state), and the controls come after.
 */
import { expect, it, onTestFailed } from "vitest";
import { models } from "../../src/models/index.ts";
import { formatParam } from "../../src/models/define.ts";
import { figureParams } from "../../src/models/state.ts";
import { describeBrowser, useBrowser } from "./harness.ts";

const figures = Object.values(models).flatMap((model) => Object.keys(model.figures).map((figure) => ({ model, figure })));

describeBrowser("figure pages open on the figure", () => {
  const s = useBrowser();

  it.each([
    { width: 375, height: 812 },
    { width: 1280, height: 900 },
  ])("at $width × $height the figure's top is in the first viewport, above the controls", async ({ width, height }) => {
    const { page, context } = await s.open("/figures/", { width, height });
    let current = "";
    onTestFailed(async () => void (await page.screenshot({ path: `test/screenshots/fail-figure-first-${current.replace(/\W+/g, "_")}-${width}.png` })));
    // The published figure pages, as the figures index lists them (a draft essay's figures have none).
    const pages = [...new Set(await page.$$eval("a[href]", (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)))].filter((p) =>
      /^\/figures\/[^/]+\/[^/]+\/$/.test(p),
    );
    expect(pages.length).toBeGreaterThan(figures.length / 2);
    const checked: string[] = [];
    for (const path of pages) {
      current = path.slice("/figures/".length, -1);
      await page.goto(`${s.origin}${path}`, { waitUntil: "load" });
      const plot = await page.$$eval(".law-figure .figure-plot", (els) =>
        els
          .map((el) => el.getBoundingClientRect())
          .filter((r) => r.height > 0)
          .map((r) => ({ top: r.top, height: r.height })),
      );
      expect(plot, current).toHaveLength(1);
      expect(plot[0]!.top, `${current}: figure top`).toBeGreaterThan(0);
      expect(plot[0]!.top, `${current}: figure top below the first ${height}px`).toBeLessThan(height - 150);
      const state = await page.locator(".figure-state").boundingBox();
      expect(state!.y, `${current}: state line under the figure`).toBeGreaterThan(plot[0]!.top + plot[0]!.height - 1);
      const params = await page.locator(".figure-params").boundingBox();
      if (params) expect(params.y, `${current}: controls after the figure`).toBeGreaterThan(plot[0]!.top + plot[0]!.height);
      checked.push(current);
    }
    expect(checked.length).toBe(pages.length);
    await context.close();
  });

  it("summarises the URL's state under the figure", async () => {
    const model = models.transfer!;
    const { page, context } = await s.open("/figures/transfer/data-factor/?modelScale=20", { width: 375, height: 812 });
    await page.waitForFunction(() => document.querySelector('.figure-state law-value[name="modelScale"]')?.textContent === "20×");
    const text = (await page.locator(".figure-state").textContent())!.replace(/\s+/g, " ");
    for (const name of figureParams(model, "data-factor")) {
      const spec = model.params[name]!;
      const value = name === "modelScale" ? 20 : spec.default;
      expect(text).toContain(`${spec.label} ${formatParam(spec, value)}`);
    }
    await context.close();
  });
});
