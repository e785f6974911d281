import type { APIRoute } from "astro";
import { bundleHeader, bundleLaws } from "../../render/laws-bundle.ts";
import { siteVersion } from "../../render/version.ts";
import { href } from "../../lib/paths.ts";

// The law module as one dependency-free ES module: pinned to this version, and a latest alias.
export function getStaticPaths() {
  return [{ params: { version: siteVersion().semver } }, { params: { version: "latest" } }];
}

export const GET: APIRoute = async ({ site }) => {
  const version = siteVersion();
  const url = new URL(href(`/laws/${version.semver}.mjs`), site).href;
  return new Response(await bundleLaws(bundleHeader(version, url)), { headers: { "content-type": "text/javascript; charset=utf-8" } });
};
