/**
 * Build-time helpers of the laws reference (/laws/): classify every export of the law module,
 * join each function's machine data (src/laws/meta.ts) to its prose (its JSDoc, parsed by
 * src/render/law-docs.ts), render formulas with KaTeX, read the presets' constants and sources, compute each law's
 * worked example, and find which essays' models and figures call each export by scanning
 * their source text. Node only.
 */
import { renderMath } from "./math.ts";
import { argText, lawDocs, type LawDoc } from "./law-docs.ts";
import * as laws from "../laws/index.ts";
import { lawData, lawGroups, lawMeta, type LawGroup, type LawMeta, type MetaFormat } from "../laws/meta.ts";
import type { PresetSource } from "../laws/index.ts";
import { formatNumber, type FormatSpec } from "../lib/format.ts";

export type Laws = typeof laws;
export type ExportKind = "function" | "preset" | "data";

/** A preset: an exported object carrying a `source`. */
export interface PresetInfo {
  name: string;
  source: PresetSource;
  /** Scalar constants (numbers and strings), in declaration order. */
  constants: { key: string; value: number | string; interval?: readonly [number, number] }[];
  /** Row tables (Hoffmann Tables 2 and 3). */
  rows?: Record<string, unknown>[];
}

export interface ExportInfo {
  name: string;
  kind: ExportKind;
  meta?: LawMeta;
  /** The JSDoc of a function or a data export: the page's prose. */
  doc?: LawDoc;
  preset?: PresetInfo;
}

const isPreset = (v: unknown): v is { source: PresetSource } =>
  typeof v === "object" && v !== null && !Array.isArray(v) && "source" in v && typeof (v as { source: unknown }).source === "object";

/** Every runtime export of the law module, classified. Throws when a function lacks metadata. */
export function lawExports(module: Record<string, unknown> = laws): ExportInfo[] {
  return Object.keys(module).map((name): ExportInfo => {
    const value = module[name];
    if (typeof value === "function") {
      const meta = lawMeta[name];
      if (!meta)
        throw new Error(
          `[laws reference] ${name} is exported by src/laws/index.ts but has no entry in src/laws/meta.ts: add one (formula, call, arguments' symbols and examples, outputs, source ids, presets; its prose is its JSDoc).`,
        );
      return { name, kind: "function" as const, meta };
    }
    if (isPreset(value)) return { name, kind: "preset" as const, preset: presetInfo(name, value) };
    if (!(name in lawData))
      throw new Error(
        `[laws reference] ${name} is exported by src/laws/index.ts but is neither a function, a preset with a source, nor listed in lawData of src/laws/meta.ts.`,
      );
    return { name, kind: "data" as const };
  });
}

/**
 * {@link lawExports} with each function's and data export's JSDoc read from `files` (path → raw
 * text of src/laws/**\/*.ts). Throws when a JSDoc lacks its summary, its "Source:" line or the
 * text of an argument the page shows, naming the function and its file.
 */
export function documentedLawExports(module: Record<string, unknown>, files: Record<string, string>): ExportInfo[] {
  const lawFiles = Object.fromEntries(Object.entries(files).filter(([path]) => !/(^|\/)(index|meta)\.ts$/.test(path)));
  const infos = lawExports(module);
  const documented = infos.filter((e) => e.kind !== "preset");
  const docs = lawDocs(
    lawFiles,
    documented.map((e) => e.name),
  );
  const missing: string[] = [];
  for (const e of documented) {
    e.doc = docs.get(e.name)!;
    for (const a of e.meta?.args ?? [])
      if (!argText(e.doc, a.name)) missing.push(`${e.name} (${e.doc.file}): no "@param options.${a.name}" (or "@param ${a.name}") line`);
  }
  if (missing.length) throw new Error(`[law docs] the laws reference describes each argument from the law's JSDoc:\n  ${missing.join("\n  ")}`);
  return infos;
}

export function presetInfo(name: string, value: { source: PresetSource } & Record<string, unknown>): PresetInfo {
  const intervals = (value.intervals95 ?? {}) as Record<string, readonly [number, number]>;
  const constants: PresetInfo["constants"] = [];
  let rows: Record<string, unknown>[] | undefined;
  for (const [key, v] of Object.entries(value)) {
    if (key === "source" || key === "intervals95") continue;
    if (key === "rows" && Array.isArray(v)) rows = v as Record<string, unknown>[];
    else if (typeof v === "number" || typeof v === "string") constants.push({ key, value: v, ...(intervals[key] ? { interval: intervals[key] } : {}) });
  }
  return { name, source: value.source, constants, ...(rows ? { rows } : {}) };
}

/** Functions grouped by section, in meta order. */
export function lawsByGroup(exports: ExportInfo[]): { group: LawGroup; title: string; items: ExportInfo[] }[] {
  const functions = exports.filter((e) => e.kind === "function");
  const order = Object.keys(lawMeta);
  return (Object.keys(lawGroups) as LawGroup[])
    .map((group) => ({
      group,
      title: lawGroups[group],
      items: functions.filter((e) => e.meta!.group === group).sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name)),
    }))
    .filter((g) => g.items.length > 0);
}

export function tex(source: string, display = false): string {
  return renderMath(source, { display });
}

/** The one formatter, from a meta format kind. */
export function formatSpec(kind: MetaFormat = "sig"): FormatSpec {
  return { kind, digits: kind === "count" || kind === "multiple" ? 3 : 4 };
}
export const fmt = (x: number, kind?: MetaFormat) => formatNumber(x, formatSpec(kind));
/** Constants: enough digits to check against the paper, trailing zeros dropped. */
export const fmtConstant = (x: number) => formatNumber(x, { kind: "sig", digits: 8 });

/** The arguments a calculator passes: the options object of an `object` call. */
export function exampleArgs(meta: LawMeta): Record<string, number> {
  return Object.fromEntries(meta.args.map((a) => [a.name, a.example]));
}

/** Call a law as its metadata says, with `args` and a preset by name. */
export function callLaw(module: Record<string, unknown>, meta: LawMeta, args: Record<string, number>, presetName?: string): unknown {
  const fn = module[meta.name] as (...a: unknown[]) => unknown;
  const preset = presetName ? module[presetName] : undefined;
  if (meta.call === "positional") return fn(args[meta.args[0]!.name]);
  if (meta.call === "preset") return preset === undefined ? fn() : fn(preset);
  return preset === undefined ? fn(args) : fn(args, preset);
}

/** Output texts of a call, one per declared output. */
export function outputTexts(meta: LawMeta, result: unknown): string[] {
  return meta.outputs.map((o) => {
    const v = o.key ? (result as Record<string, number>)[o.key] : (result as number);
    return fmt(v as number, o.format);
  });
}

/** The worked example shown with JavaScript off: the example inputs and the default preset. */
export function workedExample(meta: LawMeta, module: Record<string, unknown> = laws): string[] {
  return outputTexts(meta, callLaw(module, meta, exampleArgs(meta), meta.presets[0]));
}

/** What `<law-calc>` needs to recompute in the browser. */
export function calcSpec(meta: LawMeta): string {
  return JSON.stringify({
    name: meta.name,
    call: meta.call,
    args: meta.args.map((a) => a.name),
    outputs: meta.outputs.map((o) => ({ key: o.key ?? null, format: formatSpec(o.format) })),
  });
}

// ---- Usage: which models and figures call each export --------------------------------------

const stripComments = (text: string): string => text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");

const DECL = /^(?:export\s+)?(?:default\s+)?(?:async\s+)?(?:const|let|var|function\*?|class)\s+([A-Za-z_$][\w$]*)/;

interface Declaration {
  name: string;
  text: string;
}

/** Top-level declarations of a source file (a declaration runs to the next column-0 statement). */
function declarations(source: string): Declaration[] {
  const lines = stripComments(source).split("\n");
  const out: Declaration[] = [];
  let current: Declaration | undefined;
  for (const line of lines) {
    if (/^\S/.test(line) && !/^[})\]]/.test(line)) {
      const m = DECL.exec(line);
      current = m ? { name: m[1]!, text: "" } : /^export default/.test(line) ? { name: "default", text: "" } : undefined;
      if (current) out.push(current);
    }
    if (current) current.text += `${line}\n`;
  }
  return out;
}

const mentions = (text: string, names: Iterable<string>): Set<string> => {
  const found = new Set<string>();
  for (const name of names) if (new RegExp(`(?<![\\w$])${name.replace(/\$/g, "\\$")}(?![\\w$])`).test(text)) found.add(name);
  return found;
};

export interface Usage {
  /** Model names whose code calls the export. */
  models: Set<string>;
  /** "model/figure" keys whose figure spec calls it (directly or through the model's helpers). */
  figures: Set<string>;
}

/**
 * For every law export, the models and figures that use it. `sources` maps each file under
 * src/models (e.g. from `import.meta.glob("../models/**\/*.ts", { query: "?raw" })`, so keys end in
 * `models/<model>/<file>.ts` or `models/<helper>.ts`) to its text; `figureNames` maps each
 * registered model to its figure names. A figure is its own file, `<model>/<figure>.ts`: it uses
 * what its declarations reach, through the files it imports by name (the model's helpers, shared
 * helpers). A model uses what any file in its folder reaches.
 */
export function lawUsage(sources: Record<string, string>, figureNames: Record<string, string[]>, lawNames: string[]): Map<string, Usage> {
  const files = Object.entries(sources).map(([path, text]) => ({ file: path.replace(/^.*?models\/|\.ts$/g, ""), text, decls: declarations(text) }));
  // Resolve identifiers to the laws they reach: a file's own declarations and what it imports
  // by name from the other files (`import { a, b as c } from "./x.ts"` or "../x.ts").
  const byFile = new Map(files.map((f) => [f.file, f]));
  const resolveImport = (from: string, spec: string): string => {
    const parts = from.split("/").slice(0, -1);
    for (const seg of spec.replace(/\.ts$/, "").split("/")) {
      if (seg === "..") parts.pop();
      else if (seg !== ".") parts.push(seg);
    }
    return parts.join("/");
  };
  const reach = new Map<Declaration, Set<string>>();
  const scopeOf = new Map<Declaration, Map<string, Declaration>>();
  for (const f of files) {
    const scope = new Map<string, Declaration>();
    for (const m of f.text.matchAll(/import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*["'](\.\.?\/[\w./-]+\.ts)["']/g)) {
      const from = byFile.get(resolveImport(f.file, m[2]!));
      for (const part of m[1]!.split(",")) {
        const [orig, alias] = part
          .replace(/^\s*type\s+/, "")
          .split(/\s+as\s+/)
          .map((s) => s.trim());
        const d = orig ? from?.decls.find((x) => x.name === orig && /^export\s/.test(x.text)) : undefined;
        if (d) scope.set(alias || orig!, d);
      }
    }
    for (const d of f.decls) scope.set(d.name, d);
    for (const d of f.decls) {
      scopeOf.set(d, scope);
      reach.set(d, mentions(d.text, lawNames));
    }
  }
  const refs = new Map<Declaration, Declaration[]>();
  for (const [d, scope] of scopeOf)
    refs.set(
      d,
      [
        ...mentions(
          d.text,
          [...scope.keys()].filter((n) => n !== d.name && n !== "default"),
        ),
      ].map((n) => scope.get(n)!),
    );
  for (let changed = true; changed; ) {
    changed = false;
    for (const [d, rs] of refs) {
      const set = reach.get(d)!;
      for (const r of rs)
        for (const law of reach.get(r) ?? [])
          if (!set.has(law)) {
            set.add(law);
            changed = true;
          }
    }
  }
  const usage = new Map<string, Usage>(lawNames.map((n) => [n, { models: new Set(), figures: new Set() }]));
  for (const f of files) {
    const [model, name] = f.file.split("/");
    if (!name || !figureNames[model!]) continue; // a shared helper, not in an essay's model folder
    for (const d of f.decls) for (const law of reach.get(d)!) usage.get(law)!.models.add(model!);
    if (!figureNames[model!]!.includes(name)) continue; // the model's index or one of its helpers
    for (const d of f.decls) for (const law of reach.get(d)!) usage.get(law)!.figures.add(f.file);
  }
  return usage;
}
