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
