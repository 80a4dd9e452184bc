import { describe, expect, test } from '@jest/globals';
import iconv from 'iconv-lite';
import { HIGH_HALVES } from '../../../src/article/code-pages.js';

/** The tables mojibake.ts repairs with are written out (code-pages.ts): they must read bytes as iconv-lite does. */
describe('code pages', () => {
  const highBytes = Buffer.from(Array.from({ length: 0x80 }, (_, i) => 0x80 + i));
  test.each(Object.entries(HIGH_HALVES))('%s: bytes 0x80–0xFF as iconv-lite decodes them', (page, chars) => {
    expect(chars).toHaveLength(0x80);
    expect(chars).toBe(iconv.decode(highBytes, page));
  });
});
