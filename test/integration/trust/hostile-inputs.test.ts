import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { startTestApi, type TestApi } from '../../support/harness.js';
import { toGlobalId } from '../../../src/shared/global-id.js';
import { ADMIN_TOKEN } from '../../support/tokens.js';

let api: TestApi;
let projectId: string;
let landTaskId: string;

const TABLES = [
  'project', 'progress_report', 'land_task', 'person', 'organization', 'listing', 'milestone', 'event', 'audit_entry', 'light_record', 'project_score', 'project_score_explanation',
  'progress_report_revision', 'report_correction', 'issued_document', 'reporting_period', 'listing_plan_revision', 'project_start_revision',
  'problem', 'rectification', 'escalation', 'sanction', 'evidence', 'evidence_attachment',
];
/** The tables written through the unit of work, whose changes the audit records. */
const RECORDED = [
  'project', 'progress_report', 'land_task', 'person', 'organization', 'listing', 'milestone', 'progress_report_revision', 'report_correction', 'issued_document', 'reporting_period',
  'problem', 'rectification', 'escalation', 'sanction', 'evidence', 'evidence_attachment',
];

/** One digest per table: any write shows. */
async function fingerprint(): Promise<Record<string, string>> {
  // An earlier call's derived data (scores, warnings) commits just after it: not part of this call.
  await api.server.derivations.settled();
  const rows = await api.db.sql<{ name: string; digest: string }>(
    TABLES.map((table) => `select '${table}' as name, coalesce(md5(string_agg(t::text, '|' order by t::text)), '') as digest from ${table} t`).join(' union all '),
  );
  return Object.fromEntries(rows.map((row) => [row.name, row.digest]));
}

beforeAll(async () => {
  api = await startTestApi('hostile');
  const [row] = await api.db.sql<{ id: number; task: number }>('select p.id, t.id as task from project p join land_task t on t.project_id = p.id order by p.id limit 1');
  projectId = toGlobalId('Project', row.id);
  landTaskId = toGlobalId('LandTask', row.task);
});
afterAll(() => api?.close());

const hostileText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom("'; drop table project; --", '" or 1=1 --', '\u0000', '\u0007bell', 'a\u0000b', '%_\\', '𠮷野家', ' ', '', 'x'.repeat(5000), '<script>alert(1)</script>', 'x\ud800y', '\udc00'),
  fc.string({ unit: 'binary', maxLength: 30 }),
);
const hostileDecimal = fc.oneof(
  fc.constantFrom('0', '0.00', '1.234', '-1.00', '-0', 'NaN', 'Infinity', '1e5', '1e308', '999999999999.99', '9999999999999.99', '00012.5', '.5', '5.', ' 7 ', '1,000.00', '0x10'),
  fc.double().map(String),
  fc.integer().map(String),
  hostileText,
);
const hostileId = fc.oneof(
  fc.constantFrom('', 'not-an-id', 'UHJvamVjdDo5OTk5OTk5', Buffer.from('Project:0').toString('base64'), Buffer.from('Person:1').toString('base64'), Buffer.from("Project:1' or '1'='1").toString('base64')),
  hostileText,
  fc.integer({ min: 1, max: 10_000 }).map((id) => toGlobalId('Project', id)),
);
const hostileInt = fc.oneof(fc.integer({ min: -5, max: 20 }), fc.constantFrom(0, 13, 2_147_483_647, -2_147_483_648), fc.integer());
const hostileDate = fc.oneof(fc.constantFrom('2026-02-30', '2026-13-01', '9999-12-31', '1899-01-01', '2026-03-31', "2026-03-31'; --"), hostileText);

type Attempt = { query: string; variables: Record<string, unknown> };

async function checkAttempt({ query, variables }: Attempt): Promise<void> {
  const before = await fingerprint();
  const response = await api.raw(query, variables);
  const codes = (response.errors ?? []).map((error) => error.extensions?.code);
  expect(codes, JSON.stringify(response.errors)).not.toContain('INTERNAL_SERVER_ERROR');
  expect(JSON.stringify(response.errors ?? [])).not.toMatch(/select |insert |update |relation |at \w+ \(/i);
  const after = await fingerprint();
  if (response.errors?.length) {
    expect(after, `failed call changed rows: ${JSON.stringify(response.errors)}`).toEqual(before);
  } else {
    // A call that succeeds but changes nothing (the same plan set twice, an update with no fields)
    // writes no audit row; a call that changes any recorded table must write one.
    const changed = RECORDED.filter((table) => after[table] !== before[table]);
    if (changed.length) expect(after.audit_entry, `a committed change to ${changed.join(', ')} leaves an audit row`).not.toBe(before.audit_entry);
    else expect(TABLES.filter((table) => after[table] !== before[table]), 'a call that changed nothing writes nothing').toEqual([]);
  }
}

describe('random and hostile inputs never cause an internal error or a partial write', () => {
  it('review, corrections, month close and issuing', async () => {
    const reportId = fc.oneof(hostileId, fc.integer({ min: 1, max: 400 }).map((id) => toGlobalId('ProgressReport', id)));
    const correctionId = fc.oneof(hostileId, fc.integer({ min: 1, max: 30 }).map((id) => toGlobalId('Correction', id)));
    const attempt = fc.oneof(
      fc.record({ id: reportId }).map(({ id }) => ({ query: 'mutation($id: ID!) { approveReport(reportId: $id) { id } }', variables: { id } })),
      fc.record({ id: reportId, reason: hostileText }).map((variables) => ({ query: 'mutation($id: ID!, $reason: String!) { returnReport(reportId: $id, reason: $reason) { id } }', variables })),
      fc
        .record({ reportId, completedInvestment: hostileDecimal, physicalProgress: hostileDecimal, reason: hostileText })
        .map((input) => ({ query: 'mutation($input: RequestCorrectionInput!) { requestCorrection(input: $input) { id } }', variables: { input } })),
      fc.record({ id: correctionId }).map((variables) => ({ query: 'mutation($id: ID!) { approveCorrection(id: $id) { id } }', variables })),
      fc.record({ id: correctionId, reason: hostileText }).map((variables) => ({ query: 'mutation($id: ID!, $reason: String!) { rejectCorrection(id: $id, reason: $reason) { id } }', variables })),
      fc
        .record({ year: hostileInt.map((n) => 2000 + (n % 200)), month: hostileInt })
        .map((variables) => ({ query: 'mutation($year: Int!, $month: Int!) { closeMonth(year: $year, month: $month) { period { month } } }', variables })),
      fc
        .record({ kind: fc.constantFrom('MONTHLY', 'QUARTERLY', 'HALF_YEAR', 'ANNUAL'), year: hostileInt.map((n) => 2000 + (n % 200)), period: fc.option(hostileInt), number: hostileText, issuedOn: fc.option(hostileDate) })
        .map((variables) => ({
          query: 'mutation($kind: DocumentKind!, $year: Int!, $period: Int, $number: String!, $issuedOn: Date) { issueDocument(kind: $kind, year: $year, period: $period, number: $number, issuedOn: $issuedOn) { id } }',
          variables,
        })),
    );
    await fc.assert(fc.asyncProperty(attempt, checkAttempt), { numRuns: 120 });
  });

  it('rectifications, escalations and sanctions', async () => {
    const problemId = fc.oneof(hostileId, fc.integer({ min: 1, max: 40 }).map((id) => toGlobalId('Problem', id)));
    const rectificationId = fc.oneof(hostileId, fc.integer({ min: 1, max: 40 }).map((id) => toGlobalId('Rectification', id)));
    const escalationId = fc.oneof(hostileId, fc.integer({ min: 1, max: 40 }).map((id) => toGlobalId('Escalation', id)));
    const sanctionId = fc.oneof(hostileId, fc.integer({ min: 1, max: 40 }).map((id) => toGlobalId('Sanction', id)));
    const evidenceIds = fc.option(fc.array(fc.oneof(hostileId, fc.integer({ min: 1, max: 5 }).map((id) => toGlobalId('Evidence', id))), { maxLength: 3 }));
    const attempt = fc.oneof(
      fc
        .record({ problemId, rectificationMeasures: hostileText, expectedVersion: fc.option(hostileInt) })
        .map((input) => ({ query: 'mutation($input: StartRectificationInput!) { startRectification(input: $input) { id } }', variables: { input } })),
      fc
        .record({ problemId, measures: hostileText, doneOn: hostileDate, evidenceIds })
        .map((input) => ({ query: 'mutation($input: SubmitRectificationInput!) { submitRectification(input: $input) { id } }', variables: { input } })),
      fc.record({ id: rectificationId }).map((variables) => ({ query: 'mutation($id: ID!) { verifyRectification(rectificationId: $id) { id } }', variables })),
      fc.record({ id: rectificationId, reason: hostileText }).map((variables) => ({ query: 'mutation($id: ID!, $reason: String!) { rejectRectification(rectificationId: $id, reason: $reason) { id } }', variables })),
      fc.record({ id: escalationId, response: hostileText }).map((variables) => ({ query: 'mutation($id: ID!, $response: String!) { respondToEscalation(id: $id, response: $response) { id } }', variables })),
      fc.record({ id: sanctionId, reason: hostileText }).map((variables) => ({ query: 'mutation($id: ID!, $reason: String!) { revokeSanction(id: $id, reason: $reason) { id } }', variables })),
      fc
        .record({ year: hostileInt.map((n) => 2000 + (n % 200)), projectId: fc.option(hostileId), unitId: fc.option(hostileId), personId: fc.option(hostileId), description: hostileText, decidedOn: hostileDate })
        .map((input) => ({ query: 'mutation($input: RecordSanctionInput!) { recordCriticism(input: $input) { id } }', variables: { input } })),
      fc
        .record({ projectId: hostileId, year: hostileInt.map((n) => 2000 + (n % 200)), month: hostileInt, completedInvestment: fc.constant('1.00'), physicalProgress: fc.constant('1.00'), evidenceIds })
        .map((input) => ({ query: 'mutation($input: ReportProgressInput!) { reportProgress(input: $input) { id } }', variables: { input } })),
      fc
        .record({ filter: fc.record({ year: fc.option(hostileInt), month: fc.option(hostileInt), projectId: fc.option(hostileId) }), first: fc.option(hostileInt), after: fc.option(hostileText) })
        .map((variables) => ({ query: 'query($filter: EscalationFilter, $first: Int, $after: String) { escalations(filter: $filter, first: $first, after: $after) { totalCount } }', variables })),
    );
    await fc.assert(fc.asyncProperty(attempt, checkAttempt), { numRuns: 120 });
  });

  it('POST /evidence with any body and any content type answers a coded 4xx or stores the file, never a 5xx', async () => {
    const base = api.url.replace(/\/graphql$/, '');
    const bodies = fc.oneof(
      fc.uint8Array({ maxLength: 200 }),
      fc.constantFrom('%PDF-', '\x89PNG\r\n\x1a\n', 'RIFF0000WEBP', '\xff\xd8\xff\xe0', 'MZ\x90\x00', '#!/bin/sh\nrm -rf /').map((text) => Buffer.from(text, 'latin1')),
      fc.tuple(fc.constantFrom('\x89PNG\r\n\x1a\n', '\xff\xd8\xff\xe0', '%PDF-1.7\n'), fc.uint8Array({ maxLength: 100 })).map(([head, tail]) => Buffer.concat([Buffer.from(head, 'latin1'), Buffer.from(tail)])),
    );
    const contentTypes = fc.constantFrom('image/png', 'image/jpeg', 'application/pdf', 'application/octet-stream', 'text/plain', '', 'image/png; charset=binary');
    await fc.assert(
      fc.asyncProperty(bodies, contentTypes, async (body, contentType) => {
        const before = await fingerprint();
        const headers: Record<string, string> = { authorization: `Bearer ${ADMIN_TOKEN}` };
        if (contentType) headers['content-type'] = contentType;
        const response = await fetch(`${base}/evidence`, { method: 'POST', headers, body });
        expect(response.status).toBeLessThan(500);
        const json = (await response.json()) as { id?: string; errors?: { message: string; extensions: { code: string } }[] };
        if (response.status >= 400) {
          expect(json.errors?.[0].extensions.code).toMatch(/^[A-Z_]+$/);
          expect(await fingerprint()).toEqual(before);
        } else {
          expect(json.id).toBeTruthy();
        }
      }),
      { numRuns: 80 },
    );
  });

  it('reportProgress', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({ projectId: fc.oneof(fc.constant(null), hostileId), year: hostileInt.map((n) => 2000 + (n % 200)), month: hostileInt, completedInvestment: hostileDecimal, physicalProgress: hostileDecimal, narrative: fc.option(hostileText) }),
        async (input) =>
          checkAttempt({
            query: 'mutation($input: ReportProgressInput!) { reportProgress(input: $input) { id } }',
            variables: { input: { ...input, projectId: input.projectId ?? projectId } },
          }),
      ),
      { numRuns: 60 },
    );
  });

  it('createProject', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({ code: hostileText, name: hostileText, totalInvestment: hostileDecimal, address: fc.option(hostileText), plannedStartOn: fc.option(hostileDate), plannedCompletionOn: fc.option(hostileDate), clusters: fc.array(hostileText, { maxLength: 3 }), responsibleUnitId: fc.option(hostileId) }),
        async (input) =>
          checkAttempt({
            query: 'mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }',
            variables: { input: { ...input, level: 'CITY', industry: 'TERTIARY', constructionType: 'NEW' } },
          }),
      ),
      { numRuns: 60 },
    );
  });

  it('updateLandTask and setAnnualPlan', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({ areaToAcquire: fc.option(hostileDecimal), areaAcquired: fc.option(hostileDecimal), householdsToRelocate: fc.option(hostileInt), householdsRelocated: fc.option(hostileInt), name: fc.option(hostileText), expectedVersion: fc.option(hostileInt) }),
        fc.record({ plannedInvestment: hostileDecimal, year: hostileInt.map((n) => 1990 + (n % 150)), milestones: fc.option(fc.array(fc.record({ name: hostileText, dueOn: hostileDate, metOn: fc.option(hostileDate) }), { maxLength: 3 })) }),
        async (task, plan) => {
          await checkAttempt({ query: 'mutation($input: UpdateLandTaskInput!) { updateLandTask(input: $input) { id } }', variables: { input: { id: landTaskId, ...task } } });
          await checkAttempt({ query: 'mutation($input: SetAnnualPlanInput!) { setAnnualPlan(input: $input) { id } }', variables: { input: { projectId, ...plan } } });
        },
      ),
      { numRuns: 40 },
    );
  });

  it('createPerson and queries with hostile filters', async () => {
    await fc.assert(
      fc.asyncProperty(fc.record({ name: hostileText, title: hostileText, phone: fc.option(hostileText), organizationId: fc.option(hostileId) }), hostileText, hostileInt, async (person, search, first) => {
        await checkAttempt({ query: 'mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }', variables: { input: person } });
        const response = await api.raw('query($s: String, $f: Int) { projects(filter: { search: $s, cluster: $s }, first: $f) { totalCount } }', { s: search, f: first });
        expect((response.errors ?? []).map((error) => error.extensions?.code)).not.toContain('INTERNAL_SERVER_ERROR');
      }),
      { numRuns: 40 },
    );
  });

  it('requests malformed at the protocol level: any operation name, variables of any shape, any extensions', async () => {
    const documents = fc.constantFrom(
      'query A { me { role } }',
      'query A { me { role } } query B { dashboard(year: 2026) { year } }',
      'subscription { lightChanged { month } }',
      'mutation($n: String!) { createOrganization(input: { name: $n, kind: TOWN }) { id } }',
      'query($x: [Int]) { me { role } }',
      '{ dashbord(year: 2026) { year } }',
    );
    await fc.assert(
      fc.asyncProperty(
        documents,
        fc.option(fc.oneof(hostileText, fc.constantFrom('A', 'B', 'constructor', '__proto__'))),
        fc.oneof(fc.jsonValue({ maxDepth: 6 }), fc.integer({ min: 30, max: 3000 }).map((depth) => JSON.parse(`{"x":${'['.repeat(depth)}1${']'.repeat(depth)}}`))),
        fc.option(fc.jsonValue({ maxDepth: 3 })),
        async (query, operationName, variables, extensions) => {
          const before = await fingerprint();
          const response = await fetch(api.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
            body: JSON.stringify({ query, operationName, variables, ...(extensions === null ? {} : { extensions }) }),
          });
          expect(response.status).toBeLessThan(500);
          const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
          const codes = (body.errors ?? []).map((error) => error.extensions?.code);
          expect(codes).not.toContain('INTERNAL_SERVER_ERROR');
          expect(codes.every((code) => typeof code === 'string')).toBe(true);
          if (body.errors?.length) expect(await fingerprint()).toEqual(before);
        },
      ),
      { numRuns: 80 },
    );
  });
});
