import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { postId } from '../../../queues/names.js';
import { loadConfig } from '../../../src/config.js';
import { recordWriters } from '../../../src/ledger/writers.js';
import { type OpenAiServer, startOpenAiServer } from '../../fakes/openai-server.js';
import { runCrier } from '../../support/run-crier.js';
import { startApiServer, TOKEN } from '../server/server-harness.js';

/**
 * `crier preview --writer ai|extractive` and `POST /v1/preview?writer=…`: which writer wrote each post, why an
 * AI answer was refused, and both side by side when no writer is named and the AI writer is configured.
 */
const cwd = mkdtempSync(join(tmpdir(), 'crier-ai-preview-'));
const SOURCE = join(cwd, 'abeilles.md');
writeFileSync(
  SOURCE,
  [
    '---',
    'title: Les abeilles sauvages reviennent en ville',
    'url: https://example.org/abeilles',
    'lang: fr',
    '---',
    '',
    'Les abeilles sauvages reviennent en ville, selon une étude menée pendant trois ans dans quarante parcs.',
    'Les chercheurs ont compté plus de 120 espèces, dont plusieurs que l’on croyait disparues de la région.',
  ].join('\n'),
);

let ai: OpenAiServer;
beforeAll(async () => {
  ai = await startOpenAiServer();
});
afterAll(async () => ai.close());

function crier(args: string[], env: Record<string, string> = {}) {
  return runCrier(args, { cwd, env });
}

describe('crier preview', () => {
  const env = () => ({ CRIER_AI_URL: ai.url, CRIER_AI_MODEL: 'good' });

  test('with AI configured and no writer named: the AI posts, who wrote them, and the extractive ones beside', async () => {
    const { code, stdout } = await crier(['preview', SOURCE, '--json'], env());
    expect(code).toBe(0);
    const preview = JSON.parse(stdout);
    expect(preview.writers.x).toEqual({ writer: 'ai' });
    // The fake's good answer is the draft's first sentence and question, which the extractive post may say
    // word for word (it leads with the title too): who wrote it is asserted above, the floor is beside it.
    expect(preview.extractive.x[0].text).toEqual(expect.any(String));
    expect(preview.extractive.mastodon[0].length).toBeLessThanOrEqual(preview.extractive.mastodon[0].limit);
  });

  test('--writer ai with a refused answer says why; the text output shows the writer', async () => {
    const { code, stdout } = await crier(['preview', SOURCE, '--writer', 'ai'], {
      ...env(),
      CRIER_AI_MODEL: 'wrong-lang',
    });
    expect(code).toBe(0);
    expect(stdout).toMatch(/X · \d+\/280 · extractive — AI refused: the x post: written in "en"/);
  });

  test('--writer extractive calls no model; --writer ai without CRIER_AI_* is a clear error', async () => {
    const before = ai.requests.length;
    const extractive = await crier(['preview', SOURCE, '--writer', 'extractive', '--json'], env());
    expect(extractive.code).toBe(0);
    expect(JSON.parse(extractive.stdout).writers).toBeUndefined();
    expect(ai.requests.length).toBe(before);
    const off = await crier(['preview', SOURCE, '--writer', 'ai']);
    expect(off.code).toBe(1);
    expect(off.stderr).toMatch(/the AI writer is not configured\. set CRIER_AI_URL and CRIER_AI_MODEL/);
  });
});

describe('POST /v1/preview', () => {
  test('?writer=ai, ?writer=extractive and both side by side; ?writer=ai without AI is a 400', async () => {
    const config = loadConfig({ CRIER_AI_URL: ai.url, CRIER_AI_MODEL: 'good' });
    const server = await startApiServer({ ai: config.ai });
    const off = await startApiServer();
    try {
      const ask = async (base: string, writer?: string) => {
        const res = await fetch(`${base}/v1/preview${writer ? `?writer=${writer}` : ''}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
          body: JSON.stringify({
            title: 'Les abeilles sauvages reviennent en ville',
            url: 'https://example.org/abeilles',
            lang: 'fr',
            body: 'Les abeilles sauvages reviennent en ville, selon une étude menée pendant trois ans dans quarante parcs.',
          }),
        });
        return { status: res.status, body: (await res.json()) as Record<string, unknown> };
      };
      const both = await ask(server.base);
      expect(both.status).toBe(200);
      expect(Object.keys(both.body)).toEqual(expect.arrayContaining(['posts', 'writers', 'extractive']));
      const aiOnly = await ask(server.base, 'ai');
      expect(aiOnly.body.writers).toMatchObject({ x: { writer: 'ai' } });
      expect(aiOnly.body.extractive).toBeUndefined();
      expect((await ask(server.base, 'extractive')).body.writers).toBeUndefined();
      const refused = await ask(off.base, 'ai');
      expect(refused.status).toBe(400);
      expect(refused.body.message).toMatch(/not configured/);
    } finally {
      await server.close();
      await off.close();
    }
  });
});

describe('GET /v1/articles/:id', () => {
  test('each post says which writer wrote it, when one was recorded', async () => {
    const server = await startApiServer();
    try {
      const articleId = 'writer-shown';
      for (const platform of ['x', 'mastodon'] as const) {
        await server.client.ledger.schedule({
          postId: postId({ articleId, platform, account: 'default' }),
          articleId,
          platform,
          account: 'default',
          dueAt: new Date(Date.now() + 3_600_000),
          parts: [{ text: 'teaser', length: 6, limit: 280 }],
          move: false,
          slot: false,
        });
      }
      await recordWriters(server.client.redis, server.client.prefix, articleId, {
        x: { writer: 'extractive', reason: 'facts', refused: 'the x post: facts not in the article: 42' },
      });
      const res = await fetch(`${server.base}/v1/articles/${articleId}`, {
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      const body = (await res.json()) as { posts: Array<{ platform: string; writer?: unknown }> };
      expect(Object.fromEntries(body.posts.map((p) => [p.platform, p.writer ?? null]))).toEqual({
        x: { writer: 'extractive', reason: 'facts', refused: 'the x post: facts not in the article: 42' },
        mastodon: null,
      });
    } finally {
      await server.close();
    }
  });
});
