/** A schedule the operator asked for that cannot be honoured, told as what is wrong and how to fix it. */
export class ScheduleError extends Error {
  override name = 'ScheduleError';
  constructor(
    readonly input: string,
    readonly problem: string,
    readonly hint: string,
    options?: ErrorOptions,
  ) {
    super(`"${input}": ${problem}. ${hint}`, options);
  }
}
