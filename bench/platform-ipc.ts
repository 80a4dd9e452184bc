/**
 * What the pipeline benchmark (bench/pipeline.ts) and a platform server process
 * (test/fakes/platform-process.ts) say to each other over the IPC channel of `fork`. Types only: the
 * benchmark never imports from test/ (the Docker build compiles bench/ without test/).
 */
export type ServedPlatform = 'x' | 'bluesky' | 'mastodon';

export type FromServer =
  /** Listening; `env` holds the variables that point crier at this server (URL and credentials). */
  | { kind: 'ready'; env: Record<string, string> }
  /** This process's CPU time so far and the posts the server holds. */
  | { kind: 'usage'; cpuMs: number; posts: number }
  /** Every post the server holds, each as text that names its article (its text, card and link). */
  | { kind: 'posts'; posts: string[] };

export type ToServer = { kind: 'usage' } | { kind: 'posts' } | { kind: 'close' };

/**
 * How a server process misbehaves (bench/chaos.ts): a fault-injecting proxy in front of it answers this
 * share of requests with a 5xx, a 429 in the platform's own shape, or a dropped connection.
 */
export interface ServerChaos {
  serverError: number;
  tooManyRequests: number;
  drop: number;
}
