import {
  GraphQLError,
  Kind,
  NoSchemaIntrospectionCustomRule,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValidationRule,
} from 'graphql';
import { BadUserInputError, LimitExceededError } from '../../shared/errors.js';
import { documentFieldCount, limitRules, MAX_DOCUMENT_TOKENS, operationCost, type QueryLimits } from './query-limits.js';

/** A parsed document whose size in fields is within the limit. */
export interface PreparedDocument {
  document: DocumentNode;
  /** Field nodes visited with every fragment spread expanded (`documentFieldCount`). */
  fields: number;
  /** The operation `operationName` selects, as graphql-js would choose it; undefined when none matches. */
  operation(operationName?: string | null): OperationDefinitionNode | undefined;
}

/** What the guard enforces; see `QueryLimits`. */
export interface OperationGuardOptions extends QueryLimits {
  /** When false, introspection is refused and error messages suggest no field or type names. */
  introspection: boolean;
}

/** Documents remembered by query text (the oldest goes first); a screen or client sends a handful of shapes. */
const PREPARED_DOCUMENTS = 1000;
/** Longer query texts are parsed every time rather than kept as cache keys. */
const LONGEST_CACHED_QUERY = 20_000;
/** Deepest nesting of arrays and objects in a request's variables: real inputs nest two or three levels. */
const MAX_VARIABLE_NESTING = 32;

/** graphql-js's "Did you mean …?" tail, the same pattern Apollo's suggestion-hiding plugin strips. */
const SUGGESTION = / ?Did you mean(.+?)\?$/;

/** The message without graphql-js's field, type or value suggestions. */
export function withoutSuggestions(message: string): string {
  return message.replace(SUGGESTION, '');
}

/**
 * The checks every operation passes before it runs, shared by HTTP and WebSocket so both refuse
 * the same documents with the same codes: the parser's token limit, the expanded field count
 * (before validation, whose cost grows with it), graphql-js validation with the depth and alias
 * rules (and no introspection when it is switched off), the variables' shape, and the cost with the
 * request's variables. Parsing is remembered per query text, validation per document.
 */
export class OperationGuard {
  private readonly prepared = new Map<string, PreparedDocument>();
  private readonly validated = new WeakMap<DocumentNode, readonly GraphQLError[]>();
  /** The depth and alias rules (and the introspection ban when introspection is off), after graphql-js's own. */
  readonly validationRules: readonly ValidationRule[];

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly options: OperationGuardOptions,
  ) {
    this.validationRules = [...limitRules(options), ...(options.introspection ? [] : [NoSchemaIntrospectionCustomRule])];
  }

  get introspection(): boolean {
    return this.options.introspection;
  }

  /**
   * Parses `query` and measures it: a syntax error is thrown as graphql-js's GraphQLError
   * (GRAPHQL_PARSE_FAILED), a document visiting more than `maxFields` fields as QUERY_TOO_COMPLEX.
   */
  prepare(query: string): PreparedDocument {
    const known = this.prepared.get(query);
    if (known) return known;
    let document: DocumentNode;
    try {
      document = parse(query, { maxTokens: MAX_DOCUMENT_TOKENS });
    } catch (error) {
      if (error instanceof GraphQLError) throw Object.assign(error, { extensions: { ...error.extensions, code: 'GRAPHQL_PARSE_FAILED' } });
      throw error;
    }
    const fields = documentFieldCount(document);
    if (fields > this.options.maxFields) {
      throw new LimitExceededError(
        'QUERY_TOO_COMPLEX',
        `The document visits ${fields > 1e15 ? 'more than 10^15' : fields} fields once its fragments are expanded; at most ${this.options.maxFields} are allowed`,
        { fields: Math.min(fields, Number.MAX_SAFE_INTEGER), maxFields: this.options.maxFields },
      );
    }
    const operations = document.definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
    const prepared: PreparedDocument = {
      document,
      fields,
      operation: (operationName) =>
        operationName === undefined || operationName === null ? (operations.length === 1 ? operations[0] : undefined) : operations.find((operation) => operation.name?.value === operationName),
    };
    if (query.length <= LONGEST_CACHED_QUERY) {
      this.prepared.set(query, prepared);
      if (this.prepared.size > PREPARED_DOCUMENTS) this.prepared.delete(this.prepared.keys().next().value!);
    }
    return prepared;
  }

  /** graphql-js validation with the guard's rules; messages carry no suggestions when introspection is off. */
  validate(document: DocumentNode): readonly GraphQLError[] {
    let errors = this.validated.get(document);
    if (!errors) {
      errors = validate(this.schema, document, [...specifiedRules, ...this.validationRules]).map((error) => this.clientError(error, 'GRAPHQL_VALIDATION_FAILED'));
      this.validated.set(document, errors);
    }
    return errors;
  }

  /** `error` with its code set, and its suggestions removed when introspection is off. */
  clientError(error: GraphQLError, code: string): GraphQLError {
    const message = this.options.introspection ? error.message : withoutSuggestions(error.message);
    if (message === error.message && error.extensions.code) return error;
    return new GraphQLError(message, { nodes: error.nodes, source: error.source, positions: error.positions, path: error.path, originalError: error.originalError, extensions: { ...error.extensions, code: error.extensions.code ?? code } });
  }

  /** The operation's cost with the request's variables; QUERY_TOO_COSTLY above the limit. */
  checkCost(document: DocumentNode, variables: Readonly<Record<string, unknown>> | null | undefined, operationName: string | null | undefined): number {
    const cost = operationCost(this.schema, document, variables ?? {}, operationName, this.options.defaultListSize);
    if (cost > this.options.maxCost) {
      throw new LimitExceededError('QUERY_TOO_COSTLY', `The operation costs ${cost} points; at most ${this.options.maxCost} are allowed. Ask for smaller pages (first) or fewer nested lists`, {
        cost,
        maxCost: this.options.maxCost,
      });
    }
    return cost;
  }
}

/**
 * Refuses variables nested deeper than graphql-js's coercion (which recurses) can take, and text
 * that is not well-formed Unicode (a lone UTF-16 surrogate, which PostgreSQL cannot store):
 * BAD_USER_INPUT naming `variables`. Iterative, so hostile nesting cannot overflow the stack here.
 */
export function checkVariables(variables: unknown): void {
  const stack: [unknown, number][] = [[variables, 0]];
  while (stack.length) {
    const [value, depth] = stack.pop()!;
    if (typeof value === 'string') {
      if (!value.isWellFormed()) throw new BadUserInputError('variables hold text with a lone UTF-16 surrogate, which is not valid Unicode', 'variables');
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_VARIABLE_NESTING) throw new BadUserInputError(`variables nest more than ${MAX_VARIABLE_NESTING} levels deep`, 'variables');
    if (Array.isArray(value)) {
      for (const item of value) stack.push([item, depth + 1]);
    } else {
      for (const [key, item] of Object.entries(value)) {
        if (!key.isWellFormed()) throw new BadUserInputError('variables hold a name with a lone UTF-16 surrogate, which is not valid Unicode', 'variables');
        stack.push([item, depth + 1]);
      }
    }
  }
}
