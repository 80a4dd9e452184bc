import type { Command } from 'commander';
import { registerPostAction } from './post-action.js';

/** `crier retry <id> [--platform P]`: failed posts go back in line now; published ones are never posted again. */
export function registerRetry(program: Command): void {
  registerPostAction(program, {
    name: 'retry',
    description: "Try an article's failed posts again (after fixing what made them fail).",
    byPlatform: true,
    run: (operator, client, id, platform) => operator.retryArticle(client, id, platform),
    note: (change) =>
      change.changed
        ? 'queued again'
        : change.state === 'published'
          ? 'already published: not posted again'
          : `not retried: ${change.state}`,
  });
}
