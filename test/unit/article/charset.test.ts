import { describe, expect, test } from '@jest/globals';
import iconv from 'iconv-lite';
import { decodeText } from '../../../src/article/decode.js';
import { IntakeError } from '../../../src/article/intake-error.js';

/**
 * Text that is not UTF-8 (decode.ts, charset.ts): read as the encoding it declares or, failing that, the
 * one chardet finds, and said in one line; refused when no encoding reads it with confidence.
 */

const FRENCH =
  'Les abeilles sauvages reviennent en ville\n\nLes abeilles sauvages reviennent dans les parcs urbains, selon une étude publiée ce mois-ci. Été comme hiver, elles coopèrent.';
const ENGLISH =
  'It’s back: the “café” menu\n\nThe café’s menu was short. “We didn’t expect it,” she said — and it cost 5 €.';
const GERMAN =
  'Größere Straßen für München\n\nDie Bürger überlegen, ob die Änderungen nötig sind. Öffentliche Verkehrsmittel müssen schöner werden.';
const JAPANESE = '野生のミツバチが街に戻ってくる\n\n都市の公園に野生のミツバチが戻ってきている。';

describe('decodeText', () => {
  test.each<[string, Uint8Array, { charset: string; by: string } | undefined, string, RegExp | undefined]>([
    ['UTF-8', Buffer.from(FRENCH), undefined, FRENCH, undefined],
    ['UTF-8 with a BOM', Buffer.from(`\uFEFF${FRENCH}`), undefined, FRENCH, undefined],
    ['UTF-16 by its BOM', iconv.encode(FRENCH, 'utf-16le', { addBOM: true }), undefined, FRENCH, undefined],
    [
      'Latin-1, undeclared',
      iconv.encode(FRENCH, 'latin1'),
      undefined,
      FRENCH,
      /^a\.txt: not UTF-8: read as ISO-8859-1 \(detected, \d+% likely\)$/,
    ],
    [
      'Windows-1252 (curly quotes, €), undeclared',
      iconv.encode(ENGLISH, 'windows-1252'),
      undefined,
      ENGLISH,
      /^a\.txt: not UTF-8: read as windows-1252 \(detected/,
    ],
    ['German Latin-1, undeclared', iconv.encode(GERMAN, 'latin1'), undefined, GERMAN, /read as ISO-8859-1/],
    ['Shift_JIS, undeclared', iconv.encode(JAPANESE, 'shift_jis'), undefined, JAPANESE, /read as Shift_JIS/],
    [
      'Windows-1252, declared',
      iconv.encode(ENGLISH, 'windows-1252'),
      { charset: 'windows-1252', by: 'its Content-Type' },
      ENGLISH,
      /^a\.txt: read as windows-1252, as its Content-Type says$/,
    ],
    [
      'ASCII declared as Latin-1: nothing to say',
      Buffer.from('Plain\n\ntext'),
      { charset: 'iso-8859-1', by: 'x' },
      'Plain\n\ntext',
      undefined,
    ],
    // Mojibake is valid UTF-8: decoded as it is, repaired later by mojibake.ts.
    ['UTF-8 mojibake', Buffer.from('coopÃ©ration'), undefined, 'coopÃ©ration', undefined],
  ])('%s', async (_name, bytes, declared, text, note) => {
    const decoded = await decodeText('a.txt', bytes, declared);
    expect(decoded.text).toBe(text);
    if (note) expect(decoded.note).toMatch(note);
    else expect(decoded.note).toBeUndefined();
  });

  test.each([
    [
      'bytes no encoding reads',
      Buffer.from([...Buffer.from('Title\n\nText '), 0xff, 0xfe, 0xc3, 0x28, 0x80, 0x81, 0x8d, 0x9d]),
    ],
    ['a few accented letters, too little to tell', iconv.encode('Café\n\nUn café.', 'latin1')],
  ])('%s: refused, with how to fix it', async (_name, bytes) => {
    await expect(decodeText('a.txt', bytes)).rejects.toThrow(IntakeError);
    await expect(decodeText('a.txt', bytes)).rejects.toThrow(
      /^a\.txt: it is not UTF-8, and (its encoding cannot be told with confidence|it does not read as).*\. Save it as UTF-8 and give it again$/,
    );
  });
});
