import type { TFunction } from 'i18next';
import { BUILT_IN_PROFILES } from '../../api/imports';

function isBuiltIn(profile: string): boolean {
  return (BUILT_IN_PROFILES as readonly string[]).includes(profile);
}

/**
 * The name of an import's profile: a built-in format by its translated name, a saved mapping
 * by its name. A mapping deleted since keeps its id, which is all that is left to show.
 */
export function profileLabel(
  t: TFunction,
  profile: string,
  savedMappings: readonly { readonly id: string; readonly name: string }[],
): string {
  if (isBuiltIn(profile)) return t(`imports.profiles.${profile}`);
  return savedMappings.find((m) => m.id === profile)?.name ?? profile;
}
