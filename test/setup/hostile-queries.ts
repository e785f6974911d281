/**
 * Generators of hostile query strings for URL-state fuzzing (Node, 10,000 cases) and for the
 * browser fuzz (≈25 per essay): script payloads, huge and tiny numbers, NaN, Infinity, unicode,
 * repeated keys, very long values, unknown keys, malformed versions, broken escapes.
 */
import fc from "fast-check";

export function hostileQueries(knownNames: readonly string[], VERSION: string): fc.Arbitrary<string> {
  const payloads = [
    "<img src=x onerror=alert(1)>",
    "<script>alert(1)</script>",
    '"><svg onload=alert(1)>',
    "javascript:alert(1)",
    "${alert(1)}",
    "{{constructor.constructor('alert(1)')()}}",
    "');alert(1);//",
  ];
  const numberTexts = fc.oneof(
    fc.double().map(String), // includes NaN, Infinity, -0, subnormals, 1.7976931348623157e+308
    fc.double({ min: -1e12, max: 1e12, noNaN: true }).map((x) => x.toPrecision(1 + Math.floor(Math.abs(x) % 9))),
    fc.integer({ min: -400, max: 400 }).map((e) => `1e${e}`),
    fc.constantFrom(
      "NaN",
      "Infinity",
      "-Infinity",
      "+Infinity",
      "1e308",
      "1e309",
      "-1e309",
      "5e-324",
      "1e-400",
      "0",
      "-0",
      "0x1F",
      "0b11",
      "1_000",
      "٣",
      "１０",
      "10",
      "1.5",
      "1000",
      "1e3",
    ),
    fc.constantFrom("70B", "1.4T", "300k", "3e5", "7e10", "1,000", "0.1%", "7 × 10¹⁰", "7x10^10", "−3", "98×", "1.2G", "40M"),
  );
  const values = fc.oneof(
    { weight: 5, arbitrary: numberTexts },
    { weight: 2, arbitrary: fc.constantFrom(...payloads) },
    { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
    { weight: 1, arbitrary: fc.tuple(numberTexts, fc.integer({ min: 30, max: 6000 })).map(([n, len]) => n.padStart(len, "0")) },
    { weight: 1, arbitrary: fc.integer({ min: 33, max: 6000 }).map((n) => "9".repeat(n)) },
    { weight: 1, arbitrary: fc.constant("") },
  );
  const keys = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...knownNames) },
    { weight: 1, arbitrary: fc.constant("v") },
    {
      weight: 1,
      arbitrary: fc.constantFrom("__proto__", "constructor", "toString", "hasOwnProperty", "prototype", "", "modelscale", "MODELSCALE", "model Scale"),
    },
    { weight: 1, arbitrary: fc.constantFrom(...payloads) },
    { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }) },
    { weight: 1, arbitrary: fc.string({ unit: "binary", minLength: 41, maxLength: 300 }) },
  );
  const versions = fc.oneof(
    fc.constantFrom(
      "0.1.0",
      VERSION,
      "0.0.1",
      "0.1.0+abc1234",
      "999.999.999",
      "1.0",
      "1.0.0.0",
      "v0.1.0",
      "0.1.0+",
      "0.1.0+<script>",
      "-1.0.0",
      "NaN.NaN.NaN",
      `0.1.0+${"a".repeat(41)}`,
    ),
    fc.tuple(fc.nat(20), fc.nat(20), fc.nat(20)).map(([a, b, c]) => `${a}.${b}.${c}`),
    fc.string({ unit: "grapheme", maxLength: 20 }),
  );
  const pairs = fc.array(fc.oneof({ weight: 8, arbitrary: fc.tuple(keys, values) }, { weight: 1, arbitrary: fc.tuple(fc.constant("v"), versions) }), {
    maxLength: 12,
  });
  /** Encode pairs properly, or raw (unescaped &, =, %, #, +), or with broken percent escapes, or as 100 repeats. */
  const queries = fc.oneof(
    { weight: 4, arbitrary: pairs.map((ps) => `?${new URLSearchParams(ps).toString()}`) },
    { weight: 2, arbitrary: pairs.map((ps) => `?${ps.map(([k, v]) => `${k}=${v}`).join("&")}`) },
    {
      weight: 1,
      arbitrary: pairs.map((ps) => ps.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`.replace(/%[0-9A-F]{2}$/, "%E0%A4%A")).join("&")),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(...knownNames), values, fc.integer({ min: 2, max: 100 }))
        .map(([k, v, n]) => `?${`${k}=${encodeURIComponent(v)}&`.repeat(n)}`),
    },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 200 }) },
    { weight: 1, arbitrary: fc.integer({ min: 4000, max: 20_000 }).map((n) => `?${knownNames[0]}=${"1".repeat(n)}`) },
  );
  return queries;
}
