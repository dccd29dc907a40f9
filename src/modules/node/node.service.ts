import type { Context } from '../../core/context.js';
import { BadUserInputError } from '../../shared/errors.js';
import type { Node } from '../../shared/node.js';
import { Assignment } from '../assignment/assignment.entity.js';
import { Listing, Milestone } from '../listing/listing.entity.js';
import { AnnualPlan } from '../listing/listing.types.js';
import { ProgressReport } from '../progress/progress-report.entity.js';
import { Correction } from '../progress/report-history.entity.js';
import { IssuedDocument } from '../document/issued-document.entity.js';
import { evidenceByIds } from '../evidence/evidence.queries.js';
import { Rectification } from '../problem/rectification.entity.js';
import { Escalation } from '../escalation/escalation.entity.js';
import { LandTask } from '../land/land-task.entity.js';
import { ApiKey } from '../auth/api-key.entity.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { Action, authorize } from '../auth/authorization.js';
import { SupervisionGroup } from '../supervision/supervision.entity.js';
import { Problem } from '../problem/problem.entity.js';
import { AssessmentScheme, Sanction, TargetExplanation } from '../assessment/assessment.entity.js';

/** Loads the node a decoded global id names, or null when no row has that id. */
export async function resolveNode(context: Context, type: string, id: number): Promise<Node | null> {
  const { loaders, em } = context;
  switch (type) {
    case 'Project':
      return loaders.projectById.load(id);
    case 'Person':
      return loaders.personById.load(id);
    case 'Organization':
      return loaders.organizationById.load(id);
    case 'Assignment':
      return em.findOne(Assignment, { id });
    case 'AnnualPlan': {
      const listing = await em.findOne(Listing, { id });
      return listing ? AnnualPlan.of(listing) : null;
    }
    case 'Listing':
      return em.findOne(Listing, { id });
    case 'Milestone':
      return em.findOne(Milestone, { id });
    case 'ProgressReport':
      return em.findOne(ProgressReport, { id });
    case 'Correction':
      return em.findOne(Correction, { id });
    case 'IssuedDocument':
      return em.findOne(IssuedDocument, { id });
    case 'Evidence':
      return (await evidenceByIds(em, [id]))[0] ?? null;
    case 'Rectification':
      return em.findOne(Rectification, { id });
    case 'Escalation':
      return em.findOne(Escalation, { id });
    case 'LandTask':
      return em.findOne(LandTask, { id });
    case 'SupervisionGroup':
      return em.findOne(SupervisionGroup, { id });
    case 'Inspection':
      return loaders.inspectionById.load(id);
    case 'Problem':
      return em.findOne(Problem, { id });
    case 'AssessmentScheme':
      return em.findOne(AssessmentScheme, { id });
    case 'Sanction':
      return em.findOne(Sanction, { id });
    case 'TargetExplanation':
      return em.findOne(TargetExplanation, { id });
    case 'ApiKey':
    case 'AuditEntry':
      authorize(context.caller, Action.ADMINISTER);
      return type === 'ApiKey' ? em.findOne(ApiKey, { id }) : em.findOne(AuditEntry, { id });
    default:
      throw new BadUserInputError(`id names an unknown type ${type}`, 'id');
  }
}
