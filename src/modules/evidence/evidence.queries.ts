import type { EntityManager } from '@mikro-orm/postgresql';
import { query, sql } from '../../db/sql.js';
import { detachedRows } from '../../shared/detached-rows.js';
import { Evidence, type EvidenceSubject } from './evidence.entity.js';

/** Every column of an evidence row but its bytes and thumbnail. */
const DESCRIPTION = sql`e.id, e.sha256, e.content_type, e.size, e.taken_at, e.gps_longitude, e.gps_latitude, e.has_exif, e.uploaded_by, e.uploaded_by_person_id, e.uploaded_at`;

/** The evidence rows with these ids (without their bytes). */
export async function evidenceByIds(em: EntityManager, ids: readonly number[]): Promise<Evidence[]> {
  return detachedRows(em, Evidence, await query<Record<string, unknown>>(em, sql`select ${DESCRIPTION} from evidence e where e.id = any(${ids}::int[]) order by e.id`));
}

/** The evidence already stored with these bytes' digest, if any (without its bytes). */
export async function evidenceBySha(em: EntityManager, sha256: string): Promise<Evidence | null> {
  return detachedRows(em, Evidence, await query<Record<string, unknown>>(em, sql`select ${DESCRIPTION} from evidence e where e.sha256 = ${sha256}`))[0] ?? null;
}

/** The evidence attached to each of these subjects, in attachment order, keyed by subject id. */
export async function evidenceOfSubjects(em: EntityManager, subject: EvidenceSubject, subjectIds: readonly number[]): Promise<Map<number, Evidence[]>> {
  const rows = await query<Record<string, unknown> & { subject_id: number }>(
    em,
    sql`select a.subject_id, ${DESCRIPTION} from evidence_attachment a join evidence e on e.id = a.evidence_id
         where a.subject = ${subject} and a.subject_id = any(${subjectIds}::int[]) order by a.subject_id, a.id`,
  );
  const result = new Map<number, Evidence[]>();
  detachedRows(em, Evidence, rows).forEach((evidence, index) => {
    const list = result.get(rows[index].subject_id) ?? [];
    list.push(evidence);
    result.set(rows[index].subject_id, list);
  });
  return result;
}

/** Where a file is attached: the period it should come from and the project's site, for its flags. */
export interface AttachmentRow {
  evidence_id: number;
  period_start: string;
  period_end: string;
  longitude: string | null;
  latitude: string | null;
}

/** The attachments of these files, with their projects' sites. */
export function attachmentsOf(em: EntityManager, evidenceIds: readonly number[]): Promise<AttachmentRow[]> {
  return query<AttachmentRow>(
    em,
    sql`select a.evidence_id, a.period_start::text, a.period_end::text, p.longitude::text, p.latitude::text
          from evidence_attachment a join project p on p.id = a.project_id where a.evidence_id = any(${evidenceIds}::int[]) order by a.id`,
  );
}

/** Of these files, the ones already attached to something. */
export async function attachedEvidenceIds(em: EntityManager, evidenceIds: readonly number[]): Promise<Set<number>> {
  const rows = await query<{ evidence_id: number }>(em, sql`select distinct evidence_id from evidence_attachment where evidence_id = any(${evidenceIds}::int[])`);
  return new Set(rows.map((row) => row.evidence_id));
}

/** Attaches files to a subject (once each); returns how many were new. */
export async function insertAttachments(
  em: EntityManager,
  evidenceIds: readonly number[],
  target: { subject: EvidenceSubject; subjectId: number; projectId: number; periodStart: string; periodEnd: string },
): Promise<number> {
  const rows = await query<{ id: number }>(
    em,
    sql`insert into evidence_attachment (evidence_id, subject, subject_id, project_id, period_start, period_end, attached_at)
        select e, ${target.subject}, ${target.subjectId}, ${target.projectId}, ${target.periodStart}::date, ${target.periodEnd}::date, now() from unnest(${evidenceIds}::int[]) e
        on conflict (evidence_id, subject, subject_id) do nothing returning id`,
  );
  return rows.length;
}

/** The stored bytes of a file (or its thumbnail), whether it is attached to anything, and who uploaded it. */
export async function evidenceBytes(em: EntityManager, id: number, thumbnail: boolean): Promise<{ bytes: Buffer | null; content_type: string; sha256: string; uploaded_by: string; attached: boolean } | null> {
  const rows = await query<{ bytes: Buffer | null; content_type: string; sha256: string; uploaded_by: string; attached: boolean }>(
    em,
    sql`select ${thumbnail ? sql`e.thumbnail` : sql`e.bytes`} as bytes, e.content_type, e.sha256, e.uploaded_by,
               exists (select 1 from evidence_attachment a where a.evidence_id = e.id) as attached
          from evidence e where e.id = ${id}`,
  );
  return rows[0] ?? null;
}
