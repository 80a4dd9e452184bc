import { describe, expect, test } from '@jest/globals';
import { type FirstPart, notesAfterAttempt } from '../../../queues/processors/post-notes.js';

/**
 * The ledger's notes once an attempt ends: kept only for the first part that is out, decided by the platform's
 * word on its image where the adapter has it (docs/queue-and-ledger.md, "Optional image").
 */
const EARLIER = 'image dropped: uploading: X answered 503';
const NOW = 'image dropped: fetching: 404';
const NO_REASON = /^image dropped: the post on the platform has none/;

describe('notesAfterAttempt', () => {
  test.each<[string, FirstPart, string[], string[], boolean | undefined, Array<string | RegExp>]>([
    // first part   earlier notes  this attempt's  platform's word  notes kept
    ['out before: as the attempt that put it out left them', 'before', [EARLIER], [], undefined, [EARLIER]],
    ['posted now with the image, an earlier attempt had dropped it', 'posted', [EARLIER], [], true, []],
    ['posted now without it: this attempt’s reason', 'posted', [], [NOW], false, [NOW]],
    ['posted now, an earlier post without it (an idempotent repeat)', 'posted', [EARLIER], [], false, [EARLIER]],
    ['posted now without it, no reason kept', 'posted', [], [], false, [NO_REASON]],
    ['posted now, the adapter does not say: this attempt’s word', 'posted', [EARLIER], [], undefined, []],
    ['found by recovery without it: the earlier attempt’s reason', 'found', [EARLIER], [], false, [EARLIER]],
    ['found by recovery with it: no note, whatever was said', 'found', [EARLIER], [NOW], true, []],
    ['found, the adapter does not say: the earlier attempt’s word', 'found', [EARLIER], [NOW], undefined, [EARLIER]],
    ['out on X, id not found: the earlier attempt’s word', 'duplicate', [EARLIER], [NOW], undefined, [EARLIER]],
    ['maybe out, this attempt dropped it', 'maybe', [], [NOW], undefined, [NOW]],
    ['maybe out, the earlier attempt’s may be the one', 'maybe', [EARLIER], [], undefined, [EARLIER]],
    ['surely not out: no note', 'not', [EARLIER], [NOW], undefined, []],
  ])('%s', (_case, first, earlier, said, image, kept) => {
    const notes = notesAfterAttempt({ first, earlier, said, image });
    expect(notes).toEqual(kept.map((k) => (typeof k === 'string' ? k : expect.stringMatching(k))));
  });
});
