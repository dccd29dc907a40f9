import pg from 'pg';
import type { Logger } from 'pino';

const PROBE_INTERVAL_MS = 1000;
const PROBE_TIMEOUT_MS = 1500;
/** How long one readiness answer is reused: a flood of /readyz costs one pooled query a second. */
const READINESS_TTL_MS = 1000;

/** What `/readyz` reports. */
export type Readiness = { ready: true } | { ready: false; reason: 'database unavailable' | 'migrations pending'; pending?: number };

/** How readiness is checked, given by the server that owns the pool and the migrations. */
export interface ReadinessChecks {
  /** One round trip through the application's pool. */
  ping(): Promise<void>;
  /** Migrations in `migrations/` not yet applied. */
  pendingMigrations(): Promise<number>;
}

/**
 * Whether the database is reachable. An operation that fails for want of a connection reports it
 * (`reportFailure`); the failure is confirmed with a probe on a connection of its own, outside the
 * pool, before anything is refused — so a busy pool or one unlucky query never passes for an
 * outage. While down, requests are refused at once (SERVICE_UNAVAILABLE) instead of each waiting
 * for a connection, and the probe runs every second until the database answers again.
 */
export class DatabaseHealth {
  private down = false;
  private confirming: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private closed = false;
  private readiness: { at: number; value: Promise<Readiness> } | undefined;

  constructor(
    private readonly url: string,
    private readonly logger: Logger,
    private readonly checks?: ReadinessChecks,
  ) {}

  get available(): boolean {
    return !this.down;
  }

  /** An operation could not reach the database: confirm with a probe, and refuse requests only if it fails too. */
  reportFailure(): void {
    if (this.down || this.closed || this.confirming) return;
    this.confirming = (async () => {
      try {
        if (await this.probe()) return;
        if (this.closed) return;
        this.down = true;
        this.logger.warn('database unreachable; refusing requests until it answers');
        this.schedule();
      } finally {
        this.confirming = undefined;
      }
    })();
  }

  /** Settles once any failure reported so far has been confirmed or dismissed (for tests and shutdown). */
  async settled(): Promise<void> {
    await this.confirming;
  }

  /** One round trip to the database on a connection of its own, with a short timeout. */
  async probe(): Promise<boolean> {
    const client = new pg.Client({ connectionString: this.url, connectionTimeoutMillis: PROBE_TIMEOUT_MS, query_timeout: PROBE_TIMEOUT_MS });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.query('select 1');
      return true;
    } catch {
      return false;
    } finally {
      await client.end().catch(() => undefined);
    }
  }

  /**
   * Whether the service is ready: the database answers through the pool (no connection of its own)
   * and every migration is applied. Concurrent and repeated calls within a second share one check.
   */
  ready(): Promise<Readiness> {
    const now = Date.now();
    if (this.readiness && now - this.readiness.at < READINESS_TTL_MS) return this.readiness.value;
    const value = this.checkReadiness();
    this.readiness = { at: now, value };
    return value;
  }

  private async checkReadiness(): Promise<Readiness> {
    if (this.down || !this.checks) return { ready: false, reason: 'database unavailable' };
    try {
      await this.checks.ping();
      const pending = await this.checks.pendingMigrations();
      return pending > 0 ? { ready: false, reason: 'migrations pending', pending } : { ready: true };
    } catch {
      return { ready: false, reason: 'database unavailable' };
    }
  }

  private schedule(): void {
    if (this.closed) return;
    this.timer = setTimeout(async () => {
      if (await this.probe()) {
        this.down = false;
        this.readiness = undefined;
        this.logger.info('database reachable again');
      } else {
        this.schedule();
      }
    }, PROBE_INTERVAL_MS);
    this.timer.unref();
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.timer);
  }
}
