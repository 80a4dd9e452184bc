import chardet from 'chardet';
import iconv from 'iconv-lite';

/**
 * Bytes that are not UTF-8 (a Latin-1 or Windows-1252 article is common in the wild): read with the
 * charset the source declares, else with the one chardet finds most likely, else refused. This is not
 * mojibake.ts's case: that one repairs text that *was* UTF-8 and was decoded with the wrong code page.
 */

/** The least confidence (chardet's 0–100 scale) at which a guessed encoding is used rather than refused. */
const MIN_CONFIDENCE = 50;

/** A charset named by the source itself, and where: "its Content-Type", "its <meta charset>". */
export interface DeclaredCharset {
  charset: string;
  by: string;
}

export type LegacyReading = { ok: true; text: string; note: string } | { ok: false; problem: string };

/** U+FFFD or a C1 control: bytes the encoding has no character for, so it is not the text's encoding. */
const UNREADABLE = /[\uFFFD\u0080-\u009F]/;

/** WHATWG reads the ISO-8859-1 label as Windows-1252, its superset: so do browsers, and so does crier. */
function decoderFor(name: string): string {
  return /^(iso-8859-1|latin1|us-ascii|ascii)$/i.test(name) ? 'windows-1252' : name;
}

/** UTF-16 text, told by its byte order mark (which is dropped). */
export function decodeUtf16(bytes: Buffer, order: 'le' | 'be'): string {
  return iconv.decode(bytes, `utf-16${order}`);
}

function hasNonAscii(bytes: Uint8Array): boolean {
  return bytes.some((byte) => byte >= 0x80);
}

/** The text in a declared non-UTF-8 charset; undefined when iconv-lite does not know the name. */
export function decodeDeclared(bytes: Buffer, declared: DeclaredCharset): LegacyReading | undefined {
  if (!iconv.encodingExists(declared.charset)) return undefined;
  const text = iconv.decode(bytes, decoderFor(declared.charset));
  return { ok: true, text, note: hasNonAscii(bytes) ? `read as ${declared.charset}, as ${declared.by} says` : '' };
}

/** Bytes that are not valid UTF-8 and declare nothing: the likeliest legacy encoding, when chardet is sure enough. */
export function decodeDetected(bytes: Buffer): LegacyReading {
  const [best] = chardet.analyse(bytes).filter((match) => iconv.encodingExists(match.name));
  if (!best || best.confidence < MIN_CONFIDENCE) {
    const guess = best ? ` (the best guess, ${best.name}, is ${best.confidence}% likely)` : '';
    return { ok: false, problem: `it is not UTF-8, and its encoding cannot be told with confidence${guess}` };
  }
  const text = iconv.decode(bytes, decoderFor(best.name));
  if (UNREADABLE.test(text)) {
    return { ok: false, problem: `it is not UTF-8, and it does not read as ${best.name} either` };
  }
  return { ok: true, text, note: `not UTF-8: read as ${best.name} (detected, ${best.confidence}% likely)` };
}
