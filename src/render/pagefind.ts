/**
 * An Astro integration that indexes the built site with Pagefind after every build (whatever the
 * outDir), so search works in the production build `npm start` serves. Indexes the essays, the
 * laws reference and figure pages (their descriptions included); skips embeds.
 */
import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";

export function pagefindIndex(): AstroIntegration {
  return {
    name: "scaling-laws-pagefind",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const pagefind = await import("pagefind");
        const { index, errors } = await pagefind.createIndex({
          excludeSelectors: ["law-param", ".figure-tools", ".figure-data", ".site-footer", ".law-scope-bar"],
        });
        if (!index) throw new Error(`pagefind: ${errors.join("; ")}`);
        const site = fileURLToPath(dir);
        const added = await index.addDirectory({ path: site, glob: "{essays,figures,laws,notation,bibliography}/**/*.html" });
        if (added.errors.length) throw new Error(`pagefind: ${added.errors.join("; ")}`);
        const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
        if (written.errors.length) throw new Error(`pagefind: ${written.errors.join("; ")}`);
        logger.info(`indexed ${added.page_count} pages for search`);
        await pagefind.close();
      },
    },
  };
}
