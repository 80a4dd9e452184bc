import type { Command } from 'commander';
import { registerPostAction } from './post-action.js';

/**
 * `crier approve <id> [--platform P]`: drafts (and posts held back by the X budget) go out at their chosen
 * time, or at once when it has passed (docs/operator.md, "Review").
 */
export function registerApprove(program: Command): void {
  registerPostAction(program, {
    name: 'approve',
    description: "Release an article's drafts (and held posts): they go out at their time, or now if it has passed.",
    byPlatform: true,
    run: (operator, client, id, platform) => operator.approveArticle(client, id, platform),
    note: (change) => (change.changed ? 'approved: scheduled' : `not approved: ${change.state}`),
  });
}
