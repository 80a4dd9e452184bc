import type { Article } from '../article/article.js';
import { advisoryId, plainAdvisoryLine, withAdvisoryId } from './advisory-id.js';
import { invitesContact } from './asides.js';
import { splitBlocks } from './blocks.js';
import { publishedOn } from './dates.js';
import { pickEmoji } from './emoji.js';
import { countryOf } from './flags.js';
import { pickHashtags } from './hashtags.js';
import { pickHook, summarySentence } from './hook.js';
import { articleText, keywords } from './keywords.js';
import { paragraphSentences, withoutDateline, withoutTimestamp } from './sentences.js';
import { collapseSpaces, cutAtWord, stripEmoji, typeset } from './text.js';
import { withoutSectionNumber } from './title.js';
import { leadsUnderCard } from './under-card.js';

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
  /**
   * The hook for a post under a link card that shows `title` (Bluesky's): the title left to the card, when the
   * sentence after it is the lede and says it by itself (under-card.ts). Absent when the title must stay.
   */
  underCard?: string[];
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
  /** A thread is asked: the hook may run past a single teaser's size (docs/teasers.md, "Composing the hook"). */
  thread?: boolean;
}

/** The link card's description: about 300 graphemes, cut at a word. */
const DESCRIPTION_GRAPHEMES = 300;
/** The lead, for position weights of keywords, topics and countries: the first paragraphs. */
const LEAD_BLOCKS = 2;
/** Characters of a paragraph short enough to be only a plea or an invitation (see `lead`). */
const HOUSEKEEPING_PARAGRAPH = 200;

/**
 * Deterministic: the same article and options always give the same draft. Reads the article once:
 * blocks, word counts (no word segmentation of the whole text), then hook, hashtags and emoji from them.
 */
export function draftTeaser(article: Article, options: DraftOptions): TeaserDraft {
  const lang = article.lang;
  // A docs series' section number («03. », «A01 ❯ ») is navigation, not the headline's words.
  const title = withoutSectionNumber(collapseSpaces(stripEmoji(article.title)), lang);
  // A press release's dateline («Praha, 11. července 2024») opens its first paragraph, an update log's timestamp
  // («2026-05-01 21:07 UTC — ») any paragraph or item, an advisory's GitHub twin and score its CVE line
  // (advisory-id.ts): not the hook's words.
  const opening = splitBlocks(article.body);
  const first = opening.findIndex((b) => b.kind === 'paragraph');
  const blocks = opening.map((b, i) => {
    const text = plainAdvisoryLine(withoutTimestamp(i === first ? withoutDateline(b.text, lang) : b.text));
    return text === b.text ? b : { ...b, text };
  });
  const prose = blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'item');
  // A short paragraph that only asks for sponsors or feedback keeps house: the lead's topics are not in it (dev10:
  // hacker-laws' Turkish «Bu projeyi beğendiniz mi? Lütfen sponsor olmayı düşünün!» put 💰 on the laws).
  // (Only the opening paragraphs are asked: the lead is two of them.)
  const leadBlocks: string[] = [];
  for (const b of prose) {
    if (leadBlocks.length >= LEAD_BLOCKS) break;
    if (!(b.text.length <= HOUSEKEEPING_PARAGRAPH && invitesContact(b.text, lang))) leadBlocks.push(b.text);
  }
  const lead = leadBlocks.join('\n');
  // Emoji are not words: the index ignores them, so a source's own 🇹🇳 is never evidence.
  const text = articleText(lang, title, lead, article.body, article.links, article.url);
  const found = keywords(text, title);

  // The author's own summary (front matter, feed description) is read like a section announced as the summary.
  const summary =
    article.summary === undefined ? '' : withoutTimestamp(withoutDateline(collapseSpaces(article.summary), lang));
  const summaryLede = summary === '' ? undefined : summarySentence(summary, lang);
  const hookBlocks =
    summaryLede === undefined ? blocks : [{ kind: 'paragraph' as const, text: summaryLede, summary: true }, ...blocks];
  const hook = pickHook(hookBlocks, title, lang, found, options.thread === true, article.url);
  const told = hook.sentences.map((s) => typeset(s, lang));
  // One vulnerability's advisory is known by its CVE id: the post names it (advisory-id.ts); the card's title
  // and description are the page's, without it.
  const sentences = withAdvisoryId(told, advisoryId(title, article.url));
  const question = hook.question === undefined ? undefined : typeset(hook.question, lang);
  // The main tag is picked even where the operator wants none: the emoji's subject agrees with it.
  // What the post and the article's opening say: a tag the site's taxonomy leaves out must be named there.
  const said = [prose[0]?.text ?? '', ...sentences.slice(0, 2), question ?? ''].join('\n');
  const posted = [...sentences.slice(0, 2), question ?? ''].join('\n');
  const maxTags = Math.max(options.maxHashtags, 1);
  const tags = pickHashtags(text, article.tags, found, maxTags, title, article.url, said, posted);
  const hashtags = tags.slice(0, Math.max(options.maxHashtags, 0));
  const country = countryOf(text);
  const published = publishedOn(article.date, article.url);
  const emoji = pickEmoji(
    text,
    country,
    found,
    options.maxEmoji,
    title,
    article.tags,
    article.url,
    tags,
    posted,
    published,
  );

  const shownTitle = typeset(title, lang);
  const [head, after] = sentences;
  const underCard =
    !options.thread &&
    question === undefined &&
    sentences.length === 2 &&
    head !== undefined &&
    after !== undefined &&
    sameWords(head, shownTitle)
      ? hookUnderCard(after, title, prose, summaryLede, tags, lang, article.url)
      : undefined;

  const description = cutAtWord(cardDescription(summary, told, title, prose, lang), DESCRIPTION_GRAPHEMES);
  return {
    lang,
    emoji,
    sentences,
    ...(question === undefined ? {} : { question }),
    ...(underCard === undefined ? {} : { underCard }),
    hashtags,
    url: article.url,
    title: shownTitle,
    description,
  };
}

/**
 * The hook of a post under a link card that shows the title (under-card.ts): the sentence after the title, alone, when
 * it is a lede (the first two sentences of the first paragraph, or the author's summary) that says it by itself.
 */
function hookUnderCard(
  sentence: string,
  title: string,
  prose: ReadonlyArray<{ kind: string; text: string }>,
  summaryLede: string | undefined,
  hashtags: readonly string[],
  lang: string,
  url: string,
): string[] | undefined {
  const summary = summaryLede === undefined ? undefined : typeset(summaryLede, lang);
  const opening = paragraphSentences(prose.find((b) => b.kind === 'paragraph')?.text ?? '', lang).slice(0, 2);
  const ledes = [...opening.map((s) => typeset(s, lang)), ...(summary === undefined ? [] : [summary])];
  const alone = leadsUnderCard({
    title,
    sentence,
    ledes,
    ...(summary === undefined ? {} : { summary }),
    hashtags,
    lang,
    url,
  });
  return alone ? [sentence] : undefined;
}

/**
 * The link card's description: the author's summary, else the post's sentences past the title (the card shows the
 * title right above it; a title-led hook would say it twice, docs/teasers.md "The link card"), else the article's
 * first paragraph, as a page's own `og:description` would; the title only when the article has nothing else.
 */
function cardDescription(
  summary: string,
  sentences: readonly string[],
  title: string,
  prose: ReadonlyArray<{ kind: string; text: string }>,
  lang: string,
): string {
  if (summary !== '') return typeset(summary, lang);
  const own = sentences.slice(0, 2).filter((s) => !sameWords(s, title));
  if (own.length > 0) return own.join(' ');
  // A paragraph, not a list line: a changelog's first item («chore: drop Node.js 16 by …») is no description.
  const first = prose.find((b) => b.kind === 'paragraph' && !sameWords(b.text, title));
  return typeset(collapseSpaces(first?.text ?? title), lang);
}

/** The same words, whatever the closing punctuation, spacing and case («Anonce 1.2.» is the title «Anonce 1.2»). */
function sameWords(a: string, b: string): boolean {
  const key = (s: string) =>
    s
      .toLowerCase()
      .replace(/[\p{P}\s]+/gu, ' ')
      .trim();
  return key(a) === key(b);
}
