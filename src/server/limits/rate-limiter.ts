/** Options of a `RateLimiter`. */
export interface RateLimiterOptions {
  /** Tokens a caller may spend at once (the burst); a new or idle caller starts full. */
  capacity: number;
  /** Tokens given back per second, up to `capacity`. */
  refillPerSecond: number;
  /**
   * Most callers remembered. Beyond it the least recently seen caller is forgotten (it starts full
   * again), so memory stays bounded whatever the number of keys. Default 10,000.
   */
  maxKeys?: number;
  /** Clock in milliseconds; monotonic `performance.now()` unless a test injects one. */
  now?: () => number;
}

/** Outcome of `RateLimiter.take`. */
export interface RateLimitDecision {
  allowed: boolean;
  /** Whole seconds until the same take would be allowed; 0 when allowed. For HTTP `Retry-After`. */
  retryAfterSeconds: number;
  /** Whole tokens left after this take. */
  remaining: number;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/** Tolerance for the floating-point refill arithmetic, far below one token. */
const EPSILON = 1e-9;

/**
 * In-memory token buckets, one per caller key (user, API key or IP). Per process: behind several
 * instances each one limits on its own.
 */
export class RateLimiter {
  private readonly capacity: number;
  private readonly refillPerMs: number;
  private readonly maxKeys: number;
  private readonly now: () => number;
  /** In order of last use, least recent first (a Map keeps insertion order). */
  private readonly buckets = new Map<string, Bucket>();

  constructor(options: RateLimiterOptions) {
    const { capacity, refillPerSecond, maxKeys = 10_000, now = () => performance.now() } = options;
    if (!(Number.isFinite(capacity) && capacity > 0)) throw new RangeError(`capacity must be a positive number, got ${capacity}`);
    if (!(Number.isFinite(refillPerSecond) && refillPerSecond > 0)) {
      throw new RangeError(`refillPerSecond must be a positive number, got ${refillPerSecond}`);
    }
    if (!(Number.isSafeInteger(maxKeys) && maxKeys > 0)) throw new RangeError(`maxKeys must be a positive integer, got ${maxKeys}`);
    this.capacity = capacity;
    this.refillPerMs = refillPerSecond / 1000;
    this.maxKeys = maxKeys;
    this.now = now;
  }

  /** Callers currently remembered. */
  get size(): number {
    return this.buckets.size;
  }

  /**
   * Spends `cost` tokens of `key` if it has them; a refused take spends nothing. A cost above
   * `capacity` is charged as `capacity`: such an operation can run only with a full bucket, and
   * empties it.
   */
  take(key: string, cost = 1): RateLimitDecision {
    if (!(Number.isFinite(cost) && cost >= 0)) throw new RangeError(`cost must be a non-negative number, got ${cost}`);
    const now = this.now();
    const bucket = this.current(key, now);
    const charge = Math.min(cost, this.capacity);
    let decision: RateLimitDecision;
    if (bucket.tokens + EPSILON >= charge) {
      bucket.tokens = Math.max(0, bucket.tokens - charge);
      decision = { allowed: true, retryAfterSeconds: 0, remaining: Math.floor(bucket.tokens + EPSILON) };
    } else {
      const waitSeconds = (charge - bucket.tokens) / this.refillPerMs / 1000;
      decision = { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitSeconds - EPSILON)), remaining: Math.floor(bucket.tokens + EPSILON) };
    }
    this.buckets.delete(key);
    this.buckets.set(key, bucket);
    this.evict(now);
    return decision;
  }

  /** Whether `key` could spend `cost` now, spending nothing (an unknown key could: it starts full). */
  peek(key: string, cost = 1): boolean {
    const bucket = this.buckets.get(key);
    if (!bucket) return true;
    return this.refilled(bucket, this.now()) + EPSILON >= Math.min(cost, this.capacity);
  }

  /** The key's bucket refilled up to `now` (a fresh full one when unknown). */
  private current(key: string, now: number): Bucket {
    const bucket = this.buckets.get(key);
    if (!bucket) return { tokens: this.capacity, updatedAt: now };
    bucket.tokens = this.refilled(bucket, now);
    bucket.updatedAt = Math.max(bucket.updatedAt, now);
    return bucket;
  }

  private refilled(bucket: Bucket, now: number): number {
    return Math.min(this.capacity, bucket.tokens + Math.max(0, now - bucket.updatedAt) * this.refillPerMs);
  }

  /**
   * Drops least recently used buckets that have refilled (forgetting them changes nothing), then
   * any beyond `maxKeys`. Stops at the first one still needed, so each take does O(1) work amortized.
   */
  private evict(now: number): void {
    for (const [key, bucket] of this.buckets) {
      if (this.buckets.size > this.maxKeys || this.refilled(bucket, now) + EPSILON >= this.capacity) this.buckets.delete(key);
      else break;
    }
  }
}
