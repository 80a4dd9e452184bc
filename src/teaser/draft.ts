import type { Article } from '../article/article.js';

/**
 * What the teaser engine knows to say about an article, before any platform's limit is applied.
 * The renderers in `src/platforms/<platform>/render.ts` fit it to each platform.
 */
export interface TeaserDraft {
  /** BCP 47 language of the article (Bluesky `langs`, Mastodon `language`, sentence rules). */
  lang: string;
  /** 0–2 emoji; the first opens the post, a second may close the hook. */
  emoji: string[];
  /**
   * The hook: whole, clean sentences in the article's own words, most important first
   * (the lead, then what best adds to it). Renderers take as many as fit, in this order.
   */
  sentences: string[];
  /** The article's own question, when it asks one: the second line of a good teaser. */
  question?: string;
  /** Hashtag names without "#", best first, valid on all three platforms. */
  hashtags: string[];
  /** The canonical link to the full piece (UTM parameters are added per platform by the renderer). */
  url: string;
  /** For the Bluesky link card. */
  title: string;
  description: string;
}

export interface DraftOptions {
  maxHashtags: number;
  maxEmoji: number;
}

/** Placeholder until the hook, hashtag and emoji pickers land: the title and the operator's tags. */
export function draftTeaser(article: Article, options: DraftOptions): TeaserDraft {
  return {
    lang: article.lang,
    emoji: [],
    sentences: [article.title],
    hashtags: article.tags.slice(0, options.maxHashtags),
    url: article.url,
    title: article.title,
    description: article.summary ?? '',
  };
}
