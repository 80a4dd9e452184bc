import type { PartsByPlatform } from '../../platforms/parts.js';
import type { PlatformId } from '../../platforms/platform.js';
import { type ComposeOptions, renderTeasers } from '../../teaser/compose.js';
import type { TeaserDraft } from '../../teaser/draft.js';
import { sendableLine } from '../../teaser/prepare.js';
import { typeset } from '../../teaser/text.js';
import { segmenter } from '../../text/segmenters.js';
import type { GuardedPost } from './guard.js';

/**
 * A guarded answer laid out by the platform's own renderer (src/platforms/<platform>/render.ts), as the
 * extractive draft is: the link once where the platform shows it, the platform's exact counter and limit.
 * The renderer keeps whole sentences while they fit; `whole` says whether all the model's sentences did,
 * `cutWord` whether even the first had to be cut at a word (then the post is not the model's any more).
 */
export interface RenderedAiPost<P extends PlatformId> {
  parts: Array<PartsByPlatform[P]>;
  whole: boolean;
  cutWord: boolean;
}

function sentencesOf(text: string, lang: string): string[] {
  return [...segmenter('sentence', lang).segment(text)]
    .map((s) => sendableLine(typeset(s.segment.trim(), lang)))
    .filter((s) => s !== '');
}

export function renderAiPost<P extends PlatformId>(
  platform: P,
  post: GuardedPost,
  extractive: TeaserDraft,
  options: ComposeOptions,
): RenderedAiPost<P> {
  const sentences = sentencesOf(post.text, extractive.lang);
  const draft: TeaserDraft = {
    lang: extractive.lang,
    emoji: post.emoji,
    sentences,
    hashtags: post.hashtags,
    url: extractive.url,
    title: extractive.title,
    description: extractive.description,
  };
  const parts = (renderTeasers(draft, { ...options, platforms: [platform], thread: false })[platform] ?? []) as Array<
    PartsByPlatform[P]
  >;
  const text = parts[0]?.text ?? '';
  return {
    parts,
    whole: sentences.every((s) => text.includes(s)),
    cutWord: sentences[0] === undefined || !text.includes(sentences[0]),
  };
}
