import iconv from 'iconv-lite';
import { IntakeError } from './intake-error.js';

/** "5 MB", "50.0 MB", "812 KB": sizes the way an operator reads them. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) {
    const mb = bytes / (1024 * 1024);
    return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
  }
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Control characters other than tab, newline, form feed and carriage return: a text never has many. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) control++;
  }
  return control > sample.length * 0.02;
}

/**
 * Bytes → text. UTF-8 (with or without BOM) first; UTF-16 by its BOM; a declared charset (HTTP or
 * `<meta charset>`) through iconv-lite; otherwise Windows-1252, which is what a non-UTF-8 text file
 * of a Western European writer almost always is.
 */
export function decodeText(source: string, bytes: Uint8Array, charset?: string): string {
  const text = decodeBytes(source, bytes, charset);
  if (text.trim() === '')
    throw new IntakeError(
      source,
      bytes.length === 0 ? 'it is empty' : 'it holds only blank space',
      'Give an article with a title and some text',
    );
  return text;
}

function decodeBytes(source: string, bytes: Uint8Array, charset?: string): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return iconv.decode(buffer, 'utf-16le');
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return iconv.decode(buffer, 'utf-16be');
  if (looksBinary(bytes))
    throw new IntakeError(
      source,
      'this is a binary file, not text',
      'Give a Markdown (.md), JSON (.json), HTML (.html) or plain-text (.txt) article',
    );
  const declared = charset?.trim().toLowerCase();
  if (declared && !/^utf-?8$/.test(declared) && iconv.encodingExists(declared)) return iconv.decode(buffer, declared);
  try {
    return strictUtf8.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return iconv.decode(buffer, 'windows-1252');
  }
}
