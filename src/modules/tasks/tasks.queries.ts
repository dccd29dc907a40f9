import type { EntityManager } from '@mikro-orm/postgresql';
import { query, sql, type Sql } from '../../db/sql.js';
import type { DateString } from '../../shared/dates.js';
import { addressedTo } from '../escalation/escalation.queries.js';
import { yearList } from '../listing/listing.queries.js';
import { countedReports } from '../progress/progress.queries.js';
import { dueInRound, tenDayRounds } from '../supervision/supervision.queries.js';

/** Who asks, and the calendar their to-do list is read against. */
export interface TaskScope {
  personId: number | null;
  unitId: number | null;
  isReporter: boolean;
  isOffice: boolean;
  /** The person's or key's id (for "not submitted by me"). */
  callerId: string;
  year: number;
  /** The month being reported (the first open month that has begun) and its deadline; null when none. */
  reporting: { month: number; deadline: DateString } | null;
  /** The current ten-day round. */
  round: { month: number; dekad: number };
  /** The latest year whose December is closed: explanations of its missed targets are owed. */
  explainedYear: number | null;
}

/** A task as read: what kind, for which project, by when, about which row. */
export interface TaskRow {
  kind: string;
  project_id: number;
  due_on: string;
  subject_type: string | null;
  subject_id: number | null;
  detail: string | null;
  total: number;
}

/**
 * What the caller owes, in one statement: reports due or returned (a unit's reporter), inspections
 * due this round (an inspector), rectifications to submit (the owner) or to verify (a group member),
 * escalation steps addressed to them, explanations of missed targets (a leader or responsible
 * person), and for the office the reports and corrections waiting for review. By due date.
 */
export function taskRows(em: EntityManager, scope: TaskScope, page: { offset: number; limit: number }): Promise<TaskRow[]> {
  const parts: Sql[] = [];
  const { personId, unitId, year } = scope;
  if (scope.isReporter && unitId !== null && scope.reporting) {
    parts.push(sql`select 'REPORT_DUE' as kind, l.project_id, ${scope.reporting.deadline}::date as due_on, null::text as subject_type, null::int as subject_id, ${`${year}-${scope.reporting.month}`}::text as detail
                     from ${yearList(year)} l join project p on p.id = l.project_id
                    where p.responsible_unit_id = ${unitId}
                      and not exists (select 1 from ${countedReports()} r where r.project_id = l.project_id and r.year = ${year} and r.month = ${scope.reporting.month})`);
  }
  if (scope.isReporter && unitId !== null) {
    parts.push(sql`select 'REPORT_RETURNED', r.project_id, (coalesce(r.reviewed_at, r.reported_at) at time zone 'Asia/Shanghai')::date + 3, 'ProgressReport', r.id, r.year || '-' || r.month
                     from progress_report r join project p on p.id = r.project_id where r.status = 'RETURNED' and p.responsible_unit_id = ${unitId}`);
  }
  if (personId !== null) {
    const [p, r] = [sql`p`, sql`r`];
    parts.push(sql`select 'INSPECTION_DUE', p.id, r.ends_on, null, null, ${`${year}-${scope.round.month}-${scope.round.dekad}`}::text
                     from assignment a join project p on p.id = a.project_id
                     join ${tenDayRounds(year, scope.round.month, scope.round.month)} r on r.dekad = ${scope.round.dekad}
                    where a.person_id = ${personId} and a.role = 'INSPECTOR' and ${dueInRound(p, r)}
                      and not exists (select 1 from inspection i where i.project_id = p.id and i.year = ${year} and i.month = ${scope.round.month} and i.dekad = ${scope.round.dekad})`);
  }
  const owner: Sql[] = [];
  if (personId !== null) owner.push(sql`pb.owner_person_id = ${personId}`);
  if (scope.isReporter && unitId !== null) owner.push(sql`coalesce(pb.owner_unit_id, p.responsible_unit_id) = ${unitId}`);
  if (owner.length) {
    parts.push(sql`select 'RECTIFICATION_TO_SUBMIT', pb.project_id, pb.deadline, 'Problem', pb.id, pb.status
                     from problem pb join project p on p.id = pb.project_id
                    where pb.status <> 'RESOLVED' and (${sql.join(owner, sql` or `)})
                      and not exists (select 1 from rectification rc where rc.problem_id = pb.id and rc.verdict = 'PENDING')`);
  }
  if (personId !== null || scope.isOffice) {
    const member = scope.isOffice
      ? sql`true`
      : sql`exists (select 1 from supervision_member m join supervision_group g on g.id = m.group_id where g.year = extract(year from pb.raised_on)::int and m.person_id = ${personId})`;
    parts.push(sql`select 'RECTIFICATION_TO_VERIFY', pb.project_id, (rc.submitted_at at time zone 'Asia/Shanghai')::date + 7, 'Rectification', rc.id, rc.submission::text
                     from rectification rc join problem pb on pb.id = rc.problem_id
                    where rc.verdict = 'PENDING' and rc.submitted_by <> ${scope.callerId}
                      and (rc.submitted_by_person_id is null or rc.submitted_by_person_id is distinct from ${personId}::int) and ${member}`);
  }
  if (personId !== null || (scope.isReporter && unitId !== null)) {
    parts.push(sql`select 'ESCALATION', e.project_id, e.due_on, 'Escalation', e.id, e.kind
                     from escalation e where e.status = 'OPEN' and ${addressedTo(sql`e`, personId, scope.isReporter ? unitId : null)}`);
  }
  if (personId !== null && scope.explainedYear !== null) {
    parts.push(sql`select 'EXPLANATION_OWED', s.project_id, make_date(${scope.explainedYear + 1}, 1, 31), null, null, ${String(scope.explainedYear)}::text
                     from project_score s
                    where s.year = ${scope.explainedYear} and not s.target_met
                      and exists (select 1 from assignment a where a.project_id = s.project_id and a.person_id = ${personId} and a.role in ('LIAISON_LEADER', 'RESPONSIBLE_PERSON'))
                      and not exists (select 1 from target_explanation t where t.project_id = s.project_id and t.year = s.year and t.author_id = ${personId})`);
  }
  if (scope.isOffice) {
    parts.push(sql`select 'REPORT_TO_REVIEW', r.project_id, (r.reported_at at time zone 'Asia/Shanghai')::date + 5, 'ProgressReport', r.id, r.year || '-' || r.month
                     from progress_report r where r.status = 'SUBMITTED'`);
    parts.push(sql`select 'CORRECTION_TO_DECIDE', r.project_id, (c.requested_at at time zone 'Asia/Shanghai')::date + 5, 'Correction', c.id, r.year || '-' || r.month
                     from report_correction c join progress_report r on r.id = c.report_id where c.status = 'PENDING'`);
  }
  if (parts.length === 0) return Promise.resolve([]);
  return query<TaskRow>(
    em,
    sql`select t.kind, t.project_id, t.due_on::text, t.subject_type, t.subject_id, t.detail, count(*) over ()::int as total
          from (${sql.join(parts, sql` union all `)}) t(kind, project_id, due_on, subject_type, subject_id, detail)
         order by t.due_on, t.kind, t.project_id, t.subject_id nulls first
         offset ${page.offset} limit ${page.limit}`,
  );
}
