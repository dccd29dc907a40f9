import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { createAccessLog } from '../../src/server/access-log.js';

/** A real HTTP server whose requests go through the access log of a logger at `level`; the lines it wrote. */
async function serve(level: string, statuses: number[]): Promise<Record<string, unknown>[]> {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({ write: (chunk, _encoding, done) => (lines.push(JSON.parse(String(chunk))), done()) });
  const accessLog = createAccessLog(pino({ level }, stream));
  const server = http.createServer((request, response) => {
    response.setHeader('x-request-id', `req-${request.url!.slice(1)}`);
    accessLog(request, response);
    response.writeHead(Number(request.url!.slice(1))).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  for (const status of statuses) await (await fetch(`http://127.0.0.1:${port}/${status}`)).arrayBuffer();
  await new Promise((resolve) => setTimeout(resolve, 50));
  await new Promise((resolve) => server.close(resolve));
  return lines;
}

describe('the access log', () => {
  it('at info writes a line per request', async () => {
    const lines = await serve('info', [200, 404, 503]);
    expect(lines.map((line) => [line.requestId, (line.res as { statusCode: number }).statusCode, line.level])).toEqual([
      ['req-200', 200, 30],
      ['req-404', 404, 30],
      ['req-503', 503, 40],
    ]);
  });

  it('at warn writes only the failed requests, in the same shape (and builds no logger for the others)', async () => {
    const lines = await serve('warn', [200, 404, 500, 503]);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ level: 40, requestId: 'req-500', req: { method: 'GET', path: '/500' }, res: { statusCode: 500 }, msg: 'request failed' });
    expect(lines[1]).toMatchObject({ requestId: 'req-503', res: { statusCode: 503 } });
    expect(typeof lines[0].durationMs).toBe('number');
  });
});
