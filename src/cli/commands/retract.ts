import type { Command } from 'commander';
import { registerPostAction } from './post-action.js';

/**
 * `crier retract <id> [--platform P]`: every published post of the article is deleted on its platform by the
 * workers, with the ledger's guarantees; posts not sent yet are cancelled. Exit 0 also when everything is
 * already retracted (docs/operator.md, "Retract").
 */
export function registerRetract(program: Command): void {
  registerPostAction(program, {
    name: 'retract',
    description: "Delete an article's published posts on their platforms (and cancel those not sent yet).",
    byPlatform: true,
    run: (operator, client, id, platform) => operator.retractArticle(client, id, platform),
    note: (change) =>
      change.state === 'retracting'
        ? change.changed
          ? 'retracting: the workers delete it'
          : 'already retracting'
        : change.state === 'retracted'
          ? 'already retracted'
          : change.changed
            ? 'not published yet: cancelled'
            : `nothing to retract: ${change.state}`,
    blocking: (change) => change.state === 'publishing',
  });
}
