import { z } from 'zod';
import { ERROR_STATUS, type ErrorCode } from './app-error.ts';

export const errorBodySchema = z.object({
  error: z.object({
    code: z.enum(Object.keys(ERROR_STATUS) as [ErrorCode, ...ErrorCode[]]),
    message: z.string(),
    requestId: z.string(),
    issues: z
      .array(
        z.object({
          path: z.array(z.union([z.string(), z.number()])),
          code: z.string(),
          message: z.string(),
          params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
        }),
      )
      .optional(),
  }),
});

/** A JSON response of the given schema. */
export function json<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } };
}

/** A JSON request body of the given schema, required. */
export function body<T extends z.ZodType>(schema: T) {
  return { body: { required: true, content: { 'application/json': { schema } } } };
}

const err = (description: string) => json(errorBodySchema, description);

/** The error answers a workspace route can give, documented once. */
export const readErrors = {
  401: err('Not signed in'),
  403: err('Role does not allow this'),
  404: err('Not found in your scope'),
} as const;

export const writeErrors = {
  ...readErrors,
  400: err('Malformed payload: `issues` name the fields'),
  409: err('Duplicate, or still in use'),
  422: err('A business rule is broken: `issues` name the fields'),
} as const;

export const listOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

export const workspaceParam = z.object({ workspaceId: z.string() });
export const noContent = { 204: { description: 'Done' } } as const;
