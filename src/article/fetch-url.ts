import type { Settings } from '../config.js';
import { decodeText, formatBytes } from './decode.js';
import { GuardedFetchError, guardedGet, PRIVATE_ADDRESS_HINT } from './guarded-get.js';
import { IntakeError } from './intake-error.js';

export type ContentKind = 'markdown' | 'json' | 'text' | 'html';

export interface FetchedArticle {
  /** Where the content was finally found, after redirects. */
  url: string;
  kind: ContentKind;
  content: string;
  /** Said when the page was not UTF-8 (decode.ts). */
  note?: string;
}

const ACCEPT = 'text/html, application/xhtml+xml, text/markdown;q=0.9, application/json;q=0.8, text/plain;q=0.7';

/** Content types that are articles, by what they are; the rest are refused with a reason. */
function kindOf(contentType: string): ContentKind | string {
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type === 'text/markdown' || type === 'text/x-markdown') return 'markdown';
  if (type === 'application/json' || type.endsWith('+json')) return type.includes('feed') ? 'a JSON feed' : 'json';
  if (type === 'text/plain' || type === '') return 'text';
  if (/(rss|atom|xml)/.test(type)) return 'a feed or an XML document';
  if (type.startsWith('image/') || type.startsWith('video/') || type.startsWith('audio/')) return `media (${type})`;
  return type;
}

function isArticleKind(kind: string): kind is ContentKind {
  return kind === 'html' || kind === 'markdown' || kind === 'json' || kind === 'text';
}

/** Words a refused fetch for intake: what is wrong with the address, and what to do instead. */
function intakeError(source: string, error: GuardedFetchError, settings: Settings['fetch']): IntakeError {
  const { at, problem } = error;
  const refusal = (reason: string, hint: string) => new IntakeError(source, reason, hint, { cause: error });
  switch (problem.kind) {
    case 'scheme':
      return refusal(`it redirects to ${at.href}, which is not http(s)`, 'Give the final http(s) address');
    case 'private-address':
      return refusal(
        `${at.host} is a private address${problem.address ? ` (${problem.address})` : ''}`,
        PRIVATE_ADDRESS_HINT,
      );
    case 'timeout':
      return refusal(
        `${at.host} did not answer within ${settings.timeoutMs / 1000} s`,
        'Try again later, or save the page and give the file',
      );
    case 'unreachable':
      return refusal(problem.reason, 'Check the URL and your network, or save the page and give the file');
    case 'too-many-redirects':
      return refusal(
        `too many redirects (more than ${settings.maxRedirects}; the last one pointed to ${problem.location})`,
        'Give the final address of the article',
      );
    case 'http':
      return refusal(
        `${at.host} answered HTTP ${problem.status}`,
        problem.status === 404 || problem.status === 410
          ? 'Check the URL'
          : 'Try again later, or save the page and give the file',
      );
    case 'content-type':
      return refusal(
        `the address serves ${problem.serves}, not an article`,
        /feed/.test(problem.serves)
          ? 'Add a feed with `crier feed add URL`; give one of its articles here'
          : 'Give the address of an HTML page, a Markdown or JSON article, or plain text',
      );
    case 'too-large': {
      const what = problem.size === undefined ? 'the page is larger' : `the page is ${formatBytes(problem.size)}, more`;
      return refusal(
        `${what} than the ${formatBytes(settings.maxBytes)} an article may have`,
        'Give the article itself, not a download (the cap is settings.fetch.maxBytes)',
      );
    }
  }
}

/**
 * Fetches an article by URL with every guard of settings.fetch (see guardedGet) and refuses what is
 * not an article (feeds, media, downloads) by its content type, before reading it.
 */
export async function fetchArticle(source: string, settings: Settings['fetch']): Promise<FetchedArticle> {
  const response = await guardedGet(source, settings, {
    headers: { accept: ACCEPT, 'user-agent': 'crier/0.1 (article intake)' },
    accepts: (contentType) => {
      const kind = kindOf(contentType);
      return isArticleKind(kind) || kind;
    },
  }).catch((error: unknown) => {
    throw error instanceof GuardedFetchError ? intakeError(source, error, settings) : error;
  });
  const { url, contentType, bytes } = response;
  const kind = kindOf(contentType) as ContentKind; // accepts() let nothing else through
  const header = /charset=["']?([\w-]+)/i.exec(contentType)?.[1];
  const meta = kind === 'html' && header === undefined ? metaCharset(bytes) : undefined;
  const declared = header
    ? { charset: header, by: 'its Content-Type' }
    : meta
      ? { charset: meta, by: 'its <meta charset>' }
      : undefined;
  const { text, note } = await decodeText(source, bytes, declared);
  return { url, kind, content: text, ...(note ? { note } : {}) };
}

/** `<meta charset="…">` in the first bytes of an HTML page. */
function metaCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  return /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1];
}
