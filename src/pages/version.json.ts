import type { APIRoute } from "astro";
import { href } from "../lib/paths.ts";
import { siteVersion } from "../render/version.ts";

/** Machine-readable site version; the build date is informational and enters no figure file. */
export const GET: APIRoute = ({ site }) => {
  const v = siteVersion();
  return new Response(
    JSON.stringify(
      { name: "scaling-laws-computed", version: v.id, semver: v.semver, commit: v.commit, built: v.built, site: site ? new URL(href("/"), site).href : null },
      null,
      2,
    ),
    { headers: { "content-type": "application/json" } },
  );
};
