/**
 * The one number formatter: prose, aria text, axes, tables, downloads and the browser all call
 * it, so a number reads the same everywhere and the server text equals the client text.
 * Counts get k / M / B / T suffixes (never SI "G"); very large or small numbers use scientific
 * notation with superscript exponents ("5.76 × 10²³").
 */

export type FormatKind =
  | "count" //   70B, 1.4T, 300k, 12
  | "sci" //     5.76 × 10²³
  | "fixed" //   1.69 (digits = decimals)
  | "sig" //     0.0762, 3.14 (digits = significant)
  | "multiple" // 98×, 1,240×, 3.1 × 10⁶×
  | "percent" // 0.086% (input is a fraction)
  | "choice"; // a named option: labels[round(x)] ("refit", "printed")

export interface FormatSpec {
  kind: FormatKind;
  /** Significant digits (decimals for "fixed"). */
  digits?: number;
  /** For "choice": the name of option 0, 1, … (a parameter with min 0, max labels.length − 1, step 1). */
  labels?: readonly string[];
}

const SUPERSCRIPT: Record<string, string> = {
  "-": "⁻",
  "0": "⁰",
  "1": "¹",
  "2": "²",
  "3": "³",
  "4": "⁴",
  "5": "⁵",
  "6": "⁶",
  "7": "⁷",
  "8": "⁸",
  "9": "⁹",
};
const SUFFIXES: ReadonlyArray<readonly [number, string]> = [
  [1e12, "T"],
  [1e9, "B"],
  [1e6, "M"],
  [1e3, "k"],
];

export function superscript(n: number): string {
  return String(n).replace(/[-0-9]/g, (c) => SUPERSCRIPT[c] ?? c);
}

/** Round to `digits` significant digits and drop trailing zeros: (1234.5, 3) → "1230". */
function significant(x: number, digits: number): string {
  if (x === 0) return "0";
  const s = Number(x.toPrecision(digits));
  // Numbers below 1e21 print without exponent; guard tiny ones which toString puts in e-notation.
  const abs = Math.abs(s);
  if (abs !== 0 && abs < 1e-6) return s.toExponential(digits - 1);
  return String(s);
}

function group(text: string): string {
  const [int = "", frac] = text.split(".");
  const sign = int.startsWith("-") ? "−" : "";
  const digits = int.replace("-", "");
  const grouped = digits.length > 4 ? digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : digits;
  return sign + grouped + (frac ? `.${frac}` : "");
}

/**
 * "5.76 × 10²³"; a mantissa of exactly 1 is kept ("1 × 10¹²") so the magnitude stays explicit.
 * Rounds with toExponential (correctly rounded by the language spec) rather than dividing by
 * 10 ** exponent, whose last bit differs between JavaScript engines: the server text and the
 * browser text must agree.
 */
export function formatScientific(x: number, digits = 3): string {
  if (!Number.isFinite(x)) return String(x);
  if (x === 0) return "0";
  const [mantissaText = "0", exponentText = "0"] = x.toExponential(Math.max(0, digits - 1)).split("e");
  const exponent = Number(exponentText);
  const m = String(Number(mantissaText)).replace("-", "−");
  if (exponent === 0) return m;
  return `${m} × 10${superscript(exponent)}`;
}

function formatCount(x: number, digits: number): string {
  const abs = Math.abs(x);
  if (abs >= 1e15 || (abs > 0 && abs < 1e-3)) return formatScientific(x, digits);
  for (const [size, suffix] of SUFFIXES) {
    // Round first, so 999.6M at 2 digits reads "1B", not "1,000M" (or "1,000,000,000").
    const scaled = Number((x / size).toPrecision(digits));
    if (Math.abs(scaled) < 1) continue;
    if (Math.abs(scaled) >= 1000 && size !== 1e12) continue;
    return group(String(scaled)) + suffix;
  }
  return group(significant(x, digits));
}

/** x × 10^shift in scientific notation, exact in the exponent even where x·10^shift overflows. */
function formatShifted(x: number, shift: number, digits: number): string {
  const [mantissa = "0", exponent = "0"] = x.toExponential(Math.max(0, digits - 1)).split("e");
  const e = Number(exponent) + shift;
  const m = String(Number(mantissa)).replace("-", "−");
  return e === 0 ? m : `${m} × 10${superscript(e)}`;
}

export function formatNumber(x: number, spec: FormatSpec = { kind: "sig" }): string {
  if (Number.isNaN(x)) return "—";
  if (!Number.isFinite(x)) return x > 0 ? "∞" : "−∞";
  const digits = spec.digits ?? 3;
  switch (spec.kind) {
    case "choice": {
      const label = spec.labels?.[Math.round(x)];
      return label ?? group(significant(x, digits));
    }
    case "count":
      return formatCount(x, digits);
    case "sci":
      return formatScientific(x, digits);
    case "fixed":
      return Math.abs(x) >= 1e21 ? formatScientific(x, digits) : group(x.toFixed(digits));
    case "percent": {
      const p = Math.abs(x * 100);
      const big = p >= 1e4 || !Number.isFinite(p);
      const tiny = p > 0 && p < 1e-4;
      return `${big || tiny ? formatShifted(x, 2, digits) : group(significant(x * 100, digits))}%`;
    }
    case "multiple": {
      const abs = Math.abs(x);
      const body = abs >= 1e6 || (abs > 0 && abs < 1e-3) ? formatScientific(x, digits) : group(significant(x, digits));
      return `${body}×`;
    }
    default: {
      const abs = Math.abs(x);
      if (abs >= 1e6 || (abs > 0 && abs < 1e-4)) return formatScientific(x, digits);
      return group(significant(x, digits));
    }
  }
}

/** Significant digits that show a change of one `step` at `value` (log steps are factors). */
export function digitsForStep(value: number, step: number, scale: "linear" | "log"): number {
  const relative = scale === "log" ? step - 1 : step / Math.max(Math.abs(value), Number.MIN_VALUE);
  if (!(relative > 0) || !Number.isFinite(relative)) return 3;
  return Math.min(6, Math.max(1, Math.ceil(-Math.log10(relative)) + 1));
}

const SUFFIX_VALUE: Record<string, number> = { k: 1e3, K: 1e3, M: 1e6, B: 1e9, b: 1e9, G: 1e9, T: 1e12, t: 1e12 };
const FROM_SUPERSCRIPT: Record<string, string> = Object.fromEntries(Object.entries(SUPERSCRIPT).map(([k, v]) => [v, k]));

/**
 * Parse what a reader types or a URL carries: "7e10", "70B", "1.4T", "3e5", "300k", "1,000",
 * "0.1%", "7 × 10¹⁰", "7x10^10", "−3". Returns NaN for anything else (callers report it).
 */
export function parseNumber(input: string): number {
  if (typeof input !== "string" || input.length > 64) return Number.NaN;
  let text = input
    .trim()
    .replace(/[\u2212\u2013]/g, "-")
    .replace(/[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, (s) => `^${[...s].map((c) => FROM_SUPERSCRIPT[c] ?? c).join("")}`)
    .replace(/\s+/g, "")
    .replace(/,(?=\d{3}(\D|$))/g, "");
  let factor = 1;
  if (text.endsWith("%")) {
    factor = 0.01;
    text = text.slice(0, -1);
  } else if (text.endsWith("×")) {
    text = text.slice(0, -1);
  }
  const power = /^([-+]?\d*\.?\d+)(?:[x×*]10\^?([-+]?\d+))$/.exec(text);
  if (power) return Number(power[1]) * 10 ** Number(power[2]) * factor;
  const suffixed = /^([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)([kKMBbGTt])?$/.exec(text);
  if (!suffixed) return Number.NaN;
  const value = Number(suffixed[1]);
  const unit = suffixed[2] ? (SUFFIX_VALUE[suffixed[2]] ?? Number.NaN) : 1;
  return value * unit * factor;
}

/** Compact, exact-enough text for URLs and citations: 6 significant digits, no exponent below 1e21. */
export function urlNumber(x: number): string {
  return String(Number(x.toPrecision(6)));
}
