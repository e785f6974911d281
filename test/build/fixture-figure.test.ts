/**
 * Adding a figure is adding a file (issue 20): in a temporary copy of the tree, write one figure
 * file into the transfer model's folder and one <Figure> line into its essay, then run the real
 * tools. The figure must appear on the essay, on its own page, in the figures index, in the CLI's
 * `--list` and, after `npm run permalinks -- --update`, in the permalink corpus, with no other edit.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { cloneTree } from "../setup/clone.ts";

const NAME = "fixture-one-file";
const TITLE = "A fixture figure that is one file";

const FIGURE = `/** Figure transfer/${NAME}: a test fixture, written by test/build/fixture-figure.test.ts. */
import * as Plot from "@observablehq/plot";
import { hernandez2021TextToPython } from "../../laws/index.ts";
import { defineFigure } from "../define.ts";
import type { P } from "./shared.ts";

type R = { scale: number; factor: number };

export default defineFigure<P, R>({
  title: ${JSON.stringify(TITLE)},
  caption: "The data factor M^(β/α) at five model scales.",
  uses: ["alpha", "beta"],
  sources: ["hernandez2021"],
  constants: () => [hernandez2021TextToPython],
  columns: [
    { key: "scale", label: "Model scale" },
    { key: "factor", label: "Data factor" },
  ],
  compute: (p) => [1, 2, 5, 10, 20].map((scale) => ({ scale, factor: scale ** (p.beta / p.alpha) })),
  plot: (rows) => ({ x: { type: "log" }, y: { type: "log" }, marks: [Plot.line(rows, { x: "scale", y: "factor" })] }),
  describe: (rows) => \`A line through \${rows.length} points.\`,
});
`;

let clone = "";
const run = (args: string[]) => {
  const r = spawnSync(process.execPath, args, {
    cwd: clone,
    encoding: "utf8",
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", NO_COLOR: "1" },
    maxBuffer: 64 * 1024 * 1024,
    timeout: 400_000,
  });
  expect(r.status, `${args.join(" ")}\n${r.stdout.slice(-3000)}\n${r.stderr.slice(-3000)}`).toBe(0);
  return r.stdout;
};
const page = (path: string) => parseHTML(readFileSync(join(clone, "dist", path, "index.html"), "utf8")).document;

beforeAll(() => {
  clone = cloneTree("slc-fixture-figure-");
  writeFileSync(join(clone, "src/models/transfer", `${NAME}.ts`), FIGURE);
  const essay = join(clone, "content/essays/transfer.mdx");
  writeFileSync(essay, `${readFileSync(essay, "utf8").trimEnd()}\n\n<Figure name="${NAME}" />\n`);
}, 120_000);
afterAll(() => rmSync(clone, { recursive: true, force: true }));

describe("a figure added as one file", () => {
  it("is listed by the CLI", () => {
    expect(run(["scripts/vite-run.mjs", "scripts/figure.ts", "--list"])).toContain(`transfer/${NAME}`);
  }, 120_000);

  it("joins the permalink corpus on --update, and only it does", () => {
    const before = JSON.parse(readFileSync(join(clone, "test/permalinks.json"), "utf8")).permalinks as { url: string; hash: string }[];
    run(["scripts/vite-run.mjs", "scripts/permalinks.ts", "--update"]);
    const after = JSON.parse(readFileSync(join(clone, "test/permalinks.json"), "utf8")).permalinks as { url: string; hash: string }[];
    expect(after.slice(0, before.length)).toEqual(before);
    const added = after.slice(before.length).map((e) => e.url);
    expect(added.length).toBeGreaterThan(0);
    for (const url of added) expect(url).toContain(`/figures/transfer/${NAME}/`);
  }, 180_000);

  it("appears on its essay, on its own page (linking to its file) and in the figures index", () => {
    run(["node_modules/astro/bin/astro.mjs", "build", "--silent"]);
    const essay = page("essays/transfer");
    expect([...essay.querySelectorAll("figure.law-figure")].some((f) => f.textContent?.includes(TITLE))).toBe(true);
    const own = page(`figures/transfer/${NAME}`);
    expect(own.querySelector("h1")?.textContent).toBe(TITLE);
    expect(own.querySelector(`a[href$="/source/src/models/transfer/${NAME}.ts"]`)).not.toBeNull();
    expect(existsSync(join(clone, "dist/source/src/models/transfer", `${NAME}.ts`))).toBe(true);
    expect(page("figures").querySelector(`a[href$="/figures/transfer/${NAME}/"]`)).not.toBeNull();
  }, 420_000);
});
