import { OpenAPIHono } from '@hono/zod-openapi';
import type { Auth } from '../auth/auth.ts';
import type { ServerContext } from '../context.ts';
import { serveApiReference } from './api-reference.ts';
import { AppError, type IssueBody } from './app-error.ts';
import { mountAuth } from './auth-routes.ts';
import type { AppEnv } from './env.ts';
import { csrfGuard } from './middleware/csrf.ts';
import { handleError } from './middleware/error-handler.ts';
import { requestLog } from './middleware/request-log.ts';
import { sessionUser } from './middleware/session.ts';
import { signInRateLimit } from './middleware/sign-in-rate-limit.ts';
import { workspaceActor } from './middleware/workspace-actor.ts';
import { registerAccessRoutes } from './routes/access.ts';
import { registerAnalysisRunRoutes } from './routes/analysis-runs.ts';
import { registerCoachingCycleRoutes } from './routes/coaching-cycles.ts';
import { registerContractRoutes } from './routes/contracts.ts';
import { registerFeedbackReportRoutes } from './routes/feedback-reports.ts';
import { registerImportRoutes } from './routes/imports.ts';
import { registerInvoiceRoutes } from './routes/invoices.ts';
import { registerKpiRoutes } from './routes/kpi.ts';
import { registerLibraryRoutes } from './routes/libraries.ts';
import { registerMappingProfileRoutes } from './routes/mapping-profiles.ts';
import { registerOrgRoutes } from './routes/org.ts';
import { registerSampleRoutes } from './routes/samples.ts';
import { registerSessionRoutes } from './routes/session.ts';
import { registerTranscriptRoutes } from './routes/transcripts.ts';
import { serveWeb } from './static-web.ts';

/** The whole HTTP surface: API, auth, OpenAPI document and reference, and the web app. */
export function createApp(ctx: ServerContext, auth: Auth, options: { serveWebApp?: boolean } = {}) {
  const app = new OpenAPIHono<AppEnv>({
    // Payload and query errors become 400s naming every offending field.
    defaultHook: (result) => {
      if (!result.success) {
        const issues: IssueBody[] = result.error.issues.map((i) => ({
          path: i.path.map((p) => (typeof p === 'number' ? p : String(p))),
          code: i.code,
          message: i.message,
        }));
        throw new AppError(
          'validation_failed',
          issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`).join('; '),
          issues,
        );
      }
    },
  });
  app.onError(handleError);
  app.use('*', requestLog(ctx.logger));
  app.use('/api/*', csrfGuard(ctx.config.publicUrl));
  app.use(
    '/api/auth/sign-in/*',
    signInRateLimit(ctx.config.signInMaxPerMinute, { trustProxy: ctx.config.trustProxy }),
  );
  mountAuth(app, auth);
  app.use('/api/*', sessionUser(auth));
  // also matches /api/workspaces/{id} itself
  app.use('/api/workspaces/:workspaceId/*', workspaceActor(ctx));

  registerSessionRoutes(app, ctx);
  registerOrgRoutes(app, ctx);
  registerAccessRoutes(app, ctx);
  registerKpiRoutes(app, ctx);
  registerContractRoutes(app, ctx);
  registerInvoiceRoutes(app, ctx);
  registerImportRoutes(app, ctx);
  registerMappingProfileRoutes(app, ctx);
  registerTranscriptRoutes(app, ctx);
  registerLibraryRoutes(app, ctx);
  registerAnalysisRunRoutes(app, ctx);
  registerSampleRoutes(app, ctx);
  registerFeedbackReportRoutes(app, ctx);
  registerCoachingCycleRoutes(app, ctx);

  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Vigie API',
      version: '0.1.0',
      description:
        'Client-side steering of outsourced contact centres. Errors share one body `{ error: { code, message, requestId, issues? } }`; codes and statuses are listed in docs/api.md.',
    },
  });
  serveApiReference(app);
  app.all('/api/*', () => {
    throw new AppError('not_found', 'No such API route');
  });
  if (options.serveWebApp !== false) serveWeb(app);
  return app;
}

export type App = ReturnType<typeof createApp>;
