import type { APIRoute } from "astro";

// The source of the law module and the essays' models, published with the site at this version,
// so "the code that drew this figure" is one click away and cannot be a different version.
const files = import.meta.glob<string>(["../../laws/**/*.ts", "../../models/**/*.ts", "../../lib/*.ts"], { query: "?raw", import: "default", eager: true });

export function getStaticPaths() {
  return Object.keys(files).map((path) => ({ params: { file: path.replace(/^\.\.\/\.\.\//, "src/") }, props: { path } }));
}

export const GET: APIRoute = ({ props }) => new Response(files[props.path as string], { headers: { "content-type": "text/plain; charset=utf-8" } });
