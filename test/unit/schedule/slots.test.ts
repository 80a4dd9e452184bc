import { describe, expect, test } from '@jest/globals';
import { ScheduleError } from '../../../src/schedule/errors.js';
import { nextSlotTimes } from '../../../src/schedule/slots.js';

const WEEKDAYS = ['30 8 * * 1-5', '30 12 * * 1-5', '0 18 * * 1-5'];
const iso = (dates: Date[]) => dates.map((d) => d.toISOString());

describe('nextSlotTimes', () => {
  test('weekday slots in Paris, merged in order, weekend skipped', () => {
    // Friday 2026-11-27 13:00 CET
    expect(iso(nextSlotTimes(WEEKDAYS, 'Europe/Paris', new Date('2026-11-27T12:00:00Z'), 4))).toEqual([
      '2026-11-27T17:00:00.000Z', // Fri 18:00 CET
      '2026-11-30T07:30:00.000Z', // Mon 08:30 CET
      '2026-11-30T11:30:00.000Z', // Mon 12:30
      '2026-11-30T17:00:00.000Z', // Mon 18:00
    ]);
  });

  test.each([
    ['exactly on a slot: the next one', '2026-11-30T07:30:00.000Z', '2026-11-30T11:30:00.000Z'],
    ['a millisecond before a slot: that slot', '2026-11-30T07:29:59.999Z', '2026-11-30T07:30:00.000Z'],
    ['a millisecond after a slot: the next one', '2026-11-30T07:30:00.001Z', '2026-11-30T11:30:00.000Z'],
  ])('strictly after: %s', (_, after, first) => {
    expect(iso(nextSlotTimes(WEEKDAYS, 'Europe/Paris', new Date(after), 1))).toEqual([first]);
  });

  test('two expressions naming the same instant give one slot', () => {
    expect(
      iso(nextSlotTimes(['0 9 * * *', '0 9 * * 1-5', '0 9 * * 1'], 'UTC', new Date('2026-11-29T00:00Z'), 3)),
    ).toEqual(['2026-11-29T09:00:00.000Z', '2026-11-30T09:00:00.000Z', '2026-12-01T09:00:00.000Z']);
  });

  describe('DST in Europe/Paris, 2027', () => {
    test.each([
      // spring forward, Sunday 2027-03-28 02:00 CET → 03:00 CEST
      [
        '08:30 before spring',
        '30 8 * * *',
        '2027-03-26T12:00:00Z',
        ['2027-03-27T07:30:00.000Z', '2027-03-28T06:30:00.000Z', '2027-03-29T06:30:00.000Z'],
      ],
      [
        '02:30 on the spring day moves to 03:00 CEST',
        '30 2 * * *',
        '2027-03-26T12:00:00Z',
        ['2027-03-27T01:30:00.000Z', '2027-03-28T01:00:00.000Z', '2027-03-29T00:30:00.000Z'],
      ],
      [
        '02:00–02:45 all land on 03:00 that day, once',
        '*/15 2 * * *',
        '2027-03-27T23:00:00Z',
        ['2027-03-28T01:00:00.000Z', '2027-03-29T00:00:00.000Z', '2027-03-29T00:15:00.000Z'],
      ],
      [
        '03:00 on the spring day is 03:00 CEST',
        '0 3 * * *',
        '2027-03-27T12:00:00Z',
        ['2027-03-28T01:00:00.000Z', '2027-03-29T01:00:00.000Z'],
      ],
      [
        'hourly skips the hour that does not exist',
        '0 * * * *',
        '2027-03-27T23:30:00Z',
        ['2027-03-28T00:00:00.000Z', '2027-03-28T01:00:00.000Z', '2027-03-28T02:00:00.000Z'],
      ],
      // autumn back, Sunday 2027-10-31 03:00 CEST → 02:00 CET
      [
        '08:30 before autumn',
        '30 8 * * *',
        '2027-10-29T12:00:00Z',
        ['2027-10-30T06:30:00.000Z', '2027-10-31T07:30:00.000Z', '2027-11-01T07:30:00.000Z'],
      ],
      [
        '02:30 in the repeated hour fires once (CEST)',
        '30 2 * * *',
        '2027-10-30T12:00:00Z',
        ['2027-10-31T00:30:00.000Z', '2027-11-01T01:30:00.000Z'],
      ],
      [
        '02:00 and 02:30 fire once each',
        '0,30 2 * * *',
        '2027-10-30T12:00:00Z',
        ['2027-10-31T00:00:00.000Z', '2027-10-31T00:30:00.000Z', '2027-11-01T01:00:00.000Z'],
      ],
      [
        'hourly: each wall-clock hour once, so 02:00 only in CEST',
        '0 * * * *',
        '2027-10-30T23:30:00Z',
        ['2027-10-31T00:00:00.000Z', '2027-10-31T02:00:00.000Z', '2027-10-31T03:00:00.000Z'],
      ],
      [
        'after the first 02:30 (during the second pass of the hour): the next day',
        '30 2 * * *',
        '2027-10-31T01:10:00Z',
        ['2027-11-01T01:30:00.000Z'],
      ],
    ])('%s', (_, slot, after, expected) => {
      expect(iso(nextSlotTimes([slot], 'Europe/Paris', new Date(after), expected.length))).toEqual(expected);
    });

    test('the weekday slots around both changes stay at 08:30, 12:30, 18:00 local', () => {
      const local = (d: Date) =>
        d.toLocaleString('sv-SE', { timeZone: 'Europe/Paris', weekday: 'short', hour: '2-digit', minute: '2-digit' });
      const spring = nextSlotTimes(WEEKDAYS, 'Europe/Paris', new Date('2027-03-26T00:00Z'), 6);
      const autumn = nextSlotTimes(WEEKDAYS, 'Europe/Paris', new Date('2027-10-29T00:00Z'), 6);
      for (const times of [spring, autumn]) {
        expect(times.map(local)).toEqual([
          'fre 08:30',
          'fre 12:30',
          'fre 18:00',
          'mån 08:30',
          'mån 12:30',
          'mån 18:00',
        ]);
      }
      // the same local times are an hour apart in UTC across each change
      expect(iso([spring[0], spring[3]] as Date[])).toEqual(['2027-03-26T07:30:00.000Z', '2027-03-29T06:30:00.000Z']);
      expect(iso([autumn[0], autumn[3]] as Date[])).toEqual(['2027-10-29T06:30:00.000Z', '2027-11-01T07:30:00.000Z']);
    });

    test('a reservation made inside the moved slot window does not go backwards', () => {
      // after 03:10 CEST on the spring day: the 02:30 slot (moved to 03:00) is already past
      expect(iso(nextSlotTimes(['30 2 * * *'], 'Europe/Paris', new Date('2027-03-28T01:10:00Z'), 1))).toEqual([
        '2027-03-29T00:30:00.000Z',
      ]);
    });
  });

  test.each([
    // America/New_York 2027: spring 2027-03-14 02:00 EST → 03:00 EDT, autumn 2027-11-07 02:00 EDT → 01:00 EST
    [
      'New York 09:00 across spring',
      '0 9 * * *',
      'America/New_York',
      '2027-03-13T00:00Z',
      ['2027-03-13T14:00:00.000Z', '2027-03-14T13:00:00.000Z'],
    ],
    [
      'New York 02:30 in the spring gap → 03:00 EDT',
      '30 2 * * *',
      'America/New_York',
      '2027-03-13T12:00Z',
      ['2027-03-14T07:00:00.000Z', '2027-03-15T06:30:00.000Z'],
    ],
    [
      'New York 01:30 in the repeated hour, once',
      '30 1 * * *',
      'America/New_York',
      '2027-11-06T12:00Z',
      ['2027-11-07T05:30:00.000Z', '2027-11-08T06:30:00.000Z'],
    ],
    // Australia/Sydney 2027: autumn (April 4) and spring (October 3), southern hemisphere
    [
      'Sydney 09:00 across April',
      '0 9 * * *',
      'Australia/Sydney',
      '2027-04-02T12:00Z',
      ['2027-04-02T22:00:00.000Z', '2027-04-03T23:00:00.000Z'],
    ],
    [
      'Sydney 09:00 across October',
      '0 9 * * *',
      'Australia/Sydney',
      '2027-10-01T12:00Z',
      ['2027-10-01T23:00:00.000Z', '2027-10-02T22:00:00.000Z'],
    ],
    // America/Santiago 2027: clocks go from Saturday 24:00 to Sunday 01:00 on 5 September (-04 → -03)
    [
      'Santiago: midnight does not exist on 5 September → 01:00',
      '0 0 * * *',
      'America/Santiago',
      '2027-09-03T12:00Z',
      ['2027-09-04T04:00:00.000Z', '2027-09-05T04:00:00.000Z', '2027-09-06T03:00:00.000Z'],
    ],
    // Australia/Lord_Howe: a 30-minute change, 02:00 → 02:30 on 3 October 2027 (+10:30 → +11)
    [
      'Lord Howe: 02:15 does not exist on 3 October → 02:30',
      '15 2 * * *',
      'Australia/Lord_Howe',
      '2027-10-01T12:00Z',
      // 02:15 +10:30 on the 2nd, 02:30 +11 on the 3rd, 02:15 +11 on the 4th
      ['2027-10-01T15:45:00.000Z', '2027-10-02T15:30:00.000Z', '2027-10-03T15:15:00.000Z'],
    ],
    [
      'Tokyo has no DST',
      '30 8 * * 1-5',
      'Asia/Tokyo',
      '2027-03-26T00:00Z',
      ['2027-03-28T23:30:00.000Z', '2027-03-29T23:30:00.000Z'],
    ],
  ])('%s', (_, slot, timezone, after, expected) => {
    expect(iso(nextSlotTimes([slot], timezone, new Date(after), expected.length))).toEqual(expected);
  });

  test.each([
    [[], 'UTC', /no posting slots are configured/],
    [['30 8 * *'], 'UTC', /5 fields, this one has 4/],
    [['0 30 8 * * 1-5'], 'UTC', /5 fields, this one has 6/],
    [['61 8 * * *'], 'UTC', /invalid/],
    [['every morning'], 'UTC', /5 fields/],
    [['30 8 * * *'], 'Europe/Pariss', /not a time zone/],
  ])('%j in %s is refused: %s', (slots, timezone, message) => {
    expect(() => nextSlotTimes(slots, timezone, new Date('2027-01-01T00:00Z'), 1)).toThrow(ScheduleError);
    expect(() => nextSlotTimes(slots, timezone, new Date('2027-01-01T00:00Z'), 1)).toThrow(message);
  });
});
