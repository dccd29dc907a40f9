import type { Logger } from 'pino';
import { BoundedQueue } from '../shared/bounded-queue.js';

/** WebSocket close code for a subscriber that stopped reading (application range 4000–4999). */
export const SLOW_CONSUMER_CLOSE_CODE = 4503;
export const SLOW_CONSUMER_REASON = 'Slow consumer: too many queued messages; reconnect and resume with events(afterSequence)';

/** The connection a subscription runs on, so an overflowing subscription can cut it off. */
export interface LiveConnection {
  close(code: number, reason: string): void;
}

/**
 * The queue feeding one subscription: at most `capacity` messages behind, past which the whole
 * connection is closed (4503, "resume with events(afterSequence)") rather than memory growing.
 */
export function subscriberQueue<T>(connection: LiveConnection | undefined, logger: Logger, capacity: number, onClose: () => void): BoundedQueue<T> {
  return new BoundedQueue<T>(capacity, {
    onOverflow: () => {
      logger.warn('closing a slow subscriber');
      connection?.close(SLOW_CONSUMER_CLOSE_CODE, SLOW_CONSUMER_REASON);
    },
    onClose,
  });
}
