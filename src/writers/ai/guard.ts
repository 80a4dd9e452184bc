import type { RefusalReason } from '../writer.js';
import type { AiPost } from './answer.js';
import { keepEmoji } from './guards/emoji.js';
import { type ArticleFacts, inventedFacts } from './guards/facts.js';
import { keepHashtags } from './guards/hashtags.js';
import { wrongLanguage } from './guards/language.js';
import { stripLinks } from './guards/links.js';
import { stripMarkup } from './guards/markup.js';
import { stripMentions } from './guards/mentions.js';

/**
 * Every guard, on every answer (the model is untrusted input), in the order where each sees the text the
 * previous one left: markup, mentions, links, emoji and hashtags are repaired (what they removed is noted);
 * an empty text, the wrong language or an invented fact refuses the post. The length is the renderer's
 * (render.ts), counted as each platform counts.
 */
export interface GuardedPost extends AiPost {
  /** What the guards removed, for the preview and the status («a link: example.com»). */
  notes: string[];
}

export type GuardResult = { ok: GuardedPost } | { refused: string; reason: RefusalReason };

export interface GuardContext {
  lang: string;
  facts: ArticleFacts;
  maxHashtags: number;
  maxEmoji: number;
}

export async function guardPost(post: AiPost, ctx: GuardContext): Promise<GuardResult> {
  const notes: string[] = [];
  const markup = stripMarkup(post.text);
  if (markup.changed) notes.push('markup removed');
  const mentions = stripMentions(markup.text);
  if (mentions.removed.length > 0) notes.push(`mentions removed: ${mentions.removed.join(', ')}`);
  const links = stripLinks(mentions.text);
  if (links.removed.length > 0) notes.push(`links removed: ${links.removed.join(', ')}`);
  const emoji = keepEmoji(links.text, post.emoji, ctx.maxEmoji);
  const hashtags = keepHashtags(
    post.hashtags.map((tag) => stripLinks(stripMentions(tag).text).text),
    ctx.maxHashtags,
  );
  const text = emoji.text.replace(/\s+/gu, ' ').trim();
  if (!/[\p{L}\p{N}]/u.test(text)) return { refused: 'the answer says nothing once guarded', reason: 'empty' };
  const language = await wrongLanguage(text, ctx.lang);
  if (language !== undefined) {
    return { refused: `written in "${language}", the article is in "${ctx.lang}"`, reason: 'language' };
  }
  const invented = inventedFacts(text, ctx.lang, ctx.facts);
  if (invented.length > 0) {
    return { refused: `facts not in the article: ${invented.slice(0, 5).join(', ')}`, reason: 'facts' };
  }
  return { ok: { text, hashtags, emoji: emoji.emoji, notes } };
}
