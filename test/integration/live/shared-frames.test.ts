import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Socket } from 'node:net';
import WebSocket from 'ws';
import { createClient, type Client } from 'graphql-ws';
import { print } from 'graphql';
import { startInstance, startTestApi, type TestApi } from '../../support/harness.js';
import { reportProgress } from '../../support/testkit.js';
import { ADMIN_TOKEN, tokenFor } from '../../support/tokens.js';
import { DashboardChangedDocument, ProgressReportedDocument, ProjectsDocument } from '../../generated/operations.js';
import { frameStats } from '../../../src/realtime/frames.js';

let api: TestApi;
let projectIds: string[] = [];
let viewerToken = '';
const open: Client[] = [];

beforeAll(async () => {
  api = await startTestApi('frames');
  const { projects } = await api.data(ProjectsDocument, { first: 50 });
  projectIds = projects.nodes.map((project) => project.id);
  viewerToken = await tokenFor('VIEWER');
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((client) => client.dispose()));
});
afterAll(() => api?.close());

const NEXT = /^\{"id":("(?:[^"\\]|\\.)*"),"type":"next","payload":(.*)\}$/s;

/** A real graphql-ws client whose socket records every frame as received (text) and every TCP read. */
function recordingClient(token: string) {
  const frames: { id: string; payload: string }[] = [];
  const reads: string[] = [];
  class RecordingWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols);
      this.on('message', (data) => {
        const match = NEXT.exec(String(data));
        if (match) frames.push({ id: JSON.parse(match[1]) as string, payload: match[2] });
      });
      this.once('open', () => (this as unknown as { _socket: Socket })._socket.on('data', (chunk: Buffer) => reads.push(chunk.toString('latin1'))));
    }
  }
  const client = createClient({ url: api.wsUrl, webSocketImpl: RecordingWebSocket, retryAttempts: 0, lazy: false, connectionParams: { authorization: `Bearer ${token}` } });
  open.push(client);
  const values: unknown[] = [];
  const subscribe = (query: string, variables: Record<string, unknown>) =>
    client.subscribe({ query, variables }, { next: (value) => void values.push(value), error: (error) => void values.push({ error }), complete: () => undefined });
  return { client, frames, reads, values, subscribe };
}

async function until(check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 400));

function report(month: number, amount: string, project = 0) {
  return reportProgress(api, { projectId: projectIds[project], month, completedInvestment: amount, physicalProgress: '50.00' });
}

describe('one serialisation per shared result', () => {
  it('subscribers of one shared progressReported execution receive byte-identical payloads, serialised once per visibility', async () => {
    const admins = Array.from({ length: 4 }, () => recordingClient(ADMIN_TOKEN));
    const viewers = Array.from({ length: 2 }, () => recordingClient(viewerToken));
    const everyone = [...admins, ...viewers];
    const query = print(ProgressReportedDocument);
    for (const subscriber of everyone) subscriber.subscribe(query, {});
    // A first report proves every subscription is live before anything is counted.
    await new Promise((resolve) => setTimeout(resolve, 200));
    await report(5, '11.11');
    await until(() => everyone.every((s) => s.frames.length === 1), 'the first report at every subscriber');
    await settle();

    const before = { ...frameStats };
    await report(5, '22.22', 1);
    await until(() => everyone.every((s) => s.frames.length === 2), 'the second report at every subscriber');
    await settle();
    expect(frameStats.frames - before.frames).toBe(6);
    // Two shared executions (ADMIN and VIEWER may see different things), each serialised once.
    expect(frameStats.serialisations - before.serialisations).toBe(2);

    const adminPayloads = admins.map((s) => s.frames[1].payload);
    const viewerPayloads = viewers.map((s) => s.frames[1].payload);
    expect(new Set(adminPayloads).size).toBe(1);
    expect(new Set(viewerPayloads).size).toBe(1);
    const received = JSON.parse(adminPayloads[0]) as { data: { progressReported: { amount: string; project: { id: string } } } };
    expect(received.data.progressReported).toMatchObject({ amount: '22.22', project: { id: projectIds[1] } });
    // What the graphql-ws clients parsed is that payload.
    for (const subscriber of everyone) expect(subscriber.values[1]).toEqual(JSON.parse(subscriber.frames[1].payload));
  });

  it('dashboardChanged subscribers share one serialisation per recomputed dashboard, the first one included', async () => {
    const screens = Array.from({ length: 4 }, () => recordingClient(ADMIN_TOKEN));
    const query = print(DashboardChangedDocument);
    for (const screen of screens) screen.subscribe(query, { year: 2026 });
    await until(() => screens.every((s) => s.frames.length >= 1), 'the first dashboard at every screen');
    await settle();
    expect(new Set(screens.map((s) => s.frames[0].payload)).size).toBe(1);

    const before = { ...frameStats };
    const counts = screens.map((s) => s.frames.length);
    await report(6, '33.33', 2);
    await until(() => screens.every((s, i) => s.frames.length > counts[i] && s.frames.at(-1)!.payload !== s.frames[0].payload), 'the new dashboard at every screen');
    await settle();
    const sent = screens[0].frames.length - counts[0];
    for (const [i, screen] of screens.entries()) {
      expect(screen.frames.length - counts[i]).toBe(sent);
      // Byte for byte the same frames' payloads, in the same order.
      expect(screen.frames.slice(counts[i]).map((f) => f.payload)).toEqual(screens[0].frames.slice(counts[0]).map((f) => f.payload));
    }
    expect(frameStats.frames - before.frames).toBe(4 * sent);
    expect(frameStats.serialisations - before.serialisations).toBe(sent);
  });

  it("a connection's frames of one tick leave in one write (corked)", async () => {
    const screen = recordingClient(ADMIN_TOKEN);
    const query = print(ProgressReportedDocument);
    // Two subscriptions of the same operation on one connection: one shared result, two frames at once.
    screen.subscribe(query, {});
    screen.subscribe(query, {});
    await new Promise((resolve) => setTimeout(resolve, 200));
    // Every write of several buffers on any TCP socket of this process (the server runs in it).
    const writes: string[] = [];
    const prototype = Socket.prototype as unknown as { _writev: (chunks: { chunk: Buffer | string }[], callback: (error?: Error | null) => void) => void };
    const writev = prototype._writev;
    prototype._writev = function (chunks, callback) {
      writes.push(chunks.map(({ chunk }) => String(chunk)).join(''));
      return writev.call(this, chunks, callback);
    };
    try {
      await report(7, '44.44', 3);
      await until(() => screen.frames.length === 2, 'both frames');
    } finally {
      prototype._writev = writev;
    }
    expect(new Set(screen.frames.map((f) => f.id)).size).toBe(2);
    expect(screen.frames[0].payload).toBe(screen.frames[1].payload);
    // Without corking, ws writes each frame on its own (a writev of its header and payload).
    const withReport = writes.filter((write) => write.includes('44.44') && write.includes('"type":"next"'));
    expect(withReport).toHaveLength(1);
    expect(withReport[0].split('"type":"next"')).toHaveLength(3);
    // And the client read both in one piece.
    expect(screen.reads.find((chunk) => chunk.includes('44.44'))!.split('"type":"next"')).toHaveLength(3);
  });
});

describe('keep-alive', () => {
  it('drops a connection that stops answering pings (one slice of the clients at a time), and keeps those that answer', async () => {
    const instance = await startInstance(api.db, { keepAliveMs: 300 });
    // A server that has had no client for a while (a round of pings begun with none) must still ping those who come.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const connect = (autoPong: boolean) =>
      new Promise<WebSocket>((resolve, reject) => {
        const socket = new WebSocket(instance.wsUrl, 'graphql-transport-ws', { autoPong });
        socket.once('error', reject);
        socket.once('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${ADMIN_TOKEN}` } })));
        socket.once('message', () => resolve(socket)); // connection_ack
      });
    const answering = await Promise.all(Array.from({ length: 5 }, () => connect(true)));
    const silent = await connect(false);
    try {
      const closed = await Promise.race([
        new Promise<number>((resolve) => silent.once('close', (code) => resolve(code))),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the silent client was never dropped')), 5_000)),
      ]);
      expect(closed).toBe(1006); // terminated, no closing handshake
      await new Promise((resolve) => setTimeout(resolve, 700));
      expect(answering.every((socket) => socket.readyState === WebSocket.OPEN)).toBe(true);
    } finally {
      for (const socket of [...answering, silent]) socket.terminate();
      await instance.close();
    }
  });
});
