import type { IncomingMessage } from 'node:http';
import type { WebSocket, WebSocketServer } from 'ws';
import { CloseCode, handleProtocols, MessageType, parseMessage, type SubscribePayload } from 'graphql-ws';
import { getOperationAST, GraphQLError, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { Logger } from 'pino';
import { nextFrame, nextFramePrefix, sendCorked } from '../realtime/frames.js';

/** What a connection carries: the socket, the upgrade request, and whatever the hooks add. */
export type SocketExtra<E> = { readonly socket: WebSocket; readonly request: IncomingMessage } & E;

/** One connection's state, as graphql-ws's `Context` (the hooks receive it; it keys per-connection limits). */
export interface ConnectionContext<E> {
  connectionInitReceived: boolean;
  acknowledged: boolean;
  connectionParams?: Readonly<Record<string, unknown>>;
  /** Operations in progress by id: the result stream of a subscription, or null while it is prepared. */
  subscriptions: Record<string, AsyncIterable<unknown> | null>;
  extra: SocketExtra<E>;
}

type OperationResult = ExecutionResult | AsyncIterable<ExecutionResult>;

/** The hooks of graphql-ws's server that this API uses, with the same meaning. */
export interface GraphQLWsServerOptions<E> {
  /** At `connection_init`: false closes the connection with 4403 Forbidden. */
  onConnect(ctx: ConnectionContext<E>): Promise<boolean> | boolean;
  /** At `subscribe`: the execution arguments, or errors to answer with an `error` message. */
  onSubscribe(ctx: ConnectionContext<E>, id: string, payload: SubscribePayload): Promise<ExecutionArgs | readonly GraphQLError[]>;
  /** When an operation ends, however it ends (not after a refused `subscribe`). */
  onComplete?(ctx: ConnectionContext<E>, id: string): void;
  /** Before an `error` message is sent. */
  onError?(ctx: ConnectionContext<E>, id: string, payload: SubscribePayload, errors: readonly GraphQLError[]): void;
  context(ctx: ConnectionContext<E>, id: string, payload: SubscribePayload, args: ExecutionArgs): unknown;
  execute(args: ExecutionArgs): Promise<ExecutionResult>;
  subscribe(args: ExecutionArgs): Promise<OperationResult>;
  logger: Logger;
  /** A connection that has not sent `connection_init` by then is closed with 4408. */
  connectionInitWaitTimeoutMs?: number;
}

const INTERNAL_ERROR_REASON = 'Internal server error';

function isGraphQLErrors(value: unknown): value is readonly GraphQLError[] {
  return Array.isArray(value) && value.length > 0 && value.every((item) => item instanceof GraphQLError);
}

function isAsyncIterable(value: unknown): value is AsyncIterable<ExecutionResult> {
  return typeof Object(value)[Symbol.asyncIterator] === 'function';
}

function returnable(value: unknown): value is { return(value?: unknown): Promise<unknown> } {
  return typeof value === 'object' && value !== null && typeof (value as { return?: unknown }).return === 'function';
}

/**
 * The GraphQL over WebSocket protocol (`graphql-transport-ws`) on a `ws` server: graphql-ws 6.4's
 * `makeServer` and `useServer`, with the same messages, hooks, order and close codes, except how a
 * result goes out. graphql-ws serialises every `next` message whole, per subscriber; here a result
 * object is serialised once (`serialisedResult`) and each subscriber's frame is its id around that
 * JSON, so the thousands of subscribers sharing one execution share one `JSON.stringify`. Frames
 * are written with each socket corked for the rest of the tick (`sendCorked`), so what one
 * connection receives in a tick leaves in one write. Keep-alive pings are the caller's (ws.ts): the
 * library's second ping timer per socket is not started.
 */
export function serveGraphQLWs<E extends object>(options: GraphQLWsServerOptions<E>, wsServer: WebSocketServer): { dispose(): Promise<void> } {
  const { logger, execute: executeOperation, subscribe: subscribeOperation } = options;
  const initWait = options.connectionInitWaitTimeoutMs ?? 3_000;
  wsServer.options.handleProtocols = handleProtocols;

  wsServer.once('error', (error) => {
    logger.error({ err: error }, 'WebSocket server error');
    for (const client of wsServer.clients) client.close(CloseCode.InternalServerError, INTERNAL_ERROR_REASON);
  });

  wsServer.on('connection', (socket, request) => {
    socket.once('error', (error) => {
      logger.warn({ err: error }, 'WebSocket error');
      socket.close(CloseCode.InternalServerError, INTERNAL_ERROR_REASON);
    });
    const closed = opened(socket, request);
    socket.once('close', (code, reason) => void closed(code, String(reason)));
  });

  const opened = (socket: WebSocket, request: IncomingMessage) => {
    const ctx: ConnectionContext<E> = {
      connectionInitReceived: false,
      acknowledged: false,
      subscriptions: Object.create(null) as Record<string, AsyncIterable<unknown> | null>,
      extra: { socket, request } as SocketExtra<E>,
    };
    const send = async (data: string) => sendCorked(socket, data);
    if (socket.protocol !== 'graphql-transport-ws') {
      socket.close(CloseCode.SubprotocolNotAcceptable, 'Subprotocol not acceptable');
      return async () => undefined;
    }
    const initTimer =
      initWait > 0 && Number.isFinite(initWait)
        ? setTimeout(() => {
            if (!ctx.connectionInitReceived) socket.close(CloseCode.ConnectionInitialisationTimeout, 'Connection initialisation timeout');
          }, initWait)
        : undefined;

    const handle = async (data: string): Promise<void> => {
      let message: ReturnType<typeof parseMessage>;
      try {
        message = parseMessage(data);
      } catch {
        return socket.close(CloseCode.BadRequest, 'Invalid message received');
      }
      switch (message.type) {
        case MessageType.ConnectionInit: {
          if (ctx.connectionInitReceived) return socket.close(CloseCode.TooManyInitialisationRequests, 'Too many initialisation requests');
          ctx.connectionInitReceived = true;
          if (typeof message.payload === 'object' && message.payload !== null && !Array.isArray(message.payload)) ctx.connectionParams = message.payload;
          if ((await options.onConnect(ctx)) === false) return socket.close(CloseCode.Forbidden, 'Forbidden');
          ctx.acknowledged = true;
          await send(JSON.stringify({ type: MessageType.ConnectionAck }));
          return;
        }
        case MessageType.Ping:
          await send(JSON.stringify(message.payload ? { type: MessageType.Pong, payload: message.payload } : { type: MessageType.Pong }));
          return;
        case MessageType.Pong:
          return;
        case MessageType.Subscribe:
          return subscribe(message.id, message.payload);
        case MessageType.Complete: {
          const subscription = ctx.subscriptions[message.id];
          delete ctx.subscriptions[message.id];
          if (returnable(subscription)) await subscription.return(undefined);
          return;
        }
        default:
          throw new Error(`Unexpected message of type ${message.type} received`);
      }
    };

    const sendErrors = async (id: string, payload: SubscribePayload, errors: readonly GraphQLError[]) => {
      options.onError?.(ctx, id, payload, errors);
      await send(JSON.stringify({ id, type: MessageType.Error, payload: errors.map((error) => error.toJSON()) }));
    };

    const subscribe = async (id: string, payload: SubscribePayload): Promise<void> => {
      if (!ctx.acknowledged) return socket.close(CloseCode.Unauthorized, 'Unauthorized');
      if (id in ctx.subscriptions) return socket.close(CloseCode.SubscriberAlreadyExists, `Subscriber for ${id} already exists`);
      ctx.subscriptions[id] = null;
      try {
        const prepared = await options.onSubscribe(ctx, id, payload);
        if (isGraphQLErrors(prepared)) {
          if (id in ctx.subscriptions) await sendErrors(id, payload, prepared);
          return;
        }
        if (Array.isArray(prepared)) throw new Error('Invalid return value from onSubscribe hook, expected an array of GraphQL errors');
        const args = prepared as ExecutionArgs;
        const operation = getOperationAST(args.document, args.operationName);
        if (!operation) {
          if (id in ctx.subscriptions) await sendErrors(id, payload, [new GraphQLError('Unable to identify operation')]);
          return;
        }
        if (!('rootValue' in args)) args.rootValue = undefined;
        if (!('contextValue' in args)) args.contextValue = await options.context(ctx, id, payload, args);
        const result = operation.operation === 'subscription' ? await subscribeOperation(args) : await executeOperation(args);
        if (isAsyncIterable(result)) {
          if (!(id in ctx.subscriptions)) {
            if (returnable(result)) void result.return(undefined);
          } else {
            ctx.subscriptions[id] = result;
            const iterator = result[Symbol.asyncIterator]();
            const prefix = nextFramePrefix(id);
            try {
              // As `for await`, without a promise per frame: wait only while the socket's buffer is full.
              for (let step = await iterator.next(); !step.done; step = await iterator.next()) {
                const full = sendCorked(socket, nextFrame(prefix, step.value));
                if (full) await full;
              }
            } catch (error) {
              void Promise.resolve(iterator.return?.()).catch(() => undefined);
              const original = error instanceof Error ? error : new Error(String(error));
              await sendErrors(id, payload, [new GraphQLError(original.message, { originalError: original })]);
              delete ctx.subscriptions[id];
            }
          }
        } else if (id in ctx.subscriptions) {
          await send(nextFrame(nextFramePrefix(id), result));
        }
        const notifyClient = id in ctx.subscriptions;
        options.onComplete?.(ctx, id);
        if (notifyClient) await send(JSON.stringify({ id, type: MessageType.Complete }));
      } finally {
        delete ctx.subscriptions[id];
      }
    };

    socket.on('message', (data) => {
      handle(String(data)).catch((error: unknown) => {
        logger.error({ err: error }, 'graphql-ws message handling failed');
        socket.close(CloseCode.InternalServerError, INTERNAL_ERROR_REASON);
      });
    });

    return async (_code: number, _reason: string): Promise<void> => {
      clearTimeout(initTimer);
      const open = Object.values(ctx.subscriptions);
      ctx.subscriptions = Object.create(null) as Record<string, AsyncIterable<unknown> | null>;
      await Promise.all(open.map((subscription) => (returnable(subscription) ? subscription.return(undefined) : undefined)));
    };
  };

  return {
    async dispose() {
      for (const client of wsServer.clients) client.close(1001, 'Going away');
      wsServer.removeAllListeners();
      await new Promise<void>((resolve, reject) => wsServer.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
