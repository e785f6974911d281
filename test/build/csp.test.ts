/**
 * The Content-Security-Policy on every page: no inline script without its hash, no
 * 'unsafe-inline' or 'unsafe-eval' for scripts, every inline <style> allowed by hash, nothing
 * allowed from another origin.
 */
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { htmlPages, readPage } from "./html.ts";

function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

const sha = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

describe("Content-Security-Policy", () => {
  it.each(htmlPages().map((f) => [f]))("%s has a strict policy that allows exactly its inline code", (file) => {
    const doc = readPage(file);
    const meta = doc.querySelector('meta[http-equiv="content-security-policy"]');
    expect(meta, file).not.toBeNull();
    const policy = directives(meta!.getAttribute("content")!);
    expect(policy["default-src"]).toEqual(["'self'"]);
    expect(policy["object-src"]).toEqual(["'none'"]);
    const scriptSrc = policy["script-src"]!;
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
    for (const values of Object.values(policy)) for (const v of values) expect(v, file).not.toMatch(/^(https?:|\*)/);
    for (const script of doc.querySelectorAll("script:not([src])")) {
      const type = script.getAttribute("type");
      if (type === "application/json" || type === "application/ld+json") continue;
      expect(scriptSrc, `${file}: inline script not hashed`).toContain(sha(script.textContent ?? ""));
    }
    const styleElem = policy["style-src-elem"] ?? policy["style-src"]!;
    expect(styleElem).not.toContain("'unsafe-inline'");
    for (const style of doc.querySelectorAll("style")) expect(styleElem, `${file}: <style> not hashed`).toContain(sha(style.textContent ?? ""));
  });
});
