#!/usr/bin/env node
// Keep every released version readable: build each `v*` git tag (one per package version) into
// `<out>/v/<version>/`, with the base path that puts it there, so a citation made with version X
// can be read as it was at /v/X/ after later corrections. Run after `npm run build` (the live site
// in <out>); the older-version banner on the live site links into these folders.
//
//   npm run build:archive [-- --out dist] [--repo .] [--tags v0.1.0,v0.2.0]
//
// SITE_URL and BASE_PATH are read as for the live build (the archive sits below BASE_PATH).
// Each tag's files come from `git archive` into a temporary folder; its dependencies are linked
// from this checkout's node_modules when its package-lock.json is the same, and installed with
// `npm ci` otherwise. Each archived build's _headers rules are added to <out>/_headers (hosts
// read only that one). A tag that does not build stops the script with its output.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const here = resolve(new URL("..", import.meta.url).pathname);
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] !== undefined ? args[at + 1] : fallback;
};
const repo = resolve(option("repo", "."));
const out = resolve(option("out", "dist"));
const git = (...a) => execFileSync("git", ["-C", repo, ...a], { encoding: "utf8" }).trim();

const base = (() => {
  const b = process.env.BASE_PATH ?? "/";
  return b.endsWith("/") ? b : `${b}/`;
})();
const tags = (option("tags", "") ? option("tags", "").split(",") : git("tag", "--list", "v*").split("\n"))
  .map((t) => t.trim())
  .filter((t) => /^v\d+\.\d+\.\d+$/.test(t));

if (!tags.length) {
  console.log("build:archive: no release tags (v<major>.<minor>.<patch>); nothing to archive");
  process.exit(0);
}
mkdirSync(out, { recursive: true });
const ourLock = existsSync(join(here, "package-lock.json")) ? readFileSync(join(here, "package-lock.json"), "utf8") : "";

/** Link each package of this checkout's node_modules (not its caches: builds must not share them). */
function linkModules(dir) {
  mkdirSync(join(dir, "node_modules"));
  for (const name of readdirSync(join(here, "node_modules"))) {
    if (name === ".astro" || name === ".vite" || name === ".cache") continue;
    symlinkSync(join(here, "node_modules", name), join(dir, "node_modules", name));
  }
}

const archived = [];
for (const tag of tags) {
  const version = tag.slice(1);
  const target = join(out, "v", version);
  const work = mkdtempSync(join(tmpdir(), `slc-archive-${version}-`));
  try {
    // The tag's tree, without .git (its commit goes in SITE_COMMIT).
    const tar = spawnSync("git", ["-C", repo, "archive", "--format=tar", tag], { maxBuffer: 1024 * 1024 * 1024 });
    if (tar.status !== 0) throw new Error(`git archive ${tag} failed: ${tar.stderr}`);
    const untar = spawnSync("tar", ["-x", "-C", work], { input: tar.stdout });
    if (untar.status !== 0) throw new Error(`tar -x for ${tag} failed: ${untar.stderr}`);
    const lock = existsSync(join(work, "package-lock.json")) ? readFileSync(join(work, "package-lock.json"), "utf8") : "";
    if (lock && lock === ourLock) linkModules(work);
    else {
      console.log(`build:archive: ${tag} has other dependencies; npm ci`);
      const ci = spawnSync("npm", ["ci", "--no-audit", "--no-fund"], { cwd: work, stdio: "inherit" });
      if (ci.status !== 0) throw new Error(`npm ci for ${tag} failed`);
    }
    rmSync(target, { recursive: true, force: true });
    mkdirSync(target, { recursive: true });
    const started = Date.now();
    const { BASE_URL: _b, MODE: _m, DEV: _d, PROD: _p, SSR: _s, ...env } = process.env;
    const build = spawnSync(process.execPath, ["node_modules/astro/bin/astro.mjs", "build", "--outDir", target], {
      cwd: work,
      encoding: "utf8",
      env: {
        ...env,
        BASE_PATH: `${base}v/${version}/`,
        SITE_COMMIT: git("rev-parse", "--short=7", `${tag}^{commit}`),
        ASTRO_TELEMETRY_DISABLED: "1",
        NO_COLOR: "1",
        FORCE_COLOR: "0",
      },
      maxBuffer: 256 * 1024 * 1024,
    });
    if (build.status !== 0) throw new Error(`${tag} did not build:\n${`${build.stdout}\n${build.stderr}`.slice(-4000)}`);
    console.log(`build:archive: ${tag} → ${target} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    archived.push(version);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

// One headers file for the host: the live site's rules, then each archive's, without the
// archive's site-wide rule (the live `${base}*` rule already covers /v/…).
const headersFile = join(out, "_headers");
const headers = existsSync(headersFile) ? readFileSync(headersFile, "utf8").replace(/\n# Archived versions[\s\S]*$/, "\n") : "";
const blocks = [];
for (const version of archived) {
  const file = join(out, "v", version, "_headers");
  if (!existsSync(file)) continue;
  const rules = readFileSync(file, "utf8")
    .split(/\n(?=\/)/)
    .filter((block) => block.startsWith("/"))
    .filter((block) => !(headers && block.startsWith(`${base}v/${version}/*\n`)));
  blocks.push(`# ${version}`, ...rules.map((r) => r.trimEnd()), "");
  rmSync(file);
}
if (blocks.length) writeFileSync(headersFile, `${headers.trimEnd()}\n\n# Archived versions (scripts/build-archive.mjs)\n${blocks.join("\n")}`);
// The list the older-version banner reads (every archive present, from this run or an earlier one).
const present = existsSync(join(out, "v"))
  ? readdirSync(join(out, "v")).filter((v) => /^\d+\.\d+\.\d+$/.test(v) && existsSync(join(out, "v", v, "index.html")))
  : [];
const listFile = join(out, "versions.json");
const list = existsSync(listFile) ? JSON.parse(readFileSync(listFile, "utf8")) : {};
writeFileSync(listFile, `${JSON.stringify({ ...list, archived: present.sort((a, b) => a.localeCompare(b, "en", { numeric: true })) }, null, 2)}\n`);
console.log(`build:archive: ${archived.length} version(s) under ${join(out, "v")}: ${archived.join(", ")}`);
