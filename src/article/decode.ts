import type { DeclaredCharset } from './charset.js';
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

/** Text read from bytes, and the one line to show when it was not UTF-8 ("read as windows-1252, …"). */
export interface DecodedText {
  text: string;
  note?: string;
}

/**
 * Bytes → text. UTF-16 by its BOM; a declared charset (HTTP or `<meta charset>`) through iconv-lite;
 * UTF-8 (with or without BOM); otherwise the legacy encoding chardet finds (charset.ts), said in `note`,
 * or a refusal when it cannot be told with confidence.
 * charset.ts (iconv-lite, chardet: ~0.7 MB of code to compile) is loaded only for bytes that are not UTF-8, so
 * `crier preview` of a UTF-8 file does not pay for it (bench/cli.ts).
 */
export async function decodeText(source: string, bytes: Uint8Array, declared?: DeclaredCharset): Promise<DecodedText> {
  const decoded = await decodeBytes(source, bytes, declared);
  if (decoded.text.trim() === '')
    throw new IntakeError(
      source,
      bytes.length === 0 ? 'it is empty' : 'it holds only blank space',
      'Give an article with a title and some text',
    );
  return decoded;
}

const legacy = () => import('./charset.js');

async function decodeBytes(source: string, bytes: Uint8Array, declared?: DeclaredCharset): Promise<DecodedText> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return { text: (await legacy()).decodeUtf16(buffer, 'le') };
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return { text: (await legacy()).decodeUtf16(buffer, 'be') };
  if (looksBinary(bytes))
    throw new IntakeError(
      source,
      'this is a binary file, not text',
      'Give a Markdown (.md), JSON (.json), HTML (.html) or plain-text (.txt) article',
    );
  const charset = declared?.charset.trim().toLowerCase();
  const reading =
    declared && charset && !/^utf-?8$/.test(charset)
      ? (await legacy()).decodeDeclared(buffer, { ...declared, charset })
      : undefined;
  if (reading?.ok)
    return reading.note ? { text: reading.text, note: `${source}: ${reading.note}` } : { text: reading.text };
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    const detected = (await legacy()).decodeDetected(buffer);
    if (!detected.ok) throw new IntakeError(source, detected.problem, 'Save it as UTF-8 and give it again');
    return { text: detected.text, note: `${source}: ${detected.note}` };
  }
  return { text: text.replace(/^\uFEFF/, '') };
}
