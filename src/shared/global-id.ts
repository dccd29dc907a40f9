import { BadUserInputError } from './errors.js';

/** Node type names that carry global ids. */
export type NodeTypeName =
  | 'Project'
  | 'Person'
  | 'Organization'
  | 'Assignment'
  | 'AnnualPlan'
  | 'Listing'
  | 'Milestone'
  | 'ProgressReport'
  | 'Correction'
  | 'IssuedDocument'
  | 'Evidence'
  | 'Rectification'
  | 'Escalation'
  | 'LandTask'
  | 'SupervisionGroup'
  | 'Inspection'
  | 'Problem'
  | 'AssessmentScheme'
  | 'Sanction'
  | 'TargetExplanation'
  | 'ApiKey'
  | 'AuditEntry';

/** Relay global id: base64 of "Type:id", opaque to clients. */
export function toGlobalId(type: NodeTypeName, id: number): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64');
}

/** Decodes a global id into its type and numeric id, or undefined when malformed. */
export function decodeGlobalId(globalId: string): { type: string; id: number } | undefined {
  if (typeof globalId !== 'string' || globalId.length === 0 || globalId.length > 100) return undefined;
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(globalId)) return undefined;
  const match = /^([A-Za-z]+):([1-9]\d{0,9})$/.exec(Buffer.from(globalId, 'base64').toString('utf8'));
  if (!match) return undefined;
  const id = Number(match[2]);
  if (id > 2_147_483_647) return undefined;
  return { type: match[1], id };
}

/**
 * Decodes a global id that must name a `type`; a malformed id or one of another type is bad input
 * naming `field`.
 */
export function fromGlobalId(globalId: string, type: NodeTypeName, field: string): number {
  const decoded = decodeGlobalId(globalId);
  if (!decoded) throw new BadUserInputError(`${field} is not a valid id: "${String(globalId).slice(0, 100)}"`, field);
  if (decoded.type !== type) {
    throw new BadUserInputError(`${field} must be ${article(type)} ${type} id, got ${article(decoded.type)} ${decoded.type} id`, field);
  }
  return decoded.id;
}

function article(word: string): string {
  return /^[AEIOU]/.test(word) ? 'an' : 'a';
}
