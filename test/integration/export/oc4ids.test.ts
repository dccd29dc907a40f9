import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ajvDraft04, { type AnySchemaObject, type ValidateFunction } from 'ajv-draft-04';
import { startInstance, startTestApi, type TestApi } from '../../support/harness.js';
import { ADMIN_TOKEN, tokenFor } from '../../support/tokens.js';
import { Context } from '../../../src/core/context.js';
import { countSqlStatements } from '../../../src/db/sql-statements.js';
import { SYSTEM_CALLER } from '../../../src/modules/auth/auth.types.js';
import { oc4idsProjectPackage } from '../../../src/modules/export/oc4ids.service.js';
import type { Oc4idsProject, Oc4idsProjectPackage } from '../../../src/modules/export/oc4ids.types.js';
import { createLoaders } from '../../../src/server/loaders.js';

// A CommonJS package: its class is both the module and its `default` (the one the types know under NodeNext).
const Ajv04 = ajvDraft04.default;

const FIXTURES = new URL('../../fixtures/oc4ids/', import.meta.url);
const readJson = (name: string) => JSON.parse(readFileSync(new URL(name, FIXTURES), 'utf8')) as AnySchemaObject;
const projectSchema = readJson('project-schema.json');
const packageSchema = readJson('project-package-schema.json');

/** The codes (first column) of a codelist CSV of the fixtures; null when the fixtures do not hold it. */
function codelist(file: string): Set<string> | null {
  let text: string;
  try {
    text = readFileSync(new URL(file, FIXTURES), 'utf8');
  } catch {
    return null;
  }
  const codes = new Set<string>();
  for (const line of text.split(/\r?\n/).slice(1)) {
    const code = /^([^,"]+),/.exec(line)?.[1];
    if (code) codes.add(code);
  }
  return codes;
}

/**
 * The published package schema, with the project schema registered under its id so that the
 * package's `$ref` resolves without any network. The OC4IDS keywords that only document
 * (`codelist`, `openCodelist`, `versionId`) are declared; formats are checked strictly.
 */
function packageValidator(): ValidateFunction {
  const ajv = new Ajv04({ allErrors: true, strictTypes: false, strictTuples: false });
  ajv.addVocabulary(['codelist', 'openCodelist', 'versionId']);
  // RFC 3339 date-time, with its time zone.
  ajv.addFormat('date-time', (text: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(text) && !Number.isNaN(Date.parse(text)));
  ajv.addFormat('uri', (text: string) => /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/.test(text) && URL.canParse(text));
  ajv.addFormat('email', /^[^\s@]+@[^\s@]+$/);
  ajv.addSchema(projectSchema);
  return ajv.compile(packageSchema);
}

type Schema = { $ref?: string; properties?: Record<string, Schema>; items?: Schema; codelist?: string; enum?: unknown[] };

/**
 * Every value the project schema marks with a codelist, checked against the CSV of that codelist in
 * the fixtures. A closed codelist whose CSV the fixtures lack (currency, geometryType) is checked by
 * the schema's `enum`; an open one without its CSV fails, so no codelist value escapes a check.
 */
function codelistViolations(project: unknown): string[] {
  const definitions = projectSchema.definitions as Record<string, Schema>;
  const violations: string[] = [];
  const walk = (schema: Schema, value: unknown, path: string) => {
    if (value === undefined || value === null) return;
    if (schema.$ref) return walk(definitions[schema.$ref.replace('#/definitions/', '')], value, path);
    if (schema.codelist) {
      const codes = codelist(schema.codelist);
      const values = Array.isArray(value) ? value : [value];
      if (codes) for (const code of values) if (!codes.has(code as string)) violations.push(`${path}: "${code}" is not in ${schema.codelist}`);
      if (!codes && !schema.enum) violations.push(`${path}: no ${schema.codelist} in the fixtures to check ${JSON.stringify(values)}`);
      return;
    }
    if (Array.isArray(value) && schema.items) value.forEach((item, index) => walk(schema.items!, item, `${path}[${index}]`));
    else if (typeof value === 'object' && schema.properties) {
      for (const [key, child] of Object.entries(value as Record<string, unknown>)) if (schema.properties[key]) walk(schema.properties[key], child, `${path}.${key}`);
    }
  };
  walk(projectSchema as Schema, project, '$');
  return violations;
}

let api: TestApi;
let origin: string;
let viewer: string;
const validate = packageValidator();

beforeAll(async () => {
  api = await startTestApi('oc4ids');
  origin = new URL(api.url).origin;
  viewer = await tokenFor('VIEWER');
});
afterAll(() => api?.close());

function download(path: string, token: string | null, method = 'GET', base = origin): Promise<Response> {
  return fetch(`${base}${path}`, { method, headers: token ? { authorization: `Bearer ${token}` } : {} });
}

async function packageOf(year: number): Promise<Oc4idsProjectPackage> {
  const response = await download(`/exports/oc4ids/${year}.json`, viewer);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
  return (await response.json()) as Oc4idsProjectPackage;
}

function projectOf(pkg: Oc4idsProjectPackage, code: string): Oc4idsProject {
  const project = pkg.projects.find((candidate) => candidate.identifiers.some((identifier) => identifier.scheme === 'projectCode' && identifier.id === code));
  if (!project) throw new Error(`no project ${code} in the package`);
  return project;
}

/** The yuan of an amount the database holds in 万元, computed exactly by PostgreSQL. */
type YuanRow = { code: string; total: string; planned: string; completed: string; longitude: string | null; latitude: string | null };
function yuanRows(year: number): Promise<YuanRow[]> {
  return api.db.sql<YuanRow>(
    `select p.code, (p.total_investment * 10000)::bigint::text as total, (l.planned_investment * 10000)::bigint::text as planned,
            (coalesce((select sum(r.completed_investment) from progress_report r where r.project_id = p.id and r.year = $1 and r.status <> 'RETURNED'), 0) * 10000)::bigint::text as completed,
            p.longitude::text as longitude, p.latitude::text as latitude
       from listing l join project p on p.id = l.project_id where l.year = $1 and l.status = 'ISSUED'`,
    [year],
  );
}

describe('GET /exports/oc4ids/{year}.json', () => {
  let pkg2026: Oc4idsProjectPackage;
  beforeAll(async () => {
    pkg2026 = await packageOf(2026);
  });

  it('is a valid OC4IDS 0.9 project package (the published draft-04 schema, resolved offline)', () => {
    const valid = validate(pkg2026);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(pkg2026).toMatchObject({ version: '0.9', publisher: { name: 'XX区重点工程调度指挥中心' }, uri: `${origin}/exports/oc4ids/2026.json` });
    expect(pkg2026.license).toBeNull();
  });

  it('holds the 50 projects of the 2026 list, each once, with Chinese titles and stable ids', async () => {
    expect(pkg2026.projects).toHaveLength(50);
    const codes = (await api.db.sql<{ code: string }>(`select p.code from listing l join project p on p.id = l.project_id where l.year = 2026 and l.status = 'ISSUED'`)).map((row) => row.code);
    expect(new Set(pkg2026.projects.map((project) => project.id))).toEqual(new Set(codes.map((code) => `oc4ids-xxqzdgc-${code}`)));
    const first = projectOf(pkg2026, 'SZ2026-001');
    expect(first).toMatchObject({ id: 'oc4ids-xxqzdgc-SZ2026-001', title: 'XX国际石材产业城', language: 'zh', sector: ['economy'], type: 'construction', status: 'implementation' });
    expect(first.description).toContain('市重点');
  });

  it('gives money in yuan, exactly: 总投资 200000.00 万元 is 2000000000 CNY, and every amount is the stored 万元 × 10,000', async () => {
    expect(projectOf(pkg2026, 'SZ2026-001').budget.amount).toEqual({ amount: 2_000_000_000, currency: 'CNY' });
    for (const row of await yuanRows(2026)) {
      const project = projectOf(pkg2026, row.code);
      expect(String(project.budget.amount.amount)).toBe(row.total);
      const [plan] = project.budget.budgetBreakdowns[0].budgetBreakdown;
      expect(plan).toMatchObject({ id: '2026', amount: { currency: 'CNY' }, period: { startDate: '2026-01-01T00:00:00+08:00', endDate: '2026-12-31T00:00:00+08:00' } });
      expect(String(plan.amount.amount)).toBe(row.planned);
      const monthly = project.metrics?.find((metric) => metric.id === 'financialProgress')?.observations ?? [];
      const sum = monthly.reduce((total, observation) => total + BigInt(observation.value!.amount), 0n);
      expect(String(sum)).toBe(row.completed);
    }
  });

  it('places every project with a GeoJSON point [longitude, latitude] and its address', async () => {
    for (const row of await yuanRows(2026)) {
      const [location] = projectOf(pkg2026, row.code).locations!;
      expect(row.longitude).not.toBeNull();
      expect(location.geometry).toEqual({ type: 'Point', coordinates: [Number(row.longitude), Number(row.latitude)] });
      const [longitude, latitude] = location.geometry!.coordinates;
      expect(longitude).toBeGreaterThan(118);
      expect(latitude).toBeLessThan(26);
      expect(location.address?.countryName).toBe('中国');
    }
    expect(projectOf(pkg2026, 'SZ2026-001').locations![0]).toMatchObject({ description: 'XX区水西镇', address: { streetAddress: 'XX区水西镇' } });
  });

  it('uses only codes of the codelists (the CSVs of the fixtures), a parent sector before its subsector', () => {
    for (const project of pkg2026.projects) {
      expect(codelistViolations(project)).toEqual([]);
      for (const code of project.sector ?? []) if (code.includes('.')) expect(project.sector).toContain(code.split('.')[0]);
    }
    const statuses = new Set(pkg2026.projects.map((project) => project.status));
    expect([...statuses].sort()).toEqual(['implementation', 'preparation']);
    expect(new Set(pkg2026.projects.map((project) => project.type))).toEqual(new Set(['construction', 'rehabilitation', 'expansion']));
    expect(projectOf(pkg2026, 'SZ2026-009').sector).toEqual(['health']);
  });

  it('names the responsible unit as public authority, a party like the district government, by ids', () => {
    for (const project of pkg2026.projects) {
      const ids = project.parties.map((party) => party.id);
      expect(new Set(ids).size).toBe(ids.length);
      const authority = project.parties.find((party) => party.id === project.publicAuthority.id);
      expect(authority).toMatchObject({ name: project.publicAuthority.name, roles: ['publicAuthority'] });
      expect(project.parties).toContainEqual({ id: 'district-government', name: 'XX区人民政府', roles: ['publicAuthority'] });
    }
    expect(projectOf(pkg2026, 'SZ2026-001').publicAuthority.name).toBe('XX区水西镇');
  });

  it('carries the planned period, the year’s target tasks as milestones and the monthly reports as metrics', () => {
    const project = projectOf(pkg2026, 'SZ2026-001');
    expect(project.period).toEqual({ startDate: expect.stringMatching(/T00:00:00\+08:00$/), endDate: expect.stringMatching(/T00:00:00\+08:00$/) });
    expect(project.milestones).toContainEqual({ id: expect.any(String), title: '完成征地拆迁', type: 'delivery', dueDate: '2026-03-15T00:00:00+08:00', dateMet: '2026-03-12T00:00:00+08:00', status: 'met' });
    expect(project.milestones).toContainEqual(expect.objectContaining({ title: '二期生产线投产', status: expect.stringMatching(/^(notMet|scheduled)$/) }));
    const financial = project.metrics!.find((metric) => metric.id === 'financialProgress')!;
    const physical = project.metrics!.find((metric) => metric.id === 'physicalProgress')!;
    expect(financial.observations.map((observation) => observation.id).slice(0, 3)).toEqual(['2026-01', '2026-02', '2026-03']);
    // January to March 2026 are closed in the demo: their figures are official.
    expect(financial.observations[0]).toMatchObject({ period: { startDate: '2026-01-01T00:00:00+08:00', endDate: '2026-01-31T00:00:00+08:00' }, dimensions: { official: true } });
    expect(physical.observations[0]).toMatchObject({ measure: expect.stringMatching(/^\d+\.\d{2}$/), unit: { scheme: 'UNCEFACT', id: 'P1' }, notes: expect.any(String) });
    // The plan spread by month (序时计划) is the forecast: twelve months summing to the annual plan.
    const forecast = project.forecasts!.find((metric) => metric.id === 'financialProgress')!;
    expect(forecast.observations).toHaveLength(12);
    expect(forecast.observations.reduce((total, observation) => total + observation.value!.amount, 0)).toBe(project.budget.budgetBreakdowns[0].budgetBreakdown[0].amount.amount);
  });

  it('answers HEAD with the headers only', async () => {
    const response = await download('/exports/oc4ids/2026.json', viewer, 'HEAD');
    expect(response.status).toBe(200);
    expect(Number(response.headers.get('content-length'))).toBeGreaterThan(1000);
    expect(await response.text()).toBe('');
  });
});

describe('other years', () => {
  it('2025 holds the 14 projects of the 2025 list, with a year of official reports, and is valid', async () => {
    const pkg = await packageOf(2025);
    expect(validate(pkg)).toBe(true);
    expect(pkg.projects).toHaveLength(14);
    for (const project of pkg.projects) {
      expect(codelistViolations(project)).toEqual([]);
      const observations = project.metrics!.find((metric) => metric.id === 'financialProgress')!.observations;
      expect(observations.at(-1)!.id).toBe('2025-12');
      expect(observations.every((observation) => observation.dimensions?.official === true)).toBe(true);
    }
    for (const row of await yuanRows(2025)) expect(String(projectOf(pkg, row.code).budget.budgetBreakdowns[0].budgetBreakdown[0].amount.amount)).toBe(row.planned);
  });

  it('a year without an issued list is NOT_FOUND: a package holds at least one project', async () => {
    const response = await download('/exports/oc4ids/2024.json', viewer);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] });
  });

  it('costs one SQL statement for 50 projects (2026) as for 14 (2025)', async () => {
    const statements = async (year: number) => {
      const context = new Context({ orm: api.orm, districtName: 'XX区', createLoaders } as never, SYSTEM_CALLER);
      const counter = { count: 0 };
      const pkg = await countSqlStatements(counter, () => oc4idsProjectPackage(context, year, 'http://localhost/exports/oc4ids.json'));
      return { count: counter.count, projects: pkg.projects.length };
    };
    const [fifty, fourteen] = [await statements(2026), await statements(2025)];
    expect([fifty.projects, fourteen.projects]).toEqual([50, 14]);
    expect(fifty.count).toBe(fourteen.count);
    expect(fifty.count).toBe(1);
  });
});

describe('refusals, as every download refuses', () => {
  it('without credentials: 401 UNAUTHENTICATED with WWW-Authenticate', async () => {
    const response = await download('/exports/oc4ids/2026.json', null);
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
  });

  it.each(['/exports/oc4ids/1999.json', '/exports/oc4ids/2101.json', '/exports/oc4ids/20x6.json', '/exports/oc4ids/-2026.json'])('%s is a 400 BAD_USER_INPUT naming year', async (path) => {
    const response = await download(path, viewer);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT', field: 'year' } }] });
  });

  it.each(['/exports/oc4ids/2026', '/exports/oc4ids/2026.xml', '/exports/oc4ids/2026/1.json', '/exports/ocds/2026.json', '/exports/'])('%s is a 404', async (path) => {
    const response = await download(path, viewer);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] });
  });

  it('counts against the download budget shared with the reports (429 RATE_LIMITED once spent)', async () => {
    const tight = await startInstance(api.db, { limits: { downloadsPerMinute: 1 } });
    try {
      const base = new URL(tight.url).origin;
      // A burst of five downloads, whatever they are: three reports and two exports (refused as bad years, spent all the same).
      for (const path of ['/reports/monthly/2026/13.csv', '/reports/monthly/2026/13.csv', '/reports/monthly/2026/13.csv', '/exports/oc4ids/1999.json', '/exports/oc4ids/1999.json']) {
        expect((await download(path, ADMIN_TOKEN, 'GET', base)).status).toBe(400);
      }
      const refused = await download('/exports/oc4ids/2026.json', ADMIN_TOKEN, 'GET', base);
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(await refused.json()).toMatchObject({ errors: [{ extensions: { code: 'RATE_LIMITED' } }] });
    } finally {
      await tight.close();
    }
  });
});

describe('a completed project', () => {
  it('is in completion, with its completion date and its cumulative investment as final value', async () => {
    const [row] = await api.db.sql<{ id: number }>(`select id from project where code = 'SZ2026-008'`);
    const projectId = Buffer.from(`Project:${row.id}`).toString('base64');
    const updated = await api.raw<{ updateProject: { cumulativeInvestment: string } }>(
      `mutation($input: UpdateProjectInput!) { updateProject(input: $input) { cumulativeInvestment } }`,
      { input: { id: projectId, completedOn: '2026-03-31', status: 'COMPLETED' } },
    );
    expect(updated.errors).toBeUndefined();
    const pkg = await packageOf(2026);
    expect(validate(pkg)).toBe(true);
    const project = projectOf(pkg, 'SZ2026-008');
    const [{ final }] = await api.db.sql<{ final: string }>(`select ($1::numeric * 10000)::bigint::text as final`, [updated.data!.updateProject.cumulativeInvestment]);
    expect(project).toMatchObject({ status: 'completion', completion: { endDate: '2026-03-31T00:00:00+08:00', finalValue: { currency: 'CNY' } } });
    expect(String(project.completion!.finalValue!.amount)).toBe(final);
    expect(project.description).toContain('竣工');
    // The package is dated by its latest change: this one.
    expect(Date.parse(pkg.publishedDate)).toBe(Math.max(...pkg.projects.map((candidate) => Date.parse(candidate.updated))));
    expect(pkg.publishedDate).toBe(project.updated);
  });
});
