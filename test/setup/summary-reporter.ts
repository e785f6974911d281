/**
 * Prints, after the run, how many tests each project (unit, build, browser) executed, and one
 * plain closing line "N passed, N failed, N skipped" that CI reads.
 */
import type { Reporter, TestModule } from "vitest/node";

export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>) {
    const byProject = new Map<string, { passed: number; failed: number; skipped: number }>();
    for (const m of modules) {
      const name = m.project.name || "default";
      const counts = byProject.get(name) ?? { passed: 0, failed: 0, skipped: 0 };
      for (const t of m.children.allTests()) {
        const state = t.result().state;
        if (state === "passed") counts.passed++;
        else if (state === "failed") counts.failed++;
        else counts.skipped++;
      }
      byProject.set(name, counts);
    }
    const total = { passed: 0, failed: 0, skipped: 0 };
    console.log("\nTests by project:");
    for (const name of ["unit", "build", "browser", ...[...byProject.keys()].filter((n) => !["unit", "build", "browser"].includes(n))]) {
      const c = byProject.get(name);
      if (!c) {
        console.log(`  ${name}: not run`);
        continue;
      }
      console.log(`  ${name}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`);
      total.passed += c.passed;
      total.failed += c.failed;
      total.skipped += c.skipped;
    }
    const line = `${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`;
    console.log(line);
    // Repeat it as the very last line of the run (after the coverage table) for CI logs.
    process.once("exit", () => console.log(line));
  }
}
