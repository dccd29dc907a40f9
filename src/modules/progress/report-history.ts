import type { EntityManager } from '@mikro-orm/postgresql';
import type { ProgressReport } from './progress-report.entity.js';
import { ReportRevision, type RevisionKind } from './report-history.entity.js';
import { nextRevisionNumber } from './progress.queries.js';

/**
 * Writes the report's state as its next revision (报表留痕): called after every submission, review
 * and approved correction, in the same transaction, so the history holds every version and the
 * figures "as of" any instant can be read back.
 */
export async function recordRevision(em: EntityManager, report: ProgressReport, kind: RevisionKind, actor: string, reason: string | null, at: Date): Promise<ReportRevision> {
  const revision = em.create(ReportRevision, {
    report,
    projectId: report.project.id,
    year: report.year,
    month: report.month,
    revision: await nextRevisionNumber(em, report.id),
    kind,
    status: report.status,
    completedInvestment: report.completedInvestment,
    physicalProgress: report.physicalProgress,
    narrative: report.narrative,
    reportedBy: report.reportedBy,
    actor,
    reason,
    recordedAt: at,
  });
  await em.flush();
  return revision;
}
