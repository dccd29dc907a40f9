import type { EntityManager } from '@mikro-orm/postgresql';
import type { Loaders } from '../core/context.js';
import { organizationLoaders } from '../modules/organization/organization.loaders.js';
import { personLoaders } from '../modules/person/person.loaders.js';
import { projectLoaders } from '../modules/project/project.loaders.js';
import { listingLoaders } from '../modules/listing/listing.loaders.js';
import { progressLoaders } from '../modules/progress/progress.loaders.js';
import { supervisionLoaders } from '../modules/supervision/supervision.loaders.js';
import { problemLoaders } from '../modules/problem/problem.loaders.js';
import { lightLoaders } from '../modules/light/light.loaders.js';
import { assessmentLoaders } from '../modules/assessment/assessment.loaders.js';
import { evidenceLoaders } from '../modules/evidence/evidence.loaders.js';

/** Every per-request DataLoader, built fresh for each operation (and after each write). */
export function createLoaders(em: EntityManager): Loaders {
  return {
    ...organizationLoaders(em),
    ...personLoaders(em),
    ...projectLoaders(em),
    ...listingLoaders(em),
    ...progressLoaders(em),
    ...supervisionLoaders(em),
    ...problemLoaders(em),
    ...lightLoaders(em),
    ...assessmentLoaders(em),
    ...evidenceLoaders(em),
  };
}


