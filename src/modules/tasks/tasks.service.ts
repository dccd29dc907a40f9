import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../core/context.js';
import { query, sql } from '../../db/sql.js';
import { currentYear, lastMonthBegun, today } from '../../shared/dates.js';
import { encodeCursor, pageRequest, type ConnectionArgs } from '../../shared/pagination.js';
import { toGlobalId, type NodeTypeName } from '../../shared/global-id.js';
import { Role, type Caller } from '../auth/auth.types.js';
import { schemeFor } from '../assessment/scheme.service.js';
import { latestClosedMonth } from '../period/period.queries.js';
import { reportingDeadline } from '../period/period.rules.js';
import type { Project } from '../project/project.entity.js';
import { taskRows, type TaskRow, type TaskScope } from './tasks.queries.js';
import { TaskKind, type Task, type TaskPage } from './tasks.types.js';

const ESCALATION_NAMES: Record<string, string> = {
  REMINDER: '提醒',
  SUPERVISION_LETTER: '督办函',
  TALK: '约谈',
  ACCOUNTABILITY_PROPOSAL: '问责建议',
  REPORT_REMINDER: '催报',
};

function titleOf(row: TaskRow, code: string): string {
  switch (row.kind as TaskKind) {
    case TaskKind.REPORT_DUE:
      return `报送${code}的${row.detail?.replace('-', '年')}月月报`;
    case TaskKind.REPORT_RETURNED:
      return `修改并重新报送${code}被退回的${row.detail?.replace('-', '年')}月月报`;
    case TaskKind.INSPECTION_DUE:
      return `督查${code}(本旬)`;
    case TaskKind.RECTIFICATION_TO_SUBMIT:
      return `整改${code}的督查问题并提交整改材料`;
    case TaskKind.RECTIFICATION_TO_VERIFY:
      return `核验${code}的整改(第${row.detail}次提交)`;
    case TaskKind.ESCALATION:
      return `回复${code}的${ESCALATION_NAMES[row.detail ?? ''] ?? '督办'}`;
    case TaskKind.EXPLANATION_OWED:
      return `说明${code}未完成${row.detail}年度目标的原因并提出整改措施`;
    case TaskKind.REPORT_TO_REVIEW:
      return `审核${code}的${row.detail?.replace('-', '年')}月月报`;
    case TaskKind.CORRECTION_TO_DECIDE:
      return `审批${code}${row.detail?.replace('-', '年')}月月报的更正申请`;
  }
}

/** The calendar a caller's to-do list is read against, today. */
async function scopeOf(em: EntityManager, caller: Caller): Promise<TaskScope> {
  const year = currentYear();
  const closed = await latestClosedMonth(em, year);
  const month = closed + 1;
  const reporting = month <= lastMonthBegun(year) ? { month, deadline: reportingDeadline(year, month, (await schemeFor(em, year)).reportDeadlineDay) } : null;
  const day = Number(today().slice(8, 10));
  const [december] = await query<{ year: number }>(em, sql`select max(year)::int as year from reporting_period where month = 12`);
  return {
    personId: caller.personId,
    unitId: caller.unitId,
    isReporter: caller.role === Role.REPORTER,
    isOffice: caller.role === Role.ADMIN,
    callerId: caller.id,
    year,
    reporting,
    round: { month: Number(today().slice(5, 7)), dekad: day <= 10 ? 1 : day <= 20 ? 2 : 3 },
    explainedYear: december?.year ?? null,
  };
}

/** A page of what the caller owes, soonest due first (cursors are positions in the list). */
export async function tasksOf(context: Context, args: ConnectionArgs): Promise<TaskPage> {
  const request = pageRequest(args);
  const scope = await scopeOf(context.em, context.caller);
  let rows = await taskRows(context.em, scope, { offset: request.afterKey, limit: request.first + 1 });
  let total = rows[0]?.total ?? 0;
  if (rows.length === 0 && request.afterKey > 0) total = (await taskRows(context.em, scope, { offset: 0, limit: 1 }))[0]?.total ?? 0;
  const hasNextPage = rows.length > request.first;
  rows = rows.slice(0, request.first);
  const projects = await context.loaders.projectById.loadMany(rows.map((row) => row.project_id));
  const nodes: Task[] = rows.map((row, index) => {
    const project = projects[index] as Project;
    return {
      kind: row.kind as TaskKind,
      title: titleOf(row, project.code),
      project,
      dueOn: row.due_on,
      subjectId: row.subject_type && row.subject_id !== null ? toGlobalId(row.subject_type as NodeTypeName, row.subject_id) : null,
    };
  });
  return { totalCount: total, nodes, hasNextPage, endCursor: nodes.length ? encodeCursor(request.afterKey + nodes.length) : null };
}

/** The roles a caller holds: the token's, then the person's assignments and supervision-group role. */
export async function rolesOf(em: EntityManager, caller: Caller): Promise<string[]> {
  if (caller.personId === null) return [caller.role];
  const rows = await query<{ role: string }>(
    em,
    sql`select distinct role from assignment where person_id = ${caller.personId}
        union select 'SUPERVISION_' || m.role from supervision_member m join supervision_group g on g.id = m.group_id where m.person_id = ${caller.personId} and g.year = ${currentYear()}
        order by 1`,
  );
  return [caller.role, ...rows.map((row) => row.role)];
}
