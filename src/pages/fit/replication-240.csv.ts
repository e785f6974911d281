import type { APIRoute } from "astro";
import { chinchillaFigure4Csv as csv } from "../../data/chinchilla-figure4.ts";
import { replicationCsv } from "../../models/fit-runs.ts";

// The replication data set as a reader would paste it into /fit/: the 240 points of Epoch's
// extracted Figure 4 that Besiroglu et al. fit (content/data/chinchilla-figure4-extracted.md).
export const GET: APIRoute = () => new Response(replicationCsv(csv), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
