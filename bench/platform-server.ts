import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FromServer, ServedPlatform, ToServer } from './platform-ipc.js';

type Answer = Exclude<FromServer['kind'], 'ready'> & ToServer['kind'];

/**
 * One platform's fake server in its own process (built from test/fakes/platform-process.ts, see
 * tsconfig.build.json) and its IPC channel, shared by bench/pipeline.ts and bench/chaos.ts.
 */
export async function forkPlatformServer(platform: ServedPlatform, args: string[] = []) {
  const script = fileURLToPath(new URL('../test/fakes/platform-process.js', import.meta.url));
  if (!existsSync(script)) throw new Error(`${script} is missing: run "npm run build"`);
  const child = fork(script, [platform, ...args], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const next = <K extends FromServer['kind']>(kind: K) =>
    new Promise<Extract<FromServer, { kind: K }>>((resolve, reject) => {
      const onMessage = (message: FromServer) => {
        if (message.kind !== kind) return;
        child.off('message', onMessage);
        resolve(message as Extract<FromServer, { kind: K }>);
      };
      child.on('message', onMessage);
      void exited.then(() => reject(new Error(`the ${platform} server stopped`)));
    });
  const tell = (message: ToServer) => child.send(message);
  const { env } = await next('ready');
  return {
    env,
    /** Asks the server one question and waits for its answer. */
    async ask<K extends Answer>(kind: K): Promise<Extract<FromServer, { kind: K }>> {
      const answer = next(kind);
      tell({ kind } as ToServer);
      return answer;
    },
    async close() {
      if (child.exitCode === null) tell({ kind: 'close' });
      await exited;
    },
  };
}
