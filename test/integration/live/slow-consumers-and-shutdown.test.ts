import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { print } from 'graphql';
import { startInstance, startTestApi, type TestApi } from '../../support/harness.js';
import { subscribe } from '../../support/ws-client.js';
import { EventsDocument, ProjectsDocument, ReportProgressDocument } from '../../generated/operations.js';
import { SLOW_CONSUMER_CLOSE_CODE } from '../../../src/realtime/live.js';
import { ADMIN_TOKEN } from '../../support/tokens.js';

let api: TestApi;
let projectIds: string[] = [];
beforeAll(async () => {
  // Many subscriptions on the stalled connection, so that enough bytes pile up to fill the socket buffers.
  api = await startTestApi('slow', { live: { queueCapacity: 8 }, limits: { maxSubscriptionsPerConnection: 1000 } });
  const { projects } = await api.data(ProjectsDocument, { first: 100 });
  projectIds = projects.nodes.map((project) => project.id);
});
afterAll(() => api?.close());

/** A raw graphql-transport-ws client that subscribes, then stops reading from its socket. */
async function stalledClient(url: string, subscriptions: number) {
  const socket = new WebSocket(url, 'graphql-transport-ws');
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  await new Promise<void>((resolve, reject) => {
    socket.once('error', reject);
    socket.once('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${ADMIN_TOKEN}` } })));
    socket.once('message', () => resolve()); // connection_ack
  });
  const query = print(EventsDocument);
  for (let id = 1; id <= subscriptions; id++) {
    socket.send(JSON.stringify({ id: String(id), type: 'subscribe', payload: { query, variables: {} } }));
  }
  await new Promise((resolve) => setTimeout(resolve, 300));
  const tcp = (socket as unknown as { _socket: { pause(): void; resume(): void } })._socket;
  tcp.pause();
  return { closed, resume: () => tcp.resume(), socket };
}

describe('slow consumers', () => {
  it('a client that does not read is cut off with a clear close code, while others keep receiving', async () => {
    const healthy = subscribe(api.wsUrl, EventsDocument, { types: ['PROGRESS_REPORTED'] });
    const stalled = await stalledClient(api.wsUrl, 400);
    try {
      for (let batch = 0; batch < 10; batch++) {
        await Promise.all(
          Array.from({ length: 10 }, (_, i) =>
            api.data(ReportProgressDocument, {
              input: { projectId: projectIds[batch * 5 + (i % 5)], year: 2026, month: 4 + Math.floor(i / 5) + (batch % 5), completedInvestment: `${batch}.${i}0`, physicalProgress: '10.00' },
            }),
          ),
        );
      }
      const received = await healthy.until((values) => values.length >= 100, 20_000);
      expect(received).toHaveLength(100);
      stalled.resume();
      const close = await Promise.race([
        stalled.closed,
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the stalled client was never cut off')), 20_000)),
      ]);
      expect(close.code).toBe(SLOW_CONSUMER_CLOSE_CODE);
      expect(close.reason).toMatch(/slow consumer/i);
      expect(close.reason).toContain('afterSequence');
    } finally {
      stalled.socket.terminate();
      await healthy.dispose();
    }
  }, 60_000);
});

describe('graceful shutdown', () => {
  it('closes subscribers with 1001 and stops listening', async () => {
    const instance = await startInstance(api.db);
    const subscription = subscribe(instance.wsUrl, EventsDocument, {});
    await new Promise((resolve) => setTimeout(resolve, 200));
    await instance.close();
    const { code } = await subscription.closed;
    expect(code).toBe(1001);
    expect(instance.server.hub.listening).toBe(false);
    await subscription.dispose();
  });
});
