import pg from 'pg';
import type { Logger } from 'pino';

const PROBE_INTERVAL_MS = 1000;
const PROBE_TIMEOUT_MS = 1500;

/**
 * Whether the database is reachable. Marked down when an operation fails for want of the database;
 * while down, requests are refused at once (SERVICE_UNAVAILABLE) instead of each waiting for a
 * connection, and a probe checks every second until it answers again.
 */
export class DatabaseHealth {
  private down = false;
  private timer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    private readonly url: string,
    private readonly logger: Logger,
  ) {}

  get available(): boolean {
    return !this.down;
  }

  /** An operation found the database unreachable. */
  markDown(): void {
    if (this.down || this.closed) return;
    this.down = true;
    this.logger.warn('database unreachable; refusing requests until it answers');
    this.schedule();
  }

  /** One round trip to the database with a short timeout. */
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

  private schedule(): void {
    if (this.closed) return;
    this.timer = setTimeout(async () => {
      if (await this.probe()) {
        this.down = false;
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
