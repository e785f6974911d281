import type { APIRoute } from "astro";
import { getCollection } from "astro:content";
import { rss } from "../render/feeds.ts";

// RSS 2.0 feed of the published essays.
export const GET: APIRoute = async ({ site }) => {
  const essays = await getCollection("essays", (e) => !e.data.draft);
  const items = essays.map((e) => ({ slug: e.id, ...e.data }));
  return new Response(rss(items, site), { headers: { "content-type": "application/rss+xml; charset=utf-8" } });
};
