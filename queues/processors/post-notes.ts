/**
 * How the thread's first part stands when an attempt ends:
 *   - `before`: on the platform before this attempt began (an earlier attempt posted or found it);
 *   - `posted`: on the platform now, from this attempt's publish (posted by it, or the platform's answer was an
 *     earlier attempt's post: X's duplicate found on the timeline, Mastodon's idempotent repeat, Bluesky's record
 *     already at the planned key);
 *   - `found`: on the platform now, found by recovery (an earlier attempt posted it and lost the answer);
 *   - `duplicate`: on the platform (X answered "duplicate" to this attempt) but not found yet (`id-unknown`);
 *   - `maybe`: perhaps on the platform: this attempt ends not knowing whether what it sent got there, or it began
 *     not knowing whether an earlier attempt's got there and ends without finding out;
 *   - `not`: not on the platform: nothing earlier was in doubt, and the attempt ends on an answer that says nothing
 *     was posted.
 */
export type FirstPart = 'before' | 'posted' | 'found' | 'duplicate' | 'maybe' | 'not';

/**
 * The post's notes once an attempt ends. A note says how the post that went out differs from its plan, and every
 * note today is about the first part's image ("image dropped: …", src/platforms/optional-image.ts), said by the
 * attempt that prepared that part. An attempt that dropped the image may post nothing and a later one post the part
 * with its image, so a note is kept only for the part that is out:
 *   - out before this attempt: as the attempt that put it out left them;
 *   - out now, and the adapter says whether the part carries the image as the platform holds it (`image`): with
 *     it, no note; without it, the drop's reason (this attempt's, else the one the earlier attempt left), or a
 *     reasonless note when none was kept;
 *   - out now, the adapter does not say: what the attempt that sent it said (this one when it posted it, the
 *     earlier one when recovery found it);
 *   - perhaps out (`maybe`): what this attempt said if it said anything, else what the earlier one left: it may be
 *     theirs that is out, and the next attempt's recovery settles it with the platform's answer;
 *   - out but not found (`duplicate`): what the earlier attempt left, since the post X holds is an earlier one;
 *   - not out: none.
 */
export function notesAfterAttempt(input: {
  first: FirstPart;
  /** The notes in the ledger when the attempt began. */
  earlier: readonly string[];
  /** The notes this attempt's adapter gave (`PublishRequest.note`). */
  said: readonly string[];
  /** Whether the first part carries the image as the platform holds it, when the adapter told it. */
  image?: boolean;
}): string[] {
  const { first, earlier, said, image } = input;
  switch (first) {
    case 'before':
    case 'duplicate':
      return [...earlier];
    case 'posted':
    case 'found': {
      if (image === true) return [];
      const known = first === 'posted' ? said : earlier;
      if (image === undefined) return [...known];
      const reasons = said.length > 0 ? said : earlier;
      return reasons.length > 0 ? [...reasons] : [WITHOUT_IMAGE];
    }
    case 'maybe':
      return [...(said.length > 0 ? said : earlier)];
    case 'not':
      return [];
  }
}

/** The platform holds the first part without the image and no attempt's reason was kept. */
const WITHOUT_IMAGE = 'image dropped: the post on the platform has none (an earlier attempt posted it without it)';
