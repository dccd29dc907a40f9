import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { byIdLoader, groupBy, intArray } from '../../shared/batch.js';
import { selectDetached } from '../../shared/detached-rows.js';
import { Person } from '../person/person.entity.js';
import { Problem } from '../problem/problem.entity.js';
import { Inspection, InspectionInspector, SupervisionMember } from './supervision.entity.js';

/** Per-request loaders of the supervision group, inspections and problems. */
export function supervisionLoaders(em: EntityManager) {
  return {
    inspectionById: byIdLoader(em, Inspection),
    membersByGroup: new DataLoader<number, SupervisionMember[]>(async (groupIds) => {
      const rows = await selectDetached(em, SupervisionMember, 'group_id = any(?::int[])', [intArray(groupIds)], 'role, id');
      const groups = groupBy(rows, (row) => row.group.id);
      return groupIds.map((id) => groups.get(id) ?? []);
    }),
    inspectorsByInspection: new DataLoader<number, Person[]>(async (inspectionIds) => {
      const rows = await em.find(InspectionInspector, { inspection: { $in: [...inspectionIds] } }, { populate: ['person'], orderBy: { id: 'asc' } });
      const groups = groupBy(rows, (row) => row.inspection.id);
      return inspectionIds.map((id) => (groups.get(id) ?? []).map((row) => row.person.getEntity()));
    }),
    problemsByInspection: new DataLoader<number, Problem[]>(async (inspectionIds) => {
      const rows = await selectDetached(em, Problem, 'inspection_id = any(?::int[])', [intArray(inspectionIds)]);
      const groups = groupBy(rows, (row) => row.inspection!.id);
      return inspectionIds.map((id) => groups.get(id) ?? []);
    }),
    problemsByProject: new DataLoader<number, Problem[]>(async (projectIds) => {
      const rows = await selectDetached(em, Problem, 'project_id = any(?::int[])', [intArray(projectIds)]);
      const groups = groupBy(rows, (row) => row.project.id);
      return projectIds.map((id) => groups.get(id) ?? []);
    }),
  };
}
