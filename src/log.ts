import { type Logger, pino } from 'pino';
import pretty from 'pino-pretty';

export type { Logger };

/**
 * Structured JSON logs (one object per line, for a log shipper), or a human-readable view when
 * stderr is a terminal. Every secret found in the environment is replaced by "[redacted]" in each
 * line as it is written, whatever field or message it hides in (error messages, URLs, bodies).
 */
export function createLogger(options: {
  level: string;
  secrets: readonly string[];
  destination?: pino.DestinationStream;
  /** Human-readable lines; default: when stderr is a terminal and no destination is given. */
  pretty?: boolean;
}) {
  const secrets = [...new Set(options.secrets)].filter((s) => s.length >= 4).sort((a, b) => b.length - a.length);
  const redact = (line: string) => secrets.reduce((text, secret) => text.split(secret).join('[redacted]'), line);
  const human = options.pretty ?? (options.destination === undefined && process.stderr.isTTY === true);
  const destination = human
    ? pretty({
        destination: options.destination ?? 2,
        colorize: options.destination === undefined,
        translateTime: 'SYS:HH:MM:ss',
        ignore: 'pid,hostname',
        sync: true,
      })
    : (options.destination ?? pino.destination(2));
  return pino(
    {
      level: options.level,
      base: undefined,
      hooks: { streamWrite: redact },
      redact: {
        paths: ['*.password', '*.accessToken', '*.accessSecret', '*.appSecret', '*.refreshToken', '*.authorization'],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
