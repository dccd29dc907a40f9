import type { EntityManager } from '@mikro-orm/postgresql';
import { query, queryOne, sql } from '../../db/sql.js';
import { detachedRows } from '../../shared/detached-rows.js';
import { IssuedDocument, type DocumentKind } from './issued-document.entity.js';

/** A correction the next document of a kind states (更正说明). */
export interface CorrectionNoteRow {
  id: number;
  code: string;
  name: string;
  year: number;
  month: number;
  previous_completed_investment: string;
  completed_investment: string;
  previous_physical_progress: string;
  physical_progress: string;
  reason: string;
  approved_on: string;
}

/**
 * The corrections approved since the last document of `kind` was issued (every approved one when
 * none was), oldest first: what the next document of that kind must state.
 */
export function correctionsSinceLastIssue(em: EntityManager, kind: DocumentKind): Promise<CorrectionNoteRow[]> {
  return query<CorrectionNoteRow>(
    em,
    sql`select c.id, p.code, p.name, r.year, r.month,
               c.previous_completed_investment::text, c.completed_investment::text,
               c.previous_physical_progress::text, c.physical_progress::text, c.reason,
               to_char(c.decided_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as approved_on
          from report_correction c
          join progress_report r on r.id = c.report_id
          join project p on p.id = r.project_id
         where c.status = 'APPROVED'
           and c.decided_at > coalesce((select max(issued_at) from issued_document where kind = ${kind}), '-infinity'::timestamptz)
         order by c.decided_at, c.id`,
  );
}

/** Every column of an issued document but its bytes. */
const DESCRIPTION = sql`id, kind, year, period, number, issued_on, issued_at, issued_by, file_name, sha256, csv_sha256, correction_ids`;

/** The documents of a year (optionally of one kind), in issue order, without their bytes. */
export async function issuedDocumentsOf(em: EntityManager, year: number, kind: DocumentKind | null): Promise<IssuedDocument[]> {
  const rows = await query<Record<string, unknown>>(em, sql`select ${DESCRIPTION} from issued_document where year = ${year}${kind ? sql` and kind = ${kind}` : sql.empty} order by issued_at, id`);
  return detachedRows(em, IssuedDocument, rows);
}

/** An issued document's stored bytes in one format, with what the download headers need; null when there is no such document. */
export async function issuedBytes(em: EntityManager, id: number, format: 'xlsx' | 'csv'): Promise<{ bytes: Buffer; sha256: string; file_name: string; number: string } | null> {
  const column = format === 'xlsx' ? sql`xlsx as bytes, sha256` : sql`csv as bytes, csv_sha256 as sha256`;
  const rows = await query<{ bytes: Buffer; sha256: string; file_name: string; number: string }>(em, sql`select ${column}, file_name, number from issued_document where id = ${id}`);
  return rows[0] ?? null;
}

/** Whether a document number (文号) is taken. */
export async function numberTaken(em: EntityManager, number: string): Promise<boolean> {
  return (await queryOne<{ taken: boolean }>(em, sql`select exists (select 1 from issued_document where number = ${number}) as taken`)).taken;
}
