import type { Article } from '../../article/article.js';
import { MASTODON_DEFAULT_LIMITS } from '../../platforms/mastodon/counter.js';
import type { PlatformId } from '../../platforms/platform.js';
import type { ComposeOptions } from '../../teaser/compose.js';
import type { TeaserDraft } from '../../teaser/draft.js';
import type { Teasers } from '../../teaser/teasers.js';
import type { RefusalReason, Writers } from '../writer.js';
import { AnswerError, parseAnswer, responseFormat } from './answer.js';
import { type GuardedPost, guardPost } from './guard.js';
import { articleFacts } from './guards/facts.js';
import { type ChatMessage, type ModelCall, ModelError } from './model.js';
import { type Limits, promptMessages, roomFor, shortenMessages } from './prompt.js';
import { renderAiPost } from './render.js';

/**
 * The AI writer for one article: one model call for every platform asked, every answer through every guard
 * (guard.ts), laid out by the platform's renderer; a post too long gets one request to shorten, then is cut at
 * a sentence, or falls back. Any failure, for one platform or all, gives the extractive engine's post, with
 * the reason. Pure but for the model call, which the caller passes (and may replace by cached replies).
 */

/** The model's raw answers for one article version, kept in Redis so a retry or a re-compose pays nothing. */
export interface AiReplies {
  first?: string;
  shorten?: string;
}

export interface AiWriteInput {
  article: Article;
  /** The extractive engine's draft: the prompt's material, and the link card. */
  draft: TeaserDraft;
  /** The extractive engine's teasers: the floor. */
  extractive: Teasers;
  options: ComposeOptions;
  /** The operator's prompt (config/ai-prompt.md). */
  system: string;
  /** Answers cached for this article version, used instead of calling. */
  replies?: AiReplies;
  call: ModelCall;
}

export interface AiWriteResult {
  teasers: Teasers;
  writers: Writers;
  /** The answers to cache (those given and those received). */
  replies: AiReplies;
  usage: { prompt: number; completion: number; calls: number };
  /** A 429's Retry-After (ms): the caller leaves the endpoint alone until then. */
  retryAfterMs?: number;
}

export async function writeWithAi(input: AiWriteInput): Promise<AiWriteResult> {
  const { article, draft, extractive, options, call } = input;
  const platforms = options.platforms;
  const teasers: Teasers = { ...extractive };
  const writers: Writers = Object.fromEntries(platforms.map((p) => [p, { writer: 'extractive' }]));
  const replies: AiReplies = { ...input.replies };
  const usage = { prompt: 0, completion: 0, calls: 0 };
  const result = (extra: Partial<AiWriteResult> = {}): AiWriteResult => ({
    teasers,
    writers,
    replies,
    usage,
    ...extra,
  });
  const refuse = (platform: PlatformId, reason: RefusalReason, refused: string) => {
    writers[platform] = { writer: 'extractive', reason, refused };
  };
  const refuseAll = (reason: RefusalReason, refused: string) => {
    for (const p of platforms) refuse(p, reason, refused);
  };

  if (options.thread) {
    refuseAll('thread', 'a thread was asked: the AI writer writes single posts');
    return result();
  }
  const limits: Limits = {
    x: options.teaser.x.maxWeightedLength,
    bluesky: 300,
    mastodon: (options.mastodonLimits ?? options.teaser.mastodon ?? MASTODON_DEFAULT_LIMITS).maxCharacters,
  };
  const messages = promptMessages({ system: input.system, article, draft, platforms, limits });
  const ask = async (key: keyof AiReplies, conversation: ChatMessage[], asked: readonly PlatformId[]) => {
    const cached = replies[key];
    if (cached !== undefined) return cached;
    const reply = await call(conversation, responseFormat(asked));
    usage.prompt += reply.usage.prompt;
    usage.completion += reply.usage.completion;
    usage.calls++;
    replies[key] = reply.content;
    return reply.content;
  };

  let answer: string;
  try {
    answer = await ask('first', messages, platforms);
  } catch (error) {
    if (!(error instanceof ModelError)) throw error;
    refuseAll(error.reason, error.message);
    return result(error.retryAfterMs === undefined ? {} : { retryAfterMs: error.retryAfterMs });
  }

  const facts = articleFacts([article.title, article.summary ?? '', article.body].join('\n'));
  const guardContext = {
    lang: draft.lang,
    facts,
    maxHashtags: options.teaser.maxHashtags,
    maxEmoji: options.teaser.maxEmoji,
  };
  const use = (platform: PlatformId, parts: unknown, notes: string[]) => {
    (teasers as Record<string, unknown>)[platform] = parts;
    writers[platform] = notes.length > 0 ? { writer: 'ai', notes } : { writer: 'ai' };
  };
  type Outcome =
    | { kind: 'done' }
    | { kind: 'refused'; reason: RefusalReason; refused: string }
    | { kind: 'long'; post: GuardedPost; notes: string[]; cut?: unknown };
  /** Guards and lays out one platform's post. */
  const attempt = async (platform: PlatformId, posts: ReturnType<typeof parseAnswer>): Promise<Outcome> => {
    const post = posts[platform];
    if (post === undefined || 'missing' in post) {
      return { kind: 'refused', reason: 'missing', refused: post?.missing ?? `no "${platform}" post in the answer` };
    }
    const guarded = await guardPost(post, guardContext);
    if ('refused' in guarded) {
      return { kind: 'refused', reason: guarded.reason, refused: `the ${platform} post: ${guarded.refused}` };
    }
    const rendered = renderAiPost(platform, guarded.ok, draft, options);
    if (rendered.whole) {
      use(platform, rendered.parts, guarded.ok.notes);
      return { kind: 'done' };
    }
    return {
      kind: 'long',
      post: guarded.ok,
      notes: [...guarded.ok.notes, 'cut at a sentence to fit'],
      ...(rendered.cutWord ? {} : { cut: rendered.parts }),
    };
  };

  let posts: ReturnType<typeof parseAnswer>;
  try {
    posts = parseAnswer(answer, platforms);
  } catch (error) {
    if (!(error instanceof AnswerError)) throw error;
    refuseAll('invalid-json', `the model's answer is not the JSON asked for: ${error.message}`);
    return result();
  }
  const tooLong: Array<{ platform: PlatformId } & Extract<Outcome, { kind: 'long' }>> = [];
  for (const platform of platforms) {
    const outcome = await attempt(platform, posts);
    if (outcome.kind === 'refused') refuse(platform, outcome.reason, outcome.refused);
    if (outcome.kind === 'long') tooLong.push({ platform, ...outcome });
  }
  if (tooLong.length === 0) return result();

  // One request to shorten, for every post too long; then the first answer cut at a sentence, or the extractive post.
  const asked = tooLong.map((t) => t.platform);
  const cutOrRefuse = (long: (typeof tooLong)[number], why: string) => {
    if (long.cut !== undefined) use(long.platform, long.cut, long.notes);
    else
      refuse(
        long.platform,
        'too-long',
        `the ${long.platform} post is too long (${why}) and its first sentence does not fit`,
      );
  };
  let again: ReturnType<typeof parseAnswer> | undefined;
  let why = '';
  let retryAfter: number | undefined;
  try {
    const conversation = shortenMessages(
      messages,
      answer,
      tooLong.map(({ platform, post }) => ({ platform, post, room: roomFor(platform, limits, draft.lang) })),
    );
    again = parseAnswer(await ask('shorten', conversation, asked), asked);
  } catch (error) {
    if (error instanceof ModelError) {
      why = `the request to shorten failed: ${error.message}`;
      retryAfter = error.retryAfterMs;
    } else if (error instanceof AnswerError) why = 'the shortened answer is not JSON';
    else throw error;
  }
  for (const long of tooLong) {
    const outcome = again === undefined ? undefined : await attempt(long.platform, again);
    if (outcome?.kind === 'done') continue;
    if (outcome?.kind === 'long' && outcome.cut !== undefined) {
      use(long.platform, outcome.cut, outcome.notes);
      continue;
    }
    cutOrRefuse(
      long,
      outcome?.kind === 'refused'
        ? `the shortened one was refused: ${outcome.refused}`
        : why || 'still, once shortened',
    );
  }
  return result(retryAfter === undefined ? {} : { retryAfterMs: retryAfter });
}
