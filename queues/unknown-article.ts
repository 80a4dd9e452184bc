/** An article id the ledger holds no post for (CLI: a clear message and exit 1; API: 404). */
export class UnknownArticleError extends Error {
  override name = 'UnknownArticleError';
  readonly hint = 'List recent articles with `crier status`.';
}
