import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar, DecimalScalar } from '../../shared/scalars.js';
import { GeoPointInput } from '../../shared/geo.js';
import { InvestmentBand } from '../../shared/money.js';
import { ConstructionType, Industry, ProjectLevel, ProjectStatus } from './project.entity.js';

/** Filters of `projects`; all given conditions must hold. */
@InputType({ description: 'Project filter; all given conditions must hold. 项目筛选条件。' })
export class ProjectFilter {
  @Field(() => ProjectLevel, { nullable: true, description: "This year's level (see Project.level). 项目级别(本年度)。" })
  level?: ProjectLevel | null;

  @Field(() => Industry, { nullable: true, description: '产业类别' })
  industry?: Industry | null;

  @Field(() => InvestmentBand, { nullable: true, description: '投资档次' })
  investmentBand?: InvestmentBand | null;

  @Field(() => ConstructionType, { nullable: true, description: "This year's construction type. 建设性质(本年度)。" })
  constructionType?: ConstructionType | null;

  @Field(() => ID, { nullable: true, description: 'Responsible unit (Organization id). 责任单位。' })
  responsibleUnitId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Town or street of the site (Organization id). 所在镇/街。' })
  townId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Projects a person is assigned to in any role (Person id). 相关人员。' })
  personId?: string | null;

  @Field(() => String, { nullable: true, description: 'Cluster tag, e.g. 石材产业. 产业集群。' })
  cluster?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the name or code. 名称或编号关键字。' })
  search?: string | null;
}

@InputType({ description: 'A new key project. 新增重点项目。' })
export class CreateProjectInput {
  @Field(() => String, { description: '项目编号' })
  code!: string;

  @Field(() => String, { description: '项目名称' })
  name!: string;

  @Field(() => ProjectLevel, { description: 'Level on the listing of `year`. 项目级别。' })
  level!: ProjectLevel;

  @Field(() => Industry)
  industry!: Industry;

  @Field(() => ConstructionType, { description: 'Construction type on the listing of `year`. 建设性质。' })
  constructionType!: ConstructionType;

  @Field(() => [String], { nullable: true, description: '产业集群' })
  clusters?: string[] | null;

  @Field(() => DecimalScalar, { description: '总投资(万元)' })
  totalInvestment!: string;

  @Field(() => String, { nullable: true, description: 'Where it is built (town or street). 建设地点。' })
  address?: string | null;

  @Field(() => GeoPointInput, { nullable: true, description: 'Site coordinates (WGS-84). 项目坐标。' })
  location?: GeoPointInput | null;

  @Field(() => DateScalar, { nullable: true, description: 'Planned start, on the listing of `year`. 计划开工日期。' })
  plannedStartOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Planned completion, on the listing of `year`. 计划竣工日期。' })
  plannedCompletionOn?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: "The year whose list the project joins (default the current year): a draft, or issued at once when that year's list is issued. 列入年度。",
  })
  year?: number | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Annual plan of that year, 万元 (default 0). 年度计划投资(万元)。' })
  plannedInvestment?: string | null;

  @Field(() => ID, { nullable: true, description: 'Organization id. 责任单位。' })
  responsibleUnitId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The town or street the site lies in (an Organization of kind TOWN or STREET). 所在镇/街。' })
  townId?: string | null;
}

@InputType({ description: 'Changes to a project; omitted fields stay, null clears. 修改项目信息。' })
export class UpdateProjectInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version you last read; a different current version is a CONFLICT. 期望版本号(乐观锁)。' })
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => ProjectLevel, { nullable: true, description: "Changes this year's listing. 本年度项目级别。" })
  level?: ProjectLevel | null;

  @Field(() => Industry, { nullable: true })
  industry?: Industry | null;

  @Field(() => ConstructionType, { nullable: true, description: "Changes this year's listing. 本年度建设性质。" })
  constructionType?: ConstructionType | null;

  @Field(() => [String], { nullable: true })
  clusters?: string[] | null;

  @Field(() => DecimalScalar, { nullable: true })
  totalInvestment?: string | null;

  @Field(() => String, { nullable: true, description: 'Where it is built; null clears it. 建设地点。' })
  address?: string | null;

  @Field(() => GeoPointInput, { nullable: true, description: 'Site coordinates (WGS-84); null clears them. 项目坐标。' })
  location?: GeoPointInput | null;

  @Field(() => DateScalar, { nullable: true, description: "Changes this year's listing. 计划开工日期。" })
  plannedStartOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Changes this year's listing. 计划竣工日期。" })
  plannedCompletionOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: '竣工日期' })
  completedOn?: string | null;

  @Field(() => ID, { nullable: true })
  responsibleUnitId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The town or street the site lies in (TOWN or STREET); null clears it. 所在镇/街。' })
  townId?: string | null;

  @Field(() => ProjectStatus, { nullable: true })
  status?: ProjectStatus | null;
}

@InputType({ description: 'Record the start of works. 登记开工。' })
export class RecordStartInput {
  @Field(() => ID)
  projectId!: string;

  @Field(() => DateScalar, { description: '实际开工日期' })
  startedOn!: string;
}
