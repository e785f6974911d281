/**
 * Regenerate any figure offline from the same model code the site runs:
 *
 *   npm run figure -- <model>/<figure> [--<param>=<value> …] [--format svg|csv|json] [--out FILE]
 *   npm run figure -- --list
 *
 * The output equals the site's download for the same parameters and version (byte for byte for
 * CSV and JSON; the SVG after canonicalisation). Bad names or values exit non-zero with a message.
 */
import { writeFileSync } from "node:fs";
import { models as registry } from "../src/models/index.ts";
import type { Model } from "../src/models/define.ts";
import { checkState } from "../src/models/define.ts";
import { formatNumber, parseNumber } from "../src/lib/format.ts";
import { closestNames } from "../src/lib/closest.ts";
import { siteUrlFromEnv } from "../src/lib/site-url.ts";
import { figureFile, type FileFormat } from "../src/render/figure-file.ts";
import { siteVersion } from "../src/render/version.ts";

class UsageError extends Error {}

async function loadModels(): Promise<Record<string, Model>> {
  return registry as Record<string, Model>;
}

function list(models: Record<string, Model>): string {
  const lines: string[] = [];
  for (const model of Object.values(models)) {
    for (const [name, figure] of Object.entries(model.figures)) {
      lines.push(`${model.name}/${name}  ${figure.title}`);
      for (const p of figure.uses ?? model.paramNames) {
        const spec = model.params[p]!;
        lines.push(
          `    --${p}=<${formatNumber(spec.min, spec.format)} … ${formatNumber(spec.max, spec.format)}>  ${spec.label}${spec.unit ? ` (${spec.unit})` : ""}, default ${formatNumber(spec.default, spec.format)}`,
        );
      }
    }
  }
  return `${lines.join("\n")}\n`;
}

export async function run(argv: string[]): Promise<{ output: string; out?: string }> {
  const models = await loadModels();
  if (argv.includes("--list")) return { output: list(models) };
  const target = argv.find((a) => !a.startsWith("--"));
  if (!target) throw new UsageError("usage: npm run figure -- <model>/<figure> [--<param>=<value> …] [--format svg|csv|json] [--out FILE] (or --list)");
  const [modelName = "", figure = ""] = target.split("/");
  const model = models[modelName];
  if (!model)
    throw new UsageError(`unknown model "${modelName}"; did you mean "${closestNames(modelName, Object.keys(models))[0]}"? (npm run figure -- --list)`);
  if (!model.figures[figure])
    throw new UsageError(`unknown figure "${figure}" in model "${modelName}"; did you mean "${closestNames(figure, Object.keys(model.figures))[0]}"?`);
  let format: FileFormat = "svg";
  let out: string | undefined;
  const state: Record<string, number> = {};
  const args = argv.filter((a) => a !== target);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const m = /^--([^=]+)(?:=(.*))?$/.exec(arg);
    if (!m) throw new UsageError(`unexpected argument "${arg}"`);
    const key = m[1]!;
    const value = m[2] ?? args[++i];
    if (value === undefined) throw new UsageError(`--${key} needs a value`);
    if (key === "format") {
      if (value !== "svg" && value !== "csv" && value !== "json") throw new UsageError(`invalid format: ${value} (svg, csv or json)`);
      format = value;
    } else if (key === "out") out = value;
    else {
      if (!model.params[key]) throw new UsageError(`unknown parameter --${key} for ${modelName}; did you mean --${closestNames(key, model.paramNames)[0]}?`);
      const number = parseNumber(value);
      if (!Number.isFinite(number)) throw new UsageError(`invalid --${key}: ${value} (a number such as 7e10, 70B or 1.4T)`);
      const spec = model.params[key]!;
      if (number < spec.min || number > spec.max)
        throw new UsageError(`invalid --${key}: ${value} (between ${formatNumber(spec.min, spec.format)} and ${formatNumber(spec.max, spec.format)})`);
      state[key] = number;
    }
  }
  const { params, problems } = checkState(model, state);
  if (problems.length) throw new UsageError(problems.map((p) => `invalid ${p}`).join("; "));
  const { site, base } = siteUrlFromEnv(process.env);
  const v = siteVersion();
  const info = { site: new URL(base, site).href, version: v.id, year: v.built.slice(0, 4) };
  const output = figureFile(model, figure, params, info, format);
  return out ? { output, out } : { output };
}

/** Entry used by scripts/vite-run.mjs (which loads this file through Vite, as the site does). */
export function main(argv: string[]) {
  return run(argv)
    .then(({ output, out }) => {
      if (out) {
        writeFileSync(out, output);
        console.error(`wrote ${out}`);
      } else process.stdout.write(output);
    })
    .catch((error: Error) => {
      console.error(`figure: ${error.message}`);
      process.exitCode = error instanceof UsageError ? 2 : 1;
    });
}
