import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { byIdLoader, groupBy } from '../../shared/batch.js';
import { Person } from '../person/person.entity.js';
import { Problem } from '../problem/problem.entity.js';
import { Inspection, InspectionInspector, SupervisionMember } from './supervision.entity.js';

/** Per-request loaders of the supervision group, inspections and problems. */
export function supervisionLoaders(em: EntityManager) {
  return {
    inspectionById: byIdLoader(em, Inspection),
    membersByGroup: new DataLoader<number, SupervisionMember[]>(async (groupIds) => {
      const rows = await em.find(SupervisionMember, { group: { $in: [...groupIds] } }, { orderBy: { role: 'asc', id: 'asc' } });
      const groups = groupBy(rows, (row) => row.group.id);
      return groupIds.map((id) => groups.get(id) ?? []);
    }),
    inspectorsByInspection: new DataLoader<number, Person[]>(async (inspectionIds) => {
      const rows = await em.find(InspectionInspector, { inspection: { $in: [...inspectionIds] } }, { populate: ['person'], orderBy: { id: 'asc' } });
      const groups = groupBy(rows, (row) => row.inspection.id);
      return inspectionIds.map((id) => (groups.get(id) ?? []).map((row) => row.person.getEntity()));
    }),
    problemsByInspection: new DataLoader<number, Problem[]>(async (inspectionIds) => {
      const rows = await em.find(Problem, { inspection: { $in: [...inspectionIds] } }, { orderBy: { id: 'asc' } });
      const groups = groupBy(rows, (row) => row.inspection!.id);
      return inspectionIds.map((id) => groups.get(id) ?? []);
    }),
    problemsByProject: new DataLoader<number, Problem[]>(async (projectIds) => {
      const rows = await em.find(Problem, { project: { $in: [...projectIds] } }, { orderBy: { id: 'asc' } });
      const groups = groupBy(rows, (row) => row.project.id);
      return projectIds.map((id) => groups.get(id) ?? []);
    }),
  };
}
