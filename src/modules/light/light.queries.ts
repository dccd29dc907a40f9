import type { EntityManager } from '@mikro-orm/postgresql';
import { query, queryOne, sql, type Sql } from '../../db/sql.js';
import type { Light, LightResult, LightRule } from './light.rules.js';

/**
 * The reporting period of a year as a scalar subquery: the latest month any project has reported
 * (0 when none). Lights exist for months 1..the period.
 */
export function reportingPeriodOf(year: number): Sql {
  return sql`(select coalesce(max(month), 0)::int from progress_report where year = ${year})`;
}

/** The reporting period of a year (`reportingPeriodOf`). */
export async function reportingPeriod(em: EntityManager, year: number): Promise<number> {
  return (await queryOne<{ month: number }>(em, sql`select ${reportingPeriodOf(year)} as month`)).month;
}

/** The inputs of one project's lights of a year, with the year's period and latest stored month. */
export interface LightInputRow {
  period: number;
  stored: number;
  /** Null on the one row of a scope without projects. */
  id: number | null;
  level: string;
  construction_type: 'NEW' | 'CONTINUING' | 'PREPARATORY';
  planned_start_on: string | null;
  started_on: string | null;
  planned_investment: string | null;
  /** Completed investment per reported month ("3" → "120.00"). */
  monthly: Record<string, string>;
  /** The lights stored so far, per month. */
  stored_lights: Record<string, Light>;
}

/**
 * The year's reporting period and latest month with stored lights, and for each of the given
 * projects (or every project active in the year) the inputs of its lights and the lights stored
 * so far, in project order: at least one row (the period's, with a null id when no project is in
 * scope).
 */
export function lightInputRows(em: EntityManager, year: number, projectIds: readonly number[] | 'all'): Promise<LightInputRow[]> {
  const only = projectIds === 'all' ? sql.empty : sql` and p.id = any(${projectIds}::int[])`;
  return query<LightInputRow>(
    em,
    sql`with period as (
          select ${reportingPeriodOf(year)} as period,
                 (select coalesce(max(month), 0)::int from light_record where year = ${year}) as stored
        )
        select period.period, period.stored, p.*
          from period left join lateral (
            select p.id, p.level, p.construction_type, p.planned_start_on::text, p.started_on::text, ap.planned_investment::text,
                   coalesce((select json_object_agg(pr.month, pr.total) from (
                      select month, sum(completed_investment)::text as total from progress_report
                       where project_id = p.id and year = ${year} group by month) pr), '{}') as monthly,
                   coalesce((select json_object_agg(lr.month, lr.light) from light_record lr
                              where lr.project_id = p.id and lr.year = ${year}), '{}') as stored_lights
              from project p
              left join annual_plan ap on ap.project_id = p.id and ap.year = ${year}
             where (p.completed_on is null or p.completed_on >= make_date(${year}, 1, 1))
               and p.created_at < make_date(${year} + 1, 1, 1)${only}
          ) p on true
         order by p.id`,
  );
}

/** A project's computed light at a month end, to store. */
export interface LightToStore {
  projectId: number;
  month: number;
  result: LightResult;
}

/**
 * Stores month-end lights of the year (inserting or replacing each project's month), in the order
 * given; one array per column, so the text is the same however many lights.
 */
export async function storeLights(em: EntityManager, year: number, lights: readonly LightToStore[]): Promise<void> {
  const column = <T>(pick: (light: LightToStore) => T) => lights.map(pick);
  await query(
    em,
    sql`insert into light_record (project_id, year, month, light, own_light, rule, inputs, computed_at)
        select v.project_id, ${year}::smallint, v.month, v.light, v.own_light, v.rule, v.inputs, now()
          from unnest(${column((light) => light.projectId)}::int[], ${column((light) => light.month)}::smallint[], ${column((light) => light.result.light)}::text[],
                      ${column((light) => light.result.ownLight)}::text[], ${column((light) => light.result.rule)}::text[], ${column((light) => JSON.stringify(light.result.inputs))}::jsonb[])
               v(project_id, month, light, own_light, rule, inputs)
        on conflict (project_id, year, month) do update
          set light = excluded.light, own_light = excluded.own_light, rule = excluded.rule, inputs = excluded.inputs, computed_at = now()`,
  );
}

/** A project's light at the latest month end with lights, with its lag. */
export interface LagRow {
  project_id: number;
  month: number;
  light: Light;
  rule: LightRule;
  lag: string | null;
  completion_rate: string | null;
}

/**
 * The `first` projects (of one level, or all) furthest behind 序时进度 at the latest month end with
 * lights: largest lag first, projects without a lag (no plan) last.
 */
export function laggingProjects(em: EntityManager, year: number, level: string | null | undefined, first: number): Promise<LagRow[]> {
  return query<LagRow>(
    em,
    sql`select lr.project_id, lr.month, lr.light, lr.rule, lr.inputs->>'lag' as lag, lr.inputs->>'completionRate' as completion_rate
          from light_record lr join project p on p.id = lr.project_id
         where lr.year = ${year} and lr.month = (select coalesce(max(month), 0) from light_record where year = ${year})
           ${level ? sql`and p.level = ${level}` : sql.empty}
         order by (lr.inputs->>'lag')::numeric desc nulls last, lr.project_id
         limit ${first}`,
  );
}
