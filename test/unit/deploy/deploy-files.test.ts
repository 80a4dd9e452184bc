import { readFileSync } from 'node:fs';
import { describe, expect, test } from '@jest/globals';
import { parse } from 'yaml';
import { memorySettingsHint } from '../../../src/cli/memory-hint.js';
import { packagePath } from '../../../src/paths.js';

/** Docker does not run on the development machines: these files are checked by reading them. */
const read = (name: string) => readFileSync(packagePath(name), 'utf8');

interface Service {
  image?: string;
  build?: string;
  command?: string[];
  ports?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
}
const compose = parse(read('docker-compose.yml')) as { services: Record<string, Service> };

describe('docker-compose.yml', () => {
  test('Redis keeps what it accepted (AOF), never evicts queue keys, and reports its health', () => {
    const redis = compose.services.redis;
    expect(redis?.command).toEqual(expect.arrayContaining(['--appendonly', 'yes', '--maxmemory-policy', 'noeviction']));
    expect(redis?.healthcheck?.test).toEqual(expect.arrayContaining(['redis-cli', 'ping']));
  });

  test.each(['api', 'worker'])('%s is built from the one Dockerfile and waits for a healthy Redis', (name) => {
    const service = compose.services[name];
    expect(service?.build).toBe('.');
    expect(service?.environment?.REDIS_URL).toBe('redis://redis:6379');
    expect(service?.depends_on?.redis?.condition).toBe('service_healthy');
  });

  test('workers publish no port, so `docker compose up --scale worker=4` works', () => {
    expect(compose.services.worker?.ports).toBeUndefined();
    expect(compose.services.worker?.command).toEqual(['worker']);
    expect(compose.services.api?.command).toEqual(['serve']);
  });
});

describe('Dockerfile', () => {
  const dockerfile = read('Dockerfile');
  test('is multi-stage, installs production dependencies only, and runs as a non-root user', () => {
    expect(dockerfile.match(/^FROM /gm)).toHaveLength(2);
    expect(dockerfile).toMatch(/npm ci --omit=dev/);
    expect(dockerfile).toMatch(/^USER node$/m);
    // The package's `bin`, the CLI bundle that `npm run build` writes.
    const { bin } = JSON.parse(read('package.json')) as { bin: { crier: string } };
    expect(dockerfile).toContain(`ENTRYPOINT ["node", "${bin.crier}"]`);
  });

  test('builds with `npm run build`, which puts the Lua scripts beside the compiled code', () => {
    expect(dockerfile).toMatch(/^RUN npm run build$/m);
    expect(dockerfile).toMatch(/^COPY --from=build \/app\/dist \.\/dist$/m);
  });

  test('sets the memory settings that `crier worker` otherwise asks for at start', () => {
    const env = Object.fromEntries(
      [...dockerfile.matchAll(/^ENV (\w+)=(?:"([^"]*)"|(\S+))$/gm)].map((m) => [m[1], m[2] ?? m[3]]),
    );
    expect(memorySettingsHint(env, [])).toBeUndefined();
    const hint = memorySettingsHint({}, []);
    expect(hint).toContain('--max-semi-space-size=1');
    expect(hint).toContain('MALLOC_ARENA_MAX=2');
    expect(memorySettingsHint({ MALLOC_ARENA_MAX: '2' }, ['--max-semi-space-size=1'])).toBeUndefined();
  });
});

describe('.env.example', () => {
  const documented = new Set([...read('.env.example').matchAll(/^([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]));
  const config = read('src/config.ts');
  // Names in quotes ('X_API_KEY') and keys of the environment schema (`  REDIS_URL: z…`).
  const readByConfig = new Set(
    [...config.matchAll(/'([A-Z][A-Z0-9]*_[A-Z0-9_]+)'|^ {2}([A-Z][A-Z0-9_]+):/gm)].map((m) => m[1] ?? m[2]),
  );

  test('documents every variable crier reads', () => {
    expect([...readByConfig].filter((name) => !documented.has(name))).toEqual([]);
  });

  test('documents nothing crier does not read', () => {
    expect([...documented].filter((name) => !readByConfig.has(name))).toEqual([]);
  });
});
