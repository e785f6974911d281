/**
 * A figure in one state, as citations and files see it: the permalink query (non-default values
 * of the parameters the figure uses), the citation input and the file metadata. Pure; shared by
 * the build, the browser's cite panel and downloads, and `npm run figure`.
 */
import { sources } from "../laws/index.ts";
import { formatNumber, urlNumber } from "../lib/format.ts";
import { citeText, citeUrl, type CiteInput } from "../lib/cite.ts";
import type { FigureFileMeta } from "../lib/figure-files.ts";
import type { Model, Params } from "./define.ts";

export interface SiteInfo {
  /** Canonical origin plus base path. */
  site: string;
  version: string;
  /** Year of the version's build (citations). */
  year: string;
}

/** Parameters a figure depends on: its `uses`, or every parameter of the model. */
export function figureParams(model: Model, figure: string): string[] {
  return model.figures[figure]?.uses ?? model.paramNames;
}

export function figureQuery(model: Model, figure: string, params: Params): Record<string, string> {
  const query: Record<string, string> = {};
  for (const name of figureParams(model, figure)) {
    const value = params[name]!;
    if (urlNumber(value) !== urlNumber(model.params[name]!.default)) query[name] = urlNumber(value);
  }
  return query;
}

function paramText(model: Model, names: string[], params: Params): string[] {
  return names.map((n) => {
    const spec = model.params[n]!;
    return `${spec.label} = ${formatNumber(params[n]!, spec.format)}${spec.unit ? ` ${spec.unit}` : ""}`;
  });
}

export function figureCiteInput(model: Model, figure: string, params: Params, site: SiteInfo, accessed?: string): CiteInput {
  const spec = model.figures[figure]!;
  return {
    site: site.site,
    version: site.version,
    path: `${model.name}/${figure}`,
    title: spec.title,
    authors: [],
    year: site.year,
    query: figureQuery(model, figure, params),
    paramText: paramText(model, figureParams(model, figure), params),
    kind: "figure",
    ...(accessed ? { accessed } : {}),
  };
}

export function figureFileMeta(model: Model, figure: string, params: Params, site: SiteInfo): FigureFileMeta {
  const spec = model.figures[figure]!;
  const cite = figureCiteInput(model, figure, params, site);
  const registry = sources as Record<string, { id: string; title: string; arxiv?: string; url?: string }>;
  return {
    model: model.name,
    figure,
    title: spec.title,
    version: site.version,
    url: citeUrl(cite),
    params: Object.fromEntries(figureParams(model, figure).map((n) => [n, params[n]!])),
    sources: spec.sources.map((id) => {
      const s = registry[id]!;
      return { id, title: s.title, ...(s.arxiv ? { arxiv: s.arxiv } : {}), ...(s.url ? { url: s.url } : {}) };
    }),
    citation: citeText(cite),
  };
}
