import type { APIRoute } from "astro";
import { siteVersion } from "../render/version.ts";

/**
 * The released versions readable at /v/<version>/. The live build writes none; `npm run
 * build:archive` (scripts/build-archive.mjs) rewrites this file with the versions it built. The
 * older-version banner reads it to link a citation's page and state into its version's archive.
 */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify({ current: siteVersion().semver, archived: [] as string[] }, null, 2)}\n`, {
    headers: { "content-type": "application/json" },
  });
