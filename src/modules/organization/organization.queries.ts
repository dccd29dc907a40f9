import type { EntityManager } from '@mikro-orm/postgresql';
import { countsByParent, pagesByParent } from '../../shared/batch.js';
import type { PageRequest } from '../../shared/pagination.js';
import { sql } from '../../db/sql.js';
import { Person } from '../person/person.entity.js';
import { Project } from '../project/project.entity.js';

/** One page of the projects each unit is responsible for (责任单位), for many units in one statement. */
export function responsibleProjectsPages(em: EntityManager, unitIds: number[], request: PageRequest): Promise<Map<number, Project[]>> {
  return pagesByParent(em, Project, sql`select p.*, p.responsible_unit_id as parent_id from project p where p.responsible_unit_id = any(${unitIds}::int[])`, request);
}

/** How many projects each unit is responsible for. */
export function responsibleProjectCounts(em: EntityManager, unitIds: number[]): Promise<Map<number, number>> {
  return countsByParent(em, sql`select responsible_unit_id as parent_id, count(*) as total from project where responsible_unit_id = any(${unitIds}::int[]) group by responsible_unit_id`);
}

/** One page of the people of each unit, for many units in one statement. */
export function peoplePages(em: EntityManager, unitIds: number[], request: PageRequest): Promise<Map<number, Person[]>> {
  return pagesByParent(em, Person, sql`select pe.*, pe.organization_id as parent_id from person pe where pe.organization_id = any(${unitIds}::int[])`, request);
}

/** How many people each unit has. */
export function peopleCounts(em: EntityManager, unitIds: number[]): Promise<Map<number, number>> {
  return countsByParent(em, sql`select organization_id as parent_id, count(*) as total from person where organization_id = any(${unitIds}::int[]) group by organization_id`);
}
