// Runs scripts/figure.ts through Vite's module runner, so models load exactly as in the site's
// build (import.meta.glob, ?raw imports, TypeScript) without a build step.
import { runnerImport } from "vite";

const root = new URL("..", import.meta.url).pathname;
const { module } = await runnerImport("/scripts/figure.ts", {
  root,
  configFile: false,
  logLevel: "error",
  server: { hmr: false, ws: false },
});
await module.main(process.argv.slice(2));
