import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  CreateOrganizationDocument,
  CreatePersonDocument,
  CreateProjectDocument,
  RecordStartDocument,
  ReportProgressDocument,
  SetAnnualPlanDocument,
  type CreateOrganizationInput,
  type CreatePersonInput,
  type CreateProjectInput,
  type CreateProjectMutation,
  type MilestoneInput,
  type ReportProgressInput,
  type ReportProgressMutation,
} from '../generated/operations.js';
import type { GraphQLResponse, TestClient } from './harness.js';
import { tokenFor } from './tokens.js';

/** The numeric row id behind a global id ("UHJvamVjdDox" → 1). */
export function rowId(globalId: string): number {
  return Number(Buffer.from(globalId, 'base64').toString('utf8').split(':')[1]);
}

/** The one error of a response; fails the test unless there is exactly one. */
export function onlyError(response: GraphQLResponse<unknown>): NonNullable<GraphQLResponse<unknown>['errors']>[number] {
  expect(response.errors).toHaveLength(1);
  return response.errors![0];
}

/** Runs an operation fresh (never a cached answer, which runs no SQL) and returns its data and SQL statement count. */
export async function statementsFor<R, V>(client: TestClient, document: TypedDocumentNode<R, V>, variables: V): Promise<{ count: number; data: R }> {
  const response = await client.request(document, variables, { 'cache-control': 'no-cache' });
  expect(response.errors).toBeUndefined();
  expect(typeof response.extensions?.sqlStatements).toBe('number');
  return { count: response.extensions!.sqlStatements!, data: response.data! };
}

/** Reports progress (March 2026, 100.00, 10% unless given) and returns the mutation's data; fails the test on an error. */
export function reportProgress(client: TestClient, input: Partial<ReportProgressInput> & Pick<ReportProgressInput, 'projectId'>): Promise<ReportProgressMutation> {
  return client.data(ReportProgressDocument, { input: { year: 2026, month: 4, completedInvestment: '100.00', physicalProgress: '10.00', narrative: '按计划推进', ...input } });
}

/** A unique suffix per call in this process and run (several test files may share a database server). */
const run = randomBytes(2).toString('hex');
let sequence = 0;
function unique(prefix: string): string {
  sequence += 1;
  return `${prefix}-${run}-${String(sequence).padStart(3, '0')}`;
}

/** A project the kit created, with helpers bound to it. */
export interface SeededProject {
  id: string;
  rowId: number;
  code: string;
  /** The project as `createProject` answered. */
  created: CreateProjectMutation['createProject'];
  /** Reports a month (2026 unless given) with these amounts; through `via` when given (another instance or token). */
  report(month: number, completedInvestment: string, overrides?: Partial<ReportProgressInput>, via?: TestClient): Promise<ReportProgressMutation['reportProgress']>;
  /** Sets the year's plan (and its milestones). */
  plan(year: number, plannedInvestment: string, milestones?: MilestoneInput[]): Promise<void>;
  /** Records the start of works. */
  start(startedOn: string): Promise<void>;
}

/** A unit (责任单位) the kit created, with helpers bound to it. */
export interface SeededUnit {
  id: string;
  rowId: number;
  name: string;
  /** A project this unit is responsible for. */
  project(overrides?: Partial<CreateProjectInput>): Promise<SeededProject>;
  /** A person of this unit, and a token for them in `role`. */
  person(role?: 'REPORTER' | 'LEADER' | 'INSPECTOR' | 'ADMIN' | 'VIEWER', overrides?: Partial<CreatePersonInput>): Promise<{ id: string; rowId: number; token: string }>;
}

/**
 * Builders of test data through the API itself (so every row is made as a client would make it),
 * each step returning helpers bound to what it created:
 * `const unit = await seed(api).unit(); const project = await unit.project(); await project.report(3, '100.00');`
 */
export function seed(api: TestClient) {
  const project = async (overrides: Partial<CreateProjectInput> = {}): Promise<SeededProject> => {
    const code = unique('TK');
    const { createProject } = await api.data(CreateProjectDocument, {
      input: { code, name: `测试项目${code}`, level: 'CITY', industry: 'SECONDARY', constructionType: 'CONTINUING', totalInvestment: '50000.00', ...overrides },
    });
    const id = String(createProject.id);
    return {
      id,
      rowId: rowId(id),
      code,
      created: createProject,
      async report(month, completedInvestment, reportOverrides = {}, via = api) {
        return (await reportProgress(via, { projectId: id, month, completedInvestment, narrative: `${month}月进展`, ...reportOverrides })).reportProgress;
      },
      async plan(year, plannedInvestment, milestones = []) {
        await api.data(SetAnnualPlanDocument, { input: { projectId: id, year, plannedInvestment, milestones } });
      },
      async start(startedOn) {
        await api.data(RecordStartDocument, { input: { projectId: id, startedOn } });
      },
    };
  };
  return {
    project,
    async unit(overrides: Partial<CreateOrganizationInput> = {}): Promise<SeededUnit> {
      const name = unique('测试单位');
      const { createOrganization } = await api.data(CreateOrganizationDocument, { input: { name, kind: 'TOWN', ...overrides } });
      const unitId = String(createOrganization.id);
      return {
        id: unitId,
        rowId: rowId(unitId),
        name,
        project: (projectOverrides = {}) => project({ responsibleUnitId: unitId, ...projectOverrides }),
        async person(role = 'REPORTER', personOverrides = {}) {
          const { createPerson } = await api.data(CreatePersonDocument, { input: { name: unique('测试人员'), title: '科员', organizationId: unitId, ...personOverrides } });
          const personId = String(createPerson.id);
          return { id: personId, rowId: rowId(personId), token: await tokenFor(role, personId) };
        },
      };
    },
  };
}
