import { ArrayType, Check, Entity, Enum, ManyToOne, PrimaryKey, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../shared/node.js';
import { GeoPoint } from '../../shared/geo.js';
import { toGlobalId } from '../../shared/global-id.js';
import { DateScalar, DecimalScalar } from '../../shared/scalars.js';
import { InvestmentBand, investmentBandOf } from '../../shared/money.js';
import { Organization } from '../organization/organization.entity.js';

/** 市重点 / 区重点. */
export enum ProjectLevel {
  CITY = 'CITY',
  DISTRICT = 'DISTRICT',
}
registerEnumType(ProjectLevel, {
  name: 'ProjectLevel',
  description: 'Level of a key project. 项目级别。',
  valuesConfig: {
    CITY: { description: '市重点(落户本区的市级重点项目)' },
    DISTRICT: { description: '区重点' },
  },
});

/** 第一/二/三产业. */
export enum Industry {
  PRIMARY = 'PRIMARY',
  SECONDARY = 'SECONDARY',
  TERTIARY = 'TERTIARY',
}
registerEnumType(Industry, {
  name: 'Industry',
  description: 'Sector of the economy. 产业类别。',
  valuesConfig: { PRIMARY: { description: '第一产业' }, SECONDARY: { description: '第二产业' }, TERTIARY: { description: '第三产业' } },
});

/** 新建 / 续建 / 前期. */
export enum ConstructionType {
  NEW = 'NEW',
  CONTINUING = 'CONTINUING',
  PREPARATORY = 'PREPARATORY',
}
registerEnumType(ConstructionType, {
  name: 'ConstructionType',
  description: 'Construction type for the year. 建设性质。',
  valuesConfig: {
    NEW: { description: '新开工(本年开工)' },
    CONTINUING: { description: '续建' },
    PREPARATORY: { description: '预备(前期)' },
  },
});

/** Where a project stands. */
export enum ProjectStatus {
  NOT_STARTED = 'NOT_STARTED',
  UNDER_CONSTRUCTION = 'UNDER_CONSTRUCTION',
  COMPLETED = 'COMPLETED',
  SUSPENDED = 'SUSPENDED',
}
registerEnumType(ProjectStatus, {
  name: 'ProjectStatus',
  description: 'Status of a project. 项目状态。',
  valuesConfig: {
    NOT_STARTED: { description: '未开工' },
    UNDER_CONSTRUCTION: { description: '在建' },
    COMPLETED: { description: '竣工' },
    SUSPENDED: { description: '停工' },
  },
});

registerEnumType(InvestmentBand, {
  name: 'InvestmentBand',
  description: 'Band of total investment (lower bound inclusive). 投资档次。',
  valuesConfig: {
    UNDER_100M: { description: '1亿元以下' },
    FROM_100M_TO_500M: { description: '1–5亿元' },
    FROM_500M_TO_1B: { description: '5–10亿元' },
    OVER_1B: { description: '10亿元以上' },
  },
});

/** A key project (重点工程). */
@Entity({ tableName: 'project' })
@Check({ name: 'project_total_investment_non_negative', expression: 'total_investment >= 0' })
@Check({ name: 'project_opening_investment_non_negative', expression: 'opening_investment >= 0' })
@Check({ name: 'project_coordinates_both_or_neither', expression: '(longitude is null) = (latitude is null)' })
@Check({ name: 'project_coordinates_range', expression: 'longitude >= -180 and longitude <= 180 and latitude >= -90 and latitude <= 90' })
@Check({ name: 'project_completed_after_start', expression: 'completed_on is null or (started_on is not null and completed_on >= started_on)' })
@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: 'A key construction project: its identity, location, total investment and people across the years; what changes each year is on its listings. 重点工程(项目)。',
})
export class Project {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => Int, { description: 'Optimistic-lock version: send it back as expectedVersion to update. 版本号。' })
  @Property({ type: 'integer', version: true })
  version!: number & Opt;

  @Field(() => String, { description: 'Project code, unique. 项目编号。' })
  @Property({ type: 'string', length: 32, unique: true })
  code!: string;

  @Field(() => String, { description: 'Name. 项目名称。' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => Industry, { description: 'Industry. 产业类别。' })
  @Enum({ items: () => Industry, type: 'string', length: 16 })
  industry!: Industry;

  @Field(() => [String], { description: 'Cluster tags, e.g. 石材产业. 产业集群。' })
  @Property({ type: ArrayType, columnType: 'text[]', default: '{}' })
  clusters: string[] & Opt = [];

  @Field(() => DecimalScalar, { description: 'Total investment in 万元. 总投资(万元)。' })
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  totalInvestment!: string;

  @Field(() => String, { nullable: true, description: 'Where it is built, as an address (town or street). 建设地点。' })
  @Property({ type: 'string', length: 200, nullable: true })
  address!: string | null;

  /** Site coordinates (WGS-84), both or neither; the schema's `location`. */
  @Property({ type: 'decimal', precision: 9, scale: 6, nullable: true })
  longitude: string | null = null;

  @Property({ type: 'decimal', precision: 9, scale: 6, nullable: true })
  latitude: string | null = null;

  @Field(() => DecimalScalar, { description: 'Investment completed before the platform recorded it (the opening balance), 万元. 期初累计完成投资(万元)。' })
  @Property({ type: 'decimal', precision: 14, scale: 2, default: 0 })
  openingInvestment: string & Opt = '0.00';

  @Field(() => DateScalar, { nullable: true, description: 'The date the opening balance counts to; reports of later months add to it. 期初余额截至日期。' })
  @Property({ type: 'date', nullable: true })
  openingInvestmentOn: string | null = null;

  @Field(() => DateScalar, { nullable: true, description: 'Actual start of works; set means started. 实际开工日期(已动工)。' })
  @Property({ type: 'date', nullable: true })
  startedOn!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Actual completion. 竣工日期。' })
  @Property({ type: 'date', nullable: true })
  completedOn!: string | null;

  @ManyToOne({ entity: () => Organization, ref: true, nullable: true, deleteRule: 'restrict', index: true })
  responsibleUnit!: Ref<Organization> | null;

  /** The town or street (镇/街) the site lies in: an Organization of kind TOWN or STREET. */
  @ManyToOne({ entity: () => Organization, ref: true, nullable: true, deleteRule: 'restrict', index: true })
  town: Ref<Organization> | null = null;

  @Field(() => ProjectStatus, { description: 'Status. 项目状态。' })
  @Enum({ items: () => ProjectStatus, type: 'string', length: 24, default: ProjectStatus.NOT_STARTED })
  status: ProjectStatus & Opt = ProjectStatus.NOT_STARTED;

  @Property({ type: 'datetime', columnType: 'timestamptz', onCreate: () => new Date() })
  createdAt!: Date & Opt;

  @Property({ type: 'datetime', columnType: 'timestamptz', onCreate: () => new Date(), onUpdate: () => new Date() })
  updatedAt!: Date & Opt;

  get nodeId(): string & Opt {
    return toGlobalId('Project', this.id);
  }

  @Field(() => InvestmentBand, { description: 'Band of total investment (derived). 投资档次。' })
  get investmentBand(): InvestmentBand & Opt {
    return investmentBandOf(this.totalInvestment);
  }

  @Field(() => GeoPoint, { nullable: true, description: 'Site coordinates (WGS-84) for maps, and to check where evidence photos were taken; null when not given. 项目坐标。' })
  get location(): (GeoPoint & Opt) | null {
    return this.longitude === null || this.latitude === null ? null : { longitude: Number(this.longitude), latitude: Number(this.latitude) };
  }
}
