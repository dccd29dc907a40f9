import { ConflictError } from './errors.js';

/**
 * Optimistic locking: when the client sends the version it last read, a different current version
 * means someone changed the row since — CONFLICT, with the current version to reload.
 */
export function requireVersion(entity: { version: number }, expectedVersion: number | null | undefined, typeName: string): void {
  if (expectedVersion === null || expectedVersion === undefined) return;
  if (entity.version !== expectedVersion) {
    throw new ConflictError(`${typeName} was changed by someone else (version ${entity.version}, you sent ${expectedVersion}); reload and retry`, {
      field: 'expectedVersion',
      currentVersion: entity.version,
    });
  }
}
