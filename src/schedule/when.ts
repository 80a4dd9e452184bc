import { ScheduleError } from './errors.js';

/**
 * `--at` values: an ISO-8601 / RFC 3339 instant that carries its offset, or a delay from now.
 *
 *   2026-12-01T09:00+01:00   2026-12-01T09:00:30.250Z   2026-12-01 09:00+0100
 *   +45s  +90m  +2h  +1d  +1h30m  +1d2h
 *
 * A wall-clock time without an offset is refused rather than guessed: the operator's shell, the
 * worker host and the posting slots' time zone may all differ, and a post an hour off is a bug.
 * `d` is 24 hours, not "same time tomorrow" (no time zone is involved in a relative time).
 */

/** A time this far in the past is a typo, not clock skew between the operator and the worker. */
const PAST_TOLERANCE_MS = 60_000;

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)?$/;
const RELATIVE = /^\+(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/i;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

const UNIT_MS = { d: 86_400_000, h: 3_600_000, m: 60_000, s: 1_000 } as const;

const EXAMPLES =
  'Use an ISO-8601 time with its offset (2026-12-01T09:00+01:00, or Z for UTC) or a delay (+90m, +2h, +1d)';

export function parseWhen(input: string, now: Date): Date {
  const text = input.trim();
  const at = RELATIVE.test(text) ? parseRelative(text, now) : parseAbsolute(text);
  if (at.getTime() < now.getTime() - PAST_TOLERANCE_MS) {
    throw new ScheduleError(
      input,
      `this is in the past (${at.toISOString()}, now is ${now.toISOString()})`,
      'Give a future time, or leave out --at to post now',
    );
  }
  return at;
}

function parseRelative(text: string, now: Date): Date {
  const match = RELATIVE.exec(text);
  const [, d, h, m, s] = match ?? [];
  if (d === undefined && h === undefined && m === undefined && s === undefined) {
    throw new ScheduleError(text, 'a delay needs a number and a unit', 'Write it as +45s, +90m, +2h, +1d or +1h30m');
  }
  const ms =
    Number(d ?? 0) * UNIT_MS.d + Number(h ?? 0) * UNIT_MS.h + Number(m ?? 0) * UNIT_MS.m + Number(s ?? 0) * UNIT_MS.s;
  const at = new Date(now.getTime() + ms);
  if (!Number.isFinite(at.getTime())) {
    throw new ScheduleError(text, 'this delay is too large', 'Give a delay of at most a few years');
  }
  return at;
}

function parseAbsolute(text: string): Date {
  if (DATE_ONLY.test(text)) {
    throw new ScheduleError(text, 'a date alone has no time of day', `Add the time and its offset. ${EXAMPLES}`);
  }
  const match = ISO.exec(text);
  if (!match) throw new ScheduleError(text, 'this is not a time crier understands', EXAMPLES);
  const [, year, month, day, hour, minute, second, fraction, zulu, sign, offsetHours, offsetMinutes] = match;
  if (zulu === undefined && sign === undefined) {
    throw new ScheduleError(
      text,
      'this time has no UTC offset, so it is ambiguous',
      `Add the offset of the time zone you mean, e.g. ${text}+01:00 for Paris in winter or ${text}Z for UTC`,
    );
  }
  const fields = {
    year: Number(year),
    month: Number(month),
    day: Number(day),
    hour: Number(hour),
    minute: Number(minute),
    second: Number(second ?? 0),
    ms: Math.floor(Number(`0.${fraction ?? '0'}`) * 1000),
  };
  const offsetMin =
    sign === undefined ? 0 : (sign === '-' ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes ?? 0));
  const local = Date.UTC(
    fields.year,
    fields.month - 1,
    fields.day,
    fields.hour,
    fields.minute,
    fields.second,
    fields.ms,
  );
  // Date.UTC rolls 31 April over to 1 May; reading the fields back catches every out-of-range part at once.
  const check = new Date(local);
  const valid =
    check.getUTCFullYear() === fields.year &&
    check.getUTCMonth() === fields.month - 1 &&
    check.getUTCDate() === fields.day &&
    check.getUTCHours() === fields.hour &&
    check.getUTCMinutes() === fields.minute &&
    check.getUTCSeconds() === fields.second &&
    Math.abs(offsetMin) < 24 * 60 &&
    Number(offsetMinutes ?? 0) < 60;
  if (!valid) throw new ScheduleError(text, 'this date or time does not exist', EXAMPLES);
  return new Date(local - offsetMin * 60_000);
}
