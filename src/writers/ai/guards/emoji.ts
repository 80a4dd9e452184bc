import { collapseSpaces, stripEmoji } from '../../../teaser/text.js';

/** One emoji as platforms and fonts know it (RGI: flags, ZWJ sequences, skin tones, keycaps). */
// biome-ignore lint/complexity/useRegexLiterals: the `v` flag is newer than the TypeScript target, not than Node 20
const ONE_EMOJI = new RegExp('^\\p{RGI_Emoji}$', 'v');
// biome-ignore lint/complexity/useRegexLiterals: as above
const RGI_EMOJI = new RegExp('\\p{RGI_Emoji}', 'gv');

/**
 * The emoji count: at most `max` (the settings' teaser.maxEmoji), each one valid emoji, placed by the renderer
 * (the first opens the post, a second may close the hook). Emoji the model put inside its text are taken out
 * of it; when the `emoji` field is empty, the text's first ones are used instead.
 */
export function keepEmoji(text: string, emoji: readonly string[], max: number): { text: string; emoji: string[] } {
  const inText = text.match(RGI_EMOJI) ?? [];
  const candidates = [...emoji.map((e) => e.trim()), ...(emoji.length === 0 ? inText : [])];
  const kept = [...new Set(candidates.filter((e) => ONE_EMOJI.test(e)))].slice(0, max);
  return { text: inText.length > 0 ? collapseSpaces(stripEmoji(text)) : text, emoji: kept };
}
