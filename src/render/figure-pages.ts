/** Every (model, figure) pair, for the figure pages, files and the figures index. */
import { models } from "../models/index.ts";
import type { Model } from "../models/define.ts";
import type { EssayContext } from "../components/context.ts";

export interface FigureRef {
  model: Model;
  figure: string;
}

export function allFigures(): FigureRef[] {
  return Object.values(models).flatMap((model) => Object.keys(model.figures).map((figure) => ({ model, figure })));
}

export function figurePaths() {
  return allFigures().map(({ model, figure }) => ({ params: { model: model.name, figure }, props: { modelName: model.name, figure } }));
}

export function figurePageContext(model: Model, figure: string): EssayContext {
  return { essay: `figure page ${model.name}/${figure}`, model, params: model.defaults, figureOrder: [figure], kind: "figure-page" };
}
