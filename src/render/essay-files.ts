/**
 * The essays as the build publishes them, read from content/essays frontmatter with plain fs
 * (no Astro runtime), for the scripts (`npm run permalinks`) and the tests; the site itself
 * reads them through astro:content. Which models are published is decided in one place,
 * `publishedModels`, for both: a model is published when a non-draft essay names it (a draft
 * essay's model is in src/models so its author can build and test it, but its figures get no
 * page, file, index entry, sitemap line or permalink until the essay is published).
 */
import { readFileSync, readdirSync } from "node:fs";

/** The frontmatter fields that decide publication (astro:content's `data` has them too). */
export interface PublicationFields {
  model?: string | undefined;
  draft?: boolean | undefined;
}

/** Names of the models that the published (non-draft) essays among `essays` use. */
export function publishedModels(essays: Iterable<PublicationFields>): Set<string> {
  const out = new Set<string>();
  for (const e of essays) if (!e.draft && typeof e.model === "string" && e.model !== "") out.add(e.model);
  return out;
}

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

/** Every essay in content/essays (drafts included, marked), in file-name order. */
export function readEssays(dir: URL = new URL("../../content/essays/", import.meta.url)): EssayMeta[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".mdx"))
    .sort()
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
    });
}
