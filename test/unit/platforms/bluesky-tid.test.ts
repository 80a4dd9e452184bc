import { describe, expect, test } from '@jest/globals';
import { isTid, newRecordKey, tidFromTime, tidTime } from '../../../src/platforms/bluesky/tid.js';

describe('TIDs', () => {
  // Expected values computed with @atproto/common-web's TID.fromTime, the reference implementation.
  test.each([
    [1_700_000_000_000_000, 0, '3ke6kg3wk2222'],
    [1_764_288_000_000_000, 7, '3m6nlbsf2222b'],
    [1_764_288_000_000_001, 31, '3m6nlbsf2232z'],
    [1_700_000_000_123_456, 512, '3ke6kg42cm2k2'],
    [2 ** 53 - 1, 1023, 'bzzzzzzzzzzzz'],
  ])('%d µs, clock %d → %s', (micros, clock, tid) => {
    expect(tidFromTime(micros, clock)).toBe(tid);
    expect(isTid(tid)).toBe(true);
    expect(tidTime(tid)).toBe(micros);
  });

  test.each([
    ['3ke6kg3wk2222', true],
    ['3ke6kg3wk222', false], // 12 characters
    ['3ke6kg3wk22222', false], // 14 characters
    ['kke6kg3wk2222', false], // first character beyond "j": top bit set
    ['3ke6kg3wk2221', false], // "1" is not in the alphabet
    ['3KE6KG3WK2222', false], // upper case
    ['self', false],
  ])('isTid(%s) → %s', (value, expected) => {
    expect(isTid(value)).toBe(expected);
  });

  test('a record key is a TID of the current time, and the parts of a thread sort in order', () => {
    const now = Date.UTC(2026, 10, 28, 14, 0, 0);
    const keys = [0, 1, 2].map((index) => newRecordKey('job-1', index, now));
    expect(keys.every(isTid)).toBe(true);
    expect([...keys].sort()).toEqual(keys);
    expect(Math.floor(tidTime(keys[0] ?? '') / 1000)).toBe(now);
    // Two jobs planned in the same microsecond still get different keys (the clock id comes from the job).
    expect(newRecordKey('job-1', 0, now)).not.toBe(newRecordKey('job-2', 0, now));
  });

  test('many posts planned in the same millisecond get different keys, within that millisecond', () => {
    const now = 1_764_288_000_000;
    const keys = Array.from({ length: 500 }, (_, job) => newRecordKey(`job-${job}`, 0, now));
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.every((key) => Math.floor(tidTime(key) / 1000) === now)).toBe(true);
  });
});
