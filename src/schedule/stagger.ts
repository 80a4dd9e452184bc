import type { Settings } from '../config.js';
import type { PlatformId } from '../platforms/platform.js';

/**
 * How long after the article's time this platform's post goes out (settings.schedule.staggerMinutes),
 * e.g. Mastodon 10 minutes after X so followers on both do not see the same post at once.
 */
export function staggerMs(platform: PlatformId, settings: Settings): number {
  const minutes = settings.schedule.staggerMinutes[platform] ?? 0;
  return Math.round(minutes * 60_000);
}
