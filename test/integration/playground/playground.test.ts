import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../../scripts/browser.js';
import { startTestApi, type TestApi } from '../../support/harness.js';
import { ADMIN_TOKEN } from '../../support/tokens.js';

/** The few browser globals the page callbacks touch (the tests compile without the DOM library). */
declare const document: { body: { innerText: string } };

let api: TestApi;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  api = await startTestApi('playground');
  origin = new URL(api.url).origin;
  browser = await launchChromium(1440, 900);
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await api?.close();
});

const pageText = () => document.body.innerText;

describe('the playground in Chromium', () => {
  it('opens with the sign-in help in Chinese and English and no error', async () => {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    try {
      await page.goto(`${origin}/playground`, { waitUntil: 'load' });
      await page.waitForSelector('.graphiql-container', { timeout: 15_000 });
      const text = await page.evaluate(() => document.body.innerText);
      expect(text).toContain('Headers');
      expect(text).toContain('Authorization');
      expect(text).toContain('请');
      expect(text).not.toContain('UNAUTHENTICATED');
    } finally {
      await context.close();
    }
  });

  it('runs a subscription with the token of the Headers tab and shows a change made through the API', async () => {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    const refused: string[] = [];
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.hostname === '127.0.0.1' || url.protocol === 'data:') return void request.continue();
      refused.push(request.url().slice(0, 100));
      void request.abort('blockedbyclient');
    });
    try {
      const query = 'subscription Live { progressReported { month amount project { code } } }';
      await page.goto(`${origin}/playground?query=${encodeURIComponent(query)}#token=${ADMIN_TOKEN}`, { waitUntil: 'load' });
      await page.waitForSelector('.graphiql-execute-button', { timeout: 15_000 });
      // The schema loads with the token (no sign-in prompt, no error).
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(await page.evaluate(pageText)).not.toMatch(/UNAUTHENTICATED|请先登录/);
      await page.click('.graphiql-execute-button');
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const [project] = await api.db.sql<{ id: number; code: string }>(`select p.id, p.code from project p join listing l on l.project_id = p.id and l.year = 2026 order by p.id desc limit 1`);
      const response = await api.raw('mutation($input: ReportProgressInput!) { reportProgress(input: $input) { id } }', {
        input: { projectId: Buffer.from(`Project:${project.id}`).toString('base64'), year: 2026, month: 4, completedInvestment: '4321.09', physicalProgress: '12.00' },
      });
      expect(response.errors).toBeUndefined();
      await page.waitForFunction((code) => document.body.innerText.includes(code), { timeout: 10_000 }, project.code);
      expect(await page.evaluate(pageText)).toContain('4321.09');
      expect(refused, refused.join(' ')).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
