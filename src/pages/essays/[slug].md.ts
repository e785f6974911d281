/** /essays/<slug>.md: the essay as Markdown with its numbers at the defaults (src/render/markdown-twin.ts). */
import type { APIRoute, GetStaticPaths } from "astro";
import { getCollection, type CollectionEntry } from "astro:content";
import { href } from "../../lib/paths.ts";
import { essayMarkdown } from "../../render/markdown-twin.ts";
import { siteVersion } from "../../render/version.ts";

export const getStaticPaths = (async () => {
  const essays = await getCollection("essays", (e) => !e.data.draft);
  return essays.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { entry } = props as { entry: CollectionEntry<"essays"> };
  const text = essayMarkdown({ id: entry.id, ...entry.data, body: entry.body ?? "" }, entry.data.model, {
    root: new URL(href("/"), site).href,
    version: siteVersion().id,
  });
  return new Response(text, { headers: { "content-type": "text/markdown; charset=utf-8" } });
};
