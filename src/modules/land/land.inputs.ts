import { Field, ID, InputType, Int } from 'type-graphql';
import { DecimalScalar } from '../../shared/scalars.js';

@InputType({ description: 'A new land acquisition / relocation task. 新增征地和房屋征收任务。' })
export class AddLandTaskInput {
  @Field(() => ID)
  projectId!: string;

  @Field(() => String, { description: '任务名称' })
  name!: string;

  @Field(() => DecimalScalar, { description: '应征地面积(亩)' })
  areaToAcquire!: string;

  @Field(() => DecimalScalar, { nullable: true, description: '已征地面积(亩)' })
  areaAcquired?: string | null;

  @Field(() => Int, { description: '应征收户数' })
  householdsToRelocate!: number;

  @Field(() => Int, { nullable: true, description: '已征收户数' })
  householdsRelocated?: number | null;
}

@InputType({ description: 'Progress or correction of a land task; omitted fields stay. 更新征地和房屋征收进度。' })
export class UpdateLandTaskInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version you last read; a different current version is a CONFLICT. 期望版本号(乐观锁)。' })
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  areaToAcquire?: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  areaAcquired?: string | null;

  @Field(() => Int, { nullable: true })
  householdsToRelocate?: number | null;

  @Field(() => Int, { nullable: true })
  householdsRelocated?: number | null;
}
