import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  Kind,
  buildSchema,
  getIntrospectionQuery,
  parse,
  validate,
  visit,
  type ASTNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLError,
} from 'graphql';
import {
  MAX_DOCUMENT_TOKENS,
  aliasLimitRule,
  defaultLimits,
  depthLimitRule,
  documentFieldCount,
  limitRules,
  operationAliasCount,
  operationCost,
  operationDepth,
} from '../../src/server/limits/query-limits.js';
import { OperationGuard, checkVariables } from '../../src/server/limits/operation-guard.js';
import { RateLimiter } from '../../src/server/limits/rate-limiter.js';
import { SubscriptionBudget } from '../../src/server/limits/subscription-limit.js';
import { AppError, LimitExceededError, RateLimitedError } from '../../src/shared/errors.js';

const schema = buildSchema(readFileSync(new URL('../../schema/schema.graphql', import.meta.url), 'utf8'));
const operationsDir = new URL('../operations/', import.meta.url);

type GuardLimits = Partial<Pick<typeof defaultLimits, 'maxDepth' | 'maxAliases' | 'maxCost'>> & { variables?: Record<string, unknown> };

/**
 * Every error of checking `query` the way the server will: graphql-js's rules with the depth and
 * alias limits, then (once it validates) the cost with the request's variables.
 */
function validationErrors(query: string | DocumentNode, { variables = {}, ...limits }: GuardLimits = {}): readonly GraphQLError[] {
  const document = typeof query === 'string' ? parse(query) : query;
  const guard = new OperationGuard(schema, { ...defaultLimits, ...withoutUndefined(limits), introspection: true });
  const errors = guard.validate(document);
  if (errors.length) return errors;
  try {
    for (const definition of document.definitions) if (definition.kind === Kind.OPERATION_DEFINITION) guard.checkCost(document, variables, definition.name?.value);
  } catch (error) {
    return [error as GraphQLError];
  }
  return [];
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;
}

function codesOf(errors: readonly GraphQLError[]): string[] {
  return errors.map((error) => String(error.extensions.code)).sort();
}

/** Each operation of each file in test/operations, alone in a document with the fragments it spreads. */
function realOperations(): [string, string, DocumentNode][] {
  const operations: [string, string, DocumentNode][] = [];
  for (const file of readdirSync(operationsDir).filter((name) => name.endsWith('.graphql')).sort()) {
    const document = parse(readFileSync(new URL(file, operationsDir), 'utf8'));
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
      const used = new Set<FragmentDefinitionNode>();
      const collect = (node: ASTNode): void => {
        visit(node, {
          FragmentSpread(spread) {
            const fragment = fragments.get(spread.name.value);
            if (fragment && !used.has(fragment)) {
              used.add(fragment);
              collect(fragment);
            }
          },
        });
      };
      collect(definition);
      operations.push([file, definition.name?.value ?? '(anonymous)', { kind: Kind.DOCUMENT, definitions: [definition, ...used] }]);
    }
  }
  return operations;
}

/** `project(id) { score { project { score … } } }`: `levels` fields deep through single objects only (cheap). */
function singleObjectChain(levels: number): string {
  const fields = Array.from({ length: levels - 1 }, (_, index) => (index === 0 ? 'project(id: "p")' : index % 2 === 1 ? 'score(year: 2026)' : 'project'));
  const leaf = fields.length % 2 === 1 ? 'id' : 'total';
  return `{ ${fields.map((field) => `${field} { `).join('')}${leaf}${' }'.repeat(fields.length)} }`;
}

/** projects(first: 100) → nodes → assignments → person → projects(first: 100) → …, `levels` connections deep. */
function nestedProjectPages(levels: number): string {
  let selection = 'nodes { id }';
  for (let level = 1; level < levels; level++) {
    selection = `nodes { id assignments { person { projects(first: 100) { ${selection} } } } }`;
  }
  return `{ projects(first: 100) { ${selection} } }`;
}

const tenThousandAliases = `{ project(id: "p") { ${Array.from({ length: 10_000 }, (_, index) => `a${index}: name`).join(' ')} } }`;

const pageThenPersonPages = `query Pages($n: Int) {
  projects(first: $n) { nodes { assignments { person { projects(first: $n) { nodes { responsibleUnit { id } } } } } } }
}`;

describe('hostile operations are refused before execution with a coded error', () => {
  it.each([
    ['fields nested 50 deep (through single objects, so only the depth is wrong)', singleObjectChain(50), ['QUERY_TOO_DEEP']],
    ['10,000 aliases of one field', tenThousandAliases, ['TOO_MANY_ALIASES']],
    // The cost is checked once the document validates: the depth refuses this one first.
    ['first: 100 nested five levels (projects → assignments → person → projects …)', nestedProjectPages(5), ['QUERY_TOO_DEEP']],
    [
      'first: 100 nested twice, within the depth limit',
      '{ projects(first: 100) { nodes { assignments { person { projects(first: 100) { nodes { responsibleUnit { id } } } } } } } }',
      ['QUERY_TOO_COSTLY'],
    ],
    ['13 levels, one past the depth limit', singleObjectChain(13), ['QUERY_TOO_DEEP']],
    ['31 aliases, one past the alias limit', `{ project(id: "p") { ${Array.from({ length: 31 }, (_, index) => `a${index}: name`).join(' ')} } }`, ['TOO_MANY_ALIASES']],
  ])('%s', (_sentence, query, codes) => {
    expect(codesOf(validationErrors(query))).toEqual(codes);
  });

  it('the errors say how far over the limit the operation is', () => {
    const errors = validationErrors(`query Deep ${singleObjectChain(50)}`);
    expect(errors).toHaveLength(1);
    expect(errors[0].extensions).toEqual({ code: 'QUERY_TOO_DEEP', depth: 50, maxDepth: 12 });
    expect(errors[0].message).toBe('Operation Deep nests fields 50 deep; at most 12 levels are allowed');
    expect(validationErrors(tenThousandAliases)[0].extensions).toEqual({ code: 'TOO_MANY_ALIASES', aliases: 10_000, maxAliases: 30 });
    const twice = '{ projects(first: 100) { nodes { assignments { person { projects(first: 100) { nodes { responsibleUnit { id } } } } } } } }';
    const costly = validationErrors(twice).find((error) => error.extensions.code === 'QUERY_TOO_COSTLY');
    expect(costly?.extensions).toEqual({ code: 'QUERY_TOO_COSTLY', cost: operationCost(schema, parse(twice)), maxCost: 5000 });
    expect(costly?.extensions.cost).toBeGreaterThan(100_000);
  });

  it('the errors are AppErrors, so the error formatter keeps their code behind Apollo’s GRAPHQL_VALIDATION_FAILED wrapper', () => {
    const [error] = validationErrors(singleObjectChain(50));
    expect(error).toBeInstanceOf(LimitExceededError);
    expect(error).toBeInstanceOf(AppError);
    expect(error.originalError).toBeUndefined();
  });

  it('10,000 aliases are measured in linear time, and the parser refuses them outright with MAX_DOCUMENT_TOKENS', () => {
    const document = parse(tenThousandAliases);
    const started = performance.now();
    const errors = validate(schema, document, limitRules());
    expect(performance.now() - started).toBeLessThan(1000);
    expect(codesOf(errors)).toEqual(['TOO_MANY_ALIASES']);
    expect(() => parse(tenThousandAliases, { maxTokens: MAX_DOCUMENT_TOKENS })).toThrow(new RegExp(`Document contains more tha[nt] ${MAX_DOCUMENT_TOKENS} tokens`));
  });

  it('depth, aliases and cost follow fragment spreads and inline fragments', () => {
    const fragments = Array.from({ length: 13 }, (_, index) =>
      index % 2 === 0
        ? `fragment F${index} on Project { score(year: 2026) { ...F${index + 1} } }`
        : `fragment F${index} on ProjectScore { project { ...F${index + 1} } }`,
    ).join('\n');
    const deep = `{ project(id: "p") { ...F0 } }\n${fragments}\nfragment F13 on ProjectScore { total }`;
    expect(operationDepth(parse(deep))).toBe(15);
    expect(codesOf(validationErrors(deep))).toEqual(['QUERY_TOO_DEEP']);

    const aliases = `{ a: project(id: "a") { ...Names } b: project(id: "b") { ...Names } }
      fragment Names on Project { ... on Project { n1: name n2: name n3: name n4: name n5: name n6: name n7: name n8: name n9: name n10: name n11: name n12: name n13: name n14: name } }`;
    expect(operationAliasCount(parse(aliases))).toBe(30);
    expect(validationErrors(aliases)).toEqual([]);
    expect(codesOf(validationErrors(aliases.replace('b: project', 'b: project(id: "b") { ...Names } c: project')))).toEqual(['TOO_MANY_ALIASES']);

    const costly = `{ projects(first: 100) { ...Page } }
      fragment Page on ProjectConnection { nodes { assignments { person { ... on Person { projects(first: 100) { ...Units } } } } } }
      fragment Units on ProjectConnection { nodes { responsibleUnit { id } } }`;
    expect(codesOf(validationErrors(costly))).toEqual(['QUERY_TOO_COSTLY']);
  });

  it('a fragment cycle is reported by graphql-js and does not hang the limit rules', () => {
    const cyclic = '{ project(id: "p") { ...A } } fragment A on Project { score(year: 2026) { project { ...B } } } fragment B on Project { ...A }';
    expect(codesOf(validate(schema, parse(cyclic), limitRules()))).toEqual([]);
    expect(validationErrors(cyclic).map((error) => error.message)).toContain('Cannot spread fragment "A" within itself via "B".');
  });

  it('introspection is left to graphql-js: its cycles are refused by MaxIntrospectionDepthRule in specifiedRules', () => {
    const cycle = '{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }';
    expect(validationErrors(cycle).map((error) => error.message)).toEqual(['Maximum introspection depth exceeded']);
  });
});

describe('real operations and GraphiQL pass every limit', () => {
  it.each(realOperations())('%s %s passes with default and with the largest pages', (_file, _name, document) => {
    expect(validationErrors(document)).toEqual([]);
    expect(validationErrors(document, { variables: { first: 100 } })).toEqual([]);
    expect(documentFieldCount(document)).toBeLessThanOrEqual(defaultLimits.maxFields / 4);
    expect(operationDepth(document)).toBeLessThanOrEqual(defaultLimits.maxDepth / 2);
    expect(operationCost(schema, document, { first: 100 })).toBeLessThanOrEqual(defaultLimits.maxCost / 2);
  });

  it.each([
    ['the default introspection query', getIntrospectionQuery()],
    [
      'the introspection query with every option',
      getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true, oneOf: true }),
    ],
  ])('%s passes, parses within MAX_DOCUMENT_TOKENS and visits few fields', (_sentence, query) => {
    expect(validationErrors(query)).toEqual([]);
    expect(() => parse(query, { maxTokens: MAX_DOCUMENT_TOKENS })).not.toThrow();
    expect(documentFieldCount(parse(query))).toBeLessThanOrEqual(230);
  });

  it('every operation file parses within MAX_DOCUMENT_TOKENS', () => {
    for (const file of readdirSync(operationsDir).filter((name) => name.endsWith('.graphql'))) {
      expect(() => parse(readFileSync(new URL(file, operationsDir), 'utf8'), { maxTokens: MAX_DOCUMENT_TOKENS })).not.toThrow();
    }
  });

  it('OrganizationsWithPeople, the heaviest real operation, is 6 deep and costs 441, or 2,041 with first: 100', () => {
    const [, , document] = realOperations().find(([, name]) => name === 'OrganizationsWithPeople')!;
    expect(operationDepth(document)).toBe(6);
    expect(operationCost(schema, document, {})).toBe(441);
    expect(operationCost(schema, document, { first: 100 })).toBe(2041);
  });
});

describe('the cost counts object fields, multiplied by the items of the lists above them', () => {
  it.each([
    ['a connection page multiplies what its nodes select', '{ projects(first: 50) { nodes { id assignments { role } } } }', 52],
    ['scalars cost nothing; a list of objects costs 1', '{ organizations { id name } }', 1],
    ['pageInfo and totalCount are per connection, not per item', '{ projects { totalCount pageInfo { hasNextPage } } }', 2],
    ['edges hold a page as nodes do', '{ projects(first: 10) { edges { cursor node { id responsibleUnit { name } } } } }', 22],
    ['without first a page holds DEFAULT_PAGE_SIZE items', '{ projects { nodes { responsibleUnit { id } } } }', 22],
    ['first above the maximum counts as 100', '{ projects(first: 1000) { nodes { responsibleUnit { id } } } }', 102],
    ['a list without first holds defaultListSize items', '{ organizations { people { nodes { id } } } }', 21],
    ['inline fragments on an interface count', '{ node(id: "x") { __typename ... on Project { assignments { person { id } } } } }', 12],
    ['a single object costs 1', '{ dashboard(year: 2026) { projectCount byIndustry { industry } } }', 2],
    ['__typename and introspection are free', '{ __typename __schema { types { name fields { name } } } }', 0],
    ['a fragment on a connection takes the page size of where it is spread', '{ a: projects(first: 30) { ...Page } b: projects(first: 5) { ...Page } } fragment Page on ProjectConnection { nodes { responsibleUnit { id } } }', 39],
    ['subscriptions are measured too', 'subscription { lightChanged { project { id } } }', 2],
    ['first: 100 nested five levels', nestedProjectPages(5), 3_103_103_103_102],
  ])('%s', (_sentence, query, cost) => {
    expect(operationCost(schema, parse(query), {})).toBe(cost);
  });

  it.each([
    ['absent, the default page size 20', 4622, {}, true],
    ['null, the default page size 20', 4622, { n: null }, true],
    ['5', 407, { n: 5 }, true],
    ['21, just over the limit', 5063, { n: 21 }, false],
    ['100', 103_102, { n: 100 }, false],
    ['500, clamped to 100', 103_102, { n: 500 }, false],
  ])('variables change the cost: with $n %s it costs %s', (_sentence, cost, variables, passes) => {
    expect(operationCost(schema, parse(pageThenPersonPages), variables)).toBe(cost);
    const errors = validationErrors(pageThenPersonPages, { variables });
    expect(codesOf(errors)).toEqual(passes ? [] : ['QUERY_TOO_COSTLY']);
  });

  it('a variable’s default in the operation counts when the variable is not sent', () => {
    const withDefault = pageThenPersonPages.replace('$n: Int', '$n: Int = 100');
    expect(operationCost(schema, parse(withDefault), {})).toBe(103_102);
    expect(operationCost(schema, parse(withDefault), { n: 5 })).toBe(407);
    expect(codesOf(validationErrors(withDefault))).toEqual(['QUERY_TOO_COSTLY']);
  });

  it('measures the operation that would run: the named one, or none', () => {
    const document = parse('query Cheap { dashboard(year: 2026) { year } } query Dear { projects { nodes { responsibleUnit { id } } } }');
    expect(operationCost(schema, document, {}, 'Cheap')).toBe(1);
    expect(operationCost(schema, document, {}, 'Dear')).toBe(22);
    expect(operationCost(schema, document, {}, 'Missing')).toBe(0);
    expect(operationCost(schema, document, {})).toBe(0);
  });

  it('defaultListSize is configurable', () => {
    expect(operationCost(schema, parse('{ organizations { people { nodes { id } } } }'), {}, undefined, 3)).toBe(7);
  });
});

describe('limits are configured by their factories', () => {
  it('the guard takes overrides and keeps the defaults for the rest', () => {
    expect(codesOf(validationErrors(singleObjectChain(13), { maxDepth: 13 }))).toEqual([]);
    expect(codesOf(validationErrors(singleObjectChain(13), { maxDepth: undefined }))).toEqual(['QUERY_TOO_DEEP']);
    expect(codesOf(validationErrors('{ projects { nodes { responsibleUnit { id } } } }', { maxCost: 21 }))).toEqual(['QUERY_TOO_COSTLY']);
    expect(codesOf(validationErrors('{ project(id: "p") { a: name } }', { maxAliases: 0 }))).toEqual(['TOO_MANY_ALIASES']);
  });

  it('each rule stands alone', () => {
    const document = parse(singleObjectChain(5));
    expect(validate(schema, document, [depthLimitRule(4)]).map((error) => error.extensions)).toEqual([{ code: 'QUERY_TOO_DEEP', depth: 5, maxDepth: 4 }]);
    expect(validate(schema, parse('{ project(id: "p") { a: id b: id } }'), [aliasLimitRule(1)])).toHaveLength(1);
  });

  it('every operation of a document is checked', () => {
    const errors = validationErrors(`query Fine { dashboard(year: 2026) { year } } query Deep ${singleObjectChain(20)}`);
    expect(errors.map((error) => error.message)).toEqual(['Operation Deep nests fields 20 deep; at most 12 levels are allowed']);
  });

  it.each([
    ['a depth of 0', () => depthLimitRule(0)],
    ['a fractional depth', () => depthLimitRule(1.5)],
    ['a negative alias limit', () => aliasLimitRule(-1)],
  ])('refuses %s', (_sentence, make) => {
    expect(make).toThrow(RangeError);
  });
});

describe('the field count expands every fragment where it is spread, in linear time', () => {
  /** `levels` fragments, each spreading the previous one `fanOut` times: the classic fan-out document. */
  const fanOut = (levels: number, fanOut: number) => {
    let text = 'fragment F0 on Query { __typename }\n';
    for (let level = 1; level <= levels; level++) text += `fragment F${level} on Query { ${Array.from({ length: fanOut }, () => `...F${level - 1}`).join(' ')} }\n`;
    return `${text}{ ...F${levels} }`;
  };

  it.each([
    ['fields and nested fields', '{ dashboard(year: 2026) { year lightCounts { red } } }', 4],
    ['a fragment counts at every spread', '{ ...F ...F } fragment F on Query { me { role } }', 4],
    ['inline fragments count their fields', '{ node(id: "x") { ... on Project { id name } } }', 3],
    ['__typename and introspection count', '{ __typename __schema { types { name } } }', 4],
    ['every operation of the document', 'query A { me { role } } query B { me { role } }', 4],
    ['a cycle counts 0 at the repeated spread', '{ ...A } fragment A on Query { me { role } ...B } fragment B on Query { ...A }', 2],
    ['10 levels of 10 spreads, under 1 KB of text', fanOut(10, 10), 10_000_000_000],
  ])('%s', (_sentence, query, fields) => {
    expect(documentFieldCount(parse(query))).toBe(fields);
  });

  it('the guard refuses a document past maxFields before validating it, quickly, with QUERY_TOO_COMPLEX', () => {
    const guard = new OperationGuard(schema, { ...defaultLimits, introspection: true });
    for (const levels of [6, 8, 10, 40]) {
      const started = performance.now();
      let error: unknown;
      try {
        guard.prepare(fanOut(levels, 10));
      } catch (thrown) {
        error = thrown;
      }
      expect(performance.now() - started).toBeLessThan(100);
      expect(error).toBeInstanceOf(LimitExceededError);
      expect((error as LimitExceededError).extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', maxFields: 2000 });
    }
    expect(guard.prepare(fanOut(3, 10)).fields).toBe(1000);
  });

  it('without introspection the guard refuses __schema and suggests no names', () => {
    const guard = new OperationGuard(schema, { ...defaultLimits, introspection: false });
    expect(guard.validate(parse('{ __schema { description } }')).map((error) => error.message)).toEqual([
      'GraphQL introspection has been disabled, but the requested query contained the field "__schema".',
    ]);
    const [misspelt] = guard.validate(parse('{ dashbord(year: 2026) { year } }'));
    expect(misspelt.message).toBe('Cannot query field "dashbord" on type "Query".');
    const [withSuggestion] = new OperationGuard(schema, { ...defaultLimits, introspection: true }).validate(parse('{ dashbord(year: 2026) { year } }'));
    expect(withSuggestion.message).toMatch(/Did you mean "dashboard"\?/);
  });
});

describe('variables are checked before graphql-js coerces them', () => {
  it.each([
    ['deep nesting', JSON.parse(`${'['.repeat(5000)}1${']'.repeat(5000)}`), /nest more than 32 levels/],
    ['a lone surrogate in a value', { name: 'x\ud800y' }, /lone UTF-16 surrogate/],
    ['a lone surrogate in a name', { ['\udc00']: 1 }, /lone UTF-16 surrogate/],
  ])('refuses %s with BAD_USER_INPUT', (_sentence, variables, message) => {
    expect(() => checkVariables(variables)).toThrow(message);
    try {
      checkVariables(variables);
    } catch (error) {
      expect((error as AppError).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'variables' });
    }
  });

  it('accepts ordinary inputs, a surrogate pair and 32 levels', () => {
    expect(() => checkVariables({ input: { name: '𠀀 石材', amounts: ['1.00', '2.00'] } })).not.toThrow();
    expect(() => checkVariables(JSON.parse(`${'['.repeat(31)}1${']'.repeat(31)}`))).not.toThrow();
    expect(() => checkVariables(undefined)).not.toThrow();
  });
});

/** A clock the test moves by hand. */
function fakeClock(start = 1_000): { now: () => number; advance: (ms: number) => void } {
  let time = start;
  return { now: () => time, advance: (ms) => (time += ms) };
}

describe('the rate limiter is a token bucket per caller', () => {
  it('allows a burst of capacity, then refuses with the seconds to wait', () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ capacity: 5, refillPerSecond: 1, now: clock.now });
    expect([1, 2, 3, 4, 5].map(() => limiter.take('alice'))).toEqual([4, 3, 2, 1, 0].map((remaining) => ({ allowed: true, retryAfterSeconds: 0, remaining })));
    expect(limiter.take('alice')).toEqual({ allowed: false, retryAfterSeconds: 1, remaining: 0 });
    expect(limiter.take('bob')).toEqual({ allowed: true, retryAfterSeconds: 0, remaining: 4 });
  });

  it.each([
    // capacity, refill/s, spent first, ms later, cost, decision
    ['refills continuously', 5, 1, 5, 2500, 2, { allowed: true, retryAfterSeconds: 0, remaining: 0 }],
    ['never refills beyond capacity', 5, 1, 5, 60_000, 1, { allowed: true, retryAfterSeconds: 0, remaining: 4 }],
    ['rounds the wait up to whole seconds', 5, 1, 5, 500, 3, { allowed: false, retryAfterSeconds: 3, remaining: 0 }],
    ['waits for the whole cost at a slow refill', 10, 0.5, 10, 0, 4, { allowed: false, retryAfterSeconds: 8, remaining: 0 }],
    ['counts a fractional refill exactly', 10, 0.1, 10, 10_000, 1, { allowed: true, retryAfterSeconds: 0, remaining: 0 }],
    ['waits at least a second', 5, 1000, 5, 0, 1, { allowed: false, retryAfterSeconds: 1, remaining: 0 }],
    ['charges a cost above capacity as the whole bucket', 10, 1, 0, 0, 50, { allowed: true, retryAfterSeconds: 0, remaining: 0 }],
    ['makes a cost above capacity wait for a full bucket', 10, 1, 4, 0, 50, { allowed: false, retryAfterSeconds: 4, remaining: 6 }],
    ['lets a zero cost through an empty bucket', 5, 1, 5, 0, 0, { allowed: true, retryAfterSeconds: 0, remaining: 0 }],
  ])('%s', (_sentence, capacity, refillPerSecond, spent, elapsedMs, cost, decision) => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ capacity, refillPerSecond, now: clock.now });
    if (spent > 0) expect(limiter.take('k', spent).allowed).toBe(true);
    clock.advance(elapsedMs);
    expect(limiter.take('k', cost)).toEqual(decision);
  });

  it('a refused take spends nothing, and retryAfter is when it would pass', () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ capacity: 10, refillPerSecond: 2, now: clock.now });
    limiter.take('k', 10);
    const refused = limiter.take('k', 7);
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: 4, remaining: 0 });
    clock.advance(3_000);
    expect(limiter.take('k', 7).allowed).toBe(false);
    clock.advance(500);
    expect(limiter.take('k', 7)).toEqual({ allowed: true, retryAfterSeconds: 0, remaining: 0 });
  });

  it('a clock that steps back gives no tokens', () => {
    const clock = fakeClock(10_000);
    const limiter = new RateLimiter({ capacity: 2, refillPerSecond: 1, now: clock.now });
    limiter.take('k', 2);
    clock.advance(-5_000);
    expect(limiter.take('k').allowed).toBe(false);
    clock.advance(5_000 + 1_000);
    expect(limiter.take('k').allowed).toBe(true);
  });

  it('forgets callers whose bucket has refilled, which changes nothing for them', () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ capacity: 2, refillPerSecond: 1, now: clock.now });
    limiter.take('a');
    limiter.take('b');
    expect(limiter.size).toBe(2);
    clock.advance(1_000);
    limiter.take('c');
    expect(limiter.size).toBe(1);
    expect(limiter.take('a')).toEqual({ allowed: true, retryAfterSeconds: 0, remaining: 1 });
  });

  it('keeps at most maxKeys callers, forgetting the least recently seen', () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ capacity: 3, refillPerSecond: 1, maxKeys: 3, now: clock.now });
    for (const key of ['a', 'b', 'c']) limiter.take(key, 3);
    expect(limiter.take('a').allowed).toBe(false);
    limiter.take('d', 3);
    expect(limiter.size).toBe(3);
    expect(limiter.take('b', 3)).toEqual({ allowed: true, retryAfterSeconds: 0, remaining: 0 });
    expect(limiter.take('a').allowed).toBe(false);
    expect(limiter.size).toBe(3);
  });

  it('memory stays bounded under a flood of distinct keys', () => {
    const limiter = new RateLimiter({ capacity: 1, refillPerSecond: 0.001, maxKeys: 100, now: fakeClock().now });
    for (let index = 0; index < 10_000; index++) limiter.take(`ip-${index}`);
    expect(limiter.size).toBe(100);
  });

  it.each([
    ['a zero capacity', { capacity: 0, refillPerSecond: 1 }],
    ['a zero refill', { capacity: 1, refillPerSecond: 0 }],
    ['an infinite capacity', { capacity: Number.POSITIVE_INFINITY, refillPerSecond: 1 }],
    ['a fractional maxKeys', { capacity: 1, refillPerSecond: 1, maxKeys: 1.5 }],
  ])('refuses %s', (_sentence, options) => {
    expect(() => new RateLimiter(options)).toThrow(RangeError);
  });

  it('refuses a negative or non-finite cost', () => {
    const limiter = new RateLimiter({ capacity: 1, refillPerSecond: 1 });
    expect(() => limiter.take('k', -1)).toThrow(RangeError);
    expect(() => limiter.take('k', Number.NaN)).toThrow(RangeError);
  });

  it('RateLimitedError carries RATE_LIMITED and retryAfter', () => {
    const error = new RateLimitedError(7);
    expect(error).toBeInstanceOf(AppError);
    expect(error.extensions).toEqual({ code: 'RATE_LIMITED', retryAfter: 7 });
    expect(error.message).toBe('Too many requests; retry after 7 s');
  });
});

describe('subscriptions are capped per connection', () => {
  it('opens up to the maximum, then refuses until one closes', () => {
    const budget = new SubscriptionBudget(2);
    const connection = {};
    expect([budget.tryOpen(connection, '1'), budget.tryOpen(connection, '2'), budget.tryOpen(connection, '3')]).toEqual([true, true, false]);
    expect(budget.count(connection)).toBe(2);
    budget.close(connection, '1');
    expect(budget.tryOpen(connection, '3')).toBe(true);
    expect(budget.count(connection)).toBe(2);
  });

  it('connections have separate budgets', () => {
    const budget = new SubscriptionBudget(1);
    const first = {};
    const second = {};
    expect(budget.tryOpen(first, '1')).toBe(true);
    expect(budget.tryOpen(second, '1')).toBe(true);
    expect(budget.tryOpen(first, '2')).toBe(false);
  });

  it('closing an unknown id or closing twice cannot free another slot', () => {
    const budget = new SubscriptionBudget(2);
    const connection = {};
    budget.tryOpen(connection, 'a');
    budget.tryOpen(connection, 'b');
    budget.close(connection, 'never-opened');
    budget.close({}, 'a');
    expect(budget.tryOpen(connection, 'c')).toBe(false);
    budget.close(connection, 'a');
    budget.close(connection, 'a');
    expect(budget.count(connection)).toBe(1);
    expect(budget.tryOpen(connection, 'a')).toBe(true);
    expect(budget.tryOpen(connection, 'a')).toBe(true);
    expect(budget.count(connection)).toBe(2);
  });

  it('a refusal is TOO_MANY_SUBSCRIPTIONS with the maximum', () => {
    const error = new SubscriptionBudget(3).exceededError();
    expect(error).toBeInstanceOf(LimitExceededError);
    expect(error.extensions).toEqual({ code: 'TOO_MANY_SUBSCRIPTIONS', maxSubscriptions: 3 });
  });

  it.each([0, -1, 2.5, Number.NaN])('refuses a maximum of %s', (max) => {
    expect(() => new SubscriptionBudget(max)).toThrow(RangeError);
  });
});
