import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { EventResolver } from '../modules/event/event.resolver.js';
import { AuthResolver } from '../modules/auth/auth.resolver.js';
import { AuditResolver } from '../modules/audit/audit.resolver.js';
import { InspectionResolver, SupervisionGroupResolver, SupervisionMemberResolver } from '../modules/supervision/supervision.resolver.js';
import { ProblemResolver } from '../modules/problem/problem.resolver.js';
import { LaggingProjectsResolver, LightChangeResolver, ProjectLightResolver } from '../modules/light/light.resolver.js';
import {
  AssessmentResolver,
  ProjectAssessmentResolver,
  SanctionResolver,
  TargetExplanationResolver,
} from '../modules/assessment/assessment.resolver.js';
import { AssignmentResolver } from '../modules/assignment/assignment.resolver.js';
import { DashboardResolver } from '../modules/dashboard/dashboard.resolver.js';
import { LandTaskResolver } from '../modules/land/land.resolver.js';
import { NodeResolver } from '../modules/node/node.resolver.js';
import { OrganizationResolver } from '../modules/organization/organization.resolver.js';
import { PersonResolver } from '../modules/person/person.resolver.js';
import { AnnualPlanResolver } from '../modules/plan/plan.resolver.js';
import { ProgressReportResolver } from '../modules/progress/progress.resolver.js';
import { ProjectResolver } from '../modules/project/project.resolver.js';
import { reportResolvers } from '../modules/report/report.resolver.js';

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
  EventResolver,
  SupervisionGroupResolver,
  SupervisionMemberResolver,
  InspectionResolver,
  ProblemResolver,
  ProjectLightResolver,
  LightChangeResolver,
  LaggingProjectsResolver,
  AssessmentResolver,
  ProjectAssessmentResolver,
  SanctionResolver,
  TargetExplanationResolver,
  AuthResolver,
  AuditResolver,
  ...reportResolvers,
] as const;

/**
 * type-graphql insists on a PubSub once any subscription exists; ours are fed by the event log
 * (each `@Subscription` has its own `subscribe`), so topic-based publishing is deliberately absent.
 */
const noTopicPubSub = {
  publish(): never {
    throw new Error('publish through the event log (inTransaction events), not type-graphql topics');
  },
  subscribe(): never {
    throw new Error('subscriptions are fed by the event log, not type-graphql topics');
  },
};

/** Builds the executable schema from the decorated resolvers and types. */
export function buildApiSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers, validate: false, pubSub: noTopicPubSub });
}
