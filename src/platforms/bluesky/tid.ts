import { createHash } from 'node:crypto';

/**
 * Timestamp identifiers (TIDs), the record keys of `app.bsky.feed.post` (docs/platforms/bluesky.md).
 *
 *   64 bits:  0 | 53 bits: microseconds since 1970 | 10 bits: clock id
 *   written as 13 characters of "base32-sortable", most significant first, so that keys sort by time:
 *
 *     3l2mabcdefg7x      first character carries 4 bits (the top bit is 0): only "2"…"j"
 *     └┬┘└────┬───┘└┬┘
 *      time (11 chars) clock (2)
 *
 * The PDS checks rkeys of known collections against the lexicon's key type, so a key we pick
 * ourselves (to make writes idempotent) must have exactly this shape.
 */
const ALPHABET = '234567abcdefghijklmnopqrstuvwxyz';
const TID_PATTERN = /^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$/;

export function isTid(value: string): boolean {
  return TID_PATTERN.test(value);
}

/** The TID for a time in microseconds and a clock id (0–1023). */
export function tidFromTime(microseconds: number, clockId: number): string {
  if (!Number.isSafeInteger(microseconds) || microseconds < 0) throw new RangeError(`bad TID time: ${microseconds}`);
  let bits = (BigInt(microseconds) << 10n) | BigInt(clockId & 0x3ff);
  let text = '';
  for (let i = 0; i < 13; i++) {
    text = ALPHABET.charAt(Number(bits & 31n)) + text;
    bits >>= 5n;
  }
  return text;
}

/** Microseconds since 1970 encoded in a TID. */
export function tidTime(tid: string): number {
  let bits = 0n;
  for (const char of tid) bits = (bits << 5n) | BigInt(ALPHABET.indexOf(char));
  return Number(bits >> 10n);
}

/**
 * A fresh record key for part `index` of the post identified by `idempotencyKey`: the current millisecond, a
 * spread of up to 900 µs drawn from the key, plus the part index (so the parts of a thread planned within one
 * millisecond still sort in order), and a clock id drawn from the key and the index. Two posts planned in the same
 * millisecond by two workers then clash about once in 900 × 1,024 rather than once in 1,024: a clash makes the
 * second post meet the first one's record at its key and fail for good (adapter.ts, "another post already holds
 * record key"), which a cluster chaos run may have shown (docs/operating.md, "Open finding"). It is picked once and
 * stored (see adapter.ts), never recomputed.
 */
export function newRecordKey(idempotencyKey: string, index: number, nowMs = Date.now()): string {
  const clockId = createHash('sha256').update(`${idempotencyKey}\n${index}`).digest().readUInt16BE(0) & 0x3ff;
  const spread = createHash('sha256').update(idempotencyKey).digest().readUInt16BE(2) % 900;
  return tidFromTime(nowMs * 1000 + spread + index, clockId);
}
