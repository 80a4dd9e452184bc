import { z } from 'zod';
import { isPlatformId, PLATFORMS, type PlatformId } from '../platforms/platform.js';

/** `?platforms=x,bluesky` → ['x', 'bluesky']; an unknown name is a 400 that lists the known ones. */
export const PlatformsQuery = z
  .string()
  .transform((value, ctx) => {
    const names = value
      .split(',')
      .map((s) => s.trim().toLowerCase())
      .filter(Boolean);
    const unknown = names.filter((n) => !isPlatformId(n));
    if (unknown.length > 0 || names.length === 0) {
      ctx.addIssue({
        code: 'custom',
        message: `unknown platform "${unknown.join(',')}": choose from ${PLATFORMS.join(', ')}`,
      });
      return z.NEVER;
    }
    return [...new Set(names)] as PlatformId[];
  })
  .optional()
  .describe(`comma-separated: ${PLATFORMS.join(',')} (default: all)`);

/** `?thread`, `?thread=1`, `?thread=true` → true. */
export const FlagQuery = z
  .enum(['', '1', 'true', '0', 'false'])
  .optional()
  .transform((v) => v === '' || v === '1' || v === 'true');
