/**
 * One parameter: its spec and the pure helpers a control needs (step, drag, format, aria text).
 * Kept apart from defineModel so the eager browser island imports only this.
 */
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

/**
 * A number as ARIA wants it (aria-valuenow/min/max): plain decimal digits, never "5.76e+23",
 * which validators reject. Round-trips exactly through Number().
 */
export function ariaNumber(x: number): string {
  const text = String(x);
  // JavaScript's shortest round-trip digits, written out without the exponent. (Not with
  // Intl.NumberFormat: the page's first one loads ICU's data, 50–75 ms at 4× CPU, and this runs
  // in the key handler, so the first key press would wait for it; issue 16.)
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!m) return text;
  const [, sign = "", lead = "", fraction = "", exponent = "0"] = m;
  const e = Number(exponent);
  const digits = lead + fraction;
  if (e < 0) return `${sign}0.${"0".repeat(-e - 1)}${digits}`;
  return e >= fraction.length ? `${sign}${digits}${"0".repeat(e - fraction.length)}` : `${sign}${digits.slice(0, e + 1)}.${digits.slice(e + 1)}`;
}
