/**
 * What the AI writer costs per article, in tokens: `npm run bench:ai-cost [-- <corpus dir>]`.
 * Every article of the corpus goes through the AI writer (src/writers/compose.ts) with the shipped prompt
 * (config/ai-prompt.md), for X, Bluesky and Mastodon at once, against the fake OpenAI-compatible server
 * (test/fakes/openai-server.ts, script "good"). No model is reachable here, so the fake counts the tokens:
 * gpt-tokenizer with o200k_base (the encoding of GPT-4o and GPT-5), each message's content plus OpenAI's
 * documented chat overhead (3 tokens per message, 3 to prime the reply). The prompt side is exactly what
 * crier sends; the completion side is the fake's answer (the engine's lead sentence per platform, the hashtags
 * and emoji), about the size a model writes within the rooms crier gives. Other models' tokenizers count
 * differently (Mistral's and Llama's count French and Japanese text with more tokens): treat the figures as
 * the order of magnitude, and read `crier_ai_tokens_total` in /metrics for the real ones.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Article } from '../src/article/article.js';
import { loadArticle } from '../src/article/load.js';
import { loadSettings } from '../src/config.js';
import { PACKAGE_ROOT, packagePath } from '../src/paths.js';
import { teaserOptions } from '../src/teaser/options.js';
import { modelCall } from '../src/writers/ai/model.js';
import { writeTeasers } from '../src/writers/compose.js';
import { startOpenAiServer } from '../test/fakes/openai-server.js';

interface ManifestEntry {
  file: string;
  url: string;
  lang: string;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))] ?? 0;
}

async function main() {
  const dir = resolve(process.argv[2] ?? join(PACKAGE_ROOT, '..', 'shared', 'corpus'));
  const settings = loadSettings();
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as ManifestEntry[];
  const byFile = new Map(manifest.map((entry) => [entry.file, entry]));
  const articles: Article[] = [];
  for (const file of readdirSync(dir).sort()) {
    if (file === 'manifest.json') continue;
    const entry = byFile.get(file);
    try {
      articles.push(await loadArticle(join(dir, file), { url: entry?.url, lang: entry?.lang, fetch: settings.fetch }));
    } catch (error) {
      console.error(`skipped ${file}: ${(error as Error).message}`);
    }
  }
  const prompt = readFileSync(packagePath('config', 'ai-prompt.md'), 'utf8');
  const server = await startOpenAiServer();
  const call = modelCall({ url: server.url, model: 'good', timeoutMs: 10_000, maxTokens: 600, prompt });
  const options = { platforms: ['x', 'bluesky', 'mastodon'] as const, teaser: teaserOptions(settings) };
  const prompts: number[] = [];
  const completions: number[] = [];
  let calls = 0;
  let ai = 0;
  const refused = new Map<string, number>();
  try {
    for (const article of articles) {
      const written = await writeTeasers(article, { ...options, platforms: [...options.platforms] }, 'ai', {
        system: prompt,
        call,
      });
      prompts.push(written.usage.prompt);
      completions.push(written.usage.completion);
      calls += written.usage.calls;
      for (const by of Object.values(written.writers)) {
        if (by?.writer === 'ai') ai++;
        else if (by?.reason) refused.set(by.reason, (refused.get(by.reason) ?? 0) + 1);
      }
    }
  } finally {
    await server.close();
  }
  const line = (name: string, values: number[]) =>
    `${name.padEnd(18)} median ${percentile(values, 0.5)}  p90 ${percentile(values, 0.9)}  max ${Math.max(...values)}`;
  console.log(`AI writer cost over ${articles.length} articles (X, Bluesky and Mastodon in one call each)`);
  console.log(`model calls          ${calls} (${(calls / articles.length).toFixed(2)} per article)`);
  console.log(line('prompt tokens', prompts));
  console.log(line('completion tokens', completions));
  const reasons = [...refused].map(([reason, count]) => `${reason} ${count}`).join(', ');
  console.log(`posts written by AI  ${ai} of ${articles.length * 3}${reasons ? ` (extractive: ${reasons})` : ''}`);
}

await main();
