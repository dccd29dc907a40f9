import pg from 'pg';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { latestSequence, readEvents, type EventRecord } from '../core/event-log.js';

/** Receives each batch of newly committed events, in sequence order. */
export type EventListener = (events: readonly EventRecord[]) => void;

export const EVENT_CHANNEL = 'kp_events';
const READ_BATCH = 1000;

/**
 * One per API instance: holds a dedicated LISTEN connection, and on each NOTIFY (a sequence
 * number) reads the new events from the log and hands them to this instance's subscribers. The
 * same path serves one instance or many. If the LISTEN connection drops it reconnects and
 * catches up from the last sequence it delivered; a slow poll covers anything else.
 */
export class EventHub {
  private last = 0n;
  private readonly listeners = new Set<EventListener>();
  private client: pg.Client | undefined;
  private draining: Promise<void> | undefined;
  private drainAgain = false;
  private closed = false;
  private reconnectDelayMs = 100;
  private reconnectTimer: NodeJS.Timeout | undefined;
  private pollTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly options: { url: string; orm: MikroORM; logger: Logger; pollIntervalMs?: number },
  ) {}

  /** Highest sequence delivered to listeners. */
  get lastSequence(): bigint {
    return this.last;
  }

  /** Starts from the current end of the log: listeners get what commits from now on. */
  async start(): Promise<void> {
    this.last = await latestSequence(this.options.orm.em.fork());
    await this.connect();
    this.pollTimer = setInterval(() => void this.drain(), this.options.pollIntervalMs ?? 5_000);
    this.pollTimer.unref();
  }

  /** Adds a listener; returns its removal. */
  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Backend process id of the LISTEN connection (for operations and tests). */
  async listenerBackendPid(): Promise<number | undefined> {
    const client = this.client;
    if (!client) return undefined;
    const { rows } = await client.query<{ pid: number }>('select pg_backend_pid() as pid');
    return rows[0]?.pid;
  }

  /** True while the LISTEN connection is up. */
  get listening(): boolean {
    return this.client !== undefined;
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.options.url, keepAlive: true });
    const lost = (error?: Error) => this.connectionLost(client, error);
    client.on('error', lost);
    client.on('end', () => lost());
    client.on('notification', (message) => {
      if (message.channel !== EVENT_CHANNEL) return;
      try {
        if (message.payload && BigInt(message.payload) <= this.last) return;
      } catch {
        // not a sequence number: read the log anyway
      }
      void this.drain();
    });
    try {
      await client.connect();
      await client.query(`listen ${EVENT_CHANNEL}`);
    } catch (error) {
      client.removeAllListeners();
      client.on('error', () => undefined);
      await client.end().catch(() => undefined);
      this.scheduleReconnect(error);
      return;
    }
    if (this.closed) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.reconnectDelayMs = 100;
    this.options.logger.debug('event listener connected');
    // Whatever committed while we were not listening.
    void this.drain();
  }

  private connectionLost(client: pg.Client, error?: Error): void {
    if (this.client !== client) return;
    this.client = undefined;
    client.removeAllListeners();
    client.on('error', () => undefined);
    void client.end().catch(() => undefined);
    if (!this.closed) this.scheduleReconnect(error);
  }

  private scheduleReconnect(error: unknown): void {
    if (this.closed || this.reconnectTimer) return;
    this.options.logger.warn({ err: error, retryInMs: this.reconnectDelayMs }, 'event listener connection lost; reconnecting');
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = undefined;
      void this.connect();
    }, this.reconnectDelayMs);
    this.reconnectTimer.unref();
    this.reconnectDelayMs = Math.min(this.reconnectDelayMs * 2, 5_000);
  }

  /** Reads and delivers every event after the last delivered one; concurrent calls coalesce. */
  drain(): Promise<void> {
    if (this.draining) {
      this.drainAgain = true;
      return this.draining;
    }
    this.draining = (async () => {
      try {
        do {
          this.drainAgain = false;
          for (;;) {
            const events = await readEvents(this.options.orm.em.fork(), this.last, READ_BATCH);
            if (events.length === 0) break;
            this.last = events[events.length - 1].sequence;
            this.deliver(events);
            if (events.length < READ_BATCH) break;
          }
        } while (this.drainAgain && !this.closed);
      } catch (error) {
        this.options.logger.warn({ err: error }, 'reading the event log failed; will retry');
      } finally {
        this.draining = undefined;
      }
    })();
    return this.draining;
  }

  private deliver(events: readonly EventRecord[]): void {
    for (const listener of this.listeners) {
      try {
        listener(events);
      } catch (error) {
        this.options.logger.error({ err: error }, 'event listener failed');
      }
    }
  }

  /** Stops listening and polling. */
  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.pollTimer);
    clearTimeout(this.reconnectTimer);
    const client = this.client;
    this.client = undefined;
    if (client) {
      client.removeAllListeners();
      client.on('error', () => undefined);
      await client.end().catch(() => undefined);
    }
    await this.draining;
  }
}
