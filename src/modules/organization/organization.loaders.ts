import type { EntityManager } from '@mikro-orm/postgresql';
import { byIdLoader, groupedLoader } from '../../shared/batch.js';
import { peopleCounts, peoplePages, responsibleProjectCounts, responsibleProjectsPages } from './organization.queries.js';
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
      (ids, request) => responsibleProjectsPages(em, ids, request),
      [],
    ),
    responsibleProjectsCount: groupedLoader<{ id: number }, number>(
      () => '',
      (ids) => responsibleProjectCounts(em, ids),
      0,
    ),
    /** Page of the people working in an organization. */
    peoplePage: groupedLoader<PageKey, Person[]>(
      pageArgs,
      (ids, request) => peoplePages(em, ids, request),
      [],
    ),
    peopleCount: groupedLoader<{ id: number }, number>(
      () => '',
      (ids) => peopleCounts(em, ids),
      0,
    ),
  };
}

declare module '../../core/context.js' {
  /** This module's loaders, merged into every context's `loaders`. */
  interface Loaders extends ReturnType<typeof organizationLoaders> {}
}
