import { isLanguageSwitcher, withoutLanguageSwitchers } from '../text/language-names.js';
import { type Article, ArticleSchema } from './article.js';
import { articleIdFor } from './article-id.js';
import { cleanLine, cleanText, restoreFrenchElisions } from './clean-text.js';
import type { ArticleDraft, DraftHints } from './draft.js';
import { IntakeError } from './intake-error.js';
import { detectLanguage, normalizeLanguageTag } from './language.js';
import { titleInArticleLanguage } from './translated-title.js';

export interface BuildOptions {
  /** The canonical URL given by the operator: it wins over the source's own. */
  url?: string | undefined;
  /** The language given by the operator: it wins over the source's metadata and detection. */
  lang?: string | undefined;
}

function absoluteHttpUrl(value: string, base?: string): string | undefined {
  try {
    const url = base ? new URL(value, base) : new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The shared finishing steps: canonical URL, cleaning, language, id, then validation by the schema. */
export async function buildArticle(
  source: string,
  draft: ArticleDraft,
  hints: DraftHints,
  options: BuildOptions,
): Promise<Article> {
  const rawUrl = options.url ?? draft.url;
  if (rawUrl === undefined) throw new IntakeError(source, 'no canonical URL', hints.url);
  const url = absoluteHttpUrl(rawUrl.trim());
  if (url === undefined) {
    const given = options.url !== undefined ? '--url' : 'the source';
    throw new IntakeError(
      source,
      `the canonical URL "${rawUrl}" (from ${given}) is not an absolute http(s) URL`,
      `Give the full address, such as https://example.org/my-article (${hints.url.replace(/^[A-Z]/, (c) => c.toLowerCase())})`,
    );
  }

  let lang: string | undefined;
  if (options.lang !== undefined) {
    lang = normalizeLanguageTag(options.lang);
    if (lang === undefined)
      throw new IntakeError(
        source,
        `"${options.lang}" is not a language tag`,
        'Pass --lang as a BCP 47 tag such as fr, en or pt-BR',
      );
  }
  lang ??= normalizeLanguageTag(draft.lang);

  let title = draft.title === undefined ? '' : cleanLine(draft.title);
  if (title === '') throw new IntakeError(source, 'no title', hints.title);
  // A language switcher («Čeština ∙ Deutsch ∙ English ∙ …») is navigation, whatever the intake: never text.
  let body = withoutLanguageSwitchers(cleanText(draft.body));
  let summary = draft.summary === undefined ? undefined : cleanLine(draft.summary) || undefined;
  if (summary !== undefined && isLanguageSwitcher(summary)) summary = undefined;
  // The body is the article's language; a front matter's description may be left untranslated (an English
  // summary over an Arabic article), so it only helps when the body is too short to tell.
  lang ??= (await detectLanguage(body.length >= 400 ? body : `${title}\n\n${summary ?? ''}\n\n${body}`)) ?? 'und';
  if (lang === 'und')
    throw new IntakeError(source, 'cannot tell the language of the text', 'Pass --lang, such as --lang fr');

  if (draft.heading !== undefined) ({ title, body } = await titleInArticleLanguage(title, draft.heading, body, lang));

  const links = (draft.links ?? []).flatMap((link) => {
    const text = cleanLine(link.text);
    const href = link.href?.trim();
    return text === '' ? [] : [href ? { text, href } : { text }];
  });
  let finalTitle = title;
  if (/^fr(-|$)/i.test(lang)) {
    finalTitle = restoreFrenchElisions(title);
    body = restoreFrenchElisions(body);
    summary = summary === undefined ? undefined : restoreFrenchElisions(summary);
  }

  if (draft.publishAtRaw !== undefined && draft.publishAt === undefined)
    throw new IntakeError(
      source,
      `publishAt "${String(draft.publishAtRaw)}" is not a date`,
      'Write it as ISO 8601 with a time zone, such as 2026-12-01T09:30:00+01:00',
    );

  const imageUrl = draft.image ? absoluteHttpUrl(draft.image.url, url) : undefined;
  const image =
    imageUrl && draft.image
      ? { url: imageUrl, ...(draft.image.alt ? { alt: cleanLine(draft.image.alt, { lang }) } : {}) }
      : undefined;
  const source_ = draft.source ? absoluteHttpUrl(draft.source.trim()) : undefined;

  const candidate = {
    id: draft.id ?? articleIdFor(url),
    url,
    title: finalTitle,
    lang,
    body,
    ...(links.length > 0 ? { links } : {}),
    ...(summary ? { summary } : {}),
    tags: dedupe((draft.tags ?? []).map((tag) => cleanLine(tag)).filter((tag) => tag !== '')),
    ...(image ? { image } : {}),
    ...(draft.publishAt ? { publishAt: draft.publishAt } : {}),
    ...(draft.date ? { date: draft.date } : {}),
    ...(source_ ? { source: source_ } : {}),
  };
  const parsed = ArticleSchema.safeParse(candidate);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'article'}: ${issue.message}`);
    throw new IntakeError(source, `invalid article (${problems.join('; ')})`, 'Fix these fields in the source');
  }
  return parsed.data;
}

function dedupe(tags: string[]): string[] {
  const seen = new Set<string>();
  return tags.filter((tag) => {
    const key = tag.toLocaleLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
