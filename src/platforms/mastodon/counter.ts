import type { Counter, Measure } from '../../text/counter.js';
import { countGraphemes } from '../../text/graphemes.js';
import { allMatches } from '../../text/matches.js';
import twitterText from '../../text/twitter-text.js';

/** Mastodon's upstream defaults (`StatusLengthValidator`), used until the instance's own are known. */
export const MASTODON_DEFAULT_LIMITS = { maxCharacters: 500, charactersReservedPerUrl: 23 } as const;

/** Mastodon's counting rules: the settings' defaults, or the instance's own (`/api/v2/instance`) when known. */
export interface MastodonLimits {
  maxCharacters: number;
  charactersReservedPerUrl: number;
}

/*
 * A JS port of Mastodon's `Account::MENTION_RE`:
 *   (?<![=/[:word:]])@((USERNAME)(?:@[[:word:].-]+[[:word:]]+)?)   USERNAME = [a-z0-9_]+([a-z0-9_.-]+[a-z0-9_]+)?
 * Ruby's [[:word:]] is letters, marks, numbers and connector punctuation.
 */
const WORD = '\\p{L}\\p{M}\\p{N}\\p{Pc}';
const MENTION_RE = new RegExp(
  `(?<![=/${WORD}])@(([a-z0-9_]+(?:[a-z0-9_.-]+[a-z0-9_]+)?)(?:@[${WORD}.-]+[${WORD}]+)?)`,
  'giu',
);
/** twitter-text's `end_mention_match`: a mention followed by another @, a Latin accent or "://" is not one. */
const END_MENTION =
  /^(?:[@＠\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff\u0100-\u024f\u0253\u0254\u0256\u0257\u0259\u025b\u0263\u0268\u026f\u0272\u0289\u028b\u02bb\u1e00-\u1eff]|\p{Mn}|:\/\/)/u;

interface Entity {
  start: number;
  end: number;
  replacement: string;
}

function mentionEntities(text: string): Entity[] {
  if (!text.includes('@')) return [];
  const entities: Entity[] = [];
  for (const match of allMatches(MENTION_RE, text)) {
    const screenName = match[1];
    if (screenName === undefined) continue;
    const end = match.index + match[0].length;
    if (END_MENTION.test(text.slice(end, end + 3))) continue;
    entities.push({ start: match.index, end, replacement: `@${screenName.split('@')[0] ?? ''}` });
  }
  return entities;
}

/**
 * What Mastodon measures (`StatusLengthValidator#countable_text`): each URL with a scheme becomes
 * `charactersReservedPerUrl` characters whatever its length, `@user@domain` becomes `@user`;
 * overlapping entities keep the one that starts first (twitter-text's `remove_overlapping_entities`).
 */
export function countableText(text: string, charactersReservedPerUrl: number): string {
  // Neither a URL with a scheme nor a mention is possible: nothing to rewrite (the common case, fast).
  if (!text.includes('://') && !text.includes('@')) return text;
  const placeholder = 'x'.repeat(charactersReservedPerUrl);
  const entities: Entity[] = twitterText
    .extractUrlsWithIndices(text, { extractUrlsWithoutProtocol: false })
    .map(({ indices: [start, end] }) => ({ start, end, replacement: placeholder }));
  entities.push(...mentionEntities(text));
  if (entities.length === 0) return text;
  entities.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const entity of entities) {
    if (entity.start < at) continue;
    out += text.slice(at, entity.start) + entity.replacement;
    at = entity.end;
  }
  return out + text.slice(at);
}

export function measureMastodon(text: string, rules: MastodonLimits = MASTODON_DEFAULT_LIMITS): Measure {
  const length = countGraphemes(countableText(text, rules.charactersReservedPerUrl));
  return { length, within: text.trim() !== '' && length <= rules.maxCharacters };
}

export function mastodonCounter(rules: MastodonLimits = MASTODON_DEFAULT_LIMITS): Counter {
  return { limit: rules.maxCharacters, measure: (text) => measureMastodon(text, rules) };
}
