/**
 * Writes the schema built from the code to schema/schema.graphql; with --check, fails (exit 1)
 * when the committed file differs instead of writing it.
 */
import 'reflect-metadata';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildApiSchema } from '../src/server/schema.js';

const target = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../schema/schema.graphql');
const header = '# Generated from the code by `npm run schema:emit`; do not edit. `npm run schema:check` fails on drift.\n\n';
const printed = header + printSchema(lexicographicSortSchema(await buildApiSchema())) + '\n';

if (process.argv.includes('--check')) {
  const committed = await readFile(target, 'utf8').catch(() => '');
  if (committed !== printed) {
    console.error('schema/schema.graphql is out of date with the code: run `npm run schema:emit` and commit it.');
    process.exit(1);
  }
  console.log('schema/schema.graphql matches the code');
} else {
  await writeFile(target, printed);
  console.log(`wrote ${path.relative(process.cwd(), target)}`);
}
