/**
 * What the laws reference pages share (the index /laws/ and one page per law, /laws/<name>/):
 * the law module's exports with their JSDoc, grouped, and which essays and figures use each. Build only.
 */
import { getCollection } from "astro:content";
import * as laws from "../laws/index.ts";
import { models } from "../models/index.ts";
import { href } from "../lib/paths.ts";
import { documentedLawExports, lawsByGroup, lawUsage } from "./laws-reference.ts";
import { publishedFigureOrder } from "./figure-pages.ts";

export interface UsedBy {
  essays: { title: string; href: string }[];
  figures: { key: string; title: string; href: string }[];
}

export type SourceEntry = { id: string; title: string; authors: readonly string[]; year: number; arxiv?: string; url?: string };

/** The law module's source text by path: each law's prose is its JSDoc, read as the published bundle reads the files. */
export const lawSourceFiles = (): Record<string, string> => import.meta.glob<string>("../laws/**/*.ts", { query: "?raw", import: "default", eager: true });

/** A law's own page. */
export const lawHref = (name: string) => href(`/laws/${name}/`);

/** Where a JSDoc `{@link name}` goes: a law's page, a preset's or data export's entry on /laws/; undefined for a type. */
export const docLink =
  (exports: { name: string; kind: string }[]) =>
  (name: string): string | undefined => {
    const e = exports.find((x) => x.name === name);
    if (!e) return undefined;
    return e.kind === "function" ? lawHref(name) : `${href("/laws/")}#${name}`;
  };

export async function lawsPageData() {
  const exports = documentedLawExports(laws as unknown as Record<string, unknown>, lawSourceFiles());
  const groups = lawsByGroup(exports);
  const presets = exports.filter((e) => e.kind === "preset");
  const data = exports.filter((e) => e.kind === "data");
  const registry = laws.sources as Record<string, SourceEntry>;
  // Which essays and figures use each export: scan the models' source text.
  const modelSources = import.meta.glob<string>("../models/**/*.ts", { query: "?raw", import: "default", eager: true });
  const figureNames = Object.fromEntries(Object.values(models).map((m) => [m.name, Object.keys(m.figures)]));
  const usage = lawUsage(
    modelSources,
    figureNames,
    exports.filter((e) => e.kind !== "data").map((e) => e.name),
  );
  const essays = await getCollection("essays", (e) => !e.data.draft);
  const figureOrder = await publishedFigureOrder();
  const rank = (key: string) => {
    const [model, figure] = key.split("/") as [string, string];
    return [model, figureOrder.get(model)?.indexOf(figure) ?? -1] as const;
  };
  const essayOf = new Map(essays.filter((e) => e.data.model).map((e) => [e.data.model!, e]));
  const usedBy = (name: string): UsedBy => {
    const u = usage.get(name);
    if (!u) return { essays: [], figures: [] };
    const byEssay = [...u.models].map((m) => essayOf.get(m)).filter((e) => e !== undefined);
    // A draft essay's figures are unpublished: no "used by" line points at them.
    const figures = [...u.figures]
      .filter((key) => essayOf.has(key.split("/")[0]!))
      .sort((a, b) => {
        const [ma, ia] = rank(a);
        const [mb, ib] = rank(b);
        return ma === mb ? ia - ib : ma < mb ? -1 : 1;
      })
      .map((key) => {
        const [model, figure] = key.split("/") as [string, string];
        return { key, title: models[model]?.figures[figure]?.title ?? key, href: href(`/figures/${model}/${figure}/`) };
      });
    return { essays: byEssay.map((e) => ({ title: e.data.title, href: href(`/essays/${e.id}/`) })), figures };
  };
  // The presets each function takes, inverted: which functions take each preset.
  const takenBy = new Map<string, string[]>();
  for (const e of exports) for (const p of e.meta?.presets ?? []) takenBy.set(p, [...(takenBy.get(p) ?? []), e.name]);
  return { exports, groups, presets, data, registry, usedBy, takenBy, link: docLink(exports) };
}
