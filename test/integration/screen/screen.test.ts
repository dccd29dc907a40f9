import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../../scripts/browser.js';
import { startTestApi, type TestApi } from '../../support/harness.js';

/** The few browser globals the page callbacks below touch (the tests compile without the DOM library). */
declare const document: {
  querySelector(selector: string): { getAttribute(name: string): string | null } | null;
  querySelectorAll(selector: string): { length: number };
  getElementById(id: string): { dataset: Record<string, string | undefined>; textContent: string | null } | null;
  documentElement: { scrollWidth: number };
};
declare const window: { localStorage: { getItem(key: string): string | null } };

let api: TestApi;
let browser: Browser;
let origin: string;
let screenKey: string;

const FIGURES = ['projectCount', 'totalInvestment', 'annualPlannedInvestment', 'completedInvestment', 'completionRate', 'startedCount', 'completedCount', 'cumulativeInvestment'] as const;

async function dashboard(): Promise<Record<string, unknown> & { lightCounts: Record<string, number> }> {
  const response = await api.raw<{ dashboard: Record<string, unknown> & { lightCounts: Record<string, number> } }>(
    `{ dashboard(year: 2026, level: CITY) { ${FIGURES.join(' ')} lightCounts { green yellow red notDue } } }`,
    undefined,
    { 'cache-control': 'no-cache' },
  );
  expect(response.errors).toBeUndefined();
  return response.data!.dashboard;
}

/** The screen in a fresh page, every request to anything but this API refused and recorded. */
async function openScreen(width = 1920, height = 1080): Promise<{ page: Page; refused: string[] }> {
  const page = await browser.newPage();
  await page.setViewport({ width, height });
  const refused: string[] = [];
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.hostname === '127.0.0.1' || url.protocol === 'data:') return void request.continue();
    refused.push(request.url());
    void request.abort('blockedbyclient');
  });
  await page.goto(`${origin}/screen?year=2026&level=CITY#key=${encodeURIComponent(screenKey)}`, { waitUntil: 'load' });
  await page.waitForSelector('[data-figure="completedInvestment"][data-value]', { timeout: 15_000 });
  return { page, refused };
}

function figuresOn(page: Page): Promise<Record<string, string>> {
  return page.$$eval('[data-figure]', (elements) => Object.fromEntries(elements.map((element) => [element.getAttribute('data-figure')!, element.getAttribute('data-value') ?? ''])));
}

beforeAll(async () => {
  api = await startTestApi('screen');
  origin = new URL(api.url).origin;
  const created = await api.raw<{ createApiKey: { secret: string } }>('mutation { createApiKey(name: "指挥中心大屏") { secret } }');
  screenKey = created.data!.createApiKey.secret;
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await api?.close();
});

describe('the command-centre screen in Chromium, outside network blocked', () => {
  it('loads only from the API itself and shows the dashboard’s figures, raw values in data-value', async () => {
    const { page, refused } = await openScreen();
    try {
      const expected = await dashboard();
      const shown = await figuresOn(page);
      for (const field of FIGURES) expect(shown[field], field).toBe(String(expected[field]));
      for (const light of ['green', 'yellow', 'red', 'notDue']) expect(shown[`lightCounts.${light}`], light).toBe(String(expected.lightCounts[light]));
      expect(shown.completedInvestment).toBe('73400.00');
      // The key left the address bar (kept in the browser only); the charts drew; nothing went elsewhere.
      expect(new URL(page.url()).hash).toBe('');
      expect(await page.evaluate(() => window.localStorage.getItem('keyproject.screen.apiKey'))).toBe(screenKey);
      await page.waitForFunction(() => document.querySelectorAll('canvas').length >= 5, { timeout: 10_000 });
      await page.waitForFunction(() => document.getElementById('connection')?.dataset.state === 'live', { timeout: 10_000 });
      expect(refused).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('a report sent through the API moves the completed figure on the page within 2 s, and the ticker names it', async () => {
    const { page } = await openScreen();
    try {
      await page.waitForFunction(() => document.getElementById('connection')?.dataset.state === 'live', { timeout: 10_000 });
      const before = (await figuresOn(page)).completedInvestment;
      const [project] = await api.db.sql<{ id: number; name: string }>(
        `select p.id, p.name from project p join listing l on l.project_id = p.id and l.year = 2026 and l.level = 'CITY' order by p.id limit 1`,
      );
      const sent = performance.now();
      const response = await api.raw(
        'mutation($input: ReportProgressInput!) { reportProgress(input: $input) { id } }',
        { input: { projectId: Buffer.from(`Project:${project.id}`).toString('base64'), year: 2026, month: 4, completedInvestment: '1234.56', physicalProgress: '40.00' } },
      );
      expect(response.errors).toBeUndefined();
      const expected = String((await dashboard()).completedInvestment);
      expect(expected).not.toBe(before);
      await page.waitForFunction((value) => document.querySelector('[data-figure="completedInvestment"]')?.getAttribute('data-value') === value, { timeout: 2_000 }, expected);
      expect(performance.now() - sent).toBeLessThan(2_000 + 1_000);
      await page.waitForFunction((name) => document.getElementById('ticker')?.textContent?.includes(name), { timeout: 5_000 }, project.name);
    } finally {
      await page.close();
    }
  });

  it('is usable at 1366×768: nothing runs off the side, every headline figure is on screen', async () => {
    const { page } = await openScreen(1366, 768);
    try {
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
      const boxes = await page.$$eval('.figures [data-figure]', (elements) => elements.map((element) => {
        const { right, bottom } = element.getBoundingClientRect();
        return { right, bottom };
      }));
      for (const box of boxes) {
        expect(box.right).toBeLessThanOrEqual(1366);
        expect(box.bottom).toBeLessThanOrEqual(768);
      }
    } finally {
      await page.close();
    }
  });

  it('without a key it asks for one, and the page itself names no other host', async () => {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    try {
      const response = await page.goto(`${origin}/screen`, { waitUntil: 'load' });
      expect(response!.headers()['content-security-policy']).toContain("default-src 'none'");
      expect(await page.$eval('#sign-in', (element) => element.hasAttribute('hidden'))).toBe(false);
      const html = await (await fetch(`${origin}/screen`)).text();
      expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    } finally {
      await context.close();
    }
  });
});
