import { PLATFORMS } from '../../platforms/platform.js';
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
      );
      const posts = composeTeasers(article, {
        platforms: request.query.platforms ?? [...PLATFORMS],
        teaser: teaserOptions(deps.config.settings),
        thread: request.query.thread,
      });
      return { article, posts, ...warned(warnings) };
    },
  );
}
