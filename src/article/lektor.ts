/**
 * A reader of Lektor's content files (`contents.lr`, https://www.getlektor.com/docs/content/): fields separated by
 * lines of `---`, each `key: value` on one line, or `key:` alone with its value on the lines below (a blank line first
 * is skipped), the way a Markdown body is written:
 *
 *     title: Why Lektor?
 *     ---
 *     pub_date: 2020-05-15
 *     ---
 *     body:
 *
 *     I wrote this article while prepping for my Outreachy internship.
 *
 * A value's own line of three dashes or more is written with one dash more (`----` for `---`), and read back with one
 * less. npm has no parser of this format (Lektor's own, lektor/metaformat.py, is Python), so this one follows
 * Lektor's tokenizer line for line: a line before the first key that has no colon is skipped, and a key written twice
 * keeps its last value. Values are strings: what a field means (a date, a list, Markdown) is for its reader to say
 * (src/article/README.md, "Lektor content").
 */

/** A field's first line: a name, a colon, then blank space and its value or nothing. */
const FIELD = /^[A-Za-z_][\w-]*:(?:[ \t]|$)/;

/**
 * Whether a Markdown file is Lektor content kept under a `.md` name: its first line is a field (`title: …`) and the
 * first `---` line is followed by another field. Markdown with YAML front matter opens on `---`; a Markdown page
 * whose first line happened to read «Note: …» and was followed by a `---` rule would not have a field after the rule.
 */
export function looksLikeLektor(content: string): boolean {
  const end = content.indexOf('\n');
  if (!FIELD.test((end < 0 ? content : content.slice(0, end)).replace(/\r$/, ''))) return false;
  const lines = content.split('\n', 400).map((line) => line.replace(/\r$/, ''));
  const rule = lines.indexOf('---');
  if (rule < 0) return false;
  const next = lines.slice(rule + 1).find((line) => line.trim() !== '');
  return next !== undefined && FIELD.test(next);
}

/** Lektor's fields, in the order the file gives them (a key given twice keeps its last value). */
export function parseLektor(text: string): Record<string, string> {
  const fields: Record<string, string> = {};
  let key: string | undefined;
  let value: string[] = [];
  let skipBlank = false;
  const flush = () => {
    if (key === undefined) return;
    // A value's own `----` line stands for `---`: one dash less, as Lektor reads it.
    fields[key] = value.map((line) => (/^\s*-{3,}\s*$/.test(line) ? line.replace('-', '') : line)).join('\n');
    key = undefined;
    value = [];
  };
  // Lines as Lektor reads them: a last line break does not open one more, empty line.
  for (const raw of text.replace(/\r?\n$/, '').split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line.trimEnd() === '---') {
      flush();
      skipBlank = false;
    } else if (key !== undefined) {
      if (skipBlank) {
        skipBlank = false;
        if (line.trim() === '') continue;
      }
      value.push(line);
    } else {
      const colon = line.indexOf(':');
      if (colon < 0) continue;
      key = line.slice(0, colon).trim();
      const first = line.slice(colon + 1).replace(/^[ \t]+|[ \t]+$/g, '');
      value = first === '' ? [] : [first];
      skipBlank = first === '';
    }
  }
  flush();
  return fields;
}
