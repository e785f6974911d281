/**
 * A page open across a redeploy, or on a network that drops: the parts that load later (the
 * runtime chunk with Plot and the model, the search bundle) fail on purpose here. The page must
 * say why in plain words with a Reload button, put every control back to the state its numbers
 * show (never a control that disagrees with them), and a reload must keep the link's state.
 */
import { expect, it, onTestFailed } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { formatNumber } from "../../src/lib/format.ts";
import { formatParam, type Params } from "../../src/models/define.ts";
import { models } from "../../src/models/index.ts";
import { describeBrowser, useBrowser } from "./harness.ts";

const model = models.transfer!;
const first = "modelScale";
const linked = 20;

function expectedValues(params: Params): Record<string, string> {
  return Object.fromEntries([
    ...Object.entries(model.values).map(([name, v]) => [name, formatNumber(v.compute(params), v.format)]),
    ...model.paramNames.map((name) => [name, formatParam(model.params[name]!, params[name]!)]),
  ]);
}

async function shownValues(page: Page): Promise<[string, string][]> {
  return page.$$eval("law-value", (els) => els.map((el) => [el.getAttribute("name") ?? "", el.textContent ?? ""] as [string, string]));
}

/** The files a page loads before it is interactive: they are in the reader's browser already. */
async function eagerFiles(context: BrowserContext, url: string): Promise<Set<string>> {
  const probe = await context.newPage();
  // No idle time in the probe: the page's idle warm-up (which loads the runtime early while the
  // parser waits on the network) would make the lazy chunks look eager.
  await probe.addInitScript(() => {
    window.requestIdleCallback = () => 0;
  });
  const seen = new Set<string>();
  probe.on("request", (r) => void seen.add(r.url()));
  await probe.goto(url, { waitUntil: "domcontentloaded" });
  await probe.close();
  if ([...seen].some((u) => /\/_astro\/runtime\./.test(u)))
    throw new Error("the runtime chunk loaded before DOMContentLoaded: the probe cannot tell eager files from lazy ones");
  return seen;
}

describeBrowser("a page whose later parts cannot load", () => {
  const s = useBrowser();

  it.each([
    { mode: "redeploy", failure: "updated", words: /updated since you opened this page/ },
    { mode: "offline", failure: "offline", words: /You seem to be offline/ },
  ] as const)("$mode: says so, keeps controls on the numbers' state, and Reload keeps the link's state", async ({ mode, failure, words }) => {
    const context = await s.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const path = `${s.origin}/essays/transfer/`;
    const eager = await eagerFiles(context, path);
    // After a redeploy the old build's chunks are gone (404) and /version.json names the new
    // version; offline, every request fails.
    const failing = async (route: import("playwright-core").Route) => {
      const url = route.request().url();
      if (eager.has(url) || route.request().resourceType() === "document") return route.continue();
      if (mode === "offline") return route.abort("internetdisconnected");
      if (url.endsWith("/version.json"))
        return route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify({ version: "99.0.0+newbuild" }) });
      if (url.includes("/_astro/")) return route.fulfill({ status: 404, contentType: "text/html", body: "Not found" });
      return route.continue();
    };
    await context.route("**/*", failing);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    onTestFailed(async () => void (await s.screenshot(page, `fail-skew-${mode}`)));
    await page.goto(`${path}?${first}=${linked}`, { waitUntil: "domcontentloaded" });

    // The linked state could not be shown: the controls show what the numbers show (defaults).
    const status = page.locator(`.law-scope-status[data-failure="${failure}"]`);
    await status.waitFor();
    expect(await status.textContent()).toMatch(words);
    expect(await status.locator("button.law-reload").textContent()).toBe("Reload");
    const control = page.locator(`law-param[name="${first}"]`).first();
    const spec = model.params[first]!;
    expect(Number(await control.getAttribute("aria-valuenow"))).toBe(spec.default);
    expect(await control.textContent()).toBe(formatParam(spec, spec.default));
    const defaults = expectedValues(model.defaults);
    for (const [name, text] of await shownValues(page)) expect(text, name).toBe(defaults[name]);
    expect(new URL(page.url()).searchParams.get(first)).toBe(String(linked));

    // A key press that cannot be computed puts the control back on the numbers' state.
    await control.focus();
    await page.keyboard.press("ArrowRight");
    await page.waitForFunction((name) => document.querySelector(`law-param[name="${name}"]`)?.getAttribute("aria-valuenow") !== null, first);
    await page.waitForTimeout(300);
    expect(Number(await control.getAttribute("aria-valuenow"))).toBe(spec.default);
    for (const [name, text] of await shownValues(page)) expect(text, name).toBe(defaults[name]);
    await status.waitFor();

    // The new build is there (or the network is back): Reload shows the link's state.
    await context.unroute("**/*", failing);
    await Promise.all([page.waitForEvent("load"), status.locator("button.law-reload").click()]);
    await page.waitForFunction(([name, value]) => document.querySelector(`law-param[name="${name}"]`)?.getAttribute("aria-valuenow") === String(value), [
      first,
      linked,
    ] as const);
    const params = { ...model.defaults, [first]: linked } as Params;
    const expected = expectedValues(params);
    await page.waitForFunction(
      (want) => [...document.querySelectorAll("law-value")].every((el) => el.textContent === want[el.getAttribute("name") ?? ""]),
      expected,
    );
    expect(await page.locator(".law-scope-status").textContent()).toBe("");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("search says it is offline when its bundle cannot load, and works after a reload", async () => {
    const context = await s.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const block = (route: import("playwright-core").Route) => route.abort("internetdisconnected");
    const page = await context.newPage();
    onTestFailed(async () => void (await s.screenshot(page, "fail-skew-search")));
    await page.goto(`${s.origin}/search/`, { waitUntil: "load" });
    await context.route(/\/(pagefind\/|version\.json)/, block);
    await page.fill("#search-input", "transfer");
    const status = page.locator('.search-status[data-failure="offline"]');
    await status.waitFor();
    expect(await status.textContent()).toMatch(/You seem to be offline/);
    await context.unroute(/\/(pagefind\/|version\.json)/, block);
    await Promise.all([page.waitForEvent("load"), status.locator("button.law-reload").click()]);
    await page.waitForSelector(".search-results li a");
    expect(new URL(page.url()).searchParams.get("q")).toBe("transfer");
    await context.close();
  });
});
