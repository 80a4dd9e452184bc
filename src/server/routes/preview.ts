import { PLATFORMS } from '../../platforms/platform.js';
import { estimateXCost } from '../../platforms/x/price.js';
import { composeTeasers } from '../../teaser/compose.js';
import { teaserOptions } from '../../teaser/options.js';
import type { ServerDeps } from '../app.js';
import { ArticleBodySchema, ArticleQuerySchema, articleFromBody, warned } from '../article-body.js';
import { FlagQuery, PlatformsQuery } from '../query.js';
import type { TypedApp } from '../typed-app.js';

export async function previewRoutes(app: TypedApp, deps: ServerDeps) {
  app.post(
    '/v1/preview',
    {
      schema: {
        summary: 'The posts crier would send for this article (nothing is enqueued)',
        description: 'Answers `{ article, posts }`, the preview contract of `crier preview --json`.',
        body: ArticleBodySchema,
        querystring: ArticleQuerySchema.extend({ platforms: PlatformsQuery, thread: FlagQuery }),
      },
    },
    async (request) => {
      const { article, warnings } = await articleFromBody(
        request.body,
        request.query,
        deps.config.settings.fetch,
        request.bodyNote,
        request.bodyKind,
      );
      const posts = composeTeasers(article, {
        platforms: request.query.platforms ?? [...PLATFORMS],
        teaser: teaserOptions(deps.config.settings),
        thread: request.query.thread,
      });
      // What X would bill for these posts (docs/operator.md, "The X bill").
      const cost = posts.x
        ? { x: estimateXCost(posts.x, deps.config.settings.xBill.prices, article.image !== undefined) }
        : undefined;
      return { article, posts, cost, ...warned(warnings) };
    },
  );
}
