import matter from 'gray-matter';
import { load as loadYaml } from 'js-yaml';
import { parse as parseToml } from 'smol-toml';
import { isLanguageSwitcher } from '../text/language-names.js';
import { cleanLine } from './clean-text.js';
import type { ArticleDraft, DraftHints } from './draft.js';
import { draftFromFields } from './fields.js';
import { htmlFragmentToText } from './html-text.js';
import { IntakeError } from './intake-error.js';
import { splitJsonFrontMatter } from './json-front-matter.js';
import { looksLikeLektor, parseLektor } from './lektor.js';
import { type BodyLink, markdownInlineToText, markdownToText } from './markdown-text.js';
import { titleFromOpening } from './plain-text.js';
import { looksLikeZiggy, parseZiggy } from './ziggy.js';

export const MARKDOWN_HINTS: DraftHints = {
  title: 'Add a `title:` line to the front matter (between the --- lines at the top), or text below it',
  url: 'Pass --url URL, or add `url: https://…` (or `canonical:`) to the front matter',
};

interface YamlError {
  name?: string;
  reason?: string;
  mark?: { line?: number; column?: number };
  line?: number;
  column?: number;
}

type FrontMatterKind = 'YAML' | 'TOML' | 'Ziggy';

/**
 * Markdown or MDX with YAML (`---`), TOML (`+++`, Hugo and Zola), Ziggy (`---` around `.key = value,` lines,
 * Zine's SuperMarkdown) or JSON (an opening `{ … }` object, Hugo; json-front-matter.ts) front matter → draft.
 * Options are always passed to gray-matter: without them it caches every document it has seen,
 * keyed by its full text, for the life of the process.
 */
const BLANK_LINES_BEFORE_FRONT_MATTER = /^(?:[ \t]*\r?\n)+(?=(?:\+\+\+|---)[ \t]*\r?\n)/;

export function parseMarkdown(source: string, content: string, options: { lektor?: boolean } = {}): ArticleDraft {
  content = content.replace(/^\uFEFF/, '');
  // Blank lines above the front matter's opening line are skipped, as Hugo's page parser skips them (an OpenTR post
  // opens on an empty line before its `---`: read as text, its fields were posted as its title).
  const above = BLANK_LINES_BEFORE_FRONT_MATTER.exec(content)?.[0] ?? '';
  content = content.slice(above.length);
  if (options.lektor || looksLikeLektor(content)) return fromLektor(source, content);
  const json = splitJsonFrontMatter(source, content);
  if (json) return draftFromMarkdown(json.data, json.body);
  content = franklinToToml(content);
  const opening = /^(\+\+\+|---)[ \t]*\r?\n/.exec(content)?.[1];
  const kind: FrontMatterKind = opening === '+++' ? 'TOML' : frontMatterBetweenDashes(content.slice(3));
  let file: matter.GrayMatterFile<string>;
  try {
    file = matter(content, {
      language: kind.toLowerCase(),
      delimiters: opening === '+++' ? '+++' : '---',
      engines: {
        toml: (text: string) => lenientToml(text),
        // A key written twice (`type: post` then `type: posts`): the last wins, as Jekyll and Hugo read it
        // (js-yaml's `json` mode), where gray-matter's own js-yaml refuses the file.
        yaml: (text: string) => (loadYaml(text, { json: true }) ?? {}) as object,
        ziggy: (text: string) => parseZiggy(text) as object,
      },
    });
  } catch (error) {
    throw frontMatterError(source, error as YamlError, kind, above.split('\n').length - 1);
  }
  const data: unknown = file.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    throw new IntakeError(
      source,
      `the front matter between the ${opening === '+++' ? '+++' : '---'} lines is ${Array.isArray(data) ? 'a list' : 'one value'}, not fields: it reads as none of YAML (\`title: …\`), TOML (\`title = "…"\`) and Ziggy (\`.title = "…",\`)`,
      'Write its fields in one of these, such as a `title: …` line',
    );
  return draftFromMarkdown(data as Record<string, unknown>, file.content);
}

/**
 * A Lektor content file (`contents.lr`, lektor.ts): its fields are the front matter, its `body` field the Markdown.
 * Lektor names the publication date `pub_date`; a `tags` field lists its tags separated by commas (Lektor's `tags`
 * type) or one a line (its `strings` type).
 */
function fromLektor(source: string, content: string): ArticleDraft {
  const fields = parseLektor(content);
  const { body = '', pub_date, tags, ...rest } = fields;
  if (Object.keys(fields).length === 0)
    throw new IntakeError(
      source,
      'no Lektor fields: a Lektor content file is `key: value` lines separated by `---` lines',
      'Write its fields as `title: …`, then `---`, then `body:` and the text on the lines below',
    );
  const data: Record<string, unknown> = { ...rest };
  if (pub_date !== undefined && rest.date === undefined) data.date = pub_date.trim();
  if (tags !== undefined) data.tags = tags.split(/[,\n]/);
  return draftFromMarkdown(data, body);
}

/** Front matter fields and the Markdown below them → draft. */
function draftFromMarkdown(data: Record<string, unknown>, markdown: string): ArticleDraft {
  const fields = draftFromFields(data);
  // A site's own identifier («A10:2021») is not a crier id: crier then derives its own from the URL.
  if (fields.id !== undefined && !ARTICLE_ID.test(fields.id)) delete fields.id;
  // Two questions about headings, apart on purpose. `titleHeading` asks whether the author titled the document: a
  // first-level heading at its top, read from the source. It is the title as written, and leaves the body, which is
  // read from it, once, so that what stands above it (a language switcher) gives it no text and no links.
  // `sectionHeadings` are the blocks of the text that were headings of any level, for a page titled neither way:
  // its opening section heading («## III. Конфігурація») titles it whole, and stays above its deck
  // (`titleFromOpening`). Asked as one, the author's title would follow the section's rules: said again in the body
  // over a subheading, its emoji dropped (14 dev articles, though no post).
  const authorHeading = titleHeading(markdown);
  const opened = fields.title === undefined ? authorHeading : undefined;
  // Under a title, the heading is kept as a candidate: a translation may keep the English front matter's title over
  // its own («title: Announcing Vite 2.0», «# Ankündigung von Vite 2.0»), which build.ts can tell once it knows the
  // language (translated-title.ts).
  const heading =
    opened === undefined && authorHeading !== undefined ? markdownInlineToText(authorHeading.heading) : undefined;
  const links: BodyLink[] = [];
  const sectionHeadings: string[] = [];
  let body = markdownToText(opened?.from ?? markdown, htmlFragmentToText, links, sectionHeadings);
  let title = fields.title === undefined ? undefined : markdownInlineToText(fields.title);
  const summary = fields.summary === undefined ? undefined : markdownInlineToText(fields.summary);
  let tags = fields.tags;
  if (opened !== undefined) {
    title = markdownInlineToText(opened.heading);
    body = body.split('\n\n').slice(1).join('\n\n');
  } else if (title === undefined) {
    // Nor a heading (a note, a cheat sheet): its opening gives the title, as a plain text's does. Not the
    // summary: a plain text that opens on a paragraph is often its own teaser (the seed), a Markdown page's
    // opening is its lede, which the engine reads as such, not as the author's summary (docs/teasers.md).
    const opening = titleFromOpening(body.split('\n\n'), sectionHeadings);
    title = opening.title;
    body = opening.paragraphs.join('\n\n');
    if (tags === undefined || tags.length === 0) tags = opening.tags;
  }
  return { ...fields, title, heading, summary, tags, body, links };
}

const ARTICLE_ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The title the author gave the document as its opening first-level heading, ATX (`# Title`) or setext (`Title`
 * over a line of `=`), and the Markdown from it on (the whole document when nothing stands above it). What stands
 * above it and says nothing (a language switcher, an emoji, badges, a wrapper tag) is passed over: dev10's
 * translated READMEs open on «🌍 *[Čeština](README-cs.md) ∙ [Deutsch](README-de.md) ∙ …*» above their
 * `# The Art of Command Line`.
 */
function titleHeading(markdown: string): { heading: string; from: string } | undefined {
  const opening = markdown.trimStart();
  const start = navigationEnd(opening);
  const rest = opening.slice(start);
  const [first = '', second = ''] = rest.split(/\r?\n/);
  const heading = /^\s*#\s+(.+?)\s*#*\s*$/.exec(first)?.[1] ?? (/^\s*=+\s*$/.test(second) ? first.trim() : undefined);
  return heading ? { heading, from: start > 0 ? rest : markdown } : undefined;
}

/**
 * Where the document's opening navigation ends: the offset of its first paragraph that is neither a language switcher
 * nor free of words once read (emoji, badges, images, wrapper tags, comments); 0 when it opens on text.
 */
function navigationEnd(markdown: string): number {
  const paragraph = /[^\n]*(?:\n(?![ \t]*\r?\n)[^\n]*)*(?:\n[ \t]*(?:\r?\n|$))*/y;
  let end = 0;
  while (end < markdown.length) {
    paragraph.lastIndex = end;
    const match = paragraph.exec(markdown);
    if (match === null || match[0] === '') break;
    const text = cleanLine(markdownInlineToText(match[0]));
    if (/[\p{L}\p{N}]/u.test(text) && !isLanguageSwitcher(text)) break;
    end += match[0].length;
  }
  // And the blank lines after it: the heading is the first line of what is left.
  return end === 0 ? 0 : end + (/^\s*/u.exec(markdown.slice(end))?.[0].length ?? 0);
}

/**
 * What a `---` front matter is written in: YAML mostly; Ziggy when its first field opens on a dot (Zine); TOML when
 * its first field is `key = value`, as Gleam's site writes it between `---` (a YAML field is `key: value`, and a
 * YAML front matter whose first line is `key = value` would be one bare string, never fields).
 */
function frontMatterBetweenDashes(frontMatter: string): FrontMatterKind {
  if (looksLikeZiggy(frontMatter)) return 'Ziggy';
  // Blank and comment lines first; each line's own blank space only, so that no run of lines backtracks.
  return /^(?:[ \t]*(?:#[^\n]*)?\r?\n)*[ \t]*[A-Za-z0-9_-]+[ \t]*=/.test(frontMatter) ? 'TOML' : 'YAML';
}

/**
 * Franklin (Julia's site generator) writes its front matter as `@def key = value` lines at the top: read as
 * TOML front matter.
 */
function franklinToToml(content: string): string {
  if (!content.startsWith('@def ')) return content;
  const lines = content.split(/\r?\n/);
  let end = 0;
  while (end < lines.length && (lines[end]?.startsWith('@def ') || lines[end]?.trim() === '')) end++;
  const fields = lines
    .slice(0, end)
    .filter((line) => line.startsWith('@def '))
    .map((line) => line.slice(5));
  return `+++\n${fields.join('\n')}\n+++\n${lines.slice(end).join('\n')}`;
}

/**
 * TOML front matter; when the whole does not parse (Franklin's `rss_pubdate = Date(2025, 07, 17)`, a Julia
 * expression), the lines that parse on their own are kept and the others left out: the title and the date
 * rarely hide in the broken ones. A front matter of which no line parses is still an error.
 */
function lenientToml(text: string): object {
  try {
    return parseToml(text) as object;
  } catch (error) {
    const kept: Record<string, unknown> = {};
    let any = false;
    for (const line of text.split(/\r?\n/)) {
      if (!/^\s*[\w."-]+\s*=/.test(line)) continue;
      try {
        Object.assign(kept, parseToml(line));
        any = true;
      } catch {
        // A line TOML cannot read: left out.
      }
    }
    if (!any) throw error;
    return kept;
  }
}

/** "invalid YAML at line 4" counted in the file, not in the front matter. */
function frontMatterError(source: string, error: YamlError, kind: FrontMatterKind, linesAbove: number): IntakeError {
  // gray-matter hands the parser the text after the opening "---" including its line break, so
  // js-yaml's 0-based line and the 1-based lines of smol-toml and the Ziggy reader all land on the file's 1-based line.
  const line = kind !== 'YAML' ? error.line : error.mark?.line === undefined ? undefined : error.mark.line + 1;
  const where = line === undefined ? '' : ` at line ${line + linesAbove}`;
  const reason = (error.reason ?? (error as Error).message ?? 'unreadable').split('\n')[0];
  return new IntakeError(
    source,
    `invalid ${kind} front matter${where}: ${reason}`,
    kind === 'TOML'
      ? 'Fix the front matter (TOML: key = "value", strings in double quotes)'
      : kind === 'Ziggy'
        ? 'Fix the front matter (Ziggy: one `.key = "value",` a line, strings in double quotes)'
        : 'Fix the front matter; quote values that contain ": " or start with a special character such as [, {, * or @ (a TOML field is `title = "…"`; a Ziggy field opens on a dot: `.title = "…",`)',
    { cause: error },
  );
}
