import { sql, type Sql } from '../../db/sql.js';
import {
  column,
  dateColumn,
  decimalColumn,
  decimalText,
  globalIdField,
  jsonList,
  jsonObject,
  jsonSingle,
  nextAlias,
  NotPlannable,
  selectedFields,
  type FieldPlanner,
  type PlanInput,
  type SelectedField,
  type TypePlanner,
} from '../../db/json-plan.js';
import { currentYear } from '../../shared/dates.js';
import { fromGlobalId } from '../../shared/global-id.js';
import { INVESTMENT_BAND_BOUNDS } from '../../shared/money.js';
import { pageRequest } from '../../shared/pagination.js';
import { requireYear } from '../../shared/year.js';
import { countedReports } from '../progress/progress.queries.js';
import { matching } from './project.queries.js';
import { projectCriteria } from './project.service.js';
import type { ProjectFilter } from './project.inputs.js';

/**
 * The project list and a project's detail as one SQL statement each (see src/db/json-plan.ts):
 * every field here states in SQL exactly what its resolver computes — the same tables, the same
 * orders, the same rules (reports that count, this year's listing, the Decimal scalar's two
 * decimals) — and test/integration/server/planned-reads.test.ts holds the two to the same answers.
 * A field not listed (a person's phone, figures `asOf` an instant, …) leaves the operation to the
 * resolvers.
 */

const organizationPlanner: TypePlanner = {
  typeName: 'Organization',
  fields: { id: globalIdField('Organization'), name: column('name'), kind: column('kind') },
};

const personPlanner: TypePlanner = {
  typeName: 'Person',
  fields: { id: globalIdField('Person'), name: column('name'), title: column('title') },
};

const assignmentPlanner: TypePlanner = {
  typeName: 'Assignment',
  fields: {
    id: globalIdField('Assignment'),
    role: column('role'),
    person: (row, field, input) => jsonSingle(personPlanner, field, input, (alias) => sql.raw(`person ${alias} where ${alias}.id = ${row}.person_id`)),
  },
};

const landTaskPlanner: TypePlanner = {
  typeName: 'LandTask',
  fields: {
    id: globalIdField('LandTask'),
    version: column('version'),
    name: column('name'),
    areaToAcquire: decimalColumn('area_to_acquire'),
    areaAcquired: decimalColumn('area_acquired'),
    householdsToRelocate: column('households_to_relocate'),
    householdsRelocated: column('households_relocated'),
  },
};

const progressReportPlanner: TypePlanner = {
  typeName: 'ProgressReport',
  fields: {
    id: globalIdField('ProgressReport'),
    version: column('version'),
    year: column('year'),
    month: column('month'),
    completedInvestment: decimalColumn('completed_investment'),
    physicalProgress: decimalColumn('physical_progress'),
    narrative: column('narrative'),
    status: column('status'),
    returnReason: column('return_reason'),
  },
};

const annualPlanPlanner: TypePlanner = {
  typeName: 'AnnualPlan',
  fields: { id: globalIdField('AnnualPlan'), version: column('version'), year: column('year'), plannedInvestment: decimalColumn('planned_investment') },
};

/** A year argument, checked as the resolvers check it (a bad one is left to them to report). */
function yearOf(field: SelectedField): number {
  try {
    return requireYear(field.args.year as number);
  } catch {
    throw new NotPlannable('year out of range', false);
  }
}

function liveOnly(field: SelectedField): void {
  if (field.args.asOf !== undefined && field.args.asOf !== null) throw new NotPlannable('figures as of an instant are left to the resolvers', false);
}

/** The year-to-date completed investment of the project under `row` (every counted report). */
function completedOf(row: string, year: number): Sql {
  return sql`coalesce((select sum(r.completed_investment) from ${countedReports()} r where r.project_id = ${sql.raw(row)}.id and r.year = ${year}), 0)`;
}

/** A column of the project's listing of this year, else the latest before, else the earliest after (as `currentListings`). */
function currentListingColumn(expression: string): FieldPlanner {
  return (row) => {
    const year = currentYear();
    return sql`(select ${sql.raw(expression)} from listing cl where cl.project_id = ${sql.raw(row)}.id
                 order by (cl.year <= ${year}) desc, case when cl.year <= ${year} then -cl.year else cl.year end limit 1)`;
  };
}

const BAND = `case ${Object.entries(INVESTMENT_BAND_BOUNDS)
  .map(([band, { min, max }]) => `when ${[min === null ? null : `total_investment >= ${min}`, max === null ? null : `total_investment < ${max}`].filter(Boolean).join(' and ')} then '${band}'`)
  .join(' ')} end`;

export const projectPlanner: TypePlanner = {
  typeName: 'Project',
  fields: {
    id: globalIdField('Project'),
    version: column('version'),
    code: column('code'),
    name: column('name'),
    industry: column('industry'),
    clusters: (row) => sql.raw(`to_json(${row}.clusters)`),
    totalInvestment: decimalColumn('total_investment'),
    address: column('address'),
    openingInvestment: decimalColumn('opening_investment'),
    openingInvestmentOn: dateColumn('opening_investment_on'),
    startedOn: dateColumn('started_on'),
    completedOn: dateColumn('completed_on'),
    status: column('status'),
    investmentBand: (row) => sql.raw(BAND.replaceAll('total_investment', `${row}.total_investment`)),
    level: currentListingColumn('cl.level'),
    constructionType: currentListingColumn('cl.construction_type'),
    plannedStartOn: currentListingColumn(`to_char(cl.planned_start_on, 'YYYY-MM-DD')`),
    plannedCompletionOn: currentListingColumn(`to_char(cl.planned_completion_on, 'YYYY-MM-DD')`),
    responsibleUnit: (row, field, input) => jsonSingle(organizationPlanner, field, input, (alias) => sql.raw(`organization ${alias} where ${alias}.id = ${row}.responsible_unit_id`)),
    town: (row, field, input) => jsonSingle(organizationPlanner, field, input, (alias) => sql.raw(`organization ${alias} where ${alias}.id = ${row}.town_id`)),
    assignments: (row, field, input) =>
      jsonList(assignmentPlanner, field, input, (alias) => sql.raw(`assignment ${alias} where ${alias}.project_id = ${row}.id`), (alias) => `${alias}.id`),
    landTasks: (row, field, input) =>
      jsonList(landTaskPlanner, field, input, (alias) => sql.raw(`land_task ${alias} where ${alias}.project_id = ${row}.id`), (alias) => `${alias}.id`),
    progress: (row, field, input) => {
      const year = yearOf(field);
      return jsonList(progressReportPlanner, field, input, (alias) => sql`progress_report ${sql.raw(alias)} where ${sql.raw(alias)}.project_id = ${sql.raw(row)}.id and ${sql.raw(alias)}.year = ${year}`, (alias) => `${alias}.month, ${alias}.id`);
    },
    annualPlan: (row, field, input) => {
      const year = yearOf(field);
      return jsonSingle(annualPlanPlanner, field, input, (alias) => sql`listing ${sql.raw(alias)} where ${sql.raw(alias)}.project_id = ${sql.raw(row)}.id and ${sql.raw(alias)}.year = ${year}`);
    },
    completedInvestment: (row, field) => {
      liveOnly(field);
      return decimalText(completedOf(row, yearOf(field)));
    },
    completionRate: (row, field) => {
      liveOnly(field);
      const year = yearOf(field);
      const planned = sql`(select l.planned_investment from listing l where l.project_id = ${sql.raw(row)}.id and l.year = ${year})`;
      return sql`(select case when x.planned > 0 then round(x.completed * 100 / x.planned, 2)::text end from (select ${planned} as planned, ${completedOf(row, year)} as completed) x)`;
    },
  },
};

/** The cursor of a connection over integer keys (as `encodeCursor`). */
function cursorOf(keyColumn: string): Sql {
  return sql.raw(`encode(convert_to('cursor:' || ${keyColumn}, 'UTF8'), 'base64')`);
}

function badArgument<T>(compute: () => T): T {
  try {
    return compute();
  } catch {
    throw new NotPlannable('an argument the resolver would refuse', false);
  }
}

/** `projects(filter, first, after)`: the connection as JSON, from one page of `project` rows. */
function projectsConnection(field: SelectedField, input: PlanInput): Sql {
  const { criteria, request } = badArgument(() => ({
    criteria: projectCriteria(field.args.filter as ProjectFilter | null | undefined),
    request: pageRequest({ first: field.args.first as number | null | undefined, after: field.args.after as string | null | undefined }),
  }));
  if (!field.selection) throw new NotPlannable('a connection needs a selection', true);
  const node = nextAlias(input);
  const pairs = selectedFields('ProjectConnection', field.selection, input).map((selected): Sql => {
    const key = sql.raw(`'${selected.responseKey}'`);
    switch (selected.name) {
      case '__typename':
        return sql`${key}, 'ProjectConnection'`;
      case 'totalCount':
        return sql`${key}, (select count(*)::int from project p where ${matching(criteria)})`;
      case 'nodes':
        return sql`${key}, coalesce((select json_agg(${jsonObject(projectPlanner, node, selected.selection, input)} order by ${sql.raw(node)}.id) from shown ${sql.raw(node)}), '[]'::json)`;
      case 'edges': {
        const edge = selectedFields('ProjectEdge', requireSelection(selected), input).map((part): Sql => {
          const edgeKey = sql.raw(`'${part.responseKey}'`);
          if (part.name === '__typename') return sql`${edgeKey}, 'ProjectEdge'`;
          if (part.name === 'cursor') return sql`${edgeKey}, ${cursorOf(`${node}.id`)}`;
          if (part.name === 'node') return sql`${edgeKey}, ${jsonObject(projectPlanner, node, part.selection, input)}`;
          throw new NotPlannable(`ProjectEdge.${part.name}`, true);
        });
        return sql`${key}, coalesce((select json_agg(json_build_object(${sql.join(edge)}) order by ${sql.raw(node)}.id) from shown ${sql.raw(node)}), '[]'::json)`;
      }
      case 'pageInfo': {
        const info = selectedFields('PageInfo', requireSelection(selected), input).map((part): Sql => {
          const infoKey = sql.raw(`'${part.responseKey}'`);
          switch (part.name) {
            case '__typename':
              return sql`${infoKey}, 'PageInfo'`;
            case 'hasNextPage':
              return sql`${infoKey}, (select count(*) from page) > ${request.first}`;
            case 'hasPreviousPage':
              return sql`${infoKey}, ${request.afterKey > 0}::boolean`;
            case 'startCursor':
              return sql`${infoKey}, (select ${cursorOf('min(id)')} from shown)`;
            case 'endCursor':
              return sql`${infoKey}, (select ${cursorOf('max(id)')} from shown)`;
            default:
              throw new NotPlannable(`PageInfo.${part.name}`, true);
          }
        });
        return sql`${key}, json_build_object(${sql.join(info)})`;
      }
      default:
        throw new NotPlannable(`ProjectConnection.${selected.name}`, true);
    }
  });
  return sql`(with page as materialized (select p.* from project p where ${matching(criteria)} and p.id > ${request.afterKey} order by p.id limit ${request.first + 1}),
                   shown as materialized (select * from page order by id limit ${request.first})
              select json_build_object(${sql.join(pairs)}))`;
}

function requireSelection(field: SelectedField): NonNullable<SelectedField['selection']> {
  if (!field.selection) throw new NotPlannable(`${field.name} needs a selection`, true);
  return field.selection;
}

/** `project(id)`: the project as JSON, null when there is none (the resolvers then report NOT_FOUND). */
function oneProject(field: SelectedField, input: PlanInput): Sql {
  const id = badArgument(() => fromGlobalId(field.args.id as string, 'Project', 'id'));
  const alias = nextAlias(input);
  return sql`(select ${jsonObject(projectPlanner, alias, field.selection, input)} from project ${sql.raw(alias)} where ${sql.raw(alias)}.id = ${id})`;
}

/** A root field planned: its SQL, and whether a null answer must go to the resolvers (to raise their error). */
export interface RootPlan {
  value: Sql;
  nullIsError: boolean;
}

/** The root Query fields this module plans. */
export const projectRootPlanners: Readonly<Record<string, (field: SelectedField, input: PlanInput) => RootPlan>> = {
  projects: (field, input) => ({ value: projectsConnection(field, input), nullIsError: false }),
  project: (field, input) => ({ value: oneProject(field, input), nullIsError: true }),
};
