/**
 * Budgets enforced on every change, as sizes and counts (timings live in `npm run bench`):
 * JavaScript loaded before interaction ≤ 15 KB gzip per page; nothing requested from another
 * origin (checked in site.test.ts and, in a browser, in the bench).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { jsBeforeInteraction } from "../setup/js-graph.ts";
import { dist, htmlPages } from "./html.ts";

const BUDGET_GZIP = 15 * 1024;

describe("JavaScript budget", () => {
  it.each(htmlPages().filter((f) => !f.includes("/embed/")).map((f) => [f]))("%s loads ≤ 15 KB gzip of JS before interaction", (file) => {
    const load = jsBeforeInteraction(dist(), file);
    expect(load.gzip, `${file}: ${load.files.join(", ")}`).toBeLessThanOrEqual(BUDGET_GZIP);
  });

  it("keeps Plot and the models out of the eager bundle of an essay (they load lazily)", () => {
    const essay = htmlPages().find((f) => f.startsWith("essays/"))!;
    const load = jsBeforeInteraction(dist(), essay);
    // Plot's code carries its default class name "plot-d6a7b5": it must sit only in lazy chunks.
    const hasPlot = (f: string) => readFileSync(join(dist(), f), "utf8").includes("plot-d6a7b5");
    expect(load.files.filter(hasPlot)).toEqual([]);
    expect(load.lazy.some(hasPlot)).toBe(true);
    expect(load.lazyGzip).toBeGreaterThan(load.gzip); // Plot is the heavy part, and it is lazy
  });
});
