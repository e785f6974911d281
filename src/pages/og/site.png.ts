import type { APIRoute } from "astro";
import { ogPng } from "../../render/og-image.ts";
import { SITE_DESCRIPTION } from "../../lib/site-meta.ts";

/** The social card of every page that is not an essay: the site's name and what it is. */
export const GET: APIRoute = () => {
  const png = ogPng({ title: "Scaling Laws, Computed", subtitle: SITE_DESCRIPTION });
  return new Response(png, { headers: { "content-type": "image/png" } });
};
