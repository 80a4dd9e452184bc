/** An error the operator can act on: printed as one line (plus its hint), never as a stack trace. */
export class CliError extends Error {
  override name = 'CliError';
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/** Errors that carry a message meant for the operator. Anything else is a bug and keeps its stack. */
function isExpected(error: unknown): error is Error {
  // ConfigError by its name: importing src/config.ts (and zod) here would cost every command, `--help` too, its load.
  const configError = error instanceof Error && error.name === 'ConfigError';
  return error instanceof CliError || configError || (error instanceof Error && 'hint' in error);
}

export function formatError(error: unknown): string {
  if (isExpected(error)) {
    const hint = 'hint' in error && typeof error.hint === 'string' ? error.hint : '';
    return `crier: ${error.message}${hint && !error.message.includes(hint) ? `. ${hint}` : ''}`;
  }
  if (error instanceof Error) return `crier: unexpected error: ${error.stack ?? error.message}`;
  return `crier: unexpected error: ${String(error)}`;
}

export function reportAndExit(error: unknown): never {
  process.stderr.write(`${formatError(error)}\n`);
  process.exit(error instanceof CliError ? error.exitCode : 1);
}
