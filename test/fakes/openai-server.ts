import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { countTokens } from 'gpt-tokenizer';

/**
 * A local OpenAI-compatible server (POST /v1/chat/completions) with scripted replies, for the AI writer's tests
 * and bench/ai-cost.ts. No model is reachable from the test machines: the replies are built from the request's
 * own material (the engine's best sentences, in the article's language), then spoiled the way a model can be.
 * The model name picks the script, so a whole crier configured with `CRIER_AI_MODEL=<script>` gets it:
 *
 *   good        the first best sentence (and the question), the suggested hashtags and emoji
 *   too-long    every sentence three times over (beyond any room); the request to shorten gets `good`
 *   long-twice  too long, and too long again when asked to shorten
 *   wrong-lang  an English text for any article
 *   invented    a good text with a number the article does not have
 *   url         a good text with a URL and a bare domain inside
 *   mention     a good text thanking an @account
 *   markup      a good text in **Markdown**, with a #hashtag inside
 *   invalid     prose, not JSON
 *   fenced      good JSON inside a ```json fence, with words around (a server that ignores the schema)
 *   slow        good, after `slowMs`
 *   rate-limit  429 with Retry-After: 30
 *   error       500
 *
 * Tokens are counted with gpt-tokenizer (o200k_base, GPT-4o's and GPT-5's encoding): each message's content
 * plus OpenAI's documented chat overhead (3 per message, 3 for the reply's priming), the reply's content.
 */
export const SCRIPTS = [
  'good',
  'too-long',
  'long-twice',
  'wrong-lang',
  'invented',
  'url',
  'mention',
  'markup',
  'invalid',
  'fenced',
  'slow',
  'rate-limit',
  'error',
] as const;
export type Script = (typeof SCRIPTS)[number];

interface Material {
  lang: string;
  title: string;
  best_sentences: string[];
  question?: string;
  suggested: { hashtags: string[]; emoji: string[] };
  platforms?: Record<string, { room: number }>;
  shorten?: Record<string, { room: number }>;
}

export interface OpenAiRequest {
  model: string;
  messages: Array<{ role: string; content: string }>;
  response_format?: { type: string };
  authorization?: string;
}

export interface OpenAiServer {
  url: string;
  /** Every request received, in order. */
  requests: OpenAiRequest[];
  usage: { prompt: number; completion: number };
  /** Answers this script whatever the model name (a whole crier's model is fixed by its environment). */
  script: Script | undefined;
  close(): Promise<void>;
}

function post(material: Material, text: string) {
  return { text, hashtags: material.suggested.hashtags, emoji: material.suggested.emoji };
}

function good(material: Material): string {
  return [material.best_sentences[0] ?? material.title, material.question].filter(Boolean).join(' ');
}

function reply(script: Script, material: Material, shortening: boolean): string {
  const platforms = Object.keys((shortening ? material.shorten : material.platforms) ?? {});
  const text = (): string => {
    switch (script) {
      case 'too-long':
        return shortening ? good(material) : Array(3).fill(material.best_sentences.join(' ')).join(' ');
      case 'long-twice':
        return Array(3).fill(material.best_sentences.join(' ')).join(' ');
      case 'wrong-lang':
        return 'Wild bees are coming back to the city, and researchers say the quiet meadows explain most of it.';
      case 'invented':
        return `${good(material)} That is 42 % more than anyone expected.`;
      case 'url':
        return `${good(material)} https://spam.example.com/click?id=1 news.example.org`;
      case 'mention':
        return `${good(material)} Thanks @lesabeilles@mastodon.social!`;
      case 'markup':
        return `**${good(material)}** #${material.suggested.hashtags[0] ?? 'news'}`;
      default:
        return good(material);
    }
  };
  const answer = JSON.stringify({ posts: Object.fromEntries(platforms.map((p) => [p, post(material, text())])) });
  if (script === 'invalid') return 'Sure! Here are your teasers: a great one for X, and one for Bluesky.';
  if (script === 'fenced') return `Here you are:\n\`\`\`json\n${answer}\n\`\`\`\nEnjoy.`;
  return answer;
}

export async function startOpenAiServer(options: { slowMs?: number } = {}): Promise<OpenAiServer> {
  const requests: OpenAiRequest[] = [];
  const usage = { prompt: 0, completion: 0 };
  const handle: OpenAiServer = {
    url: '',
    requests,
    usage,
    script: undefined,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      const send = (status: number, json: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(json));
      };
      if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
        send(404, { error: { message: 'not found', type: 'invalid_request_error' } });
        return;
      }
      const request = JSON.parse(body) as OpenAiRequest;
      requests.push({ ...request, authorization: req.headers.authorization });
      const named = (SCRIPTS as readonly string[]).includes(request.model) ? (request.model as Script) : 'good';
      const script = handle.script ?? named;
      if (script === 'rate-limit') {
        send(429, { error: { message: 'Rate limit reached', type: 'requests' } }, { 'retry-after': '30' });
        return;
      }
      if (script === 'error') {
        send(500, { error: { message: 'The server had an error', type: 'server_error' } });
        return;
      }
      const last = request.messages.at(-1)?.content ?? '{}';
      const first = request.messages.find((m) => m.role === 'user')?.content ?? '{}';
      const asked = JSON.parse(last) as Partial<Material>;
      const material = { ...(JSON.parse(first) as Material), shorten: asked.shorten };
      const content = reply(script, material, asked.shorten !== undefined);
      const prompt = request.messages.reduce((n, m) => n + 3 + countTokens(m.content), 3);
      const completion = countTokens(content);
      usage.prompt += prompt;
      usage.completion += completion;
      const answer = () =>
        send(200, {
          id: `chatcmpl-${requests.length}`,
          object: 'chat.completion',
          created: Math.floor(Date.now() / 1000),
          model: request.model,
          choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
          usage: { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion },
        });
      if (script === 'slow') setTimeout(answer, options.slowMs ?? 5_000).unref();
      else answer();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  handle.url = `http://127.0.0.1:${port}/v1`;
  return handle;
}
