import { fold } from './text.js';

/**
 * Domains under which anyone publishes a site of their own (docs/teasers.md, "Hashtags", rule 1): a project's
 * book at `jimskapt.github.io`, its docs at `<project>.readthedocs.io`, its app at `<name>.netlify.app`. Their
 * labels name the host, not the publisher: blind readers called #GitHub «meaningless» on both Rust books at
 * github.io (dev7). Only the labels in front of them are the publisher's.
 */
const HOSTING_PLATFORMS: readonly string[] = [
  'github.io',
  'gitlab.io',
  'codeberg.page',
  'sourceforge.io',
  'sourceforge.net',
  'readthedocs.io',
  'readthedocs.org',
  'rtfd.io',
  'gitbook.io',
  'netlify.app',
  'netlify.com',
  'vercel.app',
  'pages.dev',
  'workers.dev',
  'deno.dev',
  'fly.dev',
  'onrender.com',
  'herokuapp.com',
  'web.app',
  'firebaseapp.com',
  'surge.sh',
  'glitch.me',
  'bitbucket.io',
  'azurewebsites.net',
  'azurestaticapps.net',
  'amplifyapp.com',
  'hf.space',
  'streamlit.app',
  'notion.site',
  'blogspot.com',
  'wordpress.com',
  'substack.com',
  'ghost.io',
  'hashnode.dev',
  'medium.com',
  'tumblr.com',
  'neocities.org',
];

/**
 * Code forges, where a page's address names its repository after the forge: `github.com/dwmkerr/hacker-laws/…` is
 * the hacker-laws project's page, not GitHub's (dev10: #GitHub first on the free-programming-books how-to).
 */
const CODE_FORGES: ReadonlySet<string> = new Set([
  'github.com',
  'gitlab.com',
  'codeberg.org',
  'bitbucket.org',
  'git.sr.ht',
  'gitee.com',
  'framagit.org',
]);

/**
 * The repository a code forge's page is of, folded, as its address names it (`the-art-of-command-line`); undefined
 * off a forge, or where the address names no repository.
 */
export function forgeRepository(url: string | undefined): string | undefined {
  const address = parsedUrl(url);
  return address === undefined ? undefined : repositoryOf(address);
}

function repositoryOf(address: URL): string | undefined {
  if (!CODE_FORGES.has(fold(address.hostname).replace(/^www\./u, ''))) return undefined;
  let segment: string;
  try {
    segment = decodeURIComponent(address.pathname.split('/')[2] ?? '');
  } catch {
    return undefined;
  }
  const repository = fold(segment).replace(/\.git$/u, '');
  return /^[a-z0-9][a-z0-9-]*$/u.test(repository) ? repository : undefined;
}

/** A site's host as its publisher chose it (`publisherHost`). */
export interface PublisherHost {
  /** The folded host, without a hosting platform's domain: `jimskapt.github.io` → `jimskapt`. */
  name: string;
  /** Under a hosting platform's domain: no top-level label is left, every label is the publisher's. */
  hosted: boolean;
}

/**
 * The site's host as its publisher chose it, folded: without a hosting platform's domain
 * (`jimskapt.github.io` → `jimskapt`, `rust-br.github.io` → `rust-br`); the platform's own site
 * (`github.io`, `readthedocs.io`) stays whole. On a code forge, the repository its address names
 * (`github.com/jlevy/the-art-of-command-line/…` → `the-art-of-command-line`), as a label of its own. Undefined
 * without an address or with one that does not parse.
 */
export function publisherHost(url: string | undefined): PublisherHost | undefined {
  const address = parsedUrl(url);
  if (address === undefined) return undefined;
  const host = fold(address.hostname);
  const repository = repositoryOf(address);
  if (repository !== undefined) return { name: repository, hosted: true };
  for (const platform of HOSTING_PLATFORMS) {
    if (host.length > platform.length + 1 && host.endsWith(`.${platform}`)) {
      return { name: host.slice(0, -platform.length - 1), hosted: true };
    }
  }
  return { name: host, hosted: false };
}

/**
 * How a project's host dresses its name (docs/teasers.md, "Hashtags", rule 1): a word of its kind after it, as
 * npm's convention has «js» (biomejs.dev is Biome, vuejs.org Vue), a language's «lang» (julialang.org), a delivery
 * tool's «cd» (fluxcd.io is Flux: dev7's «Announcing Flux 2.9 GA» got #Git alone), «hq», «project», «org», «platform»
 * (ergoplatform.org is Ergo: dev14's ErgoHack posts had #Seguridad #Privacidad and #ErgoMixer, «no #Ergo»); or a
 * verb before it, asking the reader in (getfedora.org, joinmastodon.org, gohugo.io, usebruno.com).
 */
const NAME_AFFIX = /^(?:get|join|go|use|try)(?=[a-z]{4})|(?<=[a-z]{4})(?:js|lang|cd|hq|project|org|platform)$/u;

/** A host label's name without the words it is dressed in: «fluxcd» → «flux», «gohugo» → «hugo»; else undefined. */
export function undressedName(label: string): string | undefined {
  const name = label.replace(NAME_AFFIX, '');
  return name === label ? undefined : name;
}

/** Second-level labels under a country's domain that name no publisher: `gov.cn`, `co.uk`, `com.br`. */
const COUNTRY_SECOND_LEVEL = new Set(['ac', 'co', 'com', 'edu', 'gov', 'go', 'gob', 'gouv', 'net', 'or', 'org', 'ne']);

/**
 * The name the host spells: its publisher's label, without a web server's `www`, the public suffix or the words it is
 * dressed in (`www.contributor-covenant.org` → `contributor-covenant`, `helm.sh` → `helm`, `fluxcd.io` → `flux`,
 * `rust-br.github.io` → `rust-br`); `toHashtag` makes it a tag. Undefined for an address that does not parse, or a
 * label that is not letters and hyphens.
 */
export function hostLabel(url: string | undefined): string | undefined {
  const label = publisherLabel(url);
  if (label === undefined || !/^[a-z]{3,}(?:-[a-z]+)*$/u.test(label)) return undefined;
  return undressedName(label) ?? label;
}

/**
 * The publisher's label of the host, as it is, digits and all: without a web server's `www` or the public suffix
 * (`www.12factor.net` → `12factor`, `wz2100.net` → `wz2100`, `example.gov.cn` → `example`); undefined for an address
 * that does not parse.
 */
export function publisherLabel(url: string | undefined): string | undefined {
  const host = publisherHost(url);
  if (host === undefined) return undefined;
  const labels = host.name.split('.').filter((label) => label !== 'www');
  if (!host.hosted) {
    const tld = labels.pop();
    if (tld !== undefined && tld.length === 2 && COUNTRY_SECOND_LEVEL.has(labels.at(-1) ?? '')) labels.pop();
  }
  return labels.at(-1);
}

/** The address's path (`/2026/07/01/widget-1-2/`), or undefined when there is none or it does not parse. */
export function pathOf(url: string | undefined): string | undefined {
  return parsedUrl(url)?.pathname;
}

/** The address parsed, or undefined when there is none or it does not parse. */
function parsedUrl(url: string | undefined): URL | undefined {
  if (url === undefined) return undefined;
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}
