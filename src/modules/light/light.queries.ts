import type { EntityManager } from '@mikro-orm/postgresql';
import { query, sql } from '../../db/sql.js';
import { yearList } from '../listing/listing.queries.js';
import { latestClosedMonthOf } from '../period/period.queries.js';
import type { ProjectLevel } from '../project/project.entity.js';
import type { PhasingKind } from '../listing/listing.rules.js';
import type { Light, LightKind, LightResult, LightRule } from './light.rules.js';
import { countedReports } from '../progress/progress.queries.js';

/** What a listing's lights of a year depend on, for every month at once. */
export interface LightInputRow {
  project_id: number;
  level: ProjectLevel;
  status: 'DRAFT' | 'ISSUED';
  construction_type: 'NEW' | 'CONTINUING' | 'PREPARATORY';
  planned_start_on: string | null;
  started_on: string | null;
  planned_investment: string;
  phasing_kind: PhasingKind;
  phasing: string[] | null;
  /** Completed investment per reported month ("3" → "120.00"). */
  monthly: Record<string, string>;
  milestones: { name: string; dueOn: string; metOn: string | null }[];
}

const inputColumns = sql`l.project_id, l.level, l.status, l.construction_type, l.planned_start_on::text, p.started_on::text, l.planned_investment::text,
       l.phasing_kind, l.phasing::text[] as phasing,
       coalesce((select json_object_agg(pr.month, pr.total) from (
          select month, sum(completed_investment)::text as total from ${countedReports()} r
           where project_id = l.project_id and year = l.year group by month) pr), '{}') as monthly,
       coalesce((select json_agg(json_build_object('name', m.name, 'dueOn', m.due_on::text, 'metOn', m.met_on::text) order by m.position, m.id)
                   from milestone m where m.listing_id = l.id), '[]') as milestones`;

/** The light inputs of every ISSUED listing of `year` (one statement), in project order. */
export function issuedLightInputs(em: EntityManager, year: number): Promise<LightInputRow[]> {
  return query<LightInputRow>(em, sql`select ${inputColumns} from ${yearList(year)} l join project p on p.id = l.project_id order by l.project_id`);
}

/** The light inputs of the given projects' listings of `year`, whatever their status (one statement). */
export function lightInputsOf(em: EntityManager, year: number, projectIds: readonly number[]): Promise<LightInputRow[]> {
  return query<LightInputRow>(
    em,
    sql`select ${inputColumns} from listing l join project p on p.id = l.project_id where l.year = ${year} and l.project_id = any(${projectIds}::int[]) order by l.project_id`,
  );
}

/** A project's official light of a closed month, to store. */
export interface OfficialLight {
  projectId: number;
  month: number;
  result: LightResult;
  reported: boolean;
}

/** Stores the official lights of a closed month (replacing any of the same project and month); one array per column. */
export async function storeOfficialLights(em: EntityManager, year: number, lights: readonly OfficialLight[]): Promise<void> {
  if (lights.length === 0) return;
  const column = <T>(pick: (light: OfficialLight) => T) => lights.map(pick);
  await query(
    em,
    sql`insert into light_record (project_id, year, month, light, kind, rule, inputs, reported, computed_at)
        select v.project_id, ${year}::smallint, v.month, v.light, v.kind, v.rule, v.inputs, v.reported, now()
          from unnest(${column((light) => light.projectId)}::int[], ${column((light) => light.month)}::smallint[], ${column((light) => light.result.light)}::text[],
                      ${column((light) => light.result.kind)}::text[], ${column((light) => light.result.rule)}::text[], ${column((light) => JSON.stringify(light.result.inputs))}::jsonb[],
                      ${column((light) => light.reported)}::boolean[])
               v(project_id, month, light, kind, rule, inputs, reported)
        on conflict (project_id, year, month) do update
          set light = excluded.light, kind = excluded.kind, rule = excluded.rule, inputs = excluded.inputs, reported = excluded.reported, computed_at = now()`,
  );
}

/** The official lights of one month of a year, by project. */
export async function officialLightsOfMonth(em: EntityManager, year: number, month: number): Promise<Map<number, Light>> {
  const rows = await query<{ project_id: number; light: Light }>(em, sql`select project_id, light from light_record where year = ${year} and month = ${month}`);
  return new Map(rows.map((row) => [row.project_id, row.light]));
}

/** Counts of official lights of one closed month of a year (one level or all), by light. */
export async function officialLightCounts(em: EntityManager, year: number, month: number, level: ProjectLevel | null | undefined): Promise<Record<string, number>> {
  const rows = await query<{ light: Light; n: number }>(
    em,
    sql`select lr.light, count(*)::int as n from light_record lr join ${yearList(year, level)} l on l.project_id = lr.project_id
         where lr.year = ${year} and lr.month = ${month} group by lr.light`,
  );
  return Object.fromEntries(rows.map((row) => [row.light, row.n]));
}

/** A project's official light at the latest closed month, with its lag. */
export interface LagRow {
  project_id: number;
  month: number;
  light: Light;
  kind: LightKind;
  rule: LightRule;
  lag: string | null;
  completion_rate: string | null;
}

/**
 * The `first` listed projects (of one level, or all) furthest behind their own plan at the latest
 * closed month: largest lag first, projects without a lag (not started, preparatory, no plan) last.
 */
export function laggingProjects(em: EntityManager, year: number, level: string | null | undefined, first: number): Promise<LagRow[]> {
  return query<LagRow>(
    em,
    sql`select lr.project_id, lr.month, lr.light, lr.kind, lr.rule, lr.inputs->>'lag' as lag, lr.inputs->>'completionRate' as completion_rate
          from light_record lr join ${yearList(year, level as ProjectLevel | null)} l on l.project_id = lr.project_id
         where lr.year = ${year} and lr.month = ${latestClosedMonthOf(year)}
         order by (lr.inputs->>'lag')::numeric desc nulls last, lr.project_id
         limit ${first}`,
  );
}
