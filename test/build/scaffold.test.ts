/**
 * A scaffolded essay passes the tests unchanged: copy the repository's tracked files into a
 * temporary folder (node_modules linked), run `npm run new:essay -- data-wall` there, then run the
 * unit tests that read every model and essay (URL state, permalinks, models, default fit,
 * constants, quotations, snapshots, zones). The scaffold's own unit test runs in an empty folder,
 * so only this one sees the scaffold inside the real tree.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import { models } from "../../src/models/index.ts";
import { cloneTree } from "../setup/clone.ts";

let clone = "";

beforeAll(() => {
  clone = cloneTree("slc-scaffold-");
  execFileSync(process.execPath, ["scripts/new-essay.mjs", "data-wall"], { cwd: clone, stdio: "pipe" });
}, 120_000);
afterAll(() => rmSync(clone, { recursive: true, force: true }));

describe("npm run new:essay in the real tree", () => {
  it("leaves the unit tests that read every model and essay passing", () => {
    const tests = ["test/islands", "test/render", "test/models", "test/content", "test/zones.test.ts"];
    const r = spawnSync(process.execPath, ["node_modules/vitest/vitest.mjs", "run", "--config", "test/vitest.config.ts", "--project", "unit", ...tests], {
      cwd: clone,
      encoding: "utf8",
      // Not CI: the new figure's snapshot is written (as a newcomer's first run would), not demanded.
      env: { ...process.env, CI: "", NO_COLOR: "1", FORCE_COLOR: "0" },
      maxBuffer: 64 * 1024 * 1024,
      timeout: 600_000,
    });
    const out = `${r.stdout}\n${r.stderr}`;
    expect(existsSync(join(clone, "src/models/data-wall/index.ts")), "the scaffold wrote its model").toBe(true);
    expect(existsSync(join(clone, "src/models/data-wall/optimal-size.ts")), "the scaffold wrote its figure as a file of its own").toBe(true);
    const specs = Number(/× (\d+) model page specs/.exec(out)?.[1]);
    expect(specs, "the tests ran with the scaffolded model as well as the real ones").toBe(Object.keys(models).length + 1);
    expect(r.status, out.slice(-4000)).toBe(0);
  }, 650_000);
});
