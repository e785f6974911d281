// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import { unified } from "@astrojs/markdown-remark";
import remarkMath from "remark-math";
import rehypeKatex from "rehype-katex";
import rehypeScrollable from "./src/render/rehype-scrollable.ts";
import { KATEX_OPTIONS } from "./src/render/math.ts";

import { siteUrlFromEnv } from "./src/lib/site-url.ts";
import { plotStyleHashes, scriptHash } from "./src/render/csp.ts";
import { pagefindIndex } from "./src/render/pagefind.ts";
import { headersIntegration } from "./src/render/headers.ts";
import { THEME_SCRIPT } from "./src/lib/theme-script.ts";

// The canonical origin (SITE_URL) that permalinks and citations are built on, and an optional
// sub-path (BASE_PATH, e.g. "/scaling-laws/") for hosts that serve the site below the root.
const { site, base } = siteUrlFromEnv(process.env);

export default defineConfig({
  site,
  base,
  trailingSlash: "always",
  // The headers file is written last, from the finished dist/ (Pagefind's files included).
  integrations: [mdx(), pagefindIndex(), headersIntegration()],
  markdown: {
    // Astro 7's default engine ignores remark/rehype plugins; the unified processor runs them,
    // and MDX inherits it. KaTeX renders at build: no math runs in the browser.
    processor: unified({
      remarkPlugins: [remarkMath],
      rehypePlugins: [[rehypeKatex, { ...KATEX_OPTIONS, strict: "error", throwOnError: true }], rehypeScrollable],
    }),
    syntaxHighlight: false,
  },
  // Component styles go to files (allowed by 'self') rather than inline <style> needing hashes.
  build: { format: "directory", inlineStylesheets: "never" },
  // Every script is hashed by Astro; no inline script runs without its hash. KaTeX and Plot set
  // inline `style` attributes (allowed for attributes only); Plot's <style> elements are allowed
  // by hash. Pagefind compiles WebAssembly. Nothing may load from another origin.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      styleDirective: {
        resources: [
          { resource: "'self'", kind: "element" },
          { resource: "'unsafe-inline'", kind: "attribute" },
        ],
        hashes: plotStyleHashes().map((hash) => ({ hash, kind: "element" })),
      },
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [scriptHash(THEME_SCRIPT)] },
    },
  },
  devToolbar: { enabled: false },
  server: { port: 4321, host: "127.0.0.1" },
  vite: {
    build: {
      // Never inline assets as data: URLs (KaTeX's small fonts would need font-src data:).
      assetsInlineLimit: 0,
      // NO_MINIFY=1: readable function names in CPU profiles (bench/profile.mjs).
      ...(process.env.NO_MINIFY ? { minify: false } : {}),
      rollupOptions: {
        // Astro's own MDX modules carry a "use astro:head-inject" directive that the bundler
        // reports as unpreserved; it is Astro's marker, handled before bundling. Other warnings pass.
        onwarn(warning, warn) {
          if (warning.code === "MODULE_LEVEL_DIRECTIVE" && String(warning.message).includes("astro:head-inject")) return;
          warn(warning);
        },
      },
    },
  },
});
