import type { EntityManager } from '@mikro-orm/postgresql';
import type { EventType } from '../modules/event/event.entity.js';
import { query, queryOne, sql, type Sql } from '../db/sql.js';

/** An event to append with the transaction that causes it. */
export interface EventDraft {
  type: EventType;
  projectId?: number | null;
  year?: number | null;
  payload?: Record<string, unknown>;
}

/** A committed event as read from the log. */
export interface EventRecord {
  sequence: bigint;
  type: EventType;
  projectId: number | null;
  year: number | null;
  occurredAt: Date;
  payload: Record<string, unknown>;
}

/**
 * Serialises appenders until their commit, so sequence order is commit order: a reader that has
 * seen sequence n can never later see a smaller one commit. Taken AT COMMIT by the deferred
 * trigger that moves a transaction's events from `event_outbox` into `event` (migration
 * Migration20261130060000_event_outbox), so it is held for the move and the commit only, never for
 * a client's round trip. The number is written there too.
 */
export const EVENT_LOG_LOCK = 7_340_001;

/** Advisory-lock class of year-wide derived recomputation; the second key is the year. */
const YEAR_WIDE_DERIVATION_LOCK = 7_340_002;

/**
 * Serialises, per year, the derived recomputations that span every project (a scheme change, a
 * new month in the reporting period) until the caller's transaction ends. Per-project
 * recomputation needs no lock of its own: the writer holds the project's row lock, and a
 * year-wide one writes each project's derived rows in the same order, so neither waits in a cycle.
 * The event-log lock is not held while deriving: appenders then hold it only for the insert and
 * the commit.
 */
export async function lockYearWideDerivation(em: EntityManager, year: number): Promise<void> {
  await query(em, sql`select pg_advisory_xact_lock(${YEAR_WIDE_DERIVATION_LOCK}, ${year})`);
}

/**
 * Takes the year-wide lock shared until the caller's transaction ends: many writers of one year's
 * figures (reports) run together, but not while the year's months close or its derived data is
 * recomputed as a whole (those take it exclusively, `lockYearWideDerivation`).
 */
export async function lockYearShared(em: EntityManager, year: number): Promise<void> {
  await query(em, sql`select pg_advisory_xact_lock_shared(${YEAR_WIDE_DERIVATION_LOCK}, ${year})`);
}

/**
 * Appends events in the caller's transaction, in order: into `event_outbox`, from which the
 * commit moves them into `event`, numbered under the event-log lock, and NOTIFYs listeners.
 * `alongside` (the audit rows) goes in the same statement: one round trip for the audit and the
 * events. The transaction does not see its own events in `event` before it commits.
 */
export async function appendEvents(em: EntityManager, drafts: readonly EventDraft[], alongside: Sql | null = null): Promise<void> {
  if (drafts.length === 0) {
    if (alongside) await query(em, alongside);
    return;
  }
  const values = sql.join(
    drafts.map((draft, index) => sql`(${index}::int, ${draft.type}, ${draft.projectId ?? null}::int, ${draft.year ?? null}::smallint, ${JSON.stringify(draft.payload ?? {})}::jsonb)`),
  );
  // Outbox positions follow the drafts' order, and the commit numbers the events in that order.
  await query(
    em,
    sql`${alongside ? sql`with audit as (${alongside}) ` : sql.empty}insert into event_outbox (type, project_id, year, payload)
     select v.type, v.project_id, v.year, v.payload
       from (values ${values}) v(position, type, project_id, year, payload)
      order by v.position`,
  );
}

interface EventRow {
  sequence: string;
  type: EventType;
  project_id: number | null;
  year: number | null;
  occurred_at: Date;
  payload: Record<string, unknown>;
}

/** Reads up to `limit` events after `afterSequence`, in order, optionally of some types only. */
export async function readEvents(em: EntityManager, afterSequence: bigint, limit: number, types?: readonly EventType[] | null): Promise<EventRecord[]> {
  const rows = await query<EventRow>(
    em,
    sql`select sequence::text as sequence, type, project_id, year, occurred_at, payload
          from event e where e.sequence > ${afterSequence.toString()}::bigint ${types?.length ? sql`and e.type = any(${types}::text[])` : sql.empty}
         order by e.sequence limit ${limit}`,
  );
  return rows.map(toRecord);
}

function toRecord(row: EventRow): EventRecord {
  return { sequence: BigInt(row.sequence), type: row.type, projectId: row.project_id, year: row.year, occurredAt: new Date(row.occurred_at), payload: row.payload };
}

/** The newest `limit` events, oldest first, optionally of some types only (a screen's ticker). */
export async function readLatestEvents(em: EntityManager, limit: number, types?: readonly EventType[] | null): Promise<EventRecord[]> {
  const rows = await query<EventRow>(
    em,
    sql`select * from (select sequence::text as sequence, sequence as position, type, project_id, year, occurred_at, payload
                         from event e ${types?.length ? sql`where e.type = any(${types}::text[])` : sql.empty}
                        order by e.sequence desc limit ${limit}) latest order by position`,
  );
  return rows.map(toRecord);
}

/** The highest committed sequence, 0 when the log is empty. */
export async function latestSequence(em: EntityManager): Promise<bigint> {
  const row = await queryOne<{ sequence: string }>(em, sql`select coalesce(max(sequence), 0)::text as sequence from event`);
  return BigInt(row.sequence);
}
