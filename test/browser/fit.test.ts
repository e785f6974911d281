/**
 * /fit/ in Chromium: the replication data reproduce the replication's fit, malformed tables get
 * per-line messages without the text changing, the main thread stays free during a fit, no request
 * carries the data, a permalink reproduces the estimates in a fresh browser context, and the CLI
 * agrees with the page on the same input.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, it, onTestFailed } from "vitest";
import type { Page } from "playwright-core";
import { besiroglu2024GridFit, type ChinchillaEstimate } from "../../src/laws/index.ts";
import type { FitReport } from "../../src/models/fit-runs.ts";
import { run as runCli } from "../../scripts/fit.ts";
import { describeBrowser, useBrowser } from "./harness.ts";

const KEYS = ["E", "A", "B", "alpha", "beta"] as const;
const state = (page: Page) => page.locator("law-fit").getAttribute("data-state");
const waitState = (page: Page, want: string, timeout = 180_000) =>
  page.waitForFunction((w) => document.querySelector("law-fit")?.getAttribute("data-state") === w, want, { timeout });
const report = async (page: Page) =>
  JSON.parse((await page.locator("law-fit").getAttribute("data-report")) ?? "{}") as Pick<
    FitReport,
    "estimate" | "rows" | "approach2" | "dataSha256" | "options"
  >;

async function ready(page: Page) {
  await page.locator("#fit-text").focus(); // first use loads the page's code
  await page.waitForSelector("law-fit[data-ready]");
}

describeBrowser("/fit/: fit your own runs", () => {
  const s = useBrowser();

  it("reads a handful of malformed tables: a message naming each bad line, the text never changed", async () => {
    const { page, errors, context } = await s.open("/fit/");
    onTestFailed(async () => void (await s.screenshot(page, "fail-fit-malformed")));
    await ready(page);
    const cases: [string, RegExp][] = [
      ["N,D,L\n1e9,2e10,2.5\n2e9,abc,2.4\n3e9,6e10\n", /Line 3: tokens D “abc” is not a number[\s\S]*Line 4: 2 values/],
      ["N\tD\tL\n1e9\t2e10\t-1\n", /Line 2: loss L -1 must be positive/],
      ['{"runs": []}', /Line 1: this looks like JSON/],
      ["size,steps,xent\n1e9,2e10,2.5\n", /Line 1: the header .* does not name every column/],
      ["N,D,L\n1e9,2e10,2.5\n1e9,2e10,2.5\n", /Line 3: duplicate of line 2/],
      ['N,D,L\n"70B,1.4T,1.9\n', /Line 2: a quotation mark is not closed/],
    ];
    for (const [text, message] of cases) {
      await page.locator("#fit-text").fill(text);
      await page.waitForFunction(
        () =>
          document.querySelector(".fit-problems")?.textContent?.includes("Line") || document.querySelector("#fit-parse-status")?.textContent?.includes("Line"),
      );
      await page.waitForTimeout(250); // the parse runs 150 ms after the last keystroke
      const shown = `${await page.locator("#fit-parse-status").textContent()} ${await page.locator(".fit-problems").textContent()}`;
      expect(shown, text).toMatch(message);
      expect(await page.locator("#fit-text").inputValue(), text).toBe(text);
      expect(await page.locator(".fit-run").isDisabled(), text).toBe(true);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it("fits the replication data in a worker to within 0.1% of the replication's fit, never blocking the page or sending the data", {
    timeout: 240_000,
  }, async () => {
    const { page, errors, context } = await s.open("/fit/");
    onTestFailed(async () => void (await s.screenshot(page, "fail-fit-replication")));
    const requests: { url: string; body: string }[] = [];
    page.on("request", (r) => requests.push({ url: r.url(), body: r.postData() ?? "" }));
    await ready(page);
    await page.waitForSelector("law-fit[data-warm]", { timeout: 60_000 }); // the idle prefetch of the analysis and Plot is done
    await page.locator('.fit-example[data-example="replication"]').click();
    await page.waitForFunction(() => document.querySelector("law-fit")?.getAttribute("data-runs") === "240");
    const text = await page.locator("#fit-text").inputValue();
    // Let the box's new text render first: this test times the fit, not loading an example.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await page.waitForTimeout(300);
    await page.evaluate(() => {
      const w = window as unknown as { longest: number };
      w.longest = 0;
      (window as unknown as { tasks: number[][] }).tasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          w.longest = Math.max(w.longest, e.duration);
          (window as unknown as { tasks: number[][] }).tasks.push([Math.round(e.startTime), Math.round(e.duration)]);
        }
      }).observe({ type: "longtask" });
    });
    await page.locator(".fit-run").click();
    await waitState(page, "fitting");
    const lag = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const t = performance.now();
          setTimeout(() => resolve(performance.now() - t), 0);
        }),
    );
    expect(lag).toBeLessThan(50);
    await waitState(page, "fitted");
    await page.waitForSelector("#figure-frontier .fit-plot svg");
    const estimate = JSON.parse((await page.locator("law-fit").getAttribute("data-estimate")) ?? "{}") as ChinchillaEstimate;
    // Reference: Epoch's notebook cell 18 (Hoffmann's procedure on the same 240 points), the
    // replication essay's refit target; 0.1% is the acceptance tolerance.
    for (const k of KEYS) expect(Math.abs(estimate[k] / besiroglu2024GridFit[k] - 1), k).toBeLessThan(1e-3);
    const longest = await page.evaluate(() => (window as unknown as { longest: number }).longest);
    const tasks = await page.evaluate(() => JSON.stringify((window as unknown as { tasks: number[][] }).tasks));
    const measures = await page.evaluate(() =>
      JSON.stringify(
        performance
          .getEntriesByType("measure")
          .filter((m) => m.name.startsWith("fit-"))
          .map((m) => [m.name, Math.round(m.startTime), Math.round(m.duration)]),
      ),
    );
    console.log(`[fit] long tasks [start, ms]: ${tasks}; page work [name, start, ms]: ${measures}`);
    console.log(
      `[fit] 240 runs: wall ${await page.locator("law-fit").getAttribute("data-wall-ms")} ms; longest main-thread task during fit and figures ${longest.toFixed(0)} ms`,
    );
    // A fit on the main thread would be one task of seconds. The page's own work after a fit is
    // measured above (each step well under 50 ms); on a shared 2-core machine under load the
    // browser's rendering tasks stretch past 200 ms at times, so the bound here is 400 ms and the
    // bench (npm run bench) reports the longest task on a quiet machine.
    expect(longest).toBeLessThan(400);
    // Each measured step is one task (the "-wall" one spans awaits: compression runs off the task).
    for (const [name, , ms] of JSON.parse(measures) as [string, number, number][]) if (!name.endsWith("-wall")) expect(ms, name).toBeLessThan(50);
    // Three figures, each with a description and a data table on demand.
    for (const name of ["residuals", "isoflop", "frontier"]) {
      expect(await page.locator(`#figure-${name} .figure-description-text`).textContent()).toMatch(/\d/);
    }
    await page.locator("#figure-residuals details.figure-data summary").click();
    await page.waitForFunction(() => document.querySelectorAll("#figure-residuals details.figure-data tbody tr").length === 240);
    // Privacy: every request went to this origin, and none carries the runs (a row of the file, or the encoded fragment).
    const row = text.split("\n")[1]!;
    const fragment = new URL(page.url()).hash.slice(5);
    expect(fragment.length).toBeGreaterThan(100);
    for (const r of requests) {
      expect(new URL(r.url).origin, r.url).toBe(s.origin);
      for (const secret of [row, row.split(",")[2]!, fragment.slice(0, 40)]) {
        expect(r.url.includes(secret) || r.body.includes(secret), `${r.url} carries the data`).toBe(false);
      }
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it("opens a permalink in a fresh browser context with the same estimates and intervals; the CLI prints the same numbers", { timeout: 240_000 }, async () => {
    const { page, errors, context } = await s.open("/fit/");
    onTestFailed(async () => void (await s.screenshot(page, "fail-fit-permalink")));
    await ready(page);
    await page.locator('.fit-example[data-example="synthetic"]').click();
    await page.waitForFunction(() => document.querySelector("law-fit")?.getAttribute("data-runs") === "35");
    await page.locator('[name="grid-a"]').fill("0:10:5");
    await page.locator('[name="grid-b"]').fill("0:10:5");
    await page.locator('[name="resamples"]').fill("20");
    await page.locator('[name="seed"]').fill("7");
    await page.locator(".fit-run").click();
    await waitState(page, "fitted");
    await page.locator(".fit-boot").click();
    await waitState(page, "bootstrapped");
    await page.waitForFunction(() => document.querySelector("law-fit")?.getAttribute("data-report")?.includes('"resamples":20'));
    const first = await report(page);
    const text = await page.locator("#fit-text").inputValue();
    const url = page.url();
    expect(url).toMatch(/\/fit\/#fit=[A-Za-z0-9_-]+$/);
    expect(await page.locator(".fit-cite-text").textContent()).toContain(`data SHA-256 ${first.dataSha256}`);
    expect(await page.locator(".fit-cli").textContent()).toBe('npm run fit -- runs.csv --bootstrap 20 --seed 7 --grid "a=0:10:5;b=0:10:5"');
    expect(errors).toEqual([]);
    await context.close();

    // A fresh context (no storage, nothing shared) opens the link and refits, then bootstraps.
    const fresh = await s.open(url);
    onTestFailed(async () => void (await s.screenshot(fresh.page, "fail-fit-permalink-fresh")));
    await waitState(fresh.page, "bootstrapped");
    await fresh.page.waitForFunction(() => document.querySelector("law-fit")?.getAttribute("data-report")?.includes('"resamples":20'));
    const again = await report(fresh.page);
    expect(await fresh.page.locator("#fit-text").inputValue()).toBe(text);
    expect(again).toEqual(first); // same engine, same code, same seed: identical
    expect(fresh.errors).toEqual([]);
    await fresh.context.close();

    // With results, tables and figures showing, axe finds nothing in either theme (the site-wide
    // axe test sees only the empty form).
    for (const colorScheme of ["light", "dark"] as const) {
      const shown = await s.open(url, { colorScheme });
      await waitState(shown.page, "bootstrapped");
      await shown.page.waitForSelector("#figure-frontier .fit-plot svg");
      await shown.page.locator("#figure-isoflop details.figure-data summary").click();
      await shown.page.locator(".fit-problems-box").evaluate((d) => ((d as HTMLDetailsElement).open = true));
      const result = await new AxeBuilder({ page: shown.page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      expect(
        result.violations.map(
          (v) =>
            `${colorScheme} ${v.id}: ${v.help} (${v.nodes
              .slice(0, 3)
              .map((n) => n.target.join(" "))
              .join(" | ")})`,
        ),
      ).toEqual([]);
      await shown.context.close();
    }

    // The CLI on the same text and options (Node's V8 may differ from Chromium's in the last bit
    // of Math.pow/exp, which L-BFGS's stopping test can amplify to ~1e-9 relative: 1e-6 is ample).
    const { output } = await runCli(["runs.csv", "--bootstrap", "20", "--seed", "7", "--grid", "a=0:10:5;b=0:10:5"], () => text);
    const cli = JSON.parse(output) as FitReport;
    expect(cli.dataSha256).toBe(first.dataSha256);
    expect(cli.options).toEqual(first.options);
    for (const k of KEYS) expect(Math.abs(cli.estimate[k] / first.estimate[k] - 1), k).toBeLessThan(1e-6);
    for (const r of cli.rows) {
      const p = first.rows.find((x) => x.key === r.key)!;
      for (const field of ["estimate", "low", "high"] as const) expect(Math.abs(r[field]! / p[field]! - 1), `${r.key}.${field}`).toBeLessThan(1e-6);
    }
    expect(cli.approach2.a! / first.approach2.a! - 1).toBeLessThan(1e-9);
  });

  it("reads 10,000 runs off the page's thread, and exports and imports a fit file", { timeout: 180_000 }, async () => {
    const { page, errors, context } = await s.open("/fit/");
    onTestFailed(async () => void (await s.screenshot(page, "fail-fit-file")));
    await ready(page);
    const rows = Array.from(
      { length: 10_000 },
      (_, i) => `${(1e7 * (1 + i)).toPrecision(4)},${(2e8 * (1 + (i % 97))).toPrecision(4)},${(2 + (i % 13) / 10).toFixed(3)}`,
    );
    // As a paste lands: the value at once and one input event (Playwright's fill types 300 KB slowly).
    await page.locator("#fit-text").evaluate(
      (el, v) => {
        (el as HTMLTextAreaElement).value = v;
        el.dispatchEvent(new Event("input", { bubbles: true }));
      },
      `N,D,L\n${rows.join("\n")}\n`,
    );
    await page.waitForFunction(() => document.querySelector("law-fit")?.getAttribute("data-runs") === "10000", undefined, { timeout: 60_000 });
    expect(await page.locator("#fit-parse-status").textContent()).toMatch(/^Read 10k runs from CSV with a header\.$/);

    // A small fit, exported as a fit file and imported into a fresh page, refits to the same numbers.
    await page.locator('.fit-example[data-example="synthetic"]').click();
    await page.waitForFunction(() => document.querySelector("law-fit")?.getAttribute("data-runs") === "35");
    for (const [axis, values] of [
      ["alpha", "0,0.5"],
      ["beta", "0,0.5"],
      ["e", "0"],
      ["a", "5"],
      ["b", "5"],
    ])
      await page.locator(`[name="grid-${axis}"]`).fill(values!);
    await page.locator(".fit-run").click();
    await waitState(page, "fitted");
    // A new budget re-reads the same fit there, without refitting.
    const before = await report(page);
    await page.locator('[name="budget"]').fill("1e22");
    await page.waitForFunction(() => document.querySelector("law-fit")?.getAttribute("data-report")?.includes('"budget":1e+22'));
    const first = await report(page);
    expect(first.estimate).toEqual(before.estimate);
    expect(first.rows.find((r) => r.key === "tokensPerParam")!.estimate).not.toBe(before.rows.find((r) => r.key === "tokensPerParam")!.estimate);
    expect(await state(page)).toBe("fitted");
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator(".fit-export").click()]);
    const file = join(mkdtempSync(join(tmpdir(), "slc-fit-")), "fit.json"); // the download is deleted with its context
    await download.saveAs(file);
    const json = JSON.parse(readFileSync(file, "utf8")) as { format: string; state: { text: string }; report: FitReport; citation: string };
    expect(json.format).toBe("scaling-laws-computed/fit");
    expect(json.report.dataSha256).toBe(first.dataSha256);
    expect(json.citation).toContain(first.dataSha256);
    expect(errors).toEqual([]);
    await context.close();

    const other = await s.open("/fit/");
    await ready(other.page);
    await other.page.locator('[name="import"]').setInputFiles(file);
    await waitState(other.page, "fitted");
    expect(await other.page.locator("#fit-text").inputValue()).toBe(json.state.text);
    expect((await report(other.page)).estimate).toEqual(first.estimate);
    expect(other.errors).toEqual([]);
    await other.context.close();
  });

  it("says what it needs with JavaScript off", async () => {
    const { page, context } = await s.open("/fit/", { javaScript: false });
    expect(await page.locator("law-fit noscript").count()).toBe(1);
    expect(await page.locator(".fit-privacy").textContent()).toMatch(/Your data stays in this browser/);
    expect(await state(page)).toBeNull();
    await context.close();
  });
});
