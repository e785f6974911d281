/**
 * A figure's downloadable files in one state, rendered in Node: used by the static files at the
 * defaults and by `npm run figure`. The browser builds the same files with the same serialiser.
 */
import type { Model, Params } from "../models/define.ts";
import { figureFileMeta, type SiteInfo } from "../models/state.ts";
import { figureCsv, figureJson, figureSvg } from "../lib/figure-files.ts";
import { renderFigureHtml } from "./plot.ts";

export type FileFormat = "svg" | "csv" | "json";

export function figureFile(model: Model, figure: string, params: Params, site: SiteInfo, format: FileFormat): string {
  const meta = figureFileMeta(model, figure, params, site);
  const { html, rows } = renderFigureHtml(model, figure, params);
  if (format === "csv") return figureCsv(meta, rows);
  if (format === "json") return figureJson(meta, rows);
  return figureSvg(meta, html);
}

export const CONTENT_TYPES: Record<FileFormat, string> = {
  svg: "image/svg+xml",
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
};
