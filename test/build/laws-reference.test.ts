/**
 * The laws reference is generated from the law module: its index (/laws/) must list every
 * runtime export of src/laws/index.ts and every preset with its constants and source; each law's
 * page (/laws/<name>/) has its formula, domain and calculator, whose worked example must be what
 * the function returns.
 */
import { describe, expect, it } from "vitest";
import { lawMeta } from "../../src/laws/meta.ts";
import { formatNumber, parseNumber } from "../../src/lib/format.ts";
import { callLaw, documentedLawExports, exampleArgs, formatSpec } from "../../src/render/laws-reference.ts";
import { argText, plainText } from "../../src/render/law-docs.ts";
import { getCollection } from "./collection.ts";
import { readPage } from "./html.ts";

const laws = (await import("../../src/laws/index.ts")) as unknown as Record<string, unknown>;
const names = Object.keys(laws);
const functions = names.filter((n) => typeof laws[n] === "function");
const presets = names.filter((n) => {
  const v = laws[n];
  return typeof v === "object" && v !== null && "source" in v;
});
const docs = new Map(
  documentedLawExports(laws, import.meta.glob<string>("../../src/laws/**/*.ts", { query: "?raw", import: "default", eager: true })).map((e) => [e.name, e.doc]),
);
const page = readPage("/laws/");
const lawPage = (name: string) => readPage(`/laws/${name}/`);

describe("the laws reference page", () => {
  it("has a section for every export of src/laws/index.ts", () => {
    expect(names.length).toBeGreaterThan(50);
    const listed = new Set([...page.querySelectorAll("[data-export]")].map((e) => e.getAttribute("data-export")));
    for (const name of names) {
      expect(listed.has(name), `${name} is exported but not on /laws/`).toBe(true);
      // Old links (/laws/#chinchillaLoss) land on the entry, which links the law's own page.
      expect(page.getElementById(name), `#${name}`).not.toBeNull();
      if (functions.includes(name)) expect(page.getElementById(name)!.querySelector(`a[href="/laws/${name}/"]`), `${name} links its page`).not.toBeNull();
    }
    expect(listed.size).toBe(names.length); // and nothing that is not exported
  });

  it("has metadata for exactly the exported functions (src/laws/meta.ts cannot drift)", () => {
    expect(Object.keys(lawMeta).sort()).toEqual([...functions].sort());
    for (const [name, meta] of Object.entries(lawMeta)) {
      for (const p of meta.presets) expect(presets, `${name} takes ${p}`).toContain(p);
    }
  });

  it("lists every preset with each constant's exact value, its source and its verification level", () => {
    expect(presets.length).toBeGreaterThanOrEqual(10);
    for (const name of presets) {
      const section = page.querySelector(`[data-preset="${name}"]`);
      expect(section, name).not.toBeNull();
      const preset = laws[name] as Record<string, unknown> & { source: { id: string; verification: string; where: string } };
      const values = new Map(
        [...section!.querySelectorAll("td[data-value]")].map((td) => [td.previousElementSibling!.textContent, td.getAttribute("data-value")]),
      );
      for (const [key, value] of Object.entries(preset)) {
        if (typeof value === "number") expect(Number(values.get(key)), `${name}.${key}`).toBe(value);
      }
      const text = section!.textContent ?? "";
      expect(text).toContain(preset.source.where);
      expect(section!.querySelector(`.verification-${preset.source.verification}`), `${name} verification`).not.toBeNull();
      expect(section!.querySelector(`a[href$="/bibliography/#${preset.source.id}"]`), `${name} source link`).not.toBeNull();
    }
  });

  it("renders each law's formula with KaTeX (as MathML) on its page, with its JSDoc: summary, source, domain, arguments, errors", () => {
    for (const name of functions) {
      const section = lawPage(name).getElementById(name)!;
      expect(section.getAttribute("data-export")).toBe(name);
      expect(section.querySelector(".equation .katex-display math"), `${name} formula`).not.toBeNull();
      const text = (section.textContent ?? "").replace(/\s+/g, " ");
      const doc = docs.get(name)!;
      expect(plainText(section.querySelector(".law-summary")!.textContent!), `${name} summary`).toBe(plainText(doc.summary));
      expect(text, `${name} source`).toContain(plainText(doc.source));
      if (doc.domain) expect(text, `${name} domain`).toContain(plainText(doc.domain));
      // {RangeError|TypeError} reads "RangeError or TypeError".
      if (doc.throws) expect(text, `${name} throws`).toContain(plainText(doc.throws.replace(/\{([A-Za-z|]+)\}/g, (_, t: string) => t.split("|").join(" or "))));
      for (const a of lawMeta[name]!.args) expect(text, `${name} ${a.name}`).toContain(plainText(argText(doc, a.name)));
      for (const [param, said] of Object.entries(doc.params)) expect(text, `${name} @param ${param}`).toContain(plainText(said));
      if (doc.returns) expect(text, `${name} returns`).toContain(plainText(doc.returns));
    }
  });

  it("lists each law on the index with its JSDoc summary", () => {
    for (const name of functions) expect(plainText(page.getElementById(name)!.textContent!), name).toBe(`${name}: ${plainText(docs.get(name)!.summary)}`);
  });

  it("shows a worked example in each calculator equal to what the law returns, with inputs that parse back", () => {
    const calcs = Object.values(lawMeta).filter((m) => m.call !== "tool");
    expect(calcs.length).toBeGreaterThan(25);
    for (const meta of calcs) {
      const section = lawPage(meta.name).getElementById(meta.name)!;
      const form = section.querySelector("law-calc form");
      expect(form, `${meta.name} calculator`).not.toBeNull();
      const result = callLaw(laws, meta, exampleArgs(meta), meta.presets[0]);
      const shown = [...form!.querySelectorAll("output")].map((o) => o.textContent);
      const expected = meta.outputs.map((o) => formatNumber((o.key ? (result as Record<string, number>)[o.key] : result) as number, formatSpec(o.format)));
      expect(shown, meta.name).toEqual(expected);
      for (const arg of meta.args) {
        const input = form!.querySelector(`input[name="${arg.name}"]`);
        // The input shows the example through the one formatter; 3–4 significant digits round-trip the round examples exactly to 1e-9.
        expect(Math.abs(parseNumber(input!.getAttribute("value")!) / arg.example - 1), `${meta.name} ${arg.name}`).toBeLessThan(1e-9);
      }
    }
  });

  it("links each law to the essays and figures whose models call it", async () => {
    const essays = await getCollection();
    const chinchilla = essays.find((e) => e.model === "chinchilla" && !e.draft);
    expect(chinchilla).toBeDefined();
    const used = lawPage("chinchillaLoss").getElementById("chinchillaLoss")!.querySelectorAll(".used-by a");
    const hrefs = [...used].map((a) => a.getAttribute("href"));
    expect(hrefs).toContain(`/essays/${chinchilla!.id}/`);
    expect(hrefs.some((h) => h?.startsWith("/figures/chinchilla/"))).toBe(true);
  });

  it("shows how to import the published module from the canonical origin", () => {
    const code = page.querySelector("#notebook ~ pre code, pre.notebook code")!.textContent!;
    expect(code).toMatch(/import \{ chinchillaOptimal[^}]*\} from "https?:\/\/[^"]+\/laws\/latest\.mjs"/);
  });
});
