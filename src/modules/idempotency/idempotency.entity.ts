import { Entity, PrimaryKey, Property, type Opt } from '@mikro-orm/core';

/**
 * A mutation request made with an Idempotency-Key: its first response is kept so a retry gets it
 * again instead of changing anything twice.
 */
@Entity({ tableName: 'idempotency_key' })
export class IdempotencyRecord {
  /** The caller's stable id: keys are per caller. */
  @PrimaryKey({ type: 'string', length: 64 })
  caller!: string;

  @PrimaryKey({ type: 'string', length: 200 })
  key!: string;

  /** sha256 of the request body: reusing a key for another request is refused. */
  @Property({ type: 'string', length: 64 })
  requestHash!: string;

  /** The HTTP status and body of the first response; null while it is being executed. */
  @Property({ type: 'json', nullable: true })
  response!: { status: number; body: string } | null;

  @Property({ type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' })
  createdAt!: Date & Opt;
}
