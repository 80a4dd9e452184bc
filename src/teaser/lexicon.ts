import { readFileSync } from 'node:fs';
import { packagePath } from '../paths.js';
import type { EmojiTopicsFile, HashtagsFile } from './lexicon-schema.js';
import { baseLang, fold } from './text.js';
import { compilePhrase, type Phrase } from './words.js';

/**
 * The curated lexicons in `config/`, read and compiled once, on first use:
 * concept → emoji (`emoji-topics.json`) and the hashtags people follow (`hashtags.json`).
 *
 * They are the package's own data, not an operator's input: a test checks both files against their schemas
 * (lexicon-schema.ts, test/unit/teaser/lexicon.test.ts), and a run only parses the JSON. Checking 56 KB of
 * lexicon with zod, and building the schemas, cost every `crier preview` ~1 % of its start-up (docs/operating.md,
 * "How quickly the CLI starts").
 */

export interface EmojiTopic {
  concept: string;
  emoji: string;
  weight: number;
  /** A named subject (a language, a platform): evidence in the lead or repeated in the body, not only the title. */
  name: boolean;
  /**
   * A wide subject that many pieces touch (video, science, performance, the cloud): it stands in for a neutral 📰 or
   * 📢 and yields to every specific topic and to any other kind of piece (emoji.ts, `pickEmoji`).
   */
  wide: boolean;
  /** The phrases that call for it in an article of this language (see `ScopedPhrases`). */
  phrases: ScopedPhrases;
}

/**
 * Lexicon words, some only in the languages where they mean the concept: `data@en,nl` is data in English and
 * Dutch but a date in Portuguese, Italian and Polish; `gel@fr` is a freeze in French but «come» in Turkish. A word
 * without `@` counts in every language. The phrases for each language are compiled once.
 */
export class ScopedPhrases {
  private readonly words: Array<{ entry: string; phrase: Phrase; langs: ReadonlySet<string> | undefined }>;
  private readonly byLang = new Map<string, Phrase[]>();

  /** `purpose`: the word still means itself after Arabic «to», «for» (ل): «لإطلاق», «to release», is no release. */
  private readonly purpose: boolean;

  constructor(words: readonly string[], { purpose = true } = {}) {
    this.purpose = purpose;
    this.words = words.map((word) => {
      const at = word.lastIndexOf('@');
      const entry = at <= 0 ? word : word.slice(0, at);
      const langs = at <= 0 ? undefined : new Set(word.slice(at + 1).split(','));
      return { entry, phrase: compilePhrase(entry), langs };
    });
  }

  for(lang: string): Phrase[] {
    const base = baseLang(lang);
    let phrases = this.byLang.get(base);
    if (phrases === undefined) {
      // Arabic's prefixed forms only where they can occur: built when an Arabic article first asks (~250 forms of
      // the topic and tone words that every other article would compile for nothing).
      phrases = this.words
        .filter((w) => w.langs === undefined || w.langs.has(base))
        .flatMap((w) =>
          base === 'ar' ? [w.phrase, ...withArabicPrefixes(w.entry, this.purpose).map(compilePhrase)] : [w.phrase],
        );
      this.byLang.set(base, phrases);
    }
    return phrases;
  }
}

const ARABIC_WORD = /^\p{Script=Arabic}+$/u;

/**
 * Arabic writes «and», «so», «with», «as», «for» and «the» as prefixes of the word they govern (و ف ب ك ل ال:
 * والأمن، بالثغرة، للثغرات), so a whole-word match never sees «الثغرات» in «والثغرات» (docs/teasers.md, "Emoji").
 * The forms of an entry's first word with them; none for a word of another script.
 */
export function withArabicPrefixes(entry: string, purpose = true): string[] {
  // Below U+0600 no letter is Arabic: most entries (Latin names) leave here, before a split and a match each.
  if (!(entry.charCodeAt(0) >= 0x0600)) return [];
  const [first = '', ...rest] = entry.split(' ');
  if (!ARABIC_WORD.test(first)) return [];
  const definite = first.startsWith('ال');
  const bare = definite ? first.slice(2) : first;
  const forms = new Set<string>();
  for (const stem of definite ? [first] : [first, `ال${first}`]) for (const p of ['', 'ب', 'ك']) forms.add(p + stem);
  if (purpose) forms.add(`لل${bare}`);
  if (purpose && !definite) forms.add(`ل${first}`);
  for (const form of [...forms]) for (const conj of ['و', 'ف']) forms.add(conj + form);
  forms.delete(first);
  return [...forms].map((form) => [form, ...rest].join(' '));
}

export interface KnownTag {
  /** The spelling for a language, or undefined when the tag is not used in it. */
  spell(lang: string): string | undefined;
  /** The spelling for the languages without one of their own (`default`), if any. */
  fallback: string | undefined;
  phrases: Phrase[];
  /** The folded words of its phrases: an article keyword among them is not offered as a tag of its own. */
  words: string[];
  /** Hosts that publish as this name («go.dev»): a post from one of them (or a subdomain) is from it. */
  sites: string[];
  /** Hosts by their shape (a digital service on a government's domain): a kind of site, every country's. */
  hosts: RegExp[];
  /** A topic people follow, spelled per language (#Security, #Sécurité), rather than one name (#Kubernetes). */
  topic: boolean;
  /** The tone of a piece that is this topic (`security` → #Security). */
  tone: string | undefined;
  /** The wider community that follows it too (ReactJS → JavaScript), by its tag's usual name. */
  community: string | undefined;
}

class LexiconError extends Error {
  override name = 'LexiconError';
}

function readConfig<T>(file: string): T {
  const path = packagePath('config', file);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (cause) {
    throw new LexiconError(`${path}: not a valid teaser lexicon`, { cause });
  }
}

let emojiTopics: EmojiTopic[] | undefined;
let knownTags: KnownTag[] | undefined;

export function loadEmojiTopics(): EmojiTopic[] {
  emojiTopics ??= readConfig<EmojiTopicsFile>('emoji-topics.json').topics.map((t) => ({
    concept: t.concept,
    emoji: t.emoji,
    weight: t.weight ?? 1,
    name: t.name ?? false,
    wide: t.wide ?? false,
    phrases: new ScopedPhrases(t.words),
  }));
  return emojiTopics;
}

export function loadKnownTags(): KnownTag[] {
  knownTags ??= readConfig<HashtagsFile>('hashtags.json').tags.map((t) => {
    const { tag } = t;
    const phrases = once(t.words.flatMap((word) => [word, ...withArabicPrefixes(word)]).map(compilePhrase));
    return {
      spell: typeof tag === 'string' ? () => tag : (lang: string) => tag[lang] ?? tag.default,
      fallback: typeof tag === 'string' ? tag : tag.default,
      phrases,
      words: phrases.flatMap((p) => p.key.split(' ')).map(fold),
      sites: (t.sites ?? []).map((site) => site.toLowerCase()),
      hosts: (t.hosts ?? []).map((host) => new RegExp(host, 'u')),
      topic: t.topic ?? typeof tag !== 'string',
      tone: t.tone,
      community: t.community,
    };
  });
  return knownTags;
}

/**
 * Each mention counted once: a phrase that opens with a word the entry also lists alone («covid-19» beside «covid»)
 * matches only where that word does, and counting both made one «COVID-19» two mentions (#Covid19 on an event whose
 * opening gives it once, as an example of an emergency).
 */
function once(phrases: Phrase[]): Phrase[] {
  const single = new Set(phrases.filter((p) => p.kind === 'words' && p.parts.length === 1).map((p) => p.key));
  return phrases.filter((p) => !(p.kind === 'words' && p.parts.length > 1 && single.has(p.parts[0] ?? '')));
}

/** The followed name of the site the article comes from («go.dev» → #golang, «curl.se» → #curl). */
export function publisherTag(url: string | undefined): KnownTag | undefined {
  return siteTag(url, false);
}

/**
 * The topic of a site that publishes on many subjects within it (a government's digital service → #GovTech): every
 * post of it is about the topic, but the site is no speaker that the post names (first-person.ts).
 */
export function siteTopic(url: string | undefined): KnownTag | undefined {
  return siteTag(url, true);
}

/**
 * Asked for each sentence that may name its speaker (first-person.ts) and again by the hashtags: the answer for an
 * address is kept (a worker sees many addresses: the memory is emptied past a few thousand, as fold's).
 */
const siteTags = new Map<string, KnownTag | undefined>();

function siteTag(url: string | undefined, topic: boolean): KnownTag | undefined {
  if (url === undefined) return undefined;
  const key = `${topic ? 'topic' : 'name'} ${url}`;
  if (siteTags.has(key)) return siteTags.get(key);
  if (siteTags.size >= 5_000) siteTags.clear();
  const found = findSiteTag(url, topic);
  siteTags.set(key, found);
  return found;
}

function findSiteTag(url: string, topic: boolean): KnownTag | undefined {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/^www\./u, '');
  } catch {
    return undefined;
  }
  let best: KnownTag | undefined;
  let bestLength = 0;
  for (const known of loadKnownTags()) {
    if (known.topic !== topic) continue;
    for (const site of known.sites) {
      // The most specific site wins: «kubernetes.io» over a shared host.
      if ((host === site || host.endsWith(`.${site}`)) && site.length > bestLength) {
        best = known;
        bestLength = site.length;
      }
    }
  }
  // A site named by its kind: only where no site is named.
  return (
    best ?? loadKnownTags().find((known) => known.topic === topic && known.hosts.some((shape) => shape.test(host)))
  );
}
