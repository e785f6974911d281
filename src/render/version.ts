import { execFileSync } from "node:child_process";
import pkg from "../../package.json" with { type: "json" };

/**
 * The site version that identifies every figure and citation: package.json's semver plus the
 * short git commit of the build ("0.1.0+a1b2c3d"). Outside a git checkout the commit comes from
 * SITE_COMMIT, then "dev". The build date is reported beside it but never enters a figure file.
 */
export interface SiteVersion {
  semver: string;
  commit: string;
  /** semver+commit, the `v` in every permalink. */
  id: string;
  /** ISO date (YYYY-MM-DD) of the build; display only. */
  built: string;
}

function gitCommit(): string {
  if (process.env.SITE_COMMIT) return process.env.SITE_COMMIT.slice(0, 12);
  try {
    return execFileSync("git", ["rev-parse", "--short=7", "HEAD"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "dev";
  }
}

let cached: SiteVersion | undefined;

export function siteVersion(): SiteVersion {
  if (cached) return cached;
  const commit = gitCommit();
  const built = process.env.SOURCE_DATE_EPOCH
    ? new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000).toISOString().slice(0, 10)
    : new Date().toISOString().slice(0, 10);
  cached = { semver: pkg.version, commit, id: `${pkg.version}+${commit}`, built };
  return cached;
}
