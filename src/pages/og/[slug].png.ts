import type { APIRoute } from "astro";
import { getCollection } from "astro:content";
import { models } from "../../models/index.ts";
import { essayContext } from "../../components/context.ts";
import { figureFile } from "../../render/figure-file.ts";
import { siteInfo } from "../../render/site.ts";
import { ogPng } from "../../render/og-image.ts";

/** Every published essay's social card: its title over its lead (first) figure at the defaults. */
export async function getStaticPaths() {
  const essays = await getCollection("essays", (e) => !e.data.draft);
  return essays.map((entry) => ({
    params: { slug: entry.id },
    props: { title: entry.data.title, summary: entry.data.summary, modelName: entry.data.model, body: entry.body ?? "" },
  }));
}

export const GET: APIRoute = ({ params, props, site }) => {
  const { title, summary, modelName, body } = props as { title: string; summary: string; modelName?: string; body: string };
  const ctx = essayContext(String(params.slug), modelName, body);
  const lead = ctx?.figureOrder[0];
  const figureSvg = ctx && lead ? figureFile(models[ctx.model.name]!, lead, ctx.model.defaults, siteInfo(site), "svg") : undefined;
  const png = ogPng({ title, subtitle: figureSvg ? undefined : summary, figureSvg });
  return new Response(png, { headers: { "content-type": "image/png" } });
};
