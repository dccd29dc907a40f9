import type { IncomingMessage } from 'node:http';
import type { Authenticator } from '../modules/auth/auth.service.js';
import type { Caller } from '../modules/auth/auth.types.js';
import { RateLimitedError, UnauthenticatedError } from '../shared/errors.js';
import { RateLimiter } from './limits/rate-limiter.js';
import { noteRequest } from './request-info.js';

/** The address a request or WebSocket came from (the socket's peer; a proxy's X-Forwarded-For is not trusted). */
export function clientAddress(request: IncomingMessage): string {
  return request.socket.remoteAddress ?? 'unknown';
}

/** Limits of `Callers`. */
export interface CallerLimits {
  /** Requests per caller per minute (bursts up to a fifth of it). */
  requestsPerMinute: number;
  /** Failed authentications per client address per minute (bursts up to a fifth of it, at least 10). */
  failedAuthenticationsPerMinute: number;
  /** Report and document downloads per caller per minute (bursts up to a fifth of it, at least 5). */
  downloadsPerMinute: number;
}

function bucketsOf(perMinute: number, minimumBurst = 1): RateLimiter {
  return new RateLimiter({ capacity: Math.max(minimumBurst, Math.ceil(perMinute / 5)), refillPerSecond: perMinute / 60 });
}

/**
 * Who is calling, and whether they may call now: authentication (remembering verified tokens and
 * API keys), a per-caller request budget, a per-caller download budget, and a per-address budget of
 * failed authentications, so a flood of forged credentials is refused before any of them is looked
 * up. Shared by every route and by graphql-ws.
 */
export class Callers {
  private readonly requests: RateLimiter;
  private readonly downloads: RateLimiter;
  private readonly failures: RateLimiter;

  constructor(
    readonly authenticator: Authenticator,
    limits: CallerLimits,
  ) {
    this.requests = bucketsOf(limits.requestsPerMinute);
    this.downloads = bucketsOf(limits.downloadsPerMinute, 5);
    this.failures = bucketsOf(limits.failedAuthenticationsPerMinute, 10);
  }

  /**
   * The caller of `authorization`, from `address`: UNAUTHENTICATED for missing or invalid
   * credentials (counted against the address); once an address has failed too often lately, only
   * credentials already verified here are still accepted from it (no lookup at all), anything
   * else is RATE_LIMITED, so clients sharing an address with an attacker keep working.
   */
  async authenticate(authorization: string | undefined | null, address: string): Promise<Caller> {
    if (!this.failures.peek(address) && !this.authenticator.recognises(authorization)) throw new RateLimitedError(this.failures.take(address).retryAfterSeconds);
    try {
      return await this.authenticator.authenticate(authorization);
    } catch (error) {
      if (error instanceof UnauthenticatedError) {
        const decision = this.failures.take(address);
        if (!decision.allowed) throw new RateLimitedError(decision.retryAfterSeconds);
      }
      throw error;
    }
  }

  /** Spends one request of `key` (a caller id, or an address for unauthenticated routes); RATE_LIMITED when spent out. */
  spend(key: string): void {
    const decision = this.requests.take(key);
    if (!decision.allowed) throw new RateLimitedError(decision.retryAfterSeconds);
  }

  /** Spends one download of the caller; RATE_LIMITED when spent out (rendering a workbook is costly). */
  spendDownload(caller: Caller): void {
    const decision = this.downloads.take(caller.id);
    if (!decision.allowed) throw new RateLimitedError(decision.retryAfterSeconds);
  }

  /** The caller of an HTTP request, its request budget spent. */
  async ofRequest(request: IncomingMessage): Promise<Caller> {
    const caller = await this.authenticate(request.headers.authorization, clientAddress(request));
    // For the access log: who called (its id, never its credential), even when its budget is spent.
    noteRequest(request, { callerId: caller.id });
    this.spend(caller.id);
    return caller;
  }
}
