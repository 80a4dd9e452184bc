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
  | { kind: 'usage'; cpuMs: number; posts: number };

export type ToServer = { kind: 'usage' } | { kind: 'close' };
