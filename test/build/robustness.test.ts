/**
 * Build-time robustness (issue 10; issue 5: "Unknown names … fail the build naming the essay, the
 * component and the closest valid names"). Each fixture under test/fixtures/authoring/<case>/
 * makes exactly one authoring mistake; the real site is built with ESSAYS_DIR pointing at it
 * (src/content.config.ts reads it) into its own temp outDir. The build must fail, and its output
 * must name the essay, the component or frontmatter field, and say how to fix it.
 *
 * Builds run one after another (a test file's tests are sequential); each takes 2–7 s.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const fixtures = "test/fixtures/authoring";

interface Case {
  /** Folder under test/fixtures/authoring. */
  dir: string;
  /** Essay id (its file name): the output must name it. */
  essay: string;
  /** The component or field the output must name. */
  names: string | RegExp;
  /** The fix or suggestion the output must contain. */
  fix: RegExp;
}

const cases: Case[] = [
  { dir: "unknown-param", essay: "param-typo", names: '<Param name="modelSize">', fix: /Did you mean "modelScale"/ },
  { dir: "unknown-value", essay: "value-typo", names: '<Value name="dataFactr">', fix: /Did you mean "dataFactor"/ },
  { dir: "unknown-figure", essay: "figure-typo", names: '<Figure name="effective-dat">', fix: /Did you mean "effective-data"/ },
  { dir: "no-model", essay: "params-without-model", names: "<Param>", fix: /add `model: <name>`/ },
  // Frontmatter mistakes fail in the content schema; Astro prints the file path and the field.
  { dir: "unknown-model", essay: "model-typo", names: /\bmodel\b/, fix: /did you mean "transfer"/i },
  { dir: "unknown-source", essay: "source-typo", names: /\bsources\b/, fix: /did you mean "hernandez2021"/i },
  { dir: "missing-field", essay: "no-summary", names: /\bsummary\b/, fix: /summary is required: one or two sentences/ },
  {
    dir: "bad-date",
    essay: "day-first",
    names: /frontmatter field published\b/,
    fix: /"26\/11\/2026" is not written YYYY-MM-DD\. Write a real date as YYYY-MM-DD/,
  },
  // YAML alone would read 2026-26-11 as a valid Date in 2028: the check reads the text as written.
  {
    dir: "impossible-date",
    essay: "month-26",
    names: /frontmatter field published\b/,
    fix: /"2026-26-11" has month 26; months run 01–12\. Write a real date as YYYY-MM-DD/,
  },
];

function build(dir: string): { status: number | null; output: string; seconds: number } {
  const outDir = mkdtempSync(join(tmpdir(), `slc-authoring-${dir}-`));
  const started = performance.now();
  try {
    const result = spawnSync(process.execPath, ["node_modules/astro/bin/astro.mjs", "build", "--outDir", outDir], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, ESSAYS_DIR: `${fixtures}/${dir}`, ASTRO_TELEMETRY_DISABLED: "1", NO_COLOR: "1", FORCE_COLOR: "0" },
      maxBuffer: 64 * 1024 * 1024,
      timeout: 90_000,
    });
    return { status: result.status, output: `${result.stdout}\n${result.stderr}`, seconds: (performance.now() - started) / 1000 };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

describe("authoring mistakes fail the build with a helpful message", () => {
  it("has one fixture folder per case, each with one essay", () => {
    expect(readdirSync(join(root, fixtures)).sort()).toEqual(cases.map((c) => c.dir).sort());
    for (const c of cases) expect(readdirSync(join(root, fixtures, c.dir))).toEqual([`${c.essay}.mdx`]);
  });

  it.each(cases)("$dir", (c) => {
    const { status, output, seconds } = build(c.dir);
    console.log(`[authoring] ${c.dir}: exit ${status} in ${seconds.toFixed(1)} s`);
    // A build that collided with another build in the same checkout is not an answer about the fixture.
    // Builds in one checkout share .astro/ and node_modules/.astro/data-store.json: a build running
    // at the same time (another terminal, not this suite) can swap in its chunks or its essays.
    expect(output, "another astro build in this checkout raced this one (.astro/.prerender)").not.toMatch(/ERR_MODULE_NOT_FOUND[^\n]*\.astro\/\.prerender/);
    expect(output, "this build rendered the real essays: another build's content store (node_modules/.astro) was read").not.toContain("/essays/transfer/");
    const tail = output.slice(-3000);
    expect(status, tail).not.toBe(0);
    expect(status, tail).not.toBeNull(); // not killed by the timeout
    expect(output, tail).toContain(c.essay);
    if (typeof c.names === "string") expect(output, tail).toContain(c.names);
    else expect(output, tail).toMatch(c.names);
    expect(output, tail).toMatch(c.fix);
  });
});
