/** The essays as the build sees them, read from content/essays frontmatter (no Astro runtime): src/render/essay-files.ts. */
import { publishedModels, readEssays, type EssayMeta } from "../../src/render/essay-files.ts";

export type { EssayMeta };

/**
 * Names of the models a published essay uses. A draft essay's model is in src/models (so its
 * author can build and test it) but its figures are not published: tests that walk the models
 * registry for published output walk these.
 */
export async function publishedModelNames(): Promise<Set<string>> {
  return publishedModels(readEssays());
}

/** The published (non-draft) essays. */
export async function getCollection(): Promise<EssayMeta[]> {
  return readEssays().filter((e) => !e.draft);
}
