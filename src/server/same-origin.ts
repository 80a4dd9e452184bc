import { isIPv4 } from 'node:net';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * What keeps another site's page from acting through the operator's browser, which sends the cached
 * HTTP Basic login with every request to this server, whoever's page made it (see docs/operating.md):
 *
 * - a state-changing request (POST, PUT, PATCH, DELETE) whose `Sec-Fetch-Site` or `Origin` names another
 *   origin is refused: browsers set both headers themselves, and a page cannot forge them;
 * - its body must be `application/json` or `text/markdown`, which an HTML form cannot send (a form sends
 *   `application/x-www-form-urlencoded`, `multipart/form-data` or `text/plain`), and which a script on
 *   another origin can send only after a CORS preflight, which this server never grants;
 * - with `--local-only` (no token), a request must be addressed to a loopback name (`Host`), so a page
 *   whose domain is made to resolve to 127.0.0.1 (DNS rebinding) gets nothing, not even a read.
 */

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The body types a route takes; every one of them needs a CORS preflight from another origin. */
const BODY_TYPES = ['application/json', 'text/markdown', 'text/vnd.crier.plain'] as const;

/** `Sec-Fetch-Site` values of a request made by this server's own pages, or typed in by the person. */
const OWN_SITE = new Set(['same-origin', 'none']);

/** "localhost", "crier.localhost", 127.0.0.0/8 and [::1], with or without a port. */
function isLoopbackHost(host: string | undefined): boolean {
  const name = (host ?? '').trim().toLowerCase().replace(/:\d+$/, '');
  if (name === 'localhost' || name.endsWith('.localhost') || name === '[::1]') return true;
  return isIPv4(name) && name.startsWith('127.');
}

/**
 * True when `origin` ("https://host:port") is this server as the request addressed it (`Host`). A `Host`
 * without a port stands for the scheme's default one, 80 or 443 (a TLS proxy in front passes it so).
 */
function isOwnOrigin(origin: string, host: string | undefined): boolean {
  // "null" (a sandboxed or opaque origin) does not parse, and is refused like any other.
  if (!URL.canParse(origin) || host === undefined || !URL.canParse(`http://${host}`)) return false;
  const from = new URL(origin);
  const to = new URL(`http://${host}`);
  if (from.hostname !== to.hostname) return false;
  const fromPort = from.port || (from.protocol === 'https:' ? '443' : '80');
  return to.port ? to.port === fromPort : fromPort === '80' || fromPort === '443';
}

/** The bare media type, lower case: "application/json" from "Application/JSON; charset=utf-8". */
function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

function refuse(reply: FastifyReply, status: 403 | 415, message: string) {
  const error = status === 403 ? 'Forbidden' : 'Unsupported Media Type';
  return reply.code(status).send({ error, message });
}

export function sameOriginGuard(options: { localOnly: boolean }) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const { host, origin } = request.headers;
    if (options.localOnly && !isLoopbackHost(host)) {
      return refuse(
        reply,
        403,
        `this server runs with --local-only and answers only requests addressed to localhost, 127.0.0.1 or [::1], not "${host ?? ''}" (a page on another domain may be pointing it at this machine)`,
      );
    }
    if (!STATE_CHANGING.has(request.method)) return;
    const site = request.headers['sec-fetch-site'];
    if (typeof site === 'string' && !OWN_SITE.has(site.toLowerCase())) {
      return refuse(
        reply,
        403,
        `refused: a page on another site (Sec-Fetch-Site: ${site}) cannot change anything here; use the console of this server, or an API client with the token`,
      );
    }
    if (origin !== undefined && !isOwnOrigin(origin, host)) {
      return refuse(
        reply,
        403,
        `refused: a page from ${origin} cannot change anything on ${host ?? 'this server'}; use the console of this server, or an API client with the token (behind a proxy, pass the Host header through)`,
      );
    }
    const type = mediaType(request.headers['content-type']);
    const hasBody = Number(request.headers['content-length'] ?? 0) > 0 || request.headers['transfer-encoding'];
    if ((type !== '' || hasBody) && !(BODY_TYPES as readonly string[]).includes(type)) {
      return refuse(
        reply,
        415,
        `send the body as ${BODY_TYPES.slice(0, -1).join(', ')} or ${BODY_TYPES.at(-1)}, not ${type || 'without a Content-Type'} (the types an HTML form sends are refused)`,
      );
    }
  };
}
