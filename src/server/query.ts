import { z } from 'zod';
import { PLATFORMS, parsePlatformList } from '../platforms/platform.js';

/** `?platforms=x,bluesky` → ['x', 'bluesky']; an unknown name is a 400 that lists the known ones. */
export const PlatformsQuery = z
  .string()
  .transform((value, ctx) => {
    const parsed = parsePlatformList(value);
    if ('error' in parsed) {
      ctx.addIssue({ code: 'custom', message: parsed.error });
      return z.NEVER;
    }
    return parsed.platforms;
  })
  .optional()
  .describe(`comma-separated: ${PLATFORMS.join(',')} (default: all)`);

/** `?thread`, `?thread=1`, `?thread=true` → true. */
export const FlagQuery = z
  .enum(['', '1', 'true', '0', 'false'])
  .optional()
  .transform((v) => v === '' || v === '1' || v === 'true');
