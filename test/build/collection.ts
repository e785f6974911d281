/** The essays as the build sees them, read from content/essays frontmatter (no Astro runtime). */
import { readFileSync, readdirSync } from "node:fs";

export interface EssayMeta {
  id: string;
  title: string;
  summary: string;
  published: string;
  model?: string;
  sources: string[];
  draft: boolean;
  body: string;
}

function field(front: string, key: string): string | undefined {
  const m = new RegExp(`^${key}:\\s*(.+)$`, "m").exec(front);
  if (!m) return undefined;
  const raw = m[1]!.trim();
  return raw.startsWith('"') ? JSON.parse(raw) : raw.replace(/^'(.*)'$/, "$1");
}

/**
 * Names of the models a published essay uses. A draft essay's model is in src/models (so its
 * author can build and test it) but its figures are not published: tests that walk the models
 * registry for published output walk these.
 */
export async function publishedModelNames(): Promise<Set<string>> {
  return new Set((await getCollection()).flatMap((e) => (e.model ? [e.model] : [])));
}

export async function getCollection(): Promise<EssayMeta[]> {
  const dir = new URL("../../content/essays/", import.meta.url);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".mdx"))
    .map((f) => {
      const text = readFileSync(new URL(f, dir), "utf8");
      const [, front = "", body = ""] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
      const sources = JSON.parse(field(front, "sources")?.replace(/'/g, '"') ?? "[]") as string[];
      const model = field(front, "model");
      return {
        id: f.replace(/\.mdx$/, ""),
        title: field(front, "title") ?? "",
        summary: field(front, "summary") ?? "",
        published: field(front, "published") ?? "",
        ...(model ? { model } : {}),
        sources,
        draft: field(front, "draft") === "true",
        body,
      };
    })
    .filter((e) => !e.draft);
}
