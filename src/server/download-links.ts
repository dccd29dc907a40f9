import { createHmac, timingSafeEqual } from 'node:crypto';
import { Role, type Caller } from '../modules/auth/auth.types.js';

/** How long a signed download link works. */
export const DOWNLOAD_LINK_SECONDS = 300;

/**
 * Short-lived signed links for downloads (reports, issued documents, evidence), so that an export
 * button or an <a href> needs no Authorization header: the path, an expiry and the signer's id,
 * under an HMAC with the server's signing secret. A link grants one thing: reading that path, as a
 * read-only caller, until it expires.
 */
export class DownloadLinks {
  constructor(private readonly secret: Uint8Array) {}

  private mac(path: string, expires: number, signer: string): string {
    return createHmac('sha256', this.secret).update(`download\n${path}\n${expires}\n${signer}`).digest('base64url');
  }

  /** `path?expires=…&by=…&signature=…`, valid for DOWNLOAD_LINK_SECONDS from `now`. */
  sign(path: string, signer: string, now = Date.now()): string {
    const expires = Math.floor(now / 1000) + DOWNLOAD_LINK_SECONDS;
    const by = signer.slice(0, 64);
    return `${path}?${new URLSearchParams({ expires: String(expires), by, signature: this.mac(path, expires, by) })}`;
  }

  /**
   * The caller a request's link stands for: undefined when the URL carries no signature (the
   * Authorization header decides), 'expired' or 'invalid' when it carries a bad one.
   */
  callerOf(url: URL, now = Date.now()): Caller | 'expired' | 'invalid' | undefined {
    const signature = url.searchParams.get('signature');
    if (signature === null) return undefined;
    const expires = Number(url.searchParams.get('expires'));
    const by = url.searchParams.get('by') ?? '';
    if (!Number.isSafeInteger(expires)) return 'invalid';
    const expected = Buffer.from(this.mac(url.pathname, expires, by));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'invalid';
    if (expires * 1000 < now) return 'expired';
    return { kind: 'user', id: `link:${by}`, role: Role.VIEWER, personId: null, unitId: null, apiKeyId: null, expiresAt: expires * 1000 };
  }
}
