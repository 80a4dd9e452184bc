/**
 * The last step on the engine's side: the draft made safe to lay out (NFC, one line per piece, nothing empty or
 * twice, hashtags without "#"), with its pieces in the order renderers take them. What comes out is the
 * renderers' input (PreparedDraft, src/platforms/fit.ts).
 */
import type { PreparedDraft } from '../platforms/fit.js';
import type { TeaserDraft } from './draft.js';
import { leansOnPrevious } from './hook.js';

/** Line breaks and runs of ASCII spaces become one space; U+00A0 and U+202F (French spacing) are kept as they are. */
const BREAKS = /[ \t\r\n\f\v\u0085\u2028\u2029]+/g;
/** What X refuses outright (twitter-text's invalid characters) and C0/C1 controls other than line breaks and tabs. */
function unsendable(code: number): boolean {
  return (
    code === 0xfffe ||
    code === 0xfeff ||
    code === 0xffff ||
    code <= 0x08 ||
    (code >= 0x0e && code <= 0x1f) ||
    (code >= 0x7f && code <= 0x9f && code !== 0x85)
  );
}

function withoutUnsendable(text: string): string {
  let kept = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (!unsendable(text.charCodeAt(i))) continue;
    kept += text.slice(from, i);
    from = i + 1;
  }
  return from === 0 ? text : kept + text.slice(from);
}

/**
 * One line any platform accepts: NFC, without what X refuses, line breaks and runs of spaces as one space.
 * (Not article/clean-text.ts's cleanText, which repairs an article's text at intake.)
 */
export function sendableLine(text: string): string {
  return withoutUnsendable(text.normalize('NFC')).replace(BREAKS, ' ').trim();
}

function unique(values: string[], key: (value: string) => string = (v) => v): string[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const k = key(value);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export function prepareDraft(draft: TeaserDraft): PreparedDraft {
  const sentences = unique(draft.sentences.map(sendableLine).filter((s) => s !== ''));
  const question = draft.question === undefined ? '' : sendableLine(draft.question);
  const title = sendableLine(draft.title);
  const [first = title, ...others] = sentences;
  // Sentences that lean on the first («Mais toutes…») stay right after it; the question comes after them.
  let glued = 0;
  while (glued < others.length && leansOnPrevious(others[glued] as string)) glued++;
  const pieces = unique([first, ...others.slice(0, glued), question, ...others.slice(glued)].filter((s) => s !== ''));
  const underCard = unique((draft.underCard ?? []).map(sendableLine).filter((s) => s !== ''));
  const hashtags = unique(
    draft.hashtags
      .map((tag) => sendableLine(tag).replace(/^[#＃]+/u, ''))
      .filter((tag) => tag !== '' && !/\s/u.test(tag)),
    (tag) => tag.toLocaleLowerCase(),
  );
  const [lead, close] = draft.emoji.map(sendableLine).filter((e) => e !== '');
  return {
    lang: draft.lang,
    ...(lead === undefined ? {} : { lead }),
    ...(close === undefined ? {} : { close }),
    pieces,
    ...(underCard.length > 0 ? { cardPieces: underCard } : {}),
    hashtags,
    url: draft.url.trim(),
    title,
    description: sendableLine(draft.description),
  };
}
