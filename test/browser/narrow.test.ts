/**
 * Nothing widens the page on a phone: at 375 px every top-level page and every essay is exactly
 * as wide as the screen (wide tables, display math and code scroll in their own focusable boxes;
 * long URLs wrap). A page wider than the screen scrolls sideways as a whole, which readers on
 * phones find first.
 */
import { expect, it } from "vitest";
import { describeBrowser, useBrowser } from "./harness.ts";

describeBrowser("pages fit a 375 px screen", () => {
  const s = useBrowser();

  it("no page is wider than the screen", async () => {
    const { page } = await s.open("/", { width: 375, height: 812 });
    // The pages the site links from its home page and its essays index, and every essay.
    const essays = [...new Set(await page.$$eval("a[href]", (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)))].filter((p) =>
      /^\/essays\/[^/]+\/$/.test(p),
    );
    expect(essays.length).toBeGreaterThanOrEqual(10);
    const paths = [
      "/",
      "/figures/",
      "/laws/",
      "/laws/chinchillaLoss/",
      "/bibliography/",
      "/notation/",
      "/about/",
      "/fit/",
      "/changelog/",
      "/authoring/",
      ...essays,
    ];
    const wide: string[] = [];
    for (const path of paths) {
      await page.goto(`${s.origin}${path}`, { waitUntil: "load" });
      const over = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        if (document.documentElement.scrollWidth <= width) return null;
        // The first element that reaches past the screen outside any box that scrolls itself.
        const scrolls = (el: Element) => {
          for (let e = el.parentElement; e; e = e.parentElement) if (["auto", "scroll", "hidden"].includes(getComputedStyle(e).overflowX)) return true;
          return false;
        };
        const culprit = [...document.querySelectorAll("body *")].find((el) => el.getBoundingClientRect().right > width + 0.5 && !scrolls(el));
        return `${document.documentElement.scrollWidth} px (${culprit ? `${culprit.tagName.toLowerCase()}.${culprit.className}` : "?"})`;
      });
      if (over) wide.push(`${path}: ${over}`);
    }
    expect(wide).toEqual([]);
  }, 120_000);
});
