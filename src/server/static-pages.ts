import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
/**
 * The pages and their scripts live beside this module: in `src/server/` when running the sources, and
 * in `dist/src/server/`, where `npm run build` copies them, when running the build (which so needs no
 * source tree).
 */
const here = path.dirname(fileURLToPath(import.meta.url));

/** A file inside an installed package, found through its package.json (exports maps hide UMD builds). */
function packageFile(pkg: string, file: string): string {
  return path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);
}

const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';

/** The pages the API serves itself, each with every file it loads: from installed npm packages or beside the page, never from a CDN (they work on a closed network). */
export type PageName = 'playground' | 'screen';

const pageFile = (page: PageName, file: string) => () => path.join(here, page, file);

const PAGES: Record<PageName, Record<string, { file: () => string; type: string }>> = {
  playground: {
    'graphiql.min.css': { file: () => packageFile('graphiql', 'graphiql.min.css'), type: CSS },
    'graphiql.min.js': { file: () => packageFile('graphiql', 'graphiql.min.js'), type: JS },
    'react.production.min.js': { file: () => packageFile('react', 'umd/react.production.min.js'), type: JS },
    'react-dom.production.min.js': { file: () => packageFile('react-dom', 'umd/react-dom.production.min.js'), type: JS },
    'graphql-ws.min.js': { file: () => packageFile('graphql-ws', 'umd/graphql-ws.min.js'), type: JS },
    'playground.js': { file: pageFile('playground', 'playground.js'), type: JS },
  },
  screen: {
    'echarts.min.js': { file: () => packageFile('echarts', 'dist/echarts.min.js'), type: JS },
    'graphql-ws.min.js': { file: () => packageFile('graphql-ws', 'umd/graphql-ws.min.js'), type: JS },
    'screen.js': { file: pageFile('screen', 'screen.js'), type: JS },
    'screen.css': { file: pageFile('screen', 'screen.css'), type: CSS },
  },
};

/** A static response: body and content type. */
export interface StaticFile {
  body: Buffer;
  type: string;
}

const cache = new Map<string, Promise<StaticFile>>();

function cached(key: string, load: () => Promise<StaticFile>): Promise<StaticFile> {
  let file = cache.get(key);
  if (!file) {
    file = load();
    file.catch(() => cache.delete(key));
    cache.set(key, file);
  }
  return file;
}

/** A page's HTML. */
export function pageHtml(page: PageName): Promise<StaticFile> {
  return cached(`${page}/index.html`, async () => ({ body: await readFile(pageFile(page, 'index.html')()), type: 'text/html; charset=utf-8' }));
}

/** One of a page's assets by file name, or undefined for any name not on its list. */
export function pageAsset(page: PageName, name: string): Promise<StaticFile> | undefined {
  const assets = PAGES[page];
  const asset = Object.hasOwn(assets, name) ? assets[name] : undefined;
  if (!asset) return undefined;
  return cached(`${page}/${name}`, async () => ({ body: await readFile(asset.file()), type: asset.type }));
}
