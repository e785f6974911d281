import type { APIRoute } from "astro";
import { models } from "../../../../models/index.ts";
import { figurePaths } from "../../../../render/figure-pages.ts";
import { CONTENT_TYPES, figureFile } from "../../../../render/figure-file.ts";
import { siteInfo } from "../../../../render/site.ts";

export function getStaticPaths() {
  return figurePaths();
}

/** The figure at its defaults as a file (what the download link gives without JavaScript). */
export const GET: APIRoute = ({ props, site }) => {
  const model = models[props.modelName as string]!;
  const body = figureFile(model, props.figure as string, model.defaults, siteInfo(site), "svg");
  return new Response(body, { headers: { "content-type": CONTENT_TYPES.svg } });
};
