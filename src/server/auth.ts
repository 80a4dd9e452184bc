import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Bearer-token check in constant time. Both sides are hashed first so that the comparison
 * takes the same time whatever the length of the token sent.
 */
function tokenMatches(expected: string, presented: string): boolean {
  const a = createHash('sha256').update(expected).digest();
  const b = createHash('sha256').update(presented).digest();
  return timingSafeEqual(a, b);
}

/** The probes an orchestrator calls without credentials. */
const PUBLIC_PATHS = new Set(['/healthz']);

/** Pages a person opens in a browser: a 401 there asks the browser to prompt for the token. */
const BROWSER_PATHS = /^\/($|admin\/queues)/;

/**
 * API clients send `Authorization: Bearer <token>`. A browser (the console, the queue dashboard) sends
 * HTTP Basic with the token as the password (any user name): the browser prompts once and then sends it
 * with every request to this server, whichever page makes it. That is a CSRF surface like a cookie's:
 * same-origin.ts is what closes it. The scheme is case-insensitive (RFC 9110, section 11.1).
 */
function presentedToken(header: string): string {
  const [, scheme = '', credentials = ''] = /^(\S+)\s+(.*)$/.exec(header.trim()) ?? [];
  if (scheme.toLowerCase() === 'bearer') return credentials;
  if (scheme.toLowerCase() === 'basic') {
    const decoded = Buffer.from(credentials, 'base64').toString('utf8');
    return decoded.slice(decoded.indexOf(':') + 1);
  }
  return '';
}

export function bearerAuth(token: string | undefined) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0] ?? '';
    if (PUBLIC_PATHS.has(path)) return;
    if (token === undefined) return; // local-only mode, chosen explicitly at start
    const presented = presentedToken(request.headers.authorization ?? '');
    if (presented && tokenMatches(token, presented)) return;
    const scheme = BROWSER_PATHS.test(path) ? 'Basic' : 'Bearer';
    return reply
      .code(401)
      .header('www-authenticate', `${scheme} realm="crier"`)
      .send({ error: 'Unauthorized', message: 'send the API token as "Authorization: Bearer <CRIER_API_TOKEN>"' });
  };
}
