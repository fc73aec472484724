import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError } from '../app-error.ts';
import type { AppEnv } from '../env.ts';

/** Every failure leaves as the same JSON body; unexpected ones are logged with the request id. */
export function handleError(err: Error, c: Context<AppEnv>) {
  const requestId = c.get('requestId') ?? '';
  let appError: AppError;
  if (err instanceof AppError) {
    appError = err;
  } else if (err instanceof HTTPException && err.status < 500) {
    // Hono's own rejections, e.g. a body that is not JSON.
    const code =
      err.status === 401 ? 'unauthenticated' : err.status === 404 ? 'not_found' : 'validation_failed';
    appError = new AppError(code, err.message || 'Bad request');
  } else {
    c.get('log')?.error({ err }, 'unhandled error');
    appError = new AppError('internal', `Internal error; quote request id ${requestId}`);
  }
  const issues = appError.issues.length > 0 ? { issues: appError.issues } : {};
  return c.json(
    { error: { code: appError.code, message: appError.message, requestId, ...issues } },
    appError.status as ContentfulStatusCode,
  );
}
