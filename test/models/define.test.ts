/**
 * The essay-model mechanism (src/models/define.ts) and every model in the registry
 * (src/models/index.ts).
 *
 * Part 1 pins defineModel's validation messages and the control arithmetic (steps, log-aware
 * dragging, clamping, aria text, state checking). Part 2 runs every registered model across
 * random in-range states (fast-check, fixed seed, 1,000 runs per model; issue 10, "Parameter-space
 * fuzzing") and checks the contract the build and the islands rely on: finite values and rows,
 * clean text, columns that exist, sources that exist, and `uses` that are honest.
 *
 * Snapping tolerances: a log-scale control rounds to d = digitsForStep(value, step) significant
 * digits, which moves a value by at most half a unit in the d-th digit, a relative 0.5 × 10^(1−d).
 */
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { sources } from "../../src/laws/index.ts";
import { digitsForStep, formatNumber } from "../../src/lib/format.ts";
import {
  checkState,
  clampParam,
  defineModel,
  formatParam,
  paramFraction,
  paramFromFraction,
  paramProblem,
  paramValueText,
  stepParam,
  type Model,
  type ParamSpec,
} from "../../src/models/define.ts";
import { models } from "../../src/models/index.ts";

const SEED = 20261126;
const RUNS_PER_MODEL = 1_000;

/** Text a reader must never see in computed output ("∞" is the formatter's Infinity, unless it is a limit: "N → ∞"). */
const BAD_TEXT = /NaN|Infinity|undefined|(?<!→\s?)∞|\bnull\b|\[object /;

// The transfer model's modelScale and α (src/models/transfer.ts), copied so these tests do not
// move when that model is retuned.
const modelScale: ParamSpec = {
  label: "model scale",
  default: 10,
  min: 1.5,
  max: 1000,
  step: 10 ** 0.1,
  scale: "log",
  unit: "larger model",
  format: { kind: "multiple", digits: 2 },
};
const alpha: ParamSpec = { label: "α", default: 0.18, min: 0.05, max: 0.6, step: 0.01, scale: "linear", format: { kind: "fixed", digits: 2 } };
const params: ParamSpec = {
  label: "model size",
  default: 4e7,
  min: 1e6,
  max: 1e10,
  step: 10 ** 0.1,
  scale: "log",
  unit: "non-embedding parameters",
  format: { kind: "count", digits: 2 },
};

const noop = {
  title: "t",
  caption: "c",
  compute: () => [],
  plot: () => ({}),
  describe: () => "",
  columns: [],
  sources: [],
};

function model(spec: Partial<Parameters<typeof defineModel>[0]>) {
  return defineModel({ name: "demo", title: "Demo", params: { modelScale, alpha }, values: {}, figures: {}, ...spec } as Parameters<typeof defineModel>[0]);
}

describe("defineModel", () => {
  it("returns a frozen model with paramNames and defaults", () => {
    const m = model({});
    expect(m.paramNames).toEqual(["modelScale", "alpha"]);
    expect(m.defaults).toEqual({ modelScale: 10, alpha: 0.18 });
    expect(Object.isFrozen(m)).toBe(true);
  });

  it.each<[string, ParamSpec | Record<string, ParamSpec>, string]>([
    ["a name that is not camelCase", { Model_scale: modelScale }, '[model demo] parameter "Model_scale" must be camelCase (e.g. modelScale)'],
    ["a non-finite bound", { x: { ...alpha, max: Infinity } }, '[model demo] parameter "x": min, max, step and default must be finite numbers'],
    ["a NaN default", { x: { ...alpha, default: Number.NaN } }, '[model demo] parameter "x": min, max, step and default must be finite numbers'],
    ["min not below max", { x: { ...alpha, min: 0.6, max: 0.6 } }, '[model demo] parameter "x": min (0.6) must be below max (0.6)'],
    ["a log scale through zero", { x: { ...modelScale, min: 0 } }, '[model demo] parameter "x": a log-scale parameter needs min > 0 (got 0)'],
    ["a log step that is not a factor > 1", { x: { ...modelScale, step: 1 } }, '[model demo] parameter "x": a log-scale step is a factor > 1 (got 1)'],
    ["a zero linear step", { x: { ...alpha, step: 0 } }, '[model demo] parameter "x": step must be > 0 (got 0)'],
    ["a default above max", { x: { ...alpha, default: 0.7 } }, '[model demo] parameter "x": default 0.7 is outside [0.05, 0.6]'],
    ["a default below min", { x: { ...modelScale, default: 1 } }, '[model demo] parameter "x": default 1 is outside [1.5, 1000]'],
  ])("rejects %s with a message naming the model and parameter", (_, p, message) => {
    expect(() => model({ params: p as Record<string, ParamSpec> })).toThrow(message);
  });

  it("rejects a figure name that is not kebab-case", () => {
    expect(() => model({ figures: { effectiveData: noop } as never })).toThrow('[model demo] figure "effectiveData" must be kebab-case (e.g. transfer-curves)');
  });

  it("rejects a figure that uses an unknown parameter and suggests the nearest", () => {
    expect(() => model({ figures: { "effective-data": { ...noop, uses: ["modelscale"] } } as never })).toThrow(
      '[model demo] figure "effective-data" uses unknown parameter "modelscale"; did you mean "modelScale"?',
    );
  });

  it("paramProblem is '' for a good spec", () => {
    expect(paramProblem(modelScale)).toBe("");
    expect(paramProblem(alpha)).toBe("");
  });
});

describe("clampParam", () => {
  it("clamps into [min, max] and leaves values inside alone", () => {
    expect(clampParam(alpha, 0.01)).toBe(0.05);
    expect(clampParam(alpha, 1)).toBe(0.6);
    expect(clampParam(alpha, 0.3)).toBe(0.3);
    expect(clampParam(modelScale, -Infinity)).toBe(1.5);
    expect(clampParam(modelScale, Infinity)).toBe(1000);
  });
});

describe("stepParam", () => {
  it("steps a log parameter by its factor and snaps to the digits the step shows", () => {
    // 10 × 10^0.1 = 12.59 → 2 digits (digitsForStep) → 13; 10 / 10^0.1 = 7.94 → 7.9.
    expect(stepParam(modelScale, 10, 1)).toBe(13);
    expect(stepParam(modelScale, 10, -1)).toBe(7.9);
    // PageUp/PageDown: a decade.
    expect(stepParam(modelScale, 10, 1, true)).toBe(100);
    expect(stepParam(params, 4e7, -1, true)).toBe(4e6);
  });

  it("steps a linear parameter by its step on the step grid, 10 steps for PageUp/Down, exact decimals", () => {
    expect(stepParam(alpha, 0.18, 1)).toBe(0.19);
    expect(stepParam(alpha, 0.18, -1)).toBe(0.17);
    expect(stepParam(alpha, 0.183, 1)).toBe(0.19); // off-grid values land back on it
    expect(stepParam(alpha, 0.18, 1, true)).toBe(0.28);
    expect(stepParam({ ...alpha, min: 0, max: 1, step: 0.1 }, 0.2, 1)).toBe(0.3); // not 0.30000000000000004
  });

  it("stops at the ends", () => {
    expect(stepParam(alpha, 0.6, 1)).toBe(0.6);
    expect(stepParam(alpha, 0.05, -1)).toBe(0.05);
    expect(stepParam(modelScale, 1000, 1, true)).toBe(1000);
    expect(stepParam(modelScale, 1.5, -1, true)).toBe(1.5);
  });

  const specs = fc.oneof(
    // log: min in 1e−6..1e6, span 1..12 decades, step factor 1.01..3.
    fc
      .tuple(fc.double({ min: -6, max: 6, noNaN: true }), fc.double({ min: 1, max: 12, noNaN: true }), fc.double({ min: 1.01, max: 3, noNaN: true }))
      .map(
        ([e, span, step]): ParamSpec => ({ label: "x", min: 10 ** e, max: 10 ** (e + span), default: 10 ** e, step, scale: "log", format: { kind: "sig" } }),
      ),
    // linear: a grid of 10..1000 steps of 10^k, from 0 or a few steps above.
    fc.tuple(fc.integer({ min: -4, max: 4 }), fc.integer({ min: 10, max: 1000 }), fc.integer({ min: 0, max: 5 })).map(([k, n, offset]): ParamSpec => {
      const step = 10 ** k;
      return { label: "x", min: offset * step, max: (offset + n) * step, default: offset * step, step, scale: "linear", format: { kind: "sig" } };
    }),
  );
  const specAndValue = specs.chain((spec) => fc.double({ min: 0, max: 1, noNaN: true }).map((f) => [spec, paramFromFraction(spec, f)] as const));

  it("always moves in the direction pressed (or stays at the end) and stays in range", () => {
    fc.assert(
      fc.property(specAndValue, fc.constantFrom(1 as const, -1 as const), fc.boolean(), ([spec, v], dir, big) => {
        const next = stepParam(spec, v, dir, big);
        expect(next).toBeGreaterThanOrEqual(spec.min);
        expect(next).toBeLessThanOrEqual(spec.max);
        if (dir === 1 && v < spec.max) expect(next, `${v} up`).toBeGreaterThan(v);
        if (dir === -1 && v > spec.min) expect(next, `${v} down`).toBeLessThan(v);
      }),
      { seed: SEED, numRuns: 5_000 },
    );
  });

  it("up then down returns to the start: exactly on linear, within two snaps on log", () => {
    // Log steps snap each result to d significant digits, so the ladder up is not the ladder down:
    // 9.6 → 12 → 9.5 on modelScale. Two snaps move a value by at most 2 × 0.5 × 10^(1−d) relative.
    fc.assert(
      fc.property(specAndValue, ([spec, v]) => {
        const up = stepParam(spec, v, 1);
        fc.pre(up < spec.max && up === clampParam(spec, up));
        const back = stepParam(spec, up, -1);
        if (spec.scale === "linear") {
          fc.pre(Math.abs(v / spec.step - Math.round(v / spec.step)) < 1e-9); // v on the grid
          expect(back).toBeCloseTo(v, 9);
        } else {
          const d = Math.min(digitsForStep(v, spec.step, "log"), digitsForStep(up / spec.step, spec.step, "log"));
          expect(Math.abs(back / v - 1), `${v} → ${up} → ${back}`).toBeLessThanOrEqual(10 ** (1 - d) + 1e-12);
        }
      }),
      { seed: SEED, numRuns: 5_000 },
    );
  });
});

describe("paramFraction / paramFromFraction (pointer dragging)", () => {
  it("is log-aware: the geometric midpoint is halfway", () => {
    expect(paramFraction(modelScale, 1.5)).toBe(0);
    expect(paramFraction(modelScale, 1000)).toBeCloseTo(1, 12);
    expect(paramFraction(modelScale, Math.sqrt(1.5 * 1000))).toBeCloseTo(0.5, 12);
    expect(paramFraction(alpha, (0.05 + 0.6) / 2)).toBeCloseTo(0.5, 12);
    // sqrt(1.5 × 1000) = 38.73 → 2 digits → 39.
    expect(paramFromFraction(modelScale, 0.5)).toBe(39);
    expect(paramFromFraction(params, 0.5)).toBe(1e8);
    expect(paramFromFraction(alpha, 0.6)).toBe(0.38); // 0.05 + 0.6 × 0.55 = 0.38 on the 0.01 grid
  });

  it("clamps fractions outside [0, 1] to the ends", () => {
    expect(paramFromFraction(modelScale, -3)).toBe(1.5);
    expect(paramFromFraction(modelScale, 7)).toBe(1000);
    expect(paramFromFraction(alpha, -0.1)).toBe(0.05);
    expect(paramFromFraction(alpha, 1.1)).toBe(0.6);
  });

  it("fraction → value → fraction returns the fraction within one snap, and is monotone", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(modelScale, alpha, params),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (spec, f, g) => {
          const v = paramFromFraction(spec, f);
          expect(v).toBeGreaterThanOrEqual(spec.min);
          expect(v).toBeLessThanOrEqual(spec.max);
          const slack =
            spec.scale === "log"
              ? Math.log(1 + 0.5 * 10 ** (1 - digitsForStep(v, spec.step, "log"))) / Math.log(spec.max / spec.min)
              : spec.step / 2 / (spec.max - spec.min);
          expect(Math.abs(paramFraction(spec, v) - f)).toBeLessThanOrEqual(slack + 1e-12);
          if (f < g) expect(paramFromFraction(spec, f)).toBeLessThanOrEqual(paramFromFraction(spec, g));
        },
      ),
      { seed: SEED, numRuns: 5_000 },
    );
  });

  it("value → fraction → value returns the value within one snap", () => {
    fc.assert(
      fc.property(fc.constantFrom(modelScale, alpha, params), fc.double({ min: 0, max: 1, noNaN: true }), (spec, f) => {
        const raw = spec.scale === "log" ? spec.min * (spec.max / spec.min) ** f : spec.min + f * (spec.max - spec.min);
        const back = paramFromFraction(spec, paramFraction(spec, raw));
        if (spec.scale === "log") expect(Math.abs(back / raw - 1)).toBeLessThanOrEqual(0.5 * 10 ** (1 - digitsForStep(raw, spec.step, "log")) + 1e-12);
        else expect(Math.abs(back - raw)).toBeLessThanOrEqual(spec.step / 2 + 1e-12);
      }),
      { seed: SEED, numRuns: 5_000 },
    );
  });
});

/** The spec with no `unit` at all (exactOptionalPropertyTypes: absent, not undefined). */
function withoutUnit({ unit: _unit, ...rest }: ParamSpec): ParamSpec {
  return rest;
}

describe("formatParam / paramValueText (aria-valuetext)", () => {
  it.each<[ParamSpec, number, string, string]>([
    [modelScale, 10, "10×", "10× larger model"],
    [params, 4e7, "40M", "40 million non-embedding parameters"],
    [params, 1.4e12, "1.4T", "1.4 trillion non-embedding parameters"],
    [{ ...params, unit: "characters" }, 3e5, "300k", "300 thousand characters"],
    [{ ...params, unit: "parameters" }, 7e10, "70B", "70 billion parameters"],
    [{ ...params, format: { kind: "sci" }, unit: "parameters" }, 7e10, "7 × 10¹⁰", "7 × 10¹⁰ parameters"],
    [{ ...withoutUnit(modelScale), format: { kind: "count", digits: 2 } }, 2e9, "2B", "2 billion"],
    [alpha, 0.18, "0.18", "0.18"],
  ])("%#: %s → %j, spoken %j", (spec, value, shown, spoken) => {
    expect(formatParam(spec, value)).toBe(shown);
    expect(paramValueText(spec, value)).toBe(spoken);
  });
});

describe("checkState", () => {
  const m = model({});

  it("keeps valid values, fills defaults, reports unknown and out-of-range names", () => {
    const { params: p, problems } = checkState(m, { alpha: 0.3, zeta: 1, modelScale: 5000 });
    expect(p).toEqual({ modelScale: 10, alpha: 0.3 });
    expect(problems).toEqual(['unknown parameter "zeta"', "modelScale must be between 1.5× and 1000×"]);
  });

  it("rejects NaN and infinities", () => {
    const { params: p, problems } = checkState(m, { alpha: Number.NaN, modelScale: Infinity });
    expect(p).toEqual(m.defaults);
    expect(problems).toEqual(["alpha must be between 0.05 and 0.60", "modelScale must be between 1.5× and 1000×"]);
  });

  it("treats Object.prototype's names as unknown parameters", () => {
    // Today checkState({ toString: 5 }) finds Object.prototype.toString through model.params[name],
    // accepts it (comparisons with undefined min/max are false) and returns params { …, toString: 5 }.
    const { params: p, problems } = checkState(m, { toString: 5, constructor: 3, hasOwnProperty: 1 } as Record<string, number>);
    expect(Object.keys(p).sort()).toEqual(["alpha", "modelScale"]);
    expect(problems).toHaveLength(3);
  });
});

// ---------------------------------------------------------------------------------------------
// Every registered model.

/** A random in-range state: each parameter at its min, max, default or uniform (log-uniform on log scales). */
function stateOf(m: Model): fc.Arbitrary<Record<string, number>> {
  return fc.record(
    Object.fromEntries(
      m.paramNames.map((name) => {
        const p = m.params[name]!;
        const inside =
          p.scale === "log"
            ? fc.double({ min: Math.log(p.min), max: Math.log(p.max), noNaN: true }).map((x) => clampParam(p, Math.exp(x)))
            : fc.double({ min: p.min, max: p.max, noNaN: true });
        return [name, fc.oneof({ weight: 1, arbitrary: fc.constantFrom(p.min, p.max, p.default) }, { weight: 6, arbitrary: inside })];
      }),
    ),
  );
}

/** The first problem in a row, or "" (plain checks: one expect per row would dominate the run time). */
function rowProblem(row: Record<string, unknown>): string {
  for (const [key, value] of Object.entries(row)) {
    if (typeof value === "number") {
      if (!Number.isFinite(value)) return `${key} = ${value}`;
    } else if (typeof value === "string") {
      if (BAD_TEXT.test(value)) return `${key} = ${JSON.stringify(value)}`;
    } else if (value !== null && typeof value !== "boolean") return `${key} is ${typeof value}`;
  }
  return "";
}

/** Milliseconds per state spent in each model's own code, printed once at the end of the file. */
const timings: Record<string, number> = {};
afterAll(() => {
  console.log(
    `[models] ${RUNS_PER_MODEL} random states per model; model code per state: ${Object.entries(timings)
      .map(([n, ms]) => `${n} ${ms.toFixed(2)} ms`)
      .join(", ")}`,
  );
});

const allModels = Object.values(models);

it("the registry holds at least the transfer model", () => {
  expect(Object.keys(models)).toContain("transfer");
});

describe.each(allModels.map((m) => [m.name, m] as const))("model %s", (_, m) => {
  it("has every default inside its range and every parameter spec valid", () => {
    for (const name of m.paramNames) {
      const p = m.params[name]!;
      expect(paramProblem(p), name).toBe("");
      expect(m.defaults[name]).toBe(p.default);
    }
  });

  it("reaches both ends of every control by dragging and by keys", () => {
    for (const name of m.paramNames) {
      const p = m.params[name]!;
      expect(paramFromFraction(p, 0), `${name} at 0`).toBe(p.min);
      expect(paramFromFraction(p, 1), `${name} at 1`).toBe(p.max);
      expect(stepParam(p, p.max, -1, true), name).toBeLessThan(p.max);
      expect(stepParam(p, p.min, 1, true), name).toBeGreaterThan(p.min);
    }
  });

  it("names only parameters that exist in `uses`, sources that exist, and columns its rows have", () => {
    const sourceIds = Object.keys(sources);
    for (const [name, fig] of Object.entries(m.figures)) {
      for (const used of fig.uses ?? []) expect(m.paramNames, `${name} uses`).toContain(used);
      expect(fig.sources.length, `${name} sources`).toBeGreaterThan(0);
      for (const id of fig.sources) expect(sourceIds, `${name} source`).toContain(id);
      const rows = fig.compute(m.defaults);
      expect(rows.length, `${name} rows`).toBeGreaterThan(0);
      for (const column of fig.columns) {
        const missing = rows.filter((r) => !Object.hasOwn(r, column.key)).length;
        expect(missing, `${name}: column "${column.key}" missing from ${missing} of ${rows.length} rows`).toBe(0);
      }
    }
  });

  it(`keeps every value, figure row, caption and description finite and clean, and every plot drawable, across ${RUNS_PER_MODEL} random in-range states`, () => {
    let runs = 0;
    let spent = 0;
    fc.assert(
      fc.property(stateOf(m), (state) => {
        runs++;
        const p = state as Model["defaults"];
        const where = JSON.stringify(state);
        const t0 = performance.now();
        const values = Object.entries(m.values).map(([name, value]) => [name, value.compute(p), value.format] as const);
        const figures = Object.entries(m.figures).map(([name, fig]) => {
          const rows = fig.compute(p);
          fig.plot(rows, p, { interactive: false }); // must not throw: the browser would keep a stale figure
          return { name, rows, describe: fig.describe(rows, p), caption: typeof fig.caption === "function" ? fig.caption(p) : fig.caption };
        });
        spent += performance.now() - t0;
        for (const [name, x, format] of values) {
          if (!Number.isFinite(x)) expect.fail(`value ${name} = ${x} at ${where}`);
          if (BAD_TEXT.test(formatNumber(x, format))) expect.fail(`value ${name} shows "${formatNumber(x, format)}" at ${where}`);
        }
        for (const f of figures) {
          if (f.rows.length === 0) expect.fail(`${f.name} has no rows at ${where}`);
          f.rows.forEach((row, i) => {
            const problem = rowProblem(row);
            if (problem) expect.fail(`${f.name} row ${i}: ${problem} at ${where}`);
          });
          if (BAD_TEXT.test(f.describe)) expect.fail(`${f.name} describe at ${where}: ${f.describe}`);
          if (f.describe.length <= 20) expect.fail(`${f.name} describe is too short to describe anything at ${where}: "${f.describe}"`);
          if (BAD_TEXT.test(f.caption)) expect.fail(`${f.name} caption at ${where}: ${f.caption}`);
        }
      }),
      { seed: SEED, numRuns: RUNS_PER_MODEL },
    );
    expect(runs).toBeGreaterThanOrEqual(RUNS_PER_MODEL);
    timings[m.name] = spent / runs;
  }, 60_000);

  it("declares in `uses` every parameter that changes a figure (else the browser leaves it stale)", () => {
    const figures = Object.entries(m.figures).filter(([, f]) => f.uses);
    fc.assert(
      fc.property(stateOf(m), stateOf(m), (a, b) => {
        for (const [name, fig] of figures) {
          for (const param of m.paramNames.filter((n) => !fig.uses!.includes(n))) {
            const moved = { ...a, [param]: b[param]! } as Model["defaults"];
            const pa = a as Model["defaults"];
            const text = (p: Model["defaults"]) => {
              const rows = fig.compute(p);
              return JSON.stringify([rows, fig.describe(rows, p), typeof fig.caption === "function" ? fig.caption(p) : fig.caption]);
            };
            expect(text(moved), `${name} changes with ${param}, which is not in its uses`).toBe(text(pa));
          }
        }
      }),
      { seed: SEED, numRuns: 50 },
    );
  }, 60_000);
});
