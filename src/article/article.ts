import { z } from 'zod';

/**
 * The normalized article every later stage works on (docs/architecture.md, "Contracts").
 * Every parser in this folder produces one, and it is validated here once.
 */
const ArticleImageSchema = z.object({
  url: z.url({ protocol: /^https?$/ }),
  alt: z.string().optional(),
});

export const ArticleSchema = z.object({
  /** Stable id, derived from the canonical URL unless the source gives one. */
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'letters, digits, "_" or "-", at most 64'),
  /** Canonical link to the full piece. */
  url: z.url({ protocol: /^https?$/ }),
  title: z.string().trim().min(1),
  /** BCP 47 language tag ("fr", "pt-BR", "zh-CN"). */
  lang: z.string().regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'a BCP 47 tag such as "fr" or "pt-BR"'),
  /**
   * Plain text, already cleaned (mojibake repaired, NFC, no markup): blocks separated by a blank line, a list item
   * opening on «- » or its number (src/article/README.md, "Body format").
   */
  body: z.string(),
  /**
   * The body's links, in its order: each label as the body's text writes it, and where it goes (`href` as the source
   * wrote it, maybe relative to `url`). A name given as a link to its own site («… en Wikipedia» to wikipedia.org)
   * points at where to read more rather than saying what the piece is about (docs/teasers.md, "Hashtags").
   */
  links: z.array(z.object({ text: z.string(), href: z.string().optional() })).optional(),
  summary: z.string().optional(),
  tags: z.array(z.string().min(1)).default([]),
  image: ArticleImageSchema.optional(),
  publishAt: z.iso.datetime({ offset: true }).optional(),
  /** When the piece itself was published (front matter `date`, `article:published_time`); not a schedule. */
  date: z.iso.datetime({ offset: true }).optional(),
  /** Where the piece itself comes from, when the text names it (e.g. «Article en référence: URL»). */
  source: z.url().optional(),
});

export type Article = z.infer<typeof ArticleSchema>;
