/** Search (Pagefind over the production build) in Chromium, keyboard only. */
import { expect, it, onTestFailed } from "vitest";
import { models } from "../../src/models/index.ts";
import { describeBrowser, useBrowser } from "./harness.ts";

describeBrowser("search in Chromium", () => {
  const s = useBrowser();

  it("finds an essay by a word that appears in one of its figure descriptions", async () => {
    const model = models.transfer!;
    const [name, spec] = Object.entries(model.figures)[0]!;
    const description = spec.describe(spec.compute(model.defaults), model.defaults);
    // The longest plain word of the description: specific enough to rank the essay.
    const word = description.split(/[^A-Za-z]+/).sort((a, b) => b.length - a.length)[0]!;
    const { page, errors, context } = await s.open("/search/");
    onTestFailed(async () => void (await s.screenshot(page, "fail-search")));
    await page.keyboard.press("Tab"); // skip link
    await page.locator("#search-input").focus();
    await page.keyboard.type(word);
    await page.keyboard.press("Enter");
    await page.waitForSelector(".search-results li a");
    const hrefs = await page.$$eval(".search-results li a", (as) => as.map((a) => a.getAttribute("href")));
    expect(
      hrefs.some((h) => h === "/essays/transfer/" || h === `/figures/transfer/${name}/`),
      `${word}: ${hrefs.join(", ")}`,
    ).toBe(true);
    expect(await page.locator(".search-status").textContent()).toMatch(/result/);
    // Results are reachable by keyboard.
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest(".search-results") !== null)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
