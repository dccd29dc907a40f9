import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { BadUserInputError } from '../../shared/errors.js';
import { decodeGlobalId } from '../../shared/global-id.js';
import { Node } from '../../shared/node.js';
import { resolveNode } from './node.service.js';

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description: 'Any object by global id; null when no such object exists (Relay). 按全局标识查询对象。',
  })
  node(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<Node | null> {
    const decoded = decodeGlobalId(id);
    if (!decoded) throw new BadUserInputError(`id is not a valid id: "${String(id).slice(0, 100)}"`, 'id');
    return resolveNode(context, decoded.type, decoded.id);
  }
}
