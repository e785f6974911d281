/**
 * Quotations on the site are <Quote> components with a source and a locator, and the ones taken
 * from the seed threads are verbatim. A paraphrase is never in quotation marks: any quoted run of
 * four or more words in an essay's prose outside <Quote> fails (shorter runs are names, terms and
 * scare quotes, e.g. "Chinchilla").
 *
 * The seed texts live outside the repository (../shared/seeds, or SEEDS_DIR). Without them the
 * verbatim check is skipped, loudly; under CI=true with the folder present it always runs.
 */
import { describe, expect, it } from "vitest";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { sourceIds } from "../../src/laws/sources.ts";

const root = resolve(import.meta.dirname, "../..");
const seedsDir = process.env.SEEDS_DIR ?? resolve(root, "../shared/seeds");
const haveSeeds = existsSync(seedsDir);
if (!haveSeeds) console.warn(`\n!!! quotations: no seed texts at ${seedsDir}; the verbatim check of seed quotations is SKIPPED (set SEEDS_DIR).\n`);

const essayDir = join(root, "content/essays");
const pageDir = join(root, "src/pages");
const files = [
  ...readdirSync(essayDir)
    .filter((f) => f.endsWith(".mdx"))
    .map((f) => join(essayDir, f)),
  // /authoring/ quotes the site's own headings and error messages, not people: it is not linted.
  ...readdirSync(pageDir)
    .filter((f) => f.endsWith(".mdx") && f !== "authoring.mdx")
    .map((f) => join(pageDir, f)),
];

export interface QuoteUse {
  file: string;
  line: number;
  attrs: Record<string, string>;
  text: string;
}

/** Every <Quote …>text</Quote> in an MDX source, with its attributes and line. */
export function quotesIn(file: string, src: string): QuoteUse[] {
  const out: QuoteUse[] = [];
  for (const m of src.matchAll(/<Quote\b([^>]*)>([\s\S]*?)<\/Quote>/g)) {
    const attrs: Record<string, string> = {};
    for (const a of m[1]!.matchAll(/(\w+)=(?:"([^"]*)"|'([^']*)'|\{([^}]*)\})/g)) attrs[a[1]!] = a[2] ?? a[3] ?? a[4] ?? "";
    if (/\bblock\b/.test(m[1]!) && !("block" in attrs)) attrs.block = "true";
    out.push({ file, line: src.slice(0, m.index).split("\n").length, attrs, text: m[2]! });
  }
  return out;
}

/** Text as compared: quote marks unified, emphasis and MDX escapes dropped, whitespace collapsed. */
export function normalise(s: string): string {
  return s
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/\\([*_[\]\\])/g, "$1")
    .replace(/[*_]/g, "")
    .replace(/[–—]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

/** Fragments of a quotation split at elisions ("[…]" or "[...]"). */
export const fragments = (text: string): string[] =>
  normalise(text)
    .split(/\s*\[(?:…|\.\.\.)\]\s*/)
    .map((f) => f.trim())
    .filter(Boolean);

/** Whether every fragment occurs in `haystack`, in order (first letter's case free: "[Y]ou" style). */
export function occursInOrder(frags: string[], haystack: string): { ok: boolean; missing?: string } {
  let from = 0;
  for (const f of frags) {
    const escaped = f.slice(1).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const first = f[0]!.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const re = new RegExp(`(?:${first.toLowerCase()}|${first.toUpperCase()})${escaped}`, "g");
    re.lastIndex = from;
    const hit = re.exec(haystack);
    if (!hit) return { ok: false, missing: f };
    from = hit.index + hit[0].length;
  }
  return { ok: true };
}

/** Prose with components, code, math, links' URLs and frontmatter removed: what a reader reads as text. */
export function proseOutsideQuotes(src: string): string {
  return src
    .replace(/^---\n[\s\S]*?\n---\n/, (m) => m.replace(/[^\n]/g, " "))
    .replace(/<Quote\b[^>]*>[\s\S]*?<\/Quote>/g, (m) => m.replace(/[^\n]/g, " "))
    .replace(/```[\s\S]*?```/g, (m) => m.replace(/[^\n]/g, " "))
    .replace(/`[^`\n]*`/g, (m) => " ".repeat(m.length))
    .replace(/\$\$[\s\S]*?\$\$|\$[^$\n]*\$/g, (m) => m.replace(/[^\n]/g, " "))
    .replace(/<[A-Za-z][^>]*>|<\/[A-Za-z]+>/g, (m) => m.replace(/[^\n]/g, " "))
    .replace(/\]\([^)]*\)/g, (m) => " ".repeat(m.length))
    .replace(/^import .*$/gm, (m) => " ".repeat(m.length));
}

/** Quoted runs of ≥ `minWords` words in prose: candidates for paraphrase-in-quotes. */
export function quotedRuns(prose: string, minWords = 4): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  for (const m of prose.matchAll(/"([^"\n]+)"|“([^”\n]+)”/g)) {
    const text = (m[1] ?? m[2])!;
    if (text.trim().split(/\s+/).length >= minWords) out.push({ line: prose.slice(0, m.index).split("\n").length, text });
  }
  return out;
}

const seedText = new Map<string, string>();
function seed(n: string): string {
  if (!seedText.has(n)) {
    const name = readdirSync(seedsDir).find((f) => f.startsWith(`${n}_`));
    if (!name) throw new Error(`no seed ${n}_*.txt in ${seedsDir}`);
    seedText.set(n, normalise(readFileSync(join(seedsDir, name), "utf8")));
  }
  return seedText.get(n)!;
}

const uses = files.flatMap((f) => quotesIn(f.slice(root.length + 1), readFileSync(f, "utf8")));

describe("the checker itself", () => {
  it("finds a fragment in order and rejects a changed word", () => {
    const hay = normalise("It ought to shorten actual timelines, for the reason you say. (Except insofar as data sourcing…)");
    expect(occursInOrder(fragments("it ought to shorten [Y]"), hay).ok).toBe(false);
    expect(occursInOrder(fragments("It ought to shorten actual timelines [...] for the reason you say"), hay).ok).toBe(true);
    expect(occursInOrder(fragments("It ought to shorten actual timelines for the reason you say"), hay).ok).toBe(false); // the comma is part of the text
    expect(occursInOrder(fragments("It ought to shorten actual timelines, […] reason you say."), hay).ok).toBe(true);
    expect(occursInOrder(fragments("It ought to lengthen actual timelines"), hay).ok).toBe(false);
    expect(occursInOrder(fragments("the reason you say […] It ought to"), hay).ok).toBe(false); // order matters
  });
  it("flags a four-word quoted run outside <Quote> and ignores one inside", () => {
    const src = 'A "scare quote" here. He said "this is a paraphrase" once. <Quote source="x" at="y">"a quoted run of words"</Quote>';
    expect(quotedRuns(proseOutsideQuotes(src)).map((r) => r.text)).toEqual(["this is a paraphrase"]);
  });
});

describe("quotations", () => {
  it("the essays quote someone (the checks below have something to check)", () => {
    expect(uses.length).toBeGreaterThan(10);
  });
  it.each(uses.map((u) => [`${u.file}:${u.line}`, u] as const))("%s names a known source and a locator", (_, u) => {
    expect(sourceIds, `${u.file}:${u.line} source="${u.attrs.source}"`).toContain(u.attrs.source);
    expect(u.attrs.at?.trim(), `${u.file}:${u.line} needs at="…"`).toBeTruthy();
  });
  const seeded = uses.filter((u) => u.attrs.seed);
  it.skipIf(!haveSeeds).each(seeded.map((u) => [`${u.file}:${u.line} (seed ${u.attrs.seed})`, u] as const))("%s is verbatim in its seed", (_, u) => {
    const r = occursInOrder(fragments(u.text), seed(u.attrs.seed!));
    expect(r.ok, `${u.file}:${u.line}: not verbatim in seed ${u.attrs.seed}: "${r.missing}"`).toBe(true);
  });
  it.each(files.map((f) => [f.slice(root.length + 1), f] as const))("%s puts no paraphrase in quotation marks", (_, f) => {
    const runs = quotedRuns(proseOutsideQuotes(readFileSync(f, "utf8")));
    expect(runs.map((r) => `line ${r.line}: "${r.text}" — make it a <Quote> with its source, or drop the quotation marks`)).toEqual([]);
  });
});
