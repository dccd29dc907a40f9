import { Check, Entity, ManyToOne, PrimaryKey, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../shared/node.js';
import { toGlobalId } from '../../shared/global-id.js';
import { DecimalScalar } from '../../shared/scalars.js';
import { Project } from '../project/project.entity.js';

/** Land acquisition and house expropriation for a project (征地和房屋征收). */
@Entity({ tableName: 'land_task' })
@Check({ name: 'land_task_area_bounds', expression: 'area_acquired >= 0 and area_acquired <= area_to_acquire' })
@Check({ name: 'land_task_households_bounds', expression: 'households_relocated >= 0 and households_relocated <= households_to_relocate' })
@ObjectType({ simpleResolvers: true, implements: Node, description: 'Land acquisition and relocation task. 征地和房屋征收任务。' })
export class LandTask {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => Int, { description: 'Optimistic-lock version: send it back as expectedVersion to update. 版本号。' })
  @Property({ type: 'integer', version: true })
  version!: number & Opt;

  @ManyToOne({ entity: () => Project, ref: true, deleteRule: 'cascade', index: true })
  project!: Ref<Project>;

  @Field(() => String, { description: 'What land or which houses. 任务名称。' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => DecimalScalar, { description: 'Area to acquire in 亩. 应征地面积(亩)。' })
  @Property({ type: 'decimal', precision: 12, scale: 2 })
  areaToAcquire!: string;

  @Field(() => DecimalScalar, { description: 'Area acquired in 亩. 已征地面积(亩)。' })
  @Property({ type: 'decimal', precision: 12, scale: 2 })
  areaAcquired!: string;

  @Field(() => Int, { description: 'Households to relocate. 应征收户数。' })
  @Property({ type: 'integer' })
  householdsToRelocate!: number;

  @Field(() => Int, { description: 'Households relocated. 已征收户数。' })
  @Property({ type: 'integer' })
  householdsRelocated!: number;

  @Property({ type: 'datetime', columnType: 'timestamptz', onCreate: () => new Date(), onUpdate: () => new Date() })
  updatedAt!: Date & Opt;

  get nodeId(): string & Opt {
    return toGlobalId('LandTask', this.id);
  }
}
