import type { Caller } from '../modules/auth/auth.types.js';

/**
 * What a caller's answers can depend on: the role (what may be read, e.g. contact fields), the
 * person and unit (a reporter's own unit, `me`) and the API key (`me.apiKey`); never which of
 * several tokens was used. Answers cached or shared under one key (the response cache, one
 * execution per event for many subscribers) are served only to callers with the same key, on HTTP
 * and WebSocket alike.
 */
export function visibilityKey(caller: Caller): string {
  return `${caller.role}|${caller.personId ?? ''}|${caller.unitId ?? ''}|${caller.apiKeyId ?? ''}`;
}
