/**
 * Issue 16, the first moments of an essay on a slow phone, in Chromium:
 * - a change made before the runtime has loaded marks at once, in the paint that shows the
 *   control's new value, exactly the figures and numbers it will recompute (the build marks each
 *   figure with the parameters it uses and each number with those it reads); the update clears
 *   the marks, and so does a failed load;
 * - ICU's number data is loaded by a worker during warm-up (src/islands/icu.worker.ts), which the
 *   Content Security Policy allows;
 * - blocks of an essay far below the viewport are not drawn until the reader comes near them
 *   (content-visibility: auto), and are drawn when they do; nothing on screen moves while a page
 *   loads and warms up (the held places must not push what the reader sees).
 */
import type { BrowserContext, Page } from "playwright-core";
import { expect, it, onTestFailed } from "vitest";
import { models } from "../../src/models/index.ts";
import { formatNumber } from "../../src/lib/format.ts";
import { stepParam, valueAt, type Params } from "../../src/models/define.ts";
import { getCollection } from "../build/collection.ts";
import { describeBrowser, useBrowser } from "./harness.ts";

const essays = (await getCollection()).filter((e) => e.model);
const RUNTIME = /\/_astro\/runtime\.[^/]*\.js$/;

/** Hold the runtime's chunk until `release()`; `fail()` answers it with a network error instead. */
function holdRuntime() {
  let open: (ok: boolean) => void = () => {};
  const gate = new Promise<boolean>((resolve) => (open = resolve));
  return {
    install: async (context: BrowserContext) => {
      await context.route(RUNTIME, async (route) => ((await gate) ? route.continue() : route.abort("failed")));
    },
    release: () => open(true),
    fail: () => open(false),
  };
}

/** What the page marks in the frame after the key press (read in that frame's animation callback). */
async function pressAndReadMarks(page: Page) {
  await page.evaluate(() =>
    addEventListener(
      "keydown",
      () =>
        requestAnimationFrame(() => {
          (window as unknown as { __marks: unknown }).__marks = {
            figures: [...document.querySelectorAll("law-figure[data-stale]")].map((el) => el.getAttribute("name")),
            values: [...new Set([...document.querySelectorAll("[data-pending]")].map((el) => el.getAttribute("name") ?? el.getAttribute("data-law-value")))],
          };
        }),
      { once: true, capture: true },
    ),
  );
  await page.keyboard.press("ArrowRight");
  await page.waitForFunction(() => (window as unknown as { __marks?: unknown }).__marks !== undefined);
  return page.evaluate(() => (window as unknown as { __marks: { figures: string[]; values: string[] } }).__marks);
}

describeBrowser("the first moments of an essay", () => {
  const s = useBrowser();

  it.each(essays)("$id: a change before the runtime loads marks what it reaches, and the update clears the marks", async (essay) => {
    const hold = holdRuntime();
    const { page, errors, context } = await s.open(`/essays/${essay.id}/`, { beforeOpen: hold.install });
    onTestFailed(async () => void (await s.screenshot(page, `fail-pending-${essay.id}`)));
    const model = models[essay.model!]!;
    await page.waitForSelector("law-param[data-ready]");
    const control = page.locator("law-param").first();
    const name = (await control.getAttribute("name"))!;
    await control.focus();
    const marks = await pressAndReadMarks(page);

    const onPage = await page.$$eval("law-figure", (els) => [...new Set(els.map((el) => el.getAttribute("name") ?? ""))]);
    const reached = onPage.filter((f) => model.figures[f]!.uses?.includes(name as never) ?? true);
    expect(new Set(marks.figures)).toEqual(new Set(reached));
    const valuesOnPage = await page.$$eval("law-value, [data-law-value]", (els) => [
      ...new Set(els.map((el) => el.getAttribute("name") ?? el.getAttribute("data-law-value") ?? "")),
    ]);
    const valueReaches = valuesOnPage.filter((v) => valueAt(model, v, model.defaults).reads.includes(name));
    expect(new Set(marks.values)).toEqual(new Set(valueReaches));
    expect(marks.figures.length + marks.values.length, "the first control reaches something").toBeGreaterThan(0);

    hold.release();
    await page.waitForFunction(() => document.querySelector("[data-pending]") === null);
    // Every number now shows the new state, computed by the law module through the model.
    const params = { ...model.defaults, [name]: stepParam(model.params[name]!, model.params[name]!.default, 1) } as Params;
    const shown = await page.$$eval("law-value", (els) => els.map((el) => [el.getAttribute("name") ?? "", el.textContent ?? ""] as const));
    for (const [v, text] of shown) {
      const { number, format } = valueAt(model, v, params);
      expect(text, v).toBe(formatNumber(number, format));
    }
    // The figures in view are drawn in the new state: none of them is still marked.
    await page.waitForFunction(
      () =>
        ![...document.querySelectorAll("law-figure[data-stale]")].some((el) => {
          const r = (el.closest("figure") ?? el).getBoundingClientRect();
          return r.bottom > 0 && r.top < innerHeight;
        }),
      undefined,
      { timeout: 5000 },
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it("a failed load clears the marks and puts the control back", async () => {
    const hold = holdRuntime();
    const { page, context } = await s.open("/essays/kaplan/", { beforeOpen: hold.install });
    await page.waitForSelector("law-param[data-ready]");
    const control = page.locator("law-param").first();
    const before = await control.textContent();
    await control.focus();
    const marks = await pressAndReadMarks(page);
    expect(marks.figures.length + marks.values.length).toBeGreaterThan(0);
    hold.fail();
    await page.waitForSelector(".law-scope-status[data-failure]");
    expect(await page.$$eval("[data-pending], law-figure[data-stale]", (els) => els.length)).toBe(0);
    expect(await control.textContent()).toBe(before);
    await context.close();
  });

  it("loads ICU's number data in a worker during warm-up, which the page's policy allows", async () => {
    const { page, errors, context } = await s.open("/essays/chinchilla/", {
      beforeOpen: async (ctx) => {
        await ctx.addInitScript(() => {
          (window as unknown as { __workers: string[] }).__workers = [];
          const Native = window.Worker;
          window.Worker = class extends Native {
            constructor(url: string | URL, options?: WorkerOptions) {
              super(url, options);
              (window as unknown as { __workers: string[] }).__workers.push(String(url));
            }
          };
        });
      },
    });
    await page.waitForSelector("law-scope[data-warm]", { timeout: 30_000 });
    const workers = await page.evaluate(() => (window as unknown as { __workers: string[] }).__workers);
    expect(workers.some((url) => /icu\.worker/.test(url))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each([...essays.map((e) => `/essays/${e.id}/`), "/laws/", "/figures/", "/bibliography/"])(
    "%s loads and warms up on a phone-sized screen without moving anything on it (cumulative layout shift 0)",
    async (path) => {
      const { page, errors, context } = await s.open(path, {
        width: 412,
        height: 823,
        dpr: 1.75,
        mobile: true,
        beforeOpen: async (ctx) => {
          await ctx.addInitScript(() => {
            const w = window as unknown as { __shifts: string[] };
            w.__shifts = [];
            new PerformanceObserver((list) => {
              for (const e of list.getEntries() as (PerformanceEntry & { value: number; sources: { node?: Node }[] })[])
                w.__shifts.push(`${e.value.toFixed(4)} ${e.sources.map((x) => (x.node as Element | undefined)?.outerHTML?.slice(0, 80) ?? "?").join(", ")}`);
            }).observe({ type: "layout-shift", buffered: true });
          });
        },
      });
      if (await page.$("law-scope")) await page.waitForSelector("law-scope[data-warm]", { timeout: 30_000 });
      await page.waitForTimeout(1000);
      expect(await page.evaluate(() => (window as unknown as { __shifts: string[] }).__shifts)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  it("leaves blocks far below the viewport undrawn until the reader comes near, then draws them", async () => {
    const { page, errors, context } = await s.open("/essays/kaplan/");
    // What is inside a skipped block reports itself not visible (the block itself always does).
    const drawn = () => page.evaluate(() => document.querySelector(".essay > .references > h2")!.checkVisibility({ contentVisibilityAuto: true }));
    expect(await drawn()).toBe(false);
    await page.evaluate(() => document.querySelector(".essay > .references")!.scrollIntoView());
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(await drawn()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
