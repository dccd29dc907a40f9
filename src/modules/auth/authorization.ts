import { ForbiddenError } from '../../shared/errors.js';
import { Role, type Caller } from './auth.types.js';

/** Everything a caller may be allowed to do, besides reading. */
export enum Action {
  MANAGE_PROJECTS = 'MANAGE_PROJECTS',
  REPORT_PROGRESS = 'REPORT_PROGRESS',
  MANAGE_LAND = 'MANAGE_LAND',
  SUPERVISE = 'SUPERVISE',
  MANAGE_ASSESSMENT = 'MANAGE_ASSESSMENT',
  EXPLAIN_TARGET = 'EXPLAIN_TARGET',
  /** Approve or return monthly reports, decide correction requests (审核). */
  REVIEW_REPORTS = 'REVIEW_REPORTS',
  /** Ask for a change to a report of a closed month (更正申请). */
  REQUEST_CORRECTION = 'REQUEST_CORRECTION',
  /** Issue documents (印发). */
  ISSUE_DOCUMENTS = 'ISSUE_DOCUMENTS',
  /** Upload evidence files (photos, PDFs) and attach them. */
  SUBMIT_EVIDENCE = 'SUBMIT_EVIDENCE',
  /** Submit a rectification of a problem (the owner unit or person). */
  RECTIFY = 'RECTIFY',
  /** Verify or reject a rectification (a supervision-group member). */
  VERIFY_RECTIFICATION = 'VERIFY_RECTIFICATION',
  ADMINISTER = 'ADMINISTER',
}

/** Roles allowed each action; REPORTER and LEADER are further scoped (own unit, own person). */
const POLICY: Record<Action, ReadonlySet<Role>> = {
  [Action.MANAGE_PROJECTS]: new Set([Role.ADMIN]),
  [Action.REPORT_PROGRESS]: new Set([Role.ADMIN, Role.REPORTER]),
  [Action.MANAGE_LAND]: new Set([Role.ADMIN, Role.REPORTER]),
  [Action.SUPERVISE]: new Set([Role.ADMIN, Role.INSPECTOR]),
  [Action.MANAGE_ASSESSMENT]: new Set([Role.ADMIN]),
  [Action.EXPLAIN_TARGET]: new Set([Role.ADMIN, Role.LEADER]),
  [Action.REVIEW_REPORTS]: new Set([Role.ADMIN]),
  [Action.REQUEST_CORRECTION]: new Set([Role.ADMIN, Role.REPORTER]),
  [Action.ISSUE_DOCUMENTS]: new Set([Role.ADMIN]),
  [Action.SUBMIT_EVIDENCE]: new Set([Role.ADMIN, Role.REPORTER, Role.INSPECTOR, Role.LEADER]),
  [Action.RECTIFY]: new Set([Role.ADMIN, Role.REPORTER, Role.LEADER, Role.INSPECTOR]),
  [Action.VERIFY_RECTIFICATION]: new Set([Role.ADMIN, Role.INSPECTOR]),
  [Action.ADMINISTER]: new Set([Role.ADMIN]),
};

/** The resource an action touches, for the scoped roles. */
export interface Scope {
  /** Responsible unit of the project concerned. */
  unitId?: number | null;
  /** Person acting as author. */
  personId?: number | null;
}

/**
 * Throws FORBIDDEN unless the caller may perform `action` (on `scope` when given): REPORTERs only
 * for projects of their own unit, LEADERs only in their own name.
 */
export function authorize(caller: Caller, action: Action, scope?: Scope): void {
  if (!POLICY[action].has(caller.role)) {
    throw new ForbiddenError(`${caller.role} may not ${action.toLowerCase().replace(/_/g, ' ')}`);
  }
  if (!scope) return;
  if (caller.role === Role.REPORTER && 'unitId' in scope) {
    if (caller.unitId === null || scope.unitId !== caller.unitId) throw new ForbiddenError('a reporter may only report for projects of their own unit');
  }
  if (caller.role === Role.LEADER && 'personId' in scope) {
    if (caller.personId === null || scope.personId !== caller.personId) throw new ForbiddenError('a leader may only act in their own name');
  }
}
