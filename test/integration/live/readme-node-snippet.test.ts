import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../support/harness.js';
import { ADMIN_TOKEN } from '../../support/tokens.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi('readme-snippet');
});
afterAll(() => api?.close());

/** The README's Node subscription example, exactly as printed there. */
function readmeSnippet(): string {
  const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
  const after = readme.slice(readme.indexOf('From Node ('));
  const match = /```js\n([\s\S]*?)```/.exec(after);
  if (!match) throw new Error('the README has no Node subscription example');
  return match[1];
}

describe("the README's Node subscription example, run as written", () => {
  it('receives the dashboard, then the change a report makes', async () => {
    const snippet = readmeSnippet();
    expect(snippet).toContain("'ws://127.0.0.1:4000/graphql'");
    // Only the address differs: the test server listens on a free port. Beside node_modules, so its imports resolve.
    const directory = new URL('../../../node_modules/.cache/readme-snippet/', import.meta.url);
    mkdirSync(directory, { recursive: true });
    const file = new URL('live.mjs', directory);
    writeFileSync(file, snippet.replace("'ws://127.0.0.1:4000/graphql'", `'${api.wsUrl}'`));
    const child = spawn(process.execPath, [file.pathname], { env: { ...process.env, TOKEN: ADMIN_TOKEN }, stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: string[] = [];
    let errors = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => lines.push(...chunk.split('\n').filter(Boolean)));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (errors += chunk));
    const until = async (count: number) => {
      const deadline = Date.now() + 10_000;
      while (lines.length < count && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(lines.length, `stdout: ${lines.join('\n')}\nstderr: ${errors}`).toBeGreaterThanOrEqual(count);
    };
    try {
      await until(1);
      const first = JSON.parse(lines[0]) as { data: { dashboardChanged: { completedInvestment: string } } };
      const [project] = await api.db.sql<{ id: number }>(`select p.id from project p join listing l on l.project_id = p.id and l.year = 2026 order by p.id limit 1`);
      const response = await api.raw('mutation($input: ReportProgressInput!) { reportProgress(input: $input) { id } }', {
        input: { projectId: Buffer.from(`Project:${project.id}`).toString('base64'), year: 2026, month: 4, completedInvestment: '777.77', physicalProgress: '30.00' },
      });
      expect(response.errors).toBeUndefined();
      await until(2);
      const second = JSON.parse(lines.at(-1)!) as { data: { dashboardChanged: { completedInvestment: string } } };
      expect(second.data.dashboardChanged.completedInvestment).not.toBe(first.data.dashboardChanged.completedInvestment);
      expect(errors).toBe('');
    } finally {
      child.kill();
    }
  });
});
