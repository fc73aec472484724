import { foldAccents } from '@vigie/core';

/** A library or rule id: lower-case letters, digits and _, starting with a letter. */
export const ID_PATTERN = /^[a-z][a-z0-9_]*$/;

const MAX = 48;

/** "Ma copie (Hélios)" → "ma_copie_helios": an id a library or a rule may take. */
export function slugify(text: string, fallback = 'copie'): string {
  const slug = foldAccents(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, MAX)
    .replace(/_+$/, '');
  if (!slug) return fallback;
  return /^[a-z]/.test(slug) ? slug : `l_${slug}`.slice(0, MAX);
}

/** The first of `base`, `base_2`, `base_3`… that is not taken. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const id = `${base}_${n}`;
    if (!taken.has(id)) return id;
  }
}
