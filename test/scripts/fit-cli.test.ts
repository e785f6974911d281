import { describe, expect, it } from "vitest";
import { hoffmann2022Unrounded } from "../../src/laws/index.ts";
import { canonicalRuns, parseRuns } from "../../src/lib/runs-csv.ts";
import { analyseRuns, EXAMPLE_DESIGN, FIT_DEFAULTS, runsAsCsv, sha256Hex, syntheticRuns, type FitReport } from "../../src/models/fit-runs.ts";
import { run } from "../../scripts/fit.ts";

const text = `${runsAsCsv(syntheticRuns({ ...EXAMPLE_DESIGN, truth: hoffmann2022Unrounded }), 4)}1e9,abc,2\n`;
const files: Record<string, string> = { "runs.csv": text };
const read = (f: string) => {
  if (!(f in files)) throw new Error("ENOENT");
  return files[f]!;
};
const grid = "alpha=0,0.5;beta=0,0.5;e=-1:1:1;a=0:10:5;b=0:10:5";

describe("npm run fit (scripts/fit.ts)", () => {
  it("prints the analysis of the page's code as JSON: same estimates, same intervals, the data's hash", { timeout: 30_000 }, async () => {
    const { output, messages } = await run(["runs.csv", "--bootstrap", "20", "--seed", "3", "--grid", grid, "--budget", "1e22"], read);
    const report = JSON.parse(output) as FitReport;
    const runs = parseRuns(text).runs;
    const options = {
      ...FIT_DEFAULTS,
      resamples: 20,
      seed: 3,
      budget: 1e22,
      grid: { alpha: [0, 0.5], beta: [0, 0.5], e: [-1, 0, 1], a: [0, 5, 10], b: [0, 5, 10] },
    };
    const direct = analyseRuns(runs, options);
    expect(report.estimate).toEqual(direct.fit.estimate);
    expect(report.rows).toEqual(JSON.parse(JSON.stringify(direct.summary.rows)));
    expect(report.options).toEqual(options);
    expect(report.dataSha256).toBe(await sha256Hex(canonicalRuns(runs)));
    expect(report.dataSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(report.approach2.ok).toBe(true);
    expect(messages[0]).toMatch(/^runs\.csv: error: Line 37: tokens D “abc” is not a number/);
  });

  it("prints CSV with the estimates and intervals under a commented header", { timeout: 30_000 }, async () => {
    const { output } = await run(["runs.csv", "--format=csv", "--grid", grid], read);
    const lines = output.trim().split("\n");
    expect(lines.filter((l) => l.startsWith("#")).some((l) => /data sha256 [0-9a-f]{64}/.test(l))).toBe(true);
    expect(lines.find((l) => !l.startsWith("#"))).toBe("estimator,quantity,estimate,low,high");
    expect(lines.some((l) => /^parametric fit \(Approach 3\),alpha,0\.3\d+,,$/.test(l))).toBe(true);
  });

  it("refuses bad arguments and unreadable or unusable files with a message", async () => {
    await expect(run([], read)).rejects.toThrow(/usage: npm run fit/);
    await expect(run(["runs.csv", "--format", "xml"], read)).rejects.toThrow(/invalid --format: xml/);
    await expect(run(["runs.csv", "--bootstrap", "-3"], read)).rejects.toThrow(/invalid --bootstrap/);
    await expect(run(["runs.csv", "--grid", "gamma=1"], read)).rejects.toThrow(/invalid --grid/);
    await expect(run(["runs.csv", "--wat", "1"], read)).rejects.toThrow(/unknown option --wat/);
    await expect(run(["missing.csv"], read)).rejects.toThrow(/cannot read missing\.csv/);
    files["bad.csv"] = "N,D,L\n1e9,2e10,2\n";
    await expect(run(["bad.csv"], read)).rejects.toThrow(/no fit: .*Too few runs/s);
  });
});
