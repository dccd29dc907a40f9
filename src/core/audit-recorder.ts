import type { EntityManager } from '@mikro-orm/postgresql';
import { ChangeSetType, helper, type EventSubscriber, type FlushEventArgs } from '@mikro-orm/core';
import type { Caller } from '../modules/auth/auth.types.js';
import { sql, type Sql } from '../db/sql.js';

/** A change to record, collected from MikroORM's change sets. */
interface PendingEntry {
  action: 'CREATE' | 'UPDATE' | 'DELETE';
  entityType: string;
  entityId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

const collectors = new WeakMap<object, PendingEntry[]>();
const deletedRows = new WeakMap<object, Record<string, unknown>>();

/** Makes change data JSON-safe: references become their ids, dates ISO strings, file bytes their size (their digest is a column of their own). */
function plain(data: Record<string, unknown> | undefined | null): Record<string, unknown> | null {
  if (!data) return null;
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (value === undefined) continue;
    if (value instanceof Date) result[key] = value.toISOString();
    else if (Buffer.isBuffer(value) || value instanceof Uint8Array) result[key] = { bytes: value.byteLength };
    else if (value && typeof value === 'object' && !Array.isArray(value)) {
      const id = (value as { id?: unknown }).id ?? (value as { unwrap?: () => { id?: unknown } }).unwrap?.().id;
      result[key] = id ?? JSON.parse(JSON.stringify(value));
    } else result[key] = value;
  }
  return result;
}

/**
 * MikroORM subscriber that records every entity change flushed inside `recordChanges`' unit of
 * work (created, updated with before/after of the changed properties, deleted).
 */
export class AuditSubscriber implements EventSubscriber {
  /**
   * A delete change set carries no data of its own, and the commit forgets the row as loaded:
   * keep that snapshot for `afterFlush` while it is still there.
   */
  onFlush(args: FlushEventArgs): void {
    if (!collectors.has(args.em)) return;
    for (const changeSet of args.uow.getChangeSets()) {
      if (changeSet.type !== ChangeSetType.DELETE && changeSet.type !== ChangeSetType.DELETE_EARLY) continue;
      const snapshot = helper(changeSet.entity).__originalEntityData as Record<string, unknown> | undefined;
      if (snapshot) deletedRows.set(changeSet.entity, { ...snapshot });
    }
  }

  afterFlush(args: FlushEventArgs): void {
    const entries = collectors.get(args.em);
    if (!entries) return;
    for (const changeSet of args.uow.getChangeSets()) {
      const original = changeSet.originalEntity as Record<string, unknown> | undefined;
      const payload = changeSet.payload as Record<string, unknown>;
      const id = String(changeSet.getPrimaryKey() ?? (changeSet.entity as { id?: unknown }).id ?? '');
      if (changeSet.type === ChangeSetType.CREATE) {
        entries.push({ action: 'CREATE', entityType: changeSet.name, entityId: id, before: null, after: plain(payload) });
      } else if (changeSet.type === ChangeSetType.UPDATE || changeSet.type === ChangeSetType.UPDATE_EARLY) {
        const before: Record<string, unknown> = {};
        for (const key of Object.keys(payload)) before[key] = original?.[key];
        entries.push({ action: 'UPDATE', entityType: changeSet.name, entityId: id, before: plain(before), after: plain(payload) });
      } else if (changeSet.type === ChangeSetType.DELETE || changeSet.type === ChangeSetType.DELETE_EARLY) {
        const snapshot = original ?? deletedRows.get(changeSet.entity);
        entries.push({ action: 'DELETE', entityType: changeSet.name, entityId: id, before: plain(snapshot), after: null });
      }
    }
  }
}

/** Starts collecting the changes flushed through `em`. */
export function recordChanges(em: EntityManager): void {
  collectors.set(em, []);
}

/** Whether anything flushed through `em` since `recordChanges` changed a row. */
export function hasRecordedChanges(em: EntityManager): boolean {
  return (collectors.get(em)?.length ?? 0) > 0;
}

/** A statement to run in the transaction: SQL with `?` placeholders and their values. */

/**
 * The insert of the collected changes as audit rows, to run in `em`'s transaction (on its own or
 * with the events, see appendEvents); null when nothing changed.
 */
export function auditStatement(em: EntityManager, caller: Caller, requestId: string, operation: string): Sql | null {
  const entries = collectors.get(em) ?? [];
  collectors.delete(em);
  if (entries.length === 0) return null;
  const json = (value: Record<string, unknown> | null) => (value === null ? null : JSON.stringify(value));
  const rows = entries.map(
    (entry) =>
      sql`(${caller.id}, ${caller.role}, ${requestId}, ${operation}, ${entry.action}, ${entry.entityType}, ${entry.entityId}, ${json(entry.before)}::jsonb, ${json(entry.after)}::jsonb)`,
  );
  return sql`insert into audit_entry (actor, role, request_id, operation, action, entity_type, entity_id, before, after) values ${sql.join(rows)}`;
}
