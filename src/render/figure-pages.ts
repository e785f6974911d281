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

export async function allFigures(): Promise<FigureRef[]> {
  const published = await publishedModelNames();
  return Object.values(models)
    .filter((model) => published.has(model.name))
    .flatMap((model) => Object.keys(model.figures).map((figure) => ({ model, figure })));
}

export async function figurePaths() {
  return (await allFigures()).map(({ model, figure }) => ({ params: { model: model.name, figure }, props: { modelName: model.name, figure } }));
}

export function figurePageContext(model: Model, figure: string): EssayContext {
  return { essay: `figure page ${model.name}/${figure}`, model, params: model.defaults, figureOrder: [figure], kind: "figure-page" };
}
