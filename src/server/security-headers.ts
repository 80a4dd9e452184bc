import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Headers on every response, and a Content-Security-Policy on every HTML page: no page of crier may be
 * framed (clickjacking the Enqueue or Retry button), sniffed into another type, or leak its URL as a referrer.
 */

/** The console: its one inline script and style, and fetch calls to this server only. */
const CONSOLE_CSP =
  "default-src 'self'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src 'self' data:; " +
  "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** bull-board: its own scripts and styles (inline style attributes too); its web fonts are not loaded. */
const DASHBOARD_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

export async function securityHeaders(request: FastifyRequest, reply: FastifyReply, payload: unknown) {
  reply.header('x-content-type-options', 'nosniff');
  reply.header('x-frame-options', 'DENY');
  reply.header('referrer-policy', 'no-referrer');
  const type = String(reply.getHeader('content-type') ?? '');
  if (/^text\/html/i.test(type)) {
    reply.header('content-security-policy', request.url.startsWith('/admin/') ? DASHBOARD_CSP : CONSOLE_CSP);
  }
  return payload;
}
