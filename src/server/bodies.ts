import type { FastifyInstance, FastifyRequest } from 'fastify';
import { decodeText, formatBytes } from '../article/decode.js';

/**
 * The one set of limits on request bodies, for every route (bull-board's included): what an article needs
 * with room to spare, and no more. Anything past them is a 4xx saying which limit, never a parser's crash.
 */
export const BODY_LIMIT = 1024 * 1024;

/** Nesting of arrays and objects in a JSON body. An article is 3 deep; 10 KB of "[" would overflow a parser's stack. */
const MAX_JSON_DEPTH = 32;

declare module 'fastify' {
  interface FastifyRequest {
    /** Said when a text/markdown body was not UTF-8 and was read in another encoding (decode.ts). */
    bodyNote?: string;
    /** How a text body is read: Markdown with front matter, or plain text. */
    bodyKind?: 'markdown' | 'text';
  }
}

class BodyError extends Error {
  override name = 'Bad Request';
  readonly statusCode = 400;
}

/** The deepest nesting of `[` and `{` in a JSON text, outside strings; stops counting past `limit`. */
function jsonDepthOver(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === 0x5c)
        i++; // backslash: skip the escaped character
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) inString = true;
    else if (char === 0x5b || char === 0x7b) {
      if (++depth > limit) return true;
    } else if (char === 0x5d || char === 0x7d) depth--;
  }
  return false;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Replaces Fastify's parsers, for every route: JSON only, strict UTF-8 and depth-limited. */
export function registerBodyParsers(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.decorateRequest('bodyNote', undefined);
  app.decorateRequest('bodyKind', undefined);
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    let text: string;
    try {
      text = strictUtf8.decode(body as Buffer);
    } catch {
      return done(new BodyError('the JSON body is not valid UTF-8 (JSON is always UTF-8)'));
    }
    if (jsonDepthOver(text, MAX_JSON_DEPTH)) {
      return done(new BodyError(`the JSON body nests arrays and objects more than ${MAX_JSON_DEPTH} deep`));
    }
    parseJson(request, text, done);
  });
}

/**
 * Markdown and plain-text bodies, for the routes that take an article: in any charset (decode.ts), said in
 * `bodyNote`. Plain text is read as the CLI reads a .txt file (docs/operator.md, "Console"). Its type is
 * `text/vnd.crier.plain`, not `text/plain`, which an HTML form on any site can send (same-origin.ts).
 */
export function registerMarkdownParser(app: FastifyInstance): void {
  app.addContentTypeParser(
    ['text/markdown', 'text/vnd.crier.plain'],
    { parseAs: 'buffer' },
    (request: FastifyRequest, body, done) => {
      request.bodyKind = /^text\/vnd\.crier\.plain/i.test(request.headers['content-type'] ?? '') ? 'text' : 'markdown';
      const charset = /charset=["']?([\w-]+)/i.exec(request.headers['content-type'] ?? '')?.[1];
      decodeText('request body', body as Buffer, charset ? { charset, by: 'its Content-Type' } : undefined).then(
        ({ text, note }) => {
          request.bodyNote = note;
          done(null, text);
        },
        (error: unknown) => done(error as Error),
      );
    },
  );
}

/** Fastify's own body errors, worded for the operator. */
export function bodyErrorMessage(code: string | undefined): string | undefined {
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE') return `the body is over ${formatBytes(BODY_LIMIT)}, the most crier takes`;
  if (code === 'FST_ERR_CTP_EMPTY_JSON_BODY') return 'the JSON body is empty';
  if (code === 'FST_ERR_CTP_INVALID_JSON_BODY') return 'the body is not valid JSON';
  // Markdown is parsed only where an article is taken: every other route takes JSON.
  if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return 'this route takes a JSON body (application/json)';
  return undefined;
}
