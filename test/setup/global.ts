/**
 * Global setup: when the `build` or `browser` project runs, build the site once into a temp
 * directory (so `npm test` never touches ./dist), serve it on a free loopback port, and hand
 * both to the tests through `inject("distDir")` / `inject("origin")`.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { serveDir } from "./server.ts";

declare module "vitest" {
  export interface ProvidedContext {
    distDir: string;
    origin: string;
    buildLog: string;
  }
}

export default async function setup(project: TestProject) {
  const names = project.vitest.projects.map((p) => p.name);
  if (!names.includes("build") && !names.includes("browser")) return;
  const reuse = process.env.TEST_DIST;
  const distDir = reuse ?? mkdtempSync(join(tmpdir(), "slc-dist-"));
  let buildLog = "";
  if (!reuse) {
    const started = performance.now();
    const result = spawnSync(process.execPath, ["node_modules/astro/bin/astro.mjs", "build", "--outDir", distDir], {
      encoding: "utf8",
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", FORCE_COLOR: "0", NO_COLOR: "1" },
      maxBuffer: 64 * 1024 * 1024,
    });
    buildLog = `${result.stdout}\n${result.stderr}`;
    if (result.status !== 0) throw new Error(`[setup] the site did not build:\n${buildLog.slice(-4000)}`);
    console.log(`[setup] built the site into ${distDir} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  const { origin, close } = await serveDir(distDir);
  project.provide("distDir", distDir);
  project.provide("origin", origin);
  project.provide("buildLog", buildLog);
  return async () => {
    await close();
    if (!reuse && !process.env.KEEP_TEST_DIST) rmSync(distDir, { recursive: true, force: true });
  };
}
