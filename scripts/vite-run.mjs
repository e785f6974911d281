// Runs a TypeScript script through Vite's module runner, so it loads models exactly as the site's
// build does (import.meta.glob, ?raw imports, TypeScript) without a build step:
//   node scripts/vite-run.mjs scripts/figure.ts <args…>
// The script must export `main(argv: string[])`.
import { runnerImport } from "vite";

const [script, ...argv] = process.argv.slice(2);
if (!script) {
  console.error("usage: node scripts/vite-run.mjs <script.ts> [args…]");
  process.exit(2);
}
const root = new URL("..", import.meta.url).pathname;
const { module } = await runnerImport(`/${script.replace(/^\.?\//, "")}`, {
  root,
  configFile: false,
  logLevel: "error",
  server: { hmr: false, ws: false },
});
await module.main(argv);
