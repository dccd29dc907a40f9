import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { AssignmentResolver } from '../modules/assignment/assignment.resolver.js';
import { DashboardResolver } from '../modules/dashboard/dashboard.resolver.js';
import { LandTaskResolver } from '../modules/land/land.resolver.js';
import { NodeResolver } from '../modules/node/node.resolver.js';
import { OrganizationResolver } from '../modules/organization/organization.resolver.js';
import { PersonResolver } from '../modules/person/person.resolver.js';
import { AnnualPlanResolver } from '../modules/plan/plan.resolver.js';
import { ProgressReportResolver } from '../modules/progress/progress.resolver.js';
import { ProjectResolver } from '../modules/project/project.resolver.js';

export const resolvers = [
  NodeResolver,
  DashboardResolver,
  ProjectResolver,
  OrganizationResolver,
  PersonResolver,
  AssignmentResolver,
  AnnualPlanResolver,
  ProgressReportResolver,
  LandTaskResolver,
] as const;

/** Builds the executable schema from the decorated resolvers and types. */
export function buildApiSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers, validate: false });
}
