import net from 'node:net';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../../scripts/browser.js';
import { startTestApi, type TestApi } from '../../support/harness.js';

/** The few browser globals the page callbacks touch (the tests compile without the DOM library). */
declare const document: {
  getElementById(id: string): { dataset: Record<string, string | undefined>; textContent: string | null } | null;
  querySelectorAll(selector: string): ArrayLike<{ getAttribute(name: string): string | null }>;
};

let api: TestApi;
let browser: Browser;
let proxy: net.Server;
let proxyPort: number;
const sockets = new Set<net.Socket>();
/** While true the relay refuses new connections: the network is down. */
let down = false;
let screenKey: string;

/** A TCP relay in front of the API, so that the test can cut the page's connections as a network would. */
function startProxy(target: number): Promise<void> {
  proxy = net.createServer((client) => {
    if (down) return void client.destroy();
    const upstream = net.connect(target, '127.0.0.1');
    sockets.add(client);
    sockets.add(upstream);
    client.pipe(upstream).pipe(client);
    const drop = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
  });
  return new Promise((resolve) => proxy.listen(0, '127.0.0.1', () => {
    proxyPort = (proxy.address() as net.AddressInfo).port;
    resolve();
  }));
}

beforeAll(async () => {
  api = await startTestApi('screen-reconnect');
  await startProxy(Number(new URL(api.url).port));
  const created = await api.raw<{ createApiKey: { secret: string } }>('mutation { createApiKey(name: "大屏") { secret } }');
  screenKey = created.data!.createApiKey.secret;
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => proxy?.close(resolve));
  await api?.close();
});

async function report(month: number, amount: string): Promise<string> {
  const [project] = await api.db.sql<{ id: number; name: string }>(`select p.id, p.name from project p join listing l on l.project_id = p.id and l.year = 2026 and l.level = 'CITY' order by p.id desc limit 1`);
  const response = await api.raw('mutation($input: ReportProgressInput!) { reportProgress(input: $input) { id } }', {
    input: { projectId: Buffer.from(`Project:${project.id}`).toString('base64'), year: 2026, month, completedInvestment: amount, physicalProgress: '20.00' },
  });
  expect(response.errors).toBeUndefined();
  return project.name;
}

describe('the screen after its connection drops', () => {
  it('reconnects by itself and its ticker resumes from the last event it saw: the report made while it was away appears once', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`http://127.0.0.1:${proxyPort}/screen?year=2026&level=CITY#key=${encodeURIComponent(screenKey)}`, { waitUntil: 'load' });
      await page.waitForFunction(() => document.getElementById('connection')?.dataset.state === 'live', { timeout: 15_000 });
      await report(4, '111.11');
      await page.waitForFunction(() => (document.getElementById('ticker')?.textContent ?? '').includes('111.11'), { timeout: 5_000 });

      // The network drops; a report is made meanwhile; the page notices, reconnects, resumes.
      down = true;
      for (const socket of sockets) socket.destroy();
      await page.waitForFunction(() => document.getElementById('connection')?.dataset.state !== 'live', { timeout: 10_000 });
      await report(5, '222.22');
      await new Promise((resolve) => setTimeout(resolve, 500));
      down = false;
      await page.waitForFunction(() => document.getElementById('connection')?.dataset.state === 'live', { timeout: 20_000 });
      await page.waitForFunction(() => (document.getElementById('ticker')?.textContent ?? '').includes('222.22'), { timeout: 10_000 });

      const sequences = await page.evaluate(() => Array.from(document.querySelectorAll('#ticker li[data-sequence]')).map((item) => item.getAttribute('data-sequence')));
      expect(new Set(sequences).size).toBe(sequences.length);
      const expected = (await api.raw<{ dashboard: { completedInvestment: string } }>('{ dashboard(year: 2026, level: CITY) { completedInvestment } }', undefined, { 'cache-control': 'no-cache' })).data!.dashboard.completedInvestment;
      await page.waitForFunction((value) => document.querySelectorAll('[data-figure="completedInvestment"]')[0]?.getAttribute('data-value') === value, { timeout: 5_000 }, expected);
    } finally {
      await page.close();
    }
  });
});
