import { describe, expect, test } from '@jest/globals';
import { ScheduleError } from '../../../src/schedule/errors.js';
import { parseWhen } from '../../../src/schedule/when.js';

const NOW = new Date('2026-11-28T14:00:00.000Z');

describe('parseWhen', () => {
  test.each([
    ['2026-12-01T09:00+01:00', '2026-12-01T08:00:00.000Z'],
    ['2026-12-01T09:00:30+01:00', '2026-12-01T08:00:30.000Z'],
    ['2026-12-01T09:00:30.250Z', '2026-12-01T09:00:30.250Z'],
    ['2026-12-01T09:00Z', '2026-12-01T09:00:00.000Z'],
    ['2026-12-01t09:00z', '2026-12-01T09:00:00.000Z'],
    ['2026-12-01 09:00+0100', '2026-12-01T08:00:00.000Z'],
    ['2026-12-01T09:00-05:00', '2026-12-01T14:00:00.000Z'],
    ['2026-12-01T09:00+05:45', '2026-12-01T03:15:00.000Z'],
    ['2026-12-01T09:00:00+01', '2026-12-01T08:00:00.000Z'],
    ['2027-06-01T09:00+02:00', '2027-06-01T07:00:00.000Z'],
    ['2028-02-29T12:00Z', '2028-02-29T12:00:00.000Z'],
    ['  2026-12-01T09:00+01:00 ', '2026-12-01T08:00:00.000Z'],
  ])('absolute %s → %s', (input, expected) => {
    expect(parseWhen(input, NOW).toISOString()).toBe(expected);
  });

  test.each([
    ['+45s', '2026-11-28T14:00:45.000Z'],
    ['+90m', '2026-11-28T15:30:00.000Z'],
    ['+2h', '2026-11-28T16:00:00.000Z'],
    ['+1d', '2026-11-29T14:00:00.000Z'],
    ['+1h30m', '2026-11-28T15:30:00.000Z'],
    ['+1d2h3m4s', '2026-11-29T16:03:04.000Z'],
    ['+2H', '2026-11-28T16:00:00.000Z'],
  ])('relative %s → %s', (input, expected) => {
    expect(parseWhen(input, NOW).toISOString()).toBe(expected);
  });

  test('a time less than a minute ago is accepted (clock skew), as is now', () => {
    expect(parseWhen('2026-11-28T13:59:30Z', NOW).toISOString()).toBe('2026-11-28T13:59:30.000Z');
    expect(parseWhen('2026-11-28T14:00Z', NOW).toISOString()).toBe(NOW.toISOString());
  });

  test.each([
    ['2026-12-01T09:00', /no UTC offset, so it is ambiguous.*2026-12-01T09:00\+01:00/],
    ['2026-12-01T09:00:00', /ambiguous/],
    ['2026-12-01', /a date alone has no time of day/],
    ['tomorrow', /not a time crier understands/],
    ['', /not a time crier understands/],
    ['+', /needs a number and a unit/],
    ['+90', /not a time crier understands/],
    ['+1h-30m', /not a time crier understands/],
    ['90m', /not a time crier understands/],
    ['-5m', /not a time crier understands/],
    ['2026-02-30T09:00Z', /does not exist/],
    ['2026-12-01T24:30Z', /does not exist/],
    ['2026-12-01T09:60Z', /does not exist/],
    ['2026-12-01T09:00+25:00', /does not exist/],
    ['2026-11-28T13:58Z', /in the past/],
    ['2025-12-01T09:00+01:00', /in the past/],
  ])('%j is refused: %s', (input, message) => {
    expect(() => parseWhen(input, NOW)).toThrow(ScheduleError);
    expect(() => parseWhen(input, NOW)).toThrow(message);
  });

  test('the error says how to fix it', () => {
    try {
      parseWhen('next friday', NOW);
      throw new Error('expected a ScheduleError');
    } catch (error) {
      expect(error).toBeInstanceOf(ScheduleError);
      expect((error as ScheduleError).hint).toMatch(/2026-12-01T09:00\+01:00.*\+90m/);
    }
  });
});
