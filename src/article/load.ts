import type { Settings } from '../config.js';
import type { Article } from './article.js';

/** Bad input, told as what is wrong, where, and how to fix it. */
export class IntakeError extends Error {
  override name = 'IntakeError';
  constructor(
    readonly source: string,
    problem: string,
    readonly hint: string,
    options?: ErrorOptions,
  ) {
    super(`${source}: ${problem}. ${hint}`, options);
  }
}

export interface LoadOptions {
  /** The canonical URL, when the source does not carry one (or to override it). */
  url?: string;
  /** The language, when it should not be read from the source or detected. */
  lang?: string;
  fetch: Settings['fetch'];
}

/** Placeholder until the parsers land. */
export async function loadArticle(source: string, _options: LoadOptions): Promise<Article> {
  throw new IntakeError(source, 'cannot read articles yet', 'The intake parsers are not built yet.');
}
