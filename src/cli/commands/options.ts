import { InvalidArgumentError } from 'commander';
import { type PlatformId, parsePlatformList } from '../../platforms/platform.js';

/** `--platforms x,bluesky` → ['x', 'bluesky'], with a clear error for an unknown name. */
export function parsePlatforms(value: string): PlatformId[] {
  const parsed = parsePlatformList(value);
  if ('error' in parsed) throw new InvalidArgumentError(parsed.error);
  return parsed.platforms;
}
