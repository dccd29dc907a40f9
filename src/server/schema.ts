import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { EventProjectLink, EventResolver } from '../modules/event/event.resolver.js';
import { AuthResolver } from '../modules/auth/auth.resolver.js';
import { AuditResolver } from '../modules/audit/audit.resolver.js';
import { InspectionResolver, SupervisionGroupResolver, SupervisionMemberPersonLink, InspectionProjectLink, ProjectInspectionsResolver } from '../modules/supervision/supervision.resolver.js';
import { ProblemResolver, ProjectProblemsResolver, ProblemProjectLink, ProblemOwnerPersonLink, ProblemOwnerUnitLink, ProblemVerifiedByLink, RectificationSubmitterLink, RectificationVerifierLink } from '../modules/problem/problem.resolver.js';
import { LaggingProjectsResolver, LightChangeResolver, ProjectLightResolver } from '../modules/light/light.resolver.js';
import { AssessmentResolver,
  ProjectAssessmentResolver, SanctionProjectLink, SanctionPersonLink, SanctionResolver, SanctionUnitLink, TargetExplanationProjectLink, TargetExplanationAuthorLink } from '../modules/assessment/assessment.resolver.js';
import { EvidenceResolver, EvidenceUploaderLink, InspectionEvidenceResolver, ProgressReportEvidenceResolver, RectificationEvidenceResolver } from '../modules/evidence/evidence.resolver.js';
import { EscalationProblemLink, EscalationProjectLink, EscalationResolver, EscalationUnitLink } from '../modules/escalation/escalation.resolver.js';
import { MeResolver } from '../modules/tasks/tasks.resolver.js';
import { AssignmentResolver, AssignmentProjectLink, AssignmentPersonLink } from '../modules/assignment/assignment.resolver.js';
import { DashboardGroupResolver, DashboardResolver } from '../modules/dashboard/dashboard.resolver.js';
import { LandTaskResolver, LandTaskProjectLink } from '../modules/land/land.resolver.js';
import { NodeResolver } from '../modules/node/node.resolver.js';
import { OrganizationResolver } from '../modules/organization/organization.resolver.js';
import { PersonResolver } from '../modules/person/person.resolver.js';
import { AnnualPlanResolver, AnnualPlanProjectLink, ListingProjectLink, ListingResolver, ProjectListingResolver } from '../modules/listing/listing.resolver.js';
import { ProjectProgressResolver, ProgressReportResolver, ProgressReportProjectLink, ProgressReportReportedByLink } from '../modules/progress/progress.resolver.js';
import { IssuedDocumentResolver } from '../modules/document/document.resolver.js';
import { CorrectionReportLink, CorrectionResolver, ReportReviewResolver, ReportRevisionReportedByLink } from '../modules/progress/review.resolver.js';
import { ProjectResolver } from '../modules/project/project.resolver.js';
import { reportResolvers } from '../modules/report/report.resolver.js';

import { PeriodResolver } from '../modules/period/period.resolver.js';

export const resolvers = [
  NodeResolver,
  DashboardResolver,
  DashboardGroupResolver,
  ProjectResolver,
  OrganizationResolver,
  PersonResolver,
  AssignmentResolver,
  AnnualPlanResolver,
  ListingResolver,
  PeriodResolver,
  ProjectListingResolver,
  ListingProjectLink,
  ProgressReportResolver,
  ReportReviewResolver,
  IssuedDocumentResolver,
  CorrectionResolver,
  ProjectProgressResolver,
  LandTaskResolver,
  EventResolver,
  EventProjectLink,
  SupervisionGroupResolver,
  InspectionResolver,
  ProblemResolver,
  ProjectProblemsResolver,
  ProjectLightResolver,
  LightChangeResolver,
  LaggingProjectsResolver,
  AssessmentResolver,
  ProjectAssessmentResolver,
  AuthResolver,
  AuditResolver,
  ProjectInspectionsResolver,
  RectificationSubmitterLink,
  RectificationVerifierLink,
  SanctionResolver,
  SanctionUnitLink,
  EvidenceResolver,
  EvidenceUploaderLink,
  InspectionEvidenceResolver,
  ProgressReportEvidenceResolver,
  RectificationEvidenceResolver,
  EscalationResolver,
  EscalationProblemLink,
  EscalationProjectLink,
  EscalationUnitLink,
  MeResolver,
  ...reportResolvers,
  SupervisionMemberPersonLink,
  InspectionProjectLink,
  ProgressReportProjectLink,
  ProgressReportReportedByLink,
  CorrectionReportLink,
  ReportRevisionReportedByLink,
  ProblemProjectLink,
  ProblemOwnerPersonLink,
  ProblemOwnerUnitLink,
  ProblemVerifiedByLink,
  AnnualPlanProjectLink,
  LandTaskProjectLink,
  AssignmentProjectLink,
  AssignmentPersonLink,
  SanctionProjectLink,
  SanctionPersonLink,
  TargetExplanationProjectLink,
  TargetExplanationAuthorLink,
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
