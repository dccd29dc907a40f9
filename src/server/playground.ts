import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
/** The page and script live beside the sources; the tsc build reads them from the source tree. */
const pageDir = here.includes(`${path.sep}dist${path.sep}`)
  ? path.join(here.replace(`${path.sep}dist${path.sep}`, path.sep), 'playground')
  : path.join(here, 'playground');

/** A file inside an installed package, found through its package.json (exports maps hide UMD builds). */
function packageFile(pkg: string, file: string): string {
  return path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);
}

const JS = 'text/javascript; charset=utf-8';

/** Every file the playground page loads, served from installed npm packages: no CDN, works offline. */
const ASSETS: Record<string, { file: () => string; type: string }> = {
  'graphiql.min.css': { file: () => packageFile('graphiql', 'graphiql.min.css'), type: 'text/css; charset=utf-8' },
  'graphiql.min.js': { file: () => packageFile('graphiql', 'graphiql.min.js'), type: JS },
  'react.production.min.js': { file: () => packageFile('react', 'umd/react.production.min.js'), type: JS },
  'react-dom.production.min.js': { file: () => packageFile('react-dom', 'umd/react-dom.production.min.js'), type: JS },
  'graphql-ws.min.js': { file: () => packageFile('graphql-ws', 'umd/graphql-ws.min.js'), type: JS },
  'playground.js': { file: () => path.join(pageDir, 'playground.js'), type: JS },
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

/** The playground HTML page. */
export function playgroundPage(): Promise<StaticFile> {
  return cached('index.html', async () => ({ body: await readFile(path.join(pageDir, 'index.html')), type: 'text/html; charset=utf-8' }));
}

/** A playground asset by file name, or undefined for any name not on the list. */
export function playgroundAsset(name: string): Promise<StaticFile> | undefined {
  const asset = Object.hasOwn(ASSETS, name) ? ASSETS[name] : undefined;
  if (!asset) return undefined;
  return cached(name, async () => ({ body: await readFile(asset.file()), type: asset.type }));
}
