/**
 * URL state: the non-default parameters plus `v` (site version) in the query string. Parsing
 * never trusts the URL: unknown names, non-numbers, out-of-range or oversized values are dropped
 * and reported as plain-text problems (callers show them with textContent, never as HTML).
 * Pure string work, no DOM: the browser (src/islands/essay.ts) and the build's permalink corpus
 * (src/render/permalinks.ts) read and write URLs with this one codec.
 */
import { parseNumber, urlNumber } from "../lib/format.ts";

export { urlNumber };
import type { Migration } from "./define.ts";
import type { ParamSpec } from "./params.ts";

export interface PageSpec {
  model: string;
  version: string;
  semver: string;
  /** Canonical origin + base, for citations. */
  site: string;
  year: string;
  params: Record<string, ParamSpec>;
  migrations: Migration[];
}

const MAX_VALUE_LENGTH = 32;
const MAX_KEYS = 64;

/** Compare semvers "1.2.3" (build metadata after "+" ignored); NaN parts compare as 0. */
export function compareSemver(a: string, b: string): number {
  const pa = a
    .split("+")[0]!
    .split(".")
    .map((x) => Number.parseInt(x, 10) || 0);
  const pb = b
    .split("+")[0]!
    .split(".")
    .map((x) => Number.parseInt(x, 10) || 0);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return Math.sign(d);
  }
  return 0;
}

function short(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this replaces
  const clean = text.replace(/[\u0000-\u001f\u007f]/g, "?");
  return clean.length > 40 ? `${clean.slice(0, 40)}…` : clean;
}

export interface UrlState {
  /** Accepted values, by (current) parameter name. */
  state: Record<string, number>;
  /** Plain-text problems to show the reader. */
  problems: string[];
  /** The `v` the link was made with, when present and well-formed. */
  version?: string;
}

export function readUrlState(search: string, spec: PageSpec): UrlState {
  const problems: string[] = [];
  const state: Record<string, number> = {};
  let query: URLSearchParams;
  try {
    query = new URLSearchParams(search.length > 4096 ? search.slice(0, 4096) : search);
  } catch {
    return { state, problems: ["the link's parameters could not be read"] };
  }
  const raw = [...query.entries()].slice(0, MAX_KEYS);
  // A "+" typed into a URL arrives as a space.
  const vRaw = query.get("v")?.replace(/ /g, "+") ?? null;
  const version = vRaw && /^\d+\.\d+\.\d+(\+[0-9a-zA-Z.-]{1,40})?$/.test(vRaw) ? vRaw : undefined;
  if (vRaw && !version) problems.push("ignored a malformed version (v)");
  // Migrations, oldest first: renames chain (a→b in 0.2, b→c in 0.3 takes a link's a to c) and a
  // link without a parameter meant the default of its own version.
  const migrations = version ? [...spec.migrations].filter((m) => compareSemver(version, m.before) < 0).sort((a, b) => compareSemver(a.before, b.before)) : [];
  const rename = (key: string) => migrations.reduce((name, m) => (m.rename && Object.hasOwn(m.rename, name) ? m.rename[name]! : name), key);
  const oldDefaults: Record<string, number> = {};
  for (const m of migrations) {
    for (const [name, value] of Object.entries(m.defaults ?? {})) {
      // The earliest migration describes the oldest default; later renames still apply to it.
      const current = migrations
        .slice(migrations.indexOf(m))
        .reduce((n, later) => (later.rename && Object.hasOwn(later.rename, n) ? later.rename[n]! : n), name);
      if (!(current in oldDefaults)) oldDefaults[current] = value;
    }
  }
  for (const [name, value] of Object.entries(oldDefaults)) {
    const p = Object.hasOwn(spec.params, name) ? spec.params[name] : undefined;
    if (p && value >= p.min && value <= p.max) state[name] = value;
  }
  const seen = new Set<string>();
  for (const [key, rawValue] of raw) {
    if (key === "v") continue;
    const name = rename(key);
    const p = Object.hasOwn(spec.params, name) ? spec.params[name] : undefined;
    if (!p) {
      problems.push(`ignored unknown parameter “${short(key)}”`);
      continue;
    }
    if (seen.has(name)) {
      problems.push(`ignored a repeated “${name}”`);
      continue;
    }
    seen.add(name);
    if (rawValue.length > MAX_VALUE_LENGTH) {
      problems.push(`ignored ${name}: value too long`);
      continue;
    }
    const value = parseNumber(rawValue);
    if (!Number.isFinite(value)) {
      problems.push(`ignored ${name}: not a number`);
      continue;
    }
    if (value < p.min || value > p.max) {
      problems.push(`ignored ${name}: outside ${p.min} to ${p.max}`);
      continue;
    }
    state[name] = value;
  }
  return version ? { state, problems, version } : { state, problems };
}

/**
 * The notes of the migrations that apply to a link made with `version`, oldest first: what changed
 * in this model since (a default, the fit a figure uses), for the older-version banner.
 */
export function migrationNotes(version: string, spec: Pick<PageSpec, "migrations">): string[] {
  return [...spec.migrations]
    .filter((m) => compareSemver(version, m.before) < 0)
    .sort((a, b) => compareSemver(a.before, b.before))
    .map((m) => m.note);
}

/** Query string (with leading "?") for the non-default parameters plus v; "" at defaults. */
export function writeUrlState(params: Record<string, number>, spec: PageSpec, alwaysVersion = false): string {
  const query = new URLSearchParams();
  for (const [name, p] of Object.entries(spec.params)) {
    const value = params[name];
    if (value !== undefined && urlNumber(value) !== urlNumber(p.default)) query.set(name, urlNumber(value));
  }
  if ([...query.keys()].length === 0 && !alwaysVersion) return "";
  query.set("v", spec.version);
  return `?${query.toString()}`;
}
