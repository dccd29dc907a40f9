import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { groupBy, groupedLoader } from '../../shared/batch.js';
import type { Evidence, EvidenceSubject } from './evidence.entity.js';
import { attachmentsOf, evidenceOfSubjects, type AttachmentRow } from './evidence.queries.js';

/** Per-request loaders of evidence and where it is attached. */
export function evidenceLoaders(em: EntityManager) {
  return {
    /** The files attached to a report, inspection or rectification. Key: subject and its row id. */
    evidenceBySubject: groupedLoader<{ id: number; subject: EvidenceSubject }, Evidence[]>(
      (key) => key.subject,
      (ids, { subject }) => evidenceOfSubjects(em, subject, ids),
      [],
    ),
    /** Where each file is attached (periods and project sites), for its flags. */
    attachmentsByEvidence: new DataLoader<number, AttachmentRow[]>(async (ids) => {
      const groups = groupBy(await attachmentsOf(em, ids), (row) => row.evidence_id);
      return ids.map((id) => groups.get(id) ?? []);
    }),
  };
}

declare module '../../core/context.js' {
  /** This module's loaders, merged into every context's `loaders`. */
  interface Loaders extends ReturnType<typeof evidenceLoaders> {}
}
