import { Decimal } from 'decimal.js';
import type { DateString } from '../../shared/dates.js';
import { monthEnd } from '../../shared/dekad.js';
import { toGlobalId } from '../../shared/global-id.js';
import type { DecimalString } from '../../shared/money.js';
import { phasingOfRow } from '../listing/listing.rules.js';
import { ConstructionType, Industry, ProjectLevel, ProjectStatus } from '../project/project.entity.js';
import type { Oc4idsMilestoneRow, Oc4idsProjectRow, Oc4idsReportRow } from './oc4ids.queries.js';
import type { Oc4idsMetric, Oc4idsMilestone, Oc4idsObservation, Oc4idsOrganization, Oc4idsPeriod, Oc4idsProject, Oc4idsProjectPackage, Oc4idsValue } from './oc4ids.types.js';

/**
 * How this district publishes OC4IDS. Constants for now; they are meant to become configuration
 * (with DISTRICT_NAME) once the office has settled them:
 * - `projectIdPrefix`: OC4IDS project ids are `<prefix>-<project code>`. The prefix must be one
 *   registered with the OC4IDS Helpdesk (data@open-contracting.org; registered prefixes are
 *   `oc4ids-` and six characters). `oc4ids-xxqzdgc` is a placeholder, deliberately of a length no
 *   registered prefix has, so it can never collide with another publisher's.
 * - `license`: null until the office decides under which license the data is published (a
 *   government decision, not the software's).
 */
export const OC4IDS_PUBLICATION = Object.freeze({
  projectIdPrefix: 'oc4ids-xxqzdgc',
  license: null as string | null,
  /** The OC4IDS version the package declares (major.minor; the schema is 0.9.5). */
  version: '0.9' as const,
});

/** The party id of the district government in every project's `parties`. */
export const DISTRICT_GOVERNMENT_PARTY_ID = 'district-government';

// ---------------------------------------------------------------------------------------------
// Values

/** 1 万元 = 10,000 yuan. */
const YUAN_PER_WAN = 10_000;

/**
 * An amount in 万元 (a numeric(14,2) as text) as an OC4IDS value in yuan: multiplied exactly with
 * decimal arithmetic. Two decimals of 万元 are always whole yuan, and every amount the database can
 * hold below 9×10^11 万元 is a safe JavaScript integer, so the JSON number is exact; anything else
 * is a bug and throws.
 */
export function yuanValue(wan: DecimalString): Oc4idsValue {
  const yuan = new Decimal(wan).times(YUAN_PER_WAN);
  if (!yuan.isInteger() || yuan.abs().greaterThan(Number.MAX_SAFE_INTEGER)) throw new Error(`${wan} 万元 is not a whole, safe number of yuan`);
  return { amount: Number(yuan.toFixed(0)), currency: 'CNY' };
}

/** A calendar day of the district as an RFC 3339 date-time: its midnight in China Standard Time. */
export function dayTime(date: DateString): string {
  return `${date}T00:00:00+08:00`;
}

function monthStart(year: number, month: number): DateString {
  return `${year}-${String(month).padStart(2, '0')}-01`;
}

// ---------------------------------------------------------------------------------------------
// Codelists

/**
 * OC4IDS sectors (projectSector codelist) suggested by words of a project's name and clusters. Every
 * rule that matches adds its codes (a parent before its subsector, as the standard asks), in this
 * order. The codelist describes infrastructure, so a factory, an industrial park or a market has no
 * closer code than `economy` ("including agribusiness, agriculture, science and environment").
 */
const SECTOR_RULES: readonly (readonly [RegExp, readonly string[]])[] = [
  [/学校|小学|中学|幼儿园|大学|学院|教育|职校/, ['education']],
  [/医院|卫生|保健|疾控|医疗|卫健|养老/, ['health']],
  [/污水|雨污|供水|水厂|排水|管网|垃圾|环卫|固废/, ['waterAndWaste']],
  [/防洪|堤防|排涝/, ['naturalResources', 'naturalResources.floodProtection']],
  [/光伏|太阳能/, ['energy', 'energy.solar']],
  [/风电/, ['energy', 'energy.wind']],
  [/水电站/, ['energy', 'energy.hydropower']],
  [/电力|变电|电网|燃气|供热/, ['energy']],
  [/智慧|通信|数据中心|宽带|5G/, ['communications']],
  [/指挥中心|档案馆|政务|法院|检察院|派出所|消防/, ['governance']],
  [/公交|枢纽|停车|地铁|轨道交通|慢行/, ['transport', 'transport.urban']],
  [/路网|大道|道路|公路|桥|隧道|高速/, ['transport', 'transport.road']],
  [/铁路|高铁/, ['transport', 'transport.rail']],
  [/港口|码头|航道/, ['transport', 'transport.water']],
  [/机场/, ['transport', 'transport.air']],
  [/安居|安置房|保障性|棚户区|公租房|廉租房/, ['socialHousing']],
  [/文化|艺术|体育|健身|公园|旅游|度假|景区|观光|历史街区|古城|博物馆|图书馆/, ['cultureSportsAndRecreation']],
  [/农业|农田|乡村振兴|林业|种植|养殖/, ['economy']],
  [/产业|工业|厂房|制造|物流|商贸|商务|商业|市场|建材|石材|博览|综合体|孵化/, ['economy']],
];

/**
 * A project's OC4IDS sectors: the codes its name and clusters suggest (`SECTOR_RULES`); failing
 * those, `economy` for the primary and secondary industries (agriculture, industry); and none for
 * a tertiary project the words do not place (mixed urban development, renovation of old
 * residential compounds …): the codelist has no honest code for it, so `sector` is left out.
 */
export function sectorOf(name: string, clusters: readonly string[], industry: Industry): string[] | undefined {
  const text = [name, ...clusters].join(' ');
  const codes = new Set<string>();
  for (const [pattern, sectors] of SECTOR_RULES) if (pattern.test(text)) sectors.forEach((code) => codes.add(code));
  if (codes.size > 0) return [...codes];
  return industry === Industry.TERTIARY ? undefined : ['economy'];
}

/**
 * The projectType of a project, from its name. The year's construction type (新开工 / 续建 / 预备)
 * says where the works stand in the year, not whether the asset is new, so it cannot give the type
 * (it informs `status`). A shanty-town redevelopment (棚户区改造) demolishes and builds anew.
 */
export function projectTypeOf(name: string): 'construction' | 'rehabilitation' | 'expansion' {
  if (/棚户区|棚改/.test(name)) return 'construction';
  if (/扩建|二期|三期|四期|延伸|扩区|扩容/.test(name)) return 'expansion';
  if (/改造|提升|升级|修缮|整治|翻新|加固/.test(name)) return 'rehabilitation';
  return 'construction';
}

/**
 * The projectStatus of a project as it stands: `completion` once completed (竣工), `implementation`
 * once works have started (a suspended project, 停工, is still in implementation: the codelist has no
 * pause), `preparation` before (a PREPARATORY listing's 前期 steps — approvals, land, permits — and a
 * NEW project not yet started are both "preparation" in the standard's sense).
 */
export function projectStatusOf(row: Pick<Oc4idsProjectRow, 'status' | 'started_on' | 'completed_on'>): 'preparation' | 'implementation' | 'completion' {
  if (row.completed_on !== null || row.status === ProjectStatus.COMPLETED) return 'completion';
  if (row.started_on !== null || row.status === ProjectStatus.UNDER_CONSTRUCTION || row.status === ProjectStatus.SUSPENDED) return 'implementation';
  return 'preparation';
}

/**
 * The milestoneType of a target task (节点目标), from its name: tendering is `procurement`; an
 * approval, permit or acceptance (批复, 许可, 竣工验收 …) is `approval`; studies and design not yet
 * approved are `preProcurement`; funding steps `financing`; every other target — start of works,
 * land handed over, structure topped out, the year's investment — is `delivery`.
 */
export function milestoneTypeOf(name: string): 'procurement' | 'approval' | 'preProcurement' | 'financing' | 'delivery' {
  if (/招标|采购/.test(name)) return 'procurement';
  if (/批复|审批|预审|选址|许可|立项|核准|备案|验收/.test(name)) return 'approval';
  if (/可研|设计|勘察|评估|论证/.test(name)) return 'preProcurement';
  if (/融资|贷款|专项债|资金到位/.test(name)) return 'financing';
  return 'delivery';
}

/** The milestoneStatus of a target on `today`: met when met, not met once its due day is past, else scheduled. */
export function milestoneStatusOf(milestone: Pick<Oc4idsMilestoneRow, 'dueOn' | 'metOn'>, today: DateString): 'met' | 'notMet' | 'scheduled' {
  if (milestone.metOn !== null) return 'met';
  return milestone.dueOn < today ? 'notMet' : 'scheduled';
}

// ---------------------------------------------------------------------------------------------
// Projects

const LEVEL_LABELS: Record<ProjectLevel, string> = { [ProjectLevel.CITY]: '市重点', [ProjectLevel.DISTRICT]: '区重点' };
const CONSTRUCTION_LABELS: Record<ConstructionType, string> = {
  [ConstructionType.NEW]: '新开工',
  [ConstructionType.CONTINUING]: '续建',
  [ConstructionType.PREPARATORY]: '预备(前期)',
};
const INDUSTRY_LABELS: Record<Industry, string> = { [Industry.PRIMARY]: '第一产业', [Industry.SECONDARY]: '第二产业', [Industry.TERTIARY]: '第三产业' };
const STATUS_LABELS: Record<ProjectStatus, string> = {
  [ProjectStatus.NOT_STARTED]: '未开工',
  [ProjectStatus.UNDER_CONSTRUCTION]: '在建',
  [ProjectStatus.COMPLETED]: '竣工',
  [ProjectStatus.SUSPENDED]: '停工',
};

/** What a project's entry needs besides its row. */
export interface Oc4idsProjectContext {
  year: number;
  /** DISTRICT_NAME, e.g. "XX区". */
  districtName: string;
  /** Today in the district's calendar, for the milestones' status. */
  today: DateString;
}

/** The project's description: the platform keeps no free text, so it is composed from the row (in Chinese, like the data). */
function descriptionOf(row: Oc4idsProjectRow, year: number): string {
  const clusters = row.clusters.length ? `,产业集群:${row.clusters.join('、')}` : '';
  return `${year}年${LEVEL_LABELS[row.level]}工程,${CONSTRUCTION_LABELS[row.construction_type]}项目;${INDUSTRY_LABELS[row.industry]}${clusters};责任单位:${row.unit_name ?? '未明确'};项目状态:${STATUS_LABELS[row.status]}。`;
}

function periodOf(row: Oc4idsProjectRow): Oc4idsPeriod | undefined {
  const period: Oc4idsPeriod = {};
  if (row.planned_start_on) period.startDate = dayTime(row.planned_start_on);
  if (row.planned_completion_on) period.endDate = dayTime(row.planned_completion_on);
  return Object.keys(period).length ? period : undefined;
}

function locationsOf(row: Oc4idsProjectRow, districtName: string): Oc4idsProject['locations'] {
  const hasPoint = row.longitude !== null && row.latitude !== null;
  if (!row.address && !row.town_name && !hasPoint) return undefined;
  return [
    {
      id: '1',
      ...(row.address || row.town_name ? { description: (row.address ?? row.town_name)! } : {}),
      // GeoJSON order: longitude first.
      ...(hasPoint ? { geometry: { type: 'Point' as const, coordinates: [Number(row.longitude), Number(row.latitude)] as [number, number] } } : {}),
      address: {
        ...(row.address ? { streetAddress: row.address } : {}),
        ...(row.town_name ? { locality: row.town_name } : {}),
        region: districtName,
        countryName: '中国',
      },
    },
  ];
}

function partiesOf(row: Oc4idsProjectRow, districtName: string): { parties: Oc4idsOrganization[]; publicAuthority: Oc4idsOrganization } {
  // Both are public authorities in the codelist's sense ("the entity responsible for developing the
  // infrastructure assets and/or delivering the public services in this project"): the district
  // government lists the project as a key project and answers for it, the responsible unit (责任单位)
  // delivers it and is named as `publicAuthority`, as CoST IDS maps the "project owner" (sponsoring
  // department). Neither is marked buyer or funder: the platform does not record who pays, and many
  // key projects are enterprise investments.
  const government: Oc4idsOrganization = { id: DISTRICT_GOVERNMENT_PARTY_ID, name: `${districtName}人民政府`, roles: ['publicAuthority'] };
  if (row.unit_id === null || row.unit_name === null) return { parties: [government], publicAuthority: government };
  const unit: Oc4idsOrganization = { id: `organization-${row.unit_id}`, name: row.unit_name, roles: ['publicAuthority'] };
  return { parties: [unit, government], publicAuthority: unit };
}

function milestonesOf(row: Oc4idsProjectRow, today: DateString): Oc4idsMilestone[] | undefined {
  if (row.milestones.length === 0) return undefined;
  return row.milestones.map((milestone) => ({
    id: String(milestone.id),
    title: milestone.name,
    type: milestoneTypeOf(milestone.name),
    dueDate: dayTime(milestone.dueOn),
    ...(milestone.metOn ? { dateMet: dayTime(milestone.metOn) } : {}),
    status: milestoneStatusOf(milestone, today),
  }));
}

function observationId(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}

/**
 * The year's plan spread by month (序时计划, `monthlyPhasing` as the lights read it) as a planned
 * financial progress; none for a PREPARATORY listing or a plan of zero (nothing is phased).
 */
function forecastsOf(row: Oc4idsProjectRow, year: number): Oc4idsMetric[] | undefined {
  const monthly = phasingOfRow(row, year);
  if (monthly.every((amount) => new Decimal(amount).isZero())) return undefined;
  const observations: Oc4idsObservation[] = monthly.map((amount, index) => ({
    id: observationId(year, index + 1),
    period: { startDate: dayTime(monthStart(year, index + 1)), endDate: dayTime(monthEnd(year, index + 1)) },
    value: yuanValue(amount),
  }));
  return [{ id: 'financialProgress', title: '分月计划投资', description: `${year}年度计划投资按月分解(序时计划),每月计划完成的投资额。`, observations }];
}

/**
 * The year's monthly reports (月报). OC4IDS has no "monthly report" field; its `metrics` are
 * "actual metrics for this project, such as the actual physical or financial progress over time",
 * with the codelist's `financialProgress` and `physicalProgress` — exactly what a 月报 holds. So
 * each counted report becomes two observations of its month: the investment completed in the month
 * (a value in yuan) and the physical progress at the month end (a percent, with the month's
 * narrative as notes). `dimensions` say whether the month is closed (the figure is official) and the
 * report's review state. Reporting milestones would only carry dates, and `transactions` are
 * payments, which completed investment is not.
 */
function metricsOf(reports: readonly Oc4idsReportRow[], year: number): Oc4idsMetric[] | undefined {
  if (reports.length === 0) return undefined;
  const dimensions = (report: Oc4idsReportRow) => ({ official: report.official, reviewStatus: report.status });
  return [
    {
      id: 'financialProgress',
      title: '月度完成投资',
      description: '各月填报的当月完成投资(计入统计的月报:已报送或已审核,退回的不计);official 为 true 的月份已关账,为正式数据。',
      observations: reports.map((report) => ({
        id: observationId(year, report.month),
        period: { startDate: dayTime(monthStart(year, report.month)), endDate: dayTime(monthEnd(year, report.month)) },
        value: yuanValue(report.completedInvestment),
        dimensions: dimensions(report),
      })),
    },
    {
      id: 'physicalProgress',
      title: '形象进度',
      description: '各月末的形象进度:已完成工程量占全部工程的百分比(累计);notes 为当月进展情况。',
      observations: reports.map((report) => ({
        id: observationId(year, report.month),
        period: { startDate: dayTime(monthEnd(year, report.month)), endDate: dayTime(monthEnd(year, report.month)) },
        measure: report.physicalProgress,
        unit: { name: 'percent', scheme: 'UNCEFACT', id: 'P1' },
        dimensions: dimensions(report),
        ...(report.narrative.trim() ? { notes: report.narrative } : {}),
      })),
    },
  ];
}

function budgetOf(row: Oc4idsProjectRow, year: number): Oc4idsProject['budget'] {
  const amended = row.issued_planned_investment !== null && !new Decimal(row.issued_planned_investment).equals(row.planned_investment);
  return {
    description: `总投资${row.total_investment}万元。`,
    amount: yuanValue(row.total_investment),
    budgetBreakdowns: [
      {
        id: 'annualPlan',
        description: '年度计划投资(年度重点项目名单下达的当年计划)',
        budgetBreakdown: [
          {
            id: String(year),
            description: `${year}年度计划投资${row.planned_investment}万元${amended ? `(下达时为${row.issued_planned_investment}万元,已调整)` : ''}`,
            amount: yuanValue(row.planned_investment),
            period: { startDate: dayTime(`${year}-01-01`), endDate: dayTime(`${year}-12-31`) },
            ...(row.issued_at ? { approvalDate: new Date(row.issued_at).toISOString() } : {}),
          },
        ],
      },
    ],
  };
}

function completionOf(row: Oc4idsProjectRow): Oc4idsProject['completion'] {
  if (row.completed_on === null) return undefined;
  return {
    endDate: dayTime(row.completed_on),
    ...(row.cumulative_investment !== null
      ? { finalValue: yuanValue(row.cumulative_investment), finalValueDetails: '开工累计完成投资(期初余额加历次计入统计的月报),非竣工决算。' }
      : {}),
  };
}

/** A project on the year's list as an OC4IDS project. */
export function oc4idsProject(row: Oc4idsProjectRow, context: Oc4idsProjectContext): Oc4idsProject {
  const { year, districtName, today } = context;
  const { parties, publicAuthority } = partiesOf(row, districtName);
  const sector = sectorOf(row.name, row.clusters, row.industry);
  const period = periodOf(row);
  const locations = locationsOf(row, districtName);
  const forecasts = forecastsOf(row, year);
  const metrics = metricsOf(row.reports, year);
  const milestones = milestonesOf(row, today);
  const completion = completionOf(row);
  return {
    id: `${OC4IDS_PUBLICATION.projectIdPrefix}-${row.code}`,
    updated: new Date(row.updated).toISOString(),
    language: 'zh',
    identifiers: [
      { id: row.code, scheme: 'projectCode' },
      { id: toGlobalId('Project', row.id), scheme: 'graphqlNodeId' },
    ],
    publicAuthority: { id: publicAuthority.id, name: publicAuthority.name },
    title: row.name,
    description: descriptionOf(row, year),
    budget: budgetOf(row, year),
    ...(period ? { period } : {}),
    ...(locations ? { locations } : {}),
    status: projectStatusOf(row),
    type: projectTypeOf(row.name),
    ...(sector ? { sector } : {}),
    parties,
    ...(forecasts ? { forecasts } : {}),
    ...(metrics ? { metrics } : {}),
    ...(milestones ? { milestones } : {}),
    ...(completion ? { completion } : {}),
  };
}

/** What the package says about itself. */
export interface Oc4idsPackageContext extends Oc4idsProjectContext {
  /** Where the package is served (its `uri`). */
  uri: string;
}

/**
 * The OC4IDS project package of a year's list: one project per row (at least one: the caller
 * refuses an empty list, which the schema does not allow). `publishedDate` is the latest change to
 * the contents, as the standard asks of a package generated on demand, so two downloads of unchanged
 * data are identical (given the same day).
 */
export function oc4idsPackage(rows: readonly Oc4idsProjectRow[], context: Oc4idsPackageContext): Oc4idsProjectPackage {
  const latest = rows.reduce((max, row) => Math.max(max, new Date(row.updated).getTime()), 0);
  return {
    uri: context.uri,
    publishedDate: new Date(latest).toISOString(),
    publisher: { name: `${context.districtName}重点工程调度指挥中心` },
    license: OC4IDS_PUBLICATION.license,
    version: OC4IDS_PUBLICATION.version,
    projects: rows.map((row) => oc4idsProject(row, context)),
  };
}
