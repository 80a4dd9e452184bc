import type OpenAI from 'openai';
import type { AiWriterOptions } from './options.js';

/**
 * One chat completion on an OpenAI-compatible endpoint, through the `openai` client (any base URL: OpenAI,
 * Mistral, Ollama, vLLM, llama.cpp's server). Bounded: the client's timeout, no retry of its own (a failure
 * gives the extractive post at once; BullMQ never waits on a model), and every failure a typed ModelError.
 */
export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface ModelReply {
  content: string;
  usage: { prompt: number; completion: number };
}

export type ModelCall = (messages: ChatMessage[], format: unknown) => Promise<ModelReply>;

export type ModelFailure = 'timeout' | 'rate-limited' | 'http-4xx' | 'http-5xx' | 'network' | 'empty';

export class ModelError extends Error {
  override name = 'ModelError';
  constructor(
    readonly reason: ModelFailure,
    message: string,
    /** A 429's Retry-After, in ms: the endpoint is left alone until then. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

/** Retry-After in seconds or as an HTTP date; `retry-after-ms` (OpenAI's own) first. */
export function retryAfterMs(headers: Headers | undefined, now = Date.now()): number | undefined {
  const ms = Number(headers?.get('retry-after-ms'));
  if (Number.isFinite(ms) && ms > 0) return ms;
  const value = headers?.get('retry-after');
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * The client's timeout aborts its fetch. The client tells that abort from other connection errors by the abort
 * error's class, which a fetch from another realm (a test runner's sandbox) does not share: a connection error
 * that came once the time was up is a timeout too.
 */
function timedOut(client: typeof OpenAI, error: unknown, timeoutMs: number, elapsedMs: number): boolean {
  if (error instanceof client.APIConnectionTimeoutError) return true;
  return error instanceof client.APIConnectionError && elapsedMs >= timeoutMs;
}

function failure(client: typeof OpenAI, error: unknown, timeoutMs: number, elapsedMs: number): ModelError {
  if (timedOut(client, error, timeoutMs, elapsedMs)) {
    return new ModelError('timeout', `the model did not answer within ${timeoutMs} ms`);
  }
  if (error instanceof client.APIError && typeof error.status === 'number') {
    const status = error.status;
    if (status === 429) {
      const wait = retryAfterMs(error.headers);
      const after = wait === undefined ? '' : `, retry after ${Math.ceil(wait / 1000)} s`;
      return new ModelError('rate-limited', `the model endpoint is rate limited (429${after})`, wait);
    }
    return new ModelError(
      status >= 500 ? 'http-5xx' : 'http-4xx',
      `the model endpoint answered ${status}: ${error.message.slice(0, 200)}`,
    );
  }
  const message = error instanceof Error ? error.message : String(error);
  return new ModelError('network', `the model endpoint could not be reached: ${message.slice(0, 200)}`);
}

/** A ModelCall on the endpoint; loads the client on first use (nothing is loaded while AI is off). */
export function modelCall(options: AiWriterOptions): ModelCall {
  let client: Promise<{ api: OpenAI; Client: typeof OpenAI }> | undefined;
  return async (messages, format) => {
    client ??= import('openai').then(({ default: Client }) => ({
      Client,
      api: new Client({
        baseURL: options.url,
        // Local servers need no key; the client insists on one, and servers ignore it.
        apiKey: options.apiKey ?? 'none',
        timeout: options.timeoutMs,
        maxRetries: 0,
      }),
    }));
    const { api, Client } = await client;
    let completion: OpenAI.Chat.Completions.ChatCompletion;
    const started = Date.now();
    try {
      completion = await api.chat.completions.create({
        model: options.model,
        messages,
        max_tokens: options.maxTokens,
        temperature: 0.4,
        response_format: format as OpenAI.ResponseFormatJSONSchema,
      });
    } catch (error) {
      throw failure(Client, error, options.timeoutMs, Date.now() - started);
    }
    const content = completion.choices?.[0]?.message?.content ?? '';
    if (content.trim() === '') throw new ModelError('empty', 'the model answered nothing');
    return {
      content,
      usage: { prompt: completion.usage?.prompt_tokens ?? 0, completion: completion.usage?.completion_tokens ?? 0 },
    };
  };
}
