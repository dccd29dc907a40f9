import type { IncomingMessage } from 'node:http';

/** What the routes learn about an HTTP request that the access log and the metrics report once it ends. */
export interface RequestInfo {
  /** The authenticated caller's stable id ("person:12", "apikey:3", …), never its credential. */
  callerId?: string;
  /** The GraphQL operation's name as the request or its document gives it (not yet bounded or checked). */
  operationName?: string;
}

// Held weakly: the note goes away with the request.
const notes = new WeakMap<IncomingMessage, RequestInfo>();

/** Adds to what is known of `request` (later notes win). */
export function noteRequest(request: IncomingMessage, info: RequestInfo): void {
  const known = notes.get(request);
  if (known) Object.assign(known, info);
  else notes.set(request, { ...info });
}

/** What was noted of `request`, or an empty note. */
export function requestInfo(request: IncomingMessage): Readonly<RequestInfo> {
  return notes.get(request) ?? {};
}
