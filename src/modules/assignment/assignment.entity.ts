import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique, type Opt, type Ref } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../shared/node.js';
import { toGlobalId } from '../../shared/global-id.js';
import { Person } from '../person/person.entity.js';
import { Project } from '../project/project.entity.js';

/** The part a person plays in a project (领导挂钩联系机制). */
export enum AssignmentRole {
  PRINCIPAL = 'PRINCIPAL',
  AREA_LEADER = 'AREA_LEADER',
  LIAISON_LEADER = 'LIAISON_LEADER',
  RESPONSIBLE_PERSON = 'RESPONSIBLE_PERSON',
  LAND_OFFICER = 'LAND_OFFICER',
  INSPECTOR = 'INSPECTOR',
}
registerEnumType(AssignmentRole, {
  name: 'AssignmentRole',
  description: 'Role of a person on a project. 项目责任角色。',
  valuesConfig: {
    PRINCIPAL: { description: '一把手(负总责)' },
    AREA_LEADER: { description: '分片负责领导' },
    LIAISON_LEADER: { description: '挂钩区领导' },
    RESPONSIBLE_PERSON: { description: '责任人' },
    LAND_OFFICER: { description: '征地和房屋征收专责人' },
    INSPECTOR: { description: '督查责任人(督查组成员)' },
  },
});

/** A person linked to a project in a role. */
@Entity({ tableName: 'assignment' })
@Unique({ name: 'assignment_project_person_role_unique', properties: ['project', 'person', 'role'] })
@ObjectType({ simpleResolvers: true, implements: Node, description: 'A person linked to a project in a role. 项目责任分工。' })
export class Assignment {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: () => Project, ref: true, deleteRule: 'cascade' })
  project!: Ref<Project>;

  @ManyToOne({ entity: () => Person, ref: true, deleteRule: 'restrict', index: true })
  person!: Ref<Person>;

  @Field(() => AssignmentRole, { description: 'Role. 角色。' })
  @Enum({ items: () => AssignmentRole, type: 'string', length: 24 })
  role!: AssignmentRole;

  @Property({ type: 'datetime', columnType: 'timestamptz', onCreate: () => new Date() })
  createdAt!: Date & Opt;

  get nodeId(): string & Opt {
    return toGlobalId('Assignment', this.id);
  }
}
