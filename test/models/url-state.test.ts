/**
 * URL state (src/models/url-state.ts): the only place a reader's URL enters the page. Issue 10
 * ("URL fuzzing"): ≥ 10,000 seeded generated query strings, each read against every model's page
 * spec, always yield an in-range state of known names with plain-text problems; and what
 * writeUrlState writes, readUrlState reads back. Issue 5: renames and old defaults keep old
 * permalinks rendering the same figure.
 */
import fc from "fast-check";
import { hostileQueries } from "../setup/hostile-queries.ts";
import { afterAll, describe, expect, it } from "vitest";
import { compareSemver, migrationNotes, readUrlState, urlNumber, writeUrlState, type PageSpec } from "../../src/models/url-state.ts";
import type { Migration, Model, ParamSpec } from "../../src/models/define.ts";
import { models } from "../../src/models/index.ts";
import pkg from "../../package.json" with { type: "json" };

const SEED = 20261126;
const FUZZ_RUNS = 10_000;
// The version pages write into their links: this site's (links made with it are not migrated).
const VERSION = `${pkg.version}+abc1234`;
const VERSION_PATTERN = /^\d+\.\d+\.\d+(\+[0-9a-zA-Z.-]{1,40})?$/;

/** The page spec a model's essay embeds, as src/render/spec.ts builds it (without siteVersion()). */
function pageSpec(model: Model, migrations: Migration[] = model.migrations ?? []): PageSpec {
  const params = Object.fromEntries(
    model.paramNames.map((name) => {
      const { label, default: d, min, max, step, scale, unit, format } = model.params[name]!;
      return [name, { label, default: d, min, max, step, scale, unit, format } as ParamSpec];
    }),
  );
  return JSON.parse(JSON.stringify({ model: model.name, version: VERSION, semver: pkg.version, params, migrations })) as PageSpec;
}

const specs = Object.values(models).map((m) => pageSpec(m));
const knownNames = [...new Set(specs.flatMap((s) => Object.keys(s.params)))];

/** Check the invariants of a parse result; returns nothing, throws through expect. */
function checkParsed(search: string, spec: PageSpec) {
  const result = readUrlState(search, spec);
  const where = `${spec.model} ← ${JSON.stringify(search.slice(0, 200))}`;
  for (const [name, value] of Object.entries(result.state)) {
    const p = Object.hasOwn(spec.params, name) ? spec.params[name] : undefined;
    if (!p) expect.fail(`${where}: unknown name ${JSON.stringify(name)} in state`);
    if (typeof value !== "number" || !Number.isFinite(value) || value < p.min || value > p.max)
      expect.fail(`${where}: ${name} = ${value} outside [${p.min}, ${p.max}]`);
  }
  if (Object.getPrototypeOf(result.state) !== Object.prototype) expect.fail(`${where}: state's prototype was replaced`);
  if (!Array.isArray(result.problems)) expect.fail(`${where}: problems is not an array`);
  for (const problem of result.problems) {
    if (typeof problem !== "string") expect.fail(`${where}: problem ${String(problem)} is a ${typeof problem}`);
    // Plain, short, single-line text (shown with textContent beside the controls).
    if (problem.length > 120 || /[\u0000-\u001f\u007f]/.test(problem)) expect.fail(`${where}: problem ${JSON.stringify(problem)}`);
  }
  if (result.problems.length > 70) expect.fail(`${where}: ${result.problems.length} problems (64 keys are read at most)`);
  if (result.version !== undefined && !VERSION_PATTERN.test(result.version)) expect.fail(`${where}: version ${result.version}`);
  return result;
}

// ---------------------------------------------------------------------------------------------
// Generators.

const queries = hostileQueries(knownNames, VERSION);

// ---------------------------------------------------------------------------------------------

let fuzzCases = 0;
let fuzzReads = 0;
afterAll(() => {
  console.log(`[url-state] fuzz: ${fuzzCases} generated query strings × ${specs.length} model page specs = ${fuzzReads} reads (seed ${SEED})`);
});

describe("readUrlState under fuzzing", () => {
  it(`yields an in-range state of known names and plain-text problems for ${FUZZ_RUNS} generated query strings against every model`, () => {
    fc.assert(
      fc.property(queries, (search) => {
        fuzzCases++;
        for (const spec of specs) {
          fuzzReads++;
          const { state } = checkParsed(search, spec);
          // Whatever was accepted writes back and reads back to itself with no problems.
          const written = writeUrlState({ ...defaultsOf(spec), ...state }, spec);
          const again = readUrlState(written, spec);
          expect(again.problems, `${spec.model} ← ${written}`).toEqual([]);
          for (const [name, value] of Object.entries(state)) {
            if (urlNumber(value) === urlNumber(spec.params[name]!.default)) continue;
            expect(again.state[name], `${spec.model}: ${name} ← ${written}`).toBe(Number(urlNumber(value)));
          }
        }
      }),
      { seed: SEED, numRuns: FUZZ_RUNS },
    );
    expect(fuzzCases).toBeGreaterThanOrEqual(FUZZ_RUNS);
  }, 120_000);
});

function defaultsOf(spec: PageSpec): Record<string, number> {
  return Object.fromEntries(Object.entries(spec.params).map(([n, p]) => [n, p.default]));
}

describe.each(specs.map((s) => [s.model, s] as const))("model %s", (_, spec) => {
  const names = Object.keys(spec.params);
  const first = names[0]!;
  const p = spec.params[first]!;

  it("round-trips random in-range parameters through writeUrlState → readUrlState (6 significant digits)", () => {
    const state = fc.record(
      Object.fromEntries(
        names.map((n) => {
          const q = spec.params[n]!;
          return [
            n,
            q.scale === "log"
              ? fc.double({ min: Math.log(q.min), max: Math.log(q.max), noNaN: true }).map((x) => Math.min(q.max, Math.max(q.min, Math.exp(x))))
              : fc.double({ min: q.min, max: q.max, noNaN: true }),
          ];
        }),
      ),
    );
    fc.assert(
      fc.property(state, (params) => {
        const search = writeUrlState(params, spec);
        const back = readUrlState(search, spec);
        expect(back.problems, search).toEqual([]);
        if (search) expect(back.version).toBe(VERSION);
        for (const n of names) {
          const expected = urlNumber(params[n]!) === urlNumber(spec.params[n]!.default) ? undefined : params[n]!;
          if (expected === undefined) expect(back.state[n], `${n} at its default is not written`).toBeUndefined();
          // urlNumber keeps 6 significant digits: relative error ≤ 5e−6.
          else expect(Math.abs(back.state[n]! - expected), `${n} ← ${search}`).toBeLessThanOrEqual(5e-6 * Math.abs(expected));
        }
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it("writes nothing at the defaults, or only v when asked", () => {
    expect(writeUrlState(defaultsOf(spec), spec)).toBe("");
    expect(writeUrlState({}, spec)).toBe("");
    expect(writeUrlState(defaultsOf(spec), spec, true)).toBe(`?v=${encodeURIComponent(VERSION)}`);
  });

  it("ignores a hostile value with a note and runs nothing (issue 5's URL)", () => {
    const { state, problems } = readUrlState(`?${first}=<img src=x onerror=alert(1)>`, spec);
    expect(state).toEqual({});
    expect(problems).toEqual([`ignored ${first}: not a number`]);
  });

  it("reports unknown, repeated, long, non-numeric and out-of-range values; accepts the formatter's syntax", () => {
    const over = p.max * 10;
    // A model may have a single parameter (a freshly scaffolded essay has one): the second name is optional.
    const second = names[1];
    const search = `?nope=1&${first}=${encodeURIComponent(String(p.default))}&${first}=${p.min}${second ? `&${second}=${"1".repeat(33)}` : ""}&v=bad`;
    const r = readUrlState(search, spec);
    expect(r.state).toEqual({ [first]: p.default });
    expect(r.version).toBeUndefined();
    expect(r.problems).toEqual([
      "ignored a malformed version (v)",
      "ignored unknown parameter “nope”",
      `ignored a repeated “${first}”`,
      ...(second ? [`ignored ${second}: value too long`] : []),
    ]);
    expect(readUrlState(`?${first}=${"1".repeat(33)}`, spec).problems).toEqual([`ignored ${first}: value too long`]);
    expect(readUrlState(`?${first}=${over}`, spec).problems).toEqual([`ignored ${first}: outside ${p.min} to ${p.max}`]);
    expect(readUrlState(`?${first}=NaN`, spec).problems).toEqual([`ignored ${first}: not a number`]);
    expect(readUrlState(`?${first}=Infinity`, spec).problems).toEqual([`ignored ${first}: not a number`]);
  });
});

describe("readUrlState: specifics", () => {
  const transfer = pageSpec(models.transfer!);

  it("accepts what a reader types: 70B-style suffixes, × 10 powers and percent", () => {
    expect(readUrlState("?modelScale=3e1", transfer).state).toEqual({ modelScale: 30 });
    expect(readUrlState("?nonEmbeddingParams=40M&fineTuneData=1e6", transfer).state).toEqual({ nonEmbeddingParams: 4e7, fineTuneData: 1e6 });
    expect(readUrlState(`?nonEmbeddingParams=${encodeURIComponent("7 × 10⁸")}`, transfer).state).toEqual({ nonEmbeddingParams: 7e8 });
  });

  it("reads at most 64 keys and at most 4096 characters", () => {
    const many = Array.from({ length: 100 }, (_, i) => `k${i}=1`).join("&");
    expect(readUrlState(`?${many}`, transfer).problems).toHaveLength(64);
    const long = `?x=${"a".repeat(5000)}&modelScale=20`;
    expect(readUrlState(long, transfer).state).toEqual({});
  });

  it("shortens and de-controls an unknown key in its note", () => {
    const { problems } = readUrlState(`?${encodeURIComponent(`a\u0000b\nc${"x".repeat(100)}`)}=1`, transfer);
    expect(problems).toEqual([`ignored unknown parameter “a?b?c${"x".repeat(35)}…”`]);
  });

  it("never lets __proto__ or constructor reach the state", () => {
    const { state, problems } = readUrlState("?__proto__=5&constructor=5&toString=5&hasOwnProperty=5", transfer);
    expect(Object.keys(state)).toEqual([]);
    expect(Object.getPrototypeOf(state)).toBe(Object.prototype);
    expect(problems).toHaveLength(4);
  });
});

describe("compareSemver", () => {
  it.each<[string, string, number]>([
    ["0.1.0", "0.1.0", 0],
    ["0.1.0+abc1234", "0.1.0+def5678", 0],
    ["0.1.9", "0.2.0", -1],
    ["0.10.0", "0.9.0", 1],
    ["1.0.0", "0.99.99", 1],
    ["1.0", "1.0.0", 0],
  ])("%s vs %s → %d", (a, b, d) => {
    expect(compareSemver(a, b)).toBe(d);
    expect(compareSemver(b, a)).toBe(-d || 0);
  });
});

describe("migrations: old permalinks keep their meaning", () => {
  const base = pageSpec(models.transfer!);
  const renamed: Migration = { before: "0.2.0", rename: { scale: "modelScale" }, defaults: { alpha: 0.2 }, note: "modelScale was scale; α's default was 0.20" };
  const spec = { ...base, version: "0.3.0+abc1234", semver: "0.3.0", migrations: [renamed] };

  it("renames an old key and restores an old default for links made before the change", () => {
    const r = readUrlState("?scale=20&v=0.1.5%2Bdeadbee", spec);
    expect(r.state).toEqual({ modelScale: 20, alpha: 0.2 });
    expect(r.problems).toEqual([]);
    expect(r.version).toBe("0.1.5+deadbee");
  });

  it("an explicit value in the link wins over the old default", () => {
    expect(readUrlState("?alpha=0.3&v=0.1.0", spec).state).toEqual({ alpha: 0.3 });
  });

  it("does not apply to links made at or after `before`", () => {
    const r = readUrlState("?scale=20&v=0.2.0", spec);
    expect(r.state).toEqual({});
    expect(r.problems).toEqual(["ignored unknown parameter “scale”"]);
  });

  it("the old and the new name together count as a repeat", () => {
    const r = readUrlState("?scale=20&modelScale=30&v=0.1.0", spec);
    expect(r.state).toEqual({ modelScale: 20, alpha: 0.2 });
    expect(r.problems).toEqual(["ignored a repeated “modelScale”"]);
  });

  it("ignores an old default that is outside today's range", () => {
    const wide = { ...spec, migrations: [{ ...renamed, defaults: { alpha: 5 } }] };
    expect(readUrlState("?v=0.1.0", wide).state).toEqual({});
  });

  it("chains renames across releases (a → b before 0.2.0, b → c before 0.3.0)", () => {
    // Today renames are merged into one map, so a link from 0.1.0 with "scale" becomes "size", which no longer exists.
    const twice = {
      ...spec,
      migrations: [
        { before: "0.2.0", rename: { scale: "size" }, note: "scale → size" },
        { before: "0.3.0", rename: { size: "modelScale" }, note: "size → modelScale" },
      ],
    };
    expect(readUrlState("?scale=20&v=0.1.0", twice).state).toEqual({ modelScale: 20 });
    expect(readUrlState("?size=20&v=0.2.5", twice).state).toEqual({ modelScale: 20 });
  });
});

describe("the 0.2.0 change of Chinchilla fit: links from 0.1.0 keep their numbers and say so", () => {
  // Issue 15: fine-tuning and how-clever moved from Hoffmann et al.'s printed constants to the
  // site's default fit (Besiroglu et al.'s refit) in 0.2.0; `fit` = 1 selects the printed constants.
  it.each(["fine-tuning", "how-clever"])("%s: a 0.1.0 link gets the printed constants and a banner note; a 0.2.0 link does not", (name) => {
    const spec = { ...pageSpec(models[name]!), version: "0.2.0+abc1234", semver: "0.2.0" };
    expect(readUrlState("?v=0.1.0", spec).state.fit).toBe(1);
    expect(readUrlState("?fit=0&v=0.1.0", spec).state.fit).toBe(0); // an explicit value wins
    expect(readUrlState("?v=0.2.0", spec).state.fit).toBeUndefined();
    expect(readUrlState("", spec).state.fit).toBeUndefined(); // no version: today's defaults
    expect(migrationNotes("0.1.0", spec).join(" ")).toMatch(/printed constants/);
    expect(migrationNotes("0.2.0", spec)).toEqual([]);
    expect(migrationNotes("0.1.9+deadbee", spec)).toHaveLength(1);
  });
});
