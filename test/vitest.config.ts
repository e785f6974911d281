import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL("..", import.meta.url));

// Three projects: `unit` (pure code in Node), `build` (builds the site once and reads the
// HTML), `browser` (drives a system Chromium against the served build). The build is made once
// by the global setup and shared by the last two through `inject("distDir")`.
export default defineConfig({
  root,
  test: {
    globalSetup: ["test/setup/global.ts"],
    reporters: ["default", "./test/setup/summary-reporter.ts"],
    projects: [
      {
        test: {
          name: "unit",
          include: ["test/**/*.test.ts"],
          exclude: ["test/build/**", "test/browser/**", "node_modules/**"],
          environment: "node",
        },
      },
      {
        test: {
          name: "build",
          include: ["test/build/**/*.test.ts"],
          testTimeout: 120_000,
        },
      },
      {
        test: {
          name: "browser",
          include: ["test/browser/**/*.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
    coverage: {
      provider: "v8",
      include: ["src/laws/**/*.ts"],
      reporter: ["text-summary", "text"],
      thresholds: { lines: 95 },
    },
  },
});
