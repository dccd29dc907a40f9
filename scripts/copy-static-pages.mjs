// Part of `npm run build`: copies the pages the API serves itself (playground, screen: HTML, plain
// browser scripts, CSS) beside the compiled src/server/static-pages.js, so that dist/ runs without
// the source tree. tsc copies only what it compiles.
import { cpSync, rmSync } from 'node:fs';
import { fileURLToPath, URL } from 'node:url';

const root = new URL('..', import.meta.url);
for (const page of ['playground', 'screen']) {
  const from = fileURLToPath(new URL(`src/server/${page}/`, root));
  const to = fileURLToPath(new URL(`dist/src/server/${page}/`, root));
  // No stale file of an earlier build is left to be served.
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
}
