import { type Logger, pino } from 'pino';

export type { Logger };

/**
 * Structured JSON logs. Every secret found in the environment is replaced by "[redacted]" in each
 * line as it is written, whatever field or message it hides in (error messages, URLs, bodies).
 */
export function createLogger(options: {
  level: string;
  secrets: readonly string[];
  destination?: pino.DestinationStream;
}) {
  const secrets = [...new Set(options.secrets)].filter((s) => s.length >= 4).sort((a, b) => b.length - a.length);
  const redact = (line: string) => secrets.reduce((text, secret) => text.split(secret).join('[redacted]'), line);
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
    options.destination ?? pino.destination(2),
  );
}
