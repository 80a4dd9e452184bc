/**
 * The memory settings the image gives a worker (Dockerfile, docs/operating.md): without them a worker
 * settles around 300 MB instead of under 200 MB. A worker started another way is told once, at start.
 */
const V8_FLAG = /--max-semi-space-size\b/;

export function memorySettingsHint(env: NodeJS.ProcessEnv, execArgv: readonly string[]): string | undefined {
  const v8 = V8_FLAG.test(env.NODE_OPTIONS ?? '') || execArgv.some((arg) => V8_FLAG.test(arg));
  const malloc = env.MALLOC_ARENA_MAX !== undefined && env.MALLOC_ARENA_MAX !== '';
  if (v8 && malloc) return undefined;
  const missing = [
    ...(v8 ? [] : ['NODE_OPTIONS="--max-old-space-size=512 --max-semi-space-size=1"']),
    ...(malloc ? [] : ['MALLOC_ARENA_MAX=2']),
  ];
  return `memory: without ${missing.join(' and ')} (the image sets them) a worker takes about 300 MB instead of under 200 MB; see docs/operating.md`;
}
