/** The platforms crier publishes to, in the order they are shown to operators. */
export const PLATFORMS = ['x', 'bluesky', 'mastodon'] as const;
export type PlatformId = (typeof PLATFORMS)[number];

export function isPlatformId(value: string): value is PlatformId {
  return (PLATFORMS as readonly string[]).includes(value);
}

/**
 * A comma-separated list of platform names (`x,bluesky`, from `--platforms` or `?platforms=`): the platforms,
 * once each, or the message that names the unknown ones and lists the known ones.
 */
export function parsePlatformList(value: string): { platforms: PlatformId[] } | { error: string } {
  const names = value
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  const unknown = names.filter((n) => !isPlatformId(n));
  if (unknown.length > 0 || names.length === 0) {
    return { error: `unknown platform "${unknown.join(',')}": choose from ${PLATFORMS.join(', ')}` };
  }
  return { platforms: [...new Set(names)] as PlatformId[] };
}
