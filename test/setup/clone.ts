/**
 * A temporary copy of the repository's tracked (and untracked, not ignored) files with
 * node_modules linked, for tests that change the tree the way a contributor would (scaffold an
 * essay, add a figure file) and then run the real tools in it.
 */
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";

export const repoRoot = resolve(import.meta.dirname, "../..");

/** Copy the working tree into a new temporary folder; returns its path (the caller removes it). */
export function cloneTree(prefix: string): string {
  const clone = mkdtempSync(join(tmpdir(), prefix));
  const files = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: repoRoot, encoding: "utf8" })
    .split("\0")
    .filter(Boolean);
  for (const f of files) {
    if (!existsSync(join(repoRoot, f))) continue; // deleted in the working tree
    mkdirSync(dirname(join(clone, f)), { recursive: true });
    cpSync(join(repoRoot, f), join(clone, f));
  }
  symlinkSync(join(repoRoot, "node_modules"), join(clone, "node_modules"), "dir");
  return clone;
}
