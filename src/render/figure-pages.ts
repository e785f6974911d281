/**
 * Every published (model, figure) pair, for the figure pages, files, embeds, the figures index
 * and the sitemap. A model is published when a non-draft essay names it: a draft essay's figures
 * get no page, file, index entry or sitemap line until the essay is published.
 */
import { getCollection } from "astro:content";
import { publishedModels } from "./essay-files.ts";
import { models } from "../models/index.ts";
import type { Model } from "../models/define.ts";
import type { EssayContext } from "../components/context.ts";

export interface FigureRef {
  model: Model;
  figure: string;
}

/**
 * Each published model's figure names in the order its essay shows them (a model's figures are
 * files, found in name order; readers meet them in the essay's order). Figures the essay does not
 * show follow, by name. Which models are published is `publishedModels` (src/render/essay-files.ts),
 * the rule `npm run permalinks` and the tests use too.
 */
export async function publishedFigureOrder(): Promise<Map<string, string[]>> {
  const essays = await getCollection("essays");
  const out = new Map<string, string[]>();
  for (const name of publishedModels(essays.map((e) => e.data))) {
    const model = models[name];
    const essay = essays.find((e) => !e.data.draft && e.data.model === name);
    if (!model || !essay) continue;
    const shown = [...(essay.body ?? "").matchAll(/<Figure\b[^>]*\bname=["']([^"']+)["']/g)].map((m) => m[1]!).filter((f) => f in model.figures);
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
