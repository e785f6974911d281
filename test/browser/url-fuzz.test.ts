/**
 * URL fuzzing in Chromium: 25 seeded hostile query strings per essay (the generator of the
 * 10,000-case Node fuzz). Each load must run no script from the URL, raise no console error, keep
 * every parameter in range, and print no NaN, Infinity or "undefined" in any computed output
 * (values, equations, figure text, descriptions, tables).
 */
import fc from "fast-check";
import { expect, it } from "vitest";
import { models } from "../../src/models/index.ts";
import { getCollection } from "../build/collection.ts";
import { hostileQueries } from "../setup/hostile-queries.ts";
import { describeBrowser, useBrowser } from "./harness.ts";

const PER_ESSAY = 25;
const essays = (await getCollection()).filter((e) => e.model);
const allNames = Object.values(models).flatMap((m) => m.paramNames);

describeBrowser("hostile URLs in Chromium", () => {
  const s = useBrowser();

  it.each(essays.map((e) => [e.id, e] as const))(
    "%s survives 25 hostile query strings",
    async (_, essay) => {
      const model = models[essay.model!]!;
      const queries = fc.sample(hostileQueries([...model.paramNames, ...allNames.slice(0, 3)], "0.1.0"), {
        numRuns: PER_ESSAY,
        seed: 20261126 + essay.id.length,
      });
      const { page, errors, context } = await s.open(`/essays/${essay.id}/`);
      await page.exposeFunction("__xss", (n: number) => errors.push(`script from the URL ran (${n})`));
      await page.addInitScript(() => {
        // Any payload that manages to run calls alert(): make that loud.
        window.alert = () => (window as unknown as { __xss(n: number): void }).__xss(1);
      });
      let loaded = 0;
      for (const query of queries) {
        const search = query.startsWith("?") ? query : `?${query}`;
        await page.goto(new URL(`/essays/${essay.id}/${search.slice(0, 8000)}`, s.origin).href, { waitUntil: "load" });
        await page.waitForSelector("law-param[data-ready]");
        await page.evaluate(() => (document.querySelector("law-scope") as unknown as { load(): Promise<unknown> }).load());
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        const report = await page.evaluate(() => {
          const texts = [
            ...[...document.querySelectorAll("law-value, [data-law-value], .figure-caption, .figure-description-text, .figure-data td, .cite-text")].map(
              (e) => e.textContent ?? "",
            ),
            ...[...document.querySelectorAll(".figure-plot-wide text")].map((e) => e.textContent ?? ""),
          ];
          const params = [...document.querySelectorAll("law-param")].map((el) => ({
            name: el.getAttribute("name"),
            now: Number(el.getAttribute("aria-valuenow")),
            min: Number(el.getAttribute("aria-valuemin")),
            max: Number(el.getAttribute("aria-valuemax")),
          }));
          return {
            bad: texts.filter((t) => /\bNaN\b|Infinity|\bundefined\b/.test(t)).slice(0, 3),
            params,
            injected: document.querySelectorAll("img[src=x], svg[onload]").length,
          };
        });
        expect(report.bad, search).toEqual([]);
        expect(report.injected, `${search}: markup from the URL reached the page`).toBe(0);
        for (const p of report.params) expect(p.now >= p.min && p.now <= p.max, `${search}: ${p.name} = ${p.now}`).toBe(true);
        loaded++;
      }
      expect(loaded).toBe(PER_ESSAY);
      expect(errors).toEqual([]);
      console.log(`[url-fuzz] ${essay.id}: ${loaded} hostile URLs loaded`);
      await context.close();
    },
    180_000,
  );
});
