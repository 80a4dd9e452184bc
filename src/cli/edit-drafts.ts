import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article } from '../article/article.js';
import { PLATFORMS, type PlatformId } from '../platforms/platform.js';
import type { ComposeOptions } from '../teaser/compose.js';
import { OperatorTextError, operatorParts } from '../teaser/operator-text.js';
import type { Teasers } from '../teaser/teasers.js';
import { CliError } from './report.js';

/**
 * `crier enqueue --edit` (docs/operator.md, "Edit"): like `git commit`, the drafts open in $VISUAL or $EDITOR
 * (else vi); what is saved is checked by the platforms' own rules, and a text that would be refused stops the
 * enqueue with what, where and how to fix it. A section left as it was keeps the generated post; a file with
 * no section left aborts.
 */
const HEADER = /^=== (x|bluesky|mastodon) ===\s*$/;

function draftFile(article: Article, teasers: Teasers): string {
  const lines = [
    `# crier: the posts of "${article.title}". Edit them, save and quit.`,
    `# Each "=== platform ===" section is that platform's post; keep the article's link ${article.url} in it, once.`,
    '# These lines are ignored (a hashtag line in a post is text). Leave a section as it is to keep it;',
    '# delete every section to abort.',
  ];
  for (const platform of PLATFORMS) {
    const parts = teasers[platform];
    if (!parts) continue;
    lines.push('', `=== ${platform} ===`, parts.map((p) => p.text).join('\n\n'));
  }
  return `${lines.join('\n')}\n`;
}

/** The sections of a saved file: platform → { text, line where the section starts }. */
function parseDraftFile(content: string): Map<PlatformId, { text: string; line: number }> {
  const sections = new Map<PlatformId, { text: string; line: number }>();
  let current: { platform: PlatformId; line: number; lines: string[] } | undefined;
  const close = () => {
    if (current) sections.set(current.platform, { text: current.lines.join('\n').trim(), line: current.line });
  };
  content.split('\n').forEach((raw, i) => {
    // Only the lines above the first section are comments: a post's hashtag line starts with "#" too.
    if (!current && !HEADER.test(raw)) return;
    const header = HEADER.exec(raw);
    if (header) {
      close();
      current = { platform: header[1] as PlatformId, line: i + 1, lines: [] };
      return;
    }
    current?.lines.push(raw);
  });
  close();
  return sections;
}

/** Opens the drafts in the editor; answers the operator's texts (the platforms whose text changed). */
export async function editDrafts(
  article: Article,
  teasers: Teasers,
  options: ComposeOptions,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Partial<Record<PlatformId, string>>> {
  const dir = await mkdtemp(join(tmpdir(), 'crier-edit-'));
  const file = join(dir, `${article.id}.txt`);
  await writeFile(file, draftFile(article, teasers));
  const editor = env.VISUAL || env.EDITOR || 'vi';
  // Through the shell, as git does: EDITOR may carry arguments ("code --wait").
  const run = spawnSync(`${editor} "$CRIER_EDIT_FILE"`, {
    shell: true,
    stdio: 'inherit',
    env: { ...env, CRIER_EDIT_FILE: file },
  });
  if (run.status !== 0) {
    throw new CliError(`the editor (${editor}) exited with ${run.status ?? run.signal}: nothing was enqueued`);
  }
  const sections = parseDraftFile(await readFile(file, 'utf8'));
  if (sections.size === 0 || [...sections.values()].every((s) => s.text === '')) {
    await rm(dir, { recursive: true, force: true });
    throw new CliError(`the drafts of "${article.id}" were emptied: nothing was enqueued`);
  }
  const texts: Partial<Record<PlatformId, string>> = {};
  for (const [platform, { text, line }] of sections) {
    const generated = teasers[platform]?.map((p) => p.text).join('\n\n');
    if (generated === undefined || text === generated.trim()) continue;
    try {
      operatorParts(platform, text, article, options);
    } catch (error) {
      if (!(error instanceof OperatorTextError)) throw error;
      throw new CliError(`${file}:${line}: ${error.message} (nothing was enqueued; the file is kept)`);
    }
    texts[platform] = text;
  }
  await rm(dir, { recursive: true, force: true });
  return texts;
}
