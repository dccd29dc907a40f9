import { describe, expect, it } from 'vitest';
import { ResponseCache } from '../../src/realtime/response-cache.js';

const options = { ttlMs: 5000, maxEntries: 3, maxBodyBytes: 100, maxTotalBytes: 250 };
const ok = (body: string) => ({ status: 200, headers: { 'content-type': 'application/json' }, body });

describe('ResponseCache', () => {
  it('keys per caller, response media type, operation and variables', () => {
    const cache = new ResponseCache(options);
    expect(cache.keyOf('a', { query: '{ dashboard(year: 2026) { year } }' })).toBeDefined();
    expect(cache.keyOf('a', { query: 'query Q { x }' })).not.toBe(cache.keyOf('b', { query: 'query Q { x }' }));
    expect(cache.keyOf('a', { query: 'query Q { x }' }, 'application/json')).not.toBe(cache.keyOf('a', { query: 'query Q { x }' }, 'application/graphql-response+json'));
    expect(cache.keyOf('a', { query: 'query Q($y: Int) { x(y: $y) }', variables: { y: 1 } })).not.toBe(cache.keyOf('a', { query: 'query Q($y: Int) { x(y: $y) }', variables: { y: 2 } }));
    const both = 'query Q { x } query R { y }';
    expect(cache.keyOf('a', { query: both, operationName: 'Q' })).not.toBe(cache.keyOf('a', { query: both, operationName: 'R' }));
    expect(new ResponseCache({ ...options, ttlMs: 0 }).keyOf('a', { query: '{ x }' })).toBeUndefined();
  });

  it('keeps what was computed since the last change, and nothing across one', () => {
    const cache = new ResponseCache(options);
    const key = cache.keyOf('a', { query: '{ x }' })!;
    const before = cache.generation;
    cache.store(key, before, ok('{"data":{"x":1}}'));
    expect(cache.get(key)?.body).toBe('{"data":{"x":1}}');
    const started = cache.generation;
    cache.clear();
    expect(cache.get(key)).toBeUndefined();
    cache.store(key, started, ok('{"data":{"x":2}}'));
    expect(cache.get(key), 'computed while a change committed').toBeUndefined();
  });

  it('never keeps errors, other statuses or oversized bodies, and evicts the oldest past its bounds', () => {
    const cache = new ResponseCache(options);
    const [a, b, c, d] = ['{ a }', '{ b }', '{ c }', '{ d }'].map((query) => cache.keyOf('x', { query })!);
    cache.store(a, cache.generation, ok('{"errors":[{"message":"no"}],"data":null}'));
    cache.store(b, cache.generation, { ...ok('{"data":{}}'), status: 400 });
    cache.store(c, cache.generation, ok(`{"data":"${'x'.repeat(200)}"}`));
    expect([a, b, c].map((key) => cache.get(key))).toEqual([undefined, undefined, undefined]);
    for (const key of [a, b, c, d]) cache.store(key, cache.generation, ok(`{"data":"${'y'.repeat(50)}"}`));
    expect(cache.get(a), 'over maxEntries and maxTotalBytes').toBeUndefined();
    expect(cache.get(d)).toBeDefined();
  });

  it('forgets an answer after the TTL', async () => {
    const cache = new ResponseCache({ ...options, ttlMs: 20 });
    const key = cache.keyOf('a', { query: '{ x }' })!;
    cache.store(key, cache.generation, ok('{"data":{"x":1}}'));
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(cache.get(key)).toBeUndefined();
  });
});
