/**
 * Every figure at its defaults, committed as the SVG file a reader downloads (colours resolved,
 * metadata with a fixed snapshot version), in test/output/<model>/<figure>.svg. When a figure
 * changes, the test writes <figure>-changed.svg beside the committed file and fails, so a
 * reviewer opens both and sees how it changed (the permalink corpus's hashes only say that it did).
 * A deliberate change: look at the two files, then delete the committed one and re-run to write it
 * (Observable Plot's snapshot convention). Under CI a missing snapshot fails instead of being written.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { models } from "../../src/models/index.ts";
import { figureFile } from "../../src/render/figure-file.ts";
import { svgDifference } from "../../src/render/normalize.ts";

const out = resolve(import.meta.dirname, "../output");
const site = { site: "https://snapshot.invalid/", version: "snapshot", year: "2026" };
const cases = Object.values(models).flatMap((model) => Object.keys(model.figures).map((figure) => [`${model.name}/${figure}`, model, figure] as const));

/** One element per line, so a diff of two snapshots reads line by line. */
const pretty = (svg: string) => `${svg.replace(/></g, ">\n<").trim()}\n`;

describe("figure snapshots (test/output)", () => {
  it.each(cases)("%s", (name, model, figure) => {
    const file = join(out, `${name}.svg`);
    const changed = file.replace(/\.svg$/, "-changed.svg");
    const now = pretty(figureFile(model, figure, model.defaults, site, "svg"));
    if (!existsSync(file)) {
      if (process.env.CI) expect.fail(`${name}: no committed snapshot ${file}; run the unit tests locally to write it, look at it, commit it`);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, now);
      console.warn(`[snapshots] wrote ${file}: look at it before committing`);
      return;
    }
    // Engines may differ in the last bit of exp/pow: coordinates within 0.002 user units are equal.
    const difference = svgDifference(readFileSync(file, "utf8"), now);
    if (difference) {
      writeFileSync(changed, now);
      expect.fail(`${name} changed (${difference}). Open ${file} and ${changed}; if deliberate, delete the committed file and re-run.`);
    }
    rmSync(changed, { force: true });
  });
});
