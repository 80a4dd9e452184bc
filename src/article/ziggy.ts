/**
 * A reader of Ziggy (https://ziggy-lang.io), the data language Zine's SuperMarkdown pages write their front matter in:
 *
 *     ---
 *     .title = "Migrating from GitHub to Codeberg",
 *     .date = @date("2025-11-26T00:00:00"),
 *     .tags = ["zig", "git"],
 *     .custom = { "mobile_menu_title": "Migrating" },
 *     ---
 *
 * No maintained JavaScript parser exists (npm has none; Ziggy's own is in Zig). This reads Ziggy's values without a
 * schema (src/article/README.md, "Ziggy front matter"): a document of top-level fields (`.key = value`, separated by commas) or one
 * value; strings in double or single quotes with Zig's escapes (`\n`, `\t`, `\r`, `\\`, `\"`, `\'`, `\xNN`, `\u{…}`);
 * multiline strings (`\\` lines, joined by line breaks); numbers (`1_000`, `1.5e3`, `0xff`, `0o755`, `0b101`, signed);
 * `true`, `false`, `null`; custom literals (`@date("…")`, `@v("1.0.0")`), read as their string; arrays `[…]`; structs
 * `{ .key = value }`, named (`Name { … }`) or not; maps `{ "key": value }`; `//` comments. The tag of a named struct
 * and of a custom literal is dropped: crier reads a date from its string either way.
 */

export class ZiggyError extends Error {
  constructor(
    readonly reason: string,
    /** 1-based line in the text given to `parseZiggy`. */
    readonly line: number,
  ) {
    super(`${reason} at line ${line}`);
  }
}

/** Whether a front matter is Ziggy: its first field opens on a dot (`.title = …`), which YAML and TOML never do. */
export function looksLikeZiggy(frontMatter: string): boolean {
  // Blank and comment lines first; each line's own blank space only, so that no run of lines backtracks.
  return /^(?:[ \t]*(?:\/\/[^\n]*)?\r?\n)*[ \t]*\.[A-Za-z_]\w*[ \t]*=/.test(frontMatter);
}

export function parseZiggy(text: string): unknown {
  return new Reader(text).document();
}

const IDENTIFIER = /[A-Za-z_]\w*/y;
const NUMBER = /[-+]?(?:0x[\da-fA-F_]+|0o[0-7_]+|0b[01_]+|\d[\d_]*(?:\.\d[\d_]*)?(?:[eE][-+]?\d+)?)/y;
const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '\\': '\\', '"': '"', "'": "'" };

class Reader {
  private at = 0;

  constructor(private readonly text: string) {}

  document(): unknown {
    this.skip();
    const value = this.peek() === '.' ? this.fields(undefined) : this.value();
    this.skip();
    if (this.at < this.text.length) this.fail(`expected the end of the front matter, found ${this.found()}`);
    return value;
  }

  private value(): unknown {
    this.skip();
    const c = this.peek();
    if (c === '"' || c === "'") return this.string();
    if (c === '\\') return this.lineString();
    if (c === '[') return this.array();
    if (c === '{') return this.braces();
    if (c === '@') {
      this.at++;
      this.identifier('a literal name after @');
      this.expect('(');
      this.skip();
      const inner = this.string();
      this.expect(')');
      return inner;
    }
    if (c !== undefined && /[-+\d]/.test(c)) return this.number();
    const word = this.identifier('a value');
    if (word === 'true') return true;
    if (word === 'false') return false;
    if (word === 'null') return null;
    // A named struct: `Remote { .url = "…" }`.
    this.skip();
    if (this.peek() === '{') return this.braces();
    return this.fail(`expected a value, found \`${word}\``);
  }

  /** `{ .key = value, … }` (a struct) or `{ "key": value, … }` (a map). */
  private braces(): Record<string, unknown> {
    this.expect('{');
    this.skip();
    if (this.peek() === '.' || this.peek() === '}') {
      const struct = this.fields('}');
      this.expect('}');
      return struct;
    }
    const map: Record<string, unknown> = {};
    while (this.peek() !== '}') {
      const key = this.string();
      this.expect(':');
      map[key] = this.value();
      if (!this.separator('}')) break;
    }
    this.expect('}');
    return map;
  }

  /** `.key = value` fields up to `close` (or the end of the text), commas between them, a last one optional. */
  private fields(close: '}' | undefined): Record<string, unknown> {
    const fields: Record<string, unknown> = {};
    this.skip();
    while (this.at < this.text.length && this.peek() !== close) {
      this.expect('.');
      const key = this.identifier('a field name after the dot');
      this.expect('=');
      fields[key] = this.value();
      if (!this.separator(close)) break;
    }
    return fields;
  }

  private array(): unknown[] {
    this.expect('[');
    const items: unknown[] = [];
    this.skip();
    while (this.peek() !== ']') {
      items.push(this.value());
      if (!this.separator(']')) break;
    }
    this.expect(']');
    return items;
  }

  /** After an entry: a comma (true), or the closing character or the end next (false); anything else is an error. */
  private separator(close: string | undefined): boolean {
    this.skip();
    if (this.peek() === ',') {
      this.at++;
      this.skip();
      return true;
    }
    if (this.peek() === close || (close === undefined && this.at >= this.text.length)) return false;
    return this.fail(`expected a comma${close ? ` or \`${close}\`` : ''}, found ${this.found()}`);
  }

  private string(): string {
    const quote = this.peek();
    if (quote !== '"' && quote !== "'") return this.fail(`expected a string in quotes, found ${this.found()}`);
    const bytes: number[] = [];
    const encoder = new TextEncoder();
    let i = this.at + 1;
    for (;;) {
      const c = this.text[i];
      if (c === undefined || c === '\n') {
        this.at = i;
        return this.fail('a string is not closed on its line');
      }
      if (c === quote) break;
      if (c !== '\\') {
        const point = this.text.codePointAt(i) ?? 0;
        bytes.push(...encoder.encode(String.fromCodePoint(point)));
        i += point > 0xffff ? 2 : 1;
        continue;
      }
      const e = this.text[i + 1] ?? '';
      const hex = /^x([\da-fA-F]{2})/.exec(this.text.slice(i + 1, i + 4));
      const unicode = /^u\{([\da-fA-F]{1,6})\}/.exec(this.text.slice(i + 1, i + 10));
      if (ESCAPES[e] !== undefined) {
        bytes.push(...encoder.encode(ESCAPES[e]));
        i += 2;
      } else if (hex?.[1]) {
        bytes.push(Number.parseInt(hex[1], 16));
        i += 1 + hex[0].length;
      } else if (unicode?.[1] && Number.parseInt(unicode[1], 16) <= 0x10ffff) {
        bytes.push(...encoder.encode(String.fromCodePoint(Number.parseInt(unicode[1], 16))));
        i += 1 + unicode[0].length;
      } else {
        this.at = i;
        return this.fail(`unknown escape \`\\${e}\` in a string`);
      }
    }
    this.at = i + 1;
    return new TextDecoder().decode(Uint8Array.from(bytes));
  }

  /** Consecutive `\\` lines are one string, joined by line breaks. */
  private lineString(): string {
    const lines: string[] = [];
    while (this.text.startsWith('\\\\', this.at)) {
      const end = this.text.indexOf('\n', this.at);
      const stop = end === -1 ? this.text.length : end;
      lines.push(this.text.slice(this.at + 2, stop).replace(/\r$/, ''));
      this.at = stop;
      this.skip();
    }
    if (lines.length === 0) return this.fail('expected a multiline string (\\\\)');
    return lines.join('\n');
  }

  private number(): number {
    NUMBER.lastIndex = this.at;
    const match = NUMBER.exec(this.text);
    const literal = match?.[0] ?? '';
    const unsigned = literal.replace(/^[-+]/, '').replaceAll('_', '');
    const value = Number(unsigned) * (literal.startsWith('-') ? -1 : 1);
    if (!match || unsigned === '' || Number.isNaN(value)) return this.fail(`expected a number, found ${this.found()}`);
    this.at += literal.length;
    return value;
  }

  private identifier(what: string): string {
    IDENTIFIER.lastIndex = this.at;
    const match = IDENTIFIER.exec(this.text);
    if (!match) return this.fail(`expected ${what}, found ${this.found()}`);
    this.at += match[0].length;
    return match[0];
  }

  private expect(c: string): void {
    this.skip();
    if (this.peek() !== c) this.fail(`expected \`${c}\`, found ${this.found()}`);
    this.at++;
  }

  /** Blank space and `//` comments. */
  private skip(): void {
    for (;;) {
      const c = this.peek();
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') this.at++;
      else if (c === '/' && this.text[this.at + 1] === '/') {
        const end = this.text.indexOf('\n', this.at);
        this.at = end === -1 ? this.text.length : end;
      } else return;
    }
  }

  private peek(): string | undefined {
    return this.text[this.at];
  }

  private found(): string {
    if (this.at >= this.text.length) return 'the end of the front matter';
    const c = this.text[this.at];
    return c === '\n' || c === '\r' ? 'the end of the line' : `\`${c}\``;
  }

  private fail(reason: string): never {
    let line = 1;
    for (let i = 0; i < this.at && i < this.text.length; i++) if (this.text[i] === '\n') line++;
    throw new ZiggyError(reason, line);
  }
}
