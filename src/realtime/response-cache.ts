/** How long and how much the response cache keeps. */
export interface ResponseCacheOptions {
  /** Longest a response is served from memory, in ms (also bounds staleness of time-dependent fields); 0 turns the cache off. */
  ttlMs: number;
  /** Most responses kept (the oldest goes first). */
  maxEntries: number;
  /** Largest body kept, in bytes. */
  maxBodyBytes: number;
  /** Most bytes of bodies kept in all (the oldest go first). */
  maxTotalBytes: number;
}

/** A response as it was sent. */
export interface CachedResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

interface Entry extends CachedResponse {
  expiresAt: number;
  bytes: number;
}

/**
 * Whole query responses kept in memory per (caller, document, operation, variables) — what the big
 * screens poll — and dropped as soon as any change commits: the server clears it on every event the
 * hub delivers (from any instance) and after each of its own commits, so a client reads its own
 * writes. A response computed while a change committed is not kept (the generation moved). Only
 * query operations are kept; mutations, subscriptions, errors and oversized bodies never are.
 * What a response holds depends only on the caller's identity (role, scope) and the request.
 */
export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  private currentGeneration = 0;
  private totalBytes = 0;
  /** Lookups answered from memory, and lookups that found nothing (or only an expired answer): the hit ratio. */
  readonly lookups = { hits: 0, misses: 0 };

  constructor(private readonly options: ResponseCacheOptions) {}

  get enabled(): boolean {
    return this.options.ttlMs > 0 && this.options.maxEntries > 0;
  }

  /** The moment a request starts; pass it to `store`. */
  get generation(): number {
    return this.currentGeneration;
  }

  /**
   * The cache key of a query operation (the caller checked that it is one), or undefined when the
   * cache is off. `variant` holds whatever else shapes the response, e.g. its negotiated content type.
   */
  keyOf(callerKey: string, request: { query: string; operationName?: string | null; variables?: unknown }, variant = ''): string | undefined {
    if (!this.enabled) return undefined;
    return JSON.stringify([callerKey, variant, request.operationName ?? null, request.variables ?? null, request.query]);
  }

  get(key: string): CachedResponse | undefined {
    const entry = this.entries.get(key);
    if (!entry) {
      this.lookups.misses++;
      return undefined;
    }
    if (entry.expiresAt <= Date.now()) {
      this.remove(key);
      this.lookups.misses++;
      return undefined;
    }
    this.lookups.hits++;
    return entry;
  }

  /** Keeps a successful response computed since `generation`, unless a change committed meanwhile. */
  store(key: string, generation: number, response: CachedResponse): void {
    if (generation !== this.currentGeneration || response.status !== 200) return;
    const bytes = Buffer.byteLength(response.body);
    if (bytes > this.options.maxBodyBytes || response.body.includes('"errors":')) return;
    this.remove(key);
    this.entries.set(key, { ...response, expiresAt: Date.now() + this.options.ttlMs, bytes });
    this.totalBytes += bytes;
    while (this.entries.size > this.options.maxEntries || this.totalBytes > this.options.maxTotalBytes) this.remove(this.entries.keys().next().value!);
  }

  /** Answers kept now. */
  get size(): number {
    return this.entries.size;
  }

  /** Drops everything: a change committed. */
  clear(): void {
    this.currentGeneration++;
    this.entries.clear();
    this.totalBytes = 0;
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.totalBytes -= entry.bytes;
  }
}
