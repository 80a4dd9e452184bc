import type { Command } from 'commander';
import { registerPostAction } from './post-action.js';

/**
 * `crier cancel <id>`: every post of the article not yet started is cancelled in the ledger first, so
 * even a job that is already due posts nothing; its delayed jobs and reserved slots are then freed.
 * An article not yet composed is cancelled too: its compose records nothing to post (docs/operator.md).
 * To reschedule instead, enqueue the article again with a new --at or --slot.
 */
export function registerCancel(program: Command): void {
  registerPostAction(program, {
    name: 'cancel',
    description: "Cancel an article's posts that have not gone out yet (also before they are composed).",
    byPlatform: false,
    run: (operator, client, id) => operator.cancelArticle(client, id),
    none: 'cancelled before compose: nothing will be posted',
    note: (change) => (change.changed ? 'cancelled' : `not cancelled: ${change.state}`),
    blocking: (change) => !change.changed && change.state === 'publishing',
  });
}
