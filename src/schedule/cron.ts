import { type CronExpression, CronExpressionParser } from 'cron-parser';
import { ScheduleError } from './errors.js';

/**
 * Cron expressions as operators write them in settings and `crier feed add --cron`: five fields
 * (minute hour day-of-month month day-of-week), evaluated in an IANA time zone. Parsed with
 * cron-parser, the library BullMQ's job schedulers use, so a feed's `--cron` means the same here
 * and in the scheduler that runs it.
 */

const CRON_HINT =
  'Write five fields: minute hour day-of-month month day-of-week, e.g. "30 8 * * 1-5" for weekdays 08:30';

export function isTimeZone(timezone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: timezone });
    return true;
  } catch {
    return false;
  }
}

/** Throws a ScheduleError saying what is wrong unless `expression` is a valid five-field cron expression. */
export function assertCron(expression: string): void {
  parseCron(expression, 'UTC', new Date(0));
}

export function parseCron(expression: string, timezone: string, after: Date): CronExpression {
  if (!isTimeZone(timezone)) {
    throw new ScheduleError(
      timezone,
      'this is not a time zone',
      'Use an IANA time zone such as "Europe/Paris" or "UTC"',
    );
  }
  const fields = expression.trim().split(/\s+/);
  if (fields.length !== 5) {
    throw new ScheduleError(expression, `a cron expression has 5 fields, this one has ${fields.length}`, CRON_HINT);
  }
  try {
    return CronExpressionParser.parse(fields.join(' '), { currentDate: after, tz: timezone });
  } catch (error) {
    throw new ScheduleError(expression, `this cron expression is invalid (${(error as Error).message})`, CRON_HINT, {
      cause: error,
    });
  }
}
