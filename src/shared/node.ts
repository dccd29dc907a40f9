import { Field, ID, InterfaceType } from 'type-graphql';

/** Relay's object identification: every node has a global id that `node(id:)` resolves. */
@InterfaceType({ description: 'An object with a global id (Relay node). 全局标识对象。' })
export abstract class Node {
  // Not simple: the schema field `id` reads the property `nodeId` (the row's `id` is the numeric key).
  @Field(() => ID, { name: 'id', simple: false, description: 'Global id, opaque. 全局标识。' })
  nodeId!: string;
}
