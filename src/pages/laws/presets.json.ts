import type { APIRoute } from "astro";
import * as laws from "../../laws/index.ts";
import { lawExports } from "../../render/laws-reference.ts";
import { href } from "../../lib/paths.ts";
import { siteVersion } from "../../render/version.ts";

// Every preset of the law module, each with its constants, its source and the cited work.
export const GET: APIRoute = ({ site }) => {
  const module = laws as unknown as Record<string, unknown>;
  const registry = laws.sources as Record<string, unknown>;
  const presets = Object.fromEntries(
    lawExports(module)
      .filter((e) => e.kind === "preset")
      .map((e) => {
        const { source, ...values } = module[e.name] as { source: { id: string } } & Record<string, unknown>;
        return [e.name, { ...values, source: { ...source, work: registry[source.id] ?? null } }];
      }),
  );
  const v = siteVersion();
  return new Response(
    JSON.stringify(
      {
        name: "scaling-laws-computed law presets",
        version: v.id,
        commit: v.commit,
        licence: "MIT",
        site: site ? new URL(href("/"), site).href : null,
        presets,
      },
      null,
      2,
    ),
    { headers: { "content-type": "application/json" } },
  );
};
