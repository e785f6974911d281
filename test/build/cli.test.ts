/**
 * `npm run figure` regenerates every figure in every format exactly as the site serves it
 * (CSV and JSON byte for byte, SVG after canonicalisation), and rejects bad input clearly.
 */
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { models } from "../../src/models/index.ts";
import { normaliseSvg } from "../../src/render/normalize.ts";
import { run } from "../../scripts/figure.ts";
import { readText } from "./html.ts";
import { publishedModelNames } from "./collection.ts";

// The CLI names the version of the checkout it runs in; pin it to the build's (a commit may land
// between the build and this test while developing).
process.env.SITE_COMMIT = JSON.parse(readText("version.json")).commit;

const published = await publishedModelNames();
const figures = Object.values(models)
  .filter((model) => published.has(model.name))
  .flatMap((model) => Object.keys(model.figures).map((figure) => `${model.name}/${figure}`));

describe("npm run figure", () => {
  it.each(figures)("%s: svg, csv and json equal the site's files", async (target) => {
    for (const format of ["csv", "json"] as const) {
      const { output } = await run([target, "--format", format]);
      expect(output, format).toBe(readText(`figures/${target}/figure.${format}`));
    }
    const { output } = await run([target]);
    expect(normaliseSvg(output.replace(/^<\?xml[^>]*>\n/, ""))).toBe(normaliseSvg(readText(`figures/${target}/figure.svg`).replace(/^<\?xml[^>]*>\n/, "")));
  });

  it("lists every figure with its parameters", async () => {
    const { output } = await run(["--list"]);
    for (const f of figures) expect(output).toContain(f);
    expect(output).toMatch(/--\w+=<.* … .*>/);
  });

  it.each([
    [["nope/effective-data"], /unknown model "nope"; did you mean/],
    [["transfer/effective-dat"], /unknown figure "effective-dat" in model "transfer"; did you mean "effective-data"/],
    [["transfer/effective-data", "--modelScal=3"], /unknown parameter --modelScal for transfer; did you mean --modelScale/],
    [["transfer/effective-data", "--modelScale=abc"], /invalid --modelScale: abc \(a number/],
    [["transfer/effective-data", "--modelScale=1e9"], /invalid --modelScale: 1e9 \(between/],
    [["transfer/effective-data", "--format", "pdf"], /invalid format: pdf/],
    [[], /usage: npm run figure/],
  ])("rejects %j with a clear message", async (argv, message) => {
    await expect(run(argv as string[])).rejects.toThrow(message);
  });

  it("exits non-zero from the command line on bad input and writes the figure on good input", () => {
    const bad = spawnSync(process.execPath, ["scripts/vite-run.mjs", "scripts/figure.ts", "transfer/nope"], { encoding: "utf8" });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^figure: unknown figure "nope"/);
    const good = spawnSync(process.execPath, ["scripts/vite-run.mjs", "scripts/figure.ts", "transfer/effective-data", "--modelScale=20", "--format", "json"], {
      encoding: "utf8",
    });
    expect(good.status).toBe(0);
    const json = JSON.parse(good.stdout);
    expect(json.params.modelScale).toBe(20);
    expect(json.figure.url).toContain("modelScale=20");
  }, 30_000);
});
