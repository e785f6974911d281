import type { APIRoute } from "astro";
import { models } from "../../../models/index.ts";
import { allFigures } from "../../../render/figure-pages.ts";
import { figureThumb, thumbName, type Theme } from "../../../render/thumbs.ts";

const THEMES: Theme[] = ["light", "dark"];

export async function getStaticPaths() {
  return (await allFigures()).flatMap(({ model, figure }) =>
    THEMES.map((theme) => ({ params: { thumb: thumbName(model.name, figure, theme) }, props: { modelName: model.name, figure, theme } })),
  );
}

/** A figure's thumbnail for the figures index, in one theme's colours (src/render/thumbs.ts). */
export const GET: APIRoute = ({ props }) => {
  const model = models[props.modelName as string]!;
  return new Response(figureThumb(model, props.figure as string, props.theme as Theme).svg, { headers: { "content-type": "image/svg+xml" } });
};
