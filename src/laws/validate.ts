/**
 * Boundary validation for the law module. Every public function checks its input once with
 * these helpers and then trusts it; every error reads `invalid <name>: <value> (<constraint>)`
 * so a page can show it beside the control that produced it.
 */

/** Render a bad value for an error message without ever throwing while doing so. */
function show(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return `array(${value.length})`;
  if (typeof value === "function") return "function";
  return "object";
}

/**
 * Builds the error every law throws: `invalid <name>: <value> (<constraint>)`. A `TypeError` when
 * the value has the wrong type, otherwise a `RangeError`. Never throws while formatting the value.
 * Source: this site (no published law).
 * @param name the argument's name as the caller wrote it (e.g. `params`).
 * @param value the offending value.
 * @param constraint what a valid value looks like (e.g. `must be a finite number > 0`).
 * @param type throw a `TypeError` instead of a `RangeError`.
 * @returns the error (the caller throws it).
 */
export function invalid(name: string, value: unknown, constraint: string, type = false): Error {
  const message = `invalid ${name}: ${show(value)} (${constraint})`;
  return type ? new TypeError(message) : new RangeError(message);
}

/**
 * Check that `value` is a finite number.
 * @returns the value, typed as a number.
 * @throws {TypeError} if it is not a number; {RangeError} if it is NaN or ±Infinity.
 */
export function finite(name: string, value: unknown): number {
  const constraint = "must be a finite number";
  if (typeof value !== "number") throw invalid(name, value, constraint, true);
  if (!Number.isFinite(value)) throw invalid(name, value, constraint);
  return value;
}

/**
 * Check that `value` is a finite number > 0 (a count, a FLOP budget, a constant of a law).
 * @throws {TypeError} if it is not a number; {RangeError} otherwise.
 */
export function positive(name: string, value: unknown): number {
  const constraint = "must be a finite number > 0";
  if (typeof value !== "number") throw invalid(name, value, constraint, true);
  if (!Number.isFinite(value) || value <= 0) throw invalid(name, value, constraint);
  return value;
}

/**
 * Check that `value` is a finite number ≥ 0 (a price that may be zero).
 * @throws {TypeError} if it is not a number; {RangeError} otherwise.
 */
export function nonNegative(name: string, value: unknown): number {
  const constraint = "must be a finite number ≥ 0";
  if (typeof value !== "number") throw invalid(name, value, constraint, true);
  if (!Number.isFinite(value) || value < 0) throw invalid(name, value, constraint);
  return value;
}

/**
 * Check that `value` is an integer in [min, max].
 * @throws {TypeError} if it is not a number; {RangeError} otherwise.
 */
export function integer(name: string, value: unknown, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const constraint = `must be an integer in [${min}, ${max}]`;
  if (typeof value !== "number") throw invalid(name, value, constraint, true);
  if (!Number.isInteger(value) || value < min || value > max) throw invalid(name, value, constraint);
  return value;
}

/**
 * Check that `value` is one of `allowed`.
 * @throws {RangeError} otherwise.
 */
export function oneOf<T extends string>(name: string, value: unknown, allowed: readonly T[]): T {
  if (!allowed.includes(value as T)) throw invalid(name, value, `must be one of ${allowed.map((a) => `"${a}"`).join(", ")}`);
  return value as T;
}

/**
 * Check that `value` is a plain object whose keys are all in `allowed` (an unknown key is
 * almost always a misspelt option, which would otherwise be silently ignored).
 * @returns the object, typed as a record.
 * @throws {TypeError} if it is not an object or has an unknown key.
 */
export function record(name: string, value: unknown, allowed: readonly string[]): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw invalid(name, value, "must be an object", true);
  }
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) {
      throw invalid(`${name}.${key}`, (value as Record<string, unknown>)[key], `unknown field; expected one of ${allowed.join(", ")}`, true);
    }
  }
  return value as Record<string, unknown>;
}

/** How each numeric field of a preset is checked. */
export type FieldCheck = "positive" | "finite" | "nonNegative";

const checked = new WeakSet<object>();

/**
 * Check a preset (a law's constants): an object with exactly the numeric fields in `fields`,
 * each passing its check, plus optional `source` and any `extra` fields. Frozen presets are
 * checked once and remembered, so the published presets cost nothing on later calls.
 * @throws {TypeError} for a non-object, a missing or non-numeric field or an unknown field;
 * {RangeError} for a numeric field out of its range.
 */
export function preset<T>(name: string, value: unknown, fields: Readonly<Record<string, FieldCheck>>, extra: readonly string[] = []): T {
  if (typeof value === "object" && value !== null && checked.has(value)) return value as T;
  const keys = Object.keys(fields);
  const object = record(name, value, [...keys, "source", ...extra]);
  for (const key of keys) {
    const check = fields[key];
    const field = `${name}.${key}`;
    if (check === "positive") positive(field, object[key]);
    else if (check === "nonNegative") nonNegative(field, object[key]);
    else finite(field, object[key]);
  }
  if (Object.isFrozen(value)) checked.add(value as object);
  return value as T;
}
