import { print, type ExecutionArgs } from 'graphql';

const printed = new WeakMap<object, string>();

/** Identifies an operation: its document, operation name and variables. */
export function operationKey(args: ExecutionArgs): string {
  let text = printed.get(args.document);
  if (text === undefined) {
    text = print(args.document);
    printed.set(args.document, text);
  }
  return `${args.operationName ?? ''}\u0000${JSON.stringify(args.variableValues ?? {})}\u0000${text}`;
}

const executions = new WeakMap<object, Map<string, Promise<unknown>>>();

/**
 * Runs `run(payload)` once per (payload object, key) and gives later callers the same result — the
 * same promise, hence the same result object, which is then serialised once (`serialisedResult`): every
 * subscriber of a topic receives the same payload object, so subscribers that may see the same
 * things (`visibilityKey`) and run the same operation (`operationKey`) share one execution of it —
 * thousands of screens, one result. Held weakly by the payload: it goes when the event does.
 */
export function sharedExecution<T, P = unknown>(payload: P, key: string, run: (payload: P) => Promise<T>): Promise<T> {
  if (typeof payload !== 'object' || payload === null) return run(payload);
  let byKey = executions.get(payload);
  if (!byKey) {
    byKey = new Map();
    executions.set(payload, byKey);
  }
  let result = byKey.get(key) as Promise<T> | undefined;
  if (!result) {
    result = run(payload);
    byKey.set(key, result);
  }
  return result;
}
