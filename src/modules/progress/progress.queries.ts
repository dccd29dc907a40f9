import type { EntityManager } from '@mikro-orm/postgresql';
import { query, queryOne, sql, type Sql } from '../../db/sql.js';
import { selectDetached } from '../../shared/detached-rows.js';
import type { PageRequest } from '../../shared/pagination.js';
import { ProgressReport, ReportStatus } from './progress-report.entity.js';
import { Correction } from './report-history.entity.js';
import { monthEnd } from '../../shared/dekad.js';

/**
 * The monthly reports that count, as a derived table with the columns `id, project_id, year, month,
 * completed_investment, physical_progress`. Live (no `asOf`): every report except a RETURNED one
 * (a returned report stops counting until it is resubmitted). As of an instant: each report's
 * latest revision recorded by then, unless that revision left it RETURNED — the figures that were
 * official then, whatever was corrected since. Every figure the API sums reads reports through this.
 */
export function countedReports(asOf: Date | null = null): Sql {
  if (asOf === null) {
    return sql`(select id, project_id, year, month, completed_investment, physical_progress from progress_report where status <> ${ReportStatus.RETURNED})`;
  }
  return sql`(select id, project_id, year, month, completed_investment, physical_progress from (
                select distinct on (report_id) report_id as id, project_id, year, month, completed_investment, physical_progress, status
                  from progress_report_revision where recorded_at <= ${asOf} order by report_id, revision desc) latest
               where status <> ${ReportStatus.RETURNED})`;
}

/** Year-to-date completed investment (every counted report of the year), 万元, keyed `${projectId}:${year}`; with `asOf`, as official then. */
export async function completedToDate(em: EntityManager, projectIds: number[], years: number[], asOf: Date | null = null): Promise<Map<string, string>> {
  const rows = await query<{ project_id: number; year: number; total: string }>(
    em,
    sql`select project_id, year, sum(completed_investment)::text as total
          from ${countedReports(asOf)} r where project_id = any(${projectIds}::int[]) and year = any(${years}::int[]) group by project_id, year`,
  );
  return new Map(rows.map((row) => [`${row.project_id}:${row.year}`, row.total]));
}

/**
 * 开工累计完成投资 of the project row `p` (any row with `id`, `opening_investment` and
 * `opening_investment_on`): its opening balance plus every counted report of a month after the
 * balance's date; with `asOf`, the reports as official then; with `through`, only the reports up to
 * that month, and null when the balance counts to a date after that month's end (not known then).
 */
export function cumulativeOf(p: Sql, asOf: Date | null = null, through: { year: number; month: number } | null = null): Sql {
  const bound = through ? sql` and (r.year * 12 + r.month) <= ${through.year * 12 + through.month}::int` : sql.empty;
  const total = sql`(${p}.opening_investment + coalesce((select sum(r.completed_investment) from ${countedReports(asOf)} r
                      where r.project_id = ${p}.id${bound}
                        and (${p}.opening_investment_on is null or make_date(r.year, r.month, 1) > ${p}.opening_investment_on)), 0))`;
  return through ? sql`(case when ${p}.opening_investment_on > ${monthEnd(through.year, through.month)}::date then null else ${total} end)` : total;
}

/** Each project's cumulative investment since works began (`cumulativeOf`); with `asOf`, as known then. */
export async function cumulativeInvestment(em: EntityManager, projectIds: number[], asOf: Date | null): Promise<Map<number, string>> {
  const rows = await query<{ id: number; total: string }>(
    em,
    sql`select p.id, ${cumulativeOf(sql`p`, asOf)}::text as total from project p where p.id = any(${projectIds}::int[])`,
  );
  return new Map(rows.map((row) => [row.id, row.total]));
}

/** The number of a report's next revision (1 for its first). */
export async function nextRevisionNumber(em: EntityManager, reportId: number): Promise<number> {
  return (await queryOne<{ next: number }>(em, sql`select coalesce(max(revision), 0)::int + 1 as next from progress_report_revision where report_id = ${reportId}`)).next;
}

/** What review events carry of a report's project: its level on that year's listing and its unit. */
export interface ReviewTarget {
  level: string | null;
  responsible_unit_id: number | null;
}

/** The project's level in `year` and its responsible unit (one statement). */
export function reviewTarget(em: EntityManager, projectId: number, year: number): Promise<ReviewTarget> {
  return queryOne<ReviewTarget>(
    em,
    sql`select (select level from listing where project_id = p.id and year = ${year}) as level, p.responsible_unit_id from project p where p.id = ${projectId}`,
  );
}

/** What the report and correction lists can be narrowed by, already validated. */
export interface ReportCriteria {
  year?: number;
  month?: number;
  status?: string;
  projectId?: number;
  responsibleUnitId?: number;
}

function reportMatching(criteria: ReportCriteria, alias: Sql): Sql {
  const conditions: Sql[] = [sql`true`];
  if (criteria.year !== undefined) conditions.push(sql`${alias}.year = ${criteria.year}`);
  if (criteria.month !== undefined) conditions.push(sql`${alias}.month = ${criteria.month}`);
  if (criteria.projectId !== undefined) conditions.push(sql`${alias}.project_id = ${criteria.projectId}`);
  if (criteria.responsibleUnitId !== undefined) {
    conditions.push(sql`exists (select 1 from project p where p.id = ${alias}.project_id and p.responsible_unit_id = ${criteria.responsibleUnitId})`);
  }
  return sql.and(conditions);
}

/** One page (plus one row) of monthly reports matching the criteria, in id order. */
export function reportPage(em: EntityManager, criteria: ReportCriteria, request: PageRequest): Promise<ProgressReport[]> {
  const status = criteria.status ? sql` and r.status = ${criteria.status}` : sql.empty;
  return selectDetached(em, ProgressReport, sql`${reportMatching(criteria, sql`r`)}${status} and r.id > ${request.afterKey}`, sql`r.id limit ${request.first + 1}`, 'r');
}

/** How many monthly reports match the criteria. */
export async function reportCount(em: EntityManager, criteria: ReportCriteria): Promise<number> {
  const status = criteria.status ? sql` and r.status = ${criteria.status}` : sql.empty;
  return (await queryOne<{ total: number }>(em, sql`select count(*)::int as total from progress_report r where ${reportMatching(criteria, sql`r`)}${status}`)).total;
}

function correctionMatching(criteria: ReportCriteria): Sql {
  const status = criteria.status ? sql` and c.status = ${criteria.status}` : sql.empty;
  return sql`exists (select 1 from progress_report r where r.id = c.report_id and ${reportMatching({ ...criteria, status: undefined }, sql`r`)})${status}`;
}

/** One page (plus one row) of correction requests matching the criteria (status is the correction's), in id order. */
export function correctionPage(em: EntityManager, criteria: ReportCriteria, request: PageRequest): Promise<Correction[]> {
  return selectDetached(em, Correction, sql`${correctionMatching(criteria)} and c.id > ${request.afterKey}`, sql`c.id limit ${request.first + 1}`, 'c');
}

/** How many correction requests match the criteria. */
export async function correctionCount(em: EntityManager, criteria: ReportCriteria): Promise<number> {
  return (await queryOne<{ total: number }>(em, sql`select count(*)::int as total from report_correction c where ${correctionMatching(criteria)}`)).total;
}

/** What `report_progress_submit` (migration Migration20261130061000_report_progress_submit) takes. */
export interface OneStatementSubmission {
  projectId: number;
  year: number;
  month: number;
  completedInvestment: string;
  physicalProgress: string;
  narrative: string;
  reportedById: number | null;
  expectedVersion: number | null;
  /** A reporter's unit, when the caller may report only for it. */
  unitScope: { unitId: number | null } | null;
  actor: string;
  role: string;
  requestId: string;
  at: Date;
  /**
   * Inside a longer transaction (a report with evidence): the event waits in the outbox for that
   * transaction's commit. Otherwise the statement is its own transaction and appends it directly.
   */
  inTransaction: boolean;
}

/**
 * A report in ONE statement: locks, guards, report, revision, audit and event, all in the database
 * function. Returns the report's row (for `em.map`); a guard's refusal is a database error with
 * SQLSTATE KP403/KP404/KP409/KP423.
 */
export async function submitInOneStatement(em: EntityManager, s: OneStatementSubmission): Promise<Record<string, unknown>> {
  const [row] = await query<Record<string, unknown> & { kp_revision_id: number }>(
    em,
    sql`select * from report_progress_submit(${s.projectId}::int, ${s.year}::int, ${s.month}::int, ${s.completedInvestment}::numeric, ${s.physicalProgress}::numeric,
          ${s.narrative}::text, ${s.reportedById}::int, ${s.expectedVersion}::int, ${s.unitScope !== null}::boolean, ${s.unitScope?.unitId ?? null}::int,
          ${s.actor}::text, ${s.role}::text, ${s.requestId}::text, ${s.at}::timestamptz, ${s.inTransaction}::boolean)`,
  );
  const { kp_revision_id: _revision, ...report } = row;
  return report;
}
