/**
 * How quickly the `crier` command starts: `npm run bench:cli [-- <article file>] [-- --rounds N]`.
 * Times, side by side in one run, `node -e 0` (the floor: starting Node itself), `crier --help`, `crier preview`
 * of the seed article (../shared/seed-article.txt, else config/sample-article.md) and `crier status` against a
 * private redis-server. The commands take turns within each round, so a burst of load on this shared host
 * hits all of them alike; each line prints the median wall time and its ratio to `node -e 0` (the targets are
 * on it), then the median CPU time of the command's process (user + system, Linux) and its ratio.
 * Targets (issue 14): `--help` within 3×, `preview` within 6× of `node -e 0`.
 * `--before <dir>`: also times the same three commands of another built checkout (an earlier commit; its
 * package.json's `bin`), in the same rounds, for a before/after in one run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { binPath, packagePath } from '../src/paths.js';
import { startRedis } from './private-redis.js';

const args = process.argv.slice(2);
const roundsFlag = args.indexOf('--rounds');
const ROUNDS = roundsFlag >= 0 ? Number(args[roundsFlag + 1]) : 15;
const beforeFlag = args.indexOf('--before');
const BEFORE = beforeFlag >= 0 ? args[beforeFlag + 1] : undefined;
const articleArg = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--rounds' && args[i - 1] !== '--before');
const SEED = packagePath('..', 'shared', 'seed-article.txt');
const article = articleArg ?? (existsSync(SEED) ? SEED : packagePath('config', 'sample-article.md'));
const CLI = binPath(); // package.json's `bin`, as `npx crier` runs it

interface Case {
  label: string;
  argv: string[];
  target?: number;
  /** Which build's V8 code cache it reads: each build keeps one file per command, so two builds need two folders. */
  cache?: 'after' | 'before';
}

const commands = (cli: string, label: string, targets: boolean): Case[] =>
  [
    { label: `${label} --help`, argv: [cli, '--help'], target: targets ? 3 : undefined },
    {
      label: `${label} preview <seed>`,
      argv: [cli, 'preview', '--url', 'https://example.org/seed', article],
      target: targets ? 6 : undefined,
    },
    { label: `${label} status`, argv: [cli, 'status', '--limit', '5'] },
  ].map((c) => ({ ...c, cache: targets ? 'after' : 'before' }));

const CASES: Case[] = [
  { label: 'node -e 0', argv: ['-e', '0'] },
  ...commands(CLI, 'crier', true),
  ...(BEFORE ? commands(binPath(BEFORE), 'before:', false) : []),
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Clock ticks per second of /proc's times (Linux), or undefined where there is no /proc. */
const TICKS = existsSync('/proc/self/stat')
  ? Number(spawnSync('getconf', ['CLK_TCK']).stdout?.toString()) || 100
  : undefined;

/**
 * CPU time (user + system) of the child processes this one has waited for, in ms (Linux's /proc/self/stat,
 * cutime and cstime). Less shaken than wall time by other work on a loaded host, though not immune to it.
 */
function childrenCpuMs(): number {
  if (TICKS === undefined) return Number.NaN;
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // from field 3 (state) on
  return ((Number(fields[13]) + Number(fields[14])) * 1000) / TICKS;
}

function time(argv: string[], env: NodeJS.ProcessEnv): { wall: number; cpu: number } {
  const cpuBefore = childrenCpuMs();
  const start = performance.now();
  const result = spawnSync(process.execPath, argv, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  const wall = performance.now() - start;
  if (result.status !== 0) {
    throw new Error(`node ${argv.join(' ')} exited ${result.status}: ${result.stderr.toString().slice(0, 500)}`);
  }
  return { wall, cpu: childrenCpuMs() - cpuBefore };
}

async function main(): Promise<void> {
  if (!existsSync(CLI)) throw new Error('run `npm run build` first (npm run bench:cli does)');
  const redis = await startRedis();
  // No .env of the operator's, no platform credentials: the commands as an operator runs them on a fresh host.
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    REDIS_URL: redis.url,
    CRIER_PREFIX: 'bench-cli',
    LOG_LEVEL: 'silent',
  };
  // A cache folder per build: one folder shared by both would have each build replace the other's file on every
  // run (src/cli/code-cache.ts keeps one file per command), and neither would ever read its own.
  const caches = {
    after: mkdtempSync(join(tmpdir(), 'crier-bench-cache-')),
    before: mkdtempSync(join(tmpdir(), 'crier-bench-cache-')),
  };
  const envOf = (c: Case): NodeJS.ProcessEnv => (c.cache ? { ...env, XDG_CACHE_HOME: caches[c.cache] } : env);
  const samples = new Map<string, { wall: number; cpu: number }[]>(CASES.map((c) => [c.label, []]));
  try {
    for (const c of CASES) time(c.argv, envOf(c)); // warm the file cache and write each build's code cache
    for (let round = 0; round < ROUNDS; round++) {
      for (const c of CASES) samples.get(c.label)?.push(time(c.argv, envOf(c)));
    }
  } finally {
    await redis.stop();
    for (const dir of Object.values(caches)) rmSync(dir, { recursive: true, force: true });
  }
  const of = (label: string, key: 'wall' | 'cpu') => median((samples.get(label) ?? []).map((s) => s[key]));
  const floor = { wall: of('node -e 0', 'wall'), cpu: of('node -e 0', 'cpu') };
  console.log(`crier start-up: median of ${ROUNDS} rounds, commands interleaved; article ${article}`);
  console.log(
    `${'command'.padEnd(24)} ${'median'.padStart(9)} ${'× node -e 0'.padStart(12)}  ${'target'.padEnd(14)} ${'CPU'.padStart(8)} ${'× node -e 0'.padStart(12)}`,
  );
  for (const c of CASES) {
    const wall = of(c.label, 'wall');
    const cpu = of(c.label, 'cpu');
    const ratio = wall / floor.wall;
    const verdict = c.target === undefined ? '' : `≤ ${c.target}× ${ratio <= c.target ? 'met' : 'NOT met'}`;
    console.log(
      `${c.label.padEnd(24)} ${`${wall.toFixed(0)} ms`.padStart(9)} ${`${ratio.toFixed(2)}×`.padStart(12)}  ${verdict.padEnd(14)} ${`${cpu.toFixed(0)} ms`.padStart(8)} ${`${(cpu / floor.cpu).toFixed(2)}×`.padStart(12)}`,
    );
  }
}

await main();
