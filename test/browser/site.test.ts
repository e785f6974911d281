import { expect, it, onTestFailed } from "vitest";
import { describeBrowser, useBrowser } from "./harness.ts";

describeBrowser("the site in Chromium", () => {
  const s = useBrowser();

  it("renders the home page and notation without console errors", async () => {
    for (const path of ["/", "/notation/", "/about/"]) {
      const { page, errors, context } = await s.open(path);
      onTestFailed(async () => void (await s.screenshot(page, `fail-${path.replace(/\W+/g, "_")}`)));
      await expect(page.locator("h1").first()).toBeTruthy();
      expect(await page.locator("h1").first().textContent()).toBeTruthy();
      expect(errors, path).toEqual([]);
      await context.close();
    }
  });

  it("toggles the theme, persists it across loads, and never flashes the stored one", async () => {
    const { page, errors, context } = await s.open("/");
    onTestFailed(async () => void (await s.screenshot(page, "fail-theme")));
    const bg = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const light = await bg();
    const button = page.locator("theme-toggle button");
    await button.click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
    expect(await button.getAttribute("aria-pressed")).toBe("true");
    const dark = await bg();
    expect(dark).not.toBe(light);
    // A new page in the same context: the inline head script applies the theme before paint.
    const next = await context.newPage();
    await next.route("**/*.js", (route) => route.abort()); // no module scripts: only the inline one runs
    await next.goto(new URL("/about/", s.origin).href);
    expect(await next.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
    expect(await next.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(dark);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("follows the OS dark preference until the reader chooses", async () => {
    const { page, context } = await s.open("/", { colorScheme: "dark" });
    expect(await page.locator("theme-toggle button").getAttribute("aria-pressed")).toBe("true");
    await context.close();
  });
});
