import { isApiError } from '../../../api/client';

/** A 404: what does not exist, or is not in the reader's scope (another vendor's call). */
export function isNotFound(query: { readonly isError: boolean; readonly error: unknown }): boolean {
  return query.isError && isApiError(query.error) && query.error.status === 404;
}
