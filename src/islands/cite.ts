/**
 * Browser side of "Cite and download" (loaded with the runtime): keeps each figure's citation in
 * step with the parameters and makes the downloads from the current state with the same
 * serialiser the build and `npm run figure` use.
 */
import type { Model, Params } from "../models/define.ts";
import { figureCiteInput, figureFileMeta, type SiteInfo } from "../models/state.ts";
import { citeBibtex, citeCsl, citeText, citeUrl } from "../lib/cite.ts";
import { figureCsv, figureJson, figureSvg } from "../lib/figure-files.ts";
import { addPngText } from "../lib/png-text.ts";
import type { Row } from "../models/define.ts";
import { saveFile } from "./save-file.ts";

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

export function updateCitations(root: Element, model: Model, params: Params, site: SiteInfo) {
  for (const panel of root.querySelectorAll<HTMLElement>(".figure-cite")) {
    const figure = panel.dataset.figure ?? "";
    if (!model.figures[figure]) continue;
    const input = figureCiteInput(model, figure, params, site, today());
    const url = citeUrl(input);
    const link = panel.querySelector<HTMLAnchorElement>(".cite-url");
    if (link) {
      link.href = url;
      link.textContent = url;
    }
    // The essay's link to the figure page (data table, full panel) opens it in this state.
    const dataLink = panel.closest("figure")?.querySelector<HTMLAnchorElement>("a.figure-data-link");
    if (dataLink) dataLink.search = new URL(url).search;
    const set = (selector: string, text: string) => {
      const el = panel.querySelector(selector);
      if (el && el.textContent !== text) el.textContent = text;
    };
    set(".cite-text", citeText(input));
    set(".cite-bibtex", citeBibtex(input));
    set(".cite-csl", JSON.stringify(citeCsl(input), null, 2));
  }
}

export interface FigureFiles {
  svg: string;
  csv: string;
  json: string;
}

export function figureFiles(model: Model, figure: string, params: Params, site: SiteInfo, svgMarkup: string, rows: Row[]): FigureFiles {
  const meta = figureFileMeta(model, figure, params, site);
  return { svg: figureSvg(meta, svgMarkup), csv: figureCsv(meta, rows), json: figureJson(meta, rows) };
}

/** Rasterise the standalone SVG at 2× and add the metadata as PNG text chunks. */
async function svgToPng(svg: string, meta: Record<string, string>): Promise<Blob> {
  const image = new Image();
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = image.naturalWidth * 2;
    canvas.height = image.naturalHeight * 2;
    const context = canvas.getContext("2d")!;
    context.scale(2, 2);
    context.drawImage(image, 0, 0);
    const blob = await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("PNG encoding failed"))), "image/png"));
    const bytes = addPngText(new Uint8Array(await blob.arrayBuffer()), meta);
    return new Blob([bytes as BlobPart], { type: "image/png" });
  } finally {
    URL.revokeObjectURL(url);
  }
}

export async function download(format: string, files: FigureFiles, name: string, meta: { title: string; url: string; citation: string }) {
  if (format === "svg") return saveFile(new Blob([files.svg], { type: "image/svg+xml" }), `${name}.svg`);
  if (format === "csv") return saveFile(new Blob([files.csv], { type: "text/csv" }), `${name}.csv`);
  if (format === "json") return saveFile(new Blob([files.json], { type: "application/json" }), `${name}.json`);
  if (format === "png") {
    const json = JSON.parse(files.json) as Record<string, unknown>;
    delete json.rows;
    const png = await svgToPng(files.svg, {
      Title: meta.title,
      Source: meta.url,
      Copyright: "CC BY 4.0",
      Comment: meta.citation,
      "law-figure": JSON.stringify(json),
    });
    return saveFile(png, `${name}.png`);
  }
}
