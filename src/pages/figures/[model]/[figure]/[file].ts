import type { APIRoute } from "astro";
import { models } from "../../../../models/index.ts";
import { figurePaths } from "../../../../render/figure-pages.ts";
import { CONTENT_TYPES, figureFile, type FileFormat } from "../../../../render/figure-file.ts";
import { siteInfo } from "../../../../render/site.ts";

const FORMATS: FileFormat[] = ["svg", "csv", "json"];

export async function getStaticPaths() {
  return (await figurePaths()).flatMap(({ params, props }) =>
    FORMATS.map((format) => ({ params: { ...params, file: `figure.${format}` }, props: { ...props, format } })),
  );
}

/** The figure at its defaults as a file (what the download links give without JavaScript). */
export const GET: APIRoute = ({ props, site }) => {
  const model = models[props.modelName as string]!;
  const format = props.format as FileFormat;
  const body = figureFile(model, props.figure as string, model.defaults, siteInfo(site), format);
  return new Response(body, { headers: { "content-type": CONTENT_TYPES[format] } });
};
