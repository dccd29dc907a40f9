import type { EntityManager } from '@mikro-orm/postgresql';
import { byIdLoader, countsByParent, groupedLoader, intArray, pagesByParent } from '../../shared/batch.js';
import type { PageRequest } from '../../shared/pagination.js';
import { Person } from '../person/person.entity.js';
import { Project } from '../project/project.entity.js';
import { Organization } from './organization.entity.js';

type PageKey = { id: number } & PageRequest;
const pageArgs = (key: PageKey) => `${key.first}:${key.afterKey}`;

/** Per-request loaders of organizations and their connections. */
export function organizationLoaders(em: EntityManager) {
  return {
    organizationById: byIdLoader(em, Organization),
    /** Page of the projects an organization is responsible for (责任单位). */
    responsibleProjectsPage: groupedLoader<PageKey, Project[]>(
      pageArgs,
      (ids, request) =>
        pagesByParent(em, Project, 'select p.*, p.responsible_unit_id as parent_id from project p where p.responsible_unit_id = any(?::int[])', [intArray(ids)], request),
      [],
    ),
    responsibleProjectsCount: groupedLoader<{ id: number }, number>(
      () => '',
      (ids) =>
        countsByParent(em, 'select responsible_unit_id as parent_id, count(*) as total from project where responsible_unit_id = any(?::int[]) group by responsible_unit_id', [intArray(ids)]),
      0,
    ),
    /** Page of the people working in an organization. */
    peoplePage: groupedLoader<PageKey, Person[]>(
      pageArgs,
      (ids, request) =>
        pagesByParent(em, Person, 'select pe.*, pe.organization_id as parent_id from person pe where pe.organization_id = any(?::int[])', [intArray(ids)], request),
      [],
    ),
    peopleCount: groupedLoader<{ id: number }, number>(
      () => '',
      (ids) => countsByParent(em, 'select organization_id as parent_id, count(*) as total from person where organization_id = any(?::int[]) group by organization_id', [intArray(ids)]),
      0,
    ),
  };
}

declare module '../../core/context.js' {
  /** This module's loaders, merged into every context's `loaders`. */
  interface Loaders extends ReturnType<typeof organizationLoaders> {}
}
