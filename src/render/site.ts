/** The canonical site information (origin + base, version, year) for citations at build. */
import type { SiteInfo } from "../models/state.ts";
import { siteVersion } from "./version.ts";

export function siteInfo(site: URL | undefined): SiteInfo {
  const v = siteVersion();
  const base = import.meta.env?.BASE_URL ?? "/";
  return { site: new URL(base, site ?? "http://localhost:4321/").href, version: v.id, year: v.built.slice(0, 4) };
}
