import { InvalidArgumentError } from 'commander';
import { isPlatformId, PLATFORMS, type PlatformId } from '../../platforms/platform.js';

/** `--platforms x,bluesky` → ['x', 'bluesky'], with a clear error for an unknown name. */
export function parsePlatforms(value: string): PlatformId[] {
  const names = value
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  const unknown = names.filter((n) => !isPlatformId(n));
  if (unknown.length > 0 || names.length === 0) {
    throw new InvalidArgumentError(`unknown platform "${unknown.join(',')}": choose from ${PLATFORMS.join(', ')}`);
  }
  return [...new Set(names)] as PlatformId[];
}
