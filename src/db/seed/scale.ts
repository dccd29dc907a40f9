import type { EntityManager } from '@mikro-orm/postgresql';
import { backdateSeededHistory } from './history.js';
import { demoSite } from './demo-geography.js';
import { query, queryOne, sql, type Sql } from '../sql.js';
import { createSchemeVersion, DEFAULT_SCHEME, schemeFor } from '../../modules/assessment/scheme.service.js';
import { closeLightsThrough } from '../../modules/light/light.service.js';
import { recomputeScores } from '../../modules/assessment/score.service.js';
import { dekadRange } from '../../shared/dekad.js';
import { demoOrganizations, demoPeople, demoProjects, type DemoProject } from './demo-district.data.js';
import { DEMO_PROBLEMS, DEMO_SUPERVISION_STAFF } from './demo-supervision.js';

/** Options of a province-scale run. */
export interface ScaleOptions {
  /** Number of projects; every 50 form one county (县) shaped like the demo district. */
  projects: number;
  /** Number of years of plans and reports, ending at `endYear`. */
  years: number;
  /** PRNG seed (default 1): the same options give the same rows. */
  seed?: number;
  /** The last year, whose lights, scores, inspections and problems are seeded (default 2026). */
  endYear?: number;
  /** The last month reported in `endYear` (default 10). */
  endMonth?: number;
}

/** What a scale run inserted, per table, and how long it took. */
export interface ScaleSummary {
  projects: number;
  years: number;
  seed: number;
  firstYear: number;
  endYear: number;
  endMonth: number;
  /** Rows per table after the run. */
  rows: Record<string, number>;
  /** Milliseconds per phase (generation, each table's insert, lights, scores, commit). */
  phases: Record<string, number>;
  elapsedMs: number;
}

/** Every table a scale run fills (or leaves empty on purpose: event, audit_entry, target_explanation). */
export const SCALE_TABLES = [
  'organization', 'person', 'project', 'assignment', 'listing', 'milestone', 'progress_report', 'land_task',
  'supervision_group', 'supervision_member', 'inspection', 'inspection_inspector', 'problem', 'sanction',
  'assessment_scheme', 'light_record', 'reporting_period', 'progress_report_revision', 'listing_plan_revision', 'project_start_revision', 'project_score', 'project_score_explanation', 'target_explanation', 'event', 'audit_entry',
] as const;

const BLOCK = demoProjects.length; // 50 projects per county, as in the demo district
const CHUNK_ROWS = 25_000;

// ---------------------------------------------------------------------------------------------
// Deterministic randomness

/** mulberry32: a small, fast 32-bit PRNG; enough for synthetic data. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mixes the run seed with stream identifiers, so each county and project draws from a stream of its own. */
function streamSeed(seed: number, ...parts: number[]): number {
  let hash = (seed ^ 0x9e3779b9) >>> 0;
  for (const part of parts) {
    hash = Math.imul(hash ^ (part >>> 0), 0x85ebca6b);
    hash ^= hash >>> 13;
    hash = Math.imul(hash, 0xc2b2ae35);
    hash ^= hash >>> 16;
  }
  return hash >>> 0;
}

class Random {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  /** Uniform in [0, 1). */
  float(): number {
    return this.next();
  }
  /** Uniform in [min, max). */
  between(min: number, max: number): number {
    return min + (max - min) * this.next();
  }
  /** Uniform integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(probability: number): boolean {
    return this.next() < probability;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j], items[i]];
    }
    return items;
  }
}

// ---------------------------------------------------------------------------------------------
// Calendar and money helpers (money in integer fen-of-万元, i.e. hundredths, never floats in SQL)

const DAY_MS = 86_400_000;

function dayOf(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Months counted from year 0, so that consecutive months differ by one. */
function monthIndex(year: number, month: number): number {
  return year * 12 + month - 1;
}

function yearOfDay(day: number): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}

function monthOfDay(day: number): number {
  return new Date(day * DAY_MS).getUTCMonth() + 1;
}

/** Hundredths as a decimal string with two places ("123.45"). */
function hundredths(value: number): string {
  const whole = Math.floor(value / 100);
  return `${whole}.${String(value - whole * 100).padStart(2, '0')}`;
}

/** 万元 (as in the demo data) to hundredths. */
function toHundredths(amount: string): number {
  return Math.round(Number(amount) * 100);
}

/** The report timestamp of a month, as in the demo: the 5th of the next month, 09:00 China time. */
function reportedAt(year: number, month: number): string {
  return new Date(Date.UTC(year, month, 5, 1, 0, 0)).toISOString();
}

/** A fixed instant on a calendar day (10:00 China time), for deterministic created/updated columns. */
function instantOf(day: number): string {
  return new Date(day * DAY_MS + 2 * 3600_000).toISOString();
}

// ---------------------------------------------------------------------------------------------
// Column-wise bulk inserts: one `insert … select from unnest(array, array, …)` per chunk

type PgType = 'int' | 'smallint' | 'numeric' | 'text' | 'date' | 'timestamptz' | 'boolean';
type Cell = string | number | boolean | null;

function arrayElement(value: Cell, type: PgType): string {
  if (value === null) return 'NULL';
  switch (type) {
    case 'int':
    case 'smallint':
    case 'numeric':
      return String(value);
    case 'boolean':
      return value ? 't' : 'f';
    default:
      return `"${String(value).replace(/[\\"]/g, '\\$&')}"`;
  }
}

/** A PostgreSQL array literal, sent as one text bind parameter and cast in SQL. */
function arrayLiteral(values: readonly Cell[], type: PgType, start: number, end: number): string {
  const parts: string[] = new Array(end - start);
  for (let i = start; i < end; i++) parts[i - start] = arrayElement(values[i], type);
  return `{${parts.join(',')}}`;
}

/** Rows of one table, collected column by column. */
class Rows<C extends string> {
  private readonly values: Record<C, Cell[]>;
  private count = 0;

  constructor(
    readonly table: string,
    private readonly columns: Record<C, PgType>,
  ) {
    this.values = Object.fromEntries(Object.keys(columns).map((name) => [name, []])) as unknown as Record<C, Cell[]>;
  }

  add(row: Record<C, Cell>): void {
    for (const name of Object.keys(this.columns) as C[]) this.values[name].push(row[name]);
    this.count++;
  }

  get size(): number {
    return this.count;
  }

  /**
   * Inserts the rows in order (so serial ids follow it), in chunks of one statement each. Every
   * column is inserted as is unless `computed` gives target columns as SQL over `u.<column>` (then
   * the columns named in `inputOnly` are not inserted).
   */
  async insert(em: EntityManager, options: { computed?: Record<string, Sql>; inputOnly?: C[]; returning?: string } = {}): Promise<Record<string, unknown>[]> {
    const names = Object.keys(this.columns) as C[];
    const targets: [string, Sql][] = names.filter((name) => !options.inputOnly?.includes(name)).map((name) => [name, sql.raw(`u.${name}`)]);
    for (const [target, expression] of Object.entries(options.computed ?? {})) targets.push([target, expression]);
    const returned: Record<string, unknown>[] = [];
    for (let start = 0; start < this.count; start += CHUNK_ROWS) {
      const end = Math.min(start + CHUNK_ROWS, this.count);
      const arrays = names.map((name) => sql`${arrayLiteral(this.values[name], this.columns[name], start, end)}::${sql.raw(this.columns[name])}[]`);
      const statement = sql`insert into ${sql.raw(this.table)} (${sql.raw(targets.map(([target]) => target).join(', '))})
        select ${sql.join(targets.map(([, expression]) => expression))}
          from unnest(${sql.join(arrays)}) with ordinality as u(${sql.raw(names.join(', '))}, ord)
         order by u.ord ${options.returning ? sql`returning ${sql.raw(options.returning)}` : sql.empty}`;
      const result = await query<Record<string, unknown>>(em, statement);
      if (options.returning) returned.push(...result);
    }
    return returned;
  }

  /** Updates existing rows by `key` (one of the columns) with the other columns, in chunks of one statement each. */
  async update(em: EntityManager, key: C): Promise<void> {
    const names = Object.keys(this.columns) as C[];
    const others = names.filter((name) => name !== key);
    for (let start = 0; start < this.count; start += CHUNK_ROWS) {
      const end = Math.min(start + CHUNK_ROWS, this.count);
      const arrays = names.map((name) => sql`${arrayLiteral(this.values[name], this.columns[name], start, end)}::${sql.raw(this.columns[name])}[]`);
      await query(
        em,
        sql`update ${sql.raw(this.table)} t set ${sql.raw(others.map((name) => `${name} = u.${name}`).join(', '))}
              from unnest(${sql.join(arrays)}) as u(${sql.raw(names.join(', '))})
             where t.${sql.raw(key)} = u.${sql.raw(key)}`,
      );
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The shape of a county (县), derived from the demo district

const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'];
const GIVEN = [...'志国建明海文华军平东立新晓丽红春秋伟强勇敏静芳燕玲霞涛斌波辉鹏飞宇杰俊峰磊超刚永宏忠德荣庆祥福瑞英秀兰梅桂玉凤琴云雪洁琳婷欣怡佳颖思嘉子振兴家成志远维利'];
const PLACE = [...'水沙湖城南北东西石河山桥塘溪岭峰阳田林龙凤安平新永兴泉青白金马云梅桃柳松竹江港口坪岗洲坝湾滩'];

const NEW_MILESTONES = ['项目开工建设', '完成征地交地', '完成基础及地下室工程', '主体结构封顶'];
const CONTINUING_MILESTONES = ['完成一季度形象进度目标', '完成征地拆迁', '主体结构封顶', '完成年度改造工程量'];
const PREPARATORY_MILESTONES = ['完成项目可研批复', '完成用地预审和规划选址', '完成初步设计及概算批复', '完成施工招标'];
const ANNUAL_TARGET = '完成年度投资计划';

const NARRATIVES = [
  '主体结构施工有序推进',
  '基础工程施工,土方开挖同步推进',
  '设备进场安装调试',
  '水电安装与砌体工程同步推进',
  '室外配套及附属工程施工',
  '路基填筑及管网铺设有序推进',
  '受雨季影响,部分工序顺延',
  '春节前后务工人员返乡,施工强度有所下降',
];

/** Inspection method sets, joined for `string_to_array` in SQL. */
const METHOD_SETS = ['DOCUMENT_REVIEW,SITE_VISIT', 'SITE_VISIT,BRIEFING', 'DOCUMENT_REVIEW,SITE_VISIT,BRIEFING,REVIEW'];

const FINDINGS: Record<string, string> = {
  AHEAD: '项目进度快于序时进度,现场管理规范',
  ON_SCHEDULE: '项目按计划推进,现场管理规范',
  BEHIND: '进度滞后于序时进度,要求倒排工期、加快推进',
  SERIOUSLY_BEHIND: '进度严重滞后,要求责任单位制定整改方案、限期整改',
};

const BAND_BOUNDS: [number, number][] = [
  [0, 10_000_00],
  [10_000_00, 50_000_00],
  [50_000_00, 100_000_00],
  [100_000_00, 1_000_000_00],
];

interface County {
  number: number;
  label: string;
  organizationNames: Map<string, string>;
  organizationShortNames: Map<string, string>;
  /** Demo person key (and staff-N for supervision staff) → phone, the key the ids are read back by. */
  personPhones: Map<string, string>;
}

interface Ids {
  organizations: Map<string, number>;
  people: Map<string, number>;
}

function blockOf(index: number): number {
  return Math.floor(index / BLOCK);
}

function demoShortName(name: string): string {
  return name.replace(/^XX区/, '').replace(/^区/, '');
}

/** The organizations and people of county `number` (1-based), named after the demo district's. */
function buildCounty(seed: number, number: number, organizations: Rows<'name' | 'kind' | 'created_at'>, people: Rows<'name' | 'title' | 'leadership_body' | 'organization_key' | 'phone' | 'created_at'>, createdAt: string, personCounter: { next: number }): County {
  const random = new Random(streamSeed(seed, 1, number));
  const label = `XX市第${number}县`;
  const organizationNames = new Map<string, string>();
  const organizationShortNames = new Map<string, string>();
  const usedPlaces = new Set<string>();
  for (const organization of demoOrganizations) {
    let short: string;
    if (organization.kind === 'DEPARTMENT') {
      short = `县${demoShortName(organization.name)}`;
      organizationNames.set(organization.key, `${label}${demoShortName(organization.name)}`);
    } else {
      let place: string;
      do place = random.pick(PLACE) + random.pick(PLACE);
      while (usedPlaces.has(place) || place[0] === place[1]);
      usedPlaces.add(place);
      short = `${place}${organization.kind === 'TOWN' ? '镇' : '街道'}`;
      organizationNames.set(organization.key, `${label}${short}`);
    }
    organizationShortNames.set(organization.key, short);
    organizations.add({ name: organizationNames.get(organization.key)!, kind: organization.kind, created_at: createdAt });
  }

  const personPhones = new Map<string, string>();
  const addPerson = (key: string, title: string, leadershipBody: string | null, organizationKey: string | null) => {
    const given = random.chance(0.3) ? random.pick(GIVEN) : random.pick(GIVEN) + random.pick(GIVEN);
    const phone = `1${random.pick(['39', '38', '35', '58', '80', '89', '37', '59'])}${String(personCounter.next++).padStart(8, '0')}`;
    personPhones.set(key, phone);
    people.add({
      name: random.pick(SURNAMES) + given,
      title,
      leadership_body: leadershipBody,
      organization_key: organizationKey === null ? null : organizationNames.get(organizationKey)!,
      phone,
      created_at: createdAt,
    });
  };
  for (const person of demoPeople) {
    let title = person.title;
    for (const organization of demoOrganizations) {
      const demoShort = demoShortName(organization.name);
      if (organization.kind !== 'DEPARTMENT' && title.includes(demoShort)) title = title.replace(demoShort, organizationShortNames.get(organization.key)!);
    }
    title = title.replaceAll('区', '县');
    addPerson(person.key, person.leadershipBody ? `第${number}县${title}` : title, person.leadershipBody, person.organizationKey);
  }
  DEMO_SUPERVISION_STAFF.forEach((member, index) => addPerson(`staff-${index}`, member.title.replaceAll('区', '县'), null, member.organizationKey));
  return { number, label, organizationNames, organizationShortNames, personPhones };
}

/** A demo project name moved to a county: its place names become the county's. */
function localName(name: string, county: County): string {
  const local = name.replace(/^XX区?/, '').replace(/^区/, '');
  for (const organization of demoOrganizations) {
    if (organization.kind === 'DEPARTMENT') continue;
    const stem = demoShortName(organization.name).replace(/(镇|街道)$/, '');
    if (local.includes(stem)) return local.replace(stem, county.organizationShortNames.get(organization.key)!.replace(/(镇|街道)$/, ''));
  }
  return local;
}

/** Months a project is under construction in `year`, from its start month (0 before the start). */
function activeMonths(year: number, startMonthIndex: number | null): number {
  if (startMonthIndex === null) return 0;
  const first = Math.max(startMonthIndex, monthIndex(year, 1));
  return Math.max(0, monthIndex(year, 12) - first + 1);
}

function roundTo(value: number, step: number): number {
  return Math.max(step, Math.round(value / step) * step);
}

/** The performance of a project against its plans: most on schedule, some lagging, a few far behind. */
function drawPerformance(random: Random): number {
  const u = random.float();
  if (u < 0.65) return random.between(0.97, 1.22);
  if (u < 0.85) return random.between(0.85, 0.97);
  if (u < 0.95) return random.between(0.65, 0.85);
  return random.between(0.35, 0.65);
}

/**
 * Fills an empty database with `projects` projects in counties of 50 shaped like the demo district
 * (28 city / 22 district, the same industries, construction types, investment bands, land tasks and
 * liaison assignments), `years` years of annual plans with milestones and monthly progress reports,
 * and for the last year the supervision group, inspections of the last three reported months,
 * problems, sanctions and the scheme; then computes the last year's lights and scores. One
 * transaction, bulk inserts, no events or audit rows (a seed is initial state). Deterministic: on an
 * empty database the same options give the same rows, ids included (only `computed_at` differs).
 */
export async function seedScale(em: EntityManager, options: ScaleOptions): Promise<ScaleSummary> {
  const started = performance.now();
  const seed = options.seed ?? 1;
  const endYear = options.endYear ?? 2026;
  const endMonth = options.endMonth ?? 10;
  const { projects: projectCount, years } = options;
  const firstYear = endYear - years + 1;
  if (!Number.isInteger(projectCount) || projectCount < 1 || projectCount > 1_000_000) throw new RangeError(`projects must be an integer from 1 to 1000000, got ${projectCount}`);
  if (!Number.isInteger(years) || years < 1 || years > 50) throw new RangeError(`years must be an integer from 1 to 50, got ${years}`);
  if (!Number.isInteger(endYear) || firstYear < 2003 || endYear > 2099) throw new RangeError(`years ${firstYear}–${endYear} must lie within 2003–2099`);
  if (!Number.isInteger(endMonth) || endMonth < 1 || endMonth > 12) throw new RangeError(`endMonth must be an integer from 1 to 12, got ${endMonth}`);
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);

  const phases: Record<string, number> = {};
  let mark = performance.now();
  const phase = (name: string) => {
    const now = performance.now();
    phases[name] = Math.round(now - mark);
    mark = now;
  };

  const nowDay = dayOf(endYear, endMonth, lastDayOfMonth(endYear, endMonth));
  const seededAt = instantOf(dayOf(firstYear, 1, 1));
  const counties = Math.ceil(projectCount / BLOCK);

  const organizations = new Rows('organization', { name: 'text', kind: 'text', created_at: 'timestamptz' });
  const people = new Rows('person', { name: 'text', title: 'text', leadership_body: 'text', organization_key: 'text', phone: 'text', created_at: 'timestamptz' });
  const countyShapes: County[] = [];
  const personCounter = { next: 1 };
  for (let county = 1; county <= counties; county++) countyShapes.push(buildCounty(seed, county, organizations, people, seededAt, personCounter));

  return em.fork().transactional(async (tem) => {
    phase('generate counties');
    const ids: Ids = { organizations: new Map(), people: new Map() };
    for (const row of await organizations.insert(tem, { returning: 'id, name' })) ids.organizations.set(row.name as string, row.id as number);
    for (const row of await people.insert(tem, {
      inputOnly: ['organization_key'],
      computed: { organization_id: sql`(select o.id from organization o where o.name = u.organization_key)` },
      returning: 'id, phone',
    })) {
      ids.people.set(row.phone as string, row.id as number);
    }
    phase('insert organizations and people');
    const personId = (county: County, key: string) => ids.people.get(county.personPhones.get(key)!)!;
    const organizationId = (county: County, key: string) => ids.organizations.get(county.organizationNames.get(key)!)!;

    // Projects first (their ids are needed by every other table).
    interface Planned {
      county: County;
      slot: number;
      template: DemoProject;
      random: Random;
      code: string;
      total: number;
      lastPlan: number;
      performance: number;
      startMonthIndex: number | null;
      startedOnDay: number | null;
      plannedStartDay: number;
      plannedCompletionDay: number;
      landTask: boolean;
    }
    const planned: Planned[] = [];
    const projects = new Rows('project', {
      code: 'text', name: 'text', industry: 'text', cluster: 'text', total_investment: 'numeric',
      address: 'text', longitude: 'numeric', latitude: 'numeric', started_on: 'date', responsible_unit_id: 'int', town_id: 'int', status: 'text',
      created_at: 'timestamptz',
    });
    for (let county = 0; county < counties; county++) {
      const shape = countyShapes[county];
      const order = new Random(streamSeed(seed, 2, county)).shuffle(demoProjects.map((_, slot) => slot));
      const size = Math.min(BLOCK, projectCount - county * BLOCK);
      for (let position = 0; position < size; position++) {
        const slot = order[position];
        const template = demoProjects[slot];
        const random = new Random(streamSeed(seed, 3, county * BLOCK + position));
        const templateTotal = toHundredths(template.totalInvestment);
        const band = BAND_BOUNDS.find(([low, high]) => templateTotal >= low && templateTotal < high)!;
        const total = Math.min(Math.max(roundTo(templateTotal * random.between(0.85, 1.15), 10_00), Math.max(band[0], 10_00)), band[1] - 10_00);
        const lastPlan = roundTo((toHundredths(template.plan2026.plannedInvestment) * total) / templateTotal * random.between(0.95, 1.05), 10_00);

        let plannedStartDay: number;
        let startedOnDay: number | null = null;
        if (template.constructionType === 'CONTINUING') {
          const start = random.int(monthIndex(firstYear - 2, 1), monthIndex(endYear - 1, 12));
          startedOnDay = dayOf(Math.floor(start / 12), (start % 12) + 1, random.int(1, 28));
          plannedStartDay = startedOnDay - random.int(0, 20);
        } else if (template.constructionType === 'NEW') {
          if (template.startedOn !== null) {
            const month = random.int(1, endMonth);
            startedOnDay = Math.min(dayOf(endYear, month, random.int(1, 28)), nowDay);
            plannedStartDay = Math.max(startedOnDay + random.int(-10, 10), dayOf(endYear, 1, 1));
          } else {
            plannedStartDay = dayOf(endYear, random.int(Math.max(1, endMonth - 1), 12), random.int(1, 28));
          }
        } else {
          plannedStartDay = endMonth < 12 && random.chance(0.4) ? dayOf(endYear, random.int(endMonth + 1, 12), 1) : dayOf(endYear + 1, random.int(1, 12), 1);
        }
        const startMonthIndex = startedOnDay === null ? null : monthIndex(yearOfDay(startedOnDay), monthOfDay(startedOnDay));
        // Duration from the last year's pace, so that the plans add up to about the total.
        const monthlyPace = lastPlan / Math.max(1, activeMonths(endYear, startMonthIndex ?? monthIndex(yearOfDay(plannedStartDay), monthOfDay(plannedStartDay))) || 12);
        const months = Math.min(120, Math.max(12, Math.ceil(total / Math.max(monthlyPace, 1))));
        const afterYear = startedOnDay === null ? plannedStartDay : Math.max(dayOf(endYear, 12, 31), startedOnDay);
        const plannedCompletionDay = Math.max(afterYear, plannedStartDay) + Math.round(months * 30.4 * random.between(0.4, 0.9));

        const code = `${template.level === 'CITY' ? 'SZ' : 'QZ'}${endYear}-${String(shape.number).padStart(3, '0')}-${String(slot + 1).padStart(3, '0')}`;
        const locationKey = demoOrganizations.find((organization) => organization.name === template.location)?.key;
        projects.add({
          code,
          name: `第${shape.number}县${localName(template.name, shape)}`,
          industry: template.industry,
          cluster: template.clusters[0] ?? null,
          total_investment: hundredths(total),
          address: locationKey ? shape.organizationNames.get(locationKey)! : `${shape.label}城区`,
          // Counties of 50 lie on a grid 0.3° apart, 40 to a row; sites placed as in the demo district.
          ...demoSite(code, template.location, [(county % 40) * 0.3, Math.floor(county / 40) * 0.3]),
          started_on: startedOnDay === null ? null : isoDay(startedOnDay),
          responsible_unit_id: organizationId(shape, template.responsibleUnitKey),
          town_id: locationKey ? organizationId(shape, locationKey) : null,
          status: startedOnDay === null ? 'NOT_STARTED' : 'UNDER_CONSTRUCTION',
          created_at: seededAt,
        });
        planned.push({
          county: shape, slot, template, random, code, total, lastPlan, performance: drawPerformance(random),
          startMonthIndex, startedOnDay, plannedStartDay, plannedCompletionDay, landTask: template.landTasks.length > 0,
        });
      }
    }
    phase('generate projects');
    const projectIds = new Map<string, number>();
    for (const row of await projects.insert(tem, {
      inputOnly: ['cluster'],
      computed: { clusters: sql`case when u.cluster is null then '{}'::text[] else array[u.cluster] end`, updated_at: sql`u.created_at` },
      returning: 'id, code',
    })) {
      projectIds.set(row.code as string, row.id as number);
    }
    phase('insert projects');

    const assignments = new Rows('assignment', { project_id: 'int', person_id: 'int', role: 'text', created_at: 'timestamptz' });
    const plans = new Rows('listing', {
      project_id: 'int', year: 'smallint', level: 'text', construction_type: 'text', planned_investment: 'numeric', planned_start_on: 'date', planned_completion_on: 'date',
      status: 'text', issued_at: 'timestamptz', issued_planned_investment: 'numeric', created_at: 'timestamptz', updated_at: 'timestamptz',
    });
    const openings = new Rows('project', { id: 'int', opening_investment: 'numeric', opening_investment_on: 'date' });
    const reports = new Rows('progress_report', {
      project_id: 'int', year: 'smallint', month: 'smallint', completed_investment: 'numeric', physical_progress: 'numeric', phrase: 'int',
      reported_by_id: 'int', reported_at: 'timestamptz', first_submitted_at: 'timestamptz',
    });
    const landTasks = new Rows('land_task', {
      project_id: 'int', name: 'text', area_to_acquire: 'numeric', area_acquired: 'numeric', households_to_relocate: 'int', households_relocated: 'int',
      updated_at: 'timestamptz',
    });
    interface PendingMilestone { projectId: number; year: number; position: number; name: string; dueOn: string; metOn: string | null }
    const milestones: PendingMilestone[] = [];

    for (const [index, project] of planned.entries()) {
      const { county, template, random, total, lastPlan } = project;
      const id = projectIds.get(project.code)!;
      const inBlock = index % BLOCK;
      for (const assignment of template.assignments) {
        assignments.add({ project_id: id, person_id: personId(county, assignment.personKey), role: assignment.role, created_at: seededAt });
      }
      assignments.add({ project_id: id, person_id: personId(county, `staff-${inBlock % DEMO_SUPERVISION_STAFF.length}`), role: 'INSPECTOR', created_at: seededAt });

      const reporterKey = demoPeople.some((person) => person.key === `rep-${template.responsibleUnitKey}`) ? `rep-${template.responsibleUnitKey}` : 'rep-dept-fgj';
      const reporter = personId(county, reporterKey);
      const physicalFactor = random.between(0.85, 1.1);
      // Work done before the first reported month counts in the cumulative physical progress.
      const beforeEndYear = project.startMonthIndex === null ? 0 : Math.max(0, monthIndex(endYear, 1) - project.startMonthIndex);
      const historyPace = beforeEndYear === 0 ? 0 : Math.max(total * 0.0005, Math.min((lastPlan / 12) * random.between(0.7, 1.1), (total * 0.75 - lastPlan) / beforeEndYear));
      let cumulative = project.startMonthIndex === null ? 0 : historyPace * project.performance * Math.max(0, monthIndex(firstYear, 1) - project.startMonthIndex);
      // What was done before the first year on the platform is the project's opening balance.
      if (cumulative > 0) openings.add({ id, opening_investment: hundredths(roundTo(cumulative, 1)), opening_investment_on: isoDay(dayOf(firstYear - 1, 12, 31)) });

      for (let year = firstYear; year <= endYear; year++) {
        const active = activeMonths(year, project.startMonthIndex);
        const last = year === endYear;
        let plan: number;
        if (last) plan = lastPlan;
        else if (active > 0) plan = roundTo(historyPace * active * random.between(0.9, 1.1), 10_00);
        else plan = roundTo(total * random.between(0.002, 0.01), 10_00);
        // The year's listing: CONTINUING once started, NEW the year it starts (or is to start), PREPARATORY before.
        const startYear = project.startedOnDay === null ? null : yearOfDay(project.startedOnDay);
        const type =
          startYear !== null && startYear < year ? 'CONTINUING' : startYear === year ? 'NEW' : startYear !== null ? 'PREPARATORY' : last ? template.constructionType : 'PREPARATORY';
        plans.add({
          project_id: id, year, level: template.level, construction_type: type, planned_investment: hundredths(plan),
          planned_start_on: type === 'CONTINUING' ? null : isoDay(project.plannedStartDay), planned_completion_on: isoDay(project.plannedCompletionDay),
          status: 'ISSUED', issued_at: instantOf(dayOf(year, 1, 10)), issued_planned_investment: hundredths(plan),
          created_at: instantOf(dayOf(year, 1, 10)), updated_at: instantOf(dayOf(year, 1, 15)),
        });

        const yearPerformance = last ? project.performance : project.performance * random.between(0.9, 1.1);
        let completed = 0;
        if (active > 0) {
          const pace = plan / active;
          const lastMonth = last ? endMonth : 12;
          for (let month = 1; month <= lastMonth; month++) {
            if (monthIndex(year, month) < project.startMonthIndex!) continue;
            const seasonal = month === 2 ? 0.6 : month === 12 ? 1.3 : 1;
            const amount = Math.max(0, Math.round(pace * yearPerformance * seasonal * random.between(0.6, 1.4)));
            completed += amount;
            cumulative += amount;
            const physical = Math.min(9950, Math.round((cumulative / total) * 10000 * physicalFactor));
            reports.add({
              project_id: id, year, month, completed_investment: hundredths(amount), physical_progress: hundredths(physical),
              phrase: month === 2 ? NARRATIVES.length : random.int(1, NARRATIVES.length - 2), reported_by_id: reporter, reported_at: reportedAt(year, month), first_submitted_at: reportedAt(year, month),
            });
          }
        }

        // 2–4 milestones; the last is always the annual investment target.
        const count = random.int(2, 4);
        const newThisYear = template.constructionType === 'NEW' && last;
        const names = newThisYear ? NEW_MILESTONES : active > 0 ? CONTINUING_MILESTONES : PREPARATORY_MILESTONES;
        const firstMonth = newThisYear ? monthOfDay(project.plannedStartDay) : 1;
        for (let position = 0; position < count; position++) {
          const final = position === count - 1;
          let due: number;
          let met: number | null = null;
          if (final) {
            due = dayOf(year, 12, 31);
            if (due <= nowDay && completed >= plan) met = due;
          } else if (newThisYear && position === 0) {
            due = project.plannedStartDay;
            met = project.startedOnDay;
          } else {
            const month = Math.min(12, firstMonth + Math.ceil(((position + 1) * (12 - firstMonth + 1)) / count) - 1);
            due = dayOf(year, month, lastDayOfMonth(year, month));
            if (due <= nowDay && random.chance(project.performance >= 0.95 ? 0.95 : 0.7)) met = Math.max(dayOf(year, 1, 1), due - random.int(0, 12));
          }
          milestones.push({ projectId: id, year, position, name: final ? ANNUAL_TARGET : names[position], dueOn: isoDay(due), metOn: met === null ? null : isoDay(met) });
        }
      }

      for (const task of template.landTasks) {
        const area = roundTo(toHundredths(task.areaToAcquire) * random.between(0.8, 1.2), 10);
        const areaShare = Math.min(1, Math.max(0, toHundredths(task.areaAcquired) / toHundredths(task.areaToAcquire) + random.between(-0.1, 0.1)));
        const households = Math.round(task.householdsToRelocate * random.between(0.8, 1.2));
        const householdShare = task.householdsToRelocate === 0 ? 0 : Math.min(1, Math.max(0, task.householdsRelocated / task.householdsToRelocate + random.between(-0.1, 0.1)));
        landTasks.add({
          project_id: id, name: task.name, area_to_acquire: hundredths(area), area_acquired: hundredths(Math.floor(area * areaShare)),
          households_to_relocate: households, households_relocated: Math.floor(households * householdShare), updated_at: reportedAt(endYear, endMonth),
        });
      }
    }
    phase('generate plans and reports');

    await assignments.insert(tem);
    phase('insert assignments');
    const planIds = new Map<string, number>();
    for (const row of await plans.insert(tem, { returning: 'id, project_id, year' })) planIds.set(`${row.project_id}:${row.year}`, row.id as number);
    phase('insert listings');
    await openings.update(tem, 'id');
    phase('opening balances');
    const milestoneRows = new Rows('milestone', { listing_id: 'int', position: 'smallint', name: 'text', due_on: 'date', met_on: 'date' });
    for (const milestone of milestones) {
      milestoneRows.add({ listing_id: planIds.get(`${milestone.projectId}:${milestone.year}`)!, position: milestone.position, name: milestone.name, due_on: milestone.dueOn, met_on: milestone.metOn });
    }
    await milestoneRows.insert(tem);
    phase('insert milestones');
    await reports.insert(tem, {
      inputOnly: ['phrase'],
      computed: { narrative: sql`format('本月完成投资%s万元,%s', u.completed_investment, (${arrayLiteral([...NARRATIVES, '春节假期,部分工序暂停'], 'text', 0, NARRATIVES.length + 1)}::text[])[u.phrase])` },
    });
    phase('insert progress reports');
    await landTasks.insert(tem);
    phase('insert land tasks');

    // Supervision of the last year: one group; each county's 区人大/区政协 deputies and five staff.
    const [group] = await query<{ id: number }>(tem, sql`insert into supervision_group (name, year) values (${'XX市重点工程(项目)建设督查组'}, ${endYear}) returning id`);
    const members = new Rows('supervision_member', { group_id: 'int', person_id: 'int', role: 'text' });
    for (const county of countyShapes) {
      members.add({ group_id: group.id, person_id: personId(county, 'congress-deputy-1'), role: county.number === 1 ? 'LEADER' : 'MEMBER' });
      members.add({ group_id: group.id, person_id: personId(county, 'cppcc-vice-1'), role: county.number === 1 ? 'DEPUTY' : 'MEMBER' });
      DEMO_SUPERVISION_STAFF.forEach((_, index) => members.add({ group_id: group.id, person_id: personId(county, `staff-${index}`), role: 'MEMBER' }));
    }
    await members.insert(tem);

    const inspections = new Rows('inspection', {
      project_id: 'int', year: 'smallint', month: 'smallint', dekad: 'smallint', inspected_on: 'date', method_set: 'int', findings: 'text',
      progress_rating: 'text', created_at: 'timestamptz',
    });
    interface PendingInspection { projectIndex: number; month: number; dekad: number; inspectedOn: number; second: number }
    const pendingInspections: PendingInspection[] = [];
    const firstInspectedMonth = Math.max(1, endMonth - 2);
    for (const [index, project] of planned.entries()) {
      const random = new Random(streamSeed(seed, 4, index));
      const id = projectIds.get(project.code)!;
      const notStartedLate = project.template.constructionType === 'NEW' && project.startedOnDay === null && project.plannedStartDay < nowDay;
      for (let month = firstInspectedMonth; month <= endMonth; month++) {
        for (let dekad = 1; dekad <= 3; dekad++) {
          if (random.chance(0.09)) continue; // 应督未督
          const range = dekadRange(endYear, month, dekad);
          const startsOn = dayOf(endYear, month, Number(range.startsOn.slice(8)));
          const endsOn = dayOf(endYear, month, Number(range.endsOn.slice(8)));
          const late = random.chance(0.05) && endsOn + 3 <= nowDay;
          const inspectedOn = late ? endsOn + random.int(1, 3) : random.int(startsOn, endsOn);
          const score = project.performance * random.between(0.9, 1.1);
          const rating = notStartedLate || score < 0.65 ? 'SERIOUSLY_BEHIND' : score < 0.9 ? 'BEHIND' : score > 1.12 ? 'AHEAD' : 'ON_SCHEDULE';
          const review = month === endMonth && dekad === 3;
          inspections.add({
            project_id: id, year: endYear, month, dekad, inspected_on: isoDay(inspectedOn), method_set: review ? 3 : random.int(1, 2),
            findings: review ? '督查推进会:看资料、看现场、听汇报,现场点评' : FINDINGS[rating], progress_rating: rating, created_at: instantOf(inspectedOn),
          });
          pendingInspections.push({ projectIndex: index, month, dekad, inspectedOn, second: (month + dekad) % 2 });
        }
      }
    }
    const inspectionIds = new Map<string, number>();
    for (const row of await inspections.insert(tem, {
      inputOnly: ['method_set'],
      computed: { methods: sql`string_to_array((${arrayLiteral(METHOD_SETS, 'text', 0, METHOD_SETS.length)}::text[])[u.method_set], ',')` },
      returning: 'id, project_id, month, dekad',
    })) {
      inspectionIds.set(`${row.project_id}:${row.month}:${row.dekad}`, row.id as number);
    }
    phase('insert inspections');

    const inspectors = new Rows('inspection_inspector', { inspection_id: 'int', person_id: 'int' });
    const problems = new Rows('problem', {
      project_id: 'int', inspection_id: 'int', description: 'text', owner_person_id: 'int', owner_unit_id: 'int', raised_on: 'date', deadline: 'date',
      status: 'text', rectification_measures: 'text', verified_by_id: 'int', resolved_on: 'date', updated_at: 'timestamptz',
    });
    const byProject = new Map<number, PendingInspection[]>();
    for (const inspection of pendingInspections) {
      const list = byProject.get(inspection.projectIndex);
      if (list) list.push(inspection);
      else byProject.set(inspection.projectIndex, [inspection]);
    }
    for (const [index, project] of planned.entries()) {
      const random = new Random(streamSeed(seed, 5, index));
      const id = projectIds.get(project.code)!;
      const county = project.county;
      const own = byProject.get(index) ?? [];
      const staff = personId(county, `staff-${(index % BLOCK) % DEMO_SUPERVISION_STAFF.length}`);
      for (const inspection of own) {
        const inspectionId = inspectionIds.get(`${id}:${inspection.month}:${inspection.dekad}`)!;
        inspectors.add({ inspection_id: inspectionId, person_id: staff });
        inspectors.add({ inspection_id: inspectionId, person_id: personId(county, inspection.second === 0 ? 'congress-deputy-1' : 'cppcc-vice-1') });
      }
      // About one problem per project: none, one or two.
      const problemCount = own.length === 0 ? 0 : [0, 1, 1, 2][random.int(0, 3)];
      for (let n = 0; n < problemCount; n++) {
        const inspection = random.pick(own);
        const raised = inspection.inspectedOn;
        const u = random.float();
        const status = u < 0.3 ? 'OPEN' : u < 0.6 ? 'RECTIFYING' : 'RESOLVED';
        const deadline = random.chance(0.1) ? dayOf(endYear, 12, 31) : raised + random.pick([10, 20, 30]);
        const resolved = status === 'RESOLVED' ? Math.max(raised, Math.min(raised + random.int(3, 25), nowDay)) : null;
        problems.add({
          project_id: id,
          inspection_id: inspectionIds.get(`${id}:${inspection.month}:${inspection.dekad}`)!,
          description: random.pick(DEMO_PROBLEMS),
          owner_person_id: random.chance(0.5) ? personId(county, project.template.assignments.find((a) => a.role === 'RESPONSIBLE_PERSON')!.personKey) : null,
          owner_unit_id: organizationId(county, project.template.responsibleUnitKey),
          raised_on: isoDay(raised),
          deadline: isoDay(deadline),
          status,
          rectification_measures: status === 'OPEN' ? null : '成立专班,倒排工期,挂图作战',
          verified_by_id: status === 'RESOLVED' ? personId(county, 'congress-deputy-1') : null,
          resolved_on: resolved === null ? null : isoDay(resolved),
          updated_at: instantOf(resolved ?? raised),
        });
      }
    }
    await inspectors.insert(tem);
    phase('insert inspectors');
    await problems.insert(tem);
    phase('insert problems');

    // Each county's review meeting praises one project and criticises another (as in the demo).
    const sanctions = new Rows('sanction', { kind: 'text', year: 'smallint', project_id: 'int', description: 'text', decided_on: 'date', recorded_at: 'timestamptz' });
    const meetingDay = dayOf(endYear, endMonth, Math.min(22, lastDayOfMonth(endYear, endMonth)));
    const meeting = isoDay(meetingDay);
    const meetingAt = instantOf(meetingDay);
    for (let start = 0; start < planned.length; start += BLOCK) {
      const block = planned.slice(start, start + BLOCK);
      const best = block.reduce((a, b) => (b.performance > a.performance ? b : a));
      const worst = block.reduce((a, b) => (b.performance < a.performance ? b : a));
      sanctions.add({ kind: 'COMMENDATION', year: endYear, project_id: projectIds.get(best.code)!, description: '督查推进会通报表扬:投资完成进度快、现场管理规范', decided_on: meeting, recorded_at: meetingAt });
      if (worst !== best) {
        sanctions.add({ kind: 'CRITICISM', year: endYear, project_id: projectIds.get(worst.code)!, description: '督查推进会通报批评:投资进度严重滞后,措施不得力', decided_on: meeting, recorded_at: meetingAt });
      }
    }
    await sanctions.insert(tem);

    createSchemeVersion(tem, endYear, 1, DEFAULT_SCHEME.rules, DEFAULT_SCHEME.thresholds);
    await tem.flush();
    await query(tem, sql`update assessment_scheme set created_at = ${instantOf(dayOf(endYear, 1, 1))} where year = ${endYear} and version = 1`);
    phase('insert supervision, sanctions, scheme');

    // Every month before the one being reported is closed: official lights for each, one read and
    // one write per year. The last month stays open, so reports can still be made and corrected.
    for (let year = firstYear; year <= endYear; year++) {
      const lastMonth = year === endYear ? endMonth - 1 : 12;
      if (lastMonth < 1) continue;
      const { thresholds } = await schemeFor(tem, year);
      await query(tem, sql`insert into reporting_period (year, month, closed_at, closed_by)
                             select ${year}, m, ${instantOf(dayOf(year, 1, 1))}::timestamptz + (m || ' months')::interval + interval '4 days', 'seed'
                               from generate_series(1, ${lastMonth}::int) m`);
      await closeLightsThrough(tem, year, lastMonth, thresholds);
    }
    phase('close months (lights)');
    await backdateSeededHistory(tem);
    phase('history (reviews, revisions, dates)');
    const scheme = await schemeFor(tem, endYear);
    await recomputeScores(tem, endYear, 'all', scheme);
    phase('compute scores');

    const counts = await queryOne<Record<string, string>>(tem, sql`select ${sql.raw(SCALE_TABLES.map((table) => `(select count(*) from ${table}) as ${table}`).join(', '))}`);
    const rows = Object.fromEntries(SCALE_TABLES.map((table) => [table, Number(counts[table])]));
    return { projects: projectCount, years, seed, firstYear, endYear, endMonth, rows, phases };
  }).then(async (summary) => {
    phase('commit');
    // Fresh planner statistics: without them the first queries on millions of new rows plan as if the tables were empty.
    await query(em, sql`analyze`);
    phase('analyze');
    return { ...summary, phases, elapsedMs: Math.round(performance.now() - started) };
  });
}

/** Utility for callers and tests: the county a project index belongs to (0-based). */
export { blockOf as countyOfProjectIndex };
