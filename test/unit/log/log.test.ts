import { Writable } from 'node:stream';
import { describe, expect, test } from '@jest/globals';
import { createLogger } from '../../../src/log.js';

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, destination };
}

describe('logs never carry a secret', () => {
  const secrets = ['xoxb-SECRET-token-123', 'app-pass-9876'];

  test.each([
    ['in the message', (log: ReturnType<typeof createLogger>) => log.warn('login failed with app-pass-9876')],
    [
      'in a field',
      (log: ReturnType<typeof createLogger>) => log.info({ url: 'https://x?token=xoxb-SECRET-token-123' }),
    ],
    [
      'in an error and its cause',
      (log: ReturnType<typeof createLogger>) =>
        log.error({ err: new Error('refused', { cause: new Error('Bearer xoxb-SECRET-token-123') }) }),
    ],
    [
      'under a known key',
      (log: ReturnType<typeof createLogger>) => log.info({ session: { password: 'hunter2-long' } }),
    ],
  ])('%s', (_where, write) => {
    const { lines, destination } = capture();
    write(createLogger({ level: 'info', secrets, destination }));
    const output = lines.join('');
    expect(output).toContain('[redacted]');
    for (const secret of [...secrets, 'hunter2-long']) expect(output).not.toContain(secret);
  });

  test('the human-readable view redacts too', () => {
    const { lines, destination } = capture();
    createLogger({ level: 'info', secrets, destination, pretty: true }).info('token xoxb-SECRET-token-123');
    expect(lines.join('')).toMatch(/INFO.*token \[redacted\]/);
  });
});
