import type { BodyLink } from './markdown-text.js';

/**
 * What a parser read from its source, before the shared finishing steps (cleaning, language,
 * canonical URL, id, validation) in build.ts turn it into an `Article`.
 */
export interface ArticleDraft {
  id?: string | undefined;
  title?: string | undefined;
  /**
   * The first-level heading that opens the body under a front matter's title (Markdown), as its text reads: the
   * title when the front matter's is in another language (translated-title.ts). The body still opens on it.
   */
  heading?: string | undefined;
  url?: string | undefined;
  lang?: string | undefined;
  /** Plain text in the body format of clean-text.ts (not yet cleaned). */
  body: string;
  /** The body's links: each label as its text writes it (not yet cleaned), and where it goes. */
  links?: BodyLink[] | undefined;
  summary?: string | undefined;
  tags?: string[] | undefined;
  /** Absolute, or relative to the canonical URL (front matter often says "/img/x.jpg"). */
  image?: { url: string; alt?: string | undefined } | undefined;
  publishAt?: string | undefined;
  /** The raw publishAt value, so that an unreadable one is reported instead of ignored. */
  publishAtRaw?: unknown;
  date?: string | undefined;
  source?: string | undefined;
}

/** How the user fixes a missing field, in this kind of source. */
export interface DraftHints {
  title: string;
  url: string;
}
