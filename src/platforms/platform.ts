/** The platforms crier publishes to, in the order they are shown to operators. */
export const PLATFORMS = ['x', 'bluesky', 'mastodon'] as const;
export type PlatformId = (typeof PLATFORMS)[number];

export function isPlatformId(value: string): value is PlatformId {
  return (PLATFORMS as readonly string[]).includes(value);
}
