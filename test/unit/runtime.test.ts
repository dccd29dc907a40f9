import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('the runtime', () => {
  it('is the Node.js 24 LTS the package pins (node_modules/.bin/node), not the machine’s own node', () => {
    const pinned = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { dependencies: Record<string, string> }).dependencies.node;
    expect(Number(process.versions.node.split('.')[0])).toBe(24);
    expect(process.versions.node).toBe(pinned);
  });
});
