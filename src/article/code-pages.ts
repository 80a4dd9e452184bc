/**
 * What the single-byte code pages that garble UTF-8 (mojibake.ts) make of the bytes 0x80–0xFF: the character at
 * index i is byte 0x80 + i, U+FFFD where the page has none. The same as iconv-lite decodes them
 * (test/unit/article/code-pages.test.ts checks every byte), written out so that `crier preview` does not load
 * iconv-lite's ~0.5 MB of encodings to read five tables of 128 characters (bench/cli.ts).
 */

/** 0x80–0x9F as the C1 controls of the same number, as ISO-8859-1, -2 and -16 read them. */
const C1 = String.fromCharCode(...Array.from({ length: 0x20 }, (_, i) => 0x80 + i));

export const HIGH_HALVES = {
  'windows-1252':
    '€\ufffd‚\u0192„…†‡\u02c6‰Š‹Œ\ufffdŽ\ufffd\ufffd‘’“”•–—\u02dc™š›œ\ufffdžŸ' +
    '\u00a0¡¢£¤¥¦§¨©ª«¬\u00ad®¯°±²³´µ¶·¸¹º»¼½¾¿' +
    'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞß' +
    'àáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ',
  'windows-1250':
    '€\ufffd‚\ufffd„…†‡\ufffd‰Š‹ŚŤŽŹ\ufffd‘’“”•–—\ufffd™š›śťžź' +
    '\u00a0\u02c7\u02d8Ł¤Ą¦§¨©Ş«¬\u00ad®Ż°±\u02dbł´µ¶·¸ąş»Ľ\u02ddľż' +
    'ŔÁÂĂÄĹĆÇČÉĘËĚÍÎĎĐŃŇÓÔŐÖ×ŘŮÚŰÜÝŢß' +
    'ŕáâăäĺćçčéęëěíîďđńňóôőö÷řůúűüýţ\u02d9',
  'iso-8859-16':
    C1 +
    '\u00a0ĄąŁ€„Š§š©\u0218«Ź\u00adźŻ°±ČłŽ”¶·žč\u0219»ŒœŸż' +
    'ÀÁÂĂÄĆÆÇÈÉÊËÌÍÎÏĐŃÒÓÔŐÖŚŰÙÚÛÜĘ\u021aß' +
    'àáâăäćæçèéêëìíîïđńòóôőöśűùúûüę\u021bÿ',
  'iso-8859-2':
    C1 +
    '\u00a0Ą\u02d8Ł¤ĽŚ§¨ŠŞŤŹ\u00adŽŻ°ą\u02dbł´ľś\u02c7¸šşťź\u02ddžż' +
    'ŔÁÂĂÄĹĆÇČÉĘËĚÍÎĎĐŃŇÓÔŐÖ×ŘŮÚŰÜÝŢß' +
    'ŕáâăäĺćçčéęëěíîďđńňóôőö÷řůúűüýţ\u02d9',
  latin1: C1 + String.fromCharCode(...Array.from({ length: 0x60 }, (_, i) => 0xa0 + i)),
} as const;

export type CodePage = keyof typeof HIGH_HALVES;
