/**
 * Permalinks that don't drift: a committed corpus of figure URLs (test/permalinks.json) with the
 * hash of each figure's normalised SVG. Re-rendering a URL goes through the same URL parser the
 * browser uses (migrations included), so a renamed parameter or a changed default that lacks a
 * migration changes a hash and fails the test.
 */
import { models } from "../models/index.ts";
import type { Model, Params } from "../models/define.ts";
import { paramFromFraction } from "../models/params.ts";
import { urlNumber } from "../lib/format.ts";
import { readUrlState, type PageSpec } from "../models/url-state.ts";
import { renderFigureHtml } from "./plot.ts";
import { svgHash } from "./normalize.ts";

export interface PermalinkEntry {
  url: string;
  hash: string;
}

/** The page spec the browser would see, for parsing a permalink (no site/version needed). */
function pageSpec(model: Model, version: string): PageSpec {
  return { model: model.name, version, semver: version.split("+")[0]!, site: "/", year: "", params: model.params, migrations: model.migrations ?? [] };
}

/**
 * The model, figure and parameters a permalink (path `/figures/<model>/<figure>/?…`) names, read
 * as the browser reads it: migrations by the link's `v` included (a 0.1.0 link gets 0.1.0's defaults).
 */
export function permalinkState(url: string, currentVersion: string): { model: Model; figure: string; params: Params } {
  const parsed = new URL(url, "https://example.invalid");
  const match = /^\/figures\/([a-z0-9-]+)\/([a-z0-9-]+)\/$/.exec(parsed.pathname);
  if (!match) throw new Error(`invalid permalink: ${url} (expected /figures/<model>/<figure>/?…)`);
  const model = models[match[1]!];
  if (!model?.figures[match[2]!]) throw new Error(`invalid permalink: ${url} (no such figure)`);
  const { state, problems } = readUrlState(parsed.search, pageSpec(model, currentVersion));
  if (problems.length) throw new Error(`permalink ${url}: ${problems.join("; ")}`);
  return { model, figure: match[2]!, params: { ...model.defaults, ...state } as Params };
}

/** Render the figure a permalink names and hash it. */
export function permalinkHash(url: string, currentVersion: string): string {
  const { model, figure, params } = permalinkState(url, currentVersion);
  return svgHash(renderFigureHtml(model, figure, params).html);
}

/** The corpus: every figure at its defaults and at two other states of the parameters it uses. */
export function corpusUrls(version: string): string[] {
  const urls: string[] = [];
  for (const model of Object.values(models)) {
    for (const [figure, spec] of Object.entries(model.figures)) {
      const uses = spec.uses ?? model.paramNames;
      urls.push(`/figures/${model.name}/${figure}/?v=${version}`);
      for (const fraction of [0.25, 0.8]) {
        const query = new URLSearchParams();
        for (const name of uses) {
          const p = model.params[name]!;
          query.set(name, urlNumber(paramFromFraction(p, fraction)));
        }
        query.set("v", version);
        urls.push(`/figures/${model.name}/${figure}/?${query.toString()}`);
      }
    }
  }
  return urls;
}
