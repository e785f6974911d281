import type { APIRoute } from "astro";
import { getCollection } from "astro:content";
import { allFigures } from "../render/figure-pages.ts";
import { sitemap, staticPagePaths } from "../render/feeds.ts";
import { lawExports } from "../render/laws-reference.ts";

// Every HTML page: the static pages in src/pages (found by file name, so new pages are listed
// without an edit here), each essay, each figure page and each law's page. Not embeds, not 404.
const pageFiles = Object.keys(import.meta.glob(["./**/*.astro", "./**/*.mdx", "./**/*.md"]));

export const GET: APIRoute = async ({ site }) => {
  const essays = await getCollection("essays", (e) => !e.data.draft);
  const pages = [
    ...staticPagePaths(pageFiles).map((path) => ({ path })),
    ...essays.map((e) => ({ path: `/essays/${e.id}/`, lastmod: e.data.updated ?? e.data.published })),
    ...(await allFigures()).map(({ model, figure }) => ({ path: `/figures/${model.name}/${figure}/` })),
    ...lawExports()
      .filter((e) => e.kind === "function")
      .map((e) => ({ path: `/laws/${e.name}/` })),
  ];
  return new Response(sitemap(pages, site), { headers: { "content-type": "application/xml; charset=utf-8" } });
};
