/**
 * Every published (model, figure) pair, for the figure pages, files, embeds, the figures index
 * and the sitemap. A model is published when a non-draft essay names it: a draft essay's figures
 * get no page, file, index entry or sitemap line until the essay is published.
 */
import { getCollection } from "astro:content";
import { models } from "../models/index.ts";
import type { Model } from "../models/define.ts";
import type { EssayContext } from "../components/context.ts";

export interface FigureRef {
  model: Model;
  figure: string;
}

/** Names of the models that a published (non-draft) essay uses. */
export async function publishedModelNames(): Promise<Set<string>> {
  const essays = await getCollection("essays", (e) => !e.data.draft);
  return new Set(essays.map((e) => e.data.model).filter((m): m is string => typeof m === "string"));
}

/**
 * Each published model's figure names in the order its essay shows them (a model's figures are
 * files, found in name order; readers meet them in the essay's order). Figures the essay does not
 * show follow, by name.
 */
export async function publishedFigureOrder(): Promise<Map<string, string[]>> {
  const essays = await getCollection("essays", (e) => !e.data.draft);
  const out = new Map<string, string[]>();
  for (const e of essays) {
    const model = e.data.model ? models[e.data.model] : undefined;
    if (!model) continue;
    const shown = [...(e.body ?? "").matchAll(/<Figure\b[^>]*\bname=["']([^"']+)["']/g)].map((m) => m[1]!).filter((f) => f in model.figures);
    out.set(model.name, [...new Set([...shown, ...Object.keys(model.figures)])]);
  }
  return out;
}

export async function allFigures(): Promise<FigureRef[]> {
  const order = await publishedFigureOrder();
  return Object.values(models).flatMap((model) => (order.get(model.name) ?? []).map((figure) => ({ model, figure })));
}

export async function figurePaths() {
  return (await allFigures()).map(({ model, figure }) => ({ params: { model: model.name, figure }, props: { modelName: model.name, figure } }));
}

export function figurePageContext(model: Model, figure: string): EssayContext {
  return { essay: `figure page ${model.name}/${figure}`, model, params: model.defaults, figureOrder: [figure], kind: "figure-page" };
}
