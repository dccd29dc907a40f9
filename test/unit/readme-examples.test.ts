import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const schema = buildSchema(readFileSync(new URL('schema/schema.graphql', root), 'utf8'));
const readme = readFileSync(new URL('README.md', root), 'utf8');
const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]);

/** Every line of a block that starts a new operation (blocks may hold several, one per line). */
function operations(block: string): string[] {
  const starts = /^(query|mutation|subscription|\{)/gm;
  const indices = [...block.matchAll(starts)].map((match) => match.index);
  return indices.map((start, index) => block.slice(start, indices[index + 1] ?? block.length).replace(/^#.*$/gm, '').trim()).filter(Boolean);
}

describe('the README’s GraphQL examples are valid against schema/schema.graphql', () => {
  it('has examples', () => expect(blocks.length).toBeGreaterThan(10));
  it.each(blocks.flatMap(operations).map((operation) => [operation.split('\n')[0].slice(0, 80), operation]))('%s', (_, operation) => {
    expect(validate(schema, parse(operation)).map((error) => error.message)).toEqual([]);
  });
});
