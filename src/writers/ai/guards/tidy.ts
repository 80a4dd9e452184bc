/** After a guard removed something: no doubled spaces, no space before closing punctuation, no empty brackets. */
export function tidy(text: string): string {
  return text
    .replace(/\(\s*\)|\[\s*\]/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .replace(/ +([,.;…)\]])/g, '$1')
    .replace(/([([]) +/g, '$1')
    .replace(/(?:^|\s)[,;:]\s*$/u, '')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
}
