/**
 * The light-theme palette as hex, for files that leave the page (SVG/PNG downloads, the CLI,
 * social images): a file cannot depend on the site's CSS variables. Keep in step with
 * src/styles/global.css's `:root` (test/styles/contrast.test.ts compares them).
 */
export const LIGHT_PALETTE: Readonly<Record<string, string>> = Object.freeze({
  "--plot-fg": "#1d1c1a",
  "--plot-muted": "#6f6a60",
  "--plot-grid": "#e3ded3",
  "--plot-bg": "#fdfcf9",
  "--series-1": "#0b5fa5",
  "--series-2": "#c2410c",
  "--series-3": "#15803d",
  "--series-4": "#7e22ce",
  "--series-5": "#a16207",
  "--series-6": "#be185d",
  "--band": "rgba(11, 95, 165, 0.14)",
  "--shade": "rgba(111, 106, 96, 0.12)",
});

/** Replace every var(--name) (with or without a fallback) by its palette colour. */
export function resolveCssVariables(text: string, palette: Readonly<Record<string, string>> = LIGHT_PALETTE): string {
  return text.replace(/var\(\s*(--[\w-]+)\s*(?:,[^)]*)?\)/g, (match, name: string) => palette[name] ?? match);
}

/**
 * The custom properties declared by the first rule of `stylesheet` whose selector is exactly
 * `selector` (e.g. `:root`, `:root[data-theme="dark"]`), wherever it is nested, as name → value.
 * @throws Error when no such rule exists.
 */
export function customProperties(stylesheet: string, selector: string): Record<string, string> {
  const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const rule = new RegExp(`(?:^|[\\s{};])${escaped}\\s*\\{([^}]*)\\}`).exec(stylesheet);
  if (!rule) throw new Error(`no "${selector} { … }" rule in the stylesheet`);
  const body = rule[1]!;
  return Object.fromEntries([...body.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}
