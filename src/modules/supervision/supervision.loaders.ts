import type { EntityManager } from '@mikro-orm/postgresql';
import { byIdLoader, childrenLoader, groupBy } from '../../shared/batch.js';
import DataLoader from 'dataloader';
import { Person } from '../person/person.entity.js';
import { Inspection, InspectionInspector, SupervisionMember } from './supervision.entity.js';

/** Per-request loaders of the supervision group and inspections. */
export function supervisionLoaders(em: EntityManager) {
  return {
    inspectionById: byIdLoader(em, Inspection),
    /** A project's inspections, newest first. */
    inspectionsByProject: childrenLoader(em, Inspection, 'project_id', (row) => row.project.id, 'project_id, inspected_on desc, id desc'),
    membersByGroup: childrenLoader(em, SupervisionMember, 'group_id', (row) => row.group.id, 'role, id'),
    inspectorsByInspection: new DataLoader<number, Person[]>(async (inspectionIds) => {
      const rows = await em.find(InspectionInspector, { inspection: { $in: [...inspectionIds] } }, { populate: ['person'], orderBy: { id: 'asc' } });
      const groups = groupBy(rows, (row) => row.inspection.id);
      return inspectionIds.map((id) => (groups.get(id) ?? []).map((row) => row.person.getEntity()));
    }),
  };
}

declare module '../../core/context.js' {
  /** This module's loaders, merged into every context's `loaders`. */
  interface Loaders extends ReturnType<typeof supervisionLoaders> {}
}
