import { describe, expect, it } from "vitest";
import { frontmatterFields, isoDayProblem } from "../../src/lib/iso-date.ts";

describe("isoDayProblem", () => {
  it("accepts real YYYY-MM-DD days, leap days included", () => {
    for (const day of ["2026-11-26", "2024-02-29", "2000-02-29", "1999-12-31", "2026-01-01"]) expect(isoDayProblem(day), day).toBeUndefined();
  });
  it("names what is wrong with impossible or non-ISO dates", () => {
    expect(isoDayProblem("2026-26-11")).toBe('"2026-26-11" has month 26; months run 01–12');
    expect(isoDayProblem("2026-02-29")).toBe('"2026-02-29" has day 29; 2026-02 has 28 days');
    expect(isoDayProblem("1900-02-29")).toMatch(/has 28 days/);
    expect(isoDayProblem("2026-04-31")).toMatch(/has 30 days/);
    expect(isoDayProblem("2026-00-10")).toMatch(/month 0/);
    for (const text of ["26/11/2026", "11/26/2026", "2026-1-5", "2026-11-26T00:00:00Z", "Nov 26 2026", ""])
      expect(isoDayProblem(text), text).toMatch(/not written YYYY-MM-DD/);
  });
});

describe("frontmatterFields", () => {
  it("reads top-level fields as written, without quotes or comments", () => {
    const text = '---\ntitle: "x"\npublished: 2026-26-11 # typo\nupdated: "2026-11-30"\nnested:\n  published: 1999-01-01\n---\nbody\npublished: 2000-01-01\n';
    expect(frontmatterFields(text, ["published", "updated"])).toEqual({ published: "2026-26-11", updated: "2026-11-30" });
  });
});
