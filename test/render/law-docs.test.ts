/**
 * Each law's prose is written once, in its JSDoc; the laws reference parses it at build
 * (src/render/law-docs.ts) and src/laws/meta.ts holds only machine data. These tests pin the
 * parser on fixtures, check that a JSDoc without a summary or a "Source:" line stops the build
 * naming the function and its file, and check the real law module: every function with a meta
 * entry has a summary, a Source line that names its works and a text for each argument, and no
 * meta entry carries prose again.
 */
import { describe, expect, it } from "vitest";
import * as laws from "../../src/laws/index.ts";
import { lawData, lawMeta, type LawMeta } from "../../src/laws/meta.ts";
import {
  argText,
  blockHtml,
  fieldDocs,
  firstSentence,
  inlineHtml,
  jsDocBefore,
  lawDocs,
  parseJsDoc,
  plainText,
  throwsHtml,
} from "../../src/render/law-docs.ts";
import { documentedLawExports } from "../../src/render/laws-reference.ts";

const files = import.meta.glob<string>("../../src/laws/**/*.ts", { query: "?raw", import: "default", eager: true });
const module = laws as unknown as Record<string, unknown>;

const fixture = `
/** Not this one. */
const x = 1;

/**
 * Loss of a model of N parameters trained on D tokens, by Hoffmann et al.'s fit (eq. 2). More:
 * \`L̂(N, D) = E + A/N^α + B/D^β\`, minimised by {@link chinchillaOptimal}.
 *
 * - first item
 *   wrapped
 * - second item
 * Source: arXiv 2203.15556 §3.3 eq 2;
 * constants App. D.2.
 * Domain: fitted on 70M to 16B parameters.
 * @param options.params N, all parameters (count > 0).
 * @param options.tokens D (count > 0). @param preset the fit.
 * @returns loss in nats per token
 * (> E).
 * @throws {RangeError|TypeError} for ≤ 0 counts.
 */
export function fixtureLaw(options: { params: number; tokens: number }): number {
  return 0;
}

export interface FixtureOptions {
  /** n_layer, number of layers. */
  readonly nLayer: number;
  /** d_attn, attention width;
   * default d_model. */ dAttn?: number;
}

/** No source here. */
export const fixtureNoSource = 1;

/**
 * @param a an argument
 */
export function fixtureNoSummary(a: number): number {
  return a;
}

export function fixtureNoDoc(): void {}
`;
const fixtureFiles = { "../../src/laws/fixture.ts": fixture };

describe("parsing a law's JSDoc", () => {
  it("splits a JSDoc into summary, description, Source, Domain, params, returns and throws", () => {
    const doc = parseJsDoc(jsDocBefore(fixture, "fixtureLaw")!);
    expect(doc.summary).toBe("Loss of a model of N parameters trained on D tokens, by Hoffmann et al.'s fit (eq. 2).");
    expect(doc.description.split("\n\n")).toEqual([
      "Loss of a model of N parameters trained on D tokens, by Hoffmann et al.'s fit (eq. 2). More: `L̂(N, D) = E + A/N^α + B/D^β`, minimised by {@link chinchillaOptimal}.",
      "- first item wrapped",
      "- second item",
    ]);
    expect(doc.source).toBe("arXiv 2203.15556 §3.3 eq 2; constants App. D.2.");
    expect(doc.domain).toBe("fitted on 70M to 16B parameters.");
    expect(doc.params).toEqual({ "options.params": "N, all parameters (count > 0).", "options.tokens": "D (count > 0).", preset: "the fit." });
    expect(doc.returns).toBe("loss in nats per token (> E).");
    expect(doc.throws).toBe("{RangeError|TypeError} for ≤ 0 counts.");
  });

  it("reads a Source line written after the tags, and the block right before the declaration only", () => {
    const doc = parseJsDoc(" * Training compute.\n * @returns C in FLOPs.\n * Source: Kaplan et al. 2020 §2.1.\n * @throws {RangeError} always.");
    expect(doc).toMatchObject({ summary: "Training compute.", returns: "C in FLOPs.", source: "Kaplan et al. 2020 §2.1.", throws: "{RangeError} always." });
    // One-line JSDoc with its Source after the summary, as presets and constants write it.
    expect(parseJsDoc(" Gopher: 280B parameters trained on 300B tokens. Source: arXiv 2203.15556 §1 and Table 1. ")).toMatchObject({
      summary: "Gopher: 280B parameters trained on 300B tokens.",
      description: "Gopher: 280B parameters trained on 300B tokens.",
      source: "arXiv 2203.15556 §1 and Table 1.",
    });
    expect(parseJsDoc(" The Source: field is not a label mid-sentence. ").source).toBe("");
    expect(jsDocBefore(fixture, "x")).toBeUndefined(); // not exported
    expect(jsDocBefore(fixture, "fixtureNoDoc")).toBeUndefined();
  });

  it("ends the summary at the first sentence, not at an abbreviation, a decimal or inside code", () => {
    expect(firstSentence("As Kaplan et al. print it (Fig. 14, e.g. 1.3e9). Then more.")).toBe("As Kaplan et al. print it (Fig. 14, e.g. 1.3e9).");
    expect(firstSentence("Loss: `a. b` here. Next.")).toBe("Loss: `a. b` here.");
    expect(firstSentence("Ratio per eqs 5.4 and App. B.2 of the paper.")).toBe("Ratio per eqs 5.4 and App. B.2 of the paper.");
  });

  it("reads interface field docs, one-line and wrapped, for arguments without an @param line", () => {
    expect(fieldDocs(fixture)).toMatchObject({ nLayer: "n_layer, number of layers.", dAttn: "d_attn, attention width; default d_model." });
    const doc = lawDocs(fixtureFiles, ["fixtureLaw"]).get("fixtureLaw")!;
    expect(argText(doc, "params")).toBe("N, all parameters (count > 0).");
    expect(argText(doc, "nLayer")).toBe("n_layer, number of layers.");
    expect(argText(doc, "missing")).toBe("");
  });

  it("stops the build naming the function and the file when a JSDoc lacks its summary, its Source line, or is missing", () => {
    const run = (name: string) => () => lawDocs(fixtureFiles, [name]);
    expect(run("fixtureNoSummary")).toThrow(/fixtureNoSummary \(src\/laws\/fixture\.ts\): the JSDoc has no summary/);
    expect(run("fixtureNoSource")).toThrow(/fixtureNoSource \(src\/laws\/fixture\.ts\): the JSDoc has no "Source:" line/);
    expect(run("fixtureNoDoc")).toThrow(/fixtureNoDoc \(src\/laws\/fixture\.ts\): no JSDoc block/);
    expect(run("notDeclared")).toThrow(/notDeclared: declared in no file of src\/laws/);
    expect(() => lawDocs(fixtureFiles, ["fixtureNoSource"], () => false)).not.toThrow();
  });

  it("renders code, links, lists and error types as HTML, escaping the rest", () => {
    const link = (n: string) => (n === "chinchillaOptimal" ? "/laws/chinchillaOptimal/" : undefined);
    expect(inlineHtml("a < b, `x<y`, {@link chinchillaOptimal}, {@link Foo}, arXiv 2203.15556", link)).toBe(
      'a &lt; b, <code>x&lt;y</code>, <a href="/laws/chinchillaOptimal/"><code>chinchillaOptimal</code></a>, <code>Foo</code>, <a href="https://arxiv.org/abs/2203.15556">arXiv 2203.15556</a>',
    );
    expect(blockHtml("One.\n\n- a\n\n- b\n\nTwo.")).toBe("<p>One.</p><ul><li>a</li><li>b</li></ul><p>Two.</p>");
    expect(throwsHtml("{RangeError|TypeError} for x.")).toBe("<code>RangeError</code> or <code>TypeError</code> for x.");
    expect(plainText("`a`  and {@link b}")).toBe("a and b");
  });
});

describe("the law module's docs are written once, in the JSDoc", () => {
  const exports = documentedLawExports(module, files);
  const functions = exports.filter((e) => e.kind === "function");

  it("gives every function with a meta entry a JSDoc summary, a Source line and a text for each argument", () => {
    expect(functions.length).toBe(Object.keys(lawMeta).length);
    for (const e of functions) {
      const doc = e.doc!;
      expect(doc.summary, e.name).toMatch(/^[A-Z`(].*[.?!]$/s);
      expect(doc.summary.length, `${e.name}: a summary is one sentence (${doc.file})`).toBeLessThan(200);
      // The page draws the formula with KaTeX; the summary says in words what the law computes.
      expect(doc.summary, `${e.name}: put the formula after the summary sentence (${doc.file})`).not.toMatch(/`[^`]*=[^`]*`/);
      expect(doc.source, e.name).not.toBe("");
      for (const a of e.meta!.args) expect(argText(doc, a.name), `${e.name} ${a.name}`).not.toBe("");
    }
    for (const name of Object.keys(lawData)) expect(exports.find((e) => e.name === name)?.doc?.source, name).toBeDefined();
  });

  it("names each of a law's works (meta's source ids) in its Source line, by arXiv id, first author or repository", () => {
    const registry = laws.sources as Record<string, { arxiv?: string; url?: string; authors: readonly string[] }>;
    for (const e of exports.filter((x) => x.kind !== "preset")) {
      const ids = e.meta?.sources ?? lawData[e.name]?.sources ?? [];
      for (const id of ids) {
        const work = registry[id];
        expect(work, `${e.name} cites ${id}`).toBeDefined();
        const surname = work!.authors[0]!.split(" ").at(-1)!;
        const repository = work!.url?.match(/^https:\/\/github\.com\/([^/]+\/[^/]+)/)?.[1];
        const named = [work!.arxiv, surname, repository].some((s) => s !== undefined && e.doc!.source.includes(s));
        expect(named, `${e.name} (${e.doc!.file}): its Source line "${e.doc!.source}" names neither arXiv ${work!.arxiv} nor ${surname} (${id})`).toBe(true);
      }
    }
  });

  it("keeps prose out of meta.ts: no summary, domain, source locator, argument meaning or unit", () => {
    for (const m of Object.values(lawMeta) as LawMeta[]) {
      expect(Object.keys(m).sort(), m.name).toEqual(["args", "call", "group", "name", "outputs", "presets", "signature", "sources", "tex"]);
      for (const a of m.args)
        for (const key of Object.keys(a)) expect(["name", "symbol", "example", "optional", "format"], `${m.name}.${a.name}.${key}`).toContain(key);
      for (const id of m.sources) expect(typeof id, m.name).toBe("string");
    }
    for (const [name, d] of Object.entries(lawData)) expect(Object.keys(d), name).toEqual(["sources"]);
    // The type says so too: a prose key does not compile, even through a spread.
    const base = { name: "x", group: "utility", tex: "", call: "tool", signature: "x()", args: [], outputs: [], sources: [], presets: [] } as const;
    // @ts-expect-error summary is the JSDoc's
    const withSummary: LawMeta = { ...base, summary: "Prose." };
    // @ts-expect-error an argument's meaning is its @param line
    const withMeaning: LawMeta = { ...base, args: [{ name: "a", symbol: "a", example: 1, ...{ meaning: "prose" } }] };
    expect([withSummary, withMeaning]).toHaveLength(2);
  });
});
