import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { looksLikeLektor, parseLektor } from '../../../src/article/lektor.js';
import { loadArticle, parseArticle } from '../../../src/article/load.js';
import { FETCH } from './support.js';

/** A Lektor blog entry as Creative Commons' open-source blog writes one (contents.lr). */
const ENTRY = [
  'title: Why Lektor?',
  '---',
  'categories:',
  'outreachy',
  'tech',
  '---',
  'author: dhruvi16',
  '---',
  'pub_date: 2020-05-15',
  '---',
  'tags: static sites, python',
  '---',
  'body:',
  '',
  '',
  'I wrote this while prepping for my internship.',
  '',
  'Static website: pages are served as they are.',
  '',
].join('\n');

describe('Lektor fields (contents.lr)', () => {
  test('fields are `key: value` lines separated by `---` lines', () => {
    expect(parseLektor('title: Why Lektor?\n---\npub_date: 2020-05-15\n')).toEqual({
      title: 'Why Lektor?',
      pub_date: '2020-05-15',
    });
  });

  test('a value on the lines below its key runs to the next `---`; the blank line right after the key is skipped', () => {
    expect(parseLektor('body:\n\nFirst paragraph.\n\nSecond.\n---\nsummary: Short')).toEqual({
      body: 'First paragraph.\n\nSecond.',
      summary: 'Short',
    });
  });

  test('a value’s own `----` line stands for `---`', () => {
    expect(parseLektor('body:\n\nAbove.\n----\nBelow.')).toEqual({ body: 'Above.\n---\nBelow.' });
  });

  test('a key given twice keeps its last value; a line before any key without a colon is skipped', () => {
    expect(parseLektor('stray line\ntitle: One\n---\ntitle: Two')).toEqual({ title: 'Two' });
  });

  test('Windows line breaks are read as line breaks', () => {
    expect(parseLektor('title: One\r\n---\r\nbody:\r\n\r\nText.\r\n')).toEqual({ title: 'One', body: 'Text.' });
  });
});

describe('Lektor content told from Markdown in a .md file', () => {
  test('a field on the first line, and a field after the first `---` line', () => {
    expect(looksLikeLektor(ENTRY)).toBe(true);
    expect(looksLikeLektor('title: One\n---\n\nbody:\n\nText.')).toBe(true);
  });

  test('Markdown is not: front matter opens on `---`; a «Note: …» line over a rule is followed by prose', () => {
    expect(looksLikeLektor('---\ntitle: One\n---\nText.')).toBe(false);
    expect(looksLikeLektor('Note: this page moved.\n---\nThe new page is elsewhere.')).toBe(false);
    expect(looksLikeLektor('# Title\n\ntitle: x\n---\nbody: y')).toBe(false);
    expect(looksLikeLektor('https://example.org/a\n---\nlink: b')).toBe(false);
  });
});

describe('a Lektor entry read as an article', () => {
  test('title, Markdown body, pub_date as the date, tags separated by commas; other fields are left', async () => {
    const article = await parseArticle(ENTRY, 'markdown', { url: 'https://example.org/why-lektor', lang: 'en' });
    expect(article).toMatchObject({
      title: 'Why Lektor?',
      date: '2020-05-15T00:00:00.000Z',
      tags: ['static sites', 'python'],
      body: 'I wrote this while prepping for my internship.\n\nStatic website: pages are served as they are.',
    });
    expect(article.summary).toBeUndefined();
  });

  test('summary or description is the summary; tags written one a line are a list', async () => {
    const text = 'title: T\n---\ndescription: What it is.\n---\ntags:\n\nzig\ngit\n---\nbody:\n\nText.';
    const article = await parseArticle(text, 'markdown', { url: 'https://example.org/a', lang: 'en' });
    expect(article).toMatchObject({ title: 'T', summary: 'What it is.', tags: ['zig', 'git'], body: 'Text.' });
  });

  test('a `.lr` file is read as Lektor, even with only a body whose opening gives the title', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'crier-lektor-'));
    const path = join(dir, 'contents.lr');
    writeFileSync(path, 'body:\n\nRelease day\n\nVersion 2 is out.\n');
    const article = await loadArticle(path, { url: 'https://example.org/a', lang: 'en', fetch: FETCH });
    expect(article).toMatchObject({ title: 'Release day', body: 'Version 2 is out.' });
  });

  test('a `.lr` file without any field is refused, saying how Lektor writes one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'crier-lektor-'));
    const path = join(dir, 'contents.lr');
    writeFileSync(path, 'Just some words without a field\n');
    await expect(loadArticle(path, { url: 'https://example.org/a', lang: 'en', fetch: FETCH })).rejects.toThrow(
      `${path}: no Lektor fields: a Lektor content file is \`key: value\` lines separated by \`---\` lines. Write its fields as \`title: …\`, then \`---\`, then \`body:\` and the text on the lines below`,
    );
  });
});
