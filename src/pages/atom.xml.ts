import type { APIRoute } from "astro";
import { getCollection } from "astro:content";
import { atom } from "../render/feeds.ts";

// Atom feed of the published essays.
export const GET: APIRoute = async ({ site }) => {
  const essays = await getCollection("essays", (e) => !e.data.draft);
  const items = essays.map((e) => ({ slug: e.id, ...e.data }));
  return new Response(atom(items, site), { headers: { "content-type": "application/atom+xml; charset=utf-8" } });
};
