import {
  Kind,
  getNamedType,
  getNullableType,
  getOperationAST,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  type ASTVisitor,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
  type ValueNode,
} from 'graphql';
import { LimitExceededError } from '../../shared/errors.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../shared/pagination.js';

/** Limits of one operation and of one HTTP request. */
export interface QueryLimits {
  /** Longest chain of nested fields, root field and leaf included (`__typename` and introspection excluded). */
  maxDepth: number;
  /** Aliased fields in the operation, counted once per fragment spread. */
  maxAliases: number;
  /** Largest estimated cost (see `operationCost`). */
  maxCost: number;
  /** Assumed length of a list field without `first` (e.g. `Project.assignments`). */
  defaultListSize: number;
  /**
   * Most field nodes the executor would visit, every fragment spread expanded where it is spread
   * (GitHub's node limit): bounds the work of validation and compilation, which the text size,
   * depth and cost do not when fragments spread fragments.
   */
  maxFields: number;
}

/**
 * Most tokens a document may have; the parser stops there (cheap refusal of huge documents). Over
 * ten times GraphiQL's introspection query and the largest real operation, and below the nesting at
 * which graphql-js's recursive parser would overflow the stack (about 1,950 levels).
 */
export const MAX_DOCUMENT_TOKENS = 4000;

/**
 * The defaults, about twice what the real operations need: those in `test/operations` reach depth
 * 6, use no alias, cost at most 2,041 (OrganizationsWithPeople with `first: 100`; 441 with the
 * default page size) and visit at most a few hundred fields. GraphiQL's introspection query would
 * be 15 deep and cost 14,966 were it counted, which is why introspection is left to graphql-js's
 * MaxIntrospectionDepthRule (one of `specifiedRules`), which stops the `fields { type { fields … } } }`
 * cycles; its fields do count towards `maxFields` (it visits 230).
 */
export const defaultLimits: Readonly<QueryLimits> = Object.freeze({
  maxDepth: 12,
  maxAliases: 30,
  maxCost: 5000,
  defaultListSize: 10,
  maxFields: 2000,
});

type FragmentLookup = (name: string) => FragmentDefinitionNode | undefined;

/** Evaluates a fragment once per key; a spread of a fragment being evaluated (a cycle) counts as `cyclic`. */
class FragmentMemo {
  private readonly values = new Map<string, number>();
  private readonly active = new Set<string>();

  evaluate(key: string, compute: () => number, cyclic = 0): number {
    const known = this.values.get(key);
    if (known !== undefined) return known;
    if (this.active.has(key)) return cyclic;
    this.active.add(key);
    const value = compute();
    this.active.delete(key);
    this.values.set(key, value);
    return value;
  }
}

function fragmentsOf(document: DocumentNode): FragmentLookup {
  const byName = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) byName.set(definition.name.value, definition);
  }
  return (name) => byName.get(name);
}

/** `__schema` and `__type` are answered from memory and bounded by MaxIntrospectionDepthRule; `__typename` is free. */
function isIntrospection(field: FieldNode): boolean {
  return field.name.value.startsWith('__');
}

function capped(value: number): number {
  return Math.min(value, Number.MAX_SAFE_INTEGER);
}

function selectionDepth(selectionSet: SelectionSetNode | undefined, fragments: FragmentLookup, memo: FragmentMemo): number {
  let deepest = 0;
  for (const selection of selectionSet?.selections ?? []) {
    let depth = 0;
    if (selection.kind === Kind.FIELD) {
      depth = isIntrospection(selection) ? 0 : 1 + selectionDepth(selection.selectionSet, fragments, memo);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      depth = selectionDepth(selection.selectionSet, fragments, memo);
    } else {
      const fragment = fragments(selection.name.value);
      if (fragment) depth = memo.evaluate(fragment.name.value, () => selectionDepth(fragment.selectionSet, fragments, memo));
    }
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}

function selectionAliases(selectionSet: SelectionSetNode | undefined, fragments: FragmentLookup, memo: FragmentMemo): number {
  let count = 0;
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      count += (selection.alias ? 1 : 0) + selectionAliases(selection.selectionSet, fragments, memo);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      count += selectionAliases(selection.selectionSet, fragments, memo);
    } else {
      const fragment = fragments(selection.name.value);
      if (fragment) count += memo.evaluate(fragment.name.value, () => selectionAliases(fragment.selectionSet, fragments, memo));
    }
  }
  return count;
}

function selectionFields(selectionSet: SelectionSetNode | undefined, fragments: FragmentLookup, memo: FragmentMemo): number {
  let count = 0;
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      count += 1 + selectionFields(selection.selectionSet, fragments, memo);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      count += selectionFields(selection.selectionSet, fragments, memo);
    } else {
      const fragment = fragments(selection.name.value);
      if (fragment) count += memo.evaluate(fragment.name.value, () => selectionFields(fragment.selectionSet, fragments, memo));
    }
    if (count >= Number.MAX_SAFE_INTEGER) return Number.MAX_SAFE_INTEGER;
  }
  return count;
}

/** Walks one operation with its variables; fragment costs are memoized per enclosing page size. */
class CostWalker {
  private readonly memo = new FragmentMemo();
  private readonly variableDefaults = new Map<string, ValueNode>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: FragmentLookup,
    private readonly variables: Readonly<Record<string, unknown>>,
    private readonly defaultListSize: number,
    operation: OperationDefinitionNode,
  ) {
    for (const definition of operation.variableDefinitions ?? []) {
      if (definition.defaultValue) this.variableDefaults.set(definition.variable.name.value, definition.defaultValue);
    }
  }

  operation(operation: OperationDefinitionNode): number {
    const root = this.schema.getRootType(operation.operation) ?? undefined;
    return capped(this.selectionSet(operation.selectionSet, root, undefined));
  }

  /** `pageSize` is set when this selection set is a connection's: its list fields (`nodes`, `edges`) hold a page. */
  private selectionSet(selectionSet: SelectionSetNode, parentType: GraphQLNamedType | undefined, pageSize: number | undefined): number {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        total += this.field(selection, parentType, pageSize);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? this.schema.getType(selection.typeCondition.name.value) : parentType;
        total += this.selectionSet(selection.selectionSet, type, pageSize);
      } else {
        const fragment = this.fragments(selection.name.value);
        if (!fragment) continue;
        const type = this.schema.getType(fragment.typeCondition.name.value);
        total += this.memo.evaluate(`${fragment.name.value}\u0000${pageSize ?? ''}`, () => this.selectionSet(fragment.selectionSet, type, pageSize));
      }
    }
    return total;
  }

  private field(field: FieldNode, parentType: GraphQLNamedType | undefined, enclosingPageSize: number | undefined): number {
    if (isIntrospection(field)) return 0;
    if (!(isObjectType(parentType) || isInterfaceType(parentType))) return 0;
    const definition = parentType.getFields()[field.name.value];
    if (!definition) return 0;
    const ownCost = isCompositeType(getNamedType(definition.type)) ? 1 : 0;
    if (!field.selectionSet) return ownCost;
    const paginated = definition.args.some((argument) => argument.name === 'first');
    const pageSize = paginated ? this.pageSize(field) : undefined;
    const isList = isListType(getNullableType(definition.type));
    const items = isList ? (pageSize ?? enclosingPageSize ?? this.defaultListSize) : 1;
    const children = this.selectionSet(field.selectionSet, getNamedType(definition.type), isList ? undefined : pageSize);
    return ownCost + items * children;
  }

  /** The page size the server will use: `first` as given, else the default; clamped to 0..MAX_PAGE_SIZE. */
  private pageSize(field: FieldNode): number {
    let node: ValueNode | undefined = field.arguments?.find((argument) => argument.name.value === 'first')?.value;
    let value: unknown;
    if (node?.kind === Kind.VARIABLE) {
      const name = node.name.value;
      if (Object.hasOwn(this.variables, name)) value = this.variables[name];
      else node = this.variableDefaults.get(name);
    }
    if (node?.kind === Kind.INT) value = Number(node.value);
    if (typeof value !== 'number' || !Number.isFinite(value)) return DEFAULT_PAGE_SIZE;
    return Math.min(Math.max(Math.ceil(value), 0), MAX_PAGE_SIZE);
  }
}

function label(operation: OperationDefinitionNode): string {
  return operation.name ? `Operation ${operation.name.value}` : 'The operation';
}

function requirePositiveInteger(value: number, name: string): void {
  if (!Number.isSafeInteger(value) || value < 1) throw new RangeError(`${name} must be a positive integer, got ${value}`);
}

/**
 * Longest chain of nested fields in the operation graphql-js would run (the named one or the only
 * one): `{ projects { nodes { id } } }` is 3. Fragments count where they are spread; `__typename`
 * and introspection fields are not counted. 0 when there is no such operation.
 */
export function operationDepth(document: DocumentNode, operationName?: string | null): number {
  const operation = getOperationAST(document, operationName);
  return operation ? selectionDepth(operation.selectionSet, fragmentsOf(document), new FragmentMemo()) : 0;
}

/** Aliased fields of the operation, a fragment's counted at each spread. 0 when there is no such operation. */
export function operationAliasCount(document: DocumentNode, operationName?: string | null): number {
  const operation = getOperationAST(document, operationName);
  return operation ? capped(selectionAliases(operation.selectionSet, fragmentsOf(document), new FragmentMemo())) : 0;
}

/**
 * Field nodes of every operation of the document, each fragment counted at every spread (the
 * fields an executor or a query compiler visits before merging): `fragment F on Query { a b }
 * { ...F ...F }` is 4. Linear in the document's size however deep fragments spread fragments (each
 * fragment is counted once and multiplied), so it can run before validation. A spread of a
 * fragment being counted (a cycle, refused by validation) counts 0; never above
 * Number.MAX_SAFE_INTEGER.
 */
export function documentFieldCount(document: DocumentNode): number {
  const fragments = fragmentsOf(document);
  const memo = new FragmentMemo();
  let count = 0;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) count = capped(count + selectionFields(definition.selectionSet, fragments, memo));
  }
  return count;
}

/**
 * Estimated cost of the operation graphql-js would run, roughly the number of object fields
 * resolved: each field of object type costs 1 each time it is resolved and a list multiplies what
 * is selected in its items. A connection's `nodes`/`edges` hold `first` items (the variable's value
 * or default, else DEFAULT_PAGE_SIZE; at most MAX_PAGE_SIZE); its `pageInfo` and `totalCount` do not
 * multiply. Other lists hold `defaultListSize` items. Scalars, `__typename` and introspection are
 * free. `{ projects(first: 50) { nodes { id assignments { role } } } }` costs 1 + 1 + 50 × 1 = 52.
 * 0 when there is no such operation; never above Number.MAX_SAFE_INTEGER.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables?: Readonly<Record<string, unknown>> | null,
  operationName?: string | null,
  defaultListSize: number = defaultLimits.defaultListSize,
): number {
  const operation = getOperationAST(document, operationName);
  if (!operation) return 0;
  return new CostWalker(schema, fragmentsOf(document), variables ?? {}, defaultListSize, operation).operation(operation);
}

/** Refuses operations nested deeper than `maxDepth` fields: QUERY_TOO_DEEP with `depth` and `maxDepth`. */
export function depthLimitRule(maxDepth: number = defaultLimits.maxDepth): ValidationRule {
  requirePositiveInteger(maxDepth, 'maxDepth');
  return (context: ValidationContext): ASTVisitor => {
    const fragments: FragmentLookup = (name) => context.getFragment(name) ?? undefined;
    const memo = new FragmentMemo();
    return {
      OperationDefinition(operation) {
        const depth = selectionDepth(operation.selectionSet, fragments, memo);
        if (depth > maxDepth) {
          context.reportError(
            new LimitExceededError('QUERY_TOO_DEEP', `${label(operation)} nests fields ${depth} deep; at most ${maxDepth} levels are allowed`, { depth, maxDepth }),
          );
        }
        return false;
      },
      FragmentDefinition: () => false,
    };
  };
}

/** Refuses operations with more than `maxAliases` aliased fields: TOO_MANY_ALIASES with `aliases` and `maxAliases`. */
export function aliasLimitRule(maxAliases: number = defaultLimits.maxAliases): ValidationRule {
  if (!Number.isSafeInteger(maxAliases) || maxAliases < 0) throw new RangeError(`maxAliases must be a non-negative integer, got ${maxAliases}`);
  return (context: ValidationContext): ASTVisitor => {
    const fragments: FragmentLookup = (name) => context.getFragment(name) ?? undefined;
    const memo = new FragmentMemo();
    return {
      OperationDefinition(operation) {
        const aliases = capped(selectionAliases(operation.selectionSet, fragments, memo));
        if (aliases > maxAliases) {
          context.reportError(
            new LimitExceededError('TOO_MANY_ALIASES', `${label(operation)} uses ${aliases} aliases; at most ${maxAliases} are allowed`, { aliases, maxAliases }),
          );
        }
        return false;
      },
      FragmentDefinition: () => false,
    };
  };
}

/** Options of `limitRules`: any limit left out takes its default. */
export type LimitRuleOptions = Partial<Pick<QueryLimits, 'maxDepth' | 'maxAliases'>>;

/**
 * The depth and alias rules, to run after graphql-js's `specifiedRules`. The cost needs the
 * request's variables and is checked once they are known (`operationCost`); the field count runs
 * before validation (`documentFieldCount`).
 */
export function limitRules(options: LimitRuleOptions = {}): ValidationRule[] {
  return [depthLimitRule(options.maxDepth ?? defaultLimits.maxDepth), aliasLimitRule(options.maxAliases ?? defaultLimits.maxAliases)];
}
