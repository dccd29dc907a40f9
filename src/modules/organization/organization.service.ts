import type { Context } from '../../core/context.js';
import { inTransaction } from '../../core/unit-of-work.js';
import { ConflictError, NotFoundError, requireText } from '../../shared/errors.js';
import { fromGlobalId } from '../../shared/global-id.js';
import { Organization, type OrganizationKind } from './organization.entity.js';
import type { CreateOrganizationInput } from './organization.inputs.js';
import { EventType } from '../event/event.entity.js';
import { Action, authorize } from '../auth/authorization.js';

/** Every organization (optionally of one kind): towns, streets, then departments, each in creation order. */
export function listOrganizations(context: Context, kind: OrganizationKind | null | undefined): Promise<Organization[]> {
  return context.em.find(Organization, kind ? { kind } : {}, { orderBy: { kind: 'desc', id: 'asc' } });
}

/** Loads an organization by global id; unknown ids are NOT_FOUND. */
export async function getOrganization(context: Context, id: string, field = 'id'): Promise<Organization> {
  const organization = await context.loaders.organizationById.load(fromGlobalId(id, 'Organization', field));
  if (!organization) throw new NotFoundError('Organization', id);
  return organization;
}

/** Creates an organization; names are unique. */
export function createOrganization(context: Context, input: CreateOrganizationInput): Promise<Organization> {
  authorize(context.caller, Action.MANAGE_PROJECTS);
  return inTransaction(context, 'createOrganization', async (em, events) => {
    const name = requireText(input.name, 'name', 100);
    if (await em.count(Organization, { name })) throw new ConflictError(`organization ${name} already exists`, { field: 'name' });
    const organization = em.create(Organization, { name, kind: input.kind });
    await em.flush();
    events.add({ type: EventType.ORGANIZATION_CREATED, payload: { organizationId: organization.nodeId } });
    return organization;
  });
}
