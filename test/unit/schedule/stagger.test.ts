import { describe, expect, test } from '@jest/globals';
import { loadSettings } from '../../../src/config.js';
import { staggerMs } from '../../../src/schedule/stagger.js';

describe('staggerMs', () => {
  const settings = loadSettings(undefined, { schedule: { staggerMinutes: { x: 0, bluesky: 2.5, mastodon: 10 } } });

  test.each([
    ['x', 0],
    ['bluesky', 150_000],
    ['mastodon', 600_000],
  ] as const)('%s waits %i ms after the article time', (platform, ms) => {
    expect(staggerMs(platform, settings)).toBe(ms);
  });

  test('the defaults post everywhere at once', () => {
    const defaults = loadSettings();
    expect([staggerMs('x', defaults), staggerMs('bluesky', defaults), staggerMs('mastodon', defaults)]).toEqual([
      0, 0, 0,
    ]);
  });
});
