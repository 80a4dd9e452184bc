import { z } from 'zod';
import { readCard } from '../../../queues/articles.js';
import type { When } from '../../../queues/jobs.js';
import {
  approveArticle,
  cancelArticle,
  editPost,
  retractArticle,
  retryArticle,
  UnknownArticleError,
} from '../../../queues/operator.js';
import { enqueueArticle } from '../../../queues/producers.js';
import { needsReview } from '../../../queues/review-policy.js';
import { POST_STATES } from '../../ledger/ledger.js';
import { postView } from '../../ledger/view.js';
import { readWriters } from '../../ledger/writers.js';
import { PLATFORMS, type PlatformId } from '../../platforms/platform.js';
import { parseWhen } from '../../schedule/when.js';
import { operatorParts, withOperatorTexts } from '../../teaser/operator-text.js';
import { teaserOptions } from '../../teaser/options.js';
import type { ServerDeps } from '../app.js';
import { ArticleBodySchema, ArticleQuerySchema, articleFromBody, warned } from '../article-body.js';
import { FlagQuery, PlatformsQuery } from '../query.js';
import type { TypedApp } from '../typed-app.js';

const IdParams = z.object({ id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'an article id as returned on enqueue') });

export async function articleRoutes(app: TypedApp, deps: ServerDeps) {
  const { client } = deps;
  const composeOptions = (platforms: PlatformId[]) => ({ platforms, teaser: teaserOptions(deps.config.settings) });

  /** The article's posts from the ledger; a 404 (UnknownArticleError) when it has none. */
  const articleStatus = async (id: string) => {
    const posts = await client.ledger.postsOf(id);
    if (posts.length === 0) {
      throw new UnknownArticleError(`no article with id "${id}" (a new article shows up once composed)`);
    }
    const [card, writers] = await Promise.all([
      readCard(client.redis, client.prefix, id).catch(() => undefined),
      // Which writer wrote each post, when the AI writer was configured (docs/ai-writer.md).
      readWriters(client.redis, client.prefix, id),
    ]);
    // A dry-run server serves the dry-run queues: nothing it lists is on a platform (docs/operator.md, "Console").
    const dryRun = deps.config.dryRun === true;
    const view = (post: (typeof posts)[number]) => {
      const writer = writers[post.platform];
      // Each post says whether it is a dry run: a dry-run worker's posts have `dry-run-…` ids and links that go nowhere.
      const base = {
        ...postView(post),
        dryRun: dryRun || post.done.some((part) => part.remoteId.startsWith('dry-run-')),
      };
      return writer ? { ...base, writer } : base;
    };
    return { id, title: card?.title, url: card?.url, dryRun, posts: posts.map(view) };
  };

  app.post(
    '/v1/articles',
    {
      schema: {
        summary: 'Enqueue an article: its posts go out now, at a time, or in the next posting slot',
        description: 'Answers 202 with the article id; follow `Location` for the state of each post.',
        body: ArticleBodySchema,
        querystring: ArticleQuerySchema.extend({
          platforms: PlatformsQuery,
          at: z.string().optional().describe('ISO-8601 with offset, or relative such as +90m'),
          slot: FlagQuery,
          thread: FlagQuery,
          review: FlagQuery.describe('hold the posts as drafts until approved (settings.review may do it for you)'),
        }),
      },
    },
    async (request, reply) => {
      const { platforms = [...PLATFORMS], at, slot, thread } = request.query;
      if (at && slot) {
        return reply.code(400).send({ error: 'Bad Request', message: 'querystring: give "at" or "slot", not both' });
      }
      const when: When = at
        ? { kind: 'at', at: parseWhen(at, new Date()).toISOString() }
        : slot || deps.config.settings.schedule.defaultWhen === 'slot'
          ? { kind: 'slot' }
          : { kind: 'now' };
      const { article, warnings, texts } = await articleFromBody(
        request.body,
        request.query,
        deps.config.settings.fetch,
        request.bodyNote,
        request.bodyKind,
      );
      // The operator's texts are checked here, by the platforms' own rules: a refusal is a 422, nothing queued.
      if (texts) {
        if (thread) {
          return reply
            .code(400)
            .send({ error: 'Bad Request', message: 'posts: operator texts are one post per platform; drop "thread"' });
        }
        withOperatorTexts({ x: [], bluesky: [], mastodon: [] }, texts, article, composeOptions(platforms));
      }
      const review = needsReview(deps.config.settings, { source: 'api', asked: request.query.review === true });
      await enqueueArticle(client.queues, deps.config.settings, { article, platforms, thread, when, review, texts });
      return reply
        .code(202)
        .header('location', `/v1/articles/${article.id}`)
        .send({
          id: article.id,
          title: article.title,
          url: article.url,
          platforms,
          when,
          review,
          edited: Object.keys(texts ?? {}),
          ...warned(warnings),
        });
    },
  );

  app.get(
    '/v1/articles',
    {
      schema: {
        summary: 'Recent articles and the state of their posts, newest first',
        querystring: z.object({
          state: z.enum(POST_STATES).optional().describe('only articles with a post in this state'),
          offset: z.coerce.number().int().min(0).default(0),
          limit: z.coerce.number().int().min(1).max(200).default(50),
        }),
      },
    },
    async (request) => {
      const { state, offset, limit } = request.query;
      // Newest first from the ledger's index; a state filter reads further until the page is full.
      const items = [];
      const batch = 200;
      for (let start = 0; items.length < offset + limit; start += batch) {
        const ids = await client.ledger.recentArticles(start + batch);
        const page = ids.slice(start);
        for (const id of page) {
          const status = await articleStatus(id).catch(() => undefined);
          if (status && (!state || status.posts.some((p) => p.state === state))) items.push(status);
        }
        if (page.length < batch) break;
      }
      return { items: items.slice(offset, offset + limit), offset, limit };
    },
  );

  app.get(
    '/v1/articles/:id',
    { schema: { summary: 'Per-platform state, remote URLs, attempts and last error', params: IdParams } },
    async (request) => articleStatus(request.params.id),
  );

  app.post(
    '/v1/articles/:id/retry',
    {
      schema: {
        summary: 'Retry the failed posts of an article (published posts are never posted again)',
        params: IdParams,
        querystring: z.object({ platform: z.enum(PLATFORMS).optional() }),
      },
    },
    async (request) => {
      const changes = await retryArticle(client, request.params.id, request.query.platform);
      return { ...(await articleStatus(request.params.id)), changes };
    },
  );

  app.post(
    '/v1/articles/:id/approve',
    {
      schema: {
        summary: 'Release the drafts (and held posts) of an article: due at their time, or now if it has passed',
        params: IdParams,
        querystring: z.object({ platform: z.enum(PLATFORMS).optional() }),
      },
    },
    async (request) => {
      const changes = await approveArticle(client, request.params.id, request.query.platform);
      return { ...(await articleStatus(request.params.id)), changes };
    },
  );

  app.post(
    '/v1/articles/:id/retract',
    {
      schema: {
        summary: 'Delete the published posts of an article on their platforms (posts not sent yet are cancelled)',
        description: 'Answers 202: the workers delete each post; follow the state (`retracting`, then `retracted`).',
        params: IdParams,
        querystring: z.object({ platform: z.enum(PLATFORMS).optional() }),
      },
    },
    async (request, reply) => {
      const changes = await retractArticle(client, request.params.id, request.query.platform);
      const conflict = changes.some((c) => c.state === 'publishing');
      return reply.code(conflict ? 409 : 202).send({ ...(await articleStatus(request.params.id)), changes });
    },
  );

  app.patch(
    '/v1/articles/:id/posts/:platform',
    {
      schema: {
        summary:
          "Replace the text of an article's post on one platform while it waits (scheduled, draft, held, failed)",
        description:
          "The text is checked by the platform's own rules (422 when it would be refused); 409 once the post is out.",
        params: IdParams.extend({ platform: z.enum(PLATFORMS) }),
        body: z.object({ text: z.string().min(1) }),
      },
    },
    async (request, reply) => {
      const { id, platform } = request.params;
      const card = await readCard(client.redis, client.prefix, id).catch(() => undefined);
      if (!card) throw new UnknownArticleError(`no article with id "${id}"`);
      const parts = operatorParts(platform, request.body.text, card, composeOptions([platform]));
      const changes = await editPost(client, id, platform, parts);
      if (changes.length === 0) throw new UnknownArticleError(`article "${id}" has no ${platform} post`);
      const conflict = changes.some((c) => !c.changed);
      return reply.code(conflict ? 409 : 200).send({ ...(await articleStatus(id)), changes });
    },
  );

  app.delete(
    '/v1/articles/:id',
    { schema: { summary: 'Cancel the posts of an article that have not gone out yet', params: IdParams } },
    async (request, reply) => {
      const changes = await cancelArticle(client, request.params.id);
      if (changes.length === 0) {
        // Not composed yet: its compose will record nothing to post (docs/operator.md, "Cancel").
        return reply.send({ id: request.params.id, posts: [], changes, note: 'cancelled before compose' });
      }
      // A post already being published cannot be stopped: say so with 409, the rest is cancelled.
      const conflict = changes.some((c) => !c.changed && c.state === 'publishing');
      return reply.code(conflict ? 409 : 200).send({ ...(await articleStatus(request.params.id)), changes });
    },
  );
}
