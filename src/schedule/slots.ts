import type { CronExpression } from 'cron-parser';
import type { Redis } from 'ioredis';
import { loadScript, runScript } from '../redis/script.js';
import { isTimeZone, parseCron } from './cron.js';
import { ScheduleError } from './errors.js';

/**
 * Posting slots: cron expressions in the operator's time zone ("30 8 * * 1-5" in Europe/Paris), one
 * article per slot per account. A slot is a wall-clock time in that zone:
 *
 *   spring forward, Paris 2027-03-28        autumn back, Paris 2027-10-31
 *   01:59 CET ─┐                            02:00 CEST … 02:59 CEST ─┐
 *              └► 03:00 CEST                                         └► 02:00 CET … 02:59 CET
 *   02:00–02:59 never happen.               02:00–02:59 happen twice.
 *
 * - 08:30 stays 08:30 local on both sides of either change (its UTC time moves by an hour).
 * - A slot whose wall time does not exist that day (02:30) moves to the first minute after the gap
 *   (03:00): the day keeps its post. Slots that land on the same instant (02:30 and 03:00) are one.
 * - A wall time that happens twice (02:30) is a slot once, the first time (02:30 CEST).
 *
 * So the cron expression is evaluated on wall-clock times (in UTC, which has no DST), and each wall
 * time is then placed in the zone by the two rules above. This also holds for zones whose clocks
 * jump at midnight (America/Santiago) or by 30 minutes (Australia/Lord_Howe), where cron-parser's
 * own time-zone mode skips the day or gives up.
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
  if (!isTimeZone(timezone)) {
    throw new ScheduleError(
      timezone,
      'this is not a time zone',
      'Use an IANA time zone such as "Europe/Paris" or "UTC"',
    );
  }
  const streams = slots.map((slot) => new SlotStream(slot, timezone, after));
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

/** Wall-clock times are read a little before `after`, so a slot moved forward out of a gap is not missed. */
const LOOK_BACK_MS = 26 * 3_600_000;

/** One cron expression's slot instants (epoch ms), increasing, all strictly after `after`. */
class SlotStream {
  readonly #cron: CronExpression;
  #next: number;

  constructor(
    private readonly slot: string,
    private readonly timezone: string,
    private readonly after: Date,
  ) {
    this.#cron = parseCron(slot, 'UTC', new Date(wallTime(after.getTime(), timezone) - LOOK_BACK_MS));
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
      let wall: number;
      try {
        wall = this.#cron.next().getTime();
      } catch (error) {
        throw new ScheduleError(
          this.slot,
          `cannot compute the next time of this slot after ${this.after.toISOString()} (${(error as Error).message})`,
          'Check the expression',
          { cause: error },
        );
      }
      const at = instantOf(wall, this.timezone);
      if (at > this.after.getTime()) return at;
    }
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

/** The wall-clock time in `timezone` at instant `at`, written as if it were UTC (epoch ms, same milliseconds). */
function wallTime(at: number, timezone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatter(timezone).formatToParts(at)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const { year = 1970, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = parts;
  const ms = ((at % 1000) + 1000) % 1000;
  return Date.UTC(year, month - 1, day, hour, minute, second, ms);
}

/** The zone's offset from UTC at instant `at`, in ms. */
function offsetAt(at: number, timezone: string): number {
  return wallTime(at, timezone) - at;
}

/**
 * The instant a wall-clock time happens in `timezone`: the earlier one if it happens twice, the end
 * of the gap if it does not happen at all. The offsets a day before and a day after cover every
 * real transition (they are months apart).
 */
function instantOf(wall: number, timezone: string): number {
  const before = offsetAt(wall - 86_400_000, timezone);
  const after = offsetAt(wall + 86_400_000, timezone);
  const candidates = [wall - before, wall - after].filter((at) => wallTime(at, timezone) === wall);
  if (candidates.length > 0) return Math.min(...candidates);
  // In a gap: the clocks jumped from `before` to `after` between these two instants, on a whole minute.
  let lo = Math.floor((wall - after) / 60_000) * 60_000;
  let hi = Math.ceil((wall - before) / 60_000) * 60_000;
  while (hi - lo > 60_000) {
    const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
    if (offsetAt(mid, timezone) === after) hi = mid;
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

/** Takes the first free candidate in one atomic step (see the script). */
const RESERVE = loadScript(new URL('./scripts/reserve-slot.lua', import.meta.url));

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
    const taken = await runScript(redis, RESERVE, [key], [String(forgetBefore), ...args]);
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
