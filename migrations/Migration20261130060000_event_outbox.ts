import { Migration } from '@mikro-orm/migrations';

/**
 * Events are numbered at commit, not at insert. A change used to insert its events into `event`
 * under the event-log lock and hold that lock until the client's COMMIT came back: every writer of
 * the district waited for the slowest one's round trip. Now a change inserts its events into
 * `event_outbox` (no lock); a deferred constraint trigger, at COMMIT, takes the event-log lock and
 * moves the transaction's rows into `event` in order — so sequence order is still commit order, the
 * NOTIFY still goes at commit, and the lock is held only for the move and the commit itself. No
 * existing row changes; the outbox is empty whenever no transaction is open.
 */
export class Migration20261130060000_event_outbox extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "event_outbox" (
      "position" bigserial primary key,
      "txid" xid8 not null default pg_current_xact_id(),
      "type" text not null,
      "project_id" int null,
      "year" smallint null,
      "payload" jsonb not null,
      "occurred_at" timestamptz not null default now());`);
    this.addSql(`create index "event_outbox_txid_index" on "event_outbox" ("txid");`);
    this.addSql(`create function "event_outbox_publish"() returns trigger language plpgsql as $$
      begin
        -- The first row of a transaction moves them all; the later rows' calls find none left.
        if not exists (select 1 from event_outbox where txid = pg_current_xact_id()) then
          return null;
        end if;
        perform pg_advisory_xact_lock(7340001);
        with moved as (delete from event_outbox where txid = pg_current_xact_id() returning *)
        insert into event (type, project_id, year, payload, occurred_at)
        select type, project_id, year, payload, occurred_at from moved order by position;
        return null;
      end $$;`);
    this.addSql(`create constraint trigger "event_outbox_publish" after insert on "event_outbox"
      deferrable initially deferred for each row execute function "event_outbox_publish"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "event_outbox" cascade;`);
    this.addSql(`drop function if exists "event_outbox_publish"();`);
  }
}
