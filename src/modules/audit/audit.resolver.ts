import { Arg, Args, Ctx, Field, InputType, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { Connection, ConnectionArgs, pageRequest, toPage } from '../../shared/pagination.js';
import { optionalText } from '../../shared/errors.js';
import { Action, authorize } from '../auth/authorization.js';
import { AuditEntry } from './audit-entry.entity.js';

@InputType({ description: 'Audit log filter. 留痕筛选。' })
export class AuditFilter {
  @Field(() => String, { nullable: true, description: 'e.g. person:12, role:ADMIN, apikey:3' })
  actor?: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. reportProgress' })
  operation?: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. ProgressReport' })
  entityType?: string | null;

  @Field(() => String, { nullable: true, description: 'Row id' })
  entityId?: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'A page of the audit log. 留痕分页。' })
export class AuditEntryConnection extends Connection(AuditEntry, 'AuditEntry', (entry) => entry.id) {}

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Query(() => AuditEntryConnection, { description: 'Every recorded change, oldest first (ADMIN). 操作留痕。' })
  async auditLog(
    @Arg('filter', () => AuditFilter, { nullable: true }) filter: AuditFilter | null,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() context: Context,
  ): Promise<AuditEntryConnection> {
    authorize(context.caller, Action.ADMINISTER);
    const request = pageRequest(args);
    const where: Record<string, unknown> = {};
    for (const key of ['actor', 'operation', 'entityType', 'entityId'] as const) {
      const value = optionalText(filter?.[key], `filter.${key}`, 100);
      if (value !== null) where[key] = value;
    }
    const rows = await context.em.find(AuditEntry, { ...where, id: { $gt: request.afterKey } }, { orderBy: { id: 'asc' }, limit: request.first + 1 });
    return new AuditEntryConnection(toPage(rows, request, () => context.em.count(AuditEntry, where)));
  }
}
