import { LimitExceededError } from '../../shared/errors.js';

/**
 * Suggested cap per WebSocket connection: a command-centre screen watches the dashboard, the lights,
 * the event log and a few dozen open projects.
 */
export const DEFAULT_MAX_SUBSCRIPTIONS_PER_CONNECTION = 50;

/**
 * Caps the subscriptions open on one WebSocket connection. The connection key is an object that
 * lives as long as the connection (graphql-ws's `ctx` or the socket), held weakly: a connection
 * that goes away takes its count with it. Operations are counted by id so that a close of an id
 * never opened, or closed twice, cannot corrupt the count.
 */
export class SubscriptionBudget<Connection extends object = object> {
  private readonly open = new WeakMap<Connection, Set<string>>();

  constructor(readonly maxPerConnection: number = DEFAULT_MAX_SUBSCRIPTIONS_PER_CONNECTION) {
    if (!(Number.isSafeInteger(maxPerConnection) && maxPerConnection > 0)) {
      throw new RangeError(`maxPerConnection must be a positive integer, got ${maxPerConnection}`);
    }
  }

  /** Counts operation `id` on the connection unless it already has the maximum; true when counted (or already was). */
  tryOpen(connection: Connection, id: string): boolean {
    let ids = this.open.get(connection);
    if (ids?.has(id)) return true;
    if (ids && ids.size >= this.maxPerConnection) return false;
    if (!ids) {
      ids = new Set();
      this.open.set(connection, ids);
    }
    ids.add(id);
    return true;
  }

  /** Frees the slot of operation `id`; unknown ids are ignored. */
  close(connection: Connection, id: string): void {
    const ids = this.open.get(connection);
    if (!ids) return;
    ids.delete(id);
    if (ids.size === 0) this.open.delete(connection);
  }

  /** Subscriptions open on the connection. */
  count(connection: Connection): number {
    return this.open.get(connection)?.size ?? 0;
  }

  /** The error to answer a refused subscribe with: TOO_MANY_SUBSCRIPTIONS with `maxSubscriptions`. */
  exceededError(): LimitExceededError {
    return new LimitExceededError(
      'TOO_MANY_SUBSCRIPTIONS',
      `At most ${this.maxPerConnection} subscriptions may be open on one connection; complete one first`,
      { maxSubscriptions: this.maxPerConnection },
    );
  }
}
