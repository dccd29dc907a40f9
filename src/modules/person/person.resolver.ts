import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { ConnectionArgs, pageRequest, toPage } from '../../shared/pagination.js';
import { AssignmentRole } from '../assignment/assignment.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { ProjectConnection } from '../project/project.types.js';
import { Person } from './person.entity.js';
import { CONTACT_READERS } from '../auth/auth.types.js';
import { CreatePersonInput, PersonFilter } from './person.inputs.js';
import { PersonConnection } from './person.types.js';
import * as people from './person.service.js';

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => PersonConnection, { description: 'Leaders and officials. 人员列表。' })
  async people(
    @Arg('filter', () => PersonFilter, { nullable: true }) filter: PersonFilter | null,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() context: Context,
  ): Promise<PersonConnection> {
    return new PersonConnection(await people.findPeople(context, filter, args));
  }

  @Query(() => Person, { description: 'One person. 人员详情。' })
  person(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<Person> {
    return people.getPerson(context, id);
  }

  @Mutation(() => Person, { description: 'Create a person. 新增人员。' })
  createPerson(@Arg('input', () => CreatePersonInput) input: CreatePersonInput, @Ctx() context: Context): Promise<Person> {
    return people.createPerson(context, input);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Contact phone; null for VIEWER callers and API keys. 联系电话(只读角色不可见)。' })
  phone(@Root() person: Person, @Ctx() context: Context): string | null {
    return CONTACT_READERS.has(context.caller.role) ? person.phone : null;
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'Unit the person works in. 所在单位。' })
  organization(@Root() person: Person, @Ctx() context: Context): Promise<Organization | null> | null {
    return person.organization ? context.loaders.organizationById.load(person.organization.id) : null;
  }

  @FieldResolver(() => ProjectConnection, { description: 'Projects the person is assigned to, optionally in one role. 负责的项目。' })
  async projects(
    @Root() person: Person,
    @Arg('role', () => AssignmentRole, { nullable: true }) role: AssignmentRole | null,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() context: Context,
  ): Promise<ProjectConnection> {
    const request = pageRequest(args);
    const rows = await context.loaders.assignedProjectsPage.load({ id: person.id, role: role ?? null, ...request });
    return new ProjectConnection(toPage(rows, request, () => context.loaders.assignedProjectsCount.load({ id: person.id, role: role ?? null })));
  }
}
