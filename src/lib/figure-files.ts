/**
 * The files a figure downloads as (SVG, CSV, JSON): one serialiser shared by the browser's
 * download buttons, the build's static files and `npm run figure`, so the same state gives the
 * same bytes everywhere. Each file carries the parameters, version, citation, sources, licence.
 * Pure string work: the SVG arrives already rendered (by Plot, in whichever DOM). Data values
 * are written to 12 significant digits (the rest of a double is rounding error).
 */
import { LIGHT_PALETTE, resolveCssVariables } from "./colors.ts";
// The law module's leaf grid.ts, not its barrel: the barrel would put the whole law module in
// every chunk that downloads a figure (+15 KB gzip on /fit/, measured).
import { significant12 } from "../laws/grid.ts";

export const LICENCE = "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)";

export interface FigureFileMeta {
  model: string;
  figure: string;
  title: string;
  version: string;
  /** Permalink that reproduces this state. */
  url: string;
  /** Every parameter of the model, by name. */
  params: Record<string, number>;
  sources: { id: string; title: string; arxiv?: string; url?: string; where?: string }[];
  /** Plain-text citation without an access date (files stay reproducible). */
  citation: string;
}

type Cell = number | string | boolean | null | undefined;

function csvCell(value: Cell): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "number" ? String(significant12(value)) : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function sourceLine(s: FigureFileMeta["sources"][number]): string {
  return `${s.title}${s.arxiv ? `, arXiv:${s.arxiv}` : s.url ? `, ${s.url}` : ""}`;
}

export function figureCsv(meta: FigureFileMeta, rows: readonly Record<string, Cell>[]): string {
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const header = [
    `# ${meta.title}`,
    `# figure: ${meta.model}/${meta.figure}`,
    `# version: ${meta.version}`,
    `# url: ${meta.url}`,
    `# parameters: ${Object.entries(meta.params)
      .map(([k, v]) => `${k}=${v}`)
      .join("; ")}`,
    ...meta.sources.map((s) => `# source: ${sourceLine(s)}`),
    `# citation: ${meta.citation}`,
    `# licence: ${LICENCE}`,
  ].map((line) => line.replace(/[\r\n]+/g, " "));
  const body = rows.map((r) => keys.map((k) => csvCell(r[k])).join(","));
  return `${[...header, keys.map(csvCell).join(","), ...body].join("\n")}\n`;
}

export function figureJson(meta: FigureFileMeta, rows: readonly Record<string, Cell>[]): string {
  return `${JSON.stringify(
    {
      figure: { model: meta.model, name: meta.figure, title: meta.title, url: meta.url },
      version: meta.version,
      params: meta.params,
      sources: meta.sources,
      citation: meta.citation,
      licence: LICENCE,
      rows: rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === "number" ? significant12(v) : v]))),
    },
    null,
    2,
  )}\n`;
}

function xmlEscape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * A standalone SVG file from Plot's SVG markup: namespace, a <title>, <metadata> with the state
 * as JSON, a background, and every CSS variable resolved to the light palette's colour.
 */
export function figureSvg(meta: FigureFileMeta, svgMarkup: string): string {
  const metadata = xmlEscape(
    JSON.stringify({
      figure: `${meta.model}/${meta.figure}`,
      version: meta.version,
      url: meta.url,
      params: meta.params,
      sources: meta.sources.map((s) => s.id),
      citation: meta.citation,
      licence: LICENCE,
    }),
  );
  const open = /^<svg\b[^>]*>/.exec(svgMarkup.trim());
  if (!open) throw new Error(`invalid svg: ${svgMarkup.slice(0, 40)} (expected markup starting with <svg>)`);
  let tag = open[0];
  if (!/\sxmlns=/.test(tag)) tag = tag.replace(/^<svg/, '<svg xmlns="http://www.w3.org/2000/svg"');
  // On the page the SVG is hidden from assistive technology inside a labelled figure; a file stands alone.
  tag = tag.replace(/\saria-hidden="true"/, "");
  const rest = svgMarkup.trim().slice(open[0].length);
  const background = `<rect width="100%" height="100%" fill="${LIGHT_PALETTE["--plot-bg"]}"></rect>`;
  const head = `<title>${xmlEscape(meta.title)}</title><metadata id="law-figure-metadata">${metadata}</metadata>${background}`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${resolveCssVariables(tag + head + rest)}\n`;
}
