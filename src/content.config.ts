import { defineCollection } from "astro:content";
import { glob, type Loader } from "astro/loaders";
import { z } from "astro/zod";
import { sourceIds } from "./laws/index.ts";
import { modelNames } from "./models/index.ts";
import { closest } from "./lib/closest.ts";
import { frontmatterFields, isoDayProblem } from "./lib/iso-date.ts";
import { readFileSync } from "node:fs";
import { relative } from "node:path";

/** A date written as YYYY-MM-DD in frontmatter. */
const day = (field: string) => z.coerce.date({ error: `${field} must be a date written YYYY-MM-DD (e.g. 2026-11-26)` });

const DATE_FIELDS = ["published", "updated"] as const;

/**
 * The glob loader, plus a check of the date fields as written: YAML would turn 2026-26-11 into a
 * valid Date (and the schema would never see the mistake). Fails naming the file and the field.
 */
function essaysLoader(): Loader {
  // ESSAYS_DIR lets the robustness tests build fixture essays (test/fixtures/…) with the real site.
  const inner = glob({ pattern: "**/*.mdx", base: process.env.ESSAYS_DIR ?? "./content/essays" });
  return {
    name: "essays",
    load: (context) =>
      inner.load({
        ...context,
        parseData: async (props) => {
          if (props.filePath) {
            const written = frontmatterFields(readFileSync(props.filePath, "utf8"), DATE_FIELDS);
            for (const field of DATE_FIELDS) {
              const problem = written[field] === undefined ? undefined : isoDayProblem(written[field]);
              if (problem)
                throw new Error(
                  `${relative(process.cwd(), props.filePath)}: frontmatter field ${field}: ${problem}. Write a real date as YYYY-MM-DD, e.g. ${field}: 2026-11-26`,
                );
            }
          }
          return context.parseData(props);
        },
      }),
  };
}

const essays = defineCollection({
  loader: essaysLoader(),
  schema: z
    .object({
      title: z.string({ error: "title is required: the essay's headline, in sentence case" }).min(1),
      summary: z
        .string({ error: "summary is required: one or two sentences shown on the home page" })
        .min(20, "summary is too short: write one or two sentences (≥ 20 characters)"),
      published: day("published"),
      updated: day("updated").optional(),
      model: z
        .string()
        .refine((name) => modelNames.includes(name), {
          error: (issue) =>
            `model "${String(issue.input)}" is not a file in src/models; did you mean "${closest(String(issue.input), modelNames)}"? Known: ${modelNames.join(", ")}`,
        })
        .optional(),
      authors: z
        .array(z.string().min(1), {
          error: 'authors is required: a list of the human authors, e.g. authors: ["Ada Lovelace"]',
        })
        .min(1, 'authors must name at least one person, e.g. authors: ["Ada Lovelace"]'),
      sources: z
        .array(
          z.string().refine((id) => (sourceIds as readonly string[]).includes(id), {
            error: (issue) =>
              `unknown source "${String(issue.input)}": did you mean "${closest(String(issue.input), sourceIds as readonly string[])}"? Add new works to src/laws/sources.ts`,
          }),
          { error: "sources is required: a list of ids from src/laws/sources.ts" },
        )
        .min(1, "sources must list at least one id from src/laws/sources.ts"),
      draft: z.boolean().default(false),
    })
    .strict()
    .refine((e) => !e.updated || e.updated >= e.published, {
      message: "updated must be on or after published",
      path: ["updated"],
    }),
});

export const collections = { essays };
