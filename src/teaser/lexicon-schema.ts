import { z } from 'zod';

/**
 * The shapes of the lexicons in `config/` (lexicon.ts reads them). Only a test parses the files with these: the
 * files are the package's own, and a run reads them as JSON of these types.
 */

export const EmojiTopicsSchema = z.object({
  topics: z.array(
    z.object({
      concept: z.string(),
      /** 1 when absent. */
      weight: z.number().positive().optional(),
      name: z.boolean().optional(),
      /** A wide subject (video, science, the cloud): it only stands in for a neutral 📰 or 📢 (emoji.ts). */
      wide: z.boolean().optional(),
      emoji: z.string().min(1),
      words: z.array(z.string().min(1)),
    }),
  ),
});

export const HashtagsSchema = z.object({
  tags: z.array(
    z.object({
      tag: z.union([z.string().min(1), z.record(z.string(), z.string().min(1))]),
      /**
       * The wider community whose followers read this name's posts too (a framework's language, a project's
       * ecosystem: ReactJS → JavaScript, Istio → Kubernetes): its tag joins a post that would carry this one alone.
       * Another entry's tag is spelled as that entry spells it in the post's language (AI → #IA, #KI).
       */
      community: z.string().min(1).optional(),
      words: z.array(z.string().min(1)),
      /** Hosts that publish as this name (a project's own site): their posts are about it. */
      sites: z.array(z.string().min(3)).optional(),
      /**
       * Hosts by their shape (regular expressions on the host name): a kind of site rather than a list of them, so
       * that a rule holds for every country's (a digital service or a data portal on a government's domain).
       */
      hosts: z.array(z.string().min(3)).optional(),
      /**
       * A topic takes less evidence than a name (docs/teasers.md, "Hashtags"); a tag spelled per language is one
       * unless it says `false`: #OpenSource is a name in Latin scripts and #オープンソース in Japanese, not a word
       * a passing «open source projects» earns.
       */
      topic: z.boolean().optional(),
      /**
       * The tone of a piece (tone.ts) that is this topic: an advisory is about #Security whatever words its
       * post uses, and wears 🔐 for it.
       */
      tone: z.string().optional(),
    }),
  ),
});

export type EmojiTopicsFile = z.infer<typeof EmojiTopicsSchema>;
export type HashtagsFile = z.infer<typeof HashtagsSchema>;
