import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../../shared/scalars.js';
import { Project } from '../project/project.entity.js';

/** What kind of thing the caller owes. */
export enum TaskKind {
  REPORT_DUE = 'REPORT_DUE',
  REPORT_RETURNED = 'REPORT_RETURNED',
  INSPECTION_DUE = 'INSPECTION_DUE',
  RECTIFICATION_TO_SUBMIT = 'RECTIFICATION_TO_SUBMIT',
  RECTIFICATION_TO_VERIFY = 'RECTIFICATION_TO_VERIFY',
  ESCALATION = 'ESCALATION',
  EXPLANATION_OWED = 'EXPLANATION_OWED',
  REPORT_TO_REVIEW = 'REPORT_TO_REVIEW',
  CORRECTION_TO_DECIDE = 'CORRECTION_TO_DECIDE',
}
registerEnumType(TaskKind, {
  name: 'TaskKind',
  description: 'Kind of to-do item. 待办类别。',
  valuesConfig: {
    REPORT_DUE: { description: '月报待报送' },
    REPORT_RETURNED: { description: '月报被退回,待修改重报' },
    INSPECTION_DUE: { description: '本旬待督查' },
    RECTIFICATION_TO_SUBMIT: { description: '问题待整改' },
    RECTIFICATION_TO_VERIFY: { description: '整改待核验' },
    ESCALATION: { description: '督办事项待回复' },
    EXPLANATION_OWED: { description: '未完成目标待说明' },
    REPORT_TO_REVIEW: { description: '月报待审核' },
    CORRECTION_TO_DECIDE: { description: '更正申请待审批' },
  },
});

@ObjectType({ description: 'Something the caller owes. 待办事项。' })
export class Task {
  @Field(() => TaskKind, { description: '类别' })
  kind!: TaskKind;

  @Field(() => String, { description: 'What to do, in words. 事项。' })
  title!: string;

  @Field(() => Project, { description: '项目' })
  project!: Project;

  @Field(() => DateScalar, { description: '期限' })
  dueOn!: string;

  @Field(() => ID, { nullable: true, description: 'The thing to act on (a report, problem, rectification, escalation or correction), when there is one. 办理对象。' })
  subjectId!: string | null;
}

@ObjectType({ description: 'A page of the caller’s to-do list, soonest due first. 待办分页。' })
export class TaskPage {
  @Field(() => Int, { description: 'All tasks owed. 待办总数。' })
  totalCount!: number;

  @Field(() => [Task])
  nodes!: Task[];

  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page. 下一页游标。' })
  endCursor!: string | null;
}
