/**
 * Thumbnails for the figures index (/figures/): each figure at its defaults as a standalone SVG
 * file per theme, colours resolved from the stylesheet's own palettes. The index shows them as
 * <img> (two elements per figure) instead of inlining every figure's SVG (2,210 of the page's
 * 2,479 elements); the image for the other theme has display: none and, being lazy, is never
 * fetched.
 */
import type { Model } from "../models/define.ts";
import { customProperties, resolveCssVariables } from "../lib/colors.ts";
import { renderFigureHtml } from "./plot.ts";
import css from "../styles/global.css?raw";

export type Theme = "light" | "dark";

/** The custom properties of one rule of the site stylesheet (`:root`, `:root[data-theme="dark"]`). */
export function themePalette(theme: Theme, stylesheet: string = css): Record<string, string> {
  const selector = theme === "light" ? ":root" : ':root[data-theme="dark"]';
  try {
    return customProperties(stylesheet, selector);
  } catch (error) {
    throw new Error(`[thumbs] src/styles/global.css: ${(error as Error).message}`);
  }
}

export const thumbName = (model: string, figure: string, theme: Theme) => `${model}--${figure}--${theme}.svg`;

/** The figure at its defaults as an SVG file in a theme's colours, and its size for the <img>. */
export function figureThumb(model: Model, figure: string, theme: Theme): { svg: string; width: number; height: number } {
  const { html } = renderFigureHtml(model, figure, model.defaults, { idPrefix: `thumb-${model.name}-${figure}` });
  const open = /^<svg\b[^>]*>/.exec(html.trim());
  if (!open) throw new Error(`[thumbs] ${model.name}/${figure}: expected SVG markup`);
  const width = Number(/\swidth="([\d.]+)"/.exec(open[0])?.[1]);
  const height = Number(/\sheight="([\d.]+)"/.exec(open[0])?.[1]);
  let tag = open[0].replace(/\saria-hidden="true"/, "");
  if (!/\sxmlns=/.test(tag)) tag = tag.replace(/^<svg/, '<svg xmlns="http://www.w3.org/2000/svg"');
  const svg = resolveCssVariables(tag + html.trim().slice(open[0].length), themePalette(theme));
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`, width, height };
}
