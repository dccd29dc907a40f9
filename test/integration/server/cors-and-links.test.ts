import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestApi, type TestApi } from '../../support/harness.js';
import { ADMIN_TOKEN, tokenFor } from '../../support/tokens.js';
import { DOWNLOAD_LINK_SECONDS } from '../../../src/server/download-links.js';
import { parseOrigins } from '../../../src/server/cors.js';

const SCREEN_ORIGIN = 'https://screen.example.gov.cn';
let api: TestApi;
let base: string;

beforeAll(async () => {
  api = await startTestApi('cors-links', { corsOrigins: [SCREEN_ORIGIN] });
  base = api.url.replace(/\/graphql$/, '');
});
afterAll(() => {
  vi.useRealTimers();
  return api?.close();
});

const preflight = (origin: string) =>
  fetch(api.url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' } });

describe('CORS with an allowlist (CORS_ORIGINS)', () => {
  it('answers a preflight from an allowed origin before authentication, with the CORS headers', async () => {
    const response = await preflight(SCREEN_ORIGIN);
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(SCREEN_ORIGIN);
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
    expect(response.headers.get('access-control-allow-headers')).toContain('authorization');
    expect(response.headers.get('vary')).toContain('Origin');
  });

  it('gives another origin no CORS header at all, on the preflight and on the request', async () => {
    const refused = await preflight('https://evil.example.com');
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    const request = await fetch(api.url, {
      method: 'POST',
      headers: { origin: 'https://evil.example.com', 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
      body: JSON.stringify({ query: '{ dashboard(year: 2026) { projectCount } }' }),
    });
    expect(request.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('lets the allowed origin read an answer and its request id', async () => {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { origin: SCREEN_ORIGIN, 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
      body: JSON.stringify({ query: '{ dashboard(year: 2026) { projectCount } }' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(SCREEN_ORIGIN);
    expect(response.headers.get('access-control-expose-headers')).toContain('x-request-id');
  });

  it('takes exact origins only', () => {
    expect([...parseOrigins(' https://a.gov.cn , http://127.0.0.1:8080 ')]).toEqual(['https://a.gov.cn', 'http://127.0.0.1:8080']);
    expect(() => parseOrigins('https://a.gov.cn/path')).toThrow(/bare origin/);
    expect(() => parseOrigins('*')).toThrow();
  });
});

describe('signed download links (downloadUrl)', () => {
  it('download without a header within their lifetime and not after, and only the path they name', async () => {
    const viewer = await tokenFor('VIEWER');
    const response = await api.as(viewer).raw<{ monthlyReport: { downloadUrl: string; csv: string }; annualSummary: { downloadUrl: string } }>(
      '{ monthlyReport(year: 2026, month: 3) { downloadUrl csv: downloadUrl(format: CSV) } annualSummary(year: 2025) { downloadUrl } }',
    );
    expect(response.errors).toBeUndefined();
    const { monthlyReport, annualSummary } = response.data!;
    expect(monthlyReport.downloadUrl).toMatch(/^\/reports\/monthly\/2026\/3\.xlsx\?expires=\d+&by=.+&signature=/);
    const xlsx = await fetch(`${base}${monthlyReport.downloadUrl}`);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    expect((await fetch(`${base}${monthlyReport.csv}`)).status).toBe(200);
    expect((await fetch(`${base}${annualSummary.downloadUrl}`)).status).toBe(200);
    // The signature covers the path: the same signature on another report is refused.
    const moved = monthlyReport.downloadUrl.replace('/2026/3.xlsx', '/2026/2.xlsx');
    expect((await fetch(`${base}${moved}`)).status).toBe(401);
    // After its lifetime the link no longer works.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + (DOWNLOAD_LINK_SECONDS + 5) * 1000);
    try {
      const expired = await fetch(`${base}${monthlyReport.downloadUrl}`);
      expect(expired.status).toBe(401);
      const body = (await expired.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
      expect(body.errors[0].message).toContain('expired');
    } finally {
      vi.useRealTimers();
    }
  });
});
