/**
 * defineModel: one essay's parameters, derived values and figures, declared once and run
 * unchanged at build (Node) and in the reader's browser. Pure: no DOM, no I/O.
 */
import type { PlotOptions } from "@observablehq/plot";
import type { SourceId } from "../laws/index.ts";
import { closestNames } from "../lib/closest.ts";
import { formatNumber, type FormatSpec } from "../lib/format.ts";
import { paramProblem, type ParamSpec } from "./params.ts";
import { constantsCaption, constantsDescription, type UsesConstants } from "./constants.ts";

export type { ParamSpec, Scale } from "./params.ts";
export { clampParam, formatParam, paramFraction, paramFromFraction, paramProblem, paramValueText, stepParam } from "./params.ts";

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
  /** The width the figure is drawn at (640, or 420 for phones): adapt tick counts or labels to it. */
  width?: number;
}

export interface ColumnSpec<R extends Row = Row> {
  key: keyof R & string;
  label: string;
  /** Numbers are formatted with the one formatter; strings are printed as they are. */
  format?: FormatSpec;
}

/**
 * One figure: its own file, `src/models/<model>/<figure>.ts`, whose default export is
 * `defineFigure<P, R>({...})`. `R` is the type of one row of data, so the plot, the description
 * and the columns read typed fields (no casts).
 */
export interface FigureSpec<P extends string, R extends Row = Row> {
  title: string;
  /** Caption text; may depend on the parameters (keep it short: the description carries detail). */
  caption: string | ((params: Params<P>) => string);
  /** Rows of data: what the figure draws, the data table and the CSV download. */
  compute: (params: Params<P>) => R[];
  /**
   * Plot options (marks included). `width` is fixed by the renderer; the SVG scales by viewBox.
   * `env.interactive` is true in the browser only: add Plot's `tip` mark there, not at build.
   */
  plot: (rows: R[], params: Params<P>, env: PlotEnv) => PlotOptions;
  /** A plain-text description of what the figure shows for these parameters. */
  describe: (rows: R[], params: Params<P>) => string;
  columns: ColumnSpec<R>[];
  sources: SourceId[];
  /** The parameters this figure reads (default: all), so unrelated changes skip it. */
  uses?: P[];
  /** TeX of the law the figure draws, shown on its permalink page. */
  formula?: string;
  /**
   * The presets the figure's numbers are computed with (e.g. `() => [defaultChinchillaFit, hoffmann2022]`).
   * defineModel appends them, named from the presets themselves, to the caption and the description:
   * never type a fit's name into a caption by hand.
   */
  constants: (params: Params<P>) => readonly UsesConstants[];
}

const FIGURE = Symbol.for("scaling-laws-computed.figure");

/** A figure file's default export: the spec, marked so the model's folder can tell figures from helpers. */
export type FigureModule<P extends string, R extends Row = Row> = FigureSpec<P, R> & { readonly [FIGURE]: true };

/**
 * Declare one figure (the default export of `src/models/<model>/<figure>.ts`). The rows' type `R`
 * is checked here and kept on the export (a test importing the figure file reads typed rows); the
 * model holds every figure at the common `Row` type, widened in one place, {@link figuresIn}.
 */
export function defineFigure<P extends string, R extends Row = Row>(spec: FigureSpec<P, R>): FigureModule<P, R> {
  return Object.freeze({ ...spec, [FIGURE]: true as const });
}

const isFigure = (value: unknown): value is FigureModule<string> => typeof value === "object" && value !== null && FIGURE in value;

/**
 * The figures of a model's folder, by file name, from the model's
 * `import.meta.glob(["./*.ts", "!./index.ts"], { eager: true })`: every file whose default export
 * is a figure (`defineFigure`) is one, named by its file; files without a default export are the
 * model's helpers. Adding a figure is adding a file.
 */
export function figuresIn<P extends string>(model: string, files: Record<string, { default?: unknown }>): Record<string, FigureSpec<P>> {
  const out: Record<string, FigureSpec<P>> = {};
  for (const [path, mod] of Object.entries(files).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const name = path.replace(/^.*\/|\.ts$/g, "");
    if (mod.default === undefined) continue;
    if (!isFigure(mod.default))
      fail(
        model,
        `src/models/${model}/${name}.ts has a default export that is not a figure: export default defineFigure<P, Row>({...}), or export helpers by name`,
      );
    out[name] = mod.default as unknown as FigureSpec<P>;
  }
  return out;
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

/**
 * A value (or a parameter shown as one) at `params`, its format, and the parameters its
 * computation read: a parameter shown as a value reads itself. Models are pure, so these are what
 * the value depends on at that state. The page marks each value with them, so a change made
 * before the browser has loaded the model can mark at once what will be recomputed (issue 16).
 */
export function valueAt(model: Model, name: string, params: Params): { number: number; format: FormatSpec; reads: string[] } {
  const value = Object.hasOwn(model.values, name) ? model.values[name] : undefined;
  if (!value) return { number: params[name] ?? Number.NaN, format: model.params[name]!.format, reads: [name] };
  const reads = new Set<string>();
  const tracked = new Proxy(params, {
    get(target, key) {
      if (typeof key === "string" && Object.hasOwn(target, key)) reads.add(key);
      return Reflect.get(target, key);
    },
  });
  return { number: value.compute(tracked), format: value.format, reads: [...reads] };
}

const PARAM_NAME = /^[a-z][a-zA-Z0-9]*$/;
const FIGURE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function fail(model: string, message: string): never {
  throw new Error(`[model ${model}] ${message}`);
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
      if (!paramNames.includes(used))
        fail(spec.name, `figure "${name}" uses unknown parameter "${used}"; did you mean "${closestNames(used, paramNames)[0]}"?`);
    }
  }
  const defaults = Object.fromEntries(paramNames.map((n) => [n, spec.params[n].default])) as Params<P>;
  const figures = Object.fromEntries(Object.entries(spec.figures).map(([name, f]) => [name, withConstants(f as FigureSpec<P>)])) as Record<
    string,
    FigureSpec<P>
  >;
  return Object.freeze({ ...spec, figures, paramNames, defaults });
}

/** The figure with its constants named at the end of its caption and description (see FigureSpec.constants). */
function withConstants<P extends string>(f: FigureSpec<P>): FigureSpec<P> {
  const used = f.constants;
  const caption = f.caption;
  return {
    ...f,
    caption: (p) => [typeof caption === "function" ? caption(p) : caption, constantsCaption(used(p))].filter(Boolean).join(" "),
    describe: (rows, p) => [f.describe(rows, p), constantsDescription(used(p))].filter(Boolean).join(" "),
  };
}

/** Validate a state against a model: unknown names and out-of-range values are reported, not used. */
export function checkState<P extends string>(model: Model<P>, state: Record<string, number>): { params: Params<P>; problems: string[] } {
  const problems: string[] = [];
  const params: Record<string, number> = { ...model.defaults };
  for (const [name, value] of Object.entries(state)) {
    const spec = Object.hasOwn(model.params, name) ? model.params[name as P] : undefined;
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
