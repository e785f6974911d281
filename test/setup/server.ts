/**
 * The tests and the bench serve the built site through scripts/serve.mjs, the same server as
 * `npm start`: the build's `_headers` rules, gzip/brotli, 404.html, the base path.
 */
export { serveDir, parseHeaders, headersFor } from "../../scripts/serve.mjs";
