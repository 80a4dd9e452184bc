import { draftTeaser } from '../../../src/teaser/draft.js';

interface PostOptions {
  /** The article's address; a blog's page by default, which says no kind of piece. */
  url?: string;
  date?: string;
  /** The author's own tags. */
  tags?: string[];
  maxEmoji?: number;
}

/** The emoji of a post on an article that has only the given title and body, in reading order. */
export function emojiOf(
  lang: string,
  title: string,
  body: string,
  { url = 'https://example.org/blog/2025/a/', date, tags = [], maxEmoji = 2 }: PostOptions = {},
): string[] {
  const article = { id: 'test', url, lang, title, body, tags, ...(date === undefined ? {} : { date }) };
  return draftTeaser(article, { maxHashtags: 3, maxEmoji }).emoji;
}
