import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { byIdLoader, groupBy, intArray } from '../../shared/batch.js';
import { selectDetached } from '../../shared/detached-rows.js';
import { Assignment } from '../assignment/assignment.entity.js';
import { LandTask } from '../land/land-task.entity.js';
import { Project } from './project.entity.js';

/** Per-request loaders of projects and their direct children. */
export function projectLoaders(em: EntityManager) {
  return {
    projectById: byIdLoader(em, Project),
    assignmentsByProject: new DataLoader<number, Assignment[]>(async (projectIds) => {
      const rows = await selectDetached(em, Assignment, 'project_id = any(?::int[])', [intArray(projectIds)]);
      const groups = groupBy(rows, (row) => row.project.id);
      return projectIds.map((id) => groups.get(id) ?? []);
    }),
    landTasksByProject: new DataLoader<number, LandTask[]>(async (projectIds) => {
      const rows = await selectDetached(em, LandTask, 'project_id = any(?::int[])', [intArray(projectIds)]);
      const groups = groupBy(rows, (row) => row.project.id);
      return projectIds.map((id) => groups.get(id) ?? []);
    }),
  };
}
