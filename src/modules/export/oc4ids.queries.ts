import type { EntityManager } from '@mikro-orm/postgresql';
import { query, sql } from '../../db/sql.js';
import type { DateString } from '../../shared/dates.js';
import { yearList } from '../listing/listing.queries.js';
import type { PhasingKind } from '../listing/listing.rules.js';
import { latestClosedMonthOf } from '../period/period.queries.js';
import { countedReports, cumulativeOf } from '../progress/progress.queries.js';
import type { ReportStatus } from '../progress/progress-report.entity.js';
import { ProjectLevel, type ConstructionType, type Industry, type ProjectStatus } from '../project/project.entity.js';

/** A target of the year's listing (节点目标), as read. */
export interface Oc4idsMilestoneRow {
  id: number;
  name: string;
  dueOn: DateString;
  metOn: DateString | null;
}

/** A counted monthly report of the year, as read (amounts as text, 万元 and percent). */
export interface Oc4idsReportRow {
  month: number;
  completedInvestment: string;
  physicalProgress: string;
  narrative: string;
  status: ReportStatus;
  /** The month is closed: its figure is official (a later change goes through a correction). */
  official: boolean;
}

/** A project on the year's issued list with everything its OC4IDS entry is made of. */
export interface Oc4idsProjectRow {
  id: number;
  code: string;
  name: string;
  industry: Industry;
  clusters: string[];
  /** 总投资, 万元. */
  total_investment: string;
  address: string | null;
  longitude: string | null;
  latitude: string | null;
  status: ProjectStatus;
  started_on: DateString | null;
  completed_on: DateString | null;
  /** 开工累计完成投资 (opening balance and every counted report), 万元; only for a completed project. */
  cumulative_investment: string | null;
  level: ProjectLevel;
  construction_type: ConstructionType;
  /** The year's plan in force, and as issued (原计划), 万元. */
  planned_investment: string;
  issued_planned_investment: string | null;
  issued_at: Date | null;
  planned_start_on: DateString | null;
  planned_completion_on: DateString | null;
  phasing_kind: PhasingKind;
  phasing: string[] | null;
  unit_id: number | null;
  unit_name: string | null;
  town_name: string | null;
  /** The latest change to the project, its listing, its reports of the year or the year's month closes. */
  updated: Date;
  milestones: Oc4idsMilestoneRow[];
  reports: Oc4idsReportRow[];
}

/**
 * Every project on `year`'s issued list (`yearList`) with its listing, responsible unit and town,
 * the listing's milestones and the year's counted reports (`countedReports`: a RETURNED report does
 * not count), city projects first, then by code. One statement, whatever the number of projects, so
 * that the package is read from one snapshot of the database.
 */
export function oc4idsProjectRows(em: EntityManager, year: number): Promise<Oc4idsProjectRow[]> {
  return query<Oc4idsProjectRow>(
    em,
    sql`select p.id, p.code, p.name, p.industry, p.clusters, p.total_investment::text as total_investment,
               p.address, p.longitude::text as longitude, p.latitude::text as latitude, p.status,
               p.started_on::text as started_on, p.completed_on::text as completed_on,
               case when p.completed_on is not null then round(${cumulativeOf(sql`p`)}, 2)::text end as cumulative_investment,
               l.level, l.construction_type, l.planned_investment::text as planned_investment,
               l.issued_planned_investment::text as issued_planned_investment, l.issued_at,
               l.planned_start_on::text as planned_start_on, l.planned_completion_on::text as planned_completion_on,
               l.phasing_kind, l.phasing::text[] as phasing,
               u.id as unit_id, u.name as unit_name, t.name as town_name,
               greatest(p.updated_at, l.updated_at,
                        (select max(greatest(pr.reported_at, pr.reviewed_at)) from progress_report pr where pr.project_id = p.id and pr.year = ${year}),
                        (select max(rp.closed_at) from reporting_period rp where rp.year = ${year})) as updated,
               coalesce((select json_agg(json_build_object('id', m.id, 'name', m.name, 'dueOn', m.due_on::text, 'metOn', m.met_on::text) order by m.position, m.id)
                           from milestone m where m.listing_id = l.id), '[]') as milestones,
               coalesce((select json_agg(json_build_object('month', r.month, 'completedInvestment', r.completed_investment::text,
                                                           'physicalProgress', r.physical_progress::text, 'narrative', pr.narrative, 'status', pr.status,
                                                           'official', r.month <= ${latestClosedMonthOf(year)}) order by r.month)
                           from ${countedReports()} r join progress_report pr on pr.id = r.id
                          where r.project_id = p.id and r.year = ${year}), '[]') as reports
          from ${yearList(year)} l
          join project p on p.id = l.project_id
          left join organization u on u.id = p.responsible_unit_id
          left join organization t on t.id = p.town_id
         order by case l.level when ${ProjectLevel.CITY} then 0 else 1 end, p.code, p.id`,
  );
}
