import type { Context } from '../../core/context.js';
import { inTransaction } from '../../core/unit-of-work.js';
import { BadUserInputError, NotFoundError, optionalText, requireText } from '../../shared/errors.js';
import { fromGlobalId } from '../../shared/global-id.js';
import { pageRequest, toPage, type ConnectionArgs, type Page } from '../../shared/pagination.js';
import { Organization } from '../organization/organization.entity.js';
import { Person } from './person.entity.js';
import type { CreatePersonInput, PersonFilter } from './person.inputs.js';
import { EventType } from '../event/event.entity.js';
import { Action, authorize } from '../auth/authorization.js';

/** Loads a person by global id; unknown ids are NOT_FOUND. */
export async function getPerson(context: Context, id: string, field = 'id'): Promise<Person> {
  const person = await context.loaders.personById.load(fromGlobalId(id, 'Person', field));
  if (!person) throw new NotFoundError('Person', id);
  return person;
}

/** One page of people matching `filter`, in id order. */
export async function findPeople(context: Context, filter: PersonFilter | null | undefined, args: ConnectionArgs): Promise<Page<Person>> {
  const request = pageRequest(args);
  const qb = context.em.createQueryBuilder(Person, 'pe');
  if (filter?.leadershipBody) qb.andWhere({ leadershipBody: filter.leadershipBody });
  if (typeof filter?.organizationId === 'string') qb.andWhere({ organization: fromGlobalId(filter.organizationId, 'Organization', 'filter.organizationId') });
  if (filter?.search) {
    const pattern = `%${requireText(filter.search, 'filter.search', 100).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    qb.andWhere('(pe.name ilike ? or pe.title ilike ?)', [pattern, pattern]);
  }
  const counter = qb.clone();
  const rows = await qb.andWhere({ id: { $gt: request.afterKey } }).orderBy({ id: 'asc' }).limit(request.first + 1).getResult();
  return toPage(rows, request, () => counter.getCount());
}

const PHONE_PATTERN = /^\+?[0-9][0-9 -]{4,30}$/;

/** Creates a person, optionally in an organization. */
export function createPerson(context: Context, input: CreatePersonInput): Promise<Person> {
  authorize(context.caller, Action.MANAGE_PROJECTS);
  return inTransaction(context, 'createPerson', async (em, events) => {
    const phone = optionalText(input.phone, 'phone', 32);
    if (phone !== null && !PHONE_PATTERN.test(phone)) throw new BadUserInputError('phone must be digits, spaces or dashes', 'phone');
    let organization: Organization | null = null;
    if (typeof input.organizationId === 'string') {
      organization = await em.findOne(Organization, { id: fromGlobalId(input.organizationId, 'Organization', 'organizationId') });
      if (!organization) throw new NotFoundError('Organization', input.organizationId);
    }
    const person = em.create(Person, {
      name: requireText(input.name, 'name', 50),
      title: requireText(input.title, 'title', 100),
      leadershipBody: input.leadershipBody ?? null,
      organization,
      phone,
    });
    await em.flush();
    events.add({ type: EventType.PERSON_CREATED, payload: { personId: person.nodeId } });
    return person;
  });
}
