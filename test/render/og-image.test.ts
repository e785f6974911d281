import { describe, expect, it } from "vitest";
import { findOgFont, ogCardSvg, wrapText } from "../../src/render/og-image.ts";

describe("social-card images", () => {
  it("wraps a title by words into at most n lines, ellipsising the last", () => {
    expect(wrapText("one two three four", 9, 3)).toEqual(["one two", "three", "four"]);
    expect(wrapText("one two three four five six", 9, 2)).toEqual(["one two", "three…"]);
    expect(wrapText("short", 40, 2)).toEqual(["short"]);
  });

  it("fails the build with what to install when no font is found", () => {
    // No candidate files and no fontconfig on an empty PATH.
    expect(() => findOgFont({ PATH: "" }, [])).toThrow(/no font found .*fonts-dejavu-core.*OG_FONT/);
    expect(() => findOgFont({ OG_FONT: "/nonexistent/font.ttf" })).toThrow(/OG_FONT=\/nonexistent\/font.ttf does not exist/);
  });

  it("nests the figure file in the card, escaping the title", () => {
    const figure = '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 380" width="640" height="380"><rect fill="#0b5fa5"/></svg>';
    const svg = ogCardSvg({ title: "A < B & C", figureSvg: figure }, "DejaVu Sans");
    expect(svg).toContain("A &lt; B &amp; C");
    expect(svg).not.toContain("<?xml");
    expect(svg).toMatch(
      /<svg x="56" y="\d+(\.\d+)?" width="1088" height="\d+(\.\d+)?" preserveAspectRatio="xMidYMid meet" xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 640 380">/,
    );
  });
});
