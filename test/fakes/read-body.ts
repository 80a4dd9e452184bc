import type { IncomingMessage } from 'node:http';

/**
 * The request's body, or `undefined` when the client went away before sending all of it (a worker killed in the
 * middle of an upload does). A real server drops such a request; a fake that let the read throw crashed its whole
 * process (the Mastodon fake did, in bench:chaos), and every later post then failed for a reason no platform has.
 */
export async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of req) chunks.push(chunk as Buffer);
  } catch {
    return undefined;
  }
  return Buffer.concat(chunks);
}
