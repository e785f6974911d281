/**
 * Accessibility: axe-core on every page of the built site, light and dark, zero violations; and
 * every control reachable and operable by keyboard with a visible focus.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, it, onTestFailed } from "vitest";
import { htmlPages } from "../build/html.ts";
import { describeBrowser, useBrowser } from "./harness.ts";

const pages = htmlPages()
  .filter((f) => !f.includes("/embed/"))
  .map((f) => `/${f.replace(/index\.html$/, "").replace(/\.html$/, "")}`.replace(/^\/404$/, "/404.html"));

describeBrowser("accessibility in Chromium", () => {
  const s = useBrowser();

  it.each(["light", "dark"] as const)(
    "axe finds no violations on any page (%s)",
    async (scheme) => {
      const { page, context } = await s.open("/", { colorScheme: scheme });
      const failures: string[] = [];
      for (const path of pages) {
        await page.goto(new URL(path, s.origin).href, { waitUntil: "load" });
        const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
        for (const v of result.violations)
          failures.push(
            `${path} [${scheme}] ${v.id}: ${v.help} (${v.nodes
              .slice(0, 3)
              .map((n) => n.target.join(" "))
              .join(" | ")})`,
          );
      }
      expect(failures).toEqual([]);
      await context.close();
    },
    600_000,
  ); // ~115 pages (each law has its own page) on a shared machine

  it("reaches and operates every parameter of an essay by keyboard, with a visible focus ring", async () => {
    const { page, errors, context } = await s.open("/essays/transfer/");
    onTestFailed(async () => void (await s.screenshot(page, "fail-keyboard-order")));
    await page.waitForSelector("law-param[data-ready]");
    const total = await page.locator("law-param").count();
    const reached = new Set<string>();
    for (let i = 0; i < 400 && reached.size < total; i++) {
      await page.keyboard.press("Tab");
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (el?.tagName !== "LAW-PARAM") return null;
        const style = getComputedStyle(el);
        return {
          id: `${el.getAttribute("name")}@${[...document.querySelectorAll("law-param")].indexOf(el)}`,
          outline: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2,
        };
      });
      if (info) {
        expect(info.outline, `focus ring on ${info.id}`).toBe(true);
        reached.add(info.id);
      }
    }
    expect(reached.size).toBe(total);
    // The skip link is the first stop and moves focus to the content.
    await page.goto(new URL("/essays/transfer/", s.origin).href);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.className)).toBe("skip-link");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => location.hash)).toBe("#main");
    // Typing a value with Enter.
    const control = page.locator('law-param[name="modelScale"]').first();
    await control.focus();
    await page.keyboard.press("Enter");
    await page.keyboard.press("Control+A");
    await page.keyboard.type("30");
    await page.keyboard.press("Enter");
    expect(await control.getAttribute("aria-valuenow")).toBe("30");
    expect(await control.getAttribute("aria-valuetext")).toMatch(/^30× larger model$/);
    // A bad value shows a message beside the control and keeps the last good one.
    await page.keyboard.press("Enter");
    await page.keyboard.press("Control+A");
    await page.keyboard.type("lots");
    await page.keyboard.press("Enter");
    expect(await page.locator(".law-param-error").first().textContent()).toMatch(/not a number/);
    expect(await control.getAttribute("aria-valuenow")).toBe("30");
    expect(errors).toEqual([]);
    await context.close();
  });
});
