import { parentPort, workerData } from 'node:worker_threads';
import type { Article } from '../src/article/article.js';
import type { Settings } from '../src/config.js';
import { composeBatch } from './compose-batch.js';

/** A benchmark pool thread: composes the batches it is sent and answers with a checksum. */
interface Data {
  articles: Article[];
  settings: Settings;
}
/**
 * `claims` is a shared counter of the articles taken so far; the pool's threads take from it until `count`.
 * A reference request runs one of the machine's own reference loops instead.
 */
export type BatchRequest = { claims: SharedArrayBuffer; count: number } | { reference: Reference; iterations: number };

/**
 * The machine's own references: arithmetic with no memory traffic, no allocation, no garbage collection.
 * - `latency`: one long chain of dependent steps. It leaves most of a core idle, so a vCPU whose physical
 *   core is shared (hyper-threading on the host, other tenants) runs it at full speed anyway.
 * - `throughput`: four independent chains over a 4 KB table, as many instructions per cycle as the core
 *   gives, like real code; it slows down, as real code does, when the host shares the core.
 */
export type Reference = 'latency' | 'throughput';

function latencyLoop(iterations: number): number {
  let x = 0;
  for (let i = 0; i < iterations; i++) x = (x * 31 + i) % 1_000_003;
  return x;
}

const TABLE = new Int32Array(1024).map((_, i) => Math.imul(i, 2_654_435_761));

function throughputPass(seed: number): number {
  let a = seed;
  let b = 0;
  let c = 0;
  let d = 0;
  for (let j = 0; j < 1024; j++) {
    a = (a + (TABLE[j] as number)) | 0;
    b = (b ^ (TABLE[(j + 1) & 1023] as number)) | 0;
    c = (c + ((TABLE[(j + 2) & 1023] as number) << 1)) | 0;
    d = (d - (TABLE[(j + 3) & 1023] as number)) | 0;
  }
  return (a + b + c + d) | 0;
}

function throughputLoop(iterations: number): number {
  let r = 0;
  for (let k = 0; k < iterations / 1024; k++) r = (r + throughputPass(k)) | 0;
  return r;
}

const { articles, settings } = workerData as Data;

/**
 * Takes one article at a time until `count` are taken, as crier's compose threads take jobs from the queue:
 * a thread slowed for a moment takes fewer, and no thread waits idle while the other still has a share to do.
 */
function composeClaimed(claims: Int32Array, count: number): number {
  let checksum = 0;
  for (let i = Atomics.add(claims, 0, 1); i < count; i = Atomics.add(claims, 0, 1)) {
    checksum += composeBatch(articles, settings, i, 1);
  }
  return checksum;
}

parentPort?.on('message', (request: BatchRequest) => {
  parentPort?.postMessage(
    'reference' in request
      ? (request.reference === 'latency' ? latencyLoop : throughputLoop)(request.iterations)
      : composeClaimed(new Int32Array(request.claims), request.count),
  );
});
