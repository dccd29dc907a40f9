import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../shared/pagination.js';
import { Project } from './project.entity.js';
import { ResponsibilityGap } from './project.service.js';

/** A page of projects. */
@ObjectType({ simpleResolvers: true, description: 'A page of projects. 项目分页列表。' })
export class ProjectConnection extends Connection(Project, 'Project', (project) => project.id) {}

registerEnumType(ResponsibilityGap, {
  name: 'ResponsibilityGap',
  description: 'What a project lacks under "有人抓、有人管". 缺失的责任落实项。',
  valuesConfig: {
    LIAISON_LEADER: { description: '缺挂钩区领导' },
    RESPONSIBLE_UNIT: { description: '缺责任单位' },
    RESPONSIBLE_PERSON: { description: '缺责任人' },
  },
});

/** A project with the responsibilities it still lacks. */
@ObjectType({ simpleResolvers: true, description: 'A project lacking a liaison leader, responsible unit or responsible person. 责任未落实的项目。' })
export class UnassignedProject {
  @Field(() => Project)
  project!: Project;

  @Field(() => [ResponsibilityGap])
  missing!: ResponsibilityGap[];
}
