import { Organization } from '../modules/organization/organization.entity.js';
import { Person } from '../modules/person/person.entity.js';
import { Project } from '../modules/project/project.entity.js';
import { Assignment } from '../modules/assignment/assignment.entity.js';
import { Listing, Milestone } from '../modules/listing/listing.entity.js';
import { ReportingPeriod } from '../modules/period/reporting-period.entity.js';
import { ProgressReport } from '../modules/progress/progress-report.entity.js';
import { Correction, ReportRevision } from '../modules/progress/report-history.entity.js';
import { PlanRevision } from '../modules/listing/plan-revision.entity.js';
import { StartRevision } from '../modules/project/start-revision.entity.js';
import { IssuedDocument } from '../modules/document/issued-document.entity.js';
import { Evidence, EvidenceAttachment } from '../modules/evidence/evidence.entity.js';
import { Rectification } from '../modules/problem/rectification.entity.js';
import { Escalation } from '../modules/escalation/escalation.entity.js';
import { LandTask } from '../modules/land/land-task.entity.js';
import { DomainEvent } from '../modules/event/event.entity.js';
import { ApiKey } from '../modules/auth/api-key.entity.js';
import { AuditEntry } from '../modules/audit/audit-entry.entity.js';
import { IdempotencyRecord } from '../modules/idempotency/idempotency.entity.js';
import { Inspection, InspectionInspector, SupervisionGroup, SupervisionMember } from '../modules/supervision/supervision.entity.js';
import { Problem } from '../modules/problem/problem.entity.js';
import { LightRecord } from '../modules/light/light-record.entity.js';
import { AssessmentScheme, ProjectScoreExplanation, ProjectScoreRecord, Sanction, TargetExplanation } from '../modules/assessment/assessment.entity.js';

/** Every MikroORM entity, listed explicitly so tsc, tsx and vitest discover the same set. */
export const entities = [
  Organization, Person, Project, Assignment, Listing, Milestone, ProgressReport, LandTask, DomainEvent, ReportingPeriod,
  SupervisionGroup, SupervisionMember, Inspection, InspectionInspector, Problem, LightRecord,
  AssessmentScheme, Sanction, TargetExplanation, ProjectScoreRecord, ProjectScoreExplanation, ApiKey, AuditEntry, IdempotencyRecord,
  ReportRevision, Correction, PlanRevision, StartRevision, IssuedDocument,
  Evidence, EvidenceAttachment, Rectification, Escalation,
];
