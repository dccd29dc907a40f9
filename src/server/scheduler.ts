import type { Logger } from 'pino';
import { randomUUID } from 'node:crypto';
import { createContext, type AppServices } from '../core/context.js';
import { inTransaction } from '../core/unit-of-work.js';
import { SYSTEM_CALLER } from '../modules/auth/auth.types.js';
import { sweep } from '../modules/escalation/escalation.service.js';

/** The first sweep runs this long after start-up, once the server is serving. */
const FIRST_SWEEP_DELAY_MS = 10_000;

/**
 * Runs the escalation ladder's daily part (overdue problems, missing reports) soon after start-up
 * and then every `intervalMs`,
 * as the system, in its own unit of work (audited, its events on the live path). Every instance
 * may run it: the sweep is idempotent and serialised in the database. Returns a stop function.
 */
export function startEscalationSweeper(services: AppServices, logger: Logger, intervalMs: number): () => void {
  if (intervalMs <= 0) return () => {};
  let running = false;
  const run = () => {
    if (running) return;
    running = true;
    const context = createContext(services, SYSTEM_CALLER, `sweep-${randomUUID()}`);
    inTransaction(context, 'sweepEscalations', async (em, events) => (await sweep(em, events)).created)
      .then((created) => logger.info({ created }, 'escalation sweep'))
      .catch((error: unknown) => logger.warn({ err: error }, 'escalation sweep failed; it runs again at the next interval'))
      .finally(() => {
        running = false;
      });
  };
  const first = setTimeout(run, Math.min(FIRST_SWEEP_DELAY_MS, intervalMs));
  const timer = setInterval(run, intervalMs);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
