import { z } from 'zod';

/** `?q=&sort=&order=` of every list; `sort` is checked against the columns a list allows. */
export function listQuerySchema<const S extends readonly [string, ...string[]]>(sortable: S) {
  return z.object({
    q: z.string().trim().max(200).optional(),
    sort: z.enum(sortable).optional(),
    order: z.enum(['asc', 'desc']).default('asc'),
  });
}

/** The LIKE pattern of a search: case-insensitive, with the user's % and _ taken literally. */
export function likePattern(q: string): string {
  return `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
