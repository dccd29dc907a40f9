import type { Socket } from 'node:net';
import type { WebSocket } from 'ws';

/**
 * What the serialiser has done, for tests and metrics: `serialisations` counts results turned into
 * JSON, `frames` the `next` frames built from them. Subscribers sharing one execution share one
 * serialisation, so at a broadcast frames ≫ serialisations.
 */
export const frameStats = { serialisations: 0, frames: 0 };

const serialised = new WeakMap<object, string>();

/**
 * The JSON of an execution result as graphql-ws sends it (the result's own fields, then `errors`
 * last, each error through its `toJSON()`), computed once per result object: every subscriber
 * that shares an execution (`sharedExecution`) receives the same object, hence the same string.
 */
export function serialisedResult(result: { errors?: readonly unknown[] } & object): string {
  let json = serialised.get(result);
  if (json === undefined) {
    const { errors, ...rest } = result;
    json = JSON.stringify(errors ? { ...rest, errors } : rest);
    frameStats.serialisations++;
    serialised.set(result, json);
  }
  return json;
}

/** The start of every `next` frame of operation `id`, up to its payload. */
export function nextFramePrefix(id: string): string {
  return `{"id":${JSON.stringify(id)},"type":"next","payload":`;
}

/** A graphql-transport-ws `next` frame: the operation's prefix around the shared serialised result. */
export function nextFrame(prefix: string, result: { errors?: readonly unknown[] } & object): string {
  frameStats.frames++;
  return prefix + serialisedResult(result) + '}';
}

/** The TCP sockets corked in the current tick, uncorked together on the next one. */
const corked = new Set<Socket>();

function uncorkAll(): void {
  for (const socket of corked) socket.uncork();
  corked.clear();
}

function tcpOf(socket: WebSocket): Socket | undefined {
  return (socket as unknown as { _socket?: Socket })._socket;
}

/**
 * Sends `data` on `socket`, corking the underlying TCP socket on the first send of a tick and
 * uncorking it on `process.nextTick` (after the current run of callbacks and promise reactions):
 * the frames one socket receives in a tick go out in one write. Returns undefined when the sender
 * may go on, or a promise to wait for when the socket's buffer is full (Node's `drain`; or the
 * socket closes): a subscription whose client stops reading stops taking from its queue, which
 * then overflows and closes the connection (4503) instead of memory growing here.
 */
export function sendCorked(socket: WebSocket, data: string): Promise<void> | undefined {
  if (socket.readyState !== socket.OPEN) return undefined;
  const tcp = tcpOf(socket);
  if (tcp && !corked.has(tcp) && !tcp.destroyed) {
    if (corked.size === 0) process.nextTick(uncorkAll);
    tcp.cork();
    corked.add(tcp);
  }
  socket.send(data);
  if (!tcp?.writableNeedDrain) return undefined;
  let drained = draining.get(tcp);
  if (!drained) {
    // One wait per socket, shared by all its subscriptions.
    drained = new Promise((resolve) => {
      const done = () => {
        tcp.off('drain', done);
        socket.off('close', done);
        draining.delete(tcp);
        resolve();
      };
      tcp.on('drain', done);
      socket.on('close', done);
    });
    draining.set(tcp, drained);
  }
  return drained;
}

const draining = new WeakMap<Socket, Promise<void>>();
