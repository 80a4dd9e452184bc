import type { CronExpression } from 'cron-parser';
import type { Redis } from 'ioredis';
import { parseCron } from './cron.js';
import { ScheduleError } from './errors.js';

/**
 * Posting slots: cron expressions in the operator's time zone ("30 8 * * 1-5" in Europe/Paris), one
 * article per slot per account.
 *
 * Daylight-saving changes follow cron(8) (cronie/Vixie), so a slot means a wall-clock time:
 *
 *   spring forward, Paris 2027-03-28        autumn back, Paris 2027-10-31
 *   01:59 CET ─┐                            02:00 CEST ... 02:59 CEST ─┐
 *              └► 03:00 CEST                                           └► 02:00 CET ... 02:59 CET
 *   02:00–02:59 never happen.               02:00–02:59 happen twice.
 *
 * - A slot on a fixed time inside the skipped hour (02:30) is moved to the first minute that exists
 *   after the gap (03:00 local): the day keeps its post. If that lands on another slot (03:00), the
 *   two are one slot that day.
 * - A slot on a fixed time inside the repeated hour (02:30) fires once, at the first 02:30 (CEST).
 * - Wildcard-hour slots ("0 * * * *") follow elapsed time: no 02:00 in spring, both 02:00 in autumn.
 * - 08:30 stays 08:30 local on both sides of either change (its UTC time moves by an hour).
 */

/** The first `count` slot times strictly after `after`, merged across `slots`, each instant once. */
export function nextSlotTimes(slots: readonly string[], timezone: string, after: Date, count: number): Date[] {
  if (slots.length === 0) {
    throw new ScheduleError(
      '[]',
      'no posting slots are configured',
      'Add cron expressions to settings.schedule.slots, e.g. ["30 8 * * 1-5"], or schedule with --at',
    );
  }
  const streams = slots.map((slot) => new SlotStream(parseCron(slot, timezone, after), timezone, after));
  const times: Date[] = [];
  let last = -Infinity;
  while (times.length < count) {
    let earliest: SlotStream | undefined;
    for (const stream of streams) if (!earliest || stream.peek() < earliest.peek()) earliest = stream;
    if (!earliest) break;
    const at = earliest.take();
    if (at > last) times.push(new Date(at));
    last = at;
  }
  return times;
}

/** One cron expression's occurrences as epoch ms, with the spring-gap rule applied, all after `after`. */
class SlotStream {
  #next: number;
  constructor(
    private readonly cron: CronExpression,
    private readonly timezone: string,
    private readonly after: Date,
  ) {
    this.#next = this.advance();
  }

  peek(): number {
    return this.#next;
  }

  take(): number {
    const at = this.#next;
    this.#next = this.advance();
    return at;
  }

  private advance(): number {
    for (;;) {
      let at: number;
      try {
        at = this.cron.next().getTime();
      } catch (error) {
        // cron-parser gives up on some half-hour DST shifts (Australia/Lord_Howe) and on impossible dates.
        throw new ScheduleError(
          this.cron.stringify(),
          `cannot compute the next time of this slot in ${this.timezone} after ${this.after.toISOString()} (${(error as Error).message})`,
          'Check the expression, or pick another time of day for it',
          { cause: error },
        );
      }
      const moved = this.inGap(at) ? gapEnd(at, this.timezone) : at;
      if (moved > this.after.getTime()) return moved;
    }
  }

  /**
   * cron-parser (through Luxon) turns a wall time that does not exist into the same wall time an
   * hour later (02:30 → 03:30). Such a result does not match the expression's own hour/minute.
   */
  private inGap(at: number): boolean {
    const { hour, minute } = wallClock(at, this.timezone);
    const fields = this.cron.fields;
    const hours: readonly number[] = fields.hour.values;
    const minutes: readonly number[] = fields.minute.values;
    return !hours.includes(hour) || !minutes.includes(minute);
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timezone: string): Intl.DateTimeFormat {
  let format = formatters.get(timezone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: timezone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timezone, format);
  }
  return format;
}

function wallClock(at: number, timezone: string) {
  const parts: Record<string, number> = {};
  for (const part of formatter(timezone).formatToParts(at)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = parts;
  return { year, month, day, hour, minute, second };
}

/** The zone's UTC offset at `at`, in minutes. */
function offsetMinutes(at: number, timezone: string): number {
  const w = wallClock(at, timezone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - Math.floor(at / 1000) * 1000) / 60_000);
}

/** The instant the clocks jumped forward, found by bisection on whole minutes before `shifted`. */
function gapEnd(shifted: number, timezone: string): number {
  const after = offsetMinutes(shifted, timezone);
  // Every real gap is at most a few hours wide; the shifted time lies within one gap's width of it.
  let lo = shifted - 3 * 3_600_000;
  let hi = shifted;
  if (offsetMinutes(lo, timezone) === after) return shifted;
  while (hi - lo > 60_000) {
    const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
    if (offsetMinutes(mid, timezone) === after) hi = mid;
    else lo = mid;
  }
  return hi;
}

// ---------- reservations in Redis ----------

export interface SlotOptions {
  redis: Redis;
  prefix: string;
  /** "platform:account", e.g. "mastodon:default". */
  account: string;
  slots: readonly string[];
  timezone: string;
  after: Date;
}

/** How many slots one reservation looks at before giving up (years of weekday slots). */
const MAX_CANDIDATES = 5_000;
/** Usually the first free slot is among the first few; batches grow when many are taken. */
const FIRST_BATCH = 8;
const MAX_BATCH = 256;
/** Reservations this old are forgotten: nobody schedules into last week. */
const KEEP_PAST_MS = 7 * 86_400_000;

/**
 * Takes the first free candidate in one atomic step, so concurrent callers (any number of processes)
 * never get the same slot. KEYS[1]: the account's reservations (sorted set, score = epoch ms,
 * member = ISO time). ARGV[1]: forget reservations before this; ARGV[2..]: score, member pairs.
 */
const RESERVE_SCRIPT = `
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', '(' .. ARGV[1])
for i = 2, #ARGV, 2 do
  if redis.call('ZADD', KEYS[1], 'NX', ARGV[i], ARGV[i + 1]) == 1 then return ARGV[i + 1] end
end
return false
`;

export function slotKey(prefix: string, account: string): string {
  return `${prefix}:slot-reservations:${account}`;
}

/** Reserves and returns the first slot strictly after `after` that no other article has for `account`. */
export async function reserveSlot({ redis, prefix, account, slots, timezone, after }: SlotOptions): Promise<Date> {
  const key = slotKey(prefix, account);
  const forgetBefore = Math.min(Date.now(), after.getTime()) - KEEP_PAST_MS;
  let from = after;
  for (
    let seen = 0, batch = FIRST_BATCH;
    seen < MAX_CANDIDATES;
    seen += batch, batch = Math.min(batch * 2, MAX_BATCH)
  ) {
    const candidates = nextSlotTimes(slots, timezone, from, batch);
    const last = candidates.at(-1);
    if (!last) break;
    const args = candidates.flatMap((at) => [String(at.getTime()), at.toISOString()]);
    const taken = await redis.eval(RESERVE_SCRIPT, 1, key, String(forgetBefore), ...args);
    if (typeof taken === 'string') return new Date(taken);
    from = last;
  }
  throw new ScheduleError(
    slots.join(', '),
    `the next ${MAX_CANDIDATES} posting slots of ${account} are all taken`,
    'Add posting slots, cancel scheduled articles, or schedule with --at',
  );
}

/** Frees a slot reserved by `reserveSlot` (the article was cancelled or moved). Freeing a free slot is a no-op. */
export async function releaseSlot({
  redis,
  prefix,
  account,
  at,
}: {
  redis: Redis;
  prefix: string;
  account: string;
  at: Date;
}): Promise<void> {
  await redis.zrem(slotKey(prefix, account), at.toISOString());
}
