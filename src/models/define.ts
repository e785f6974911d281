/**
 * defineModel: one essay's parameters, derived values and figures, declared once and run
 * unchanged at build (Node) and in the reader's browser. Pure: no DOM, no I/O.
 */
import type { PlotOptions } from "@observablehq/plot";
import type { SourceId } from "../laws/index.ts";
import { closestNames } from "../lib/closest.ts";
import { digitsForStep, formatNumber, type FormatSpec } from "../lib/format.ts";

export type Scale = "linear" | "log";

export interface ParamSpec {
  /** What the control is, in words: "model scale". */
  label: string;
  default: number;
  min: number;
  max: number;
  /** Linear: the amount one arrow press adds. Log: the factor one arrow press multiplies by. */
  step: number;
  scale: Scale;
  /** Unit read after the value: "parameters", "×", "tokens", "FLOPs". */
  unit?: string;
  format: FormatSpec;
  /** One sentence on what the parameter means, shown on figure pages and the CLI. */
  description?: string;
}

export type Params<P extends string = string> = Readonly<Record<P, number>>;
export type Row = Readonly<Record<string, number | string | boolean | null>>;

export interface ValueSpec<P extends string> {
  label: string;
  unit?: string;
  format: FormatSpec;
  compute: (params: Params<P>) => number;
}

export interface PlotEnv {
  interactive: boolean;
}

export interface ColumnSpec {
  key: string;
  label: string;
  /** Numbers are formatted with the one formatter; strings are printed as they are. */
  format?: FormatSpec;
}

export interface FigureSpec<P extends string> {
  title: string;
  /** Caption text; may depend on the parameters (keep it short: the description carries detail). */
  caption: string | ((params: Params<P>) => string);
  /** Rows of data: what the figure draws, the data table and the CSV download. */
  compute: (params: Params<P>) => Row[];
  /**
   * Plot options (marks included). `width` is fixed by the renderer; the SVG scales by viewBox.
   * `env.interactive` is true in the browser only: add Plot's `tip` mark there, not at build.
   */
  plot: (rows: Row[], params: Params<P>, env: PlotEnv) => PlotOptions;
  /** A plain-text description of what the figure shows for these parameters. */
  describe: (rows: Row[], params: Params<P>) => string;
  columns: ColumnSpec[];
  sources: SourceId[];
  /** The parameters this figure reads (default: all), so unrelated changes skip it. */
  uses?: P[];
  /** TeX of the law the figure draws, shown on its permalink page. */
  formula?: string;
}

/** A rename or default change, so an old permalink keeps rendering the same figure. */
export interface Migration {
  /** Applies to links whose `v` semver is below this one. */
  before: string;
  rename?: Record<string, string>;
  /** Old defaults: a link without the param meant this value then. */
  defaults?: Record<string, number>;
  note: string;
}

export interface ModelSpec<P extends string> {
  name: string;
  title: string;
  params: Record<P, ParamSpec>;
  values: Record<string, ValueSpec<P>>;
  figures: Record<string, FigureSpec<P>>;
  migrations?: Migration[];
}

export interface Model<P extends string = string> extends ModelSpec<P> {
  paramNames: P[];
  defaults: Params<P>;
}

const PARAM_NAME = /^[a-z][a-zA-Z0-9]*$/;
const FIGURE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function fail(model: string, message: string): never {
  throw new Error(`[model ${model}] ${message}`);
}

/** Check a parameter spec; returns the problem or "" when there is none. */
export function paramProblem(spec: ParamSpec): string {
  const { min, max, step, scale } = spec;
  if (![min, max, step, spec.default].every(Number.isFinite)) return "min, max, step and default must be finite numbers";
  if (!(min < max)) return `min (${min}) must be below max (${max})`;
  if (scale === "log" && !(min > 0)) return `a log-scale parameter needs min > 0 (got ${min})`;
  if (scale === "log" && !(step > 1)) return `a log-scale step is a factor > 1 (got ${step})`;
  if (scale === "linear" && !(step > 0)) return `step must be > 0 (got ${step})`;
  if (spec.default < min || spec.default > max) return `default ${spec.default} is outside [${min}, ${max}]`;
  return "";
}

export function defineModel<P extends string>(spec: ModelSpec<P>): Model<P> {
  const paramNames = Object.keys(spec.params) as P[];
  for (const name of paramNames) {
    if (!PARAM_NAME.test(name)) fail(spec.name, `parameter "${name}" must be camelCase (e.g. modelScale)`);
    const problem = paramProblem(spec.params[name]);
    if (problem) fail(spec.name, `parameter "${name}": ${problem}`);
  }
  for (const name of Object.keys(spec.figures)) {
    if (!FIGURE_NAME.test(name)) fail(spec.name, `figure "${name}" must be kebab-case (e.g. transfer-curves)`);
    for (const used of spec.figures[name]!.uses ?? []) {
      if (!paramNames.includes(used)) fail(spec.name, `figure "${name}" uses unknown parameter "${used}"; did you mean "${closestNames(used, paramNames)[0]}"?`);
    }
  }
  const defaults = Object.fromEntries(paramNames.map((n) => [n, spec.params[n].default])) as Params<P>;
  return Object.freeze({ ...spec, paramNames, defaults });
}

/** Clamp into the parameter's range. */
export function clampParam(spec: ParamSpec, value: number): number {
  return Math.min(spec.max, Math.max(spec.min, value));
}

/** One arrow press (`direction` ±1) or one PageUp/Down (`big`: a decade on log, 10 steps on linear). */
export function stepParam(spec: ParamSpec, value: number, direction: 1 | -1, big = false): number {
  if (spec.scale === "log") {
    const factor = big ? 10 : spec.step;
    return clampParam(spec, snapLog(spec, value * factor ** direction));
  }
  const next = value + direction * spec.step * (big ? 10 : 1);
  return clampParam(spec, Number((Math.round(next / spec.step) * spec.step).toPrecision(12)));
}

/** Round a log-scale value to the significant digits its step can show, so keys land on round numbers. */
function snapLog(spec: ParamSpec, value: number): number {
  const digits = digitsForStep(value, spec.step, "log");
  return Number(value.toPrecision(digits));
}

/** Position in [0, 1] along the control (log-aware), for pointer dragging. */
export function paramFraction(spec: ParamSpec, value: number): number {
  if (spec.scale === "log") return Math.log(value / spec.min) / Math.log(spec.max / spec.min);
  return (value - spec.min) / (spec.max - spec.min);
}

export function paramFromFraction(spec: ParamSpec, fraction: number): number {
  const f = Math.min(1, Math.max(0, fraction));
  const raw = spec.scale === "log" ? spec.min * (spec.max / spec.min) ** f : spec.min + f * (spec.max - spec.min);
  if (spec.scale === "log") return clampParam(spec, snapLog(spec, raw));
  return clampParam(spec, Number((Math.round(raw / spec.step) * spec.step).toPrecision(12)));
}

/** The text a parameter shows: its format, with digits enough to show one step. */
export function formatParam(spec: ParamSpec, value: number): string {
  return formatNumber(value, spec.format);
}

const SPOKEN: Record<string, string> = { k: " thousand", M: " million", B: " billion", T: " trillion" };

/**
 * aria-valuetext: the shown value with suffixes spoken and the unit, e.g. "70 billion parameters"
 * (screen readers read "70B" as "70 B").
 */
export function paramValueText(spec: ParamSpec, value: number): string {
  const shown = formatNumber(value, spec.format).replace(/(\d)([kMBT])(?=×|$)/, (_, d: string, s: string) => d + (SPOKEN[s] ?? s));
  return spec.unit ? `${shown} ${spec.unit}` : shown;
}

/** Validate a state against a model: unknown names and out-of-range values are reported, not used. */
export function checkState<P extends string>(model: Model<P>, state: Record<string, number>): { params: Params<P>; problems: string[] } {
  const problems: string[] = [];
  const params: Record<string, number> = { ...model.defaults };
  for (const [name, value] of Object.entries(state)) {
    const spec = model.params[name as P];
    if (!spec) {
      problems.push(`unknown parameter "${name}"`);
      continue;
    }
    if (!Number.isFinite(value) || value < spec.min || value > spec.max) {
      problems.push(`${name} must be between ${formatNumber(spec.min, spec.format)} and ${formatNumber(spec.max, spec.format)}`);
      continue;
    }
    params[name] = value;
  }
  return { params: params as Params<P>, problems };
}
