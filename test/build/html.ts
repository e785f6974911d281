/** Helpers for reading the built site in build tests. */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { parseHTML } from "linkedom";
import { inject } from "vitest";

export const dist = () => inject("distDir");

export function readPage(path: string): Document {
  const file = join(dist(), path.replace(/^\//, ""), path.endsWith(".html") ? "" : "index.html");
  return parseHTML(readFileSync(file, "utf8")).document as unknown as Document;
}

export function readText(path: string): string {
  return readFileSync(join(dist(), path.replace(/^\//, "")), "utf8");
}

/** Every file under dist, as paths relative to it. */
export function distFiles(dir = dist()): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...distFiles(full));
    else out.push(relative(dist(), full));
  }
  return out;
}

export const htmlPages = () => distFiles().filter((f) => f.endsWith(".html"));
