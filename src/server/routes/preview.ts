import pLimit, { type LimitFunction } from 'p-limit';
import { z } from 'zod';
import { PLATFORMS, type PlatformId } from '../../platforms/platform.js';
import { estimateXCost } from '../../platforms/x/price.js';
import { OperatorTextError, operatorParts } from '../../teaser/operator-text.js';
import { teaserOptions } from '../../teaser/options.js';
import type { ModelCall } from '../../writers/ai/model.js';
import { previewWriting } from '../../writers/preview.js';
import type { ServerDeps } from '../app.js';
import { ArticleBodySchema, ArticleQuerySchema, articleFromBody, warned } from '../article-body.js';
import { FlagQuery, PlatformsQuery } from '../query.js';
import type { TypedApp } from '../typed-app.js';

export async function previewRoutes(app: TypedApp, deps: ServerDeps) {
  const ai = deps.config.ai;
  // The model client is loaded only when AI is configured; previews share the endpoint's concurrency limit.
  const writer = ai
    ? await import('../../writers/ai/model.js').then(({ modelCall }) => ({
        system: ai.prompt,
        call: limited(modelCall(ai), pLimit(ai.concurrency)),
      }))
    : undefined;
  app.post(
    '/v1/preview',
    {
      schema: {
        summary: 'The posts crier would send for this article (nothing is enqueued)',
        description:
          'Answers `{ article, posts }`, the preview contract of `crier preview --json`. With the AI writer ' +
          'configured (docs/ai-writer.md), also `writers` (which wrote each post, why an AI answer was refused) ' +
          'and, unless `writer` is given, `extractive` (the engine’s posts, side by side).',
        body: ArticleBodySchema,
        querystring: ArticleQuerySchema.extend({
          platforms: PlatformsQuery,
          thread: FlagQuery,
          writer: z.enum(['ai', 'extractive']).optional().describe('ai or extractive (default: both when AI is set)'),
        }),
      },
    },
    async (request) => {
      const { article, warnings, texts } = await articleFromBody(
        request.body,
        request.query,
        deps.config.settings.fetch,
        request.bodyNote,
        request.bodyKind,
      );
      const options = {
        platforms: request.query.platforms ?? [...PLATFORMS],
        teaser: teaserOptions(deps.config.settings),
        thread: request.query.thread,
      };
      const written = await previewWriting(article, options, request.query.writer, writer);
      const posts = written.posts;
      // The operator's own texts (the console's editable cards): checked by the same rules, each problem said
      // beside its platform, with the platform's count, rather than refusing the whole preview.
      const problems: Partial<Record<PlatformId, { message: string; length?: number; limit?: number }>> = {};
      for (const [platform, text] of Object.entries(texts ?? {}) as Array<[PlatformId, string]>) {
        if (!posts[platform]) continue;
        try {
          (posts as Record<PlatformId, unknown>)[platform] = operatorParts(platform, text, article, options);
        } catch (error) {
          if (!(error instanceof OperatorTextError)) throw error;
          problems[platform] = { message: error.message, ...error.measured };
        }
      }
      // What X would bill for these posts (docs/operator.md, "The X bill").
      const cost = posts.x
        ? { x: estimateXCost(posts.x, deps.config.settings.xBill.prices, article.image !== undefined) }
        : undefined;
      return {
        article,
        ...written,
        cost,
        ...(Object.keys(problems).length > 0 ? { problems } : {}),
        ...warned(warnings),
      };
    },
  );
}

function limited(call: ModelCall, limit: LimitFunction): ModelCall {
  return (messages, format) => limit(() => call(messages, format));
}
