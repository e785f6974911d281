/** The canonical origin (SITE_URL) and base path (BASE_PATH): one default for the build and the CLI. */
export const DEFAULT_SITE_URL = "https://scaling-laws-computed.example.org";

export function siteUrlFromEnv(env: Record<string, string | undefined>): { site: string; base: string } {
  const base = env.BASE_PATH ?? "/";
  return { site: env.SITE_URL ?? DEFAULT_SITE_URL, base: base.endsWith("/") ? base : `${base}/` };
}
