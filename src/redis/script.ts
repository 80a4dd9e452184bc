import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Redis } from 'ioredis';

/**
 * Lua scripts live in `.lua` files beside the module that runs them (`npm run build` copies them next to
 * the compiled code), are read once when that module loads, and run by EVALSHA: a script's text crosses
 * the wire once per Redis restart, not once per call.
 */
export interface LuaScript {
  readonly text: string;
  readonly sha: string;
}

/** Reads a script once: `loadScript(new URL('./scripts/name.lua', import.meta.url))`. */
export function loadScript(url: URL): LuaScript {
  const text = readFileSync(url, 'utf8');
  return { text, sha: createHash('sha1').update(text).digest('hex') };
}

/** EVALSHA, or EVAL of the text when Redis does not have it yet (first call, or after a restart's NOSCRIPT). */
export async function runScript(
  redis: Redis,
  script: LuaScript,
  keyList: string[],
  args: Array<string | number>,
): Promise<unknown> {
  const argv = [...keyList, ...args.map(String)];
  try {
    return await redis.evalsha(script.sha, keyList.length, ...argv);
  } catch (error) {
    if (!(error instanceof Error) || !error.message.includes('NOSCRIPT')) throw error;
    return redis.eval(script.text, keyList.length, ...argv);
  }
}
