/**
 * Prefix a site-absolute path with the configured base (BASE_PATH), so every link works when
 * the site is served below the root. `href("/figures/")` → "/sub/figures/".
 */
export function href(path: string): string {
  const base = import.meta.env?.BASE_URL ?? "/";
  const trimmed = base.endsWith("/") ? base.slice(0, -1) : base;
  if (!path.startsWith("/")) return path;
  return `${trimmed}${path}`;
}
