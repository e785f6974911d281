/** /llms.txt: the essays and their Markdown twins, for language models and other machines (llmstxt.org). */
import type { APIRoute } from "astro";
import { getCollection } from "astro:content";
import { href } from "../lib/paths.ts";
import { SITE_DESCRIPTION } from "../lib/site-meta.ts";
import { llmsTxt } from "../render/markdown-twin.ts";
import { siteVersion } from "../render/version.ts";

export const GET: APIRoute = async ({ site }) => {
  const essays = (await getCollection("essays", (e) => !e.data.draft)).sort(
    (a, b) => a.data.published.getTime() - b.data.published.getTime() || a.id.localeCompare(b.id),
  );
  const text = llmsTxt(
    essays.map((e) => ({ id: e.id, title: e.data.title, summary: e.data.summary })),
    { root: new URL(href("/"), site).href, version: siteVersion().id, description: SITE_DESCRIPTION },
  );
  return new Response(text, { headers: { "content-type": "text/plain; charset=utf-8" } });
};
