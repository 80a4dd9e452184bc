import { describe, expect, test } from '@jest/globals';
import { looksLikeZiggy, parseZiggy, ZiggyError } from '../../../src/article/ziggy.js';

function errorOf(text: string): ZiggyError {
  try {
    parseZiggy(text);
  } catch (error) {
    if (error instanceof ZiggyError) return error;
    throw error;
  }
  throw new Error(`parsed: ${text}`);
}

describe('Ziggy front matter (Zine, SuperMarkdown)', () => {
  test('top-level fields are read, a last comma or none', () => {
    expect(parseZiggy('\n.title = "Migrating",\n.draft = false,\n.order = 3\n')).toEqual({
      title: 'Migrating',
      draft: false,
      order: 3,
    });
  });

  test('a date written as a string or as a custom literal is its string', () => {
    expect(parseZiggy('.date = "2025-11-26T00:00:00.000Z",\n.updated = @date("2025-12-01T00:00:00"),')).toEqual({
      date: '2025-11-26T00:00:00.000Z',
      updated: '2025-12-01T00:00:00',
    });
  });

  test('arrays, structs (named or not), maps and null are read at any depth', () => {
    const text = [
      '.aliases = ["/buy.html", "/tickets.html"],',
      '.author = Person { .name = "Loris", .site = null },',
      '.custom = {',
      '  "mobile_menu_title": "Migrating",',
      '  "nested": { .deep = [1, 2] },',
      '},',
    ].join('\n');
    expect(parseZiggy(text)).toEqual({
      aliases: ['/buy.html', '/tickets.html'],
      author: { name: 'Loris', site: null },
      custom: { mobile_menu_title: 'Migrating', nested: { deep: [1, 2] } },
    });
  });

  test('strings take Zig escapes and multiline strings join their lines', () => {
    const text = [
      String.raw`.quote = "She said \"hi\"\tand \u{1F600} caf\xc3\xa9",`,
      `.single = 'it\\'s',`,
      '.long =',
      '    \\\\Lorem ipsum,',
      '    \\\\a multiline string.',
      ',',
    ].join('\n');
    expect(parseZiggy(text)).toEqual({
      quote: 'She said "hi"\tand 😀 café',
      single: "it's",
      long: 'Lorem ipsum,\na multiline string.',
    });
  });

  test('numbers as Zig writes them', () => {
    expect(parseZiggy('.a = 1_000, .b = -1.5e3, .c = 0xff, .d = 0o755, .e = 0b101')).toEqual({
      a: 1000,
      b: -1500,
      c: 255,
      d: 493,
      e: 5,
    });
  });

  test('// comments are blank space', () => {
    expect(parseZiggy('// the page\n.title = "T", // inline\n// last')).toEqual({ title: 'T' });
  });

  test.each([
    ['.title = "open', 1, 'a string is not closed on its line'],
    ['.title = "T",\n.date "2025"', 2, 'expected `=`, found `"`'],
    ['.title = "T"\n.date = "2025"', 2, 'expected a comma, found `.`'],
    ['.title = "T",\n.tags = ["a" "b"],', 2, 'expected a comma or `]`, found `"`'],
    ['.title = "T",\n.x = yes,', 2, 'expected a value, found `yes`'],
    ['.title = "\\q"', 1, 'unknown escape `\\q` in a string'],
  ])('%j is refused with its line and what was expected', (text, line, reason) => {
    const error = errorOf(text);
    expect(error.line).toBe(line);
    expect(error.reason).toBe(reason);
  });

  test.each([
    ['\n.title = "T",', true],
    ['\n// a comment\n\n  .title="T"', true],
    ['\ntitle: T', false],
    ['\ntitle = "T"', false],
    ['\n- .item', false],
  ])('%j is told apart from YAML and TOML by its leading dot: %s', (frontMatter, ziggy) => {
    expect(looksLikeZiggy(frontMatter)).toBe(ziggy);
  });

  test('telling it apart takes no time on a front matter of many blank lines', () => {
    const start = performance.now();
    expect(looksLikeZiggy(`${'\n \t'.repeat(50_000)}title: T`)).toBe(false);
    expect(performance.now() - start).toBeLessThan(100);
  });
});
