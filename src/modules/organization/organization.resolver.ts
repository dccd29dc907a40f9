import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { ConnectionArgs, pageRequest, toPage } from '../../shared/pagination.js';
import { PersonConnection } from '../person/person.types.js';
import { ProjectConnection } from '../project/project.types.js';
import { Organization, OrganizationKind } from './organization.entity.js';
import { CreateOrganizationInput } from './organization.inputs.js';
import * as organizations from './organization.service.js';

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => [Organization], { description: 'Towns/streets and departments. 单位列表。' })
  organizations(@Arg('kind', () => OrganizationKind, { nullable: true }) kind: OrganizationKind | null, @Ctx() context: Context): Promise<Organization[]> {
    return organizations.listOrganizations(context, kind);
  }

  @Query(() => Organization, { description: 'One organization. 单位详情。' })
  organization(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<Organization> {
    return organizations.getOrganization(context, id);
  }

  @Mutation(() => Organization, { description: 'Create a town/street or department. 新增单位。' })
  createOrganization(@Arg('input', () => CreateOrganizationInput) input: CreateOrganizationInput, @Ctx() context: Context): Promise<Organization> {
    return organizations.createOrganization(context, input);
  }

  @FieldResolver(() => ProjectConnection, { description: 'Projects this unit is responsible for. 责任项目。' })
  async projects(@Root() organization: Organization, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() context: Context): Promise<ProjectConnection> {
    const request = pageRequest(args);
    const rows = await context.loaders.responsibleProjectsPage.load({ id: organization.id, ...request });
    return new ProjectConnection(toPage(rows, request, () => context.loaders.responsibleProjectsCount.load({ id: organization.id })));
  }

  @FieldResolver(() => PersonConnection, { description: 'People of this unit. 单位人员。' })
  async people(@Root() organization: Organization, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() context: Context): Promise<PersonConnection> {
    const request = pageRequest(args);
    const rows = await context.loaders.peoplePage.load({ id: organization.id, ...request });
    return new PersonConnection(toPage(rows, request, () => context.loaders.peopleCount.load({ id: organization.id })));
  }
}
