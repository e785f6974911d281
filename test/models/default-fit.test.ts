/**
 * One default Chinchilla fit across the site (defaultChinchillaFit, stated on /notation/ and
 * /laws/). The laws keep their paper's own default argument (`preset = hoffmann2022`), so a model
 * that omits the preset silently uses the printed constants, not the site's default. Two checks:
 *
 * 1. Static: every src/models/*.ts file passes a preset to every Chinchilla-form law it calls,
 *    and no model helper defaults a preset to one of Hoffmann's sets.
 * 2. Runtime: the Chinchilla-form laws are wrapped to record the preset each call receives;
 *    every value of every model, computed at its defaults, must pass a preset, and a value whose
 *    label names no fit ("Chinchilla-optimal data", not "… (printed constants)") must compute
 *    with the default fit only.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it, vi } from "vitest";

/** The laws of the Chinchilla form that take a preset as their last argument, and how many arguments come before it. */
export const CHINCHILLA_FORM_LAWS: Readonly<Record<string, number>> = {
  chinchillaLoss: 1,
  chinchillaOptimal: 1,
  chinchillaTokensPerParam: 1,
  chinchillaIsoFlopLoss: 1,
  chinchillaAllocationExponents: 0,
  chinchillaDataExponent: 0,
  costOptimal: 1,
};

const calls: { law: string; preset: unknown }[] = [];
vi.mock("../../src/laws/index.ts", async (importOriginal) => {
  const laws = await importOriginal<Record<string, unknown>>();
  const wrapped: Record<string, unknown> = { ...laws };
  for (const [law, before] of Object.entries(CHINCHILLA_FORM_LAWS)) {
    const fn = laws[law] as (...args: unknown[]) => unknown;
    wrapped[law] = (...args: unknown[]) => {
      calls.push({ law, preset: args[before] });
      return fn(...args);
    };
  }
  return wrapped;
});

const { defaultChinchillaFit, hoffmann2022, hoffmann2022Unrounded, besiroglu2024 } = await import("../../src/laws/index.ts");
const { models } = await import("../../src/models/index.ts");

const root = resolve(import.meta.dirname, "../..");
const modelDir = join(root, "src/models");

/** Source with comments, strings and template-literal text blanked (same length, lines kept), so code can be scanned. */
export function codeOnly(src: string): string {
  let out = "";
  let i = 0;
  const blank = (s: string) => s.replace(/[^\n]/g, " ");
  while (i < src.length) {
    const c = src[i]!;
    const next = src[i + 1];
    if (c === "/" && next === "/") {
      const end = src.indexOf("\n", i);
      const stop = end < 0 ? src.length : end;
      out += blank(src.slice(i, stop));
      i = stop;
    } else if (c === "/" && next === "*") {
      const end = src.indexOf("*/", i + 2);
      const stop = end < 0 ? src.length : end + 2;
      out += blank(src.slice(i, stop));
      i = stop;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < src.length && src[j] !== c && src[j] !== "\n") j += src[j] === "\\" ? 2 : 1;
      out += c + blank(src.slice(i + 1, j)) + c;
      i = j + 1;
    } else if (c === "`") {
      // Template text is blanked; ${…} expressions are kept (they hold calls).
      out += "`";
      let j = i + 1;
      while (j < src.length && src[j] !== "`") {
        if (src[j] === "\\") {
          out += "  ";
          j += 2;
        } else if (src[j] === "$" && src[j + 1] === "{") {
          let depth = 1;
          let k = j + 2;
          while (k < src.length && depth > 0) {
            if (src[k] === "{") depth++;
            else if (src[k] === "}") depth--;
            k++;
          }
          out += src.slice(j, k);
          j = k;
        } else {
          out += src[j] === "\n" ? "\n" : " ";
          j++;
        }
      }
      out += "`";
      i = j + 1;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** Top-level arguments of the call whose "(" is at `open`: their count, and the index after ")". */
export function callArguments(code: string, open: number): { count: number; end: number } {
  let depth = 0;
  let count = 0;
  let sawToken = false;
  for (let i = open; i < code.length; i++) {
    const c = code[i]!;
    if (c === "(" || c === "[" || c === "{") {
      depth++;
      if (depth > 1) sawToken = true;
    } else if (c === ")" || c === "]" || c === "}") {
      depth--;
      if (depth === 0) return { count: sawToken ? count + 1 : count, end: i + 1 };
    } else if (c === "," && depth === 1) {
      // A trailing comma before ")" does not start an argument.
      if (sawToken) count++;
      sawToken = false;
    } else if (depth === 1 && !/\s/.test(c)) sawToken = true;
  }
  return { count, end: code.length };
}

export interface Violation {
  file: string;
  line: number;
  text: string;
}

/** Calls to a Chinchilla-form law without a preset, and preset defaults set to Hoffmann's constants. */
export function violations(file: string, src: string): Violation[] {
  const code = codeOnly(src);
  const out: Violation[] = [];
  const lineOf = (index: number) => code.slice(0, index).split("\n").length;
  const lineText = (index: number) => src.split("\n")[lineOf(index) - 1]!.trim();
  // Aliased imports (`chinchillaLoss as loss`) would hide a call from the scan below.
  for (const m of code.matchAll(/\b(\w+)\s+as\s+(\w+)/g)) {
    if (m[1]! in CHINCHILLA_FORM_LAWS) out.push({ file, line: lineOf(m.index), text: `imports ${m[1]} under another name (${m[2]}): call it by its name` });
  }
  for (const [law, before] of Object.entries(CHINCHILLA_FORM_LAWS)) {
    for (const m of code.matchAll(new RegExp(`\\b${law}\\b`, "g"))) {
      const after = code.slice(m.index + law.length);
      const open = /^\s*(\()/.exec(after);
      if (!open) {
        // Passed as a value (e.g. `.map(chinchillaLoss)`) or imported: only import lists may name it bare.
        const inImport = /import\s*(type\s*)?\{[^}]*$/.test(code.slice(0, m.index));
        if (!inImport && !/^\s*[,}]/.test(after)) out.push({ file, line: lineOf(m.index), text: `${law} used as a value: call it with an explicit preset` });
        continue;
      }
      const { count } = callArguments(code, m.index + law.length + open[0].length - 1);
      if (count <= before) out.push({ file, line: lineOf(m.index), text: `${law}(…) without a preset: ${lineText(m.index)}` });
    }
  }
  for (const m of code.matchAll(/(?:=\s*(hoffmann2022(?:Unrounded)?)\b\s*[,)]|\?\?\s*(hoffmann2022(?:Unrounded)?)\b)/g)) {
    out.push({
      file,
      line: lineOf(m.index),
      text: `a default or fallback preset of ${m[1] ?? m[2]}: pass the fit explicitly (defaultChinchillaFit for the site's default): ${lineText(m.index)}`,
    });
  }
  return out;
}

const modelFiles = (readdirSync(modelDir, { recursive: true }) as string[]).filter((f) => f.endsWith(".ts")).sort();

describe("the scanner itself", () => {
  it("counts top-level arguments, ignoring nested calls, objects, strings and comments", () => {
    const code = codeOnly('chinchillaLoss({ params: f(1, 2), tokens: 3 } /* , x */, "a, b")');
    expect(callArguments(code, code.indexOf("(")).count).toBe(2);
    const one = codeOnly("chinchillaLoss({ params, tokens },\n)");
    expect(callArguments(one, one.indexOf("(")).count).toBe(1);
    expect(callArguments("f()", 1).count).toBe(0);
  });
  it("flags a call without a preset, a preset defaulting to Hoffmann's, an alias, and nothing else", () => {
    const src = [
      'import { chinchillaLoss, chinchillaDataExponent, costOptimal } from "../laws/index.ts";',
      "const a = chinchillaLoss({ params: 1, tokens: 2 });",
      "const b = chinchillaLoss({ params: 1, tokens: 2 }, besiroglu2024);",
      "const c = chinchillaDataExponent();",
      "const d = chinchillaDataExponent(defaultChinchillaFit);",
      "function e(x: number, p: ChinchillaPreset = hoffmann2022) { return costOptimal({ budget: x, pricePerFlop: 1, pricePerToken: 1 }, p); }",
      "// chinchillaLoss({ params: 1, tokens: 2 }) in a comment is fine",
      "const f = `${chinchillaTokensPerParam({ flops: 1 })} tokens`;",
      "const g = preset ?? hoffmann2022Unrounded;",
      "const h = xs.map(chinchillaLoss);",
    ].join("\n");
    expect(
      violations("x.ts", src)
        .map((v) => v.line)
        .sort((u, v) => u - v),
    ).toEqual([2, 4, 6, 8, 9, 10]);
    expect(violations("y.ts", 'import { chinchillaLoss as loss } from "../laws/index.ts";').length).toBe(1);
  });
});

describe("every model names its Chinchilla fit", () => {
  it("the site's default fit is Besiroglu et al.'s refit", () => {
    expect(defaultChinchillaFit).toBe(besiroglu2024);
  });
  it.each(modelFiles)("src/models/%s calls every Chinchilla-form law with a preset and defaults none to Hoffmann's", (file) => {
    const found = violations(`src/models/${file}`, readFileSync(join(modelDir, file), "utf8"));
    expect(found.map((v) => `${v.file}:${v.line} ${v.text}`)).toEqual([]);
  });
});

/** Words in a value's label that say which fit it uses (or that it is not the default fit's number). */
const NAMES_A_FIT =
  /printed|unrounded|hoffmann|besiroglu|refit|table|approach|muennighoff|kaplan|gopher|chinchilla's loss|fit used|fits? compared|both fits|each fit/i;

describe.each(Object.values(models).map((m) => [m.name, m] as const))("model %s at its defaults", (_, m) => {
  const rows = Object.entries(m.values).map(([name, value]) => {
    calls.length = 0;
    value.compute(m.defaults);
    return { name, label: value.label, calls: [...calls] };
  });
  it("passes a preset to every Chinchilla-form call", () => {
    const bare = rows.flatMap((r) => r.calls.filter((c) => c.preset === undefined).map((c) => `${r.name} (${r.label}): ${c.law} without a preset`));
    expect(bare).toEqual([]);
  });
  it("computes every value whose label names no fit with the site's default fit", () => {
    const other = rows
      .filter((r) => !NAMES_A_FIT.test(r.label))
      .flatMap((r) =>
        r.calls
          .filter((c) => c.preset !== defaultChinchillaFit)
          .map(
            (c) =>
              `${r.name} (“${r.label}”): ${c.law} with ${c.preset === hoffmann2022 ? "hoffmann2022" : c.preset === hoffmann2022Unrounded ? "hoffmann2022Unrounded" : "another preset"}; use defaultChinchillaFit or say in the label which fit it is`,
          ),
      );
    expect(other).toEqual([]);
  });
});
