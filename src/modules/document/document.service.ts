import { createHash } from 'node:crypto';
import type { Context } from '../../core/context.js';
import { inTransaction } from '../../core/unit-of-work.js';
import { lockYearShared } from '../../core/event-log.js';
import { BadUserInputError, ConflictError, requireText } from '../../shared/errors.js';
import { requireDate, today } from '../../shared/dates.js';
import { requireYear } from '../../shared/year.js';
import { Action, authorize } from '../auth/authorization.js';
import { EventType } from '../event/event.entity.js';
import { latestClosedMonth } from '../period/period.queries.js';
import { FORMATS } from '../report/report.http.js';
import { lastMonthOf, reportDocument } from '../report/report.documents.js';
import { issuedEdition, type CorrectionNote } from '../report/report.sheets.js';
import { correctionsSinceLastIssue, issuedDocumentsOf, numberTaken } from './document.queries.js';
import { IssuedDocument, type DocumentKind } from './issued-document.entity.js';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** What issuing a document needs. */
export interface IssueDocumentRequest {
  kind: DocumentKind;
  year: number;
  period: number | null | undefined;
  number: string;
  issuedOn: string | null | undefined;
}

/**
 * Issues a document (印发, ADMIN): the report of a period whose months are all closed, rendered
 * once as .xlsx and .csv with its number (文号) and issue date, and — when corrections were approved
 * since the last document of its kind — a 更正说明. The bytes and their SHA-256 are stored; the
 * table refuses any later change. One DOCUMENT_ISSUED event.
 */
export function issueDocument(context: Context, request: IssueDocumentRequest): Promise<IssuedDocument> {
  authorize(context.caller, Action.ISSUE_DOCUMENTS);
  return inTransaction(context, 'issueDocument', async (em, events) => {
    const year = requireYear(request.year);
    const period = request.period ?? 1;
    const lastMonth = lastMonthOf(request.kind, period);
    const number = requireText(request.number, 'number', 64);
    const issuedOn = request.issuedOn ? requireDate(request.issuedOn, 'issuedOn') : today();
    if (issuedOn > today()) throw new BadUserInputError('issuedOn must not be in the future', 'issuedOn');
    // The figures of the period must be official: no month of it may still be open (and none may close meanwhile).
    await lockYearShared(em, year);
    const closedThrough = await latestClosedMonth(em, year);
    if (closedThrough < lastMonth) throw new BadUserInputError(`close ${year}-${closedThrough + 1} first: a document is issued for closed months only`, 'period');
    if (await numberTaken(em, number)) throw new ConflictError(`document number ${number} is already issued`, { field: 'number' });
    const corrections = await correctionsSinceLastIssue(em, request.kind);
    const notes: CorrectionNote[] = corrections.map((row) => ({
      code: row.code,
      name: row.name,
      year: row.year,
      month: row.month,
      previousCompletedInvestment: row.previous_completed_investment,
      completedInvestment: row.completed_investment,
      previousPhysicalProgress: row.previous_physical_progress,
      physicalProgress: row.physical_progress,
      reason: row.reason,
      approvedOn: row.approved_on,
    }));
    const document = issuedEdition(await reportDocument(context, request.kind, year, period), { number, issuedOn }, notes);
    const [xlsx, csv] = await Promise.all([FORMATS.xlsx.render(document), FORMATS.csv.render(document)]);
    const issued = em.create(IssuedDocument, {
      kind: request.kind,
      year,
      period,
      number,
      issuedOn,
      issuedAt: new Date(),
      issuedBy: context.caller.id,
      fileName: document.fileName,
      xlsx,
      sha256: sha256(xlsx),
      csv,
      csvSha256: sha256(csv),
      correctionIds: corrections.map((row) => row.id),
    });
    await em.flush();
    events.add({ type: EventType.DOCUMENT_ISSUED, year, payload: { documentId: issued.nodeId, kind: request.kind, period, number, sha256: issued.sha256, corrections: notes.length } });
    return issued;
  });
}

/** The documents issued for a year (optionally of one kind), in issue order. */
export function issuedDocuments(context: Context, year: number, kind: DocumentKind | null | undefined): Promise<IssuedDocument[]> {
  return issuedDocumentsOf(context.em, requireYear(year), kind ?? null);
}
