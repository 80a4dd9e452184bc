import type { Article } from '../../article/article.js';
import type { PlatformId } from '../../platforms/platform.js';
import type { TeaserDraft } from '../../teaser/draft.js';
import { baseLang } from '../../teaser/text.js';
import type { AiPost } from './answer.js';
import { namesOf, numbersOf } from './guards/facts.js';
import type { ChatMessage } from './model.js';

/** How much of the article's body the model reads besides the engine's sentences: enough context, few tokens. */
const EXCERPT_CHARS = 1200;
/** X counts a link as 23, Mastodon too; Bluesky shows it (the renderer shortens long ones to ~41). */
const LINK_ROOM = { x: 23, bluesky: 41, mastodon: 23 } as const;
/** Separators, hashtags and emoji around the text, kept out of the room the model is given. */
const TAIL_ROOM = 30;
/** X counts CJK characters twice. */
const WIDE = new Set(['zh', 'ja', 'ko']);

export interface Limits {
  x: number;
  bluesky: number;
  mastodon: number;
}

/** The characters the model may use for `text` on each platform: the limit less the link, tags and emoji. */
export function roomFor(platform: PlatformId, limits: Limits, lang: string): number {
  const room = limits[platform] - LINK_ROOM[platform] - TAIL_ROOM;
  return platform === 'x' && WIDE.has(baseLang(lang)) ? Math.floor(room / 2) : room;
}

/**
 * The conversation asking for the teasers: the operator's prompt (config/ai-prompt.md) as the system message,
 * then the article's material as JSON: title, language, the engine's best sentences and question, the facts
 * (numbers and names the teaser may use), the engine's hashtags and emoji as suggestions, each platform's room.
 */
export function promptMessages(input: {
  system: string;
  article: Article;
  draft: TeaserDraft;
  platforms: readonly PlatformId[];
  limits: Limits;
}): ChatMessage[] {
  const { article, draft, platforms, limits } = input;
  const material = [draft.title, ...draft.sentences, draft.question ?? ''].join(' ');
  const body = article.body.length > EXCERPT_CHARS ? `${article.body.slice(0, EXCERPT_CHARS)}…` : article.body;
  const user = {
    lang: draft.lang,
    title: draft.title,
    best_sentences: draft.sentences,
    ...(draft.question === undefined ? {} : { question: draft.question }),
    facts: {
      numbers: [...new Set(numbersOf(material))],
      names: [...new Set(namesOf(material, draft.lang))],
    },
    suggested: { hashtags: draft.hashtags, emoji: draft.emoji },
    excerpt: body,
    platforms: Object.fromEntries(platforms.map((p) => [p, { room: roomFor(p, limits, draft.lang) }])),
  };
  return [
    { role: 'system', content: input.system.trim() },
    { role: 'user', content: JSON.stringify(user) },
  ];
}

/** The one follow-up when posts are too long: the same conversation, asking those platforms again, shorter. */
export function shortenMessages(
  first: ChatMessage[],
  answer: string,
  tooLong: ReadonlyArray<{ platform: PlatformId; post: AiPost; room: number }>,
): ChatMessage[] {
  const ask = {
    shorten: Object.fromEntries(
      tooLong.map(({ platform, post, room }) => [platform, { room, your_text_length: [...post.text].length }]),
    ),
    instruction:
      'These posts do not fit their platform. Write them again, each text within its room, same facts, same JSON shape, only these platforms.',
  };
  return [...first, { role: 'assistant', content: answer }, { role: 'user', content: JSON.stringify(ask) }];
}
